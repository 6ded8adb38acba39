import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { listedIssues } from "../../report/listedIssues";
import { groundMissing } from "./missingColumnIssues";
import { gridOf, issuesWith, readGridsOk } from "./testing";

describe("groundMissing", () => {
  it("names the ground area only when the indoor rooms are given without the ground area or the total", () => {
    expect(groundMissing(["teachingArea", "indoorSportsArea"])).toEqual(["sportsGroundArea"]);
    expect(groundMissing(["indoorSportsArea", "sportsGroundArea"])).toEqual([]);
    expect(groundMissing(["indoorSportsArea", "sportsTotalArea"])).toEqual([]);
    // No indoor column: L5 is the ground alone or the total (rules.md §2), or missing as L5 altogether (missingKeys).
    expect(groundMissing(["sportsGroundArea"])).toEqual([]);
    expect(groundMissing([])).toEqual([]);
  });
});

// Header on row 1: 室内体育用房 given, no 运动场地面积 and no 体育运动场馆面积; 丙小学 has its ground column nowhere either.
const HEADER = ["学校名称", "在校生数", "教学及辅助用房面积", "室内体育用房面积", "教学仪器设备值（元）"];

describe("a sheet giving the indoor sports rooms without the ground area", () => {
  it("says the missing ground column once, with the count of schools, not one L5 error per school", async () => {
    const read = await readGridsOk([gridOf([HEADER, ["甲小学", 300, 1500, 100, 600000], ["乙小学", 200, 1000, 0, 400000], ["丙小学", 100, 500, 50, 200000]])]);
    expect(issuesWith(read.issues, "read_columns_missing").map((i) => [i.cell, i.params.fieldList])).toEqual([["学校基本情况!A1", "qualifiedTeachers,backboneTeachers,peArtTeachers,multimediaRooms,sportsGroundArea"]]);
    const engine = evaluate(read.input, builtInProfile("national-2017")).issues;
    const listed = listedIssues(read.issues, engine);
    // Before: three missing_numerator L5 errors without a cell, one per school.
    expect(listed.filter((i) => i.code === "missing_numerator" && i.params.indicator === "L5")).toEqual([]);
    const l5 = listed.filter((i) => i.code === "read_column_missing_sections" && i.params.indicator === "L5");
    expect(l5.map((i) => [i.cell, i.params.field, i.params.count, i.params.sections])).toEqual([["学校基本情况!A1", "sportsGroundArea", 3, "甲小学@primary\n乙小学@primary\n丙小学@primary"]]);
  });

  it("keeps a per-school error at the blank cell when the ground column is there and one cell is blank", async () => {
    const header = [...HEADER, "运动场地面积"];
    const read = await readGridsOk([gridOf([header, ["甲小学", 300, 1500, 100, 600000, 2000], ["乙小学", 200, 1000, 0, 400000, null]])]);
    expect(issuesWith(read.issues, "read_columns_missing").map((i) => i.params.fieldList)).toEqual(["qualifiedTeachers,backboneTeachers,peArtTeachers,multimediaRooms"]);
    const listed = listedIssues(read.issues, evaluate(read.input, builtInProfile("national-2017")).issues);
    expect(listed.filter((i) => i.params.indicator === "L5").map((i) => [i.code, i.cell, i.params.school])).toEqual([["missing_numerator", "学校基本情况!F3", "乙小学"]]);
  });
});
