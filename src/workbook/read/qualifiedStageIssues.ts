import { STAGES, type Issue, type SchoolRecord, type Stage } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { firstCompleteSet } from "./firstCompleteSet";
import { inStageScope } from "./inStageScope";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { QUALIFIED_PARTS } from "./rowFields";

/** What each stage's L1 needs that the sheet's degree columns lack (rules.md §2: 小学 专科及以上, 初中 本科及以上). */
const CODES: Readonly<Record<Stage, string>> = {
  primary: "read_qualified_primary_needs_associate",
  junior: "read_qualified_junior_needs_bachelor",
};

/** Whether the sheet's schools include some of a stage: a section of it, or a combined school teaching it. */
function hasStage(records: readonly SchoolRecord[], stage: Stage): boolean {
  return records.some((r) => r.stage === stage || (r.stage === null && r.stageFields?.[stage] !== undefined));
}

/**
 * A warning at the header cell of the L1 degree columns when they give one stage's numerator but
 * not another's whose schools the sheet has: a 专科及以上 column alone counts the primary L1, while
 * 初中 needs 本科及以上 (or 研究生 + 本科), so every junior school's L1 is not evaluable. The rows
 * say so one by one without a cell (the sheet has no column for it); this says why, once, where
 * the column that does not suffice stands. Nothing when a column gives L1 whole (高于规定学历) or
 * the sheet has no L1 column at all (read_columns_missing says that).
 *
 * @example 专科及以上学历教师 in E3 and 初中 rows → read_qualified_junior_needs_bachelor at E3
 */
export function qualifiedStageIssues(records: readonly SchoolRecord[], roles: readonly ColumnRole[], band: HeaderBand): Issue[] {
  return STAGES.flatMap((stage) => {
    const columns = roles.filter((r) => r.key === "qualifiedTeachers" && inStageScope(r, stage));
    const parts = new Set(columns.map((r) => r.part));
    const first = columns[0];
    if (first === undefined || parts.has(null) || firstCompleteSet(QUALIFIED_PARTS[stage], (p) => parts.has(p)) !== undefined || !hasStage(records, stage)) return [];
    return [issueAt(CODES[stage], "warning", band.sheet, headerRowOf(band, first.column), first.column, { column: columnLetters(first.column), header: first.header })];
  });
}
