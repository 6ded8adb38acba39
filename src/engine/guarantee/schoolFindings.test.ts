import { builtInProfile } from "../../profiles/resolveProfile";
import { tableOf } from "../table/sectionTable";
import { SCHOOL_TYPES, type SchoolGuarantee, type SchoolRecord } from "../types";
import { groupSchools } from "./schoolGroups";
import { recordRoles } from "./schoolRole";
import { COMPULSORY_TYPES, isCompulsoryType, schoolFindings } from "./schoolFindings";
import { schoolRecord, sectionResult, type Numbers } from "./testRecords";

const sichuan = builtInProfile("sichuan-guanghan-2024");
const KEYS = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"] as const;
const buckets = (counts: readonly number[]): Numbers => Object.fromEntries(KEYS.map((k, i) => [k, counts[i] ?? 0]));

/** The class counts of one school of one row (rules.md §4 item 5: caps 45 小学 / 50 初中, 大班额 56+, 超大班额 66+). */
function classCounts(record: SchoolRecord): Pick<SchoolGuarantee, "classesOverCap" | "largeClasses" | "superLargeClasses" | "classCountsLowerBound"> {
  const roles = recordRoles(tableOf([sectionResult({ recordId: record.id, stage: record.stage ?? "primary" })], [record]), 1);
  const [group] = groupSchools([record]);
  if (group === undefined) throw new Error("no school");
  const { classesOverCap, largeClasses, superLargeClasses, classCountsLowerBound } = schoolFindings(group, roles, sichuan).guarantee;
  return { classesOverCap, largeClasses, superLargeClasses, classCountsLowerBound };
}

const junior = (fields: Numbers) => schoolRecord({ name: "城区初级中学", row: 5, type: "junior", stage: "junior", fields });
const primary = (fields: Numbers) => schoolRecord({ name: "城区第一小学", row: 5, fields });

describe("schoolFindings: class counts from the largest class alone are lower bounds", () => {
  it("初中, largest 56: at least 1 over 50, at least 1 大班额, exactly 0 超大班额 (none is larger than 56)", () => {
    expect(classCounts(junior({ largestClass: 56 }))).toEqual({
      classesOverCap: 1,
      largeClasses: 1,
      superLargeClasses: 0,
      classCountsLowerBound: { classesOverCap: true, largeClasses: true, superLargeClasses: false, basis: "largest_class" },
    });
  });
  it("初中, largest 51: at least 1 over 50, exactly 0 大班额 and 0 超大班额", () => {
    expect(classCounts(junior({ largestClass: 51 }))).toEqual({
      classesOverCap: 1,
      largeClasses: 0,
      superLargeClasses: 0,
      classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" },
    });
  });
  it("小学, largest 46: at least 1 over 45", () => {
    expect(classCounts(primary({ largestClass: 46 }))).toMatchObject({ classesOverCap: 1, largeClasses: 0, classCountsLowerBound: { classesOverCap: true, largeClasses: false } });
  });
  it("小学, largest 45: exactly 0 over the cap, no bound", () => {
    expect(classCounts(primary({ largestClass: 45 }))).toEqual({ classesOverCap: 0, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: null });
  });
  it("小学, largest 70: at least 1 of each", () => {
    expect(classCounts(primary({ largestClass: 70 }))).toEqual({
      classesOverCap: 1,
      largeClasses: 1,
      superLargeClasses: 1,
      classCountsLowerBound: { classesOverCap: true, largeClasses: true, superLargeClasses: true, basis: "largest_class" },
    });
  });
});

describe("schoolFindings: class counts from the buckets are exact", () => {
  // 46–50: 1, 51–55: 1, 56–60: 1, ≥66: 1 → 小学 over 45: 4; 大班额 2; 超大班额 1.
  it("小学 with all ten buckets (and a largest class of 70): 4 over, 2 大班额, 1 超大班额, no bound", () => {
    expect(classCounts(primary({ ...buckets([2, 3, 5, 4, 2, 1, 1, 1, 0, 1]), largestClass: 70 }))).toEqual({ classesOverCap: 4, largeClasses: 2, superLargeClasses: 1, classCountsLowerBound: null });
  });
  it("a whole-school 九年一贯制 row whose buckets span the two caps: the count under 50 is a lower bound (buckets)", () => {
    // two of 46–50, three of 51–55: 5 over 45, 3 over 50 → at least 3.
    const row = schoolRecord({ name: "红星学校", row: 5, type: "nine_year", stage: null, fields: buckets([0, 0, 0, 0, 0, 2, 3, 0, 0, 0]) });
    expect(classCounts(row)).toEqual({ classesOverCap: 3, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "buckets" } });
  });
  it("a 九年一贯制 row of 小学 largest class 40 and 初中 buckets ≤45 5, 46–55 3, 56–65 0, ≥66 0: the bound is the buckets' (46–55 spans 50), not the exact largest class's", () => {
    // 小学: 40 ≤ 45, exactly 0 over. 初中: the 3 of 46–55 may or may not exceed 50 → at least 0; none of 56+.
    const row = schoolRecord({
      name: "红星学校",
      row: 5,
      type: "nine_year",
      stage: null,
      stageFields: { primary: { largestClass: 40 }, junior: { classes_le45: 5, classes_46_55: 3, classes_56_65: 0, classes_ge66: 0 } },
    });
    expect(classCounts(row)).toEqual({ classesOverCap: 0, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "buckets" } });
  });
  it("is unknown (null, no bound) with no class data", () => {
    expect(classCounts(primary({ students: 300 }))).toEqual({ classesOverCap: null, largeClasses: null, superLargeClasses: null, classCountsLowerBound: null });
  });
});

describe("schoolFindings: room shortfalls from the rooms' total area are lower bounds (rules.md §4 item 3, §7)", () => {
  // national-2017: one room of each kind per 12 classes; a music room ≥ 96 m², an art room ≥ 90 m² (not relaxed: no 建成年份, not rural).
  const national = builtInProfile("national-2017");
  type Rooms = Pick<SchoolGuarantee, "musicRoomsCompliant" | "musicRoomsShort" | "artRoomsCompliant" | "artRoomsShort" | "roomsShortLowerBound">;
  function rooms(fields: Numbers): Rooms {
    const record = primary(fields);
    const roles = recordRoles(tableOf([sectionResult({ recordId: record.id })], [record]), 1);
    const [group] = groupSchools([record]);
    if (group === undefined) throw new Error("no school");
    const { musicRoomsCompliant, musicRoomsShort, artRoomsCompliant, artRoomsShort, roomsShortLowerBound } = schoolFindings(group, roles, national).guarantee;
    return { musicRoomsCompliant, musicRoomsShort, artRoomsCompliant, artRoomsShort, roomsShortLowerBound };
  }

  it("48 classes, 4 music rooms of 300 m² in all: at most floor(300 ÷ 96) = 3 compliant, short at least 4 − 3 = 1 (four rooms of 75 m²: short 4)", () => {
    expect(rooms({ classes: 48, musicRooms: 4, musicRoomsArea: 300, artRoomsCompliant: 4 })).toEqual({
      musicRoomsCompliant: 3,
      musicRoomsShort: 1,
      artRoomsCompliant: 4,
      artRoomsShort: 0,
      roomsShortLowerBound: { music: true, art: false },
    });
  });

  it("both kinds from their total area: art 4 rooms of 300 m², floor(300 ÷ 90) = 3, short at least 1 too", () => {
    expect(rooms({ classes: 48, musicRooms: 4, musicRoomsArea: 300, artRooms: 4, artRoomsArea: 300 }).roomsShortLowerBound).toEqual({ music: true, art: true });
  });

  it("exact with the compliant rooms given per room: 3 of 4 music rooms, short exactly 1, no bound", () => {
    expect(rooms({ classes: 48, musicRoomsCompliant: 3, artRoomsCompliant: 4 })).toEqual({ musicRoomsCompliant: 3, musicRoomsShort: 1, artRoomsCompliant: 4, artRoomsShort: 0, roomsShortLowerBound: null });
  });

  it("exact with one room of known area: 12 classes, one music room of 80 m² < 96, short exactly 1", () => {
    expect(rooms({ classes: 12, musicRooms: 1, musicRoomsArea: 80, artRoomsCompliant: 1 })).toMatchObject({ musicRoomsShort: 1, roomsShortLowerBound: null });
  });

  it("a shortfall of 0 from an estimate: 24 classes, 2 music rooms of 200 m² count as 2, yet 60 + 140 m² is 1 — at least 0, a bound", () => {
    expect(rooms({ classes: 24, musicRooms: 2, musicRoomsArea: 200, artRoomsCompliant: 2 })).toMatchObject({ musicRoomsShort: 0, roomsShortLowerBound: { music: true, art: false } });
  });

  it("a shortfall of 0 that holds: 12 classes need 1 music room, and of 2 rooms of 200 m² ≥ 2 × 96 one at least has 96 m²", () => {
    expect(rooms({ classes: 12, musicRooms: 2, musicRoomsArea: 200, artRoomsCompliant: 1 })).toMatchObject({ musicRoomsShort: 0, roomsShortLowerBound: null });
  });

  it("unknown without classes: no shortfall, no bound", () => {
    expect(rooms({ musicRooms: 4, musicRoomsArea: 300, artRoomsCompliant: 4 })).toMatchObject({ musicRoomsShort: null, artRoomsShort: null, roomsShortLowerBound: null });
  });
});

describe("schoolFindings of a rural 九年一贯制 school: the room area and the funding split it was judged by", () => {
  // wb-D 小河学校 (Sichuan): one row, 60 小学 + 30 初中 students, 8 classes, largest 20 (< 30), one music
  // and one art room of 58 m², 87 500 yuan. Rooms: 初中's 61 m² applies, floor(58 ÷ 61) = 0 comply,
  // ceil(8 ÷ 12) = 1 needed → 1 short of each. Funding: 90 < 100 → funded as 100,
  // (800 × 60 + 1040 × 30) × 100 ÷ 90 = 79 200 × 100 ÷ 90 = 88 000 required, 87 500 given → 500 short.
  const record = schoolRecord({
    name: "小河学校",
    row: 14,
    type: "nine_year",
    stage: null,
    fields: { classes: 8, largestClass: 20, musicRooms: 1, musicRoomsArea: 58, artRooms: 1, artRoomsArea: 58, publicFunding: 87_500 },
    stageFields: { primary: { students: 60 }, junior: { students: 30 } },
    flags: { rural: true },
  });
  const roles = recordRoles(tableOf([sectionResult({ recordId: record.id, stage: "primary" }), sectionResult({ recordId: record.id, stage: "junior" })], [record]), 1);
  const [group] = groupSchools([record]);
  if (group === undefined) throw new Error("no school");
  const g = schoolFindings(group, roles, sichuan).guarantee;

  it("rooms judged at 初中's 61 m², 小学's 54 m² not applied: 1 short of each", () => {
    expect(g.roomsStageArea).toEqual({ applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music", "art"] });
    expect([g.musicRoomsShort, g.artRoomsShort]).toEqual([1, 1]);
  });
  it("funding split between 800 and 1040 by 60 : 30 students, funded as 100", () => {
    expect(g.fundingProration).toEqual({ stages: [{ stage: "primary", students: 60, norm: 800 }, { stage: "junior", students: 30, norm: 1040 }], students: 90, funded: 100 });
    expect(g.fundingNorm).toBeCloseTo(88_000, 6);
    expect(g.fundingShortfall).toBeCloseTo(500, 6);
  });
});

describe("schoolFindings: a 寄宿制 combined school's funding split carries its boarders", () => {
  it("小河学校 with 40 boarders: norm (800 × 60 + 1040 × 30) × 100 ÷ 90 + 300 × 40 = 100 000, the boarders on the split", () => {
    const fields = { classes: 8, largestClass: 20, publicFunding: 87_500, boardingStudents: 40 };
    const record = schoolRecord({ name: "小河学校", row: 14, type: "nine_year", stage: null, fields, stageFields: { primary: { students: 60 }, junior: { students: 30 } }, flags: { rural: true, boarding: true } });
    const roles = recordRoles(tableOf([sectionResult({ recordId: record.id, stage: "primary" }), sectionResult({ recordId: record.id, stage: "junior" })], [record]), 1);
    const [group] = groupSchools([record]);
    if (group === undefined) throw new Error("no school");
    const g = schoolFindings(group, roles, sichuan).guarantee;
    expect(g.fundingNorm).toBeCloseTo(100_000, 6);
    expect(g.fundingBoarding).toEqual({ boarders: 40, perBoarder: 300 });
  });
  it("河口乡中学, one stage, 463 students all boarding, funded as 500: norm 1040 × 500 + 300 × 463 = 658 900, the boarders on the school, no split", () => {
    const fields = { students: 463, classes: 10, largestClass: 48, publicFunding: 658_800, boardingStudents: 463 };
    const record = schoolRecord({ name: "河口乡中学", row: 7, type: "junior", stage: "junior", fields, flags: { rural: true, boarding: true } });
    const roles = recordRoles(tableOf([sectionResult({ recordId: record.id, stage: "junior" })], [record]), 1);
    const [group] = groupSchools([record]);
    if (group === undefined) throw new Error("no school");
    const g = schoolFindings(group, roles, sichuan).guarantee;
    expect([g.fundedStudents, g.fundingProration, g.fundingBoarding]).toEqual([500, null, { boarders: 463, perBoarder: 300 }]);
    expect(g.fundingNorm).toBeCloseTo(658_900, 6);
    expect(g.fundingShortfall).toBeCloseTo(100, 6);
  });
  it("boarders not countable (the 小学部 row 寄宿制 without a count): the norm leaves them out, and so does the split, so that its sum is the norm", () => {
    // (800 × 60 + 1040 × 30) × 100 ÷ 90 = 88 000, a lower bound; the 初中部's 100 boarders are not added to either.
    const flags = { rural: true, boarding: true };
    const primary = schoolRecord({ name: "小河学校（小学部）", row: 2, type: "primary", stage: "primary", fields: { students: 60, classes: 6, largestClass: 12, publicFunding: 20_000 }, flags });
    const junior = schoolRecord({ name: "小河学校（初中部）", row: 3, type: "junior", stage: "junior", fields: { students: 30, classes: 2, largestClass: 15, boardingStudents: 100 }, flags });
    const roles = recordRoles(tableOf([sectionResult({ recordId: primary.id, stage: "primary" }), sectionResult({ recordId: junior.id, stage: "junior" })], [primary, junior]), 2);
    const [group] = groupSchools([primary, junior]);
    if (group === undefined) throw new Error("no school");
    const g = schoolFindings(group, roles, sichuan).guarantee;
    expect(g.fundingNorm).toBeCloseTo(88_000, 6);
    expect(g.fundingShortfallLowerBound?.boardersUncounted).toBe(true);
    expect(g.fundingProration).toEqual({ stages: [{ stage: "primary", students: 60, norm: 800 }, { stage: "junior", students: 30, norm: 1040 }], students: 90, funded: 100 });
    expect(g.fundingBoarding).toBeNull();
  });
});

describe("schoolFindings: the stage's room area is named only where it was used", () => {
  /** 小河学校 (rural 九年一贯制, 60 小学 + 30 初中, 8 classes, largest 20) with the given room columns. */
  function xiaohe(rooms: Numbers): SchoolGuarantee {
    const fields = { classes: 8, largestClass: 20, publicFunding: 87_500, ...rooms };
    const record = schoolRecord({ name: "小河学校", row: 14, type: "nine_year", stage: null, fields, stageFields: { primary: { students: 60 }, junior: { students: 30 } }, flags: { rural: true } });
    const roles = recordRoles(tableOf([sectionResult({ recordId: record.id, stage: "primary" }), sectionResult({ recordId: record.id, stage: "junior" })], [record]), 1);
    const [group] = groupSchools([record]);
    if (group === undefined) throw new Error("no school");
    return schoolFindings(group, roles, sichuan).guarantee;
  }
  it("the bureau's own count of compliant rooms (1 of each, 1 needed → 0 short): no area judged, none named", () => {
    const g = xiaohe({ musicRoomsCompliant: 1, artRoomsCompliant: 1 });
    expect([g.musicRoomsShort, g.artRoomsShort]).toEqual([0, 0]);
    expect(g.roomsStageArea).toBeNull();
  });
  it("no room columns at all: shortfall unknown, no area named", () => {
    const g = xiaohe({});
    expect([g.musicRoomsShort, g.artRoomsShort]).toEqual([null, null]);
    expect(g.roomsStageArea).toBeNull();
  });
  it("music estimated from 1 room of 58 m² (< 61 → 0 compliant, 1 short), art counted by the bureau: 初中's 61 m² named", () => {
    const g = xiaohe({ musicRooms: 1, musicRoomsArea: 58, artRoomsCompliant: 1 });
    expect([g.musicRoomsShort, g.artRoomsShort]).toEqual([1, 0]);
    expect(g.roomsStageArea).toEqual({ applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music"] }); // art stated by the bureau: not judged by the area
  });
});

describe("isCompulsoryType", () => {
  it("is COMPULSORY_TYPES.includes for every school type: the six compulsory ones, not 特殊教育 / 职业高中 / other", () => {
    expect(SCHOOL_TYPES.filter(isCompulsoryType)).toEqual(["primary", "junior", "nine_year", "twelve_year", "complete_middle", "teaching_point"]);
    for (const type of SCHOOL_TYPES) expect(isCompulsoryType(type)).toBe(COMPULSORY_TYPES.includes(type));
  });
});
