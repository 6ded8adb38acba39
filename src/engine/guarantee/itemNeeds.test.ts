import { evaluate } from "../evaluate";
import * as engine from "../index";
import { schoolRecord } from "../schoolRecord";
import { CLASS_BUCKETS, FIELD_KEYS, MERGED_CLASS_BUCKETS, type FieldKey, type Fields, type ItemResult, type SchoolRecord } from "../types";
import { builtInProfile, resolveProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { CLASS_BUCKET_FIELDS, itemsLeftPending } from "./itemNeeds";
import { cellOf } from "./testRecords";

const national = builtInProfile("national-2017");
const sichuan = builtInProfile("sichuan-guanghan-2024");
const items = (list: ReturnType<typeof itemsLeftPending>) => list.map((i) => i.item);
const ALL_BUCKETS = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"];

describe("itemsLeftPending: the items school columns decide, left 待评估 by the columns not found", () => {
  it("lists every school-data item for a sheet with only the required columns; G6 only where the profile sets a funding norm", () => {
    const present = new Set(["name", "students"]);
    // national-2017 has no per-student norm ("norm": null), 四川 800 / 1040 yuan; both set G7's 6000 / 6080–6100 yuan and G9, G12, Q4 thresholds.
    expect(items(itemsLeftPending(national, present))).toEqual(["G3", "G5", "G7", "G9", "G12", "Q4"]);
    expect(items(itemsLeftPending(sichuan, present))).toEqual(["G3", "G5", "G6", "G7", "G9", "G12", "Q4"]);
  });

  it("takes any one of an item's alternatives: the largest class or all ten buckets for G5, the bureau's count of compliant rooms for G3", () => {
    const present = new Set(["name", "students", "classes", ...ALL_BUCKETS, "musicRoomsCompliant", "artRoomsCompliant", "teachers", "trainedTeachers", "certifiedTeachers"]);
    expect(itemsLeftPending(national, present)).toEqual([
      { item: "G7", missing: [["publicFunding"]] },
      { item: "Q4", missing: [["trainingFunds"], ["publicFunding"]] },
    ]);
  });

  it("names only the part of an item that is missing: art rooms without music rooms, a room count without its area, the classes the rooms needed come from", () => {
    const rest = ["largestClass", "teachers", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"];
    const noArt = new Set(["classes", "musicRooms", "musicRoomsArea", ...rest]);
    expect(itemsLeftPending(national, noArt)).toEqual([{ item: "G3", missing: [[["artRooms", "artRoomsArea"], "artRoomsCompliant"]] }]);
    // A room count without its area decides nothing: the area it lacks (not the count the sheet has), or the count of rooms meeting the rule.
    const noAreas = new Set(["classes", "musicRooms", "artRooms", ...rest]);
    expect(itemsLeftPending(national, noAreas)).toEqual([{ item: "G3", missing: [[["musicRoomsArea"], "musicRoomsCompliant"], [["artRoomsArea"], "artRoomsCompliant"]] }]);
    const noClasses = new Set(["musicRoomsCompliant", "artRoomsCompliant", ...rest]);
    expect(itemsLeftPending(national, noClasses)).toEqual([{ item: "G3", missing: [["classes"]] }]);
  });

  it("takes merged buckets that cover every class size with the others for G5 (before: all ten were needed)", () => {
    const rest = ["classes", "musicRoomsCompliant", "artRoomsCompliant", "teachers", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"];
    expect(itemsLeftPending(national, new Set([...rest, "classes_le45", "classes_46_55", "classes_56_65", "classes_ge66"]))).toEqual([]);
    expect(itemsLeftPending(national, new Set([...rest, ...ALL_BUCKETS.slice(0, 7), "classes_ge56"]))).toEqual([]);
    // 46-55 and 51-60 overlap, and nothing else starts at 56: no partition.
    expect(items(itemsLeftPending(national, new Set([...rest, "classes_le45", "classes_46_55", "classes_51_60", "classes_61_65", "classes_ge66"])))).toEqual(["G5"]);
  });

  it("names the class-size buckets as one group, for a front end to say them as one phrase", () => {
    expect(CLASS_BUCKET_FIELDS.group).toBe("class_buckets");
  });

  it("is part of the engine's public surface (src/engine/index.ts), for the pane to use", () => {
    expect(engine.itemsLeftPending).toBe(itemsLeftPending);
    expect(engine.CLASS_BUCKET_FIELDS).toBe(CLASS_BUCKET_FIELDS);
  });

  it("lets the class-size buckets carry their own rule: met by any set partitioning the sizes, not by all together", () => {
    // The ten and the four merged ones, each once.
    expect([...CLASS_BUCKET_FIELDS].sort()).toEqual([...ALL_BUCKETS, "classes_le45", "classes_46_55", "classes_56_65", "classes_ge56"].sort());
    const met = (present: ReadonlySet<string>) => CLASS_BUCKET_FIELDS.met?.(present);
    expect(met(new Set(ALL_BUCKETS))).toBe(true);
    expect(met(new Set(["classes_le45", "classes_46_55", "classes_56_65", "classes_ge66"]))).toBe(true);
    // Nothing counts classes of 66 or more; 46-55 and 51-60 overlap; no bucket at all.
    expect(met(new Set(ALL_BUCKETS.slice(0, 9)))).toBe(false);
    expect(met(new Set(["classes_le45", "classes_46_55", "classes_51_60", "classes_61_65", "classes_ge66"]))).toBe(false);
    expect(met(new Set(["largestClass"]))).toBe(false);
  });

  it("holds G5 pending on some of the ten buckets without the largest class, and G9 / G12 without the count of teachers", () => {
    const present = new Set(["classes", "musicRoomsCompliant", "artRoomsCompliant", "classes_41_45", "classes_46_50", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(national, present)).toEqual([
      { item: "G5", missing: [["largestClass", CLASS_BUCKET_FIELDS]] },
      { item: "G9", missing: [["teachers"]] },
      { item: "G12", missing: [["teachers"]] },
    ]);
  });

  it("lists nothing when every column is there", () => {
    const present = new Set(["classes", "musicRoomsCompliant", "artRoomsCompliant", "largestClass", "teachers", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(sichuan, present)).toEqual([]);
    expect(itemsLeftPending(national, present)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The table against the engine: a county with every field, then the same county without some.

/**
 * One stage: 300 students in 8 classes (buckets 1 + 2 + 5, the largest 40, within both caps), every teacher certified and trained.
 * No class over 40: a merged bucket standing in for a dropped one (41-50 for 41-45) then holds none, so that no count is left
 * undecided by a cap falling inside it — the data's matter, not the columns' that the table judges.
 */
const STAGE: Partial<Record<FieldKey, number>> = {
  students: 300, classes: 8, teachers: 24, qualifiedTeachers: 24, backboneTeachers: 4, peArtTeachers: 4, certifiedTeachers: 24, trainedTeachers: 24, largestClass: 40,
  classes_le25: 0, classes_26_30: 1, classes_31_35: 2, classes_36_40: 5, classes_41_45: 0, classes_46_50: 0, classes_51_55: 0, classes_56_60: 0, classes_61_65: 0, classes_ge66: 0,
};
const TEN: readonly number[] = CLASS_BUCKETS.map((b) => STAGE[b.key] ?? 0);
// The merged buckets, each the sum of the ten it covers.
for (const m of MERGED_CLASS_BUCKETS) STAGE[m.key] = CLASS_BUCKETS.reduce((sum, b, i) => sum + (b.min >= m.min && b.max <= m.max ? (TEN[i] ?? 0) : 0), 0);
/** A school's shared numbers: 2 rooms of each kind, 120 m² each (stated compliant too), 2 000 000 yuan of which 150 000 for training (7.5%). */
const SHARED: Partial<Record<FieldKey, number>> = {
  teachingArea: 2000, indoorSportsArea: 200, sportsGroundArea: 3000, sportsTotalArea: 3200, equipmentValue: 1_000_000, multimediaRooms: 10,
  musicRooms: 2, musicRoomsArea: 240, musicRoomsCompliant: 2, artRooms: 2, artRoomsArea: 240, artRoomsCompliant: 2,
  publicFunding: 2_000_000, trainingFunds: 150_000, boardingStudents: 0, seniorStudents: 0,
};
/** The reader requires 在校生数 (EXPECTED_KEYS), so the table need not name it; every other field is optional. */
const OPTIONAL: readonly FieldKey[] = FIELD_KEYS.filter((k) => k !== "students");
const EVERY_COLUMN: ReadonlySet<string> = new Set(["name", ...FIELD_KEYS]);

function fieldsOf(values: Partial<Record<FieldKey, number>>, row: number, drop: ReadonlySet<string>): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, number][]) if (!drop.has(key)) out[key] = { value, cell: cellOf(key, row) };
  return out;
}

/** A 小学, a 九年一贯制 school on one whole-school row and a special school (G7), without the fields `drop` names. */
function county(drop: ReadonlySet<string>): SchoolRecord[] {
  const base = { county: "测试县", flags: {} };
  return [
    schoolRecord({ ...base, id: "表1!2", name: "一小", type: "primary", stage: "primary", fields: fieldsOf({ ...STAGE, ...SHARED }, 2, drop), source: { sheet: "表1", row: 2 } }),
    schoolRecord({
      ...base, id: "表1!3", name: "二校", type: "nine_year", stage: null, fields: fieldsOf(SHARED, 3, drop),
      stageFields: { primary: fieldsOf(STAGE, 3, drop), junior: fieldsOf(STAGE, 3, drop) }, source: { sheet: "表1", row: 3 },
    }),
    schoolRecord({ ...base, id: "表1!4", name: "特校", type: "special", stage: "primary", fields: fieldsOf({ ...STAGE, ...SHARED }, 4, drop), source: { sheet: "表1", row: 4 } }),
  ];
}

function countyItems(profile: Profile, drop: readonly string[]): readonly ItemResult[] {
  return evaluate({ records: county(new Set(drop)), countyFigures: [], year: 2024 }, profile).counties[0]?.items ?? [];
}

/** The items the engine judges from school data with every field there (met or not met, basis school_data). */
function judgedFromSchools(profile: Profile): string[] {
  return countyItems(profile, []).filter((i) => i.basis === "school_data" && i.verdict !== "not_assessed").map((i) => i.code);
}

const judgedCache = new Map<Profile, ReadonlySet<string>>();

/** The items judged from school data with every field that the engine leaves 待评估 (not_assessed) without those of `drop`. */
function enginePending(profile: Profile, drop: readonly string[]): string[] {
  const judged = judgedCache.get(profile) ?? new Set(judgedFromSchools(profile));
  judgedCache.set(profile, judged);
  return countyItems(profile, drop).filter((i) => judged.has(i.code) && i.verdict === "not_assessed").map((i) => i.code);
}

function tablePending(profile: Profile, drop: readonly string[]): string[] {
  return items(itemsLeftPending(profile, new Set([...EVERY_COLUMN].filter((k) => !drop.includes(k)))));
}

/**
 * national-2017 judging none of G7, G9, G12, Q4 from school data: yes / no county items without a
 * threshold. A profile of its own (no extends): one extending national-2017 may change an item's
 * threshold only, not its unit or comparison (changedDefinitions).
 */
const noThresholds = resolveProfile({
  ...national,
  id: "no-thresholds",
  countyItems: {
    ...national.countyItems,
    ...Object.fromEntries(
      ["G7_special_primary", "G7_special_junior", "G9_training_rate", "G12_certificate_rate", "Q4_training_funds_share"].map((code) => [code, { item: code.split("_")[0], comparison: "yes", threshold: null, unit: "boolean" }]),
    ),
  },
});
const PROFILES: readonly (readonly [string, Profile])[] = [["national-2017", national], ["sichuan-guanghan-2024", sichuan], ["national-2017 without thresholds", noThresholds]];

describe("itemsLeftPending agrees with the engine (evaluate) on a county with every field, then without some", () => {
  it("builds the county with every field: each school has every field key, per stage or shared", () => {
    expect(FIELD_KEYS.filter((k) => STAGE[k] === undefined && SHARED[k] === undefined)).toEqual([]);
  });

  it.each(PROFILES)("%s: the table lists exactly the items judged from school data, but G4 (students only, which the reader requires)", (_, profile) => {
    const listed = items(itemsLeftPending(profile, new Set()));
    const judged = judgedFromSchools(profile);
    expect(judged.filter((code) => !listed.includes(code))).toEqual(["G4"]);
    expect(listed.filter((code) => !judged.includes(code))).toEqual([]);
  });

  it("sees each profile's items assessed from school data: G6 only under 四川's norm, G7 / G9 / G12 / Q4 only with their thresholds", () => {
    expect(judgedFromSchools(national)).toEqual(["G3", "G4", "G5", "G7", "G9", "G12", "Q4"]);
    expect(judgedFromSchools(sichuan)).toEqual(["G3", "G4", "G5", "G6", "G7", "G9", "G12", "Q4"]);
    expect(judgedFromSchools(noThresholds)).toEqual(["G3", "G4", "G5"]);
    expect(countyItems(national, []).find((i) => i.code === "G6")?.verdict).toBe("not_assessed");
  });

  it.each(PROFILES)("%s: each need of each item, dropped from every record, leaves pending that item and exactly what the table says", (_, profile) => {
    const needs = itemsLeftPending(profile, new Set()).flatMap((p) => p.missing.map((options) => ({ item: p.item, fields: options.flat() })));
    expect(needs.length).toBeGreaterThan(0);
    for (const { item, fields } of needs) {
      const engine = enginePending(profile, fields);
      expect({ item, fields, pending: engine }).toEqual({ item, fields, pending: tablePending(profile, fields) });
      expect(engine).toContain(item);
    }
  });

  it.each(PROFILES)("%s: every optional field, alone and with any other, dropped from every record: the engine and the table leave the same items pending", (_, profile) => {
    const drops = OPTIONAL.flatMap((a, i) => [[a], ...OPTIONAL.slice(i + 1).map((b) => [a, b])]);
    const disagree = drops.map((fields) => ({ fields, engine: enginePending(profile, fields), table: tablePending(profile, fields) })).filter((d) => d.engine.join() !== d.table.join());
    expect(disagree).toEqual([]);
  });
});
