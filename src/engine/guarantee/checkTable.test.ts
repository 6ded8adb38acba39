import { CHECK, checkCells, checkTable, checkValue, emptyCheckTable, putCheck, putChecks, putTeacherCount, rowOf, stageMask, statusAt, TEACHER, teacherCount, teacherCountCells } from "./checkTable";
import { STATUS } from "./checkStatus";
import type { SchoolChecks } from "./schoolFindings";

const found = (over: Partial<SchoolChecks> = {}): SchoolChecks => ({
  name: "红星小学",
  role: "compulsory",
  checks: {
    G3: { school: "红星小学", status: "fail", value: 2, cells: ["表1!K5", "表1!M5"] },
    G4: { school: "红星小学", status: "unknown", value: null, cells: [] },
    G6: undefined,
  },
  teachers: { teachers: { value: 40, cells: ["表1!F5"] }, certified: null, trained: { value: 0, cells: ["表1!H5"] } },
  issues: [{ code: "guarantee_rooms_area_missing", severity: "warning", cell: "表1!L5", params: {} }],
  guarantee: { roomsShortLowerBound: null },
  ...over,
});

describe("checkTable", () => {
  it("starts with every check NONE and every count missing", () => {
    const table = checkTable(2);
    expect([table.size, table.status.length, table.teacher.length]).toEqual([2, 12, 6]);
    expect(rowOf(table, 1)).toEqual({ name: "", counted: false, checks: {}, teachers: [null, null, null], roomsEstimated: false });
  });

  it("emptyCheckTable: the previous table's memory when it has room, its rows cleared, its names, cells and issues not carried over", () => {
    const first = checkTable(3);
    putChecks(first, 0, found());
    putChecks(first, 2, found({ name: "育才小学" }));
    putCheck(first, 1, CHECK.G4, STATUS.FAIL, 130);
    const next = emptyCheckTable(2, first);
    expect([next.size, next.capacity, next.status.buffer === first.status.buffer]).toEqual([2, 3, true]);
    for (const row of [0, 1]) expect(rowOf(next, row)).toEqual({ name: "", counted: false, checks: {}, teachers: [null, null, null], roomsEstimated: false });
    expect([next.names, next.issues, checkCells(next, 0, CHECK.G3), teacherCountCells(next, 0, TEACHER.teachers)]).toEqual([["", ""], [], [], []]);
    // The old table's issues stay with the county that had them.
    expect(first.issues).toHaveLength(2);
    // A county larger than the table gets a new one.
    const larger = emptyCheckTable(4, first);
    expect([larger.capacity, larger.status.buffer === first.status.buffer]).toEqual([4, false]);
    expect(emptyCheckTable(1, undefined).capacity).toBe(1);
  });

  it("emptyCheckTable clears the flags, not the figures: a reused row's old figure and count are there but read as none", () => {
    // By hand: row 0 G4 fail 130, teachers 40; after reuse given and teacherGiven are 0, so checkValue and teacherCount are null.
    const first = checkTable(2);
    putCheck(first, 0, CHECK.G4, STATUS.FAIL, 130);
    putTeacherCount(first, 0, TEACHER.teachers, 40);
    const next = emptyCheckTable(2, first);
    expect([next.value[CHECK.G4], next.given[CHECK.G4], next.teacher[TEACHER.teachers], next.teacherGiven[TEACHER.teachers]]).toEqual([130, 0, 40, 0]);
    expect([checkValue(next, 0, CHECK.G4), teacherCount(next, 0, TEACHER.teachers), statusAt(next, 0, CHECK.G4)]).toEqual([null, null, STATUS.NONE]);
    // A check without a figure written into the reused row keeps it without one.
    putCheck(next, 0, CHECK.G4, STATUS.UNKNOWN, NaN);
    expect(checkValue(next, 0, CHECK.G4)).toBeNull();
  });

  it("putChecks keeps the stages a per-stage check (G7) speaks for as bits; a school without one has none; emptyCheckTable clears them", () => {
    const table = checkTable(3);
    putChecks(table, 0, found({ name: "特教学校", role: "special", checks: { G7: { school: "特教学校", status: "pass", value: 6500, cells: [], stages: ["primary"] } } }));
    putChecks(table, 1, found({ name: "特教二校", role: "special", checks: { G7: { school: "特教二校", status: "fail", value: 5000, cells: [], stages: ["primary", "junior"] } } }));
    putChecks(table, 2, found());
    expect([...table.stages]).toEqual([0b01, 0b11, 0]);
    // The other arrays of the shared buffer are untouched by the stages.
    expect([rowOf(table, 0).checks, rowOf(table, 1).checks, rowOf(table, 2).teachers]).toEqual([{ G7: { status: "pass", value: 6500 } }, { G7: { status: "fail", value: 5000 } }, [40, null, 0]]);
    expect([...emptyCheckTable(3, table).stages]).toEqual([0, 0, 0]);
  });

  it("stageMask: bit 0 primary, bit 1 junior", () => {
    expect([stageMask([]), stageMask(["primary"]), stageMask(["junior"]), stageMask(["primary", "junior"])]).toEqual([0, 1, 2, 3]);
  });

  it("putCheck and putTeacherCount: NaN is no figure, 0 is a figure", () => {
    const table = checkTable(1);
    putCheck(table, 0, CHECK.G4, STATUS.FAIL, 130);
    putCheck(table, 0, CHECK.G5, STATUS.UNKNOWN, NaN);
    putCheck(table, 0, CHECK.Q4, STATUS.PASS, 0);
    putTeacherCount(table, 0, TEACHER.teachers, 0);
    putTeacherCount(table, 0, TEACHER.trained, NaN);
    expect([statusAt(table, 0, CHECK.G4), checkValue(table, 0, CHECK.G4)]).toEqual([STATUS.FAIL, 130]);
    expect([statusAt(table, 0, CHECK.G5), checkValue(table, 0, CHECK.G5)]).toEqual([STATUS.UNKNOWN, null]);
    expect(checkValue(table, 0, CHECK.Q4)).toBe(0);
    expect([teacherCount(table, 0, TEACHER.teachers), teacherCount(table, 0, TEACHER.trained)]).toEqual([0, null]);
    expect(checkCells(table, 0, CHECK.G4)).toEqual([]);
  });

  it("putChecks writes a reference school's row: checks present (an undefined one is NONE), figures, counts, cells, issues", () => {
    const table = checkTable(2);
    putChecks(table, 1, found());
    expect(rowOf(table, 1)).toEqual({ name: "红星小学", counted: true, checks: { G3: { status: "fail", value: 2 }, G4: { status: "unknown", value: null } }, teachers: [40, null, 0], roomsEstimated: false });
    expect(checkCells(table, 1, CHECK.G3)).toEqual(["表1!K5", "表1!M5"]);
    expect(teacherCountCells(table, 1, TEACHER.trained)).toEqual(["表1!H5"]);
    expect(table.issues.map((i) => i.cell)).toEqual(["表1!L5"]);
    expect(rowOf(table, 0).checks).toEqual({});
  });

  it("putChecks overwrites every column a fast attempt wrote, and a school of no role is not counted", () => {
    const table = checkTable(1);
    putCheck(table, 0, CHECK.G5, STATUS.FAIL, 3);
    putTeacherCount(table, 0, TEACHER.certified, 12);
    table.roomsEstimated[0] = 1;
    putChecks(table, 0, found({ role: "none", checks: {} }));
    expect(rowOf(table, 0)).toEqual({ name: "红星小学", counted: false, checks: {}, teachers: [40, null, 0], roomsEstimated: false });
  });

  it("putChecks keeps whether G3 rests on estimated rooms; emptyCheckTable clears it", () => {
    const table = checkTable(2);
    const g3 = { school: "红星小学", status: "pass", value: 0, cells: [] } as const;
    putChecks(table, 0, found({ checks: { G3: g3 }, guarantee: { roomsShortLowerBound: { music: false, art: true } } }));
    putChecks(table, 1, found({ checks: { G3: g3 } }));
    expect([rowOf(table, 0).roomsEstimated, rowOf(table, 1).roomsEstimated]).toEqual([true, false]);
    // A school that does not count has no G3, so nothing of its rooms is noted.
    putChecks(table, 1, found({ role: "none", checks: {}, guarantee: { roomsShortLowerBound: { music: true, art: false } } }));
    expect(rowOf(table, 1).roomsEstimated).toBe(false);
    // The other arrays of the shared buffer are untouched by it.
    expect([rowOf(table, 0).checks, [...table.stages]]).toEqual([{ G3: { status: "pass", value: 0 } }, [0, 0]]);
    expect([...emptyCheckTable(2, table).roomsEstimated]).toEqual([0, 0]);
  });

  it("keeps a reference figure that is not a number as it is (NaN), not as none", () => {
    const table = checkTable(1);
    putChecks(table, 0, found({ checks: { Q4: { school: "红星小学", status: "fail", value: NaN, cells: [] } } }));
    expect(checkValue(table, 0, CHECK.Q4)).toBeNaN();
  });
});

describe("checkTable's arrays", () => {
  it("share one buffer without overlapping: filling one array leaves the others as they were", () => {
    const table = checkTable(3);
    const arrays = [table.value, table.teacher, table.counted, table.status, table.given, table.teacherGiven];
    expect(new Set(arrays.map((a) => a.buffer)).size).toBe(1);
    arrays.forEach((target, t) => {
      const before = arrays.map((a) => Array.from(a));
      target.fill(7);
      arrays.forEach((other, o) => {
        if (o !== t) expect(Array.from(other)).toEqual(before[o]);
      });
    });
    expect(arrays.map((a) => a.length)).toEqual([18, 9, 3, 18, 18, 9]);
  });
  it("has room for no school at all", () => {
    expect(checkTable(0).status.length).toBe(0);
  });
});
