import type { AreaCaveat, Evaluation, Issue } from "../engine/types";
import { makeCounty, makeEvaluation, makeMissingNumerator } from "../workbook/write/testing/makeEvaluation";
import { withRefusedColumnCaveats } from "./refusedColumnCaveats";

/** The reader's one error at the header of column O (makeMissingNumerator's cells are O5, O6 …). */
const headerError: Issue = { code: "read_money_unit_unstated", severity: "error", cell: "学校基本情况!O3", params: { column: "O", field: "equipmentValue" } };

/** 示例县 (甲小学 row 5, 乙小学 row 6 in scope) with one 资源配置 caveat, the engine's issues as given. */
function evaluation(caveat: AreaCaveat, issues: readonly Issue[]): Evaluation {
  const county = makeCounty();
  const areas = county.areas.map((a) => (a.area === "resources" ? { ...a, caveats: [caveat] } : a));
  return makeEvaluation({ counties: [{ ...county, areas }], issues: [...issues] });
}

const caveatsOf = (e: Evaluation) => e.counties[0]?.areas.find((a) => a.area === "resources")?.caveats;
const l6 = (indicators: AreaCaveat["indicators"]): AreaCaveat => ({ code: "cv_not_computable", stage: "primary", indicators, cause: "no_values", schools: 2 });

describe("withRefusedColumnCaveats", () => {
  it("names the header cell when each section's missing L6 is at a cell of the refused column (reviewer R1, finding 7)", () => {
    const out = withRefusedColumnCaveats(evaluation(l6(["L6"]), [makeMissingNumerator("甲小学", 5, "L6", "equipmentValue"), makeMissingNumerator("乙小学", 6, "L6", "equipmentValue")]), [headerError]);
    expect(caveatsOf(out)).toEqual([{ ...l6(["L6"]), refusedAt: ["学校基本情况!O3"] }]);
  });

  it("splits a caveat of two indicators when only one lacks its values for the refused column (L5's cells blank in another column)", () => {
    const blankL5: Issue = { ...makeMissingNumerator("甲小学", 5, "L5", "sportsTotalArea"), cell: "学校基本情况!N5" };
    const issues = [makeMissingNumerator("甲小学", 5, "L6", "equipmentValue"), makeMissingNumerator("乙小学", 6, "L6", "equipmentValue"), blankL5];
    expect(caveatsOf(withRefusedColumnCaveats(evaluation(l6(["L5", "L6"]), issues), [headerError]))).toEqual([l6(["L5"]), { ...l6(["L6"]), refusedAt: ["学校基本情况!O3"] }]);
  });

  it("leaves the caveat as it was when one section's missing value is elsewhere (no cell: a missing column), or no column was refused", () => {
    const noCell: Issue = { ...makeMissingNumerator("乙小学", 6, "L6", "equipmentValue"), cell: null };
    const mixed = evaluation(l6(["L6"]), [makeMissingNumerator("甲小学", 5, "L6", "equipmentValue"), noCell]);
    expect(caveatsOf(withRefusedColumnCaveats(mixed, [headerError]))).toEqual([l6(["L6"])]);
    const refusedOnly = evaluation(l6(["L6"]), [makeMissingNumerator("甲小学", 5, "L6", "equipmentValue")]);
    expect(withRefusedColumnCaveats(refusedOnly, [])).toBe(refusedOnly);
  });

  it("leaves a caveat of too few sections, and one whose stage's sections raise no missing value (another stage's do)", () => {
    const few: AreaCaveat = { code: "cv_not_computable", stage: "primary", indicators: ["L6"], cause: "too_few_sections", schools: 1 };
    expect(caveatsOf(withRefusedColumnCaveats(evaluation(few, [makeMissingNumerator("甲小学", 5, "L6", "equipmentValue")]), [headerError]))).toEqual([few]);
    const junior: AreaCaveat = { ...l6(["L6"]), stage: "junior" };
    expect(caveatsOf(withRefusedColumnCaveats(evaluation(junior, [makeMissingNumerator("甲小学", 5, "L6", "equipmentValue")]), [headerError]))).toEqual([junior]);
  });
});
