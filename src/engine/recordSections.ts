import type { Profile } from "../profiles/schema";
import { ADDED_TO, SHARED_FIELDS } from "./indicatorMeta";
import { SINGLE_FIELD } from "./numerators";
import type { SectionInput, SectionProblem } from "./sectionInput";
import { recordStages, splitShares, type ShareOutcome } from "./splitShares";
import { FIELD_KEYS, type BlankCells, type FieldKey, type Fields, type IndicatorCode, type SchoolRecord, type SchoolType, type Sourced, type Stage } from "./types";

/** The indicators whose numerator is a per-stage field (not split by weights): L1, L2, L3. */
const PER_STAGE_NUMERATORS: readonly (readonly [IndicatorCode, FieldKey])[] = (Object.entries(SINGLE_FIELD) as [IndicatorCode, FieldKey][]).filter(([, field]) => !SHARED_FIELDS.includes(field));

/** The keys of `a` then those of `b` not in `a`, each with b's value when b has it (as `{ ...a, ...b }`), built without a spread. */
function merged<T extends object>(a: T | undefined, b: T | undefined): T {
  const out = {} as T;
  if (a !== undefined) Object.assign(out, a);
  if (b !== undefined) Object.assign(out, b);
  return out;
}

/** No unread cells, one object for every section without them. */
const NO_CELLS: BlankCells = Object.freeze({});

/**
 * A section input in one literal: a spread (`{ ...base, fields }`) would give every section a
 * hidden class of its own and make each read of it in the evaluation megamorphic.
 */
function sectionInput(record: SchoolRecord, stage: Stage, rest: Pick<SectionInput, "fields" | "split" | "problems" | "withheld">): SectionInput {
  const { name, county, type, flags, source } = record;
  // A stage's own blank cell is where its missing value belongs, even when a shared column is blank too;
  // else the blank whole-school cell the stage would read (L1: 小学 专科及以上, 初中 本科及以上).
  const blankCells = merged(merged(record.blankCells, record.wholeStageBlankCells?.[stage]), record.stageBlankCells?.[stage]);
  const unreadStageCells = record.unreadStageCells ?? NO_CELLS;
  return { id: `${record.id}#${stage}`, recordId: record.id, name, county, type, stage, blankCells, unreadStageCells, flags, source, fields: rest.fields, split: rest.split, problems: rest.problems, withheld: rest.withheld };
}

/** The stage of a single-stage record that does not name one: 初中 and vocational rows are junior-level, the rest primary. */
export function defaultStage(type: SchoolType): Stage {
  return type === "junior" || type === "vocational" ? "junior" : "primary";
}

/** A record that is one section as it stands. */
function wholeSection(record: SchoolRecord, stage: Stage): SectionInput {
  return sectionInput(record, stage, { fields: merged(record.fields, record.stageFields?.[stage]), split: null, problems: [], withheld: [] });
}

/** The stage's own fields plus the shared ones times its share (own values of a shared field win). */
function splitFields(record: SchoolRecord, stage: Stage, share: number | null): Fields {
  const own = record.stageFields?.[stage] ?? {};
  const out: Fields = merged(own, undefined);
  for (const key of SHARED_FIELDS) {
    const whole = record.fields[key];
    if (own[key] === undefined && whole !== undefined && share !== null) out[key] = { value: whole.value * share, cell: whole.cell };
  }
  return out;
}

/**
 * The whole school's number of `field` as `stage` counts it: the row's own (高于规定学历教师数,
 * 骨干教师), else the one read for the stage from parts that differ by stage (L1's degrees:
 * SchoolRecord.wholeStageFields); one that is no finite number (possible only through the API) is none.
 * @example wholeValue({ fields: {}, wholeStageFields: { junior: { qualifiedTeachers: 45 at I7 } } }, "junior", "qualifiedTeachers") // 45 at I7
 */
function wholeValue(record: SchoolRecord, stage: Stage, field: FieldKey): Sourced | undefined {
  const whole = record.fields[field] ?? record.wholeStageFields?.[stage]?.[field];
  return whole !== undefined && Number.isFinite(whole.value) ? whole : undefined;
}

/**
 * The indicator numerators counted per stage (rules.md §2: teachers by the stage they teach) that
 * a combined row gives for the whole school only: no stage can have them, and no weights split
 * them. Each is a problem at the whole-school cell, naming the indicator (L1 at the part its stage
 * would use: 专科及以上 for 小学, 本科及以上 for 初中); a stage whose own column is blank is missing
 * its value there instead (missing_numerator at that cell).
 */
function wholeSchoolOnly(record: SchoolRecord, stage: Stage): { fields: FieldKey[]; problems: SectionProblem[] } {
  const own = record.stageFields?.[stage] ?? {};
  const ownBlank = record.stageBlankCells?.[stage] ?? {};
  const out: { fields: FieldKey[]; problems: SectionProblem[] } = { fields: [], problems: [] };
  for (const [indicator, field] of PER_STAGE_NUMERATORS) {
    const whole = wholeValue(record, stage, field);
    if (whole === undefined || own[field] !== undefined || ownBlank[field] !== undefined) continue;
    out.fields.push(field);
    out.problems.push({ code: "combined_whole_school_only", severity: "error", blocking: true, cell: whole.cell, params: { indicator, field, value: whole.value } });
  }
  return out;
}

/** The indicators whose added-to fields (ADDED_TO) a stage takes from the school's shared values: none of them given for the stage itself. */
function sharedIndicators(own: Fields): IndicatorCode[] {
  const codes = Object.keys(ADDED_TO) as IndicatorCode[];
  return codes.filter((code) => (ADDED_TO[code] ?? []).every((field) => own[field] === undefined));
}

function splitSection(record: SchoolRecord, stage: Stage, outcome: ShareOutcome): SectionInput {
  const share = outcome.kind === "shares" ? (outcome.shares[stage] ?? null) : null;
  const own = record.stageFields?.[stage] ?? {};
  const shared = share === null ? SHARED_FIELDS.filter((k) => own[k] === undefined) : [];
  // A stage stating every shared value itself needs no share, so nothing is held back or reported.
  const shareProblems = outcome.kind === "unknown" && outcome.problem !== null && shared.length > 0 ? [outcome.problem] : [];
  const wholeOnly = wholeSchoolOnly(record, stage);
  // The split already said this stage's students are missing, at their cell: not said again (missing_students).
  const studentsSaid = shareProblems.some((p) => p.code === "split_missing_students" && p.params.missingStage === stage) ? ["students" as const] : [];
  const withheld = [...shared, ...wholeOnly.fields, ...studentsSaid];
  const split = share === null ? null : { recordId: record.id, share, shared: sharedIndicators(own) };
  return sectionInput(record, stage, { fields: splitFields(record, stage, share), split, problems: [...shareProblems, ...wholeOnly.problems], withheld });
}

/**
 * A combined school without any per-stage numbers: visible, but nothing can be evaluated. Said at
 * its whole-school students cell (the number that would have to be given per stage), else at any
 * cell of the row.
 */
function noStageData(record: SchoolRecord): SectionProblem {
  const cell = record.fields.students?.cell ?? record.blankCells?.students ?? Object.values(record.fields).find((f) => f?.cell !== null)?.cell ?? null;
  return { code: "combined_no_stage_data", severity: "error", blocking: true, cell, params: {} };
}

function noStageSection(record: SchoolRecord, stage: Stage): SectionInput {
  const problem = noStageData(record);
  return sectionInput(record, stage, { fields: {}, split: null, problems: [problem], withheld: [...FIELD_KEYS] });
}

/**
 * The sections of one input record (rules.md §2 "Combined schools"): a record with a stage is
 * one section as is; a combined school without a stage (九年一贯制, 十二年一贯制, 完全中学) gives one
 * section per stage present in `stageFields`, sharing teaching area, sports areas, equipment and
 * multimedia rooms by weighted students (splitShares), unless the stage states its own value.
 * A 完全中学 yields only its junior section; a special school giving students for both stages, one
 * section per stage, as a 九年一贯制 (recordStages). Section id: `${record.id}#${stage}`.
 *
 * @example nine_year with stageFields { primary: 166 students, junior: 210 } and teachingArea 23 226 →
 * `id#primary` with 9711.63 m², `id#junior` with 13 514.37 m².
 */
export function recordSections(record: SchoolRecord, profile: Profile): SectionInput[] {
  if (record.stage !== null) return [wholeSection(record, record.stage)];
  const stages = recordStages(record);
  if (stages.length === 0) return [wholeSection(record, defaultStage(record.type))];
  const present = stages.filter((s) => record.stageFields?.[s] !== undefined);
  if (present.length === 0) return stages.map((s) => noStageSection(record, s));
  const outcome = splitShares(record, present, profile);
  return present.map((stage) => splitSection(record, stage, outcome));
}
