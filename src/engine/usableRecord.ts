import { schoolRecord } from "./schoolRecord";
import { rowRef } from "./sectionProblems";
import { needsIndoor, type IndoorNeed } from "./numerators";
import { STAGES, type BlankCells, type Fields, type FieldKey, type Issue, type SchoolFlags, type SchoolRecord, type Sourced, type Stage } from "./types";

/** Whether a field's value can be used as a number: a finite number, nothing else (no NaN, no ±Infinity, no text). */
function usable(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

/** `fields` without its unusable values, the cells they came from added to `blank`, one issue each; then the areas that need an unknown indoor area held back. */
function cleaned(record: SchoolRecord, scope: { fields: Fields; blank: BlankCells | undefined }, needs: readonly IndoorNeed[], issues: Issue[]): { fields: Fields; blank: BlankCells | undefined } {
  const kept: Partial<Record<FieldKey, Sourced>> = {};
  let blanks = scope.blank;
  for (const [key, sourced] of Object.entries(scope.fields) as [FieldKey, Sourced][]) {
    if (usable(sourced.value)) {
      kept[key] = sourced;
      continue;
    }
    const params = { school: record.name, field: key, value: String(sourced.value), row: rowRef(record) };
    issues.push({ code: "value_not_number", severity: "error", cell: sourced.cell, params });
    if (sourced.cell !== null) blanks = { ...blanks, [key]: sourced.cell };
  }
  return withheldForIndoor(record, scope, { fields: kept, blank: blanks }, needs, issues);
}

/** Whether the indoor area of `fields` is there but unknown: a cell for it (its column exists) and no value. */
function unknownIndoor(fields: Fields, blank: BlankCells | undefined): boolean {
  // The blank cells first: most records have none, and asking them costs nothing then.
  return blank?.indoorSportsArea !== undefined && fields.indoorSportsArea === undefined;
}

/**
 * An indoor area that is not a number, or whose cell has no value (the reader leaves a cell the
 * sheet's note declares "no data" so, or one it cannot read; a blank cell it reads as no indoor
 * rooms and leaves out of BlankCells): the areas that need it under the profile (needsIndoor) are
 * held back too, their blank cell the indoor cell, so that their indicators are reported missing
 * there — used without it, L4 would deduct nothing and L5 would leave the halls out, as if they
 * were 0. Only a value that is not a number gets an issue here: a cell without one is the
 * reader's to explain, and the indicators' own issues name it.
 */
function withheldForIndoor(record: SchoolRecord, given: { fields: Fields; blank: BlankCells | undefined }, part: { fields: Partial<Record<FieldKey, Sourced>>; blank: BlankCells | undefined }, needs: readonly IndoorNeed[], issues: Issue[]): { fields: Fields; blank: BlankCells | undefined } {
  const indoor = given.fields.indoorSportsArea;
  const notNumber = indoor !== undefined && !usable(indoor.value);
  const held = needs.filter(([, area]) => part.fields[area] !== undefined);
  if (!(notNumber || unknownIndoor(given.fields, given.blank)) || held.length === 0) return part;
  const cell = indoor?.cell ?? given.blank?.indoorSportsArea ?? null;
  let blank = part.blank;
  for (const [, area] of held) {
    delete part.fields[area];
    if (cell !== null) blank = { ...blank, [area]: cell };
  }
  if (notNumber) issues.push({ code: "indoor_not_number", severity: "warning", cell, params: { school: record.name, indicators: held.map(([indicator]) => indicator).join(","), row: rowRef(record) } });
  return { fields: part.fields, blank };
}

/**
 * Whether a record must be made usable before it is evaluated (usableRecord): its indoor area,
 * whole or of a stage, is there but unknown. Values that are not numbers are found as the record
 * is read into the columns (putRecord).
 * @example heldForIndoor({ fields: { teachingArea: 3000 m² }, blankCells: { indoorSportsArea: "S!F9" } }) // true
 */
export function heldForIndoor(record: SchoolRecord): boolean {
  if (unknownIndoor(record.fields, record.blankCells)) return true;
  const [stages, blanks] = [record.stageFields, record.stageBlankCells];
  if (stages === undefined || blanks === undefined) return false;
  for (const s of STAGES) if (stages[s] !== undefined && unknownIndoor(stages[s], blanks[s])) return true;
  return false;
}

/** Whether a flag holds what SchoolFlags allows: a boolean, or for builtYear a finite number. */
function usableFlag(key: string, value: unknown): boolean {
  return value === undefined || (key === "builtYear" ? usable(value) : typeof value === "boolean");
}

/**
 * Whether every flag of a record holds what SchoolFlags allows (anything else comes only through
 * the API: the reader reports a yes / no cell it cannot read and leaves the flag out). A flag of
 * null or "是" would otherwise read as "stated": an unstated rurality taken for an urban school.
 * @example flagsUsable({ rural: true, builtYear: 2009 }) // true; flagsUsable({ rural: null }) // false
 */
export function flagsUsable(flags: SchoolFlags): boolean {
  for (const key in flags) if (!usableFlag(key, flags[key as keyof SchoolFlags])) return false;
  return true;
}

/** The flags that hold what SchoolFlags allows; one issue for each left out. */
function cleanedFlags(record: SchoolRecord, issues: Issue[]): SchoolFlags {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record.flags)) {
    if (usableFlag(key, value)) kept[key] = value;
    else issues.push({ code: "flag_not_usable", severity: "error", cell: null, params: { school: record.name, flag: key, value: String(value), row: rowRef(record) } });
  }
  return kept as SchoolFlags;
}

/**
 * The record as the engine can use it: every flag that is not what SchoolFlags allows left out
 * (flag_not_usable), and every value that is not a finite number — possible only
 * through the API, since the workbook reader reports such cells and leaves them out — left out in
 * the same way, its cell kept as a blank cell of the field (so the problems it causes name it),
 * and one error issue per value saying what it was. A value left out is then missing, never taken
 * for 0 or for text that happens to add up; an indoor area left out, or there without a value, also
 * holds back the areas that need it under the profile (withheldForIndoor). Raised for every
 * record, in scope or not (unlike the section issues evaluateSection keeps back for an
 * out-of-scope section): the record's numbers also feed the guarantee checks — a special school's
 * funding for G7 — and the reader reports an unreadable cell whatever the school.
 *
 * @example usableRecord({ …, fields: { students: { value: "376", cell: "S!E5" } } }, true).issues[0].code // "value_not_number"; .record.fields.students === undefined; .record.blankCells.students === "S!E5"
 */
export function usableRecord(record: SchoolRecord, l4Deducts: boolean): { record: SchoolRecord; issues: Issue[] } {
  const issues: Issue[] = [];
  const needs = needsIndoor(l4Deducts);
  const whole = cleaned(record, { fields: record.fields, blank: record.blankCells }, needs, issues);
  const stageFields: Partial<Record<Stage, Fields>> = {};
  const stageBlankCells: Partial<Record<Stage, BlankCells>> = { ...record.stageBlankCells };
  cleanStages(record, needs, issues, stageFields, stageBlankCells);
  // Built by schoolRecord, as every record is, so that it shares their hidden class.
  const clean = schoolRecord({
    ...record,
    flags: cleanedFlags(record, issues),
    fields: whole.fields,
    ...(whole.blank !== undefined ? { blankCells: whole.blank } : {}),
    ...(record.stageFields !== undefined ? { stageFields, stageBlankCells } : {}),
  });
  return { record: clean, issues };
}

/**
 * The record's per-stage fields cleaned as its whole-school ones are (cleaned), written into
 * `stageFields` and `stageBlankCells`, their issues appended to `issues`. Apart from usableRecord so
 * that it reads as the record's parts; it fills the caller's objects rather than returning new ones.
 */
function cleanStages(record: SchoolRecord, needs: readonly IndoorNeed[], issues: Issue[], stageFields: Partial<Record<Stage, Fields>>, stageBlankCells: Partial<Record<Stage, BlankCells>>): void {
  for (const stage of STAGES) {
    const own = record.stageFields?.[stage];
    if (own === undefined) continue;
    const part = cleaned(record, { fields: own, blank: record.stageBlankCells?.[stage] }, needs, issues);
    stageFields[stage] = part.fields;
    if (part.blank !== undefined) stageBlankCells[stage] = part.blank;
  }
}
