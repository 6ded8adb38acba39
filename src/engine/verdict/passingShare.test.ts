import { tableOf } from "../table/sectionTable";
import { sectionCounts } from "./sectionCounts";
import { builtInProfile } from "../../profiles/resolveProfile";
import { sectionResult } from "../guarantee/testRecords";
import { passingShare, targetFor, targetYearIssues } from "./passingShare";
import { evaluate } from "../evaluate";

/** The sections as countyVerdict hands them to the verdicts: counted once. */
const countedOf = (rows: Parameters<typeof tableOf>[0]) => sectionCounts(tableOf(rows));

const sichuan = builtInProfile("sichuan-guanghan-2024");
const national = builtInProfile("national-2017");

/** n sections of which `passing` pass. */
function sections(n: number, passing: number) {
  return Array.from({ length: n }, (_, i) => sectionResult({ recordId: `表1!${i + 5}`, pass: i < passing, metCount: i < passing ? 7 : 4 }));
}

describe("targetFor (Sichuan: 2024 85%, 2025 100%)", () => {
  it.each([
    [2024, { year: 2024, share: 0.85 }],
    [2025, { year: 2025, share: 1 }],
    [2026, { year: 2025, share: 1 }],
    [2023, null],
    [null, { year: 2025, share: 1 }],
  ] as const)("year %p → %p", (year, target) => expect(targetFor(sichuan, year)).toEqual(target));
  it("is null for a profile without targets", () => {
    expect(targetFor(national, 2024)).toBeNull();
  });
});

describe("targetYearIssues: the latest target standing in for a year not given, said once", () => {
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  it("says which year's target applies when no year is given (Sichuan plans 2024 and 2025: 2025)", () => {
    expect(targetYearIssues(sichuan, null)).toEqual([{ code: "target_year_assumed", severity: "info", cell: null, params: { year: 2025 } }]);
  });
  it("says nothing with a year, or under a profile that plans no targets (national-2017)", () => {
    expect(targetYearIssues(sichuan, 2024)).toEqual([]);
    expect(targetYearIssues(builtInProfile("national-2017"), null)).toEqual([]);
  });
  it("comes first among the evaluation's issues, once for all counties", () => {
    const issues = evaluate({ records: [], countyFigures: [], year: null }, sichuan).issues;
    expect(issues.map((i) => i.code)).toEqual(["target_year_assumed"]);
  });
});

describe("passingShare", () => {
  it("2024: 17 of 20 = 0.85 reaches 85% exactly", () => {
    expect(passingShare(countedOf(sections(20, 17)), sichuan, 2024)).toEqual({ evaluated: 20, passing: 17, unjudged: 0, inScope: 20, noStudents: 0, share: 0.85, target: { year: 2024, share: 0.85 }, met: true });
  });
  it("2024: 16 of 20 = 0.80 does not", () => {
    expect(passingShare(countedOf(sections(20, 16)), sichuan, 2024)).toMatchObject({ share: 0.8, met: false });
  });
  it("2025: 19 of 20 misses 100%, 20 of 20 reaches it", () => {
    expect(passingShare(countedOf(sections(20, 19)), sichuan, 2025)).toMatchObject({ share: 0.95, met: false });
    expect(passingShare(countedOf(sections(20, 20)), sichuan, 2025)).toMatchObject({ share: 1, met: true });
  });
  it("counts only sections in scope and evaluable", () => {
    const extra = [
      sectionResult({ recordId: "表1!90", included: false, exclusion: "special_education", pass: null }),
      sectionResult({ recordId: "表1!91", evaluable: false, pass: null, notEvaluable: ["x"] }),
    ];
    expect(passingShare(countedOf([...sections(4, 3), ...extra]), sichuan, 2024)).toMatchObject({ evaluated: 4, passing: 3, share: 0.75, met: false });
  });
  /** n sections in scope with students that could not be evaluated. */
  const unjudged = (n: number) => Array.from({ length: n }, (_, i) => sectionResult({ recordId: `表1!${i + 60}`, evaluable: false, pass: null, metCount: null, notEvaluable: ["missing_numerator"] }));

  it("1 of 1 judged with 4 unjudged is no 100%: the target waits (1 ÷ 5 = 20% … 5 ÷ 5 = 100% around 85%)", () => {
    expect(passingShare(countedOf([...sections(1, 1), ...unjudged(4)]), sichuan, 2024)).toEqual({ evaluated: 1, passing: 1, unjudged: 4, inScope: 5, noStudents: 0, share: 1, target: { year: 2024, share: 0.85 }, met: null });
  });
  it("decides the target when the unjudged sections cannot tip it either way", () => {
    // 18 of 20 judged pass, 1 unjudged: at worst 18 ÷ 21 = 0.857 ≥ 0.85 → met.
    expect(passingShare(countedOf([...sections(20, 18), ...unjudged(1)]), sichuan, 2024)).toMatchObject({ unjudged: 1, met: true });
    // 17 of 20 pass, 1 unjudged: at worst 17 ÷ 21 = 0.810, at best 18 ÷ 21 = 0.857 → undecided.
    expect(passingShare(countedOf([...sections(20, 17), ...unjudged(1)]), sichuan, 2024)).toMatchObject({ unjudged: 1, met: null });
    // 10 of 20 pass, 2 unjudged: at best 12 ÷ 22 = 0.545 < 0.85 → not met.
    expect(passingShare(countedOf([...sections(20, 10), ...unjudged(2)]), sichuan, 2024)).toMatchObject({ unjudged: 2, met: false });
  });
  it("does not count out-of-scope sections or in-scope ones with no students as unjudged", () => {
    const none = [
      sectionResult({ recordId: "表1!80", students: 0, evaluable: false, pass: null, metCount: null, notEvaluable: ["zero_students"] }),
      sectionResult({ recordId: "表1!81", included: false, exclusion: "special_education", evaluable: false, pass: null, metCount: null, notEvaluable: ["missing_numerator"] }),
    ];
    expect(passingShare(countedOf([...sections(20, 17), ...none]), sichuan, 2024)).toMatchObject({ unjudged: 0, met: true });
  });
  it("one section passing: share 1", () => {
    expect(passingShare(countedOf(sections(1, 1)), sichuan, 2025)).toMatchObject({ share: 1, met: true });
  });
  it("nothing evaluable: share and met null", () => {
    expect(passingShare(countedOf([]), sichuan, 2024)).toEqual({ evaluated: 0, passing: 0, unjudged: 0, inScope: 0, noStudents: 0, share: null, target: { year: 2024, share: 0.85 }, met: null });
  });
  it("no target: met null", () => {
    expect(passingShare(countedOf(sections(10, 10)), national, 2024)).toMatchObject({ share: 1, target: null, met: null });
  });
});

describe("passingShare and targetYearIssues: edge cases", () => {
  const withTargets = (targets: { year: number; share: number }[]) => ({ ...sichuan, targets });

  it("targetYearIssues takes the latest planned year whatever the profile's order, and a single target's year", () => {
    expect(targetYearIssues(withTargets([{ year: 2025, share: 1 }, { year: 2024, share: 0.85 }]), null).map((i) => i.params)).toEqual([{ year: 2025 }]);
    expect(targetYearIssues(withTargets([{ year: 2030, share: 0.9 }]), null).map((i) => i.params)).toEqual([{ year: 2030 }]);
    expect(targetYearIssues(withTargets([]), null)).toEqual([]);
  });

  it("targetYearIssues says nothing for a given year before every target (no target applies, nothing was assumed) or long after them", () => {
    expect(targetFor(sichuan, 2000)).toBeNull();
    expect(targetYearIssues(sichuan, 2000)).toEqual([]);
    expect(targetYearIssues(sichuan, 2099)).toEqual([]);
  });

  it("no section passing: share 0, not null, and the target missed", () => {
    expect(passingShare(countedOf(sections(20, 0)), sichuan, 2024)).toEqual({ evaluated: 20, passing: 0, unjudged: 0, inScope: 20, noStudents: 0, share: 0, target: { year: 2024, share: 0.85 }, met: false });
  });

  it("every section in scope unjudged: no share, no verdict, all of them in scope", () => {
    const unjudged = Array.from({ length: 3 }, (_, i) => sectionResult({ recordId: `表1!${i + 60}`, evaluable: false, pass: null, metCount: null, notEvaluable: ["missing_numerator"] }));
    expect(passingShare(countedOf(unjudged), sichuan, 2024)).toEqual({ evaluated: 0, passing: 0, unjudged: 3, inScope: 3, noStudents: 0, share: null, target: { year: 2024, share: 0.85 }, met: null });
  });

  it("one section failing: share 0, missed; a target of 0 is met even by none passing (0 ÷ 20 ≥ 0)", () => {
    expect(passingShare(countedOf(sections(1, 0)), sichuan, 2024)).toMatchObject({ evaluated: 1, share: 0, met: false });
    expect(passingShare(countedOf(sections(20, 0)), withTargets([{ year: 2024, share: 0 }]), 2024)).toMatchObject({ share: 0, met: true });
  });
});
