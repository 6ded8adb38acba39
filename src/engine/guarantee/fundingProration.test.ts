import { fundingProration } from "./fundingProration";
import { schoolRecord } from "./testRecords";

const norm = { primary: 800, junior: 1040 };
/** A 九年一贯制 school of one row with its students by stage (表2). */
function nineYear(primary: number | undefined, junior: number | undefined) {
  const stageFields = { ...(primary === undefined ? {} : { primary: { students: primary } }), ...(junior === undefined ? {} : { junior: { students: junior } }) };
  return [schoolRecord({ name: "河北学校", row: 9, type: "nine_year", stage: null, stageFields })];
}

describe("fundingProration: a combined school's tier split between its stages' norms (rules.md §4 item 6)", () => {
  it("wb-C 河北学校, 166 + 210 students funded as 500: both stages with their norms", () => {
    // (800 × 166 + 1040 × 210) × 500 ÷ 376 = 467 021.28 is what the note spells out.
    expect(fundingProration(nineYear(166, 210), 500, norm)).toEqual({ stages: [{ stage: "primary", students: 166, norm: 800 }, { stage: "junior", students: 210, norm: 1040 }], students: 376, funded: 500 });
  });
  it("none when no tier raised the students (funded as its 376)", () => {
    expect(fundingProration(nineYear(166, 210), 376, norm)).toBeNull();
  });
  it("none for one stage with students (a 初中部 of 0), for zero students, or students not split by stage", () => {
    expect(fundingProration(nineYear(90, 0), 100, norm)).toBeNull();
    expect(fundingProration(nineYear(0, 0), 100, norm)).toBeNull();
    expect(fundingProration(nineYear(undefined, undefined), 100, norm)).toBeNull();
  });
});
