import { builtInProfile, resolveProfile } from "../../profiles/resolveProfile";
import { estimateCompliantRooms, estimateMayUnderstate, leastCompliantRooms, requiredRoomArea, roomFinding, roomsNeeded, rowsEstimate } from "./roomCheck";
import { groupTotal } from "./recordValues";
import { schoolRecord, type Numbers, type RecordSpec } from "./testRecords";

const national = builtInProfile("national-2017");
const noRelaxation = resolveProfile({ extends: "national-2017", id: "no-relax", guarantee: { rooms: { relaxedOld: null, relaxedSmallRural: null } } });

function finding(kind: "music" | "art", spec: Omit<RecordSpec, "row">, ctx = { stages: ["primary"] as const, smallRural: false }, profile = national) {
  const records = [schoolRecord({ ...spec, row: 5 })];
  return roomFinding(kind, { name: spec.name, records, classes: groupTotal(records, "classes") }, profile, ctx);
}

describe("roomsNeeded: ceil(classes ÷ 12)", () => {
  it.each([
    [0, 0],
    [1, 1],
    [12, 1],
    [13, 2],
    [24, 2],
    [25, 3],
  ])("%i classes need %i rooms of each kind", (classes, rooms) => {
    expect(roomsNeeded(classes, 12)).toBe(rooms);
  });
});

describe("requiredRoomArea", () => {
  const plain = [schoolRecord({ name: "甲小学", row: 5 })];
  const old = [schoolRecord({ name: "乙小学", row: 6, flags: { builtBy2016: true } })];
  const primary = { stages: ["primary"] as const, smallRural: false };

  it("is the standard 96 / 90 m² without relaxation", () => {
    expect(requiredRoomArea("music", national, plain, primary)).toBe(96);
    expect(requiredRoomArea("art", national, plain, primary)).toBe(90);
  });
  it("is 73 / 67 m² for a school built by 2016", () => {
    expect(requiredRoomArea("music", national, old, primary)).toBe(73);
    expect(requiredRoomArea("art", national, old, primary)).toBe(67);
  });
  it("is the stage's small-rural area (小学 54, 初中 61) when that is the most lenient", () => {
    expect(requiredRoomArea("music", national, old, { stages: ["primary"], smallRural: true })).toBe(54);
    expect(requiredRoomArea("art", national, plain, { stages: ["junior"], smallRural: true })).toBe(61);
  });
  it("is the larger of a combined school's stages' small-rural areas (小学 54, 初中 61 → 61): its rooms serve its 初中 classes too", () => {
    expect(requiredRoomArea("music", national, plain, { stages: ["primary", "junior"], smallRural: true })).toBe(61);
    expect(requiredRoomArea("art", national, old, { stages: ["junior", "primary"], smallRural: true })).toBe(61);
  });
  it("keeps the standard when a small rural school has no stage to take an area from", () => {
    expect(requiredRoomArea("music", national, plain, { stages: [], smallRural: true })).toBe(96);
  });
  it("ignores the flags when the profile has no relaxation", () => {
    expect(requiredRoomArea("music", noRelaxation, old, { stages: ["primary"], smallRural: true })).toBe(96);
  });
});

describe("estimateCompliantRooms: min(rooms, floor(area ÷ required))", () => {
  it("counts 250 m² over 3 rooms as 2 rooms of 96 m² (250 / 96 = 2.6)", () => {
    expect(estimateCompliantRooms(3, 250, 96)).toBe(2);
  });
  it("never counts more rooms than there are (400 m² in 2 rooms)", () => {
    expect(estimateCompliantRooms(2, 400, 96)).toBe(2);
  });
  it("counts exactly 192 m² as 2 rooms", () => {
    expect(estimateCompliantRooms(2, 192, 96)).toBe(2);
  });
});

describe("estimateMayUnderstate: the estimate and the rooms needed both above the least count that can comply", () => {
  it.each([
    // estimate min(rooms, ⌊area ÷ required⌋), rooms, area, required, needed, may understate — the least that can comply: 1 when area ≥ rooms × required, else 0
    [2, 2, 200, 96, 2, true], // estimate 2, least 1 (200 ≥ 192): 60 + 140 m² is one
    [2, 2, 200, 96, 1, false], // one needed, one surely complies
    [1, 2, 150, 96, 1, true], // estimate 1, least 0 (150 < 192): 75 + 75 m² is none
    [1, 2, 150, 96, 0, false], // nothing needed
    [1, 1, 100, 96, 3, false], // one room: its area is known, the count exact
    [0, 3, 90, 96, 1, false], // estimate 0: no room of 96 m² in 90 m²
    [0, 0, 0, 96, 1, false], // no room
    [3, 3, 288, 96, 3, true], // estimate 3, least 1 (288 ≥ 288)
  ] as const)("estimate %i of %i rooms, %i m², %i m² each, %i needed → %s", (estimate, rooms, area, required, needed, expected) => {
    expect(estimateMayUnderstate(estimate, leastCompliantRooms(rooms, area, required), needed)).toBe(expected);
  });
});

describe("leastCompliantRooms: one when the area reaches rooms × required, else none", () => {
  it.each([
    [2, 200, 96, 1], // 200 ≥ 192: the two cannot both be under 96 m²
    [2, 191, 96, 0],
    [1, 96, 96, 1], // one room of exactly 96 m²
    [1, 60, 90, 0],
    [0, 0, 90, 0], // no room
  ] as const)("%i rooms of %i m², %i m² each → %i", (rooms, area, required, least) => {
    expect(leastCompliantRooms(rooms, area, required)).toBe(least);
  });
});

describe("rowsEstimate: the compliant rooms of a school of several rows, row by row", () => {
  const art = { rooms: "artRooms", area: "artRoomsArea" } as const;
  const rows = (...given: Numbers[]) => given.map((fields, n) => schoolRecord({ name: "马坊学校", row: 28 + n, fields }));
  it("one art room of 120 m² and one of 60 m² on two rows, 90 m² each: 1 + 0 = 1 complies, at least 1 + 0 (not min(2, ⌊180 ÷ 90⌋) = 2)", () => {
    expect(rowsEstimate(rows({ artRooms: 1, artRoomsArea: 120 }, { artRooms: 1, artRoomsArea: 60 }), art, 90)).toEqual({ compliant: 1, least: 1 });
  });
  it("3 rooms of 250 m² and 2 of 200 m²: min(3, 2) + min(2, 2) = 4, at least 0 + 1 (250 < 270, 200 ≥ 180)", () => {
    expect(rowsEstimate(rows({ artRooms: 3, artRoomsArea: 250 }, { artRooms: 2, artRoomsArea: 200 }), art, 90)).toEqual({ compliant: 4, least: 1 });
  });
  it("passes over a row that gives neither, and one school row alone is its totals' estimate", () => {
    expect(rowsEstimate(rows({ artRooms: 2, artRoomsArea: 200 }, {}), art, 96)).toEqual({ compliant: 2, least: 1 });
    expect(rowsEstimate(rows({ artRooms: 3, artRoomsArea: 250 }), art, 96)).toEqual({ compliant: estimateCompliantRooms(3, 250, 96), least: 0 });
  });
  it("is null when a row gives the rooms and another their area: only the school's totals say anything then", () => {
    expect(rowsEstimate(rows({ artRooms: 2 }, { artRoomsArea: 200 }), art, 90)).toBeNull();
  });
});

describe("roomFinding", () => {
  it("says the area a room was judged by (96 m² music, national) only when it estimated the compliant rooms", () => {
    expect(finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 400 } }).value.area).toBe(96);
    expect(finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 400, musicRoomsCompliant: 3 } }).value.area).toBeNull();
    expect(finding("music", { name: "甲小学", fields: { classes: 30 } }).value.area).toBeNull();
  });
  it("says when the compliant count rests on an estimate that may be too high, and only then", () => {
    // 30 classes need 3; 3 rooms of 400 m² (≥ 3 × 96) estimated as 3, surely 1.
    expect(finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 400 } }).value.estimated).toBe(true);
    expect(finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 400, musicRoomsCompliant: 3 } }).value.estimated).toBe(false);
    expect(finding("music", { name: "甲小学", fields: { musicRooms: 3, musicRoomsArea: 400 } }).value.estimated).toBe(false);
    expect(finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3 } }).value.estimated).toBe(false);
  });
  it("30 classes need 3 music rooms; 3 rooms of 250 m² give 2 compliant, 1 short", () => {
    const f = finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 250 } });
    expect(f.value).toMatchObject({ needed: 3, compliant: 2, short: 1 });
    expect(f.value.cells).toEqual(["表1!C5", "表1!AA5", "表1!AB5"]);
  });
  it("with the 2016 relaxation 250 m² hold 3 rooms of 73 m² (250 / 73 = 3.4): nothing short", () => {
    const f = finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 250 }, flags: { builtBy2016: true } });
    expect(f.value).toMatchObject({ needed: 3, compliant: 3, short: 0 });
  });
  it("a small rural primary school's 60 m² art room counts at 54 m², not at 90 m²", () => {
    const spec = { name: "村小", fields: { classes: 6, artRooms: 1, artRoomsArea: 60 } };
    expect(finding("art", spec, { stages: ["primary"], smallRural: true }).value).toMatchObject({ needed: 1, compliant: 1, short: 0 });
    expect(finding("art", spec).value).toMatchObject({ needed: 1, compliant: 0, short: 1 });
  });
  it("prefers the bureau's own count of compliant rooms", () => {
    const f = finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3, musicRoomsArea: 400, musicRoomsCompliant: 1 } });
    expect(f.value).toMatchObject({ needed: 3, compliant: 1, short: 2 });
  });
  it("reports rooms without area, and leaves the shortfall unknown", () => {
    const f = finding("music", { name: "甲小学", fields: { classes: 30, musicRooms: 3 } });
    expect(f.value).toMatchObject({ needed: 3, compliant: null, short: null });
    expect(f.issues).toEqual([{ code: "music_rooms_area_missing", severity: "warning", cell: "表1!AA5", params: { school: "甲小学" } }]);
  });
  it("reports an area without the number of rooms", () => {
    const f = finding("art", { name: "甲小学", fields: { classes: 30, artRoomsArea: 200 } });
    expect(f.issues.map((i) => i.code)).toEqual(["art_rooms_count_missing"]);
  });
  it("leaves everything unknown for blank cells, without an issue", () => {
    const f = finding("music", { name: "甲小学" });
    expect(f.value).toMatchObject({ needed: null, compliant: null, short: null });
    expect(f.issues).toEqual([]);
  });
  it("a school with zero classes needs no room", () => {
    expect(finding("music", { name: "甲小学", fields: { classes: 0, musicRooms: 0, musicRoomsArea: 0 } }).value).toMatchObject({ needed: 0, compliant: 0, short: 0 });
  });
});
