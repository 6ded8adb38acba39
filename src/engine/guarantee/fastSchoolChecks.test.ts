import { countySections } from "../table/sectionTables";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { NATIONAL, recordOf } from "../testing/fixtures";
import type { SchoolRecord } from "../types";
import { checkTable, putChecks, rowOf } from "./checkTable";
import { fastSchoolChecks } from "./fastSchoolChecks";
import { schoolFindings } from "./schoolFindings";
import { groupSchools } from "./schoolGroups";
import { recordRoles } from "./schoolRole";

/**
 * One school of `records` checked on the fast path (which must take it) and by schoolFindings into
 * a second table: both rows, for tests that the two paths agree.
 */
function bothRows(records: readonly SchoolRecord[], profile: Profile = NATIONAL): { fast: ReturnType<typeof rowOf>; reference: ReturnType<typeof rowOf> } {
  const { sections } = countySections(records, profile);
  const roles = recordRoles(sections.table, records.length);
  const [group] = groupSchools(sections.records);
  if (group === undefined) throw new Error("no school");
  const [fast, reference] = [checkTable(1), checkTable(1)];
  expect(fastSchoolChecks(group, sections.columns, roles, profile, fast, 0)).toBe(true);
  putChecks(reference, 0, schoolFindings(group, roles, profile));
  return { fast: rowOf(fast, 0), reference: rowOf(reference, 0) };
}

/** Each school of `records` checked on the fast path alone, as rows of a check table (rowOf). */
function fastRows(records: readonly SchoolRecord[]): ReturnType<typeof rowOf>[] {
  const { sections } = countySections(records, NATIONAL);
  const roles = recordRoles(sections.table, records.length);
  const groups = groupSchools(sections.records);
  const table = checkTable(groups.length);
  groups.forEach((group, s) => expect(fastSchoolChecks(group, sections.columns, roles, NATIONAL, table, s)).toBe(true));
  return groups.map((_, s) => rowOf(table, s));
}

describe("fastSchoolChecks on its own, against figures worked by hand (national profile)", () => {
  it("a 小学 of 2130 students, 30 classes, 3 music and 3 art rooms of 300 m² in all, 100 teachers all certified", () => {
    const school = recordOf({ students: 2130, classes: 30, musicRooms: 3, musicRoomsArea: 300, artRooms: 3, artRoomsArea: 300, teachers: 100, certifiedTeachers: 100 });
    const [row] = fastRows([school]);
    // G3: ceil(30 ÷ 12) = 3 rooms needed of each kind; min(3, floor(300 ÷ 96)) = 3 music and min(3, floor(300 ÷ 90)) = 3 art rooms comply: none short.
    // An estimate: 300 m² in 3 rooms (≥ 3 × 96) surely holds one of 96 m², not surely the 3 needed.
    // G4: 2130 − 2000 = 130 over the cap. G5: no class sizes given, unknown. Q4: no training funds, unknown.
    expect(row).toEqual({
      name: "School",
      counted: true,
      checks: { G3: { status: "pass", value: 0 }, G4: { status: "fail", value: 130 }, G5: { status: "unknown", value: null }, Q4: { status: "unknown", value: null } },
      teachers: [100, 100, null],
      roomsEstimated: true,
    });
  });
  it("a school of two 部 rows, one without teachers or training funds: shared sums from the row that gives them, whole-school counts unknown", () => {
    const primary = recordOf({ students: 1200, teachers: 60, trainingFunds: 30_000, publicFunding: 600_000 }, { id: "S!2", name: "红星学校（小学部）" });
    const junior = recordOf({ students: 900, publicFunding: 400_000 }, { id: "S!3", name: "红星学校（初中部）", type: "junior", stage: "junior", source: { sheet: "S", row: 3 } });
    const [row] = fastRows([primary, junior]);
    // One 九年一贯制 school: 1200 + 900 = 2100 students under the combined cap of 2500 (G4 passes, 0 over);
    // Q4: 30 000 ÷ (600 000 + 400 000) = 0.03 < 0.05 fails; teachers are not given by every row, so no count.
    expect(row?.name).toBe("红星学校");
    expect(row?.checks.G4).toEqual({ status: "pass", value: 0 });
    expect(row?.checks.Q4).toEqual({ status: "fail", value: 0.03 });
    expect(row?.teachers).toEqual([null, null, null]);
  });
});

describe("fastSchoolChecks: whether G3 rests on compliant rooms estimated from the total area, as the reference (national: 96 / 90 m²)", () => {
  /** The flag on both paths for one school of the given rows. */
  function flagBoth(records: readonly SchoolRecord[]): { fast: boolean; reference: boolean } {
    const { fast, reference } = bothRows(records);
    return { fast: fast.roomsEstimated, reference: reference.roomsEstimated };
  }
  const rooms = { musicRooms: 2, musicRoomsArea: 200, artRooms: 1, artRoomsArea: 90 };
  it.each([
    // 24 classes need 2; 200 m² in 2 rooms holds one of 96 m² surely, two only if equal.
    ["2 music rooms of 200 m², 24 classes", { students: 900, classes: 24, ...rooms }, true],
    // 12 classes need 1, which 200 m² ≥ 2 × 96 surely holds; the art room is one room of 90 m².
    ["the same rooms, 12 classes", { students: 400, classes: 12, ...rooms }, false],
    ["the same rooms, 24 classes, 达标间数 given for music", { students: 900, classes: 24, ...rooms, musicRoomsCompliant: 2 }, false],
    ["the same rooms, 0 classes", { students: 900, classes: 0, ...rooms }, false],
  ] as const)("%s", (_label, values, flagged) => {
    expect(flagBoth([recordOf(values)])).toEqual({ fast: flagged, reference: flagged });
  });
  /** 红星学校 as two 部 rows of 12 classes each (2 music rooms needed, 2 art rooms stated compliant), the music rooms of each row given as `[rooms, area]`. */
  function hongxing(primaryMusic: readonly [number, number], juniorMusic: readonly [number, number]): SchoolRecord[] {
    const primary = recordOf({ students: 500, classes: 12, musicRooms: primaryMusic[0], musicRoomsArea: primaryMusic[1], artRoomsCompliant: 2 }, { id: "S!2", name: "红星学校（小学部）" });
    const junior = recordOf({ students: 400, classes: 12, musicRooms: juniorMusic[0], musicRoomsArea: juniorMusic[1] }, { id: "S!3", name: "红星学校（初中部）", type: "junior", stage: "junior", source: { sheet: "S", row: 3 } });
    return [primary, junior];
  }
  it("a school of two 部 rows, one music room of 100 m² on each: each row's room is known to comply (least 1 + 1 = estimate 1 + 1), not an estimate", () => {
    expect(flagBoth(hongxing([1, 100], [1, 100]))).toEqual({ fast: false, reference: false });
  });
  it("a school of two 部 rows, 2 rooms of 200 m² and none: estimate 2 + 0 above the least 1 + 0, and 2 needed → flagged (60 + 140 m² would be one)", () => {
    expect(flagBoth(hongxing([2, 200], [0, 0]))).toEqual({ fast: true, reference: true });
  });
  it("a school of two 部 rows, 2 rooms of 200 m² and 1 of 100 m²: estimate 2 + 1 = 3, but the least 1 + 1 = 2 already meets the 2 needed → not flagged", () => {
    expect(flagBoth(hongxing([2, 200], [1, 100]))).toEqual({ fast: false, reference: false });
  });
});

describe("G3 of a school of two 部 rows, the compliant rooms estimated row by row on both paths (national: music 96 m², art 90 m²)", () => {
  /** G3 and its estimate flag of 马坊学校 as two 部 rows, 6 + 6 classes (1 room of each kind needed), each row's art room given as `[rooms, area]`, music rooms stated compliant. */
  function mafang(primaryArt: readonly [number, number], juniorArt: readonly [number, number]): { fast: unknown; reference: unknown } {
    const primary = recordOf({ students: 200, classes: 6, musicRoomsCompliant: 1, artRooms: primaryArt[0], artRoomsArea: primaryArt[1] }, { id: "S!2", name: "马坊学校（小学部）" });
    const junior = recordOf({ students: 200, classes: 6, artRooms: juniorArt[0], artRoomsArea: juniorArt[1] }, { id: "S!3", name: "马坊学校（初中部）", type: "junior", stage: "junior", source: { sheet: "S", row: 3 } });
    const { fast, reference } = bothRows([primary, junior]);
    return { fast: [fast.checks.G3, fast.roomsEstimated], reference: [reference.checks.G3, reference.roomsEstimated] };
  }
  it("art rooms of 120 m² (小学部) and 60 m² (初中部), 12 classes need ceil(12 ÷ 12) = 1 → 1 + 0 = 1 complies, none short, exact", () => {
    const g3 = [{ status: "pass", value: 0 }, false];
    expect(mafang([1, 120], [1, 60])).toEqual({ fast: g3, reference: g3 });
  });
  it("art rooms of 80 m² and 60 m² (140 m² in all, one room's 90 m² by their total): 0 + 0 comply → 1 short, not met, exact", () => {
    const g3 = [{ status: "fail", value: 1 }, false];
    expect(mafang([1, 80], [1, 60])).toEqual({ fast: g3, reference: g3 });
  });
  it("2 art rooms on the 小学部 row, their 200 m² on the 初中部 row: no row says which room is whose, so by the totals min(2, ⌊200 ÷ 90⌋) = 2 comply, flagged as an estimate with 2 needed", () => {
    const primary = recordOf({ students: 300, classes: 12, musicRoomsCompliant: 2, artRooms: 2 }, { id: "S!2", name: "马坊学校（小学部）" });
    const junior = recordOf({ students: 300, classes: 12, artRoomsArea: 200 }, { id: "S!3", name: "马坊学校（初中部）", type: "junior", stage: "junior", source: { sheet: "S", row: 3 } });
    const { fast, reference } = bothRows([primary, junior]);
    const g3 = [{ status: "pass", value: 0 }, true];
    expect({ fast: [fast.checks.G3, fast.roomsEstimated], reference: [reference.checks.G3, reference.roomsEstimated] }).toEqual({ fast: g3, reference: g3 });
  });
});

describe("G3 of a rural 九年一贯制 school with classes under 30: its shared rooms judged at the larger stage area (初中 61 m²) on both paths", () => {
  /** G3 of one school of the given rows on the fast path and from schoolFindings. */
  function g3Both(records: readonly SchoolRecord[]): { fast: unknown; reference: unknown } {
    const { fast, reference } = bothRows(records);
    return { fast: fast.checks.G3, reference: reference.checks.G3 };
  }
  /** wb-D 小河学校: 60 小学 students in 6 classes, 30 初中 in 2, largest classes 12 and 15; one music and one art room of `area` m². */
  function xiaohe(area: number): SchoolRecord[] {
    const rural = { rural: true };
    const primary = recordOf({ students: 60, classes: 6, largestClass: 12, musicRooms: 1, musicRoomsArea: area, artRooms: 1, artRoomsArea: area }, { id: "S!2", name: "小河学校（小学部）", flags: rural });
    const junior = recordOf({ students: 30, classes: 2, largestClass: 15 }, { id: "S!3", name: "小河学校（初中部）", type: "junior", stage: "junior", flags: rural, source: { sheet: "S", row: 3 } });
    return [primary, junior];
  }
  it("rooms of 58 m²: ceil(8 ÷ 12) = 1 needed of each, min(1, floor(58 ÷ 61)) = 0 comply → 1 + 1 short, not met", () => {
    expect(g3Both(xiaohe(58))).toEqual({ fast: { status: "fail", value: 2 }, reference: { status: "fail", value: 2 } });
  });
  it("rooms of 61 m²: floor(61 ÷ 61) = 1 complies of each kind → none short", () => {
    expect(g3Both(xiaohe(61))).toEqual({ fast: { status: "pass", value: 0 }, reference: { status: "pass", value: 0 } });
  });
});

describe("fastSchoolChecks leaves to the reference a school whose G6 an unstated rurality makes a warning (Sichuan: tiers for rural schools only)", () => {
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  function fastOn(flags: SchoolRecord["flags"], students: number, publicFunding: number): boolean {
    const school = recordOf({ students, classes: 10, publicFunding }, { flags });
    const { sections } = countySections([school], sichuan);
    const [group] = groupSchools(sections.records);
    return group !== undefined && fastSchoolChecks(group, sections.columns, recordRoles(sections.table, 1), sichuan, checkTable(1), 0);
  }
  // A 小学 of 394: 800 × 394 = 315 200 yuan as urban, 800 × 500 = 400 000 as rural.
  it("rurality not given and the verdict depends on it (350 000), or short either way (300 000): declines, so that the reference words the warning", () => {
    expect([fastOn({}, 394, 350_000), fastOn({}, 394, 300_000)]).toEqual([false, false]);
  });
  it("rurality not given but met either way (400 000), stated urban or rural, or 620 students (under no tier): checked on the fast path", () => {
    expect([fastOn({}, 394, 400_000), fastOn({ rural: false }, 394, 350_000), fastOn({ rural: true }, 394, 350_000), fastOn({}, 620, 350_000)]).toEqual([true, true, true, true]);
  });
});

describe("fastSchoolChecks' G6 for a school of unstated rurality equals the reference's (Sichuan)", () => {
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  /** A 小学 of 394 students without a 城乡分类, its G6 on the fast path and from schoolFindings. */
  function g6Both(publicFunding: number | undefined): { fast: unknown; reference: unknown } {
    const school = recordOf({ students: 394, classes: 10, ...(publicFunding === undefined ? {} : { publicFunding }) });
    const { fast, reference } = bothRows([school], sichuan);
    return { fast: fast.checks.G6, reference: reference.checks.G6 };
  }
  it("met either way (450 000 ≥ 800 × 500 = 400 000 as rural, ≥ 800 × 394 = 315 200 as urban): pass, nothing short, on both paths", () => {
    expect(g6Both(450_000)).toEqual({ fast: { status: "pass", value: 0 }, reference: { status: "pass", value: 0 } });
  });
  it("public funding not given: unknown either way, on both paths", () => {
    expect(g6Both(undefined)).toEqual({ fast: { status: "unknown", value: null }, reference: { status: "unknown", value: null } });
  });
});

/**
 * A 民办 school under Sichuan's norm for public schools (guarantee.funding.publicOnly; seed 000:
 * “确保公办…生均公用经费标准”): R5's 第一初级中学, 1 563 students and 1 465 800 yuan, short by
 * 1 563 × 1 040 − 1 465 800 = 159 720 when judged.
 */
describe("G6 leaves out a 民办 school when the norm is for public schools only (Sichuan), on both paths", () => {
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  const judgeAll: Profile = { ...sichuan, guarantee: { ...sichuan.guarantee, funding: { ...sichuan.guarantee.funding, publicOnly: false } } };
  const first = (flags: SchoolRecord["flags"]) => recordOf({ students: 1563, classes: 30, publicFunding: 1_465_800 }, { name: "第一初级中学", type: "junior", stage: "junior", flags: { rural: false, ...flags } });

  it("民办: no G6 check on either path, its figures empty and fundingExempt private", () => {
    const { fast, reference } = bothRows([first({ private: true })], sichuan);
    expect(fast.checks.G6).toBeUndefined();
    expect(reference.checks.G6).toBeUndefined();
    expect(fast).toEqual(reference);
    const { sections } = countySections([first({ private: true })], sichuan);
    const [group] = groupSchools(sections.records);
    const found = schoolFindings(group as NonNullable<typeof group>, recordRoles(sections.table, 1), sichuan);
    expect(found.guarantee).toMatchObject({ fundingExempt: "private", fundingShortfall: null, fundingNorm: null });
    expect(found.issues).toEqual([]);
  });

  it("办学性质 not given, or publicOnly false: judged as before, 159 720 short, on both paths", () => {
    const expected = { status: "fail", value: 159_720 };
    for (const [record, profile] of [[first({}), sichuan], [first({ private: true }), judgeAll]] as const) {
      const { fast, reference } = bothRows([record], profile);
      expect(fast.checks.G6).toEqual(expected);
      expect(reference.checks.G6).toEqual(expected);
    }
  });
});

describe("schoolFindings marks a school G6 leaves undecided by its 城乡分类 alone (fundingUndecided)", () => {
  const sichuan = builtInProfile("sichuan-guanghan-2024");
  /** A 初中 of 394 students: 1 040 × 394 = 409 760 as an urban school, 1 040 × 500 = 520 000 as a rural one. */
  function undecided(publicFunding: number, flags: SchoolRecord["flags"] = {}): unknown {
    const { sections } = countySections([recordOf({ students: 394, classes: 10, publicFunding }, { type: "junior", stage: "junior", flags })], sichuan);
    const [group] = groupSchools(sections.records);
    return schoolFindings(group as NonNullable<typeof group>, recordRoles(sections.table, 1), sichuan).guarantee.fundingUndecided;
  }
  it("450 000 yuan, 城乡分类 not given: between the two, rurality", () => {
    expect(undecided(450_000)).toBe("rurality");
  });
  it("stated rural or urban, met either way (530 000), short either way (391 400): null", () => {
    expect(undecided(450_000, { rural: true })).toBeNull();
    expect(undecided(450_000, { rural: false })).toBeNull();
    expect(undecided(530_000)).toBeNull();
    expect(undecided(391_400)).toBeNull();
  });
});
