import { partOverlaps } from "./partOverlaps";
import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";

/** Columns A, B, … from header paths on sheet rows 1–2 (0-based 0–1): a group on row 1 over its levels on row 2. */
function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "学校", top: 0, bottom: 1, columns: paths.map((path, column) => ({ column, path, headerRow: path.length - 1 })), codeRows: [], standardRows: [], dataTop: 2, unitLine: null };
}

const BASE = [["学校名称"], ["在校生数"], ["专任教师数"]];
const overlaps = (b: HeaderBand) => partOverlaps(b, matchColumns(b).roles);
const levels = (names: readonly string[]) => names.map((n) => ["骨干教师", n]);

describe("partOverlaps: backbone levels", () => {
  it("warns at a merged 省市级 beside 省级 | 市级 | 县级: the single levels are added (D+E+G), 省市级 (F) would count D and E twice", () => {
    expect(overlaps(band([...BASE, ...levels(["省级", "市级", "省市级", "县级"])]))).toEqual([
      { code: "read_backbone_level_overlap", severity: "warning", cell: "学校!F2", params: { column: "F", header: "骨干教师/省市级", overlap: "D、E", levels: "D+E+G" } },
    ]);
  });

  it("warns at 国家级 beside 市级及以上 | 县级 (市级及以上 counts 国家级 already)", () => {
    expect(overlaps(band([...BASE, ...levels(["国家级", "市级及以上", "县级"])])).map((i) => [i.cell, i.params?.overlap, i.params?.levels])).toEqual([["学校!D2", "E", "E+F"]]);
  });

  it("says nothing for a set without overlap, for a column giving L2 itself, and for an incomplete set (backboneLevelGaps speaks then)", () => {
    expect(overlaps(band([...BASE, ...levels(["国家级", "省市级", "县级"])]))).toEqual([]);
    expect(overlaps(band([...BASE, ...levels(["省市级", "县级", "校级"])]))).toEqual([]);
    expect(overlaps(band([...BASE, ...levels(["县级及以上", "省级", "市级", "省市级", "县级"])]))).toEqual([]);
    expect(overlaps(band([...BASE, ...levels(["省级", "省市级"])]))).toEqual([]);
    expect(overlaps(band(BASE))).toEqual([]);
  });

  it("is said once for a whole-school column read in each stage's scope", () => {
    const b = band([...BASE, ["小学骨干教师", "县级"], ...levels(["省级", "市级", "省市级", "县级"])]);
    expect(overlaps(b).map((i) => i.cell)).toEqual(["学校!G2"]);
  });

  it("is part of matchColumns' issues", () => {
    expect(matchColumns(band([...BASE, ...levels(["省级", "市级", "省市级", "县级"])])).issues.map((i) => i.code)).toContain("read_backbone_level_overlap");
  });
});

describe("partOverlaps: PE and arts teachers", () => {
  it("warns at 音乐美术教师 beside 音乐 | 美术: 体育 + 音乐 + 美术 (D+E+F) are added, G would count E and F twice", () => {
    expect(overlaps(band([...BASE, ["体育教师"], ["音乐教师"], ["美术教师"], ["音乐美术教师"]]))).toEqual([
      { code: "read_pe_art_overlap", severity: "warning", cell: "学校!G1", params: { column: "G", header: "音乐美术教师", overlap: "E、F", levels: "D+E+F" } },
    ]);
  });

  it("says nothing for 体育 + 音乐美术 alone, nor beside a column giving L3 itself", () => {
    expect(overlaps(band([...BASE, ["体育教师"], ["音乐美术教师"]]))).toEqual([]);
    expect(overlaps(band([...BASE, ["体育艺术教师数"], ["体育教师"], ["音乐美术教师"]]))).toEqual([]);
  });
});
