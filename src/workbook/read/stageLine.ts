import { hasSeniorStage } from "./schoolKind";
import { SHARED_FIELDS } from "../../engine/indicatorMeta";
import { schoolRecord } from "../../engine/schoolRecord";
import { STAGES, type BlankCells, type FieldKey, type Fields, type SchoolRecord, type Sourced, type Stage } from "../../engine/types";
import { combinedStages } from "../../engine/splitShares";
import type { RowFields } from "./rowFields";

const SHARED: ReadonlySet<FieldKey> = new Set(SHARED_FIELDS);

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

/** What a bare line under a whole combined school is of it: a stage, or the senior part (高中) of a 完全中学 / 十二年一贯制. */
export type LinePart = Stage | "senior";

/** A bare 小学 / 初中 / 高中 line under a whole combined school, as read. */
export interface StageLine {
  readonly stage: LinePart;
  readonly fields: Fields;
}

/** Why stage lines under a school row are not its own: not one line per stage of its type, or students that do not add up. */
type StageLinesVerdict = "fits" | "incomplete" | "sum";

/** Students of combined schools are whole numbers; a sum off by less than one is rounding. */
const ROUNDING = 0.5;

/** Whether the lines' students add up to the school's whole count: every running total at most the whole, the last equal to it. */
function addsUp(whole: number, lines: readonly StageLine[]): boolean {
  let sum = 0;
  for (const line of lines) {
    const part = line.fields.students?.value;
    if (part === undefined) return false;
    sum += part;
    if (sum > whole + ROUNDING) return false;
  }
  return Math.abs(sum - whole) <= ROUNDING;
}

/**
 * Whether the consecutive stage lines right under a whole combined school are its stages: one line
 * for each stage of its type (combinedStages: 小学 and 初中 for a 九年一贯制, 初中 for a 完全中学), and
 * for a 完全中学 or 十二年一贯制 a 高中 line or none, no other, and — when the school row gives its
 * whole count — students that add up to it (within rounding; the whole count of a school with a 高中
 * line counts its senior students too). One stage line alone would hand that stage all the school's shared areas, and a
 * county's 小学 1800 / 初中 1500 subtotals under a 2000-student school are not its stages.
 *
 * @example stageLinesFit(九年一贯制 of 2000, [小学 1200, 初中 800]) // "fits"
 * @example stageLinesFit(九年一贯制 of 2000, [小学 1200]) // "incomplete"
 * @example stageLinesFit(九年一贯制 of 2000, [小学 1800, 初中 1500]) // "sum"
 * @example stageLinesFit(完全中学 of 1500, [初中 800, 高中 700]) // "fits"
 */
export function stageLinesFit(parent: SchoolRecord, lines: readonly StageLine[]): StageLinesVerdict {
  const stages = combinedStages(parent.type);
  const given = new Set(lines.map((l) => l.stage));
  const senior = given.has("senior") ? 1 : 0;
  // Only a type with a senior part may have a 高中 line beside its stages' lines (rules.md §2 "Combined schools").
  if (senior === 1 && !hasSeniorStage(parent.type)) return "incomplete";
  if (lines.length !== stages.length + senior || !stages.every((s) => given.has(s))) return "incomplete";
  const whole = parent.fields.students?.value;
  return whole === undefined || addsUp(whole, lines) ? "fits" : "sum";
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

/**
 * A whole 完全中学 or 十二年一贯制 with its 高中 line attached: the line's students become the
 * school's `seniorStudents`, which weigh in the split of its shared resources (rules.md §2
 * "Combined schools": junior : senior = 1 : 1.2 in a 完全中学) while the senior part is no section.
 * The line's other numbers are the senior stage's own, out of scope, and are not read. A blank
 * students cell is where the missing senior count is.
 *
 * @example 清溪第二中学 (10 000 m²) + 高中 line (700 students) → fields.seniorStudents 700; with 初中 800 the junior share is 800 ÷ (800 + 1.2 × 700)
 */
export function withSeniorLine(parent: SchoolRecord, line: RowFields): SchoolRecord {
  const students = line.fields.students;
  const { blankCells, ...rest } = parent;
  if (students !== undefined) return schoolRecord({ ...parent, fields: { ...parent.fields, seniorStudents: students } });
  const cell = line.blankCells.students;
  const blanks = cell === undefined ? blankCells : { ...blankCells, seniorStudents: cell };
  return schoolRecord({ ...rest, ...(blanks === undefined ? {} : { blankCells: blanks }) });
}
