/**
 * The fast path's item verdicts (itemVerdicts, through fastCountyAreas) against the items the
 * reference path builds (evaluateCountyAreas): for every item the same code, area and verdict, and
 * the same issues in the same order. The verdicts are decided from counts of the check table, or by
 * building the item where the counts do not decide; each case below takes one of those ways.
 */
import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { countySections } from "../table/sectionTables";
import { randomInput } from "../testing/randomRecords";
import type { CountyFigure, SchoolRecord } from "../types";
import { evaluateCountyAreas, type CountyAreasInput } from "./evaluateCountyAreas";
import { fastCountyAreas } from "./fastCountyAreas";
import { recordRoles } from "./schoolRole";
import { schoolRecord, type Numbers } from "./testRecords";

const national = builtInProfile("national-2017");
const sichuan = builtInProfile("sichuan-guanghan-2024");
const COUNTY = "测试县";

/** A county's areas on both paths, from the same records and figures. */
function bothPaths(records: readonly SchoolRecord[], figures: readonly CountyFigure[], profile: Profile = national): { fast: ReturnType<typeof fastCountyAreas>; reference: ReturnType<typeof evaluateCountyAreas> } {
  const { sections } = countySections(records, profile);
  const args: CountyAreasInput = { county: COUNTY, records: sections.records, roles: recordRoles(sections.table, sections.records.length), figures, profile };
  const fast = fastCountyAreas(args, sections.columns);
  return { fast, reference: evaluateCountyAreas(args) };
}

const verdicts = (items: readonly { code: string; area: string; verdict: string }[]): string[] => items.map((i) => `${i.code}:${i.area}:${i.verdict}`);

/** Expects both paths to give the same verdicts and issues, and the items read late (the reference path's, built again) to say the verdicts the fast path decided. Returns the verdicts. */
function expectAgree(records: readonly SchoolRecord[], figures: readonly CountyFigure[] = [], profile: Profile = national): Record<string, string> {
  const { fast, reference } = bothPaths(records, figures, profile);
  expect(verdicts(fast.items)).toEqual(verdicts(reference.items));
  expect(fast.issues).toEqual(reference.issues);
  expect(verdicts(fast.builtItems())).toEqual(verdicts(fast.items));
  return Object.fromEntries(fast.items.map((i) => [i.code, i.verdict]));
}

const fig = (code: string, value: number | boolean, row = 2): CountyFigure => ({ county: COUNTY, code, value, cell: `保障!B${row}` });

/** Stands for a blank cell in `over`: the field is left out of the record. */
const BLANK = undefined as unknown as number;

/** A 小学 of 500 students in 12 classes, largest 40, 2 music and 2 art rooms stated compliant, 40 teachers all certified and trained; `over` replaces some (BLANK: left blank). */
function primary(name: string, row: number, over: Numbers = {}): SchoolRecord {
  const fields: Numbers = { students: 500, classes: 12, largestClass: 40, musicRoomsCompliant: 2, artRoomsCompliant: 2, teachers: 40, certifiedTeachers: 40, trainedTeachers: 40, ...over };
  for (const key of Object.keys(fields) as (keyof Numbers)[]) if (fields[key] === undefined) delete fields[key];
  return schoolRecord({ name, row, fields });
}

describe("itemVerdicts: the fast path's verdicts are the reference path's", () => {
  it("one school passing everything it is checked on: G3, G4, G5, G9, G12 met from its data; G6, G7, Q4 (no data) and every figure item not assessed", () => {
    const v = expectAgree([primary("甲小学", 5)]);
    expect([v.G3, v.G4, v.G5, v.G9, v.G12]).toEqual(["met", "met", "met", "met", "met"]);
    expect([v.G6, v.G7, v.Q4, v.G8, v.R1]).toEqual(["not_assessed", "not_assessed", "not_assessed", "not_assessed", "not_assessed"]);
  });

  it("all schools equal; one over the size cap (2,100 > 2,000): G4 not met by a count of the table", () => {
    expect(expectAgree([primary("甲", 5), primary("乙", 6), primary("丙", 7)]).G4).toBe("met");
    expect(expectAgree([primary("甲", 5), primary("乙", 6, { students: 2100 })]).G4).toBe("not_met");
  });

  it("a school with blank class data beside one that passes: G5 left to the built item (not assessed, partial note), as the reference", () => {
    const { fast } = bothPaths([primary("甲", 5), primary("乙", 6, { largestClass: BLANK })], []);
    expect(fast.items.find((i) => i.code === "G5")?.verdict).toBe("not_assessed");
    expect(fast.issues.map((i) => i.code)).toContain("guarantee_school_data_partial");
    expectAgree([primary("甲", 5), primary("乙", 6, { largestClass: BLANK })]);
  });

  it("a value that is not a number (largest class \"abc\" beside a school that passes): the record made usable without it, G5 left to the built item, as the reference", () => {
    const bad = primary("乙", 6);
    (bad.fields as unknown as Record<string, unknown>)["largestClass"] = { value: "abc", cell: "表1!P6" };
    expectAgree([primary("甲", 5), bad]);
  });

  it("zero students and a school without teacher counts: the rates from the others, or left to the built item", () => {
    expectAgree([primary("甲", 5), primary("乙", 6, { students: 0 })]);
    const v = expectAgree([primary("甲", 5), primary("乙", 6, { certifiedTeachers: BLANK })]);
    expect(v.G12).toBe("not_assessed");
  });

  it("the county's figure overruled by school data (G9 100% given, 39 of 40 trained): one warning at the figure's cell, as the reference", () => {
    const { fast } = bothPaths([primary("甲", 5, { trainedTeachers: 39 })], [fig("G9_training_rate", 1, 7)]);
    expect(fast.issues.filter((i) => i.code === "county_figure_overruled").map((i) => [i.params["item"], i.cell])).toEqual([["G9", "保障!B7"]]);
    expect(expectAgree([primary("甲", 5, { trainedTeachers: 39 })], [fig("G9_training_rate", 1, 7)]).G9).toBe("not_met");
  });

  it("items from the county's figures alone: G11 not met by one part (backbone 0.18 < 0.20), G8 met, Q3 met by 是", () => {
    const v = expectAgree([primary("甲", 5)], [fig("G11_rotation_rate", 0.12, 2), fig("G11_backbone_rotation", 0.18, 3), fig("G8_pay_ratio", 1.04, 4), fig("Q3_charter_digital", true, 5)]);
    expect([v.G11, v.G8, v.Q3]).toEqual(["not_met", "met", "met"]);
  });

  it("a figure of the wrong kind (G14 55 for 55%) and a figure item with no threshold: the same issues in the same order", () => {
    const noThreshold: Profile = { ...national, countyItems: { ...national.countyItems, G8_pay_ratio: { ...(national.countyItems["G8_pay_ratio"] as NonNullable<Profile["countyItems"][string]>), threshold: null } } };
    const { fast } = bothPaths([primary("甲", 5)], [fig("G14_quota_share", 55, 2), fig("G8_pay_ratio", 1.04, 3)], noThreshold);
    expect(fast.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["county_figure_ratio_above_one", "county_item_no_threshold"]));
    expectAgree([primary("甲", 5)], [fig("G14_quota_share", 55, 2), fig("G8_pay_ratio", 1.04, 3)], noThreshold);
  });

  it("G3 from rooms estimated from their area: the note, at the same place among the issues", () => {
    const estimated = primary("甲", 5, { musicRoomsCompliant: BLANK, musicRooms: 2, musicRoomsArea: 150 });
    const { fast } = bothPaths([estimated, primary("乙", 6)], [fig("G3_rooms", false, 9)]);
    expect(fast.issues.map((i) => i.code)).toContain("guarantee_rooms_estimated");
    expectAgree([estimated, primary("乙", 6)], [fig("G3_rooms", false, 9)]);
  });

  it("G7 judged per stage (a special school, the county's two stage figures): left to the built item", () => {
    const special = schoolRecord({ name: "特教学校", row: 40, type: "special", fields: { students: 86, publicFunding: 559000 } });
    expectAgree([primary("甲", 5), special], [fig("G7_special_primary", 5900, 2), fig("G7_special_junior", 6200, 3)]);
  });

  it("no teachers at all (the rates' denominator 0): both rates fall back to the county's figures, G12 0.5 not met, G9 100% met, nothing overruled", () => {
    const none: Numbers = { teachers: 0, certifiedTeachers: 0, trainedTeachers: 0 };
    const { fast } = bothPaths([primary("甲", 5, none), primary("乙", 6, none)], [fig("G12_certificate_rate", 0.5, 2), fig("G9_training_rate", 1, 3)]);
    expect(fast.issues.map((i) => i.code)).not.toContain("county_figure_overruled");
    const v = expectAgree([primary("甲", 5, none), primary("乙", 6, none)], [fig("G12_certificate_rate", 0.5, 2), fig("G9_training_rate", 1, 3)]);
    expect([v.G12, v.G9]).toEqual(["not_met", "met"]);
  });

  it("seeded random counties (spoiled values, figures, merged buckets) under both built-in profiles", () => {
    for (const profile of [national, sichuan]) {
      for (let seed = 1; seed <= 30; seed++) {
        const input = randomInput({ seed, schools: 12 + ((seed * 17) % 30), counties: [COUNTY], irregular: 0.25, figures: seed % 2 === 0, mergedBuckets: 0.2 });
        expectAgree(input.records, input.countyFigures, profile);
      }
    }
  });
});
