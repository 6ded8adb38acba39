import { FIELD_KEYS, type Fields } from "../types";
import { readFields } from "./readFields";

const F = FIELD_KEYS.length;

function filled(capacity: number): Float64Array {
  return new Float64Array(F * capacity).fill(NaN);
}

describe("readFields", () => {
  it("writes every field of FIELD_KEYS into its own place (record × fields + f), leaving other records alone", () => {
    // Field f holds 1000 + f, so a value in the wrong column, or a field not read, shows.
    const fields: Fields = Object.fromEntries(FIELD_KEYS.map((k, f) => [k, { value: 1000 + f, cell: `S!A${f}` }]));
    const data = filled(3);
    expect(readFields(fields, data, 2 * F)).toBe(true);
    FIELD_KEYS.forEach((_, f) => {
      expect([f, data[2 * F + f]]).toEqual([f, 1000 + f]);
      expect(Number.isNaN(data[f] ?? 0) && Number.isNaN(data[F + f] ?? 0)).toBe(true);
    });
  });
  it("leaves absent fields (and fields set to undefined) as they were, and ignores keys it does not know", () => {
    const data = filled(1);
    const fields = { students: { value: 376, cell: "S!E5" }, teachers: undefined, unknownKey: { value: 5, cell: null } } as unknown as Fields;
    expect(readFields(fields, data, 0)).toBe(true);
    expect(data[FIELD_KEYS.indexOf("students")]).toBe(376);
    expect(Array.from(data).filter((v) => !Number.isNaN(v))).toEqual([376]);
  });
  it("reads an empty record as regular, writing nothing", () => {
    const data = filled(1);
    expect(readFields({}, data, 0)).toBe(true);
    expect(Array.from(data).every(Number.isNaN)).toBe(true);
  });
  it("is false when a value is not a finite number (NaN, Infinity), writing NaN in its place and the other fields as given", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const data = filled(1);
      data.fill(7);
      expect(readFields({ classes: { value: bad, cell: null }, students: { value: 10, cell: null } }, data, 0)).toBe(false);
      expect([data[FIELD_KEYS.indexOf("classes")], data[FIELD_KEYS.indexOf("students")]]).toEqual([Number.NaN, 10]);
    }
  });
  it("never lets a typed array turn a value that is not a number into one: null, blank text, text, true all become NaN", () => {
    for (const bad of [null, "", "376", " 5 ", true, false, {}]) {
      const data = filled(1);
      data.fill(7);
      expect(readFields({ students: { value: bad, cell: "S!E5" } } as unknown as Fields, data, 0)).toBe(false);
      expect(data[FIELD_KEYS.indexOf("students")]).toBeNaN();
    }
  });
  it("is false for a number stored as text (possible only from a caller that bypasses the reader): the record goes to the reference path", () => {
    const data = filled(1);
    const fields = { students: { value: "376", cell: "S!E5" } } as unknown as Fields;
    expect(readFields(fields, data, 0)).toBe(false);
  });
  it("keeps 0 and negative numbers as given (they are problems for the sections, not for reading)", () => {
    const data = filled(1);
    expect(readFields({ students: { value: 0, cell: null }, classes: { value: -2, cell: null } }, data, 0)).toBe(true);
    expect([data[FIELD_KEYS.indexOf("students")], data[FIELD_KEYS.indexOf("classes")]]).toEqual([0, -2]);
  });
});
