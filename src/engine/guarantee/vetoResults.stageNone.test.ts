// s52 R5: 违规择校 | 无 | 无初中 (or /) cleared the veto on the 小学 cell even in a county whose school sheet lists
// 初中 schools, saying nothing of the clash. Expected by hand: a county with a 初中 school (or a nine-year
// school) is 待评估 at the 初中 cell C2, with a warning there naming C2, the stage, the text and the 无 at B2;
// a county of 小学 schools only is cleared at B2, nothing said; a 有 elsewhere still vetoes.
import { evaluate } from "../evaluate";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CountyFigure, SchoolRecord } from "../types";
import { schoolRecord } from "./testRecords";
import { vetoResults, vetoStageNoneIssues } from "./vetoResults";

const NATIONAL = builtInProfile("national-2017");
const NO_JUNIOR: CountyFigure = { county: null, code: "V_school_choice", value: false, cell: "县级指标!B2", noneStageCells: [{ stage: "junior", cell: "县级指标!C2", text: "无初中" }] };
const primary = (row: number) => schoolRecord({ name: `小学${row}`, row, type: "primary", stage: "primary", fields: { students: 600 } });
const junior = (row: number) => schoolRecord({ name: `初中${row}`, row, type: "junior", stage: "junior", fields: { students: 500 } });

/** The county's V_school_choice and the issues at 县级指标!C2, as the whole evaluation gives them. */
function schoolChoice(records: readonly SchoolRecord[], figures: readonly CountyFigure[]) {
  const evaluation = evaluate({ records, countyFigures: figures, year: null }, NATIONAL);
  const county = evaluation.counties[0];
  const issues = evaluation.issues.filter((i) => i.cell === "县级指标!C2");
  return { veto: county?.veto.find((v) => v.code === "V_school_choice"), issues: issues.map((i) => [i.code, i.severity, i.params]) };
}

const WARNED = [["county_figure_veto_stage_none", "warning", { countyItem: "V_school_choice", text: "无初中", stageInText: "junior", undecidedCell: "县级指标!C2", clearedCells: "县级指标!B2" }]];

describe("vetoResults and vetoStageNoneIssues: a 无 beside a stage cell saying that stage has none", () => {
  const figures = new Map([["V_school_choice", NO_JUNIOR]]);

  it("clears it at the 无's cell in a county without that stage, nothing said", () => {
    expect(vetoResults(NATIONAL, figures, new Set(["primary"] as const)).find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
    expect(vetoStageNoneIssues(NATIONAL, figures, new Set(["primary"] as const))).toEqual([]);
  });

  it("holds it at that cell in a county with that stage, and says so there", () => {
    expect(vetoResults(NATIONAL, figures, new Set(["primary", "junior"] as const)).find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
    expect(vetoStageNoneIssues(NATIONAL, figures, new Set(["primary", "junior"] as const)).map((i) => [i.code, i.severity, i.params])).toEqual(WARNED);
  });
});

describe("evaluate: the county's veto by its schools' stages", () => {
  it("clears a county of 小学 schools only", () => {
    expect(schoolChoice([primary(2), primary(3)], [NO_JUNIOR])).toEqual({ veto: { code: "V_school_choice", present: false, cell: "县级指标!B2" }, issues: [] });
  });

  it("holds a county with a 初中 school, and one with a nine-year school, 待评估 at C2 with the warning", () => {
    const held = { veto: { code: "V_school_choice", present: null, cell: "县级指标!C2" }, issues: WARNED };
    expect(schoolChoice([primary(2), junior(3)], [NO_JUNIOR])).toEqual(held);
    const nineYear = schoolRecord({ name: "九年制", row: 2, type: "nine_year", stage: null, stageFields: { primary: { students: 300 }, junior: { students: 200 } } });
    expect(schoolChoice([nineYear], [NO_JUNIOR])).toEqual(held);
  });

  it("is vetoed by a 有 given elsewhere, nothing said of C2", () => {
    const present: CountyFigure = { county: null, code: "V_school_choice", value: true, cell: "县级指标2!B2" };
    const r = schoolChoice([primary(2), junior(3)], [NO_JUNIOR, present]);
    expect([r.veto?.present, r.issues]).toEqual([true, []]);
  });

  it("says it in Chinese and in English, naming the cells, the text and the stage", () => {
    const params = (WARNED[0] as [string, string, Record<string, string>])[2];
    expect(message("county_figure_veto_stage_none", params, "zh")).toBe(
      "否决项“违规择校”在 县级指标!B2 填写为“无”，但同一行初中列的 县级指标!C2 填写为“无初中”（不涉及初中），而学校表中本县有初中学校：初中部分未作答，一票否决项在各学段都确定前不判定为无，该项待评估。请在 县级指标!C2 填写“有”或“无”",
    );
    expect(message("county_figure_veto_stage_none", params, "en")).toBe(
      "Veto item “Illegal school choice” says 无 at 县级指标!B2, but its junior secondary cell 县级指标!C2 on the same row says “无初中” (does not concern junior secondary), while the school sheet lists junior secondary schools for this county: junior secondary is left unanswered, and a veto item is not cleared until every stage is answered, so it is not yet assessed. Enter 有 or 无 in 县级指标!C2",
    );
  });
});
