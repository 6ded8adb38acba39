import type { BlankCells, FieldKey, Fields, Issue, SchoolRecord, Stage } from "../../engine/types";
import type { Grid } from "../types";
import type { NoDataNote } from "./findNoDataNote";
import type { ColumnRole } from "./keys";
import { rowFields } from "./rowFields";

/** The fields whose parts each stage adds up differently (rowFields QUALIFIED_PARTS: L1's degrees). */
const READ_BY_STAGE: ReadonlySet<string> = new Set<FieldKey>(["qualifiedTeachers"]);

const PART_ROLES = new WeakMap<readonly ColumnRole[], readonly ColumnRole[]>();

/**
 * The sheet's columns without a stage that are a part of such a field (专科及以上, 本科及以上,
 * 研究生…), one array per sheet's roles, so that rowFields plans them once, not on every row. A
 * column of the whole field (高于规定学历教师数) is not among them: the shared scope reads it.
 */
function partRoles(roles: readonly ColumnRole[]): readonly ColumnRole[] {
  const known = PART_ROLES.get(roles);
  if (known !== undefined) return known;
  const parts = roles.filter((r) => READ_BY_STAGE.has(r.key) && r.stage === null && r.part !== null);
  PART_ROLES.set(roles, parts);
  return parts;
}

/** Each issue not already said (one cell read for two stages, as 本科 is by both), in order. */
function pushNew(issues: Issue[], found: readonly Issue[], said: Set<string>): void {
  for (const issue of found) {
    const key = `${issue.code}|${issue.cell ?? ""}`;
    if (said.has(key)) continue;
    said.add(key);
    issues.push(issue);
  }
}

/**
 * A combined row's whole-school L1 numbers as each of `stages` reads them (rules.md §2 L1: 小学
 * 专科及以上, 初中 本科及以上), from its columns without a stage, with the cells of those left
 * blank. The shared scope reads none of them, as no one part counts for the school; kept so that
 * the engine can say at the cell that the number is the whole school's (teachers are counted by
 * the stage they teach, never split by students), not that it is missing. A cell read for two
 * stages says its issues once.
 *
 * @example 红旗学校 (九年一贯制) | 其中：专科及以上 63 (H7) | 其中：本科及以上 45 (I7) → { wholeStageFields: { primary: { qualifiedTeachers: 63 at H7 }, junior: { qualifiedTeachers: 45 at I7 } } }
 */
export function wholeStageFields(grid: Grid, row: number, roles: readonly ColumnRole[], stages: readonly Stage[], issues: Issue[], noData: NoDataNote | null): Pick<SchoolRecord, "wholeStageFields" | "wholeStageBlankCells"> {
  const parts = partRoles(roles);
  const fields: Partial<Record<Stage, Fields>> = {};
  const blanks: Partial<Record<Stage, BlankCells>> = {};
  const said = new Set<string>();
  for (const stage of parts.length === 0 ? [] : stages) {
    const found: Issue[] = [];
    const read = rowFields(grid, row, parts, { kind: "section", stage }, found, noData);
    pushNew(issues, found, said);
    if (Object.keys(read.fields).length > 0) fields[stage] = read.fields;
    if (Object.keys(read.blankCells).length > 0) blanks[stage] = read.blankCells;
  }
  return { ...(Object.keys(fields).length > 0 ? { wholeStageFields: fields } : {}), ...(Object.keys(blanks).length > 0 ? { wholeStageBlankCells: blanks } : {}) };
}
