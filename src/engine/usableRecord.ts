import { schoolRecord } from "./schoolRecord";
import { rowRef } from "./sectionProblems";
import { NEEDS_INDOOR } from "./numerators";
import { STAGES, type BlankCells, type Fields, type FieldKey, type Issue, type SchoolFlags, type SchoolRecord, type Sourced, type Stage } from "./types";

/** Whether a field's value can be used as a number: a finite number, nothing else (no NaN, no ±Infinity, no text). */
function usable(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

/** `fields` without its unusable values, the cells they came from added to `blank`, one issue each; then the areas that need an unusable indoor area held back. */
function cleaned(record: SchoolRecord, fields: Fields, blank: BlankCells | undefined, issues: Issue[]): { fields: Fields; blank: BlankCells | undefined } {
  const kept: Partial<Record<FieldKey, Sourced>> = {};
  let blanks = blank;
  for (const [key, sourced] of Object.entries(fields) as [FieldKey, Sourced][]) {
    if (usable(sourced.value)) {
      kept[key] = sourced;
      continue;
    }
    const params = { school: record.name, field: key, value: String(sourced.value), row: rowRef(record) };
    issues.push({ code: "value_not_number", severity: "error", cell: sourced.cell, params });
    if (sourced.cell !== null) blanks = { ...blanks, [key]: sourced.cell };
  }
  return withheldForIndoor(record, fields.indoorSportsArea, { fields: kept, blank: blanks }, issues);
}

/**
 * An indoor area given but not a number: the areas that need it (NEEDS_INDOOR) are held back too,
 * their blank cell the indoor cell, as the workbook reader does for an unreadable indoor cell —
 * used without it, L4 would deduct nothing and L5 would leave the halls out, as if they were 0.
 */
function withheldForIndoor(record: SchoolRecord, indoor: Sourced | undefined, part: { fields: Partial<Record<FieldKey, Sourced>>; blank: BlankCells | undefined }, issues: Issue[]): { fields: Fields; blank: BlankCells | undefined } {
  const held = NEEDS_INDOOR.filter((k) => part.fields[k] !== undefined);
  if (indoor === undefined || usable(indoor.value) || held.length === 0) return part;
  let blank = part.blank;
  for (const k of held) {
    delete part.fields[k];
    if (indoor.cell !== null) blank = { ...blank, [k]: indoor.cell };
  }
  issues.push({ code: "indoor_not_number", severity: "warning", cell: indoor.cell, params: { school: record.name, row: rowRef(record) } });
  return { fields: part.fields, blank };
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
 * for 0 or for text that happens to add up; an indoor area left out also holds back the areas that
 * need it (withheldForIndoor), as the reader does for an unreadable indoor cell. Raised for every
 * record, in scope or not (unlike the section issues evaluateSection keeps back for an
 * out-of-scope section): the record's numbers also feed the guarantee checks — a special school's
 * funding for G7 — and the reader reports an unreadable cell whatever the school.
 *
 * @example usableRecord({ …, fields: { students: { value: "376", cell: "S!E5" } } }).issues[0].code // "value_not_number"; .record.fields.students === undefined; .record.blankCells.students === "S!E5"
 */
export function usableRecord(record: SchoolRecord): { record: SchoolRecord; issues: Issue[] } {
  const issues: Issue[] = [];
  const whole = cleaned(record, record.fields, record.blankCells, issues);
  const stageFields: Partial<Record<Stage, Fields>> = {};
  const stageBlankCells: Partial<Record<Stage, BlankCells>> = { ...record.stageBlankCells };
  for (const stage of STAGES) {
    const own = record.stageFields?.[stage];
    if (own === undefined) continue;
    const part = cleaned(record, own, record.stageBlankCells?.[stage], issues);
    stageFields[stage] = part.fields;
    if (part.blank !== undefined) stageBlankCells[stage] = part.blank;
  }
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
