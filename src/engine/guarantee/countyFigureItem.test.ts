import { builtInProfile } from "../../profiles/resolveProfile";
import type { CountyFigure } from "../types";
import { countyItemsOf } from "./compare";
import { countyFigureItem, figureVerdictInto } from "./countyFigureItem";
import { combineVerdicts, judgePart } from "./countyFigures";
import { itemCodes } from "./itemCodes";

const NATIONAL = builtInProfile("national-2017");
const fig = (code: string, value: number | boolean, cell = "县级指标!B2"): CountyFigure => ({ county: "测试县", code, value, cell });
const byCode = (...figures: CountyFigure[]): Map<string, CountyFigure> => new Map(figures.map((f) => [f.code, f]));

describe("countyFigureItem", () => {
  it("G11 from both of its figures: rotation 0.12 ≥ 0.10 met, backbone 0.18 < 0.20 not met → not met, both parts and cells", () => {
    const { value, issues } = countyFigureItem("G11", NATIONAL, byCode(fig("G11_rotation_rate", 0.12, "县级指标!B5"), fig("G11_backbone_rotation", 0.18, "县级指标!B6")));
    expect(issues).toEqual([]);
    expect(value).toEqual({
      code: "G11",
      area: "guarantee",
      verdict: "not_met",
      figure: null,
      threshold: null,
      basis: "county_figure",
      figureOf: "county_figure",
      failingSchools: [],
      cells: ["县级指标!B5", "县级指标!B6"],
      parts: { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 },
    });
  });

  it("G11 with rotation answered 否 (B2) and backbone 25% (B3): not met, the answered part flagged with its cell (no figure to compare)", () => {
    const answered: CountyFigure = { ...fig("G11_rotation_rate", false, "县级指标!B2"), answered: true };
    const { value } = countyFigureItem("G11", NATIONAL, byCode(answered, fig("G11_backbone_rotation", 0.25, "县级指标!B3")));
    expect(value.verdict).toBe("not_met");
    expect(value.basis).toBe("county_figure");
    expect(value.answeredParts).toEqual({ G11_rotation_rate: "县级指标!B2" });
    // A plain figure or a yes / no item's own answer is no answered part: the field is left out.
    expect(countyFigureItem("G11", NATIONAL, byCode(fig("G11_rotation_rate", 0.12), fig("G11_backbone_rotation", 0.25))).value).not.toHaveProperty("answeredParts");
  });

  it("lists both cells of a figure computed from two counts (45 / 380 at B5, B6) and of one from two amounts, then the plain figure's cell", () => {
    const rate: CountyFigure = { ...fig("G11_rotation_rate", 45 / 380, "县级指标!B5"), cells: ["县级指标!B5", "县级指标!B6"] };
    const { value } = countyFigureItem("G11", NATIONAL, byCode(rate, fig("G11_backbone_rotation", 0.25, "县级指标!B7")));
    expect(value.cells).toEqual(["县级指标!B5", "县级指标!B6", "县级指标!B7"]);
    const pay: CountyFigure = { ...fig("G8_pay_ratio", 9000 / 8800, "县级指标!B3"), cells: ["县级指标!B3", "县级指标!B4"] };
    expect(countyFigureItem("G8", NATIONAL, byCode(pay)).value.cells).toEqual(["县级指标!B3", "县级指标!B4"]);
  });

  it("one figure of two given: that part judged, the other not assessed, so the item is not assessed when the given one is met", () => {
    const { value } = countyFigureItem("G11", NATIONAL, byCode(fig("G11_rotation_rate", 0.12)));
    expect(value.verdict).toBe("not_assessed");
    expect(value.basis).toBe("county_figure");
    expect(value.parts).toEqual({ G11_rotation_rate: 0.12, G11_backbone_rotation: null });
  });

  it("a single numeric figure is the item's figure, against its threshold: G8 pay ratio 1.04 ≥ 1", () => {
    const { value } = countyFigureItem("G8", NATIONAL, byCode(fig("G8_pay_ratio", 1.04)));
    expect([value.verdict, value.figure, value.threshold, value.basis]).toEqual(["met", 1.04, 1, "county_figure"]);
  });

  it("a figure given but unusable (text, a yes / no for a number, a ratio above 1): not assessed from the county's figure, its cell kept — not the shared item", () => {
    for (const value of ["1.04" as unknown as number, true, Number.NaN]) {
      const { value: item } = countyFigureItem("G8", NATIONAL, byCode(fig("G8_pay_ratio", value, "县级指标!B9")));
      expect([item.verdict, item.figure, item.basis, item.cells, item.parts]).toEqual(["not_assessed", null, "none", ["县级指标!B9"], { G8_pay_ratio: null }]);
      expect(Object.isFrozen(item)).toBe(false);
    }
    expect(countyFigureItem("Q1", NATIONAL, byCode(fig("Q1_consolidation", 97, "县级指标!B3"))).value.cells).toEqual(["县级指标!B3"]);
  });

  it("no figure at all: not assessed, basis none, parts null, the single threshold shown; every county gets an equal, frozen item", () => {
    const a = countyFigureItem("G8", NATIONAL, byCode()).value;
    const b = countyFigureItem("G8", NATIONAL, byCode(fig("Q1_consolidation", 0.97))).value;
    expect(a).toEqual({ code: "G8", area: "guarantee", verdict: "not_assessed", figure: null, threshold: 1, basis: "none", figureOf: "county_figure", failingSchools: [], cells: [], parts: { G8_pay_ratio: null } });
    expect(b).toEqual(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.parts) && Object.isFrozen(a.cells) && Object.isFrozen(a.failingSchools)).toBe(true);
  });

  it("no figure for an item of two county items: no threshold shown; an item the profile has no county items for: empty parts", () => {
    expect(countyFigureItem("G11", NATIONAL, byCode()).value.threshold).toBeNull();
    expect(countyFigureItem("G11", NATIONAL, byCode()).value.parts).toEqual({ G11_rotation_rate: null, G11_backbone_rotation: null });
    const none = countyFigureItem("G99", NATIONAL, byCode()).value;
    expect([none.verdict, none.basis, none.parts]).toEqual(["not_assessed", "none", {}]);
  });

  it.each(["national-2017", "sichuan-guanghan-2024"])("every item of %s without figures: as judged part by part from absent figures", (id) => {
    const profile = builtInProfile(id);
    for (const code of itemCodes(profile)) {
      const parts = countyItemsOf(profile, code).map(([c, item]) => judgePart(c, item, undefined).value);
      const item = countyFigureItem(code, profile, byCode()).value;
      expect(item.verdict).toBe(combineVerdicts(parts.map((p) => p.verdict)));
      expect(item.threshold).toBe(parts.length === 1 ? (parts[0]?.item.threshold ?? null) : null);
      expect(item.parts).toEqual(Object.fromEntries(parts.map((p) => [p.code, null])));
      expect([item.code, item.basis, item.figure, item.cells, item.failingSchools]).toEqual([code, "none", null, [], []]);
    }
  });
});

describe("figureVerdictInto: the verdict alone, as countyFigureItem judges the item", () => {
  const verdictOf = (code: string, figures: Map<string, CountyFigure>, profile = NATIONAL): { verdict: string; issues: unknown[] } => {
    const issues: unknown[] = [];
    return { verdict: figureVerdictInto(countyItemsOf(profile, code), figures, issues as never[]), issues };
  };

  it("by hand: G11 rotation 0.12 (≥ 0.10) and backbone 0.18 (< 0.20) → not met; G8 1.04 (≥ 1) → met; G8 text \"1.04\" → not assessed; G11 one part given and met → not assessed", () => {
    expect(verdictOf("G11", byCode(fig("G11_rotation_rate", 0.12), fig("G11_backbone_rotation", 0.18))).verdict).toBe("not_met");
    expect(verdictOf("G8", byCode(fig("G8_pay_ratio", 1.04))).verdict).toBe("met");
    expect(verdictOf("G8", byCode(fig("G8_pay_ratio", "1.04" as unknown as number))).verdict).toBe("not_assessed");
    expect(verdictOf("G11", byCode(fig("G11_rotation_rate", 0.12))).verdict).toBe("not_assessed");
  });

  it("a county item without threshold: not assessed with county_item_no_threshold at the figure's cell, as the item built says", () => {
    const item = NATIONAL.countyItems["G8_pay_ratio"];
    if (item === undefined) throw new Error("no G8_pay_ratio");
    const profile = { ...NATIONAL, countyItems: { ...NATIONAL.countyItems, G8_pay_ratio: { ...item, threshold: null } } };
    const figures = byCode(fig("G8_pay_ratio", 1.04, "县级指标!B7"));
    const alone = verdictOf("G8", figures, profile);
    const built = countyFigureItem("G8", profile, figures);
    expect([alone.verdict, alone.issues]).toEqual([built.value.verdict, built.issues]);
    expect(alone.issues).toEqual([{ code: "county_item_no_threshold", severity: "error", cell: "县级指标!B7", params: { countyItem: "G8_pay_ratio" } }]);
  });

  it("the built item's verdict and issues for every item of the profile, each county item given a figure that meets, one that fails, or none", () => {
    const values = [1, 0, 0.5, 0.96, true, false, 3];
    for (const code of itemCodes(NATIONAL)) {
      const list = countyItemsOf(NATIONAL, code);
      for (let v = 0; v < values.length; v++) {
        const figures = byCode(...list.filter((_, i) => (i + v) % 3 !== 0).map(([c], i) => fig(c, values[(v + i) % values.length] as number | boolean, `县级指标!B${i + 2}`)));
        const built = countyFigureItem(code, NATIONAL, figures);
        expect([code, verdictOf(code, figures).verdict, verdictOf(code, figures).issues]).toEqual([code, built.value.verdict, built.issues]);
      }
    }
  });
});

