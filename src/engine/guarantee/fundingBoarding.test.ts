import { fundingBoarding } from "./fundingBoarding";
import { schoolRecord } from "./testRecords";

describe("fundingBoarding: the boarding extra a school's funding requirement adds (rules.md §4 item 6)", () => {
  it("河口乡中学, 463 boarders at Sichuan's 300 yuan each (300 × 463 = 138 900 added to the norm)", () => {
    const records = [schoolRecord({ name: "河口乡中学", row: 7, type: "junior", stage: "junior", fields: { students: 463, boardingStudents: 463 }, flags: { boarding: true } })];
    expect(fundingBoarding(records, 300)).toEqual({ boarders: 463, perBoarder: 300 });
  });
  it("a school of two 部 rows: the boarders of both", () => {
    const primary = schoolRecord({ name: "小河学校（小学部）", row: 2, type: "primary", stage: "primary", fields: { students: 60, boardingStudents: 15 } });
    const junior = schoolRecord({ name: "小河学校（初中部）", row: 3, type: "junior", stage: "junior", fields: { students: 30, boardingStudents: 25 } });
    expect(fundingBoarding([primary, junior], 300)).toEqual({ boarders: 40, perBoarder: 300 });
  });
  it("none with no extra per boarder (national-2017), no boarders, or none given", () => {
    const boarding = [schoolRecord({ name: "甲中学", row: 4, type: "junior", stage: "junior", fields: { students: 300, boardingStudents: 120 } })];
    const none = [schoolRecord({ name: "乙中学", row: 5, type: "junior", stage: "junior", fields: { students: 300, boardingStudents: 0 } })];
    const blank = [schoolRecord({ name: "丙中学", row: 6, type: "junior", stage: "junior", fields: { students: 300 } })];
    expect(fundingBoarding(boarding, 0)).toBeNull();
    expect(fundingBoarding(none, 300)).toBeNull();
    expect(fundingBoarding(blank, 300)).toBeNull();
  });
});
