import { groupedMissingColumns } from "../../report/missingColumnGroups";
import { emptyFixColumn } from "./emptyFixColumn";
import { findHeader, type HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

// Title on row 1, header on row 2 (0-based 1), schools from row 3; column D holds a stray note under the header, E is headed but blank.
const rows = [
  ["示例县学校情况"],
  ["学校名称", "在校生数", "教学仪器设备值（万元）", null, "备注"],
  ["一小", 300, 40, null, "  "],
  ["二小", 500, 60, "见说明", null],
];
const grid = gridOf(rows);
const band = findHeader(grid) as HeaderBand;
const ZZ = 701;

describe("emptyFixColumn", () => {
  it("finds nothing under the header in a column past the grid (ZZ), nor in one of blanks and spaces; a stray value makes it not empty", () => {
    expect(band.dataTop).toBe(2);
    expect(emptyFixColumn(grid, band, ZZ)).toBe(true);
    expect(emptyFixColumn(grid, band, 4)).toBe(true);
    expect(emptyFixColumn(grid, band, 3)).toBe(false);
    expect(emptyFixColumn(grid, band, 1)).toBe(false);
  });

  it("does not judge without cells (no grid)", () => {
    expect(emptyFixColumn(null, band, ZZ)).toBe(false);
  });

  it("takes the grid's own place in the sheet (a grid starting on row 6)", () => {
    const titled = gridOf([["学校名称", "在校生数", null], ["一小", 300, null]], { top: 5 });
    const own = findHeader(titled) as HeaderBand;
    expect(emptyFixColumn(titled, own, 2)).toBe(true);
  });
});

describe("matchColumns with a fix or an ignore naming an empty column", () => {
  it("says a field mapped onto an empty column once at that column's header cell and reads neither it nor the column it replaced", () => {
    const matched = matchColumns(band, { roles: { equipmentValue: ZZ }, ignore: [] }, [], grid);
    expect(matched.roles.map((r) => r.key)).toEqual(["name", "students"]);
    expect(matched.missing).toContain("equipmentValue");
    expect(matched.issues.filter((i) => i.code === "read_mapping_empty_column")).toEqual([
      { code: "read_mapping_empty_column", severity: "error", cell: "学校基本情况!ZZ2", params: { field: "equipmentValue", column: "ZZ", sheet: "学校基本情况", row: 2 } },
    ]);
  });

  it("reads a mapped column that holds a value, and says nothing of it", () => {
    const matched = matchColumns(band, { roles: { equipmentValue: 3 }, ignore: [] }, [], grid);
    expect(matched.roles.find((r) => r.key === "equipmentValue")?.column).toBe(3);
    expect(matched.issues.map((i) => i.code)).not.toContain("read_mapping_empty_column");
  });

  it("notes an ignored column with neither header nor data (ZZ), not an ignored headed column (E, 备注) nor one with data", () => {
    const matched = matchColumns(band, { roles: {}, ignore: [ZZ, 4, 3, ZZ] }, [], grid);
    expect(matched.issues.filter((i) => i.code === "read_ignore_empty_column")).toEqual([
      { code: "read_ignore_empty_column", severity: "info", cell: "学校基本情况!ZZ2", params: { column: "ZZ", sheet: "学校基本情况", row: 2 } },
    ]);
  });
});

describe("matchColumns with a fix onto an empty column already headed as that field", () => {
  // 教学仪器设备值（万元） in C is recognised by its header and blank for every school (a county that has not filled it).
  const blankRows = [
    ["示例县学校情况"],
    ["学校名称", "在校生数", "教学仪器设备值（万元）"],
    ["一小", 300, null],
    ["二小", 500, "  "],
  ];
  const blankGrid = gridOf(blankRows);
  const blankBand = findHeader(blankGrid) as HeaderBand;

  it("reads it as without the fix: no 'mapped onto an empty column' error, the header not listed as matching nothing, the field not missing", () => {
    const plain = matchColumns(blankBand, {}, [], blankGrid);
    const mapped = matchColumns(blankBand, { roles: { equipmentValue: 2 }, ignore: [] }, [], blankGrid);
    expect(plain.roles.find((r) => r.key === "equipmentValue")?.column).toBe(2);
    expect(mapped.roles.find((r) => r.key === "equipmentValue")?.column).toBe(2);
    expect(mapped.missing).not.toContain("equipmentValue");
    expect(mapped.issues.map((i) => i.code)).not.toContain("read_mapping_empty_column");
    expect(mapped.issues.map((i) => i.code)).not.toContain("read_columns_unmatched");
  });

  it("still says a fix onto an empty column headed as another field (C for 教学及辅助用房面积 would be a slip) once", () => {
    const mapped = matchColumns(blankBand, { roles: { teachingArea: 2 }, ignore: [] }, [], blankGrid);
    expect(mapped.issues.filter((i) => i.code === "read_mapping_empty_column").map((i) => i.cell)).toEqual(["学校基本情况!C2"]);
  });
});

describe("readWorkbook with --map 在校生数=ZZ", () => {
  it("fails on the missing students column once, with the empty column said beside it, not an error per school", async () => {
    const result = await readWorkbook(sourceOf([grid]), { mapping: { roles: { students: ZZ }, ignore: [] } });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_missing_columns", "学校基本情况!A2:E2"],
      ["read_mapping_empty_column", "学校基本情况!ZZ2"],
    ]);
  });
});

describe("groupedMissingColumns after a field mapped onto an empty column", () => {
  it("says the sections lacking it once, at the empty column's header cell", () => {
    const reader = [{ code: "read_mapping_empty_column", severity: "error" as const, cell: "学校基本情况!ZZ2", params: { field: "equipmentValue", column: "ZZ", sheet: "学校基本情况", row: 2 } }];
    const missing = (school: string, row: number) => ({
      code: "missing_numerator",
      severity: "error" as const,
      cell: null,
      params: { school, stage: "primary", row: `学校基本情况!${row}`, indicator: "L6", field: "equipmentValue" },
    });
    expect(groupedMissingColumns(reader, [missing("一小", 3), missing("二小", 4)])).toEqual([
      {
        code: "read_column_missing_sections",
        severity: "error",
        cell: "学校基本情况!ZZ2",
        params: { sheet: "学校基本情况", field: "equipmentValue", indicator: "L6", count: 2, sections: "一小@primary\n二小@primary" },
      },
    ]);
  });
});
