import { backboneLevelGaps } from "./backboneLevelGaps";
import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";

/** Columns A, B, … from header paths on sheet rows 1–2 (0-based 0–1): a group on row 1 over its levels on row 2. */
function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "学校", top: 0, bottom: 1, columns: paths.map((path, column) => ({ column, path, headerRow: path.length - 1 })), codeRows: [], standardRows: [], dataTop: 2, unitLine: null };
}

const BASE = [["学校名称"], ["在校生数"], ["专任教师数"]];
const gaps = (b: HeaderBand) => backboneLevelGaps(b, matchColumns(b).roles);
const brief = (b: HeaderBand) => gaps(b).map((i) => `${i.cell ?? ""} ${String(i.params?.missing)}`);

describe("backboneLevelGaps", () => {
  // H3: 骨干教师 over 市级 | 县级: without 省级 the levels are not added up (keys.ts BACKBONE_PART_SETS), and before, nothing said why L2 was missing.
  it("warns at the group's header cell when 市级 | 县级 lack 省级, naming the level to add", () => {
    const b = band([...BASE, ["骨干教师", "市级"], ["骨干教师", "县级"]]);
    expect(gaps(b)).toEqual([
      { code: "read_backbone_levels_incomplete", severity: "warning", cell: "学校!D1", params: { header: "骨干教师", levels: "市级、县级", missing: "省级" } },
    ]);
    expect(matchColumns(b).issues.map((i) => i.code)).toContain("read_backbone_levels_incomplete");
  });

  it("names every level lacking, 国家级 never (it is optional)", () => {
    expect(brief(band([...BASE, ["骨干教师", "省级"], ["骨干教师", "县级"]]))).toEqual(["学校!D1 市级"]);
    expect(brief(band([...BASE, ["骨干教师", "县级"]]))).toEqual(["学校!D1 省级、市级"]);
    expect(brief(band([...BASE, ["骨干教师", "国家级"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual(["学校!D1 省级"]);
  });

  it("finds the group's first column when another column of the group comes first", () => {
    expect(brief(band([...BASE, ["骨干教师", "乡镇级"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual(["学校!D1 省级"]);
  });

  it("warns at a level column's own cell when it stands without a group", () => {
    expect(brief(band([...BASE, ["市级骨干教师数"], ["县级骨干教师数"]]))).toEqual(["学校!D1 省级"]);
  });

  it("says nothing for a whole set, with or without 国家级, for a column giving L2 itself, or with no backbone column", () => {
    expect(gaps(band([...BASE, ["骨干教师", "省级"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual([]);
    expect(gaps(band([...BASE, ["骨干教师", "国家级"], ["骨干教师", "省级"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual([]);
    expect(gaps(band([...BASE, ["骨干教师", "县级及以上"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual([]);
    expect(gaps(band([...BASE, ["县级及以上骨干教师数"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual([]);
    expect(gaps(band(BASE))).toEqual([]);
  });

  it("looks at each stage: a whole 小学 set, a 初中 set lacking 省级 → one warning at the 初中 group", () => {
    const b = band([...BASE, ...["省级", "市级", "县级"].map((l) => ["小学骨干教师", l]), ...["市级", "县级"].map((l) => ["初中骨干教师", l])]);
    expect(brief(b)).toEqual(["学校!G1 省级"]);
  });

  it("names 县级 for a merged 省市级 alone, and nothing for 省市级 | 县级 or 市级及以上 | 县级 (whole sets)", () => {
    expect(brief(band([...BASE, ["县级及以上骨干教师", "省市级"]]))).toEqual(["学校!D1 县级"]);
    expect(gaps(band([...BASE, ["县级及以上骨干教师", "省市级"], ["县级及以上骨干教师", "县级"]]))).toEqual([]);
    expect(gaps(band([...BASE, ["骨干教师", "市级及以上"], ["骨干教师", "县级"]]))).toEqual([]);
    expect(gaps(band([...BASE, ["骨干教师", "省级及以上"], ["骨干教师", "市级"], ["骨干教师", "县级"]]))).toEqual([]);
  });

  it("names the group, not a level, over a units row (县级及以上骨干教师/县级/人), and a lone level's own header without its unit", () => {
    const grouped = band([...BASE, ["县级及以上骨干教师", "县级", "人"]]);
    expect(gaps(grouped).map((i) => [i.cell, i.params?.header])).toEqual([["学校!D2", "县级及以上骨干教师"]]);
    const alone = band([["学校名称", "人"], ["在校生数", "人"], ["县级骨干教师数", "人"]]);
    expect(gaps(alone).map((i) => [i.cell, i.params?.header])).toEqual([["学校!C2", "县级骨干教师数"]]);
  });

  it("says nothing when the user maps a column to L2 itself", () => {
    const b = band([...BASE, ["骨干教师", "市级"], ["骨干教师", "县级"], ["骨干教师合计（县级以上）"]]);
    expect(backboneLevelGaps(b, matchColumns(b, { roles: { backboneTeachers: 5 } }).roles)).toEqual([]);
  });
});
