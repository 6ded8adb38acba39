import { makeCounty, makeEvaluation, makeGroup, makeStats } from "../workbook/write/testing/makeEvaluation";
import { evaluatedEntry } from "../workbook/write/overviewEntry";
import { overviewReport } from "./overviewReport";

const context = { profile: "national-2017", profileName: "国家标准", lang: "zh", notes: ["注意"] };

describe("overviewReport", () => {
  it("gives a failed workbook its reasons and an evaluated one its counties, unrounded, with NaN as null", () => {
    const nan = makeGroup({ indicators: { ...makeGroup().indicators, L2: makeStats("L2", 0, 0, Number.NaN) } });
    const county = makeCounty({ county: "甲县", coefficients: [nan], passing: { evaluated: 3, passing: 2, unjudged: 1, inScope: 4, share: 2 / 3, target: { year: 2025, share: 0.85 }, met: null } });
    const report = overviewReport(
      [
        { file: "丙县.xlsx", outcome: { ok: false, reasons: ["无法读取 丙县.xlsx"] } },
        evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [{ code: "x", severity: "warning", cell: null, params: {} }], "甲县-评估结果.xlsx"),
      ],
      context,
    );
    expect(report["notes"]).toEqual(["注意"]);
    expect(report["workbooks"]).toEqual([
      { file: "丙县.xlsx", evaluated: false, reasons: ["无法读取 丙县.xlsx"] },
      expect.objectContaining({ file: "甲县.xlsx", evaluated: true, errors: 0, warnings: 1, result: "甲县-评估结果.xlsx" }),
    ]);
    const [jia] = (report["workbooks"] as { counties?: unknown[] }[])[1]?.counties ?? [];
    expect(jia).toMatchObject({
      county: "甲县",
      // 3 judged + 1 unjudged in scope; the share 2/3 unrounded.
      passing: { inScope: 4, evaluated: 3, passing: 2, unjudged: 1, share: 2 / 3, target: { year: 2025, share: 0.85 }, met: null },
      coefficients: [{ stage: "primary", cv: { L1: 0.2, L2: null } }],
      // makeCounty's items: G3 not met, G8 met, G11, Q9 and R1 not assessed.
      itemsNotMet: ["G3"],
      itemsPending: ["G11", "Q9", "R1"],
    });
    expect(JSON.stringify(report)).not.toContain("NaN");
  });

  it("adds each county's 资源配置 reasons as codes, in the engine's order, beside the item codes it keeps", () => {
    const resources = { area: "resources" as const, verdict: "not_met" as const, reasons: ["sections_failing", "L3_primary_cv", "L5_junior_cv", "sections_not_evaluable"], pending: ["sections_not_evaluable"] };
    const county = makeCounty({ county: "甲县", areas: [resources, ...makeCounty().areas.filter((a) => a.area !== "resources")] });
    const met = makeCounty({ county: "乙县", areas: [{ area: "resources", verdict: "met", reasons: [], pending: [] }] });
    const report = overviewReport([evaluatedEntry("某市.xlsx", makeEvaluation({ counties: [county, met] }), [], "某市-评估结果.xlsx")], context);
    const [jia, yi] = (report["workbooks"] as { counties?: unknown[] }[])[0]?.counties ?? [];
    expect(jia).toMatchObject({ resourcesNotMet: ["sections_failing", "L3_primary_cv", "L5_junior_cv"], resourcesPending: ["sections_not_evaluable"], itemsNotMet: ["G3"], itemsPending: ["G11", "Q9", "R1"] });
    expect(yi).toMatchObject({ resourcesNotMet: [], resourcesPending: [] });
    // Additive: the keys scripts already read are all still there.
    expect(Object.keys(jia as object)).toEqual(expect.arrayContaining(["county", "areas", "passing", "recognised", "itemsNotMet", "itemsPending", "coefficients"]));
  });
});
