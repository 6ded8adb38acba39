import type { ReadResult } from "../workbook/read/readWorkbook";
import { knownRead, type KnownRead } from "./knownRead";

const read: ReadResult = { ok: false, issues: [{ code: "read_missing_columns", severity: "error", cell: null, params: { sheet: "学校", fieldList: "name", found: "" } }] };
const known = (options: KnownRead["options"]): KnownRead => ({ options, read });

describe("knownRead", () => {
  it("gives the result read with the same options, whatever order the fixes were set or the columns ignored in", () => {
    expect(knownRead(known({ sheet: "学校" }), { sheet: "学校" })).toBe(read);
    const fixes = known({ sheet: "学校", range: "A1:F9", mapping: { roles: { "students@primary": 1, teachers: 3 }, ignore: [4, 6] } });
    expect(knownRead(fixes, { sheet: "学校", range: "A1:F9", mapping: { roles: { teachers: 3, "students@primary": 1 }, ignore: [4, 6] } })).toBe(read);
    expect(knownRead(known({ sheet: "学校", mapping: { roles: {}, ignore: [4, 6] } }), { sheet: "学校", mapping: { roles: {}, ignore: [6, 4] } })).toBe(read);
    expect(knownRead(known({}), {})).toBe(read); // no sheet: the reader chose the same way both times
  });

  it.each<[string, KnownRead["options"]]>([
    ["another sheet", { sheet: "另表" }],
    ["a range", { sheet: "学校", range: "A1:F9" }],
    ["hidden rows included", { sheet: "学校", includeHidden: true }],
    ["a fix", { sheet: "学校", mapping: { roles: { teachers: 3 }, ignore: [] } }],
    ["a column ignored", { sheet: "学校", mapping: { roles: {}, ignore: [4] } }],
    ["no sheet named (the reader chooses)", {}],
  ])("gives nothing when the options differ: %s", (_what, options) => {
    expect(knownRead(known({ sheet: "学校" }), options)).toBeNull();
  });

  it("gives nothing when a fix moved to another column, or the ignored columns differ", () => {
    const fixed = known({ sheet: "学校", mapping: { roles: { teachers: 3 }, ignore: [4] } });
    expect(knownRead(fixed, { sheet: "学校", mapping: { roles: { teachers: 2 }, ignore: [4] } })).toBeNull();
    expect(knownRead(fixed, { sheet: "学校", mapping: { roles: { teachers: 3 }, ignore: [4, 5] } })).toBeNull();
  });

  it("gives nothing when nothing is known", () => {
    expect(knownRead(undefined, { sheet: "学校" })).toBeNull();
  });
});
