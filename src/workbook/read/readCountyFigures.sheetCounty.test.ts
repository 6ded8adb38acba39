import { evaluate } from "../../engine/evaluate";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import type { Grid } from "../types";

const NATIONAL = builtInProfile("national-2017");

/** A county's school sheet named and titled for it: three primary schools. */
function schools(county: string): Grid {
  return gridOf(
    [
      [`${county}2024年义务教育学校基本情况`],
      ["学校名称", "在校生数"],
      ["一小", 300],
      ["二小", 200],
      ["三小", 100],
    ],
    { sheet: county },
  );
}

/** A 项目 | 数值 figures sheet: 初中三年巩固率 at B3, 社会认可度 at B4, titled `title` (none: no title row, the values at B2 and B3). */
function figures(sheet: string, title: string | null, consolidation: number, recognition: number): Grid {
  const rows = [["项目", "数值"], ["初中三年巩固率", consolidation], ["社会认可度", recognition]];
  return gridOf(title === null ? rows : [[title], ...rows], { sheet });
}

async function evaluated(grids: readonly Grid[]) {
  const read = await readWorkbook(sourceOf(grids));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const result = evaluate(read.input, NATIONAL);
  return { result, issues: [...read.issues, ...result.issues] };
}

function item(result: Awaited<ReturnType<typeof evaluated>>["result"], county: string, code: string) {
  return result.counties.find((c) => c.county === county)?.items.find((i) => i.code === code);
}

describe("a figures sheet naming a county by its name or title is that county's only (finding s25 tM-1)", () => {
  it("does not judge 北山县 by 南湖县指标 titled 南湖县2024年…: its items are not assessed, said once, at the sheet", async () => {
    const { result, issues } = await evaluated([schools("北山县"), figures("南湖县指标", "南湖县2024年政府保障与教育质量指标", 0.93, 0.8)]);
    expect(result.counties.map((c) => c.county)).toEqual(["北山县"]);
    // R1 0.80 and Q1 0.93 are 南湖县's: 北山县 has no figure of its own.
    expect(item(result, "北山县", "R1")?.figure).toBeNull();
    expect(item(result, "北山县", "R1")?.verdict).toBe("not_assessed");
    expect(item(result, "北山县", "Q1")?.figure).toBeNull();
    const other = issues.filter((i) => i.code === "county_figures_other_county");
    expect(other).toHaveLength(1);
    expect(other[0]?.severity).toBe("warning");
    expect(other[0]?.cell?.startsWith("南湖县指标!")).toBe(true);
    expect(other[0]?.params).toMatchObject({ county: "北山县", counties: "南湖县" });
    expect(message("county_figures_other_county", other[0]?.params, "zh")).toContain("南湖县");
    expect(message("county_figures_other_county", other[0]?.params, "zh")).toContain("表名、标题");
    expect(message("county_figures_other_county", other[0]?.params, "en")).toContain("name or title");
  });

  it("reads the county from the sheet's name when it has no title (南湖县指标)", async () => {
    const { result, issues } = await evaluated([schools("北山县"), figures("南湖县指标", null, 0.93, 0.8)]);
    expect(item(result, "北山县", "R1")?.figure).toBeNull();
    expect(issues.filter((i) => i.code === "county_figures_other_county")).toHaveLength(1);
  });

  it("gives each county of a city workbook its own sheet's figures, whatever the sheets' order (南湖县指标 before 北山县指标)", async () => {
    const grids = [schools("北山县"), schools("南湖县"), figures("南湖县指标", "南湖县2024年政府保障与教育质量指标", 0.93, 0.8), figures("北山县指标", "北山县2024年政府保障与教育质量指标", 0.97, 0.88)];
    const { result, issues } = await evaluated(grids);
    expect(result.counties.map((c) => c.county).sort()).toEqual(["北山县", "南湖县"].sort());
    expect(item(result, "北山县", "R1")?.figure).toBeCloseTo(0.88, 12);
    expect(item(result, "北山县", "Q1")?.figure).toBeCloseTo(0.97, 12);
    expect(item(result, "南湖县", "R1")?.figure).toBeCloseTo(0.8, 12);
    expect(item(result, "南湖县", "Q1")?.figure).toBeCloseTo(0.93, 12);
    // R1 threshold 85%: 0.88 meets it, 0.80 does not; Q1 threshold 95%: 0.97 meets it, 0.93 does not.
    expect(item(result, "北山县", "R1")?.verdict).toBe("met");
    expect(item(result, "南湖县", "R1")?.verdict).toBe("not_met");
    const mixed = ["county_figure_duplicate", "county_figure_several", "county_figures_shared", "county_figures_other_county"];
    expect(issues.filter((i) => mixed.includes(i.code))).toEqual([]);
  });

  it("uses a sheet naming no county for every county, as before (county_figures_shared)", async () => {
    const { result } = await evaluated([schools("北山县"), schools("南湖县"), figures("县级指标", "2024年政府保障与教育质量指标", 0.97, 0.88)]);
    expect(item(result, "北山县", "R1")?.figure).toBeCloseTo(0.88, 12);
    expect(item(result, "南湖县", "R1")?.figure).toBeCloseTo(0.88, 12);
  });

  it("takes a city's sheet titled for all its counties (某市2024年各县区…) as naming no one county", async () => {
    const { result, issues } = await evaluated([schools("北山县"), figures("县级指标", "某市2024年各县区政府保障与教育质量指标", 0.97, 0.88)]);
    expect(item(result, "北山县", "R1")?.figure).toBeCloseTo(0.88, 12);
    expect(issues.filter((i) => i.code === "county_figures_other_county")).toEqual([]);
  });
});
