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

describe("totalRowChecks: a stage's subtotal takes what it cannot tell with or without", () => {
  // A 九年一贯制 育英学校 on one row (stage null): 在校生数 per stage, 校舍面积 for the whole school.
  const STAGE_ROLES = [role(1, "students", "在校生数（小学）", "primary"), role(2, "students", "在校生数（初中）", "junior"), role(3, "teachingArea", "校舍面积")];
  const ROWS: Line[] = [["primary", "一小", 500, null, 3000], [null, "育英学校", 620, 410, 6500], ["junior", "一中", null, 800, 5000]];

  it("adds a 九年一贯制's own stage column (小学 500 + 620 = 1,120; 初中 410 + 800 = 1,210) and takes its whole-school 校舍面积 with or without (9,500 or 3,000 alike)", () => {
    expect(said([...ROWS, ["total", "小学小计", 1120, null, 9500], ["total", "初中小计", null, 1210, 11500]], STAGE_ROLES)).toEqual([]);
    expect(said([...ROWS, ["total", "小学小计", 1120, null, 3000], ["total", "初中小计", null, 1210, 5000]], STAGE_ROLES)).toEqual([]);
  });

  it("still warns a stage column that is wrong (小学小计 1,100 against 500 + 620 = 1,120), and reads nothing into its other stage's cell (小学小计's 初中 0)", () => {
    const found = said([...ROWS, ["total", "小学小计", 1100, 0, 9500]], STAGE_ROLES);
    expect(found).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "B“在校生数（小学）” 1,100 / 1,120"]]);
  });

  it("says nothing when a row of no known stage fills the column (某校 980 may be 小学 or not): 2064 and 3044 alike; 9,999 (neither) is warned", () => {
    const lines = (typed: number): Line[] => [YIXIAO, [null, "某校", 980, 120.5], SANXIAO, ["total", "小学小计", typed, 390.25]];
    expect(said(lines(2064))).toEqual([]);
    expect(said(lines(3044))).toEqual([]);
    expect(said(lines(9999))).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", "B“在校生数” 9,999 / 3,044 / 2,064"]]);
  });

  it("counts a hidden row left unread whose stage was not read with or without (R5 of s46: it left the column unchecked), and checks a column it leaves blank", () => {
    // 一小 1652 + 三小 412 = 2,064; with the hidden 二中's 980, 3,044: either agrees, 9,999 neither.
    for (const students of [2064, 3044]) expect(said([YIXIAO, ["junior", "二中", 980, null], SANXIAO, ["total", "小学小计", students, 390.25]], ROLES, [2])).toEqual([]);
    const lines: Line[] = [YIXIAO, ["junior", "二中", 980, null], SANXIAO, ["total", "小学小计", 9999, 390.25]];
    expect(said(lines, ROLES, [2])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", "B“在校生数” 9,999 / 3,044 / 2,064"]]);
    // The hidden row is named once, though it is both hidden and open.
    const [issue] = checks(lines, ROLES, [2]);
    expect(issue?.params.rows).toBe("3");
    const wrongMoney: Line[] = [YIXIAO, ["junior", "二中", 980, null], SANXIAO, ["total", "小学小计", 2064, 391.5]];
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

/** The issues on a sheet of `lines`, each with its stage, hidden rows (1-based from the first line) with theirs too, as the reader gives them (hiddenStage). */
function checksWithHidden(lines: readonly Line[], hidden: readonly number[]) {
  const grid = gridOf([["学校名称", ...ROLES.map((r) => r.header)], ...lines.map(([, ...cells]) => cells)], { hiddenRows: hidden });
  const kinds = new Map<number, Classified>(lines.map(([stage], i) => [i + 1, { kind: stage === "total" ? "total" : "school", labelColumn: null }]));
  const schools = lines.flatMap(([stage], i) => (stage === "total" ? [] : [[i + 1, stage] as const]));
  const rowStages = new Map<number, RowStage>(schools);
  const schoolRows = schools.map(([row]) => row).filter((row) => !hidden.includes(row));
  return totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows, fieldRoles: ROLES, rowStages, skippedRows: hidden });
}

describe("totalRowChecks: a stage's subtotal over a one-row combined school checks both readings (R4 of s46, B2)", () => {
  // 一中 1100 / 100 万元, 二中 800 / 80 (初中), 育英学校 (九年一贯制, one row, stage null) 1030 / 75: 初中 rows 1,900 / 180; with 育英学校 whole 2,930 / 255.
  const ROWS: Line[] = [["junior", "一中", 1100, 100], ["junior", "二中", 800, 80], [null, "育英学校", 1030, 75]];

  it("finds 初中小计 right with 育英学校 counted whole (2,930 / 255) or left out (1,900 / 180)", () => {
    expect(said([...ROWS, ["total", "初中小计", 2930, 255]])).toEqual([]);
    expect(said([...ROWS, ["total", "初中小计", 1900, 180]])).toEqual([]);
  });

  it("warns at 初中小计 3,030 / 355 (neither), naming both sums and 育英学校's row 4, in zh and en", () => {
    const found = checks([...ROWS, ["total", "初中小计", 3030, 355]]);
    expect(found.map((i) => [i.cell, i.code, i.params.first, i.params.rows, i.params.totalColumns])).toEqual([
      ["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", 2, "4", "B“在校生数” 3,030 / 2,930 / 1,900\nC“教学仪器设备值（万元）” 355 / 255 / 180"],
    ]);
    const zh = message(found[0]?.code ?? "", found[0]?.params ?? {}, "zh");
    expect(zh).toMatch(/^第 5 行“初中小计”与第 2 行起读取的该学段学校行相加不符，计不计可能另计的学校行（第 4 行：.*）都不符（合计行 \/ 含这些行相加 \/ 不含这些行相加）：B“在校生数” 3,030 \/ 2,930 \/ 1,900；/);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "en")).toMatch(/^Row 5 \(初中小计\) does not match the school rows of its stage read from row 2 down, added up, with or without row 4, which may hold a combined school's .*\(the total row \/ the sum with them \/ without them\): B “在校生数” 3,030 \/ 2,930 \/ 1,900; /);
  });

  it("names only the stage rows' sum when the combined school leaves the column blank (育英学校 no 万元: 初中小计 190 against 180)", () => {
    const blank: Line[] = [["junior", "一中", 1100, 100], ["junior", "二中", 800, 80], [null, "育英学校", 1030, null], ["total", "初中小计", 2930, 190]];
    expect(said(blank)).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "C“教学仪器设备值（万元）” 190 / 180"]]);
  });

  it("keeps a stage-split combined row's own stage columns sure: 小学小计 1,100 against 500 + 620 = 1,120 is warned, without the open wording", () => {
    const STAGE_ROLES = [role(1, "students", "在校生数（小学）", "primary"), role(2, "students", "在校生数（初中）", "junior"), role(3, "teachingArea", "校舍面积")];
    const rows: Line[] = [["primary", "一小", 500, null, 3000], [null, "育英学校", 620, 410, 6500], ["total", "小学小计", 1100, null, 9500]];
    expect(said(rows, STAGE_ROLES)).toEqual([["学校基本情况!A4", "read_total_row_mismatch_stage_few", "B“在校生数（小学）” 1,100 / 1,120"]]);
    // 校舍面积: 3,000 alone or 3,000 + 6,500 = 9,500; 9,000 is neither.
    const area: Line[] = [["primary", "一小", 500, null, 3000], [null, "育英学校", 620, 410, 6500], ["total", "小学小计", 1120, null, 9000]];
    expect(said(area, STAGE_ROLES)).toEqual([["学校基本情况!A4", "read_total_row_mismatch_stage_open_few", "D“校舍面积” 9,000 / 9,500 / 3,000"]]);
  });
});

describe("totalRowChecks: 中学合计 may count a 完全中学's 高中部 or not (R4 of s46, B1)", () => {
  // 一中 1100 / 100, 县一中（初中部） 700 / 50 (初中), 县一中（高中部） 1500 / 120 (senior): 初中 1,800 / 150; with 高中部 3,300 / 270.
  const ROWS: Line[] = [["junior", "一中", 1100, 100], ["junior", "县一中（初中部）", 700, 50], ["senior", "县一中（高中部）", 1500, 120]];

  it("finds 中学合计 right with the 高中部 (3,300 / 270) or without (1,800 / 150)", () => {
    expect(said([...ROWS, ["total", "中学合计", 3300, 270]])).toEqual([]);
    expect(said([...ROWS, ["total", "中学合计", 1800, 150]])).toEqual([]);
  });

  it("warns at 中学合计 3,400 (neither 3,300 nor 1,800), and at 初中小计 3,300 (初中 never counts 高中: 1,800)", () => {
    expect(said([...ROWS, ["total", "中学合计", 3400, 270]])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", "B“在校生数” 3,400 / 3,300 / 1,800"]]);
    expect(said([...ROWS, ["total", "初中小计", 3300, 150]])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_few", "B“在校生数” 3,300 / 1,800"]]);
  });

  it("takes each part alone too: 中学合计 over 一中 1100, 育英学校 (one row) 1030 and a 高中部 1500 agrees at 1,100, 2,130, 2,600 or 3,630", () => {
    const rows: Line[] = [["junior", "一中", 1100, 100], [null, "育英学校", 1030, 75], ["senior", "县一中（高中部）", 1500, 120]];
    for (const typed of [1100, 2130, 2600, 3630]) expect(said([...rows, ["total", "中学合计", typed, null]])).toEqual([]);
    expect(said([...rows, ["total", "中学合计", 3000, null]])).toEqual([["学校基本情况!A5", "read_total_row_mismatch_stage_open_few", "B“在校生数” 3,000 / 3,630 / 1,100"]]);
  });
});

describe("totalRowChecks: 中学合计 over stage columns and a 高中部 row (final read of s46: its 初中 column was counted twice)", () => {
  // B 在校生数（初中）: 一中 1100, 县一中（高中部） 60 (a 初中 figure on the senior row, as a 完全中学 may fill it): 1,100, or 1,160 with it; 1,220 (counted twice) is neither.
  const JUNIOR = [role(1, "students", "在校生数（初中）", "junior")];
  const rows: Line[] = [["junior", "一中", 1100], ["senior", "县一中（高中部）", 60]];

  it("agrees at 1,100 or 1,160 and warns at 1,220", () => {
    for (const typed of [1100, 1160]) expect(said([...rows, ["total", "中学合计", typed]], JUNIOR)).toEqual([]);
    expect(said([...rows, ["total", "中学合计", 1220]], JUNIOR)).toEqual([["学校基本情况!A4", "read_total_row_mismatch_stage_open_few", "B“在校生数（初中）” 1,220 / 1,160 / 1,100"]]);
  });
});

describe("totalRowChecks: a hidden row counts in a stage's subtotal by its stage (R4 of s46, B5b)", () => {
  // 一小 1200 / 60, 二小 900 / 45 (hidden, 小学), 三小 600 / 30, 一中 1100 / 90: 小学 read 1,800 / 90, with 二小 2,700 / 135.
  const ROWS: Line[] = [["primary", "一小", 1200, 60], ["primary", "二小", 900, 45], ["primary", "三小", 600, 30], ["junior", "一中", 1100, 90]];

  it("warns at 小学小计 2,800 (2,700 with the hidden row, 1,800 without), naming row 3", () => {
    const found = checksWithHidden([...ROWS, ["total", "小学小计", 2800, 135]], [2]);
    expect(found.map((i) => [i.cell, i.code, i.params.rows, i.params.totalColumns])).toEqual([["学校基本情况!A6", "read_total_row_mismatch_stage_open_few", "3", "B“在校生数” 2,800 / 2,700 / 1,800"]]);
  });

  it("says nothing of 小学小计 2,700 / 135 (counting it) or 1,800 / 90 (SUBTOTAL, leaving it out), nor of 初中小计 1,100 beside a hidden 小学 row", () => {
    expect(checksWithHidden([...ROWS, ["total", "小学小计", 2700, 135], ["total", "初中小计", 1100, 90]], [2])).toEqual([]);
    expect(checksWithHidden([...ROWS, ["total", "小学小计", 1800, 90]], [2])).toEqual([]);
  });

  it("still warns one column counting the hidden row and another not (2,700 with it, 90 without: read_total_row_mismatch_hidden_mixed_few)", () => {
    const found = checksWithHidden([...ROWS, ["total", "小学小计", 2700, 90]], [2]);
    expect(found.map((i) => [i.code, i.params.totalColumns])).toEqual([["read_total_row_mismatch_hidden_mixed_few", "C“教学仪器设备值（万元）” 90 / 135"]]);
  });
});
