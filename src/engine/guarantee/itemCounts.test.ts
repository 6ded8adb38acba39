import { CHECK, checkTable, putCheck, putTeacherCount, TEACHER, type CheckTable } from "./checkTable";
import { STATUS } from "./checkStatus";
import { columnCounts, emptyColumnCounts, emptyRateCounts, rateCounts } from "./itemCounts";
import { columnTallies } from "./schoolDataItem";

/** A table of `size` schools, those in `counted` counting for the items. */
function tableOf(size: number, counted: readonly number[]): CheckTable {
  const table = checkTable(size);
  for (const s of counted) table.counted[s] = 1;
  return table;
}

const list = (a: Int32Array | Float64Array): number[] => Array.from(a);

describe("columnCounts: per check-table column, the counted schools checked, failing and unknown", () => {
  it("by hand: 甲 G3 pass, G4 fail, G5 unknown; 乙 G3 fail, G4 pass; 丙 not counted (G3 fail ignored); 丁 counted, checked on nothing", () => {
    const table = tableOf(4, [0, 1, 3]);
    putCheck(table, 0, CHECK.G3, STATUS.PASS, 0);
    putCheck(table, 0, CHECK.G4, STATUS.FAIL, 130);
    putCheck(table, 0, CHECK.G5, STATUS.UNKNOWN, NaN);
    putCheck(table, 1, CHECK.G3, STATUS.FAIL, 2);
    putCheck(table, 1, CHECK.G4, STATUS.PASS, 0);
    putCheck(table, 2, CHECK.G3, STATUS.FAIL, 1);
    const counts = columnCounts(table, emptyColumnCounts());
    // Columns G3, G4, G5, G6, G7, Q4.
    expect(list(counts.checked)).toEqual([2, 2, 1, 0, 0, 0]);
    expect(list(counts.failing)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(list(counts.unknown)).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it("one school, and no school counted: its checks alone, then all zero — the earlier counts in `out` cleared", () => {
    const out = emptyColumnCounts();
    const one = tableOf(1, [0]);
    putCheck(one, 0, CHECK.Q4, STATUS.FAIL, 0.03);
    columnCounts(one, out);
    expect([list(out.checked), list(out.failing)]).toEqual([[0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 1]]);
    const none = tableOf(2, []);
    putCheck(none, 0, CHECK.G4, STATUS.FAIL, 10);
    columnCounts(none, out);
    expect([list(out.checked), list(out.failing), list(out.unknown)]).toEqual([[0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]]);
  });

  it("the same counts as columnTallies (which also names the failing schools) on 200 seeded tables", () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let t = 0; t < 200; t++) {
      const size = 1 + next(30);
      const table = tableOf(size, Array.from({ length: size }, (_, s) => s).filter(() => next(4) !== 0));
      for (let s = 0; s < size; s++) for (let c = 0; c < 6; c++) putCheck(table, s, c, next(4), NaN);
      const counts = columnCounts(table, emptyColumnCounts());
      const tallies = columnTallies(table);
      expect([list(counts.checked), list(counts.failing), list(counts.unknown)]).toEqual([tallies.map((x) => x.checked), tallies.map((x) => x.failing.length), tallies.map((x) => x.unknown)]);
    }
  });
});

describe("rateCounts: both county rates' sums over the counted schools", () => {
  it("by hand: certified 40 + 30 of teachers 40 + 31, a third school without counts, trained given by the first alone → certified 70 / 71 (1 unknown), trained 38 / 40 (2 unknown)", () => {
    const table = tableOf(4, [0, 1, 2]);
    putTeacherCount(table, 0, TEACHER.teachers, 40);
    putTeacherCount(table, 0, TEACHER.certified, 40);
    putTeacherCount(table, 0, TEACHER.trained, 38);
    putTeacherCount(table, 1, TEACHER.teachers, 31);
    putTeacherCount(table, 1, TEACHER.certified, 30);
    // Not counted: its counts are left out.
    putTeacherCount(table, 3, TEACHER.teachers, 99);
    putTeacherCount(table, 3, TEACHER.certified, 1);
    const rates = rateCounts(table, emptyRateCounts());
    expect(rates.rows).toBe(3);
    expect([rates.unknown[TEACHER.certified], rates.num[TEACHER.certified], rates.den[TEACHER.certified]]).toEqual([1, 70, 71]);
    expect([rates.unknown[TEACHER.trained], rates.num[TEACHER.trained], rates.den[TEACHER.trained]]).toEqual([2, 38, 40]);
  });

  it("a count without the teachers is unknown, not a count over 0 teachers; zero teachers given are summed as 0", () => {
    const table = tableOf(2, [0, 1]);
    putTeacherCount(table, 0, TEACHER.certified, 5);
    putTeacherCount(table, 1, TEACHER.teachers, 0);
    putTeacherCount(table, 1, TEACHER.certified, 0);
    const rates = rateCounts(table, emptyRateCounts());
    expect([rates.rows, rates.unknown[TEACHER.certified], rates.num[TEACHER.certified], rates.den[TEACHER.certified]]).toEqual([2, 1, 0, 0]);
  });
});
