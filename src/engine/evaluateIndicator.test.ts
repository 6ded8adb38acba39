import { evaluateIndicator, indicatorStatus, type IndicatorInput } from "./evaluateIndicator";
import { NATIONAL } from "./testing/fixtures";

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
