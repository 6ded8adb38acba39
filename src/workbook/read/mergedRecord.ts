import { schoolRecord } from "../../engine/schoolRecord";
import type { BlankCells, FieldKey, Fields, SchoolRecord, Sourced, Stage } from "../../engine/types";

/** Fields that do not add up across campuses: the largest class is the larger one. */
const MAXIMA: ReadonlySet<FieldKey> = new Set<FieldKey>(["largestClass"]);

function addSourced(key: FieldKey, a: Sourced | undefined, b: Sourced | undefined): Sourced | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  // A maximum is one cell's value: it is cited where it stands (the parent's on a tie).
  if (MAXIMA.has(key)) return b.value > a.value ? b : a;
  // The cells either campus took as 0 stay named on the sum, whose parent's cell stands for them (Sourced.assumedZeros).
  const zeros = [...(a.assumedZeros ?? []), ...(b.assumedZeros ?? [])];
  return zeros.length === 0 ? { value: a.value + b.value, cell: a.cell } : { value: a.value + b.value, cell: a.cell, assumedZeros: zeros };
}

/** Field by field sum (largest class: the larger, at its own cell); a sum keeps the parent's cell as its address. */
export function addFields(a: Fields, b: Fields): Fields {
  const out: Partial<Record<FieldKey, Sourced>> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<FieldKey>) {
    const v = addSourced(key, a[key], b[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Two records' fields by stage (their own stageFields, or the whole-school ones each stage reads: wholeStageFields), added stage by stage. */
function addByStage(a: Partial<Record<Stage, Fields>> | undefined, b: Partial<Record<Stage, Fields>> | undefined): Partial<Record<Stage, Fields>> | undefined {
  if (a === undefined && b === undefined) return undefined;
  const out: Partial<Record<Stage, Fields>> = {};
  for (const stage of ["primary", "junior"] as const) {
    const x = a?.[stage];
    const y = b?.[stage];
    if (x !== undefined || y !== undefined) out[stage] = addFields(x ?? {}, y ?? {});
  }
  return out;
}

/**
 * The blank cells of a merged school: a field still without a value after the sum keeps the
 * parent's cell (else the campus's); a field that one of the two gave has none — but for the
 * boarders, whose entry says a count was given and not read (a blank one is none, left out by
 * rowFields): the sum of the other's count is not the school's, so the entry stays.
 *
 * @example parent { backboneTeachers: "S!J7" }, campus 4 backbone teachers → {}
 * @example parent 100 boarders, campus { boardingStudents: "S!F8" } (约50) → { boardingStudents: "S!F8" }
 */
export function mergeBlankCells(fields: Fields, a: BlankCells | undefined, b: BlankCells | undefined): BlankCells {
  const out: BlankCells = {};
  for (const [key, cell] of Object.entries({ ...b, ...a }) as [FieldKey, string][]) if (fields[key] === undefined || key === "boardingStudents") out[key] = cell;
  return out;
}

function blankPart(fields: Fields, a: BlankCells | undefined, b: BlankCells | undefined): { blankCells?: BlankCells } {
  const cells = mergeBlankCells(fields, a, b);
  return Object.keys(cells).length > 0 ? { blankCells: cells } : {};
}

function mergeStageBlankCells(stageFields: Partial<Record<Stage, Fields>> | undefined, a: Partial<Record<Stage, BlankCells>> | undefined, b: Partial<Record<Stage, BlankCells>> | undefined): Partial<Record<Stage, BlankCells>> | undefined {
  const out: Partial<Record<Stage, BlankCells>> = {};
  for (const stage of ["primary", "junior"] as const) {
    const cells = blankPart(stageFields?.[stage] ?? {}, a?.[stage], b?.[stage]).blankCells;
    if (cells !== undefined) out[stage] = cells;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The whole-school numbers each stage reads (SchoolRecord.wholeStageFields) of both, summed as the other fields are, with their blank cells. */
function mergeWholeStage(a: SchoolRecord, b: SchoolRecord): Pick<SchoolRecord, "wholeStageFields" | "wholeStageBlankCells"> {
  const fields = addByStage(a.wholeStageFields, b.wholeStageFields);
  const blanks = mergeStageBlankCells(fields, a.wholeStageBlankCells, b.wholeStageBlankCells);
  return { ...(fields === undefined ? {} : { wholeStageFields: fields }), ...(blanks === undefined ? {} : { wholeStageBlankCells: blanks }) };
}

/** A campus added to its school: numbers summed, blank cells merged, the parent's name, cells and flags kept. */
export function mergedRecord(parent: SchoolRecord, campus: SchoolRecord): SchoolRecord {
  const stageFields = addByStage(parent.stageFields, campus.stageFields);
  const fields = addFields(parent.fields, campus.fields);
  const { blankCells: _b, stageBlankCells: _s, wholeStageFields: _w, wholeStageBlankCells: _wb, ...rest } = parent;
  const stageBlanks = mergeStageBlankCells(stageFields, parent.stageBlankCells, campus.stageBlankCells);
  const blanks = { ...blankPart(fields, parent.blankCells, campus.blankCells), ...(stageBlanks === undefined ? {} : { stageBlankCells: stageBlanks }), ...mergeWholeStage(parent, campus) };
  return schoolRecord(stageFields === undefined ? { ...rest, fields, ...blanks } : { ...rest, fields, stageFields, ...blanks });
}
