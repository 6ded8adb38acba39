import type { SchoolType, Stage } from "../../engine/types";
import type { CellValue } from "../types";
import type { ColumnKey, ColumnRole } from "./keys";
import type { Classified } from "./rowKind";
import { message } from "../../messages/catalogue";
import { totalRowChecks, type RowStage } from "./totalRowChecks";
import { gridOf } from "./testing";

function role(column: number, key: ColumnKey, header: string, stage: Stage | null = null): ColumnRole {
  return { column, key, stage, part: null, unitFactor: 1, header };
}

// Columns A 学校名称, B 在校生数, C 教学仪器设备值（万元）, stage in a 学段 column the reader has read (rowStages); row 0 the header.
const ROLES = [role(1, "students", "在校生数"), role(2, "equipmentValue", "教学仪器设备值（万元）")];

/** A row of the sheet: a school with the stage the reader gave it ("total" a total row, by its label). */
type Line = readonly [stage: RowStage | "total", ...cells: CellValue[]];

/** The issues on a sheet of `lines` under a header; `hidden` the school rows (1-based from the first line) hidden and left unread. */
function checks(lines: readonly Line[], roles: readonly ColumnRole[] = ROLES, hidden: readonly number[] = []) {
  const grid = gridOf([["学校名称", ...roles.map((r) => r.header)], ...lines.map(([, ...cells]) => cells)]);
  const kinds = new Map<number, Classified>(lines.map(([stage], i) => [i + 1, { kind: stage === "total" ? "total" : "school", labelColumn: null }]));
  const schools = lines.flatMap(([stage], i) => (stage === "total" || hidden.includes(i + 1) ? [] : [[i + 1, stage] as const]));
  const rowStages = new Map<number, RowStage>(schools);
  return totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: schools.map(([row]) => row), fieldRoles: roles, rowStages, skippedRows: hidden });
}

/** Each issue as [cell, code, columns]. */
function said(lines: readonly Line[], roles: readonly ColumnRole[] = ROLES, hidden: readonly number[] = []) {
  return checks(lines, roles, hidden).map((i) => [i.cell, i.code, i.params.totalColumns]);
}

// 一小 and 三小 小学, 一中 初中: 小学 1652 + 412 = 2064 students, 330.25 + 60 = 390.25 万元; 初中 980, 120.5; all 3044, 510.75.
const YIXIAO: Line = ["primary", "一小", 1652, 330.25];
const YIZHONG: Line = ["junior", "一中", 980, 120.5];
const SANXIAO: Line = ["primary", "三小", 412, 60];

describe("totalRowChecks: a stage's subtotal adds up that stage's rows (R2 of s46, finding 2)", () => {
  it("finds 小学小计 2064, 初中小计 980 and 总计 3044 under all the schools right (总计 not counting the subtotals)", () => {
    const lines: Line[] = [YIXIAO, YIZHONG, SANXIAO, ["total", "小学小计", 2064, 390.25], ["total", "初中小计", 980, 120.5], ["total", "总计", 3044, 510.75]];
    expect(said(lines)).toEqual([]);
  });

  it("warns at a 小学小计 typed 2046 (小学 rows 2,064), in words that say it adds that stage's rows; 初中小计 and 总计 stay quiet", () => {
    const lines: Line[] = [YIXIAO, YIZHONG, SANXIAO, ["total", "小学小计", 2046, 390.25], ["total", "初中小计", 980, 120.5], ["total", "总计", 3044, 510.75]];
    const found = checks(lines);
    expect(found.map((i) => [i.cell, i.code, i.severity, i.params.first, i.params.totalColumns])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "warning", 2, "B“在校生数” 2,046 / 2,064"]]);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "zh")).toMatch(/^第 5 行“小学小计”与第 2 行起读取的该学段学校行相加不符（合计行 \/ 该学段学校行相加）：B“在校生数” 2,046 \/ 2,064。/);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "en")).toMatch(/^Row 5 \(小学小计\) does not match the school rows of its stage read from row 2 down, added up \(the total row \/ the sum of that stage's rows\): B “在校生数” 2,046 \/ 2,064\. /);
  });

  it("still warns at 总计 3054 after correct stage subtotals: 3,054 against the 3,044 of every school row", () => {
    const lines: Line[] = [YIXIAO, YIZHONG, SANXIAO, ["total", "小学小计", 2064, 390.25], ["total", "初中小计", 980, 120.5], ["total", "总计", 3054, 510.75]];
    expect(said(lines)).toEqual([["学校基本情况!A7", "read_total_row_mismatch_few", "B“在校生数” 3,054 / 3,044"]]);
  });

  it("keeps stage blocks in turn working: 小学 rows, 小学小计 2064, 初中 rows, 初中部合计 980, 总计 3044; a 初中部合计 of 990 warned from 一中's row 5 (990 / 980)", () => {
    const right: Line[] = [YIXIAO, SANXIAO, ["total", "小学小计", 2064, 390.25], YIZHONG, ["total", "初中部合计", 980, 120.5], ["total", "总计", 3044, 510.75]];
    expect(said(right)).toEqual([]);
    const wrong: Line[] = [YIXIAO, SANXIAO, ["total", "小学小计", 2064, 390.25], YIZHONG, ["total", "初中部合计", 990, 120.5], ["total", "总计", 3044, 510.75]];
    expect(checks(wrong).map((i) => [i.cell, i.code, i.params.first, i.params.totalColumns])).toEqual([["学校基本情况!A6", "read_total_row_mismatch_stage_few", 5, "B“在校生数” 990 / 980"]]);
  });

  it("leaves out a 完全中学's 高中部 row from 初中小计 (800) and counts it in 合计 (800 + 600 = 1,400)", () => {
    const lines: Line[] = [["junior", "二中初中部", 800, 100], ["senior", "二中高中部", 600, 80], ["total", "初中小计", 800, 100], ["total", "合计", 1400, 180]];
    expect(said(lines)).toEqual([]);
  });

  it("one school alone: 小学小计 412 over 三小 agrees, 413 is warned (413 / 412)", () => {
    expect(said([SANXIAO, ["total", "小学小计", 412, 60]])).toEqual([]);
    expect(said([SANXIAO, ["total", "小学小计", 413, 60]])).toEqual([["学校基本情况!A3", "read_total_row_mismatch_stage_few", "B“在校生数” 413 / 412"]]);
  });
});

describe("totalRowChecks: a stage's subtotal says nothing of what it cannot tell", () => {
  // A 九年一贯制 育英学校 on one row (stage null): 在校生数 per stage, 校舍面积 for the whole school.
  const STAGE_ROLES = [role(1, "students", "在校生数（小学）", "primary"), role(2, "students", "在校生数（初中）", "junior"), role(3, "teachingArea", "校舍面积")];
  const ROWS: Line[] = [["primary", "一小", 500, null, 3000], [null, "育英学校", 620, 410, 6500], ["junior", "一中", null, 800, 5000]];

  it("adds a 九年一贯制's own stage column (小学 500 + 620 = 1,120; 初中 410 + 800 = 1,210) and leaves its whole-school 校舍面积 unchecked (9,500 or 3,000 alike)", () => {
    expect(said([...ROWS, ["total", "小学小计", 1120, null, 9500], ["total", "初中小计", null, 1210, 11500]], STAGE_ROLES)).toEqual([]);
    expect(said([...ROWS, ["total", "小学小计", 1120, null, 3000], ["total", "初中小计", null, 1210, 5000]], STAGE_ROLES)).toEqual([]);
  });

  it("still warns a stage column that is wrong (小学小计 1,100 against 500 + 620 = 1,120), and reads nothing into its other stage's cell (小学小计's 初中 0)", () => {
    const found = said([...ROWS, ["total", "小学小计", 1100, 0, 9500]], STAGE_ROLES);
    expect(found).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "B“在校生数（小学）” 1,100 / 1,120"]]);
  });

  it("says nothing when a row of no known stage fills the column (某校 980 may be 小学 or not): 2064 and 3044 alike", () => {
    const lines = (typed: number): Line[] => [YIXIAO, [null, "某校", 980, 120.5], SANXIAO, ["total", "小学小计", typed, 390.25]];
    expect(said(lines(2064))).toEqual([]);
    expect(said(lines(3044))).toEqual([]);
  });

  it("says nothing of a column a hidden row left unread fills (its stage was not read), and still checks a column it leaves blank", () => {
    const lines: Line[] = [YIXIAO, ["junior", "二中", 980, null], SANXIAO, ["total", "小学小计", 9999, 390.25]];
    expect(said(lines, ROLES, [2])).toEqual([]);
    const wrongMoney: Line[] = [YIXIAO, ["junior", "二中", 980, null], SANXIAO, ["total", "小学小计", 9999, 391.5]];
    expect(said(wrongMoney, ROLES, [2])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "C“教学仪器设备值（万元）” 391.5 / 390.25"]]);
  });

  it("says nothing when no row above is of its stage (初中小计 over 小学 rows only)", () => {
    expect(said([YIXIAO, SANXIAO, ["total", "初中小计", 980, 120.5]])).toEqual([]);
  });
});

/** A school row with its stage and kind of school as the reader gave them, or a total row. */
type Typed = readonly [stage: RowStage | "total", type: SchoolType, ...cells: CellValue[]];

/** The issues as [cell, code, columns] on a sheet of `lines`, each school's kind given (rowTypes). */
function saidTyped(lines: readonly Typed[]) {
  const grid = gridOf([["学校名称", "在校生数", "教学仪器设备值（万元）"], ...lines.map(([, , ...cells]) => cells)]);
  const kinds = new Map<number, Classified>(lines.map(([stage], i) => [i + 1, { kind: stage === "total" ? "total" : "school", labelColumn: null }]));
  const schools = lines.flatMap(([stage, type], i) => (stage === "total" ? [] : [{ row: i + 1, stage, type }]));
  const rowStages = new Map<number, RowStage>(schools.map((s) => [s.row, s.stage]));
  const rowTypes = new Map<number, SchoolType>(schools.map((s) => [s.row, s.type]));
  const found = totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: schools.map((s) => s.row), fieldRoles: ROLES, rowStages, rowTypes });
  return found.map((i) => [i.cell, i.code, i.params.totalColumns]);
}

// 一小 小学 500 / 30; 育英学校 (九年一贯制) on two section rows, 小学部 620 / 40 and 初中部 410 / 35; 一中 初中 800 / 60.
// 小学 500 + 620 = 1,120 / 70; 初中 410 + 800 = 1,210 / 95; 九年一贯制 620 + 410 = 1,030 / 75; all 2,330 / 165.
const TYPED: Typed[] = [
  ["primary", "primary", "一小", 500, 30],
  ["primary", "nine_year", "育英学校（小学部）", 620, 40],
  ["junior", "nine_year", "育英学校（初中部）", 410, 35],
  ["junior", "junior", "一中", 800, 60],
];

describe("totalRowChecks: a kind of school's subtotal (九年一贯制小计) adds up the rows of that kind", () => {
  it("finds 小学小计 1,120, 初中小计 1,210, 九年一贯制小计 1,030 and 总计 2,330 at the bottom right", () => {
    const totals: Typed[] = [["total", "other", "小学小计", 1120, 70], ["total", "other", "初中小计", 1210, 95], ["total", "other", "九年一贯制小计", 1030, 75], ["total", "other", "总计", 2330, 165]];
    expect(saidTyped([...TYPED, ...totals])).toEqual([]);
  });

  it("warns at a 九年一贯制小计 typed 1,040 (its rows 620 + 410 = 1,030), in words that say it adds that kind's rows", () => {
    const totals: Typed[] = [["total", "other", "小学小计", 1120, 70], ["total", "other", "九年一贯制小计", 1040, 75], ["total", "other", "总计", 2330, 165]];
    expect(saidTyped([...TYPED, ...totals])).toEqual([["学校基本情况!A7", "read_total_row_mismatch_type_few", "B“在校生数” 1,040 / 1,030"]]);
    const zh = message("read_total_row_mismatch_type_few", { row: 7, label: "九年一贯制小计", first: 3, totalColumns: "B“在校生数” 1,040 / 1,030" }, "zh");
    expect(zh).toMatch(/^第 7 行“九年一贯制小计”与第 3 行起读取的该类学校行相加不符（合计行 \/ 该类学校行相加）：B“在校生数” 1,040 \/ 1,030。.*学校类型填写有误/);
  });

  it("keeps kind blocks in turn working: 一小, 小学小计 500, 一中, 初中小计 800, 育英学校's two rows, 九年一贯制小计 1,030, 总计 2,330", () => {
    const lines: Typed[] = [TYPED[0] as Typed, ["total", "other", "小学小计", 500, 30], TYPED[3] as Typed, ["total", "other", "初中小计", 800, 60], TYPED[1] as Typed, TYPED[2] as Typed, ["total", "other", "九年一贯制小计", 1030, 75], ["total", "other", "总计", 2330, 165]];
    expect(saidTyped(lines)).toEqual([]);
  });

  it("says nothing when a row of no known kind fills the column, or of a 完全中学小计 over a 高中部 row (800 without it, 1,400 with it, alike)", () => {
    const other: Typed[] = [...TYPED, ["primary", "other", "某校", 300, 20], ["total", "other", "九年一贯制小计", 1330, 95]];
    expect(saidTyped(other)).toEqual([]);
    const complete = (typed: number): Typed[] => [["junior", "complete_middle", "二中初中部", 800, 100], ["senior", "complete_middle", "二中高中部", 600, 80], ["total", "other", "完全中学小计", typed, 100]];
    expect(saidTyped(complete(800))).toEqual([]);
    expect(saidTyped(complete(1400))).toEqual([]);
  });
});
