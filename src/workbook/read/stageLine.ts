import { SHARED_FIELDS } from "../../engine/indicatorMeta";
import { schoolRecord } from "../../engine/schoolRecord";
import { STAGES, type BlankCells, type FieldKey, type Fields, type SchoolRecord, type Sourced, type Stage } from "../../engine/types";
import type { RowFields } from "./rowFields";

const SHARED: ReadonlySet<FieldKey> = new Set(SHARED_FIELDS);

/**
 * The stage a bare stage line names (isBareStage: 小学, 初中, 初级中学, 中学, with 段 / 学段 / 部分).
 *
 * @example stageOfLine("小学段") // "primary"; stageOfLine("初中") // "junior"
 */
export function stageOfLine(text: string): Stage {
  return text.normalize("NFKC").includes("小学") ? "primary" : "junior";
}

/**
 * Whether stage lines under a school row are that school's: a whole combined school (no stage:
 * 九年一贯制, 十二年一贯制, 完全中学) whose row gives neither stage's students — the layout that
 * writes the school's shared areas on its own row and each stage's students and teachers on a
 * `小学` / `初中` line under it. A single-stage school, or a combined one with its stages' numbers,
 * stands above a subtotal's stage lines, never its own.
 */
export function takesStageLines(record: SchoolRecord): boolean {
  return record.stage === null && STAGES.every((s) => record.stageFields?.[s]?.students === undefined);
}

/**
 * Whether a stage line's numbers fit under the school row: a stage has no more students than its
 * school when the school row gives its whole count. A county's 小学 subtotal under the last school
 * of a list, with no 合计 row before it, counts far more.
 *
 * @example fitsUnder(school with 1000 students, line with 600) // true; with 5200 // false
 */
export function fitsUnder(parent: SchoolRecord, line: Fields): boolean {
  const whole = parent.fields.students?.value;
  const part = line.students?.value;
  return whole === undefined || part === undefined || part <= whole;
}

/**
 * The fields of a stage line that are that stage's own: all but a shared value (areas, equipment,
 * rooms) the school row gives too and the line gives as 0 (`—`, `0`: "see the school row"),
 * which would otherwise be the stage's own nothing instead of its share of the whole.
 */
function ownFields(parent: SchoolRecord, line: Fields): Fields {
  const out: Partial<Record<FieldKey, Sourced>> = {};
  for (const [key, v] of Object.entries(line) as [FieldKey, Sourced][]) if (!(SHARED.has(key) && v.value === 0 && parent.fields[key] !== undefined)) out[key] = v;
  return out;
}

/** Blank cells of a stage: the line's, then the school row's per-stage ones, without the fields the stage now has. */
function stageBlanks(fields: Fields, ...cells: (BlankCells | undefined)[]): BlankCells {
  const out: BlankCells = {};
  for (const [key, cell] of cells.flatMap((c) => Object.entries(c ?? {})) as [FieldKey, string][]) if (fields[key] === undefined && out[key] === undefined) out[key] = cell;
  return out;
}

/**
 * A whole combined school with one stage line attached: the line's numbers (students, teachers,
 * classes, and any shared value it states as its own) become the stage's `stageFields`, as the
 * two stages' columns of a one-row combined school would (rules.md §2 "Combined schools": the
 * school row's shared values are then split by weighted students, a stage's own value wins).
 *
 * @example 城关九年一贯制学校 (areas only) + 小学 line (1263 students) → stageFields.primary.students 1263
 */
export function withStageLine(parent: SchoolRecord, stage: Stage, line: RowFields): SchoolRecord {
  const fields: Fields = { ...parent.stageFields?.[stage], ...ownFields(parent, line.fields) };
  const blanks = stageBlanks(fields, line.blankCells, parent.stageBlankCells?.[stage]);
  const stageBlankCells = { ...parent.stageBlankCells, [stage]: blanks };
  if (Object.keys(blanks).length === 0) delete stageBlankCells[stage];
  const { stageBlankCells: _s, ...rest } = parent;
  const withBlanks = Object.keys(stageBlankCells).length > 0 ? { stageBlankCells } : {};
  return schoolRecord({ ...rest, stageFields: { ...parent.stageFields, [stage]: fields }, ...withBlanks });
}
