// s52 H5: 违规择校 | 无 | (blank) under 小学 | 初中 held a county with no 初中 school 待评估, and told it to
// write / in the 初中 cell: the reader does not know the county's stages. Now the reader keeps the 无,
// marked with its blank stage cell, and the engine holds the item only when the county has sections of
// that stage. Expected by hand: a county of 小学 schools only is cleared (无 at B2); one with a 初中
// school (or a nine-year school, 小学 and 初中) is 待评估 at the blank cell C2, as before.
import { evaluate } from "../evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CountyFigure, SchoolRecord } from "../types";
import { schoolRecord } from "./testRecords";
import { countyStages, stagesAsked, vetoResults } from "./vetoResults";

const NATIONAL = builtInProfile("national-2017");
const BLANK_JUNIOR: CountyFigure = { county: null, code: "V_school_choice", value: false, cell: "县级指标!B2", blankStageCells: [{ stage: "junior", cell: "县级指标!C2" }] };
const primary = (row: number) => schoolRecord({ name: `小学${row}`, row, type: "primary", stage: "primary", fields: { students: 600 } });
const junior = (row: number) => schoolRecord({ name: `初中${row}`, row, type: "junior", stage: "junior", fields: { students: 500 } });

/** The county's V_school_choice as the whole evaluation gives it. */
function schoolChoice(records: readonly SchoolRecord[], figures: readonly CountyFigure[]) {
  const evaluation = evaluate({ records, countyFigures: figures, year: null }, NATIONAL);
  return evaluation.counties[0]?.veto.find((v) => v.code === "V_school_choice");
}

describe("countyStages", () => {
  it("gives each record's stages once: a section's own, a nine-year school's two", () => {
    expect([...countyStages([primary(2), primary(3)])]).toEqual(["primary"]);
    expect([...countyStages([primary(2), junior(3)])].sort()).toEqual(["junior", "primary"]);
    expect([...countyStages([schoolRecord({ name: "九年制", row: 2, type: "nine_year", stage: null })])].sort()).toEqual(["junior", "primary"]);
    expect(countyStages([]).size).toBe(0);
  });
});

describe("stagesAsked: the county's stages only when a veto figure carries stage cells", () => {
  const records = [primary(2), junior(3)];
  it("walks the records when a figure has a blank or a 'none' stage cell", () => {
    expect([...stagesAsked(NATIONAL, new Map([["V_school_choice", BLANK_JUNIOR]]), records)].sort()).toEqual(["junior", "primary"]);
    const none: CountyFigure = { county: null, code: "V_key_schools", value: false, cell: "县级指标!B3", noneStageCells: [{ stage: "junior", cell: "县级指标!C3", text: "无初中" }] };
    expect([...stagesAsked(NATIONAL, new Map([["V_key_schools", none]]), records)].sort()).toEqual(["junior", "primary"]);
  });

  it("gives no stage when no figure carries one (plain 无, no figures, a non-veto figure's cells)", () => {
    const plain: CountyFigure = { county: null, code: "V_school_choice", value: false, cell: "县级指标!B2" };
    expect(stagesAsked(NATIONAL, new Map([["V_school_choice", plain]]), records).size).toBe(0);
    expect(stagesAsked(NATIONAL, new Map(), records).size).toBe(0);
    expect(stagesAsked(NATIONAL, new Map([["G14_quota_share", { ...BLANK_JUNIOR, code: "G14_quota_share" }]]), records).size).toBe(0);
  });
});

describe("vetoResults: a 无 beside a blank stage cell", () => {
  const figures = new Map([["V_school_choice", BLANK_JUNIOR]]);

  it("is cleared at the 无's cell in a county without that stage", () => {
    const r = vetoResults(NATIONAL, figures, new Set(["primary"] as const));
    expect(r.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
  });

  it("is held at the blank cell in a county with that stage", () => {
    const r = vetoResults(NATIONAL, figures, new Set(["primary", "junior"] as const));
    expect(r.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
  });

  it("leaves a 无 with no blank cell, and the other items, as before", () => {
    const plain = new Map([["V_school_choice", { county: null, code: "V_school_choice", value: false, cell: "县级指标!B2" }]]);
    const r = vetoResults(NATIONAL, plain, new Set(["primary", "junior"] as const));
    expect(r.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
    expect(r.find((v) => v.code === "V_key_schools")).toEqual({ code: "V_key_schools", present: null, cell: null });
  });
});

describe("evaluate: the county's veto by its schools' stages", () => {
  it("clears a county of 小学 schools only (two schools, 600 each)", () => {
    expect(schoolChoice([primary(2), primary(3)], [BLANK_JUNIOR])).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
  });

  it("holds a county with a 初中 school, and one with a nine-year school, 待评估 at C2", () => {
    const held = { code: "V_school_choice", present: null, cell: "县级指标!C2" };
    expect(schoolChoice([primary(2), junior(3)], [BLANK_JUNIOR])).toEqual(held);
    const nineYear = schoolRecord({ name: "九年制", row: 2, type: "nine_year", stage: null, stageFields: { primary: { students: 300 }, junior: { students: 200 } } });
    expect(schoolChoice([nineYear], [BLANK_JUNIOR])).toEqual(held);
  });

  it("holds a county of 小学 schools whose blank cell is the 小学 one (违规择校 | (blank) | 无)", () => {
    const blankPrimary: CountyFigure = { county: null, code: "V_school_choice", value: false, cell: "县级指标!C2", blankStageCells: [{ stage: "primary", cell: "县级指标!B2" }] };
    expect(schoolChoice([primary(2)], [blankPrimary])).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!B2" });
  });

  it("is vetoed by a 有 given elsewhere whatever the blank cell says", () => {
    const present: CountyFigure = { county: null, code: "V_school_choice", value: true, cell: "县级指标2!B2" };
    expect(schoolChoice([primary(2), junior(3)], [BLANK_JUNIOR, present])?.present).toBe(true);
  });
});
