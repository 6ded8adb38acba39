/**
 * Test-only builders for hand-made school records and section results (used by the *.test.ts
 * files of src/engine/guarantee and src/engine/verdict). Every value gets a cell like `表1!D5`:
 * the column follows FIELD_KEYS, the row is the record's row.
 */
import { FIELD_KEYS } from "../types";
import type { FieldKey, Fields, SchoolFlags, SchoolRecord, SchoolType, SectionResult, Stage } from "../types";

export type Numbers = Partial<Record<FieldKey, number>>;

function column(index: number): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return index < 26 ? (letters[index] as string) : `A${letters[index - 26] as string}`;
}

/** The cell a field of a row is read from in these tests: 表1, column B onwards in FIELD_KEYS order. */
export function cellOf(key: FieldKey, row: number, sheet = "表1"): string {
  return `${sheet}!${column(FIELD_KEYS.indexOf(key) + 1)}${row}`;
}

/** Sourced fields from plain numbers. */
export function fieldsOf(values: Numbers, row: number, sheet = "表1"): Fields {
  const out: Record<string, { value: number; cell: string }> = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, number][]) out[key] = { value, cell: cellOf(key, row, sheet) };
  return out as Fields;
}

export interface RecordSpec {
  readonly name: string;
  readonly row: number;
  readonly type?: SchoolType;
  readonly stage?: Stage | null;
  readonly fields?: Numbers;
  readonly stageFields?: Partial<Record<Stage, Numbers>>;
  readonly flags?: SchoolFlags;
  readonly county?: string | null;
}

/** A school record read from row `row` of 表1 (stage fields from 表2, same row). */
export function schoolRecord(spec: RecordSpec): SchoolRecord {
  const stageFields = spec.stageFields
    ? Object.fromEntries(Object.entries(spec.stageFields).map(([s, v]) => [s, fieldsOf(v, spec.row, `表2${s === "primary" ? "小学" : "初中"}`)]))
    : undefined;
  return {
    id: `表1!${spec.row}`,
    name: spec.name,
    county: spec.county ?? "测试县",
    type: spec.type ?? "primary",
    stage: spec.stage === undefined ? "primary" : spec.stage,
    fields: fieldsOf(spec.fields ?? {}, spec.row),
    ...(stageFields ? { stageFields } : {}),
    flags: spec.flags ?? {},
    source: { sheet: "表1", row: spec.row },
  };
}

/** A section result with defaults: in scope, evaluable, passing. */
export function sectionResult(over: Partial<SectionResult> & { recordId?: string; stage?: Stage } = {}): SectionResult {
  const recordId = over.recordId ?? "表1!5";
  const stage = over.stage ?? "primary";
  return {
    id: `${recordId}#${stage}`,
    recordId,
    name: "测试学校",
    county: "测试县",
    type: "primary",
    stage,
    students: 300,
    included: true,
    exclusion: null,
    evaluable: true,
    notEvaluable: [],
    indicators: {},
    metCount: 7,
    pass: true,
    passPlan: null,
    split: null,
    source: null,
    ...over,
  };
}
