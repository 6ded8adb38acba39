/**
 * The note on G3 that some schools' compliant rooms were estimated from their total area
 * (rules.md §4 item 3, §7): once per county, naming the schools whose shortfall the estimate may
 * understate, on both paths. Expectations worked by hand (national profile: one music room of
 * 96 m² and one art room of 90 m² per 12 classes).
 */
import { evaluate } from "../evaluate";
import { NATIONAL, recordOf } from "../testing/fixtures";
import type { Evaluation, Issue, ItemResult, SchoolRecord } from "../types";
import type { Numbers } from "./testRecords";
import { checkTable, CHECK, putCheck, type CheckTable } from "./checkTable";
import { STATUS } from "./checkStatus";
import { withRoomsEstimate } from "./roomsEstimateNote";

const BASE: Numbers = { students: 500 };

function school(name: string, row: number, values: Numbers, county = "A"): SchoolRecord {
  return recordOf({ ...BASE, ...values }, { id: `S!${row}`, name, county, source: { sheet: "S", row } });
}

/** Both paths' evaluations, which must agree; the reference's returned. */
function both(records: readonly SchoolRecord[]): Evaluation {
  const input = { records, countyFigures: [], year: null };
  const reference = evaluate(input, NATIONAL, { paths: "reference" });
  const fast = evaluate(input, NATIONAL);
  expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(reference)));
  return reference;
}

function g3(ev: Evaluation, county = 0): ItemResult {
  const item = ev.counties[county]?.items.find((i) => i.code === "G3");
  if (item === undefined) throw new Error("no G3");
  return item;
}

function notes(ev: Evaluation): Issue[] {
  return ev.issues.filter((i) => i.code === "guarantee_rooms_estimated");
}

/** 24 classes need 2 rooms of each kind; 2 music rooms of 200 m² in all (≥ 2 × 96, so at least one ≥ 96 m²) and 2 art rooms of 180 m² (≥ 2 × 90). */
const ESTIMATED: Numbers = { classes: 24, musicRooms: 2, musicRoomsArea: 200, artRooms: 2, artRoomsArea: 180 };

describe("G3: compliant rooms estimated from the total area", () => {
  it("one school: met as before, and a note naming it; the count a part of the item", () => {
    const ev = both([school("甲小学", 2, ESTIMATED)]);
    // min(2, floor(200 ÷ 96) = 2) = 2 music and min(2, floor(180 ÷ 90) = 2) = 2 art rooms: none short, so met —
    // yet 60 + 140 m² would give one music room of 96 m², 1 short.
    expect(g3(ev)).toMatchObject({ verdict: "met", figure: 0, basis: "school_data", failingSchools: [] });
    expect(g3(ev).parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 1 });
    // At the school's music rooms' area, the estimate's first cell; its row named with its sheet, as the fixture's cells (T!…) are not on the rows' sheet S.
    expect(notes(ev)).toEqual([{ code: "guarantee_rooms_estimated", severity: "info", cell: "T!musicRoomsArea", params: { item: "G3", count: 1, schools: "甲小学", schoolRows: "甲小学@S!2" } }]);
  });

  it("every school giving its 达标间数: no note, the parts as before", () => {
    const ev = both([school("甲小学", 2, { ...ESTIMATED, musicRoomsCompliant: 2, artRoomsCompliant: 2 }), school("乙小学", 3, { ...ESTIMATED, musicRoomsCompliant: 1, artRoomsCompliant: 2 })]);
    // 乙: 2 music rooms needed, 1 compliant: 1 short.
    expect(g3(ev)).toMatchObject({ verdict: "not_met", figure: 1, failingSchools: ["乙小学"] });
    expect(g3(ev).parts).toEqual({ schools_checked: 2, schools_failing: 1, schools_unknown: 0 });
    expect(notes(ev)).toEqual([]);
  });

  it("mixed: only the schools whose shortfall the estimate may understate are named, in school order", () => {
    const ev = both([
      school("甲小学", 2, ESTIMATED),
      // Stated counts: nothing estimated.
      school("乙小学", 3, { ...ESTIMATED, musicRoomsCompliant: 2, artRoomsCompliant: 2 }),
      // One room of each kind: its area is the room's, the count exact (100 ≥ 96, 95 ≥ 90).
      school("丙小学", 4, { classes: 12, musicRooms: 1, musicRoomsArea: 100, artRooms: 1, artRoomsArea: 95 }),
      // 12 classes need one room; 200 m² in two rooms hold at least one of 96 m² (200 ≥ 192): the pass is sure.
      school("丁小学", 5, { classes: 12, musicRooms: 2, musicRoomsArea: 200, artRooms: 2, artRoomsArea: 180 }),
      // 36 classes need 3; 2 rooms of 200 m² estimated as 2: 1 short at least (60 + 140: 2 short). Art: 3 of 300 m² (≥ 3 × 90) estimated as 3.
      school("戊小学", 6, { classes: 36, musicRooms: 2, musicRoomsArea: 200, artRooms: 3, artRoomsArea: 300 }),
      // 2 rooms of 150 m²: floor(150 ÷ 96) = 1 estimated, but 150 < 192 allows none: 24 classes need 2, 1 short at least.
      school("己小学", 7, { classes: 24, musicRooms: 2, musicRoomsArea: 150, artRoomsCompliant: 2 }),
    ]);
    expect(g3(ev)).toMatchObject({ verdict: "not_met", figure: 2, failingSchools: ["戊小学", "己小学"] });
    expect(g3(ev).parts).toEqual({ schools_checked: 6, schools_failing: 2, schools_unknown: 0, schools_rooms_estimated: 3 });
    expect(notes(ev)).toEqual([{ code: "guarantee_rooms_estimated", severity: "info", cell: "T!musicRoomsArea", params: { item: "G3", count: 3, schools: "甲小学、戊小学、己小学", schoolRows: "甲小学@S!2\n戊小学@S!6\n己小学@S!7" } }]);
  });

  it("zero classes: no room is needed, the estimate decides nothing, no note", () => {
    const ev = both([school("甲小学", 2, { ...ESTIMATED, classes: 0 })]);
    expect(g3(ev)).toMatchObject({ verdict: "met", figure: 0 });
    expect(g3(ev).parts).toEqual({ schools_checked: 1, schools_failing: 0, schools_unknown: 0 });
    expect(notes(ev)).toEqual([]);
  });

  it("blank areas: the rooms' problems as before, no note", () => {
    const ev = both([school("甲小学", 2, { classes: 24, musicRooms: 2, artRooms: 2 }), school("乙小学", 3, { ...ESTIMATED, musicRoomsCompliant: 2, artRoomsCompliant: 2 })]);
    // The sections' own problems (no teachers, areas… given) aside.
    const rooms = ev.issues.filter((i) => i.code.includes("rooms") || i.params.item === "G3");
    expect(rooms.map((i) => [i.code, i.params.school ?? i.params.item])).toEqual([
      ["music_rooms_area_missing", "甲小学"],
      ["art_rooms_area_missing", "甲小学"],
      ["guarantee_school_data_partial", "G3"],
    ]);
    expect(g3(ev)).toMatchObject({ verdict: "not_assessed", basis: "school_data" });
    expect(g3(ev).parts).toEqual({ schools_checked: 2, schools_failing: 0, schools_unknown: 1 });
  });

  it("once per county, each naming its own schools", () => {
    const ev = both([school("甲小学", 2, ESTIMATED, "A"), school("乙小学", 3, ESTIMATED, "B"), school("丙小学", 4, ESTIMATED, "B")]);
    expect(notes(ev).map((i) => i.params)).toEqual([
      { item: "G3", count: 1, schools: "甲小学", schoolRows: "甲小学@S!2" },
      { item: "G3", count: 2, schools: "乙小学、丙小学", schoolRows: "乙小学@S!3\n丙小学@S!4" },
    ]);
    expect(g3(ev, 1).parts["schools_rooms_estimated"]).toBe(2);
  });
});

describe("withRoomsEstimate on an item of its own", () => {
  /** One counted school, 甲小学, checked for G3 (passing) on an estimate. */
  function estimatedTable(): CheckTable {
    const table = checkTable(1);
    table.counted[0] = 1;
    table.roomsEstimated[0] = 1;
    table.names[0] = "甲小学";
    putCheck(table, 0, CHECK.G3, STATUS.PASS, 0);
    return table;
  }
  const item = (parts: Record<string, number | null>): ItemResult => ({ code: "G3", area: "guarantee", verdict: "met", figure: 0, threshold: null, basis: "school_data", figureOf: "failing_count", failingSchools: [], cells: [], parts });

  it("adds the count of estimated schools after the every-school counts", () => {
    const noted = withRoomsEstimate(item({ schools_checked: 1, schools_failing: 0, schools_unknown: 0 }), estimatedTable());
    expect(Object.entries(noted.value.parts)).toEqual([["schools_checked", 1], ["schools_failing", 0], ["schools_unknown", 0], ["schools_rooms_estimated", 1]]);
    // A check table without the records (no places): no cell, the names alone.
    expect(noted.issues).toEqual([{ code: "guarantee_rooms_estimated", severity: "info", cell: null, params: { item: "G3", count: 1, schools: "甲小学", schoolRows: "甲小学" } }]);
  });

  it("adds it after any other parts too, in their order, and replaces one already there in its place", () => {
    expect(Object.entries(withRoomsEstimate(item({ schools_failing: 2, extra: null, schools_checked: 3 }), estimatedTable()).value.parts)).toEqual([["schools_failing", 2], ["extra", null], ["schools_checked", 3], ["schools_rooms_estimated", 1]]);
    expect(Object.entries(withRoomsEstimate(item({ schools_rooms_estimated: 9, schools_checked: 1 }), estimatedTable()).value.parts)).toEqual([["schools_rooms_estimated", 1], ["schools_checked", 1]]);
  });
});

describe("the note's list of schools, built when first read", () => {
  it("is a getter until read, then the names and rows as before: 甲小学、乙小学 at rows 2 and 3", () => {
    const input = { records: [school("甲小学", 2, ESTIMATED), school("乙小学", 3, ESTIMATED)], countyFigures: [], year: null };
    const [note] = notes(evaluate(input, NATIONAL));
    if (note === undefined) throw new Error("no note");
    expect(Object.getOwnPropertyDescriptor(note.params, "schools")?.get).toBeDefined();
    expect(note.cell).toBe("T!musicRoomsArea");
    expect(note.params).toEqual({ item: "G3", count: 2, schools: "甲小学、乙小学", schoolRows: "甲小学@S!2\n乙小学@S!3" });
    expect(Object.getOwnPropertyDescriptor(note.params, "schools")).toMatchObject({ value: "甲小学、乙小学", writable: false });
    expect(Object.keys(note.params)).toEqual(["item", "count", "schools", "schoolRows"]);
  });
});
