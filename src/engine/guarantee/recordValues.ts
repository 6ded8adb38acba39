import { STAGES } from "../types";
import type { CellRef, FieldKey, Fields, SchoolFlags, SchoolRecord, SchoolType, Sourced, Stage } from "../types";

/** A sum of cell values with the cells it came from. */
export interface Total {
  readonly value: number;
  readonly cells: readonly CellRef[];
}

/** The compulsory stages a school type has when a row does not say (完全中学: its junior part only). */
const STAGES_OF_TYPE: Readonly<Record<SchoolType, readonly Stage[]>> = {
  primary: ["primary"],
  teaching_point: ["primary"],
  junior: ["junior"],
  complete_middle: ["junior"],
  nine_year: ["primary", "junior"],
  twelve_year: ["primary", "junior"],
  special: [],
  vocational: [],
  other: [],
};

function add(parts: readonly Sourced[]): Total {
  return { value: parts.reduce((s, p) => s + p.value, 0), cells: parts.map((p) => p.cell) };
}

function isSourced(v: Sourced | undefined): v is Sourced {
  return v !== undefined;
}

/** The stages of a record: its own stage, else those of `stageFields`, else those of its type. */
export function recordStages(record: SchoolRecord): readonly Stage[] {
  if (record.stage !== null) return [record.stage];
  const given = STAGES.filter((s) => record.stageFields?.[s] !== undefined);
  return given.length > 0 ? given : STAGES_OF_TYPE[record.type];
}

/** The fields holding `stage`'s own numbers in a record; undefined when the record keeps none apart for it. */
export function stageFieldsOf(record: SchoolRecord, stage: Stage): Fields | undefined {
  if (record.stage !== null) return record.stage === stage ? record.fields : undefined;
  const own = record.stageFields?.[stage];
  if (own !== undefined) return own;
  const stages = recordStages(record);
  return stages.length === 1 && stages[0] === stage ? record.fields : undefined;
}

/**
 * A record's total of `key`: on a whole-school row the sum of its per-stage values when every
 * stage gives one (so `students` counts the compulsory stages only), else its whole-school value.
 */
export function recordTotal(record: SchoolRecord, key: FieldKey): Total | null {
  if (record.stage === null && record.stageFields !== undefined) {
    const parts = recordStages(record).map((s) => record.stageFields?.[s]?.[key]);
    if (parts.length > 0 && parts.every(isSourced)) return add(parts.filter(isSourced));
  }
  const own = record.fields[key];
  return own === undefined ? null : add([own]);
}

/** Sum over a school's records of a per-stage quantity; null when any record lacks it. */
export function groupTotal(records: readonly SchoolRecord[], key: FieldKey): Total | null {
  const totals = records.map((r) => recordTotal(r, key));
  if (totals.length === 0 || totals.some((t) => t === null)) return null;
  const given = totals.filter((t): t is Total => t !== null);
  return { value: given.reduce((s, t) => s + t.value, 0), cells: given.flatMap((t) => t.cells) };
}

/**
 * Sum over a school's records of a shared quantity (rooms, funding): the rows that give it. A
 * combined school written as two section rows often carries its rooms and funding on one row only,
 * so a blank on the sibling row is read as "given on the other row", not as missing.
 */
export function groupShared(records: readonly SchoolRecord[], key: FieldKey): Total | null {
  const given = records.map((r) => recordTotal(r, key)).filter((t): t is Total => t !== null);
  if (given.length === 0) return null;
  return { value: given.reduce((s, t) => s + t.value, 0), cells: given.flatMap((t) => t.cells) };
}

/** Students of each stage of a school, summed over its records; null when any stage's count is unknown. */
export function stageStudents(records: readonly SchoolRecord[]): Map<Stage, Total> | null {
  const out = new Map<Stage, Total>();
  for (const record of records) {
    for (const stage of recordStages(record)) {
      const v = stageFieldsOf(record, stage)?.students;
      if (v === undefined) return null;
      const prev = out.get(stage);
      out.set(stage, { value: (prev?.value ?? 0) + v.value, cells: [...(prev?.cells ?? []), v.cell] });
    }
  }
  return out;
}

/** All stages of a school's records, in STAGES order. */
export function groupStages(records: readonly SchoolRecord[]): readonly Stage[] {
  const present = new Set(records.flatMap((r) => recordStages(r)));
  return STAGES.filter((s) => present.has(s));
}

/**
 * Whether a school is rural, as its rows state it: true when any row says so, false when a row
 * says it is not (and none that it is), null when no row says either (no 城乡分类 column).
 * @example groupRurality([{ flags: {} }, { flags: { rural: false } }]) // false; groupRurality([{ flags: {} }]) // null
 */
export function groupRurality(records: readonly SchoolRecord[]): boolean | null {
  let stated: boolean | null = null;
  for (const r of records) {
    if (r.flags.rural === true) return true;
    if (r.flags.rural === false) stated = false;
  }
  return stated;
}

/**
 * Whether a record's boarders count, whole or of a stage, was given but could not be used: an entry
 * in its blank cells (BlankCells; the reader leaves out a blank boarders cell, read as none).
 * @example boardersUnread({ …, stageBlankCells: { primary: { boardingStudents: "S!F3" } } }) // true
 */
export function boardersUnread(record: SchoolRecord): boolean {
  if (record.blankCells?.boardingStudents !== undefined) return true;
  const blanks = record.stageBlankCells;
  if (blanks === undefined) return false;
  for (const s of STAGES) if (blanks[s]?.boardingStudents !== undefined) return true;
  return false;
}

/** A flag of a school written as several rows: true when any row says so (the rows describe one school). */
export function groupFlag(records: readonly SchoolRecord[], flag: keyof SchoolFlags): boolean {
  // A loop, not some(closure): the per-school checks ask for every school of every county.
  for (const r of records) if (r.flags[flag] === true) return true;
  return false;
}

/** The yes / no columns that answer "built in or before" for one fixed year. */
const ANSWERED_YEAR = { builtBy2016: 2016, builtBy2010: 2010 } as const;

/**
 * Whether a school was built in or before `year` (a profile's relaxation year): from 建成年份
 * when a row gives it, else from a yes / no column, but only when that column names the same year.
 *
 * @example builtBy([{ …, flags: { builtYear: 2012 } }], 2010, "builtBy2010") // false
 */
export function builtBy(records: readonly SchoolRecord[], year: number, answer: keyof typeof ANSWERED_YEAR): boolean {
  // A loop rather than some(closure): this runs for every school of every county.
  for (let r = 0; r < records.length; r++) if (recordBuiltBy(records[r] as SchoolRecord, year, answer)) return true;
  return false;
}

/**
 * builtBy of one row: its 建成年份 when given, else its yes / no column when that names `year`.
 * Each answer is read by its own name, and the column's year found by comparison, not by a lookup
 * keyed by its name, which cost more than the rest (three calls for every school).
 * @example recordBuiltBy({ …, flags: { builtBy2016: true } }, 2016, "builtBy2016") // true; with 2010 → false (the column answers for 2016)
 */
export function recordBuiltBy({ flags }: SchoolRecord, year: number, answer: keyof typeof ANSWERED_YEAR): boolean {
  if (flags.builtYear !== undefined) return flags.builtYear <= year;
  return (answer === "builtBy2016" ? ANSWERED_YEAR.builtBy2016 : ANSWERED_YEAR.builtBy2010) === year && (answer === "builtBy2016" ? flags.builtBy2016 : flags.builtBy2010) === true;
}
