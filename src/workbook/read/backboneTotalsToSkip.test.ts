import type { HeaderBand } from "./findHeader";
import { matchColumns, type ColumnFixes } from "./matchColumns";

/** Columns A, B, … from header paths; the leaf of a two-row path is on sheet row 2 (0-based 1). */
function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "学校", top: 0, bottom: 1, columns: paths.map((path, column) => ({ column, path, headerRow: path.length - 1 })), codeRows: [], standardRows: [], dataTop: 2, unitLine: null };
}

const BASE = [["学校名称"], ["在校生数"]];
const backbone = (...leaves: string[]) => band([...BASE, ...leaves.map((l) => ["骨干教师", l])]);

/** The backbone roles as [column, stage, part]. */
const roles = (b: HeaderBand, fixes: ColumnFixes = {}) =>
  matchColumns(b, fixes)
    .roles.filter((r) => r.key === "backboneTeachers")
    .map((r) => [r.column, r.stage, r.part]);
const codes = (b: HeaderBand) => matchColumns(b).issues.map((i) => `${i.code} ${i.cell ?? ""}`);

describe("backbone totals (backboneTotalsToSkip, through matchColumns)", () => {
  it("reads a lone total, a lone 县级及以上 column, and the three levels as they are, saying nothing", () => {
    expect(roles(backbone("合计"))).toEqual([[2, null, null]]);
    expect(roles(backbone("县级及以上"))).toEqual([[2, null, null]]);
    expect(roles(backbone("省级", "市级", "县级"))).toEqual([
      [2, null, "levelProvince"],
      [3, null, "levelCity"],
      [4, null, "levelCounty"],
    ]);
    for (const b of [backbone("合计"), backbone("县级及以上"), backbone("省级", "市级", "县级")]) expect(matchColumns(b).issues).toEqual([]);
  });

  it("uses the total of a group whose levels are all county level or above (骨干教师数/合计 | 省级 | 市级)", () => {
    const b = band([...BASE, ["骨干教师数", "合计"], ["骨干教师数", "省级"], ["骨干教师数", "市级"]]);
    expect(roles(b)).toEqual([
      [2, null, null],
      [3, null, "levelProvince"],
      [4, null, "levelCity"],
    ]);
    expect(matchColumns(b).issues).toEqual([]);
  });

  // H1: 合计 20 = 1 + 3 + 6 + 10 乡镇级; L2 counts 1 + 3 + 6 = 10, which only the levels give.
  it("drops a total beside a 乡镇级 column, adds 省级 + 市级 + 县级 instead, and says so at the total's cell", () => {
    const b = backbone("合计", "省级", "市级", "县级", "乡镇级");
    expect(roles(b)).toEqual([
      [3, null, "levelProvince"],
      [4, null, "levelCity"],
      [5, null, "levelCounty"],
    ]);
    expect(matchColumns(b).issues).toEqual([
      {
        code: "read_backbone_total_below_county",
        severity: "info",
        cell: "学校!C2",
        params: { column: "C", header: "骨干教师/合计", belowColumn: "G", below: "骨干教师/乡镇级", levels: "D+E+F" },
      },
    ]);
  });

  // 合计 79 = 9 省市级 + 20 县级 + 50 校级: L2 is 29, which only the levels give (before: 省市级 was unknown, so the total was dropped and nothing added).
  it("drops a total beside 校级 and adds a merged 省市级 + 县级 instead", () => {
    const b = backbone("合计", "省市级", "县级", "校级");
    expect(roles(b)).toEqual([
      [3, null, "levelProvinceCity"],
      [4, null, "levelCounty"],
    ]);
    expect(codes(b)).toEqual(["read_backbone_total_below_county 学校!C2"]);
    expect(matchColumns(b).issues[0]?.params?.levels).toBe("D+E");
  });

  it.each(["校级", "学校级", "乡级", "镇级", "片区级", "学区级", "县级以下", "乡镇级（人）", "校级骨干教师"])("drops a total beside a %p column, adding the levels with 国家级 when given", (below) => {
    const b = backbone("合计（人）", "国家级", "省级", "市级", "县级", below);
    expect(roles(b).map(([column]) => column)).toEqual([3, 4, 5, 6]);
    expect(matchColumns(b).issues.map((i) => [i.code, i.params?.levels])).toEqual([["read_backbone_total_below_county", "D+E+F+G"]]);
  });

  // H2: 合计 | 县级及以上 | 校级: 县级及以上 is L2's own definition; before, it was weeded out as the total's duplicate and the total then dropped, leaving no L2 column.
  it("reads the 县级及以上 column of a group with a total and a 校级 column, never taking it for the total's duplicate", () => {
    const b = backbone("合计", "县级及以上", "校级");
    expect(roles(b)).toEqual([[3, null, null]]);
    expect(matchColumns(b).missing).not.toContain("backboneTeachers");
    expect(matchColumns(b).issues).toEqual([
      { code: "read_backbone_total_county_up", severity: "info", cell: "学校!C2", params: { column: "C", header: "骨干教师/合计", useColumn: "D", use: "骨干教师/县级及以上" } },
    ]);
  });

  it("prefers a 县级及以上 column to a total even without a lower level beside it, in the group or elsewhere", () => {
    expect(roles(backbone("合计", "县级及以上"))).toEqual([[3, null, null]]);
    expect(codes(backbone("合计", "县级及以上"))).toEqual(["read_backbone_total_county_up 学校!C2"]);
    const apart = band([...BASE, ["骨干教师", "合计"], ["骨干教师", "校级"], ["县级及以上骨干教师数"]]);
    expect(roles(apart)).toEqual([[4, null, null]]);
    expect(codes(apart)).toEqual(["read_backbone_total_county_up 学校!C2"]);
  });

  it("keeps the total when the user left the 县级及以上 column unused", () => {
    expect(roles(backbone("合计", "县级及以上"), { ignore: [3] })).toEqual([[2, null, null]]);
  });

  it("reads each stage's 县级及以上 column for per-stage groups", () => {
    const b = band([...BASE, ...["合计", "县级及以上", "校级"].map((l) => ["小学骨干教师", l]), ...["合计", "县级及以上", "校级"].map((l) => ["初中骨干教师", l])]);
    expect(roles(b)).toEqual([
      [3, "primary", null],
      [6, "junior", null],
    ]);
    expect(codes(b)).toEqual(["read_backbone_total_county_up 学校!C2", "read_backbone_total_county_up 学校!F2"]);
  });

  it("drops a total that counts 乡镇级 teachers even when the levels cannot replace it, with a warning, and says what the levels lack", () => {
    const b = backbone("合计", "县级", "乡镇级");
    expect(roles(b)).toEqual([[3, null, "levelCounty"]]);
    expect(matchColumns(b).issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["read_backbone_total_below_county_unused", "warning", "学校!C2"],
      ["read_backbone_levels_incomplete", "warning", "学校!C1"],
    ]);
    const alone = backbone("合计", "校级");
    expect(roles(alone)).toEqual([]);
    expect(matchColumns(alone).missing).toContain("backboneTeachers");
  });

  it.each(["其他", "其它", "校级及以下", "乡镇(学区)级", "乡(镇)级", "县级以下(含校级)", "学区（乡镇）级", "乡镇(片区)级", "镇(街道)级", "中心学校级"])(
    "drops a total beside a %p column and adds 省级 + 市级 + 县级 (C+D+E) instead",
    (leaf) => {
      const b = backbone("合计", "省级", "市级", "县级", leaf);
      expect(roles(b)).toEqual([
        [3, null, "levelProvince"],
        [4, null, "levelCity"],
        [5, null, "levelCounty"],
      ]);
      expect(matchColumns(b).issues).toContainEqual(expect.objectContaining({ code: "read_backbone_total_below_county", cell: "学校!C2" }));
    },
  );

  it("keeps a total beside county-up levels written with asides (县(区)级, 地市级) or a column that is no level (女)", () => {
    const levels = backbone("合计", "省级", "地市级", "县(区)级");
    expect(roles(levels)).toContainEqual([2, null, null]);
    expect(codes(levels).filter((c) => c.startsWith("read_backbone_total"))).toEqual([]);
    expect(roles(backbone("合计", "女"))).toEqual([[2, null, null]]);
  });

  it("leaves a 校级 column of another group alone", () => {
    const b = band([...BASE, ["骨干教师", "合计"], ["优秀教师", "校级"]]);
    expect(roles(b)).toEqual([[2, null, null]]);
    expect(matchColumns(b).issues).toEqual([]);
  });
});

describe("backbone columns naming no level (骨干教师数, 骨干教师（合计）): totals too, in one header row", () => {
  // A backbone column naming no level beside 县级及以上骨干教师 is the total of all levels, so D, not C, gives L2.
  it.each(["骨干教师数", "骨干教师（合计）", "骨干教师人数", "骨干教师"])("drops %p beside 县级及以上骨干教师 and reads that", (plain) => {
    const b = band([...BASE, [plain], ["县级及以上骨干教师"], ["校级骨干教师"]]);
    expect(roles(b)).toEqual([[3, null, null]]);
    expect(codes(b)).toEqual(["read_backbone_total_county_up 学校!C1"]);
  });

  it("drops a plain 骨干教师数 beside 省级 | 市级 | 县级 columns, and beside a merged 省市级 | 县级", () => {
    const b = band([...BASE, ["骨干教师数"], ["省级骨干教师"], ["市级骨干教师"], ["县级骨干教师"]]);
    expect(roles(b).map(([column]) => column)).toEqual([3, 4, 5]);
    expect(matchColumns(b).issues).toEqual([{ code: "read_backbone_total_levels", severity: "info", cell: "学校!C1", params: { column: "C", header: "骨干教师数", levels: "D+E+F" } }]);
    const merged = band([...BASE, ["骨干教师数"], ["骨干教师", "省市级"], ["骨干教师", "县级"]]);
    expect(roles(merged).map(([column]) => column)).toEqual([3, 4]);
    expect(matchColumns(merged).issues[0]?.params?.levels).toBe("D+E");
  });

  it("drops a plain 骨干教师数 beside a 校级骨干教师 column: adds the levels when whole, else warns that L2 has no column", () => {
    const whole = band([...BASE, ["骨干教师数"], ["省级骨干教师"], ["市级骨干教师"], ["县级骨干教师"], ["校级骨干教师"]]);
    expect(codes(whole)).toEqual(["read_backbone_total_below_county 学校!C1"]);
    expect(matchColumns(whole).issues[0]?.params?.levels).toBe("D+E+F");
    const none = band([...BASE, ["骨干教师数"], ["校级骨干教师"]]);
    expect(roles(none)).toEqual([]);
    expect(codes(none)).toEqual(["read_backbone_total_below_county_unused 学校!C1"]);
  });

  it("keeps a plain 骨干教师数 alone, beside an incomplete set, beside a 县级及以上 of another stage, or beside rotation's 校级", () => {
    expect(roles(band([...BASE, ["骨干教师数"]]))).toEqual([[2, null, null]]);
    expect(roles(band([...BASE, ["骨干教师数"], ["市级骨干教师"], ["县级骨干教师"]]))).toContainEqual([2, null, null]);
    expect(roles(band([...BASE, ["骨干教师数"], ["县级及以上骨干教师(小学)"]]))).toContainEqual([2, null, null]);
    const rotation = band([...BASE, ["骨干教师数"], ["骨干教师交流轮岗", "校级"]]);
    expect(roles(rotation)).toEqual([[2, null, null]]);
    expect(codes(rotation)).toEqual([]);
  });

  it("reads 县级及以上/骨干教师 and 骨干教师（县级及以上） as L2's own number, never as a total", () => {
    for (const path of [["县级及以上", "骨干教师"], ["骨干教师（县级及以上）"]]) {
      const b = band([...BASE, path, ["骨干教师数"]]);
      expect(roles(b)).toEqual([[2, null, null]]);
      expect(codes(b)).toEqual(["read_backbone_total_county_up 学校!D1"]);
    }
  });

  it("drops a stage's plain column beside that stage's 县级及以上 column only", () => {
    const b = band([...BASE, ["小学骨干教师数"], ["县级及以上骨干教师(小学)"], ["初中骨干教师数"]]);
    expect(roles(b)).toEqual([
      [3, "primary", null],
      [4, "junior", null],
    ]);
    expect(codes(b)).toEqual(["read_backbone_total_county_up 学校!C1"]);
  });
});
