import { withUnreadVetoCells } from "./unreadVetoCells";
import { makeCounty, makeEvaluation } from "../workbook/write/testing/makeEvaluation";
import type { Issue } from "../engine/types";

const bad = (cell: string, countyItem: string, severity: Issue["severity"] = "error"): Issue => ({ code: "read_figure_bad_value", severity, cell, params: { item: "有编不补", text: "基本没有", expected: "existence", countyItem } });
const pending = (code: string) => ({ code, present: null, cell: null });

describe("withUnreadVetoCells: a veto value the reader set aside, pointed at (reviewer R4, finding 1)", () => {
  it("gives a pending veto item the cell of the reader's error naming it, and leaves a blank one and a read one alone", () => {
    const county = makeCounty({ veto: [{ code: "V_exam_admission", present: false, cell: "县级指标!B28" }, pending("V_key_schools"), pending("V_unfilled_posts")] });
    const out = withUnreadVetoCells(makeEvaluation({ counties: [county] }), [bad("县级指标!B31", "V_unfilled_posts"), bad("县级指标!B28", "V_exam_admission")]);
    expect(out.counties[0]?.veto).toEqual([
      { code: "V_exam_admission", present: false, cell: "县级指标!B28" },
      { code: "V_key_schools", present: null, cell: null },
      { code: "V_unfilled_posts", present: null, cell: "县级指标!B31" },
    ]);
  });

  it("takes no info and no issue of the engine (a note is no value set aside)", () => {
    const county = makeCounty({ veto: [pending("V_unfilled_posts")] });
    const engine: Issue = { ...bad("县级指标!B31", "V_unfilled_posts"), code: "county_figure_x" };
    const out = withUnreadVetoCells(makeEvaluation({ counties: [county] }), [bad("县级指标!B31", "V_unfilled_posts", "info"), engine]);
    expect(out.counties[0]?.veto[0]?.cell).toBeNull();
  });

  it("in a list of two counties, gives each the cell nearest its own figures on the sheet", () => {
    // 西河县's veto cells in rows 28–29, 东山县's in rows 58–59: B31 is 西河县's (2 rows off), B61 东山县's.
    const xihe = makeCounty({ county: "西河县", items: [], veto: [{ code: "V_exam_admission", present: false, cell: "县级指标!C28" }, { code: "V_school_choice", present: false, cell: "县级指标!C29" }, pending("V_unfilled_posts")] });
    const dongshan = makeCounty({ county: "东山县", items: [], veto: [{ code: "V_exam_admission", present: false, cell: "县级指标!C58" }, { code: "V_school_choice", present: false, cell: "县级指标!C59" }, pending("V_unfilled_posts")] });
    const out = withUnreadVetoCells(makeEvaluation({ counties: [xihe, dongshan] }), [bad("县级指标!C61", "V_unfilled_posts"), bad("县级指标!C31", "V_unfilled_posts")]);
    expect(out.counties.map((c) => c.veto[2]?.cell)).toEqual(["县级指标!C31", "县级指标!C61"]);
  });

  it("gives the cell to the county its row names (figureCounty), not to the county whose figures lie nearest (reviewer R6)", () => {
    // 甲县's figures end at row 30 and 乙县's start at row 32: B31, 乙县's first veto row, ties; the first county won it.
    const jia = makeCounty({ county: "甲县", items: [], veto: [{ code: "V_exam_admission", present: false, cell: "县级指标!C30" }, pending("V_unfilled_posts")] });
    const yi = makeCounty({ county: "乙县", items: [], veto: [{ code: "V_exam_admission", present: false, cell: "县级指标!C32" }, pending("V_unfilled_posts")] });
    const named = { ...bad("县级指标!C31", "V_unfilled_posts"), params: { ...bad("县级指标!C31", "V_unfilled_posts").params, figureCounty: "乙县" } };
    const out = withUnreadVetoCells(makeEvaluation({ counties: [jia, yi] }), [named]);
    expect(out.counties.map((c) => c.veto[1]?.cell)).toEqual([null, "县级指标!C31"]);
    // Without the row's county, the nearest (a tie: the first) as before.
    expect(withUnreadVetoCells(makeEvaluation({ counties: [jia, yi] }), [bad("县级指标!C31", "V_unfilled_posts")]).counties.map((c) => c.veto[1]?.cell)).toEqual(["县级指标!C31", null]);
  });
});
