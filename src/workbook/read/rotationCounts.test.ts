import { addStages, backboneShare, readCount, rotationCountKind, rotationRate } from "./rotationCounts";

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
    // Backbone teachers rotated: the numerator of G11_backbone_rotation, over those rotated.
    ["骨干教师交流轮岗人数", "backbone"],
    ["交流轮岗骨干教师数（人）", "backbone"],
    ["骨干教师交流轮岗比例", null],
    ["骨干教师占交流轮岗比例", null],
    ["符合交流条件骨干教师数", null],
    ["初中三年巩固率", null],
    ["专任教师总数（人）", null],
    // 人次 counts heads (a teacher rotated twice is counted twice, as the county reports it): a count, never a rate.
    ["交流轮岗教师人次", "rotated"],
    ["交流轮岗教师（人次）", "rotated"],
    // Principals are not teachers: rule 11 counts teachers.
    ["交流轮岗校长人数", "principal"],
    ["符合交流条件校长总数（人）", "principal"],
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

  it("reads a count written with its unit (380人, 45 人次, ４５名); a unit alone or another word after the number is not a count", () => {
    expect(readCount("380人")).toEqual({ ok: true, value: 380 });
    expect(readCount("45 人次")).toEqual({ ok: true, value: 45 });
    expect(readCount("４５名")).toEqual({ ok: true, value: 45 });
    expect(readCount("人")).toEqual({ ok: false });
    expect(readCount("45所")).toEqual({ ok: false });
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

describe("backboneShare", () => {
  const rotated = (value: number) => ({ kind: "rotated" as const, value });
  const eligible = (value: number) => ({ kind: "eligible" as const, value });
  const backbone = (value: number) => ({ kind: "backbone" as const, value });

  it("divides the backbone teachers rotated by those rotated: 12 / 45 = 4 / 15 = 0.2666…; 9 / 45 = 0.2 exactly", () => {
    const outcome = backboneShare([rotated(45), eligible(380), backbone(12)]);
    expect(outcome?.kind).toBe("share");
    expect(outcome?.kind === "share" ? outcome.share : NaN).toBeCloseTo(4 / 15, 12);
    expect(outcome?.kind === "share" ? outcome.share : NaN).toBeCloseTo(0.26666666666666666, 12);
    expect(backboneShare([backbone(9), rotated(45)])).toMatchObject({ kind: "share", share: 0.2 });
    expect(backboneShare([backbone(0), rotated(45)])).toMatchObject({ kind: "share", share: 0 });
  });

  it("says the rotated count is missing; gives no share (not NaN) for none rotated, more backbone than rotated, or a negative count", () => {
    expect(backboneShare([backbone(12), eligible(380)])).toEqual({ kind: "rotated_missing", backbone: backbone(12) });
    expect(backboneShare([backbone(0), rotated(0)])).toEqual({ kind: "no_rotated", backbone: backbone(0), rotated: rotated(0) });
    expect(backboneShare([backbone(50), rotated(45)])).toEqual({ kind: "inconsistent", backbone: backbone(50), rotated: rotated(45) });
    expect(backboneShare([backbone(-1), rotated(45)])).toEqual({ kind: "inconsistent", backbone: backbone(-1), rotated: rotated(45) });
  });

  it("is null without a backbone count (the rate's counts alone), and 'several' when a count is given twice", () => {
    expect(backboneShare([rotated(45), eligible(380)])).toBeNull();
    expect(backboneShare([backbone(12), backbone(10), rotated(45)])).toEqual({ kind: "several" });
    expect(backboneShare([backbone(12), rotated(45), rotated(40)])).toEqual({ kind: "several" });
  });

  it("leaves the rotation rate to the rate's counts: a backbone count does not make it", () => {
    expect(rotationRate([backbone(12)])).toBeNull();
    expect(rotationRate([backbone(12), rotated(45), eligible(380)])).toMatchObject({ kind: "rate", rate: 45 / 380 });
  });
});

describe("addStages", () => {
  const row = (kind: "rotated" | "eligible" | "backbone", value: number, name: string) => ({ kind, value, name });

  it("adds up counts of one kind that differ only by stage: rotated 30 + 15 = 45, eligible 200 + 180 = 380, so 45 / 380 = 0.1184210…", () => {
    const rows = [row("rotated", 30, "交流轮岗教师人数（小学）"), row("rotated", 15, "交流轮岗教师人数（初中）"), row("eligible", 200, "小学符合交流条件教师总数"), row("eligible", 180, "初中符合交流条件教师总数")];
    const added = addStages(rows);
    expect(added.map((r) => [r.kind, r.value, r.parts.length])).toEqual([
      ["rotated", 45, 2],
      ["eligible", 380, 2],
    ]);
    const rate = rotationRate(added);
    expect(rate?.kind === "rate" ? rate.rate : NaN).toBeCloseTo(0.1184210526315789, 12);
  });

  it("keeps one row per kind as it is, and leaves rows that differ by more than stage, lack a stage or repeat one (they stay several)", () => {
    expect(addStages([row("rotated", 45, "交流轮岗教师人数")]).map((r) => [r.value, r.parts.length])).toEqual([[45, 1]]);
    const twice = [row("rotated", 45, "交流轮岗教师人数"), row("rotated", 50, "交流轮岗教师人数（初中）")];
    expect(addStages(twice).map((r) => r.value)).toEqual([45, 50]);
    const sameStage = [row("rotated", 30, "交流轮岗教师人数（小学）"), row("rotated", 15, "小学交流轮岗教师人数")];
    expect(addStages(sameStage).map((r) => r.value)).toEqual([30, 15]);
    const otherName = [row("rotated", 30, "交流轮岗教师人数（小学）"), row("rotated", 15, "跨校交流轮岗教师人数（初中）")];
    expect(addStages(otherName).map((r) => r.value)).toEqual([30, 15]);
  });

  it("keeps a stage left blank as given without a value: 30 covers 小学 alone, so 30 / (200 + 180) is no rate", () => {
    const rows = [{ kind: "rotated" as const, value: null, name: "交流轮岗教师人数（初中）" }, row("rotated", 30, "交流轮岗教师人数（小学）"), row("eligible", 200, "小学符合交流条件教师总数"), row("eligible", 180, "初中符合交流条件教师总数")];
    const added = addStages(rows);
    expect(added.map((r) => [r.kind, r.value, r.parts.map((p) => p.name), r.blank.map((p) => p.name), r.stages])).toEqual([
      ["rotated", 30, ["交流轮岗教师人数（小学）"], ["交流轮岗教师人数（初中）"], "小学"],
      ["eligible", 380, ["小学符合交流条件教师总数", "初中符合交流条件教师总数"], [], "小学+初中"],
    ]);
    expect(rotationRate(added)?.kind).toBe("uneven");
  });

  it("pairs counts of the same stages only: 小学 30 / 小学 200 = 0.15, 小学 30 / a total of 380 none", () => {
    const primary = addStages([row("rotated", 30, "交流轮岗教师人数（小学）"), row("eligible", 200, "符合交流条件教师总数（小学）")]);
    const rate = rotationRate(primary);
    expect(rate?.kind === "rate" ? rate.rate : NaN).toBeCloseTo(0.15, 12);
    expect(rotationRate(addStages([row("rotated", 30, "交流轮岗教师人数（小学）"), row("eligible", 380, "符合交流条件教师总数")]))?.kind).toBe("uneven");
    expect(backboneShare(addStages([row("backbone", 5, "骨干教师交流轮岗人数"), row("rotated", 30, "交流轮岗教师人数（小学）")]))?.kind).toBe("uneven");
  });

  it("drops a kind left blank at every stage: no count, so the eligible count is said to lack its partner", () => {
    const rows = [{ kind: "rotated" as const, value: null, name: "交流轮岗教师人数（小学）" }, { kind: "rotated" as const, value: null, name: "交流轮岗教师人数（初中）" }, row("eligible", 380, "符合交流条件教师总数")];
    expect(rotationRate(addStages(rows))).toMatchObject({ kind: "missing", missing: "rotated" });
  });
});
