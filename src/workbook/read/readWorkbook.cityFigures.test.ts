import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

// A figures sheet titled by its city (青州市…, 某市…) is read against the school counties (figuresCounty): no other county's.
describe("readWorkbook figures titled by a city", () => {
  const schools = (county: string) => gridOf([[`${county}2024年小学基本情况`], ["学校名称", "在校生数"], ["一小", 300]], { sheet: county });
  const figures = (title: string) => gridOf([[title], ["项目", "数值"], ["社会认可度", 0.9]], { sheet: "县级指标" });
  const counties = async (...grids: ReturnType<typeof gridOf>[]) => ((await readWorkbook(sourceOf(grids))) as Ok).input.countyFigures.map((f) => [f.county, f.code, f.value]);

  it("gives the figures to the school county the title names after its city (（北山县）)", async () => {
    expect(await counties(schools("北山县"), figures("青州市2024年政府保障与教育质量指标（北山县）"))).toEqual([["北山县", "R1_recognition", 0.9]]);
  });

  it("gives a city bureau's figures (青州市教育局…) to no one county: they apply as a sheet naming none", async () => {
    expect(await counties(schools("北山县"), figures("青州市教育局2024年县级指标填报表"))).toEqual([[null, "R1_recognition", 0.9]]);
    expect(await counties(schools("北山县"), schools("南湖县"), figures("某市2024年政府保障与教育质量指标"))).toEqual([[null, "R1_recognition", 0.9]]);
  });

  it("keeps a county the schools are not (南湖县 beside 北山县's schools) as that county's", async () => {
    expect(await counties(schools("北山县"), figures("南湖县2024年政府保障与教育质量指标"))).toEqual([["南湖县", "R1_recognition", 0.9]]);
  });
});
