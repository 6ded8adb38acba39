import { readCount, rotationCountKind, rotationRate } from "./rotationCounts";

describe("rotationCountKind", () => {
  it.each([
    ["交流轮岗教师人数（人）", "rotated"],
    ["教师交流轮岗人数", "rotated"],
    ["本年度交流轮岗教师数（名）", "rotated"],
    ["符合交流条件教师总数（人）", "eligible"],
    ["应交流轮岗教师人数", "eligible"],
    ["符合交流轮岗条件的教师数", "eligible"],
    // Rates, not counts: read as G11 by their names.
    ["教师交流轮岗比例", null],
    ["交流轮岗教师占符合交流条件教师总数的比例", null],
    ["骨干教师交流人数占交流轮岗教师总数比例", null],
    ["交流轮岗教师人数占比", null],
    // Backbone teachers' count is another item's part (G11_backbone_rotation), not either count.
    ["骨干教师交流轮岗人数", null],
    ["初中三年巩固率", null],
    ["专任教师总数（人）", null],
  ])("%s → %s", (name, kind) => expect(rotationCountKind(name)).toBe(kind));
});

describe("readCount", () => {
  it("reads a head count as written or stored as text; blank is not given; a percent or a word is not a count", () => {
    expect(readCount(45)).toEqual({ ok: true, value: 45 });
    expect(readCount("45")).toEqual({ ok: true, value: 45 });
    expect(readCount(" ３８０ ")).toEqual({ ok: true, value: 380 });
    expect(readCount(null)).toBeNull();
    expect(readCount("  ")).toBeNull();
    expect(readCount("45%")).toEqual({ ok: false });
    expect(readCount("较多")).toEqual({ ok: false });
    expect(readCount({ error: "#DIV/0!" })).toEqual({ ok: false });
  });
});

describe("rotationRate", () => {
  const rotated = (value: number) => ({ kind: "rotated" as const, value });
  const eligible = (value: number) => ({ kind: "eligible" as const, value });

  it("divides those rotated by those eligible: 45 / 380 = 9 / 76 = 0.1184210526…", () => {
    const outcome = rotationRate([rotated(45), eligible(380)]);
    expect(outcome?.kind).toBe("rate");
    expect(outcome?.kind === "rate" ? outcome.rate : NaN).toBeCloseTo(9 / 76, 12);
    expect(outcome?.kind === "rate" ? outcome.rate : NaN).toBeCloseTo(0.1184210526315789, 12);
  });

  it("all eligible rotated is a rate of 1 (380 / 380); none rotated is 0 (0 / 380)", () => {
    expect(rotationRate([eligible(380), rotated(380)])).toMatchObject({ kind: "rate", rate: 1 });
    expect(rotationRate([rotated(0), eligible(380)])).toMatchObject({ kind: "rate", rate: 0 });
  });

  it("says which count is missing when only one is given", () => {
    expect(rotationRate([rotated(45)])).toEqual({ kind: "missing", given: rotated(45), missing: "eligible" });
    expect(rotationRate([eligible(380)])).toEqual({ kind: "missing", given: eligible(380), missing: "rotated" });
  });

  it("gives no rate for zero eligible teachers (45 / 0), more rotated than eligible, or a negative count", () => {
    expect(rotationRate([rotated(45), eligible(0)])).toEqual({ kind: "no_eligible", rotated: rotated(45), eligible: eligible(0) });
    expect(rotationRate([rotated(400), eligible(380)])).toEqual({ kind: "inconsistent", rotated: rotated(400), eligible: eligible(380) });
    expect(rotationRate([rotated(-5), eligible(380)])).toEqual({ kind: "inconsistent", rotated: rotated(-5), eligible: eligible(380) });
  });

  it("is null with no count, and 'several' when a count is given twice", () => {
    expect(rotationRate([])).toBeNull();
    expect(rotationRate([rotated(45), rotated(50), eligible(380)])).toEqual({ kind: "several" });
  });
});
