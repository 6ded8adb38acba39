// The warning G3 gets when a school's unstated 城乡 decides it (rooms_rurality_unknown), and the cell
// the fast paths list it at: the reference path's, G3's first cell, which is the classes' first.
import { NATIONAL } from "../testing/fixtures";
import type { CellRef } from "../types";
import { roomFinding, type RoomContext } from "./roomCheck";
import { roomsRuralityCell, roomsRuralityIssue } from "./roomsRuralityIssue";
import { groupTotal } from "./recordValues";
import { schoolRecord } from "./testRecords";

const NOT_RURAL: RoomContext = { stages: ["primary"], smallRural: false };

/** G3's cells as the reference path lists them (schoolFindings' roomCells): both kinds of room, each cell once. */
function referenceCells(records: Parameters<typeof roomsRuralityCell>[0]): CellRef[] {
  const school = { name: "x", records, classes: groupTotal(records, "classes") };
  const [music, art] = (["music", "art"] as const).map((kind) => roomFinding(kind, school, NATIONAL, NOT_RURAL).value);
  return [...new Set([...(music?.cells ?? []), ...(art?.cells ?? [])])];
}

describe("roomsRuralityIssue", () => {
  it("national's relaxation (largest class under 30; 小学 54 m², 初中 61 m²) as the warning's params, at the cell given", () => {
    const rural = NATIONAL.guarantee.rooms.relaxedSmallRural;
    expect(rural).not.toBeNull();
    if (rural === null) return;
    expect(roomsRuralityIssue("某小学", "表1!E5", rural)).toEqual({ code: "rooms_rurality_unknown", severity: "warning", cell: "表1!E5", params: { school: "某小学", below: 30, primary: 54, junior: 61 } });
  });
});

describe("roomsRuralityCell: G3's first cell, as the reference path's", () => {
  // 班级数 is FIELD_KEYS' column of classes on 表1 (cellOf); a stage's on 表2小学 / 表2初中.
  it("a 小学 row: its classes cell, before its rooms' cells", () => {
    const records = [schoolRecord({ name: "甲小学", row: 5, fields: { classes: 6, musicRooms: 1, musicRoomsArea: 60, artRooms: 1, artRoomsArea: 60 } })];
    const classes = records[0]?.fields.classes?.cell;
    expect(classes).toMatch(/^表1!/);
    expect(roomsRuralityCell(records)).toBe(classes);
    expect(roomsRuralityCell(records)).toBe(referenceCells(records)[0]);
  });

  it("a 九年一贯制 row whose stages give their classes: the 小学 stage's classes cell", () => {
    const records = [schoolRecord({ name: "小河学校", row: 14, type: "nine_year", stage: null, fields: { musicRooms: 1, musicRoomsArea: 62 }, stageFields: { primary: { classes: 6 }, junior: { classes: 2 } } })];
    expect(roomsRuralityCell(records)).toBe(records[0]?.stageFields?.primary?.classes?.cell);
    expect(roomsRuralityCell(records)).toMatch(/^表2小学!/);
    expect(roomsRuralityCell(records)).toBe(referenceCells(records)[0]);
  });

  it("section rows of one school: the first row's classes cell; none when a row lacks its classes (no room is then needed, nothing warned)", () => {
    const a = schoolRecord({ name: "丙学校（小学部）", row: 7, fields: { classes: 6 } });
    const b = schoolRecord({ name: "丙学校（初中部）", row: 8, stage: "junior", type: "junior", fields: { classes: 3 } });
    expect(roomsRuralityCell([a, b])).toBe(a.fields.classes?.cell);
    expect(roomsRuralityCell([a, schoolRecord({ name: "丙学校（初中部）", row: 8, stage: "junior", type: "junior" })])).toBeNull();
  });
});
