import { makeCounty, makeEvaluation, makeGroup, makeItem, makeSection, makeStats } from "../workbook/write/testing/makeEvaluation";
import { evaluatedEntry } from "../workbook/write/overviewEntry";
import { overviewReport } from "./overviewReport";

const context = { profile: "national-2017", profileName: "国家标准", lang: "zh" as const, notes: ["注意"] };

describe("overviewReport", () => {
  it("gives a failed workbook its reasons and an evaluated one its counties, unrounded, with NaN as null", () => {
    const nan = makeGroup({ indicators: { ...makeGroup().indicators, L2: makeStats("L2", 0, 0, Number.NaN) } });
    const county = makeCounty({ county: "甲县", coefficients: [nan], passing: { noStudents: 0, evaluated: 3, passing: 2, unjudged: 1, inScope: 4, share: 2 / 3, target: { year: 2025, share: 0.85 }, met: null } });
    const report = overviewReport(
      [
        { file: "丙县.xlsx", outcome: { ok: false, reasons: ["无法读取 丙县.xlsx"] } },
        evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [county] }), [{ code: "x", severity: "warning", cell: null, params: {} }], "甲县-评估结果.xlsx"),
      ],
      context,
    );
    expect(report["notes"]).toEqual(["注意"]);
    expect(report["profileFile"]).toBeNull();
    expect(overviewReport([], { ...context, profileFile: "prof/target.json" })["profileFile"]).toBe("prof/target.json");
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
      // makeCounty's veto items: 考试招生 declared absent, 设置重点校 not yet assessed.
      veto: [
        { code: "V_exam_admission", present: false, cell: "县级指标!B30" },
        { code: "V_key_schools", present: null, cell: null },
      ],
     // makeCounty's G3 is not met: nothing met on an estimate.
      estimatedPasses: [],
      // No rows hidden.
      hiddenRows: [],
    });
    expect(JSON.stringify(report)).not.toContain("NaN");
  });

  it("records the folders the batch read, and says of a workbook evaluated whether its result was written, and why not", () => {
    const evaluation = makeEvaluation({ counties: [makeCounty({ county: "甲县" })] });
    const report = overviewReport([evaluatedEntry("甲县.xlsx", evaluation, [], "甲县-评估结果.xlsx", ["无法写入 out/甲县-评估结果.xlsx"]), evaluatedEntry("乙县.xlsx", evaluation, [], "乙县-评估结果.xlsx")], { ...context, sources: ["/data/青州市"] });
    expect(report["sources"]).toEqual(["/data/青州市"]);
    expect(report["workbooks"]).toEqual([
      expect.objectContaining({ file: "甲县.xlsx", evaluated: true, written: false, writeReasons: ["无法写入 out/甲县-评估结果.xlsx"] }),
      expect.objectContaining({ file: "乙县.xlsx", evaluated: true, written: true }),
    ]);
    // Both counties in the totals (makeCounty: 2 in scope each).
    expect(report["totals"]).toMatchObject({ counties: 2, workbooksFailed: 0, inScope: 4 });
    expect(overviewReport([], context)["sources"]).toEqual([]);
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

  it("names the items met only on an estimate, with the schools each stands for (G3 on rooms estimated from the total area)", () => {
    const g3 = makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } });
    const report = overviewReport([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ county: "甲县", items: [g3] })] }), [], "甲县-评估结果.xlsx")], context);
    const [county] = (report["workbooks"] as { counties?: unknown[] }[])[0]?.counties ?? [];
    expect(county).toMatchObject({ estimatedPasses: [{ area: "guarantee", code: "G3", schools: 25 }] });
  });

  it("carries the school rows a filter hid and left unread per county, as its 说明 and 汇总 say them (rows 7–8 of its sheet)", () => {
    // makeCounty's sections are read from 学校基本情况 (makeSection); 乙县's from 乙县学校, whose rows none hid.
    const hidden = { code: "read_hidden_rows_skipped", severity: "warning" as const, cell: "学校基本情况!A7", params: { sheet: "学校基本情况", rows: "7–8", count: 2 } };
    const yi = makeCounty({ county: "乙县", sections: [makeSection({ name: "乙一小", row: 3, source: { sheet: "乙县学校", row: 3 } })] });
    const report = overviewReport([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ county: "甲县" })] }), [hidden], "甲县-评估结果.xlsx"), evaluatedEntry("乙县.xlsx", makeEvaluation({ counties: [yi] }), [], "乙县-评估结果.xlsx")], context);
    const [jia, other] = (report["workbooks"] as { counties?: unknown[] }[]).map((w) => w.counties?.[0]);
    expect(jia).toMatchObject({ hiddenRows: [{ count: 2, rows: "7–8", sheet: null }] });
    expect(other).toMatchObject({ hiddenRows: [] });
    // Two sheets hiding rows: each county's names its sheet, as 工作表“学校基本情况”另有 2 个… does.
    const elsewhere = { ...hidden, cell: "乙县学校!A9", params: { sheet: "乙县学校", rows: "9", count: 1 } };
    const both = overviewReport([evaluatedEntry("某市.xlsx", makeEvaluation({ counties: [makeCounty({ county: "甲县" }), yi] }), [hidden, elsewhere], "某市-评估结果.xlsx")], context);
    expect((both["workbooks"] as { counties?: unknown[] }[])[0]?.counties).toMatchObject([{ hiddenRows: [{ count: 2, rows: "7–8", sheet: "学校基本情况" }] }, { hiddenRows: [{ count: 1, rows: "9", sheet: "乙县学校" }] }]);
  });

  it("carries a veto item present per county, so that 不予认定 with every area met is explained", () => {
    const met = makeCounty().areas.map((a) => ({ ...a, verdict: "met" as const, reasons: [], pending: [] }));
    const vetoed = makeCounty({ county: "金山区", areas: met, items: [], recognised: false, veto: [{ code: "V_unfilled_posts", present: true, cell: "县级指标!B33" }] });
    const report = overviewReport([evaluatedEntry("金山区.xlsx", makeEvaluation({ counties: [vetoed] }), [], "金山区-评估结果.xlsx")], context);
    const [county] = (report["workbooks"] as { counties?: unknown[] }[])[0]?.counties ?? [];
    expect(county).toMatchObject({ recognised: false, itemsNotMet: [], resourcesNotMet: [], veto: [{ code: "V_unfilled_posts", present: true, cell: "县级指标!B33" }] });
  });

  it("says whether each county reaches its target: met, not met, undecided (null) and no target (null)", () => {
    const passing = (met: boolean | null, target: { year: number; share: number } | null) => makeCounty({ passing: { noStudents: 0, evaluated: 8, passing: 8, unjudged: 6, inScope: 14, share: 1, target, met } });
    const counties = [passing(true, { year: 2024, share: 0.5 }), passing(null, { year: 2024, share: 0.85 }), passing(null, null)];
    const report = overviewReport([evaluatedEntry("某市.xlsx", makeEvaluation({ counties }), [], "r.xlsx")], context);
    const rows = ((report["workbooks"] as { counties?: { passing: unknown }[] }[])[0]?.counties ?? []).map((c) => c.passing);
    // 8 passing of 14 in scope at worst, 14 of 14 at best: 8 / 14 = 0.5714…, 1.
    expect(rows).toEqual([
      expect.objectContaining({ met: true, verdict: "met", range: { low: 8 / 14, high: 1 } }),
      expect.objectContaining({ met: null, verdict: "not_assessed", range: { low: 8 / 14, high: 1 } }),
      expect.objectContaining({ met: null, target: null, verdict: "not_applicable", range: { low: 8 / 14, high: 1 } }),
    ]);
    // All judged: no range, the share is the county's; a target missed is not_met.
    const judged = makeCounty({ passing: { noStudents: 0, evaluated: 4, passing: 1, unjudged: 0, inScope: 4, share: 0.25, target: { year: 2024, share: 0.85 }, met: false } });
    const one = overviewReport([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [judged] }), [], "r.xlsx")], context);
    expect((one["workbooks"] as { counties?: unknown[] }[])[0]?.counties?.[0]).toMatchObject({ passing: { met: false, verdict: "not_met", range: null } });
  });
});

describe("overviewReport totals", () => {
  it("adds the city's totals as 全市合计 gives them: counties, areas met, sections, the share over those judged, each workbook's issues once", () => {
    const passing = (evaluated: number, pass: number, unjudged: number) => ({ noStudents: 0, evaluated, passing: pass, unjudged, inScope: evaluated + unjudged, share: pass / evaluated, target: null, met: null });
    const met = makeCounty().areas.map((a) => (a.area === "resources" ? { ...a, verdict: "met" as const, reasons: [], pending: [] } : a));
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县", areas: met, passing: passing(3, 1, 1) }), makeCounty({ county: "乙县", passing: passing(4, 4, 0), recognised: true })] });
    const warning = { code: "x", severity: "warning" as const, cell: null, params: {} };
    const report = overviewReport([evaluatedEntry("某市.xlsx", city, [warning, warning], "r.xlsx"), { file: "坏.xlsx", outcome: { ok: false, reasons: ["无法读取"] } }], context);
    // 4 + 4 = 8 in scope, 1 + 4 = 5 passing of 3 + 4 = 7 judged; 某市.xlsx's 2 warnings once, though on two county rows.
    // 甲县 and 乙县: two counties, none unnamed. Shortfalls: makeCounty's L4 400 m² and L6 80,000 yuan each → 800, 160,000.
    expect(report["totals"]).toEqual({ counties: 2, distinct: 2, unnamed: 0, workbooksFailed: 1, areasMet: { resources: 1, guarantee: 0, quality: 0, recognition: 0 }, targetMet: 0, withTarget: 0, recognised: 1, inScope: 8, passing: 5, unjudged: 1, share: 5 / 7, errors: 0, warnings: 2, shortfalls: [{ stage: "primary", byIndicator: { L1: 0, L2: 0, L3: 0, L4: 800, L5: 0, L6: 160000, L7: 0 }, incomplete: 0 }] });
    expect(overviewReport([{ file: "坏.xlsx", outcome: { ok: false, reasons: ["无法读取"] } }], context)["totals"]).toBeNull();
  });
});

describe("overviewReport: what the counties still need, and their failing sections", () => {
  it("gives each county its shortfalls per stage and its failing sections with their ways to pass and cells on 学校达标; none linked when not written", () => {
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县" })] });
    // makeCounty: 乙小学 on its sheet's second row fails (L4 3.5 below 85% of 4.5; L6 1,800 at the floor of 1,700), needing 400 m² for 1,200,000 yuan.
    const written = evaluatedEntry("甲县.xlsx", city, [], "甲县-评估结果.xlsx", undefined, { floor: "85%", schoolsRow: 10 });
    const unwritten = evaluatedEntry("乙县.xlsx", city, [], "乙县-评估结果.xlsx", ["无法写入"], { floor: "85%", schoolsRow: 10 });
    const report = overviewReport([written, unwritten], { ...context, lang: "en" });
    const counties = (report["workbooks"] as { counties: Record<string, unknown>[] }[]).map((w) => w.counties[0]);
    expect(counties[0]?.["shortfalls"]).toEqual([{ stage: "primary", byIndicator: { L1: 0, L2: 0, L3: 0, L4: 400, L5: 0, L6: 80000, L7: 0 }, incomplete: 0 }]);
    expect(counties[0]?.["failingSchools"]).toEqual([
      {
        school: "乙小学",
        stage: "primary",
        incomplete: false,
        belowFloor: ["L4"],
        atFloor: ["L6"],
        passPlan: { relaxed: "L6", steps: [{ code: "L4", target: "standard", amount: 400, cost: 1_200_000 }], totalCost: 1_200_000, countedCost: 1_200_000, sameBuild: [], basis: "cost", weighed: null },
        passPlanText: "L4 to standard: 400.00 m² (about 1,200,000 yuan)",
        resultCell: "Schools!A11",
      },
    ]);
    expect((counties[1]?.["failingSchools"] as { resultCell: unknown }[])[0]?.resultCell).toBeNull();
  });
});
