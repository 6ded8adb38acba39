import { evaluatedEntry, resourcesReasons, vetoReasons } from "./overviewEntry";
import { makeCounty, makeEvaluation, SAMPLE_ISSUES } from "./testing/makeEvaluation";

describe("evaluatedEntry", () => {
  it("keeps of each county only what the overview shows, not its sections (which reach back to the workbook's records)", () => {
    const evaluation = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" })] });
    const entry = evaluatedEntry("某市.xlsx", evaluation, SAMPLE_ISSUES, "某市-评估结果.xlsx");
    if (!entry.outcome.ok) throw new Error("evaluated");
    for (const county of entry.outcome.counties) {
      expect(Object.keys(county).sort()).toEqual(["areas", "coefficients", "county", "estimatedPasses", "failing", "hiddenRows", "itemsNotMet", "itemsPending", "passing", "recognised", "shortfalls", "veto"]);
      // makeCounty's items: G3 not met, G8 met, G11, Q9 and R1 not assessed.
      expect([county.itemsNotMet, county.itemsPending]).toEqual([["G3"], ["G11", "Q9", "R1"]]);
    }
    expect(entry.outcome.counties.map((c) => c.county)).toEqual(["甲县", "乙县"]);
    // SAMPLE_ISSUES: one error, one warning, one note (notes are not counted here).
    expect([entry.outcome.errors, entry.outcome.warnings, entry.outcome.year]).toEqual([1, 1, 2025]);
  });

  it("keeps each county's shortfalls per stage and its failing sections as small objects, their rows on 学校达标 running on from county to county", () => {
    const evaluation = makeEvaluation({ counties: [makeCounty({ county: "甲县" }), makeCounty({ county: "乙县" })] });
    // makeCounty: 甲小学, 乙小学 (fails: L4 3.5 below 4.5 × 0.85 = 3.825, L6 1800 at the floor of 1700), 丙教学点, 丁小学; the sheet's first data row 10.
    const entry = evaluatedEntry("某市.xlsx", evaluation, [], "某市-评估结果.xlsx", undefined, { floor: "80%", schoolsRow: 10 });
    if (!entry.outcome.ok) throw new Error("evaluated");
    expect(entry.outcome.floor).toBe("80%");
    // 甲县 on rows 10–13, 乙小学 on 11; 乙县 from 14, its 乙小学 on 15.
    expect(entry.outcome.counties.map((c) => c.failing.map((f) => [f.school, f.row, f.below, f.atFloor, f.incomplete]))).toEqual([
      [["乙小学", 11, ["L4"], ["L6"], false]],
      [["乙小学", 15, ["L4"], ["L6"], false]],
    ]);
    expect(entry.outcome.counties[0]?.failing[0]?.plan?.totalCost).toBe(1_200_000);
    expect(entry.outcome.counties[0]?.shortfalls).toEqual([{ stage: "primary", byIndicator: { L1: 0, L2: 0, L3: 0, L4: 400, L5: 0, L6: 80000, L7: 0 }, incomplete: 0 }]);
    // Not written: no row to link to.
    const unwritten = evaluatedEntry("某市.xlsx", evaluation, [], "某市-评估结果.xlsx", ["无法写入"], { floor: "85%", schoolsRow: 10 });
    expect(unwritten.outcome.ok && unwritten.outcome.counties[0]?.failing[0]?.row).toBeNull();
  });

  it("keeps a workbook that evaluated no county, with its counts", () => {
    const entry = evaluatedEntry("空.xlsx", makeEvaluation({ counties: [] }), [], "空-评估结果.xlsx");
    expect(entry.outcome).toMatchObject({ ok: true, counties: [], errors: 0, warnings: 0, result: "空-评估结果.xlsx" });
  });
});

describe("resourcesReasons", () => {
  it("splits 资源配置's reasons into those not met and those pending, each in the engine's order", () => {
    const guarantee = { area: "guarantee" as const, verdict: "not_met" as const, reasons: ["G3"], pending: [] };
    const areas = [
      { area: "resources" as const, verdict: "not_met" as const, reasons: ["sections_failing", "L3_primary_cv", "L1_junior_cv", "sections_not_evaluable"], pending: ["sections_not_evaluable"] },
      guarantee,
    ];
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ areas })] }), [], "r.xlsx");
    if (!entry.outcome.ok) throw new Error("evaluated");
    const [county] = entry.outcome.counties;
    if (!county) throw new Error("county");
    expect(resourcesReasons(county)).toEqual({ notMet: ["sections_failing", "L3_primary_cv", "L1_junior_cv"], pending: ["sections_not_evaluable"] });
    // No resources verdict (the guarantee's G3 is not its concern): nothing to say.
    expect(resourcesReasons({ ...county, areas: [guarantee] })).toEqual({ notMet: [], pending: [] });
  });
});

describe("vetoReasons", () => {
  const county = (veto: { code: string; present: boolean | null }[], recognised: boolean | null) => {
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ veto: veto.map((v) => ({ ...v, cell: null })), recognised })] }), [], "r.xlsx");
    if (!entry.outcome.ok || !entry.outcome.counties[0]) throw new Error("evaluated");
    return entry.outcome.counties[0];
  };

  it("names the veto items present, whatever else is pending (one present refuses recognition alone)", () => {
    const veto = [{ code: "V_exam_admission", present: false }, { code: "V_unfilled_posts", present: true }, { code: "V_key_schools", present: null }];
    // V_key_schools not yet assessed: named as pending too, as the county's 汇总 says it beside the one present.
    expect(vetoReasons(county(veto, false))).toEqual({ present: ["V_unfilled_posts"], pending: ["V_key_schools"] });
  });

  it("names the veto items not yet assessed whatever recognition is, as the county's 汇总 does (before: none once it was refused)", () => {
    const veto = [{ code: "V_exam_admission", present: false }, { code: "V_key_schools", present: null }, { code: "V_falsified_data", present: null }];
    expect(vetoReasons(county(veto, null))).toEqual({ present: [], pending: ["V_key_schools", "V_falsified_data"] });
    expect(vetoReasons(county(veto, false))).toEqual({ present: [], pending: ["V_key_schools", "V_falsified_data"] });
  });

  it("says nothing with every veto item declared absent, or with none in the profile", () => {
    expect(vetoReasons(county([{ code: "V_exam_admission", present: false }], true))).toEqual({ present: [], pending: [] });
    expect(vetoReasons(county([], null))).toEqual({ present: [], pending: [] });
  });
});

describe("overviewEntry: edge cases", () => {
  it("a county without items lists none, not met nor pending; a year not given stays null", () => {
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ year: null, counties: [makeCounty({ items: [] })] }), [], "r.xlsx");
    if (!entry.outcome.ok) throw new Error("evaluated");
    expect([entry.outcome.year, entry.outcome.counties[0]?.itemsNotMet, entry.outcome.counties[0]?.itemsPending]).toEqual([null, [], []]);
  });

  it("counts only errors and warnings: notes alone give 0 and 0", () => {
    const note = { code: "note_only", severity: "info" as const, cell: null, params: {} };
    const entry = evaluatedEntry("甲县.xlsx", makeEvaluation(), [note, note], "r.xlsx");
    expect(entry.outcome).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  });

  it("resourcesReasons: met with no reasons says nothing; every reason pending leaves none not met", () => {
    const county = (reasons: string[], pending: string[]) => {
      const entry = evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ areas: [{ area: "resources", verdict: "not_assessed", reasons, pending }] })] }), [], "r.xlsx");
      if (!entry.outcome.ok || !entry.outcome.counties[0]) throw new Error("evaluated");
      return entry.outcome.counties[0];
    };
    expect(resourcesReasons(county([], []))).toEqual({ notMet: [], pending: [] });
    expect(resourcesReasons(county(["sections_none_evaluable"], ["sections_none_evaluable"]))).toEqual({ notMet: [], pending: ["sections_none_evaluable"] });
    // A county with no areas at all.
    expect(resourcesReasons({ ...county([], []), areas: [] })).toEqual({ notMet: [], pending: [] });
  });
});
