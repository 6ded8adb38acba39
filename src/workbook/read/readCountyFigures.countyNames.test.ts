import { evaluate } from "../../engine/evaluate";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import type { Grid } from "../types";

const NATIONAL = builtInProfile("national-2017");

/** A 项目 | 数值 sheet naming no county: 初中三年巩固率 97% at B2, 社会认可度 88% at B3. */
const FIGURES = gridOf(
  [
    ["项目", "数值"],
    ["初中三年巩固率", "97%"],
    ["社会认可度", "88%"],
  ],
  { sheet: "县级指标" },
);

async function evaluated(grids: readonly Grid[]) {
  const read = await readWorkbook(sourceOf(grids));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return evaluate(read.input, NATIONAL);
}

describe("county names on the school sheet, read and evaluated", () => {
  it("takes 新区(东片) and 新区（东片） (full-width brackets) as one county of five schools, named as written most often, noted once at the other spelling's first row", async () => {
    const schools = gridOf([
      ["县区", "学校名称", "在校生数"],
      ["新区（东片）", "一小", 300],
      ["新区(东片)", "二小", 200],
      ["新区（东片）", "三小", 100],
      ["新区(东片)", "四小", 400],
      ["新区(东片)", "五小", 500],
    ]);
    const result = await evaluated([schools, FIGURES]);
    expect(result.counties.map((c) => [c.county, c.sections.length])).toEqual([["新区(东片)", 5]]);
    // Students 300 + 200 + 100 + 400 + 500 = 1500 in one county.
    expect(result.counties[0]?.sections.reduce((sum, s) => sum + (s.students ?? 0), 0)).toBe(1500);
    const notes = result.issues.filter((i) => i.code === "county_spellings_merged");
    expect(notes.map((i) => i.params)).toEqual([{ county: "新区(东片)", spelling: "新区（东片）", row: "学校基本情况!2", n: 2 }]);
    expect(message("county_spellings_merged", notes[0]?.params, "zh")).toContain("学校基本情况 第2行");
    // The one county takes the figures as its own: nothing is shared.
    expect(result.issues.filter((i) => i.code === "county_figures_shared")).toEqual([]);
    expect(result.counties[0]?.items.find((i) => i.code === "R1")?.figure).toBeCloseTo(0.88, 12);
  });

  it("warns each of two counties (西山县, 东坡县) that the figures sheet naming no county gave it its figures, at the sheet's first value", async () => {
    const schools = gridOf([
      ["县区", "学校名称", "在校生数"],
      ["西山县", "一小", 300],
      ["东坡县", "二小", 200],
      ["西山县", "三小", 100],
    ]);
    const result = await evaluated([schools, FIGURES]);
    expect(result.counties.map((c) => c.county)).toEqual(["西山县", "东坡县"]);
    // Both still use them (a city may keep one sheet): 88% for R1 in each.
    expect(result.counties.map((c) => c.items.find((i) => i.code === "R1")?.figure)).toEqual([0.88, 0.88]);
    const shared = result.issues.filter((i) => i.code === "county_figures_shared");
    expect(shared).toEqual([
      { code: "county_figures_shared", severity: "warning", cell: "县级指标!B2", params: { county: "西山县", sheet: "县级指标", n: 2 } },
      { code: "county_figures_shared", severity: "warning", cell: "县级指标!B2", params: { county: "东坡县", sheet: "县级指标", n: 2 } },
    ]);
    const zh = message("county_figures_shared", shared[0]?.params, "zh");
    expect(zh).toContain("县级指标");
    expect(zh).toContain("西山县");
    expect(zh).toContain("县区");
    expect(message("county_figures_shared", shared[0]?.params, "en")).toContain("county column");
  });
});
