import { builtInProfile } from "../../profiles/resolveProfile";
import type { CountyItem } from "../../profiles/schema";
import type { CountyFigure } from "../types";
import { countyFigureItem } from "./countyFigureItem";
import { figureIssues, figureProblem, judgePart } from "./countyFigures";

/** A county's 是 / 否 answer to an item judged by a figure (rules.md §4.8: G8 teachers' pay ≥ civil servants'). */
const answer = (code: string, value: boolean, cell = "县级指标!C9"): CountyFigure => ({ county: "西岭县", code, value, cell, answered: true });
const ratio: CountyItem = { item: "G14", comparison: "at_least", threshold: 0.5, unit: "ratio" };
const national = builtInProfile("national-2017");

describe("a yes / no answer to a figure item (answered)", () => {
  it("is no wrong-kind figure: 是 meets the item, 否 fails it, at the answer's cell", () => {
    expect(figureProblem(ratio, answer("G14_quota_share", true))).toBeNull();
    expect(judgePart("G14_quota_share", ratio, answer("G14_quota_share", true)).value).toMatchObject({ verdict: "met", value: true, cell: "县级指标!C9" });
    expect(judgePart("G14_quota_share", ratio, answer("G14_quota_share", false)).value).toMatchObject({ verdict: "not_met", value: false, cell: "县级指标!C9" });
  });

  it("G8 answered 否 is not met, basis evidence (a declared answer, no ratio), cell the answer's", () => {
    const figures = new Map([["G8_pay_ratio", answer("G8_pay_ratio", false)]]);
    expect(countyFigureItem("G8", national, figures).value).toMatchObject({ verdict: "not_met", figure: null, threshold: 1, basis: "evidence", cells: ["县级指标!C9"], parts: { G8_pay_ratio: 0 } });
    expect(countyFigureItem("G8", national, new Map([["G8_pay_ratio", answer("G8_pay_ratio", true, "县级指标!C5")]])).value).toMatchObject({ verdict: "met", basis: "evidence", cells: ["县级指标!C5"] });
    expect(figureIssues(national, figures)).toEqual([]);
  });

  it("a boolean not marked as an answer stays a wrong-kind figure (a JSON input's slip)", () => {
    const plain: CountyFigure = { county: "西岭县", code: "G8_pay_ratio", value: true, cell: "县级指标!C9" };
    expect(figureIssues(national, new Map([["G8_pay_ratio", plain]])).map((i) => i.code)).toEqual(["county_figure_not_number"]);
  });
});
