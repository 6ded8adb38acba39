import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { countySections } from "../table/sectionTables";
import { NATIONAL, recordOf } from "../testing/fixtures";
import type { FieldKey, Fields, SchoolRecord } from "../types";
import { checkTable, rowOf } from "./checkTable";
import { generalSchoolChecks } from "./fastSchoolChecks";
import { plainPlan, plainSchoolChecks } from "./plainSchoolChecks";
import { groupSchools } from "./schoolGroups";
import { seeded, type Rng } from "../../../test/fixtures/data/random";
import { recordRoles } from "./schoolRole";

/** The plain checks of the one school of `records`: what they return, and the row they wrote (rowOf; an empty row when they wrote none). */
function plain(records: readonly SchoolRecord[], profile: Profile = NATIONAL): { taken: boolean | null; row: ReturnType<typeof rowOf> } {
  const { sections } = countySections(records, profile);
  const roles = recordRoles(sections.table, records.length);
  const [group] = groupSchools(sections.records);
  if (group === undefined) throw new Error("no school");
  const table = checkTable(1);
  // A school of several rows is not plain: nothing to check here.
  const taken = group.indexes.length === 1 ? plainSchoolChecks(group.records[0] as SchoolRecord, group.indexes[0] ?? 0, sections.columns, roles, plainPlan(profile), table, 0) : null;
  return { taken, row: rowOf(table, 0) };
}

const EMPTY_ROW = { name: "", counted: false, checks: {}, teachers: [null, null, null], roomsEstimated: false };

describe("plainPlan: the constants of the plain checks, once per profile", () => {
  it("national: class limits 45 (小学) and 50 (初中), cap 2000, Q4 at least 5%, no funding norm", () => {
    const plan = plainPlan(NATIONAL);
    expect([plan.limits, plan.cap, plan.q4?.threshold, plan.funded]).toEqual([[45, 50], 2000, 0.05, false]);
    expect(plainPlan(NATIONAL)).toBe(plan);
  });
});

describe("plainSchoolChecks against figures worked by hand (national: rooms 96 / 90 m², 12 classes a room; old schools 73 / 67 m² and 2400 students)", () => {
  it("a 小学 of 2130 students, 30 classes, largest 40, 3 + 3 rooms of 300 m², 100 teachers, 98 trained, 5 000 of 200 000 yuan on training", () => {
    const school = recordOf({ students: 2130, classes: 30, largestClass: 40, musicRooms: 3, musicRoomsArea: 300, artRooms: 3, artRoomsArea: 300, teachers: 100, trainedTeachers: 98, trainingFunds: 5000, publicFunding: 200_000 });
    // G3: ⌈30 ÷ 12⌉ = 3 needed; min(3, ⌊300 ÷ 96⌋ = 3) music and min(3, ⌊300 ÷ 90⌋ = 3) art comply: 0 short, an estimate (300 ≥ 3 × 96 surely holds 1, not 3).
    // G4: 2130 − 2000 = 130 over. G5: 40 ≤ 45, none over. Q4: 5 000 ÷ 200 000 = 0.025 < 0.05, fails.
    expect(plain([school])).toEqual({
      taken: true,
      row: { name: "School", counted: true, checks: { G3: { status: "pass", value: 0 }, G4: { status: "fail", value: 130 }, G5: { status: "pass", value: 0 }, Q4: { status: "fail", value: 0.025 } }, teachers: [100, null, 98], roomsEstimated: true },
    });
  });

  it("a 初中 whose largest class is 51 (> 50): at least one class over, no figure; 25 classes need 3 rooms, 2 art rooms short", () => {
    const school = recordOf({ students: 1000, classes: 25, largestClass: 51, musicRoomsCompliant: 3, artRoomsCompliant: 1 }, { type: "junior", stage: "junior" });
    const { row } = plain([school]);
    // G3: ⌈25 ÷ 12⌉ = 3; 3 music and 1 art stated compliant: 0 + 2 short, no estimate. G4: 1000 under 2000.
    expect(row.checks).toEqual({ G3: { status: "fail", value: 2 }, G4: { status: "pass", value: 0 }, G5: { status: "fail", value: null }, Q4: { status: "unknown", value: null } });
    expect(row.roomsEstimated).toBe(false);
  });

  it("a 小学 built in 2009: rooms judged at 73 / 67 m² and the cap at 2400", () => {
    const school = recordOf({ students: 2130, classes: 24, musicRooms: 2, musicRoomsArea: 150, artRooms: 2, artRoomsArea: 140 }, { flags: { builtYear: 2009 } });
    // G3: ⌈24 ÷ 12⌉ = 2; ⌊150 ÷ 73⌋ = 2 music, ⌊140 ÷ 67⌋ = 2 art (at 96 / 90 m²: 1 and 1). G4: 2130 under 2400.
    const { row } = plain([school]);
    expect(row.checks.G3).toEqual({ status: "pass", value: 0 });
    expect(row.checks.G4).toEqual({ status: "pass", value: 0 });
  });

  it("a 小学 of 24 classes with 1 music room stated compliant and nothing else: G3 fails without a figure, the rest unknown, nothing written for what it lacks", () => {
    const school = recordOf({ classes: 24, musicRoomsCompliant: 1, trainingFunds: 100, publicFunding: 0 });
    // G3: ⌈24 ÷ 12⌉ = 2 needed, 1 music room: 1 short → fail; art unknown → no total. G4: no students; G5: no largest class; Q4: no budget (0) → unknown.
    const { row } = plain([school]);
    expect(row.checks).toEqual({ G3: { status: "fail", value: null }, G4: { status: "unknown", value: null }, G5: { status: "unknown", value: null }, Q4: { status: "unknown", value: null } });
    expect([row.teachers, row.roomsEstimated, row.counted]).toEqual([[null, null, null], false, true]);
    // With 2 music rooms: none short, art still unknown → unknown, no figure.
    expect(plain([recordOf({ classes: 24, musicRoomsCompliant: 2 })]).row.checks.G3).toEqual({ status: "unknown", value: null });
  });

  it("leaves the figures of the checks without one as emptyCheckTable made them (0, not given), as putCheck wrote them", () => {
    const { sections } = countySections([recordOf({ classes: 24, musicRoomsCompliant: 1 })], NATIONAL);
    const [group] = groupSchools(sections.records);
    const table = checkTable(1);
    expect(plainSchoolChecks(group?.records[0] as SchoolRecord, 0, sections.columns, recordRoles(sections.table, 1), plainPlan(NATIONAL), table, 0)).toBe(true);
    // G3 G4 G5 G6 G7 Q4: fail, unknown, unknown, none, none, unknown; no figure given.
    expect([...table.status]).toEqual([2, 3, 3, 0, 0, 3]);
    expect([...table.value, ...table.given, ...table.teacher, ...table.teacherGiven]).toEqual(new Array(18).fill(0));
  });

  it("at each limit exactly: 2000 students, largest class 45, training 5% of the budget pass; one more student, one more in the class fail", () => {
    // G4: 2000 ≤ 2000 → pass 0; G5: 45 ≤ 45 → pass 0; Q4: 10 000 ÷ 200 000 = 0.05 ≥ 0.05 → pass.
    const at = plain([recordOf({ students: 2000, largestClass: 45, trainingFunds: 10_000, publicFunding: 200_000 })]).row.checks;
    expect([at.G4, at.G5, at.Q4]).toEqual([{ status: "pass", value: 0 }, { status: "pass", value: 0 }, { status: "pass", value: 0.05 }]);
    // G4: 2001 − 2000 = 1 over; G5: 46 > 45, at least one class over, no count; Q4: 9 999 ÷ 200 000 = 0.049995 < 0.05.
    const over = plain([recordOf({ students: 2001, largestClass: 46, trainingFunds: 9_999, publicFunding: 200_000 })]).row.checks;
    expect([over.G4, over.G5, over.Q4]).toEqual([{ status: "fail", value: 1 }, { status: "fail", value: null }, { status: "fail", value: 0.049995 }]);
    // 初中: its limit is 50.
    expect(plain([recordOf({ students: 800, largestClass: 50 }, { type: "junior", stage: "junior" })]).row.checks.G5).toEqual({ status: "pass", value: 0 });
  });

  it("a school of 0 students and 0 classes: none over the cap, no class over its limit", () => {
    const { taken, row } = plain([recordOf({ students: 0, classes: 0, largestClass: 0 })]);
    expect([taken, row.checks.G4, row.checks.G5]).toEqual([true, { status: "pass", value: 0 }, { status: "pass", value: 0 }]);
  });

  it("music rooms without their area: false, for the reference path to word the problem", () => {
    expect(plain([recordOf({ students: 500, classes: 12, musicRooms: 1 })]).taken).toBe(false);
  });
});

/** Numbers of one stage of a combined row (stageFields), without cells. */
function stage(values: Readonly<Partial<Record<FieldKey, number>>>): Fields {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value, cell: null }]));
}

/** A 九年一贯制 school of one row: whole-row `fields`, and the numbers of each stage. */
function combinedRow(fields: Readonly<Partial<Record<FieldKey, number>>>, primary: Readonly<Partial<Record<FieldKey, number>>>, junior: Readonly<Partial<Record<FieldKey, number>>>): SchoolRecord {
  return recordOf(fields, { type: "nine_year", stage: null, stageFields: { primary: stage(primary), junior: stage(junior) } });
}

/** The general fast path's row for the same school (generalSchoolChecks), which the plain checks must equal. */
function general(records: readonly SchoolRecord[], profile: Profile = NATIONAL): { taken: boolean; row: ReturnType<typeof rowOf> } {
  const { sections } = countySections(records, profile);
  const [group] = groupSchools(sections.records);
  if (group === undefined) throw new Error("no school");
  const table = checkTable(1);
  const taken = generalSchoolChecks(group, sections.columns, recordRoles(sections.table, records.length), profile, table, 0);
  return { taken, row: rowOf(table, 0) };
}

describe("plainSchoolChecks of a 九年一贯制 row giving both stages, worked by hand (national: cap 2500 for such a school, limits 45 and 50)", () => {
  it("stages of 1400 and 1200 students, 30 and 24 classes, largest 44 and 50; 5 music rooms of 480 m², 5 art rooms of 400 m²; 6 000 of 100 000 yuan on training", () => {
    const school = combinedRow({ musicRooms: 5, musicRoomsArea: 480, artRooms: 5, artRoomsArea: 400, trainingFunds: 6000, publicFunding: 100_000 }, { students: 1400, classes: 30, largestClass: 44, teachers: 80 }, { students: 1200, classes: 24, largestClass: 50, teachers: 70 });
    // G3: ⌈(30 + 24) ÷ 12⌉ = 5 needed; music min(5, ⌊480 ÷ 96⌋ = 5) = 5, 0 short; art min(5, ⌊400 ÷ 90⌋ = 4) = 4, 1 short → fail 1; music's 480 ≥ 5 × 96 holds 1 surely, not 5: an estimate.
    // G4: 1400 + 1200 = 2600, 100 over the combined cap of 2500 (the single cap, 2000, would give 600). G5: 44 ≤ 45 and 50 ≤ 50 → pass 0.
    // Teachers 80 + 70 = 150; Q4: 6 000 ÷ 100 000 = 0.06 ≥ 0.05 → pass.
    const expected = { name: "School", counted: true, checks: { G3: { status: "fail", value: 1 }, G4: { status: "fail", value: 100 }, G5: { status: "pass", value: 0 }, Q4: { status: "pass", value: 0.06 } }, teachers: [150, null, null], roomsEstimated: true };
    expect(plain([school])).toEqual({ taken: true, row: expected });
    expect(general([school])).toEqual({ taken: true, row: expected });
  });

  it("a 初中 stage's largest class of 51: at least one class over, no figure; 1200 + 1000 students within 2500; a field the stages do not both give is the whole row's", () => {
    // Students given per stage and on the whole row (999): the stages' sum wins. Classes only on the whole row (24): ⌈24 ÷ 12⌉ = 2 needed; 2 + 2 rooms stated compliant.
    const school = combinedRow({ students: 999, classes: 24, musicRoomsCompliant: 2, artRoomsCompliant: 2, teachers: 150 }, { students: 1200, largestClass: 40, teachers: 90 }, { students: 1000, largestClass: 51 });
    // G4: 2200 ≤ 2500 → pass 0 (the single cap would fail it by 200). G5: 51 > 50 → fail, no figure. Teachers: only the 小学 stage gives them → the whole row's 150.
    const expected = { name: "School", counted: true, checks: { G3: { status: "pass", value: 0 }, G4: { status: "pass", value: 0 }, G5: { status: "fail", value: null }, Q4: { status: "unknown", value: null } }, teachers: [150, null, null], roomsEstimated: false };
    expect(plain([school])).toEqual({ taken: true, row: expected });
    expect(general([school])).toEqual({ taken: true, row: expected });
  });

  it("built in 2009: the combined cap relaxed to 3000", () => {
    const school = recordOf({}, { type: "nine_year", stage: null, flags: { builtYear: 2009 }, stageFields: { primary: stage({ students: 1600, largestClass: 40 }), junior: stage({ students: 1200, largestClass: 40 }) } });
    // G4: 2800 ≤ 3000 → pass 0 (2500 would fail it by 300; the old single cap, 2400, by 400).
    expect(plain([school]).row.checks.G4).toEqual({ status: "pass", value: 0 });
    expect(general([school]).row.checks.G4).toEqual({ status: "pass", value: 0 });
  });

  it.each<[string, SchoolRecord]>([
    ["a stage without its largest class", combinedRow({}, { students: 500, largestClass: 40 }, { students: 400 })],
    ["a stage giving a class-size bucket", combinedRow({}, { students: 500, largestClass: 40, classes_41_45: 1 }, { students: 400, largestClass: 40 })],
    ["only the whole row's largest class", combinedRow({ largestClass: 40 }, { students: 500 }, { students: 400 })],
  ])("%s: left to the general count (null, nothing written)", (_name, school) => {
    expect(plain([school])).toEqual({ taken: null, row: EMPTY_ROW });
  });
});

describe("plainSchoolChecks leaves every other school to the general fast path, writing nothing", () => {
  it.each<[string, SchoolRecord[], Profile]>([
    ["a 九年一贯制 row of both stages", [recordOf({ students: 900 }, { type: "nine_year", stage: null, stageFields: { primary: { students: { value: 500, cell: null } }, junior: { students: { value: 400, cell: null } } } })], NATIONAL],
    ["a rural school (the national profile relaxes small rural schools' rooms)", [recordOf({ students: 90, classes: 6 }, { flags: { rural: true } })], NATIONAL],
    ["a school judged on a funding norm (Sichuan)", [recordOf({ students: 500, classes: 12 })], builtInProfile("sichuan-guanghan-2024")],
    ["a row giving class-size buckets", [recordOf({ students: 500, classes: 12, classes_26_30: 1 })], NATIONAL],
    ["a 职业高中", [recordOf({ students: 500 }, { type: "vocational" })], NATIONAL],
  ])("%s", (_name, records, profile) => {
    expect(plain(records, profile)).toEqual({ taken: null, row: EMPTY_ROW });
  });
});

/**
 * Random schools of the layouts the plain checks take — one row of one stage, a 九年一贯制 row giving
 * both stages — each field given or not, numbers around the limits (caps, class limits, room areas,
 * 5% training, the 2010 / 2016 relaxations): wherever the plain checks take a school, their row must
 * equal the general fast path's (generalSchoolChecks), which the reference path agrees with (fastPaths.test.ts).
 */
describe("plainSchoolChecks equals the general fast path on random schools of its layouts", () => {
  const pick = <T,>(rng: Rng, xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)] as T;
  /** Whole-row or stage numbers: each field given with chance 0.75, around the limits. */
  function numbers(rng: Rng, students: number): Partial<Record<FieldKey, number>> {
    const draw: Partial<Record<FieldKey, number>> = {
      students,
      classes: rng.int(0, 60),
      largestClass: rng.int(20, 70),
      teachers: rng.int(0, 200),
      musicRooms: rng.int(0, 6),
      musicRoomsArea: rng.int(0, 700),
      artRooms: rng.int(0, 6),
      artRoomsArea: rng.int(0, 700),
      trainingFunds: rng.int(0, 20_000),
      publicFunding: rng.int(0, 300_000),
    };
    if (rng.next() < 0.3) draw.musicRoomsCompliant = rng.int(0, 6);
    return Object.fromEntries(Object.entries(draw).filter(([key]) => key === "students" || rng.next() < 0.75));
  }
  function school(rng: Rng): SchoolRecord {
    const flags = { ...(rng.next() < 0.4 ? { builtYear: pick(rng, [2005, 2009, 2010, 2011, 2016, 2017, 2020]) } : {}), ...(rng.next() < 0.3 ? { rural: true } : {}) };
    if (rng.next() < 0.5) return recordOf(numbers(rng, rng.int(0, 3200)), { type: pick(rng, ["primary", "junior"] as const), flags });
    const whole = rng.next() < 0.5 ? numbers(rng, rng.int(0, 3200)) : {};
    return recordOf(whole, { type: "nine_year", stage: null, flags, stageFields: { primary: stage(numbers(rng, rng.int(0, 2000))), junior: stage(numbers(rng, rng.int(0, 1500))) } });
  }

  // National only: a profile with funding norms (Sichuan's) leaves every school to the general path (plainPlan's funded).
  it.each([11, 29])("national-2017, seed %p: 600 schools", (seed) => {
    const profile = NATIONAL;
    const rng = seeded(seed);
    let taken = 0;
    for (let i = 0; i < 600; i++) {
      const record = school(rng);
      const fast = plain([record], profile);
      if (fast.taken === null) continue;
      taken += 1;
      expect([i, fast]).toEqual([i, general([record], profile)]);
    }
    // Most schools of these layouts are the plain checks' (those they leave are left to the general path, as tested above).
    expect(taken).toBeGreaterThan(300);
  });
});
