import type { Issue, SchoolRecord } from "../../engine/types";
import type { CellValue } from "../types";
import { readWorkbook, type ReadResult, type ReadOptions } from "./readWorkbook";
import { gridOf, sourceOf, readGridsOk } from "./testing";

/**
 * The statistics export's backbone block (trial W1): a title, a blank row, the group
 * 县级及以上骨干教师 merged over its levels (省市级 | 县级) on rows 3–4, a units row (人) on row 5,
 * schools from row 6. Columns: A 序号, B 学校名称, C 办学类型, D 在校生数, E… the levels.
 */
type Ok = Extract<ReadResult, { ok: true }>;

function sheet(levels: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const last = String.fromCharCode("E".charCodeAt(0) + levels.length - 1);
  return gridOf(
    [
      ["青石县2024年义务教育学校办学条件统计表"],
      [null],
      ["序号", "学校名称", "办学类型", "在校生数", ...levels.map(() => "县级及以上骨干教师")],
      ["序号", "学校名称", "办学类型", "在校生数", ...levels],
      ["", "", "", "人", ...levels.map(() => "人")],
      ...rows,
    ],
    { sheet: "学校办学条件", merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", `E3:${last}3`] },
  );
}

async function readOk(levels: readonly string[], rows: readonly (readonly CellValue[])[], options: ReadOptions = {}): Promise<Ok> {
  return readGridsOk([sheet(levels, rows)], options);
}

function record(result: Ok, name: string): SchoolRecord {
  const r = result.input.records.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no record ${name}`);
  return r;
}

const backbone = (result: Ok, name: string) => record(result, name).fields.backboneTeachers;
const about = (result: Ok, prefix: string) => result.issues.filter((i: Issue) => i.code.startsWith(prefix)).map((i) => [i.code, i.severity, i.cell, i.params]);
const ROWS: readonly (readonly CellValue[])[] = [
  [1, "城关一小", "小学", 1812, 9, 20],
  [2, "城关二小", "小学", 1345, 5, 12],
];

describe("readWorkbook: 县级及以上骨干教师 over 省市级 | 县级 (trial W1, rules.md §2 L2)", () => {
  // 县级及以上 is 省市级 and 县级 together: both columns are its parts, so L2 is their sum and no level is missing.
  it("adds 省市级 and 县级 up: 9 + 20 = 29, 5 + 12 = 17, with no level warning", async () => {
    const result = await readOk(["省市级", "县级"], ROWS);
    expect(backbone(result, "城关一小")).toEqual({ value: 29, cell: "学校办学条件!E6" });
    expect(backbone(result, "城关二小")).toEqual({ value: 17, cell: "学校办学条件!E7" });
    expect(result.mapping.columns.filter((c) => c.field === "backboneTeachers").map((c) => [c.address, c.part])).toEqual([
      ["E", "levelProvinceCity"],
      ["F", "levelCounty"],
    ]);
    expect(result.mapping.unmatched.map((u) => u.header)).not.toContain("县级及以上骨干教师/省市级/人");
    expect(about(result, "read_backbone")).toEqual([]);
  });

  it("reads the other ways bureaus write the merged level: 省、市级 and 省级和市级", async () => {
    for (const merged of ["省、市级", "省级和市级", "省级、市级"]) {
      const result = await readOk([merged, "县级"], ROWS);
      expect(backbone(result, "城关一小")?.value).toBe(29);
    }
  });

  it("reads 市级及以上 | 县级 as the whole county-up count (9 + 20)", async () => {
    const result = await readOk(["市级及以上", "县级"], ROWS);
    expect(backbone(result, "城关一小")?.value).toBe(29);
    expect(about(result, "read_backbone")).toEqual([]);
  });

  it("reads 国家级 | 省市级 | 县级 as three levels: 1 + 9 + 20 = 30", async () => {
    const result = await readOk(["国家级", "省市级", "县级"], [[1, "城关一小", "小学", 1812, 1, 9, 20]]);
    expect(backbone(result, "城关一小")?.value).toBe(30);
  });

  it("leaves 校级 out: 省市级 | 县级 | 校级 = 9 | 20 | 50 → 29", async () => {
    const result = await readOk(["省市级", "县级", "校级"], [[1, "城关一小", "小学", 1812, 9, 20, 50]]);
    expect(backbone(result, "城关一小")?.value).toBe(29);
    expect(result.mapping.unmatched.map((u) => u.header)).toContain("县级及以上骨干教师/校级/人");
  });

  it("reads a level stored as text (“9”) as its number: 9 + 20 = 29", async () => {
    const result = await readOk(["省市级", "县级"], [[1, "城关一小", "小学", 1812, "9", 20]]);
    expect(backbone(result, "城关一小")?.value).toBe(29);
  });

  it("reads a blank level as none when the other has a value (the statistics leave 0 blank), and no number when both are blank", async () => {
    const result = await readOk(["省市级", "县级"], [
      [1, "城关一小", "小学", 1812, null, 20],
      [2, "城关二小", "小学", 1345, null, null],
    ]);
    // 0 + 20 = 20, at the given part's cell, naming the blank 省市级 cell as taken as 0.
    const provinceCity = { cell: "学校办学条件!E6", kind: "blank", header: "县级及以上骨干教师/省市级/人", field: "backboneTeachers", part: "levelProvinceCity" };
    expect(backbone(result, "城关一小")).toEqual({ value: 20, cell: "学校办学条件!F6", assumedZeros: [provinceCity] });
    expect(backbone(result, "城关二小")).toBeUndefined();
    expect(record(result, "城关二小").blankCells?.backboneTeachers).toBe("学校办学条件!E7");
  });

  it("warns at the group's header cell when 省市级 stands without 县级, naming 县级 as the column to add", async () => {
    const result = await readOk(["省市级"], [[1, "城关一小", "小学", 1812, 9]]);
    expect(backbone(result, "城关一小")).toBeUndefined();
    expect(about(result, "read_backbone")).toEqual([
      ["read_backbone_levels_incomplete", "warning", "学校办学条件!E3", { header: "县级及以上骨干教师", levels: "省市级", missing: "县级" }],
    ]);
  });

  it("still names 省级、市级 when 县级 stands alone (no merged column to suggest)", async () => {
    const result = await readOk(["县级"], [[1, "城关一小", "小学", 1812, 20]]);
    expect(about(result, "read_backbone")).toEqual([
      ["read_backbone_levels_incomplete", "warning", "学校办学条件!E3", { header: "县级及以上骨干教师", levels: "县级", missing: "省级、市级" }],
    ]);
  });

  it("adds 省级 | 市级 | 县级 and leaves a 省市级 beside them unread, with a warning at its header: 4 + 5 + 20 = 29, not 38", async () => {
    const result = await readOk(["省级", "市级", "省市级", "县级"], [[1, "城关一小", "小学", 1812, 4, 5, 9, 20]]);
    expect(backbone(result, "城关一小")?.value).toBe(29);
    expect(about(result, "read_backbone")).toEqual([
      ["read_backbone_level_overlap", "warning", "学校办学条件!G4", { column: "G", header: "县级及以上骨干教师/省市级/人", overlap: "E、F", levels: "E+F+H" }],
    ]);
  });

  it("adds 省市级 | 县级 and leaves a lone 省级 beside them unread (it lacks 市级 to stand for 省市级): 9 + 20", async () => {
    const result = await readOk(["省级", "省市级", "县级"], [[1, "城关一小", "小学", 1812, 4, 9, 20]]);
    expect(backbone(result, "城关一小")?.value).toBe(29);
    expect(about(result, "read_backbone_level_overlap").map((i) => [i[2], (i[3] as Record<string, string>).overlap])).toEqual([["学校办学条件!E4", "F"]]);
  });
});

describe("readWorkbook: the user maps the whole of L2 to one column of a summed breakdown (P2)", () => {
  // A mapping to one level column takes it as the whole of L2: the other level, no longer added, is warned at its cell.
  it("reads the mapped column as the whole number and warns at each level column that is no longer added", async () => {
    const result = await readOk(["省市级", "县级"], ROWS, { mapping: { roles: { backboneTeachers: 4 } } });
    expect(backbone(result, "城关一小")).toEqual({ value: 9, cell: "学校办学条件!E6" });
    expect(about(result, "read_fix_drops_part")).toEqual([
      ["read_fix_drops_part", "warning", "学校办学条件!F4", { column: "F", header: "县级及以上骨干教师/县级/人", field: "backboneTeachers", fixColumn: "E" }],
    ]);
  });

  it("keeps adding up when the column is mapped to its level instead: 9 + 20, no warning", async () => {
    const result = await readOk(["省市级", "县级"], ROWS, { mapping: { roles: { "backboneTeachers#levelProvinceCity": 4 } } });
    expect(backbone(result, "城关一小")?.value).toBe(29);
    expect(about(result, "read_fix_drops_part")).toEqual([]);
  });

  it("says nothing for a level the user ignores or gives another role", async () => {
    const ignored = await readOk(["省市级", "县级"], ROWS, { mapping: { roles: { backboneTeachers: 4 }, ignore: [5] } });
    expect(about(ignored, "read_fix_drops_part")).toEqual([]);
    const moved = await readOk(["省市级", "县级"], ROWS, { mapping: { roles: { backboneTeachers: 4, peArtTeachers: 5 } } });
    expect(about(moved, "read_fix_drops_part")).toEqual([]);
  });
});

/**
 * A backbone column naming no level (骨干教师数, 骨干教师（合计）) counts every backbone teacher, 校级
 * ones too; L2 counts county level or above only (rules.md §2). Sheet 学校基本情况, one header row:
 * A 学校名称, B 办学类型, C 在校生数, D the column naming no level, E… the others.
 */
describe("readWorkbook: a backbone column naming no level beside L2's own columns (rules.md §2 L2)", () => {
  async function readFlat(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
    const result = await readWorkbook(sourceOf([gridOf(rows)]));
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
    return result;
  }
  const l2Columns = (result: Ok) => result.mapping.columns.filter((c) => c.field === "backboneTeachers").map((c) => [c.address, c.part]);
  const HEAD = ["学校名称", "办学类型", "在校生数"];

  // 一小: 30 in all = 12 county-up + 18 校级; L2 counts the 12. （合计） says D is the whole 30, so L2 is read from E, the county-up part.
  it.each(["骨干教师（合计）", "骨干教师数", "骨干教师", "骨干教师(全校)"])("reads 县级及以上骨干教师 (E), not %p (D), and says so at D1", async (header) => {
    const result = await readFlat([[...HEAD, header, "县级及以上骨干教师", "校级骨干教师"], ["一小", "小学", 1000, 30, 12, 18], ["二小", "小学", 500, 10, "6", 4]]);
    expect(backbone(result, "一小")).toEqual({ value: 12, cell: "学校基本情况!E2" });
    expect(backbone(result, "二小")).toEqual({ value: 6, cell: "学校基本情况!E3" }); // stored as text: still 6
    expect(l2Columns(result)).toEqual([["E", null]]);
    expect(about(result, "read_backbone")).toEqual([
      ["read_backbone_total_county_up", "info", "学校基本情况!D1", { column: "D", header, useColumn: "E", use: "县级及以上骨干教师" }],
    ]);
    expect(result.issues.map((i) => i.code)).not.toContain("read_duplicate_column");
  });

  // 12 = 2 省级 + 3 市级 + 7 县级; the 30 in D also counts 18 校级 teachers the sheet does not show.
  it("adds 省级 + 市级 + 县级 (E+F+G) beside a plain 骨干教师数 instead of reading it, for one school", async () => {
    const result = await readFlat([[...HEAD, "骨干教师数", "省级骨干教师", "市级骨干教师", "县级骨干教师"], ["一小", "小学", 1000, 30, 2, 3, 7]]);
    expect(backbone(result, "一小")).toEqual({ value: 2 + 3 + 7, cell: "学校基本情况!E2" });
    expect(about(result, "read_backbone")).toEqual([["read_backbone_total_levels", "info", "学校基本情况!D1", { column: "D", header: "骨干教师数", levels: "E+F+G" }]]);
  });

  it("adds the levels with a blank one counted as none (the statistics leave zeros blank)", async () => {
    const result = await readFlat([[...HEAD, "骨干教师数", "省级骨干教师", "市级骨干教师", "县级骨干教师"], ["一小", "小学", 1000, 30, null, 3, 7]]);
    expect(backbone(result, "一小")?.value).toBe(3 + 7);
  });

  it("still reads a plain 骨干教师数 when nothing else gives L2: alone, or beside levels that are no whole set", async () => {
    const alone = await readFlat([[...HEAD, "骨干教师数"], ["一小", "小学", 1000, 30]]);
    expect(backbone(alone, "一小")).toEqual({ value: 30, cell: "学校基本情况!D2" });
    expect(about(alone, "read_backbone")).toEqual([]);
    const partial = await readFlat([[...HEAD, "骨干教师数", "市级骨干教师", "县级骨干教师"], ["一小", "小学", 1000, 30, 3, 7]]);
    expect(backbone(partial, "一小")).toEqual({ value: 30, cell: "学校基本情况!D2" });
    expect(about(partial, "read_backbone_total")).toEqual([]);
  });

  it("leaves a blank L2 cell blank, never 0, when the county-up column is read", async () => {
    const result = await readFlat([[...HEAD, "骨干教师数", "县级及以上骨干教师"], ["一小", "小学", 1000, 30, null]]);
    expect(backbone(result, "一小")).toBeUndefined();
    expect(record(result, "一小").blankCells?.backboneTeachers).toBe("学校基本情况!E2");
  });

  it("keeps a plain 骨干教师数 beside a 乡镇 or 其他 column that is no backbone level", async () => {
    const result = await readFlat([[...HEAD, "骨干教师数", "乡镇", "其他"], ["一小", "小学", 1000, 30, "城关镇", "x"]]);
    expect(backbone(result, "一小")).toEqual({ value: 30, cell: "学校基本情况!D2" });
    expect(about(result, "read_backbone_total")).toEqual([]);
  });
});
