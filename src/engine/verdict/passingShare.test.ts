import { tableOf } from "../table/sectionTable";
import { builtInProfile } from "../../profiles/resolveProfile";
import { sectionResult } from "../guarantee/testRecords";
import { passingShare, targetFor } from "./passingShare";

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

describe("passingShare", () => {
  it("2024: 17 of 20 = 0.85 reaches 85% exactly", () => {
    expect(passingShare(tableOf(sections(20, 17)), sichuan, 2024)).toEqual({ evaluated: 20, passing: 17, share: 0.85, target: { year: 2024, share: 0.85 }, met: true });
  });
  it("2024: 16 of 20 = 0.80 does not", () => {
    expect(passingShare(tableOf(sections(20, 16)), sichuan, 2024)).toMatchObject({ share: 0.8, met: false });
  });
  it("2025: 19 of 20 misses 100%, 20 of 20 reaches it", () => {
    expect(passingShare(tableOf(sections(20, 19)), sichuan, 2025)).toMatchObject({ share: 0.95, met: false });
    expect(passingShare(tableOf(sections(20, 20)), sichuan, 2025)).toMatchObject({ share: 1, met: true });
  });
  it("counts only sections in scope and evaluable", () => {
    const extra = [
      sectionResult({ recordId: "表1!90", included: false, exclusion: "special_education", pass: null }),
      sectionResult({ recordId: "表1!91", evaluable: false, pass: null, notEvaluable: ["x"] }),
    ];
    expect(passingShare(tableOf([...sections(4, 3), ...extra]), sichuan, 2024)).toMatchObject({ evaluated: 4, passing: 3, share: 0.75, met: false });
  });
  it("one section passing: share 1", () => {
    expect(passingShare(tableOf(sections(1, 1)), sichuan, 2025)).toMatchObject({ share: 1, met: true });
  });
  it("nothing evaluable: share and met null", () => {
    expect(passingShare(tableOf([]), sichuan, 2024)).toEqual({ evaluated: 0, passing: 0, share: null, target: { year: 2024, share: 0.85 }, met: null });
  });
  it("no target: met null", () => {
    expect(passingShare(tableOf(sections(10, 10)), national, 2024)).toMatchObject({ share: 1, target: null, met: null });
  });
});
