import { evaluateIndicator, indicatorStatus, type IndicatorInput } from "./evaluateIndicator";
import { evaluate } from "./evaluate";
import { AT_STANDARD_PRIMARY, NATIONAL, recordOf } from "./testing/fixtures";

function run(over: Partial<IndicatorInput> & Pick<IndicatorInput, "code" | "numerator" | "students">) {
  return evaluateIndicator({ stage: "primary", cells: [], ...over }, NATIONAL);
}

describe("evaluateIndicator: hand-checked values", () => {
  it("L1 primary: 18 teachers, 376 students", () => {
    // 18 ÷ 376 × 100 = 4.787234042553…; ≥ 4.2 → met; need ceil(15.792 − 18) < 0 → 0.
    const r = run({ code: "L1", numerator: 18, students: 376 });
    expect(r.value).toBeCloseTo(4.787234042553, 10);
    expect(r).toMatchObject({ standard: 4.2, status: "met", shortfall: 0 });
    expect(r.floor).toBeCloseTo(3.57, 12);
    expect(r.ratio).toBeCloseTo(4.787234042553 / 4.2, 10);
  });
  it("L1 junior: 20 teachers, 410 students", () => {
    // 20 ÷ 410 × 100 = 4.878048780…; standard 5.3, floor 4.505 → floor;
    // need ceil(5.3 × 410 ÷ 100 − 20) = ceil(21.73 − 20) = 2 teachers.
    const r = run({ code: "L1", stage: "junior", numerator: 20, students: 410 });
    expect(r.value).toBeCloseTo(4.87804878, 8);
    expect(r).toMatchObject({ standard: 5.3, status: "floor", shortfall: 2 });
  });
  it("L2 primary: 3 backbone teachers, 376 students", () => {
    // 3 ÷ 376 × 100 = 0.797872…; floor 0.85 → below; need ceil(3.76 − 3) = 1.
    const r = run({ code: "L2", numerator: 3, students: 376 });
    expect(r.value).toBeCloseTo(0.79787234, 8);
    expect(r).toMatchObject({ status: "below", shortfall: 1 });
  });
  it("L3 primary: 3 PE / arts teachers, 376 students", () => {
    // 3 ÷ 376 × 100 = 0.797872…; standard 0.9, floor 0.765 → floor; need ceil(3.384 − 3) = 1.
    const r = run({ code: "L3", numerator: 3, students: 376 });
    expect(r).toMatchObject({ status: "floor", shortfall: 1 });
  });
  it("L4 primary: 2600 m² (after deduction), 376 students", () => {
    // 2600 ÷ 376 = 6.914893617…; ≥ 4.5 → met; need 1692 − 2600 < 0 → 0.
    const r = run({ code: "L4", numerator: 2600, students: 376, cells: ["T!teachingArea", "T!indoorSportsArea"] });
    expect(r.value).toBeCloseTo(6.914893617, 8);
    expect(r).toMatchObject({ status: "met", shortfall: 0, cells: ["T!teachingArea", "T!indoorSportsArea"] });
  });
  it("L5 junior: 3500 m², 410 students", () => {
    // 3500 ÷ 410 = 8.536585…; standard 10.2, floor 8.67 → below; need 10.2 × 410 − 3500 = 4182 − 3500 = 682 m².
    const r = run({ code: "L5", stage: "junior", numerator: 3500, students: 410 });
    expect(r.value).toBeCloseTo(8.53658537, 7);
    expect(r.status).toBe("below");
    expect(r.shortfall).toBeCloseTo(682, 8);
  });
  it("L6 primary: 700 000 yuan, 376 students", () => {
    // 700000 ÷ 376 = 1861.702127…; standard 2000, floor 1700 → floor; need 752 000 − 700 000 = 52 000 yuan.
    const r = run({ code: "L6", numerator: 700_000, students: 376 });
    expect(r.value).toBeCloseTo(1861.70212766, 6);
    expect(r.status).toBe("floor");
    expect(r.shortfall).toBeCloseTo(52_000, 6);
  });
  it("L7 junior: 9 rooms, 410 students", () => {
    // 9 ÷ 410 × 100 = 2.195121…; standard 2.4, floor 2.04 → floor; need ceil(9.84 − 9) = 1 room.
    const r = run({ code: "L7", stage: "junior", numerator: 9, students: 410 });
    expect(r.value).toBeCloseTo(2.19512195, 7);
    expect(r).toMatchObject({ status: "floor", shortfall: 1 });
  });
});

describe("indicatorStatus edges", () => {
  it("exactly at standard is met, exactly at 85% is floor, just under is below", () => {
    expect(indicatorStatus(4.2, 4.2, 3.57)).toBe("met");
    expect(indicatorStatus(3.57, 4.2, 4.2 * 0.85)).toBe("floor");
    expect(indicatorStatus(3.5699, 4.2, 3.57)).toBe("below");
  });
  it("computed values exactly at the edges", () => {
    // L1: 420 ÷ 10000 × 100 = 4.2 → met; 357 → 3.57 = 85% → floor; 356 → 3.56 → below.
    expect(run({ code: "L1", numerator: 420, students: 10000 }).status).toBe("met");
    expect(run({ code: "L1", numerator: 357, students: 10000 }).status).toBe("floor");
    expect(run({ code: "L1", numerator: 356, students: 10000 }).status).toBe("below");
    // L7: 2.3 × 0.85 = 1.9549999999999998 in binary; 195.5 rooms ÷ 10000 × 100 = 1.955 → floor.
    expect(run({ code: "L7", numerator: 195.5, students: 10000 }).status).toBe("floor");
  });
});

describe("evaluateIndicator: edge cases", () => {
  it("a 0 numerator is value 0, below, and the whole standard is short (a real 0, not a missing value)", () => {
    // L2 primary: 0 ÷ 376 × 100 = 0 < 0.85 → below; need ceil(1.0 × 376 ÷ 100 − 0) = ceil(3.76) = 4 teachers.
    expect(run({ code: "L2", numerator: 0, students: 376 })).toMatchObject({ value: 0, ratio: 0, status: "below", shortfall: 4 });
    // L6 junior: 0 ÷ 410 = 0 → below; need 2500 × 410 − 0 = 1 025 000 yuan.
    const l6 = run({ code: "L6", stage: "junior", numerator: 0, students: 410 });
    expect(l6).toMatchObject({ value: 0, status: "below" });
    expect(l6.shortfall).toBeCloseTo(1_025_000, 6);
  });
  it("one student: 1 teacher is 100 per 100 (met); none needs a whole teacher, ceil(4.2 × 1 ÷ 100) = ceil(0.042) = 1", () => {
    expect(run({ code: "L1", numerator: 1, students: 1 })).toMatchObject({ value: 100, status: "met", shortfall: 0 });
    expect(run({ code: "L1", numerator: 0, students: 1 })).toMatchObject({ value: 0, status: "below", shortfall: 1 });
    // L5 primary, 1 student, 7 m²: 7 < 7.5, ≥ 6.375 → floor; need 7.5 − 7 = 0.5 m².
    const l5 = run({ code: "L5", numerator: 7, students: 1 });
    expect(l5.status).toBe("floor");
    expect(l5.shortfall).toBeCloseTo(0.5, 12);
  });
  it("at the floor a whole teacher may still be short of the standard: L3 junior 153 PE / arts teachers, 20 000 students", () => {
    // 153 ÷ 20000 × 100 = 0.765 = 0.85 × 0.9 → floor; need ceil(0.9 × 20000 ÷ 100 − 153) = ceil(180 − 153) = 27.
    expect(run({ code: "L3", stage: "junior", numerator: 153, students: 20000 })).toMatchObject({ status: "floor", shortfall: 27 });
    // 152 → 0.76 < 0.765 → below; 28 short.
    expect(run({ code: "L3", stage: "junior", numerator: 152, students: 20000 })).toMatchObject({ status: "below", shortfall: 28 });
  });
});

/** Every number anywhere in `value` (a result tree), for checking that none is NaN or ±Infinity. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(numbersIn);
}

describe("evaluateIndicator is never reached with what would make NaN or Infinity (through evaluate)", () => {
  it.each(["fast", "reference"] as const)("%s path: 0 students with numerators at hand: no indicator at all (420 ÷ 0 would be Infinity, 'met'), a zero_students issue at the cell", (paths) => {
    const evaluation = evaluate({ records: [recordOf({ ...AT_STANDARD_PRIMARY, students: 0 })], countyFigures: [], year: 2024 }, NATIONAL, { paths });
    const section = evaluation.counties[0]?.sections[0];
    expect(section).toMatchObject({ indicators: {}, evaluable: false, metCount: null, pass: null, students: 0 });
    expect(evaluation.issues.filter((i) => i.code === "zero_students").map((i) => i.cell)).toEqual(["T!students"]);
    expect(numbersIn(evaluation.counties).filter((n) => !Number.isFinite(n))).toEqual([]);
  });
  it.each(["fast", "reference"] as const)("%s path: a numerator stored as text ('420'): L1 not computed, reported at its cell, the other six computed from the same students", (paths) => {
    const record = recordOf(AT_STANDARD_PRIMARY);
    const spoilt = { ...record, fields: { ...record.fields, qualifiedTeachers: { value: "420" as unknown as number, cell: "T!qualifiedTeachers" } } };
    const evaluation = evaluate({ records: [spoilt], countyFigures: [], year: 2024 }, NATIONAL, { paths });
    const section = evaluation.counties[0]?.sections[0];
    expect(section?.indicators.L1).toBeUndefined();
    // 6 at standard and L1 unknown: it could pass or fail, so neither (rules.md §2).
    expect(section).toMatchObject({ evaluable: false, metCount: null, pass: null });
    expect(section?.indicators.L2?.value).toBeCloseTo(1, 12); // 100 ÷ 10000 × 100
    expect(evaluation.issues.filter((i) => ["value_not_number", "missing_numerator"].includes(i.code)).map((i) => [i.code, i.cell])).toEqual([
      ["value_not_number", "T!qualifiedTeachers"],
      ["missing_numerator", "T!qualifiedTeachers"],
    ]);
    expect(numbersIn(evaluation.counties).filter((n) => !Number.isFinite(n))).toEqual([]);
  });
});
