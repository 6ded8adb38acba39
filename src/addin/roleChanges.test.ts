import { mappingOf } from "../workbook/read/testing";
import { mappingView } from "./mappingView";
import { keepsRoles, requiredUnset, roleChanges, roleText, viewWithFixes } from "./roleChanges";

const NAME = { key: "name", stage: null, part: null } as const;
const STUDENTS = { key: "students", stage: null, part: null } as const;

/** 序号 | 学校名称 | 在校生数（人） | 专任教师数, as the reader recognises them with no fix. */
const AUTO = mappingView(
  mappingOf(
    "学校",
    0,
    [
      { column: 1, header: "学校名称", field: "name" },
      { column: 2, header: "在校生数（人）", field: "students" },
      { column: 3, header: "专任教师数", field: "teachers" },
    ],
    { unmatched: [{ column: 0, header: "序号" }] },
  ),
);
/** The same after 学校名称 was chosen for A: B loses it. */
const A_NAMED = mappingView(
  mappingOf(
    "学校",
    0,
    [
      { column: 0, header: "序号", field: "name" },
      { column: 2, header: "在校生数（人）", field: "students" },
      { column: 3, header: "专任教师数", field: "teachers" },
    ],
    { unmatched: [{ column: 1, header: "学校名称" }] },
  ),
);

describe("roleText", () => {
  it("names a field, its stage and its part as the lists do, and （不使用） for none", () => {
    expect(roleText(NAME, "zh")).toBe("学校名称");
    expect(roleText({ key: "students", stage: "primary", part: null }, "zh")).toBe("在校生数（小学）");
    expect(roleText({ key: "students", stage: "junior", part: null }, "en")).toBe("Students (Junior secondary)");
    expect(roleText(null, "zh")).toBe("（不使用）");
    expect(roleText(null, "en")).toBe("(not used)");
  });
});

describe("roleChanges", () => {
  it("gives the other column a choice took its field from, not the column chosen", () => {
    expect(roleChanges(AUTO, A_NAMED, 0)).toEqual([{ address: "B", header: "学校名称", was: NAME, now: null }]);
  });

  it("gives the column that gets it back when the choice is undone", () => {
    expect(roleChanges(A_NAMED, AUTO, 0)).toEqual([{ address: "B", header: "学校名称", was: null, now: NAME }]);
  });

  it("gives nothing when only the chosen column changed, or for one table against itself", () => {
    expect(roleChanges(AUTO, AUTO, 2)).toEqual([]);
  });

  it("leaves out a column whose header changed (the sheet was edited, nothing was taken from it)", () => {
    const edited = { ...A_NAMED, rows: A_NAMED.rows.map((r) => (r.column === 1 ? { ...r, header: "校名" } : r)) };
    expect(roleChanges(AUTO, edited, 0)).toEqual([]);
  });
});

describe("viewWithFixes and requiredUnset", () => {
  it("shows an ignored column as not used, and keeps the others", () => {
    expect(viewWithFixes(AUTO, { fixes: {}, ignored: [2] }).rows.map((r) => r.role)).toEqual([null, NAME, null, { key: "teachers", stage: null, part: null }]);
  });

  it("shows a role fixed to another column there, and not where it was read", () => {
    expect(viewWithFixes(AUTO, { fixes: { students: 3 }, ignored: [] }).rows.map((r) => r.role)).toEqual([null, NAME, null, STUDENTS]);
  });

  it("finds the column a required field was taken from: set to not used, or to another field", () => {
    expect(requiredUnset(AUTO, { fixes: {}, ignored: [2] }, ["students"]).map((r) => [r.row.address, r.now])).toEqual([["C", null]]);
    expect(requiredUnset(AUTO, { fixes: { teachers: 2 }, ignored: [] }, ["students"]).map((r) => [r.row.address, r.now])).toEqual([["C", { key: "teachers", stage: null, part: null }]]);
  });

  it("finds none when the field was not taken by a correction, or with no correction at all", () => {
    expect(requiredUnset(AUTO, { fixes: {}, ignored: [3] }, ["students"])).toEqual([]);
    expect(requiredUnset(AUTO, { fixes: {}, ignored: [] }, ["name", "students"])).toEqual([]);
  });
});

describe("keepsRoles", () => {
  it("holds for no correction, and for corrections that give each column the role the reader found (a list walked back)", () => {
    expect(keepsRoles(AUTO, { fixes: {}, ignored: [] })).toBe(true);
    // C (column 2) is 在校生数 as read; 序号 (A, column 0) is not used as read.
    expect(keepsRoles(AUTO, { fixes: { students: 2 }, ignored: [] })).toBe(true);
    expect(keepsRoles(AUTO, { fixes: { students: 2, name: 1 }, ignored: [0] })).toBe(true);
  });

  it("fails for a column given another role, set to not used, or a field moved to another column", () => {
    expect(keepsRoles(AUTO, { fixes: { teachers: 2 }, ignored: [] })).toBe(false);
    expect(keepsRoles(AUTO, { fixes: {}, ignored: [3] })).toBe(false);
    expect(keepsRoles(AUTO, { fixes: { name: 0 }, ignored: [] })).toBe(false);
    // The stage is part of the role: 在校生数（小学） is not the 在校生数 read.
    expect(keepsRoles(AUTO, { fixes: { "students@primary": 2 }, ignored: [] })).toBe(false);
  });

  it("holds for a table with no columns (a read that found none)", () => {
    expect(keepsRoles({ rows: [], missing: [], extent: null, headerRows: null }, { fixes: {}, ignored: [] })).toBe(true);
  });
});
