import { readWorkbook } from "../workbook/read/readWorkbook";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { gridOf, mappingOf, sourceOf } from "../workbook/read/testing";
import { parseSettings } from "./addinSettings";
import { fieldOptions, mappingView, stageOptions, unitText, withFix, withHeadersFrom, withoutColumns, type PaneFixes } from "./mappingView";
import { readRequest } from "./runPipeline";

const MAPPING: ColumnMapping = mappingOf(
  "学校",
  { top: 1, bottom: 2 },
  [
    { column: 2, header: "小学在校生数", field: "students", stage: "primary" },
    { column: 3, header: "本科", field: "qualifiedTeachers", part: "bachelor" },
    { column: 5, header: "设备值（万元）", field: "equipmentValue", unitFactor: 10000, unit: "万元" },
  ],
  { dataRows: { top: 3, bottom: 14 }, unmatched: [{ column: 1, header: "序号" }], missing: ["backboneTeachers"] },
);

describe("mappingView", () => {
  it("lists each column in sheet order with its role (field, stage, part) and unit factor", () => {
    expect(mappingView(MAPPING).rows).toEqual([
      { column: 1, address: "B", header: "序号", role: null, unitFactor: 1, unit: null },
      { column: 2, address: "C", header: "小学在校生数", role: { key: "students", stage: "primary", part: null }, unitFactor: 1, unit: null },
      { column: 3, address: "D", header: "本科", role: { key: "qualifiedTeachers", stage: null, part: "bachelor" }, unitFactor: 1, unit: null },
      { column: 5, address: "F", header: "设备值（万元）", role: { key: "equipmentValue", stage: null, part: null }, unitFactor: 10000, unit: "万元" },
    ]);
  });

  it("says where the table was read: from the header's first row to the last school row, over the header's columns (1-based rows)", () => {
    // header rows 1–2 (0-based) are sheet rows 2–3; the last school row 14 is sheet row 15; columns B to F
    expect(mappingView(MAPPING)).toMatchObject({ extent: "学校!B2:F15", headerRows: { first: 2, last: 3 }, missing: ["backboneTeachers"] });
    expect(mappingView({ ...MAPPING, sheet: "学校 表" }).extent).toBe("'学校 表'!B2:F15");
  });

  it("gives an empty view without a mapping (a stand-in reader's)", () => {
    expect(mappingView(null)).toEqual({ rows: [], missing: [], extent: null, headerRows: null });
  });
});

describe("withFix", () => {
  const none: PaneFixes = { fixes: {}, ignored: [] };

  it("keys a fix by field, stage and part, so that one stage's column leaves the other's alone", () => {
    const primary = withFix(none, 1, { key: "students", stage: "primary", part: null });
    const both = withFix(primary, 2, { key: "students", stage: "junior", part: null });
    expect(both).toEqual({ fixes: { "students@primary": 1, "students@junior": 2 }, ignored: [], headers: {} });
  });

  it("moves a role to the column chosen last, and a column holds one role", () => {
    const moved = withFix({ fixes: { "students@primary": 3, teachers: 5 }, ignored: [] }, 4, { key: "students", stage: "primary", part: null });
    expect(moved).toEqual({ fixes: { "students@primary": 4, teachers: 5 }, ignored: [], headers: {} });
    expect(withFix(moved, 5, { key: "qualifiedTeachers", stage: null, part: "bachelor" })).toEqual({ fixes: { "students@primary": 4, "qualifiedTeachers#bachelor": 5 }, ignored: [], headers: {} });
  });

  it("sets a column to not used, even one recognised automatically, and a later choice takes it back", () => {
    const ignored = withFix({ fixes: { teachers: 5 }, ignored: [7] }, 5, null);
    expect(ignored).toEqual({ fixes: {}, ignored: [5, 7], headers: {} });
    expect(withFix(ignored, 5, { key: "teachers", stage: null, part: null })).toEqual({ fixes: { teachers: 5 }, ignored: [7], headers: {} });
  });

  it("keeps the header each fixed or ignored column showed, and forgets it with the fix", () => {
    const first = withFix(none, 3, null, "专任教师数");
    const second = withFix(first, 4, { key: "teachers", stage: null, part: null }, "专任教师");
    expect(second).toEqual({ fixes: { teachers: 4 }, ignored: [3], headers: { "3": "专任教师数", "4": "专任教师" } });
    const moved = withFix(second, 5, { key: "teachers", stage: null, part: null }, "教师数"); // the role leaves column 4
    expect(moved.headers).toEqual({ "3": "专任教师数", "5": "教师数" });
  });

  it("drops the fixes of columns whose header moved away, and their headers", () => {
    const fixes: PaneFixes = { fixes: { teachers: 4, "students@junior": 2 }, ignored: [3], headers: { "2": "初中在校生数", "3": "x", "4": "专任教师数" } };
    expect(withoutColumns(fixes, [3, 4])).toEqual({ fixes: { "students@junior": 2 }, ignored: [], headers: { "2": "初中在校生数" } });
  });

  it("takes the headers of fixes saved without them from the read just evaluated, keeping those recorded", () => {
    const mapping: ColumnMapping = { ...MAPPING, unmatched: [{ column: 1, header: "序号" }, { column: 4, header: "备注" }] };
    const legacy: PaneFixes = { fixes: { "students@primary": 2 }, ignored: [4], headers: { "2": "小学生数" } };
    expect(withHeadersFrom(legacy, mapping).headers).toEqual({ "2": "小学生数", "4": "备注" });
  });
});

describe("mappingView with the reader: what the pane's choices do to the records", () => {
  const combined = gridOf(
    [
      ["学校名称", "小学在校生数", "初中在校生数", "专任教师数", "网络多媒体教室"],
      ["九年一贯制学校", 300, 200, 40, 12],
    ],
    { sheet: "学校" },
  );
  const read = async (fixes: PaneFixes) => {
    const result = await readWorkbook(sourceOf([combined]), readRequest({ sheet: "学校", range: null, ...fixes }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result;
  };

  it("re-confirming the primary students column keeps the junior students", async () => {
    const result = await read(withFix({ fixes: {}, ignored: [] }, 1, { key: "students", stage: "primary", part: null }));
    const record = result.input.records[0];
    expect(record?.stageFields?.primary?.students?.value).toBe(300);
    expect(record?.stageFields?.junior?.students?.value).toBe(200);
    expect(mappingView(result.mapping).rows.map((r) => r.role?.stage ?? null)).toEqual([null, "primary", "junior", null, null]);
  });

  it("reads settings saved by earlier versions as they meant: { students: 3 } is the students from D, whatever per-stage columns were recognised", async () => {
    const grid = gridOf(
      [
        ["学校名称", "小学在校生数", "初中在校生数", "在校生数（核定）", "专任教师数"],
        ["城关小学", 400, null, 420, 25],
      ],
      { sheet: "学校" },
    );
    const saved = parseSettings({ sheet: "学校", range: null, fixes: { students: 3 }, profileId: "national-2017", year: null });
    if (saved === null) throw new Error("settings of a4a4922 refused");
    const result = await readWorkbook(sourceOf([grid]), readRequest(saved));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value, r.fields.students?.cell])).toEqual([["城关小学", 420, "学校!D2"]]);
    expect(mappingView(result.mapping).rows.map((r) => r.role?.key ?? null)).toEqual(["name", null, null, "students", "teachers"]);
  });

  it("（不使用） un-maps a column the reader recognised by itself", async () => {
    const before = await read({ fixes: {}, ignored: [] });
    expect(before.input.records[0]?.fields.multimediaRooms?.value).toBe(12);
    const after = await read(withFix({ fixes: {}, ignored: [] }, 4, null));
    expect(after.input.records[0]?.fields.multimediaRooms).toBeUndefined();
    expect(mappingView(after.mapping).rows[4]).toMatchObject({ column: 4, role: null });
  });
});

describe("the lists of a mapping row", () => {
  it("labels fields from the catalogue, parts after their field", () => {
    expect(fieldOptions("zh").find((o) => o.value === "students")?.label).toBe("在校生数");
    expect(fieldOptions("en").find((o) => o.value === "students")?.label).toBe("Students");
    expect(fieldOptions("zh").find((o) => o.value === "qualifiedTeachers#bachelor")?.label).toBe("高于规定学历专任教师数：本科");
    expect(fieldOptions("en").find((o) => o.value === "peArtTeachers#music")?.label).toBe("PE and arts teachers: music");
  });

  it("offers no stage, then each stage", () => {
    expect(stageOptions("zh").map((s) => [s.value, s.label])).toEqual([
      ["", "（不分学段）"],
      ["primary", "小学"],
      ["junior", "初中"],
    ]);
  });

  it("says a column is read in its stated unit, with the factor, and nothing for a column read as it is", () => {
    expect(unitText(10000, "万元", "zh")).toBe("按万元读取（×10000）");
    expect(unitText(1000, "千元", "en")).toBe("read in 千元 (×1000)");
    expect(unitText(1, null, "zh")).toBe("");
  });

  it("names an area's unit, not 万元, and rounds the 亩 factor (10000 ÷ 15 = 666.666…) to two decimals", () => {
    expect(unitText(10000, "万平方米", "zh")).toBe("按万平方米读取（×10000）");
    expect(unitText(10000 / 15, "亩", "zh")).toBe("按亩读取（×666.67）");
  });

  it("reads the unit of 万平方米 and 亩 columns from the sheet into the mapping rows", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "教学及辅助用房面积（万平方米）", "运动场地面积（亩）", "教学仪器设备值（万元）"],
      ["一小", 600, 0.3, 12, 50],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("not read");
    const units = mappingView(result.mapping).rows.map((r) => unitText(r.unitFactor, r.unit, "zh"));
    expect(units).toEqual(["", "", "按万平方米读取（×10000）", "按亩读取（×666.67）", "按万元读取（×10000）"]);
  });

  it("takes the unit from the unit line above the header when the header states none", async () => {
    const grid = gridOf([
      ["单位：人、亩、万元"],
      ["学校名称", "在校生数", "运动场地面积", "教学仪器设备值"],
      ["一小", 600, 12, 50],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("not read");
    expect(mappingView(result.mapping).rows.map((r) => unitText(r.unitFactor, r.unit, "zh"))).toEqual(["", "", "按亩读取（×666.67）", "按万元读取（×10000）"]);
  });
});
