import { builtInProfile, resolveProfile } from "../../profiles/resolveProfile";
import { sizeCap, studentsOverCap } from "./sizeCheck";
import { schoolRecord } from "./testRecords";

const national = builtInProfile("national-2017");
const plain = [schoolRecord({ name: "甲", row: 5 })];
const old = [schoolRecord({ name: "乙", row: 6, flags: { builtBy2010: true } })];

describe("sizeCap", () => {
  it.each([
    ["primary", 2000],
    ["junior", 2000],
    ["teaching_point", 2000],
    ["complete_middle", 2000],
    ["nine_year", 2500],
    ["twelve_year", 2500],
  ] as const)("%s: %i", (type, cap) => {
    expect(sizeCap(type, national, plain)).toBe(cap);
  });
  it("relaxes to 2400 / 3000 for schools built by 2010", () => {
    expect(sizeCap("primary", national, old)).toBe(2400);
    expect(sizeCap("nine_year", national, old)).toBe(3000);
  });
  it("does not relax when the profile has no relaxation", () => {
    const strict = resolveProfile({ extends: "national-2017", id: "strict", guarantee: { schoolSize: { relaxedOld: null } } });
    expect(sizeCap("primary", strict, old)).toBe(2000);
  });
  it("has no cap for special, vocational and other schools", () => {
    expect(sizeCap("special", national, plain)).toBeNull();
    expect(sizeCap("vocational", national, plain)).toBeNull();
    expect(sizeCap("other", national, plain)).toBeNull();
  });
});

describe("studentsOverCap", () => {
  it("2130 students over 2000: 130", () => expect(studentsOverCap(2130, 2000)).toBe(130));
  it("exactly at the cap: 0", () => expect(studentsOverCap(2000, 2000)).toBe(0));
  it("zero students: 0", () => expect(studentsOverCap(0, 2000)).toBe(0));
});
