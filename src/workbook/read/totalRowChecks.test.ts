import type { CellValue } from "../types";
import type { ColumnKey, ColumnRole } from "./keys";
import type { Classified, RowKind } from "./rowKind";
import { message } from "../../messages/catalogue";
import { totalRowChecks } from "./totalRowChecks";
import { gridOf } from "./testing";

function role(column: number, key: ColumnKey, header: string): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor: 1, header };
}

// Columns A 学校名称, B 在校生数, C 教学仪器设备值（万元）; row 0 the header.
const ROLES = [role(1, "students", "在校生数"), role(2, "equipmentValue", "教学仪器设备值（万元）")];

/** The warnings on a sheet of `rows` under a header, each row's kind given, school rows read unless `unread` lists them; `countyTotals` the rows skipped as a county's subtotal. */
function checks(rows: readonly (readonly CellValue[])[], kinds: readonly RowKind[], unread: readonly number[] = [], countyTotals: readonly number[] = []) {
  const grid = gridOf([["学校名称", "在校生数", "教学仪器设备值（万元）"], ...rows]);
  const classified = new Map<number, Classified>(kinds.map((kind, i) => [i + 1, { kind, labelColumn: null }]));
  const schoolRows = kinds.flatMap((k, i) => (k === "school" && !unread.includes(i + 1) ? [i + 1] : []));
  return totalRowChecks({ grid, kinds: classified, nameColumn: 0, schoolRows, fieldRoles: ROLES, countyTotals: new Set(countyTotals) });
}

/** The one warning, or null for none (more than one fails the test). */
function check(...args: Parameters<typeof checks>) {
  const found = checks(...args);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0] ?? null;
}

const SCHOOLS: CellValue[][] = [["一小", 1652, 330.25], ["二小", 980, 120.5], ["三小", 412, 60]];

describe("totalRowCheck: the sheet's own 合计 against the rows read", () => {
  it("finds nothing when 合计 agrees: 1652 + 980 + 412 = 3044 students, 330.25 + 120.5 + 60 = 510.75 万元", () => {
    expect(check([...SCHOOLS, ["合计", 3044, 510.75]], ["school", "school", "school", "total"])).toBeNull();
  });

  it("warns at the total's label when a school row was not read (hidden 二小): 3044 against 2064, 510.75 against 390.25", () => {
    const issue = check([...SCHOOLS, ["合计", 3044, 510.75]], ["school", "school", "school", "total"], [2]);
    expect([issue?.code, issue?.severity, issue?.cell]).toEqual(["read_total_row_mismatch_few", "warning", "学校基本情况!A5"]);
    expect(issue?.params.totalColumns).toBe("B“在校生数” 3,044 / 2,064\nC“教学仪器设备值（万元）” 510.75 / 390.25");
    expect(message(issue?.code ?? "", issue?.params ?? {}, "zh")).toBe("第 5 行“合计”与第 2 行起读取的学校行相加不符（合计行 / 学校行相加）：B“在校生数” 3,044 / 2,064；C“教学仪器设备值（万元）” 510.75 / 390.25。可能有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对");
    // English: the letter set apart from the quote, the columns as clauses (their numbers hold commas themselves).
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toContain("from row 2 down, added up (the total row / the rows' sum): B “在校生数” 3,044 / 2,064; C “教学仪器设备值（万元）” 510.75 / 390.25. School rows");
  });

  it("reads text numbers as the reader does: a total that Excel's SUM made without the text 1,652 disagrees (1392 against 3044)", () => {
    const rows = [["一小", "1,652", 330.25], ...SCHOOLS.slice(1), ["合计", 1392, 510.75]];
    expect(check(rows, ["school", "school", "school", "total"])?.params.totalColumns).toBe("B“在校生数” 1,392 / 3,044");
  });

  it("lets a hand-typed total round half a unit (510.75 万元 typed 511), not a whole one (512)", () => {
    expect(check([...SCHOOLS, ["合计", 3044, 511]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([...SCHOOLS, ["合计", 3044, 512]], ["school", "school", "school", "total"])?.params.totalColumns).toBe("C“教学仪器设备值（万元）” 512 / 510.75");
  });

  it("skips a column whose total cell is blank or no number, and counts a blank school cell as nothing", () => {
    expect(check([...SCHOOLS, ["合计", null, "—"]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([["一小", 1652, null], ["二小", 980, 120.5], ["合计", 2632, 120.5]], ["school", "school", "total"])).toBeNull();
  });

  it("says nothing for an average, a stage line, or a grand total between schools", () => {
    const wrong = ["合计", 1, 1];
    expect(check([...SCHOOLS, ["平均", 1, 1]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([...SCHOOLS, ["其中：城区小计", 1, 1]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([SCHOOLS[0] ?? [], wrong, ...SCHOOLS.slice(1)], ["school", "total", "school", "school"])).toBeNull();
    expect(check([...SCHOOLS, wrong, ["其中：小学", 1, 1]], ["school", "school", "school", "total", "stageLine"])).toBeNull();
  });

  it("checks the 合计 past a breakdown line (其中：寄宿制学校), itself unchecked: 1 against 1652 + 980 + 412 = 3,044 (s52 H6: before, nothing)", () => {
    const issue = check([...SCHOOLS, ["合计", 1, 511], ["其中：寄宿制学校", 1, 1]], ["school", "school", "school", "total", "breakdown"]);
    expect([issue?.code, issue?.cell, issue?.params.totalColumns]).toEqual(["read_total_row_mismatch_few", "学校基本情况!A5", "B“在校生数” 1 / 3,044"]);
  });

  it("checks a 小计 alone below the schools, and each of two grand totals: 1 against 3,044", () => {
    expect(check([...SCHOOLS, ["小计", 3044, 510.75]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([...SCHOOLS, ["小计", 1, 510.75]], ["school", "school", "school", "total"])?.params.totalColumns).toBe("B“在校生数” 1 / 3,044");
    const two = checks([...SCHOOLS, ["合计", 1, 510.75], ["总计", 3044, 510.75]], ["school", "school", "school", "total", "total"]);
    expect(two.map((i) => [i.cell, i.params.totalColumns])).toEqual([["学校基本情况!A5", "B“在校生数” 1 / 3,044"]]);
  });

  it("takes 全县合计 and 总 计 (spaces folded) as a grand total; one school alone is checked too", () => {
    expect(check([...SCHOOLS, ["全县合计", 3000, 510.75]], ["school", "school", "school", "total"])?.code).toBe("read_total_row_mismatch_few");
    expect(check([["一小", 1652, 330.25], ["总 计", 1652, 330.25]], ["school", "total"])).toBeNull();
  });

  it("names five columns and counts the rest (read_total_row_mismatch) when more disagree", () => {
    const keys: ColumnKey[] = ["students", "classes", "teachers", "qualifiedTeachers", "backboneTeachers", "peArtTeachers"];
    const roles = keys.map((k, i) => role(i + 1, k, k));
    const grid = gridOf([["学校名称", ...keys], ["一小", 1, 1, 1, 1, 1, 1], ["合计", 2, 2, 2, 2, 2, 2]]);
    const kinds = new Map<number, Classified>([[1, { kind: "school", labelColumn: null }], [2, { kind: "total", labelColumn: null }]]);
    const [issue] = totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: [1], fieldRoles: roles });
    expect([issue?.code, issue?.params.count, String(issue?.params.totalColumns).split("\n").length]).toEqual(["read_total_row_mismatch", 6, 5]);
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toContain("in 6 columns, among them: B “students” 2 / 1; ");
  });

  describe("numbers typed with their unit, as the reader reads them (read_number_with_unit)", () => {
    // A 合计 of 300 students over 一小 100 and 二小 typed with its unit.
    const typed = (second: string, total: number | string = 300) => check([["一小", 100, 1], ["二小", second, 1], ["合计", total, 2]], ["school", "school", "total"]);

    it("adds 200人 in as 200: 100 + 200 = 300, no warning; nor for a 合计 typed 300人", () => {
      expect(typed("200人")).toBeNull();
      expect(typed("200 人", "300人")).toBeNull();
    });

    it("still warns for a real gap: 100 + 150人 = 250 against 300", () => {
      expect(typed("150人")?.params.totalColumns).toBe("B“在校生数” 300 / 250");
    });

    it("leaves out what the reader cannot read (约200, reported at its cell), as the reader did: 300 against 100", () => {
      expect(typed("约200")?.params.totalColumns).toBe("B“在校生数” 300 / 100");
    });

    it("compares a 万元 column in 万元: 269.76万元 + 1,300,000元 (130 万元) + 0.5 = 400.26", () => {
      const roles = [role(1, "students", "在校生数"), { ...role(2, "equipmentValue", "教学仪器设备值（万元）"), unitFactor: 10000, unit: "万元" }];
      const kinds = new Map<number, Classified>([1, 2, 3, 4].map((r) => [r, { kind: r === 4 ? "total" : "school", labelColumn: null }]));
      const run = (total: number) => {
        const grid = gridOf([["学校名称", "在校生数", "教学仪器设备值（万元）"], ["一小", 1, "269.76万元"], ["二小", 1, "1,300,000元"], ["三小", 1, 0.5], ["合计", 3, total]]);
        return totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: [1, 2, 3], fieldRoles: roles });
      };
      expect(run(400.26)).toEqual([]);
      // 401 is 0.74 万元 over the sum: more than half a unit.
      expect(run(401).map((i) => i.params.totalColumns)).toEqual(["C“教学仪器设备值（万元）” 401 / 400.26"]);
    });
  });

  describe("part totals (a county's or a town's) under their schools, then a grand total", () => {
    // 甲县: 一小 1652 / 330.25, 二小 980 / 120.5 → 2632 / 450.75; 乙县: 三小 412 / 60, 四小 300 / 40 → 712 / 100; all 3344 / 550.75.
    const CITY: CellValue[][] = [SCHOOLS[0] ?? [], SCHOOLS[1] ?? [], ["甲县小计", 2632, 450.75], SCHOOLS[2] ?? [], ["四小", 300, 40], ["乙县小计", 712, 100], ["全市合计", 3344, 550.75]];
    const KINDS: RowKind[] = ["school", "school", "total", "school", "school", "total", "total"];

    it("finds nothing when every total agrees with its own schools", () => {
      expect(checks(CITY, KINDS)).toEqual([]);
    });

    it("warns at 乙县小计 (since row 5) and at 全市合计 (since row 2) when 四小 was not read: 712 / 412, 3,344 / 3,044", () => {
      const found = checks(CITY, KINDS, [5]);
      expect(found.map((i) => [i.cell, i.params.first, i.params.totalColumns])).toEqual([
        ["学校基本情况!A7", 5, "B“在校生数” 712 / 412\nC“教学仪器设备值（万元）” 100 / 60"],
        ["学校基本情况!A8", 2, "B“在校生数” 3,344 / 3,044\nC“教学仪器设备值（万元）” 550.75 / 510.75"],
      ]);
      expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "zh")).toContain("第 7 行“乙县小计”与第 5 行起读取的学校行相加不符（合计行 / 学校行相加）：B“在校生数” 712 / 412；");
    });

    it("warns at the part total a typed figure is wrong in, and nowhere else: 甲县小计 2,623 against 2,632", () => {
      const typo = CITY.map((r) => (r[0] === "甲县小计" ? ["甲县小计", 2623, 450.75] : r));
      expect(checks(typo, KINDS).map((i) => [i.params.label, i.params.totalColumns])).toEqual([["甲县小计", "B“在校生数” 2,623 / 2,632"]]);
    });

    it("compares a county's total under its towns' 小计 with the whole county (from the top), not the last town", () => {
      const nested: CellValue[][] = [SCHOOLS[0] ?? [], ["城区小计", 1652, 330.25], SCHOOLS[1] ?? [], SCHOOLS[2] ?? [], ["乡镇小计", 1392, 180.5], ["甲县合计", 3044, 510.75]];
      expect(checks(nested, ["school", "total", "school", "school", "total", "total"])).toEqual([]);
    });

    it("checks a row named after a county that was skipped as its subtotal (read_county_total_row)", () => {
      const named: CellValue[][] = [...SCHOOLS, ["城关县", 3000, 510.75]];
      expect(checks(named, ["school", "school", "school", "total"])).toEqual([]);
      expect(checks(named, ["school", "school", "school", "total"], [], [4]).map((i) => i.params.totalColumns)).toEqual(["B“在校生数” 3,000 / 3,044"]);
    });

    it("leaves a negative school number out, as the reader does (it is reported there), while Excel's SUM adds it: 乡镇小计 20 against 23 read", () => {
      // 5 + 6 + 4 + 5 + 3 = 23 read; with −3 typed in 李庄, SUM gives 20 (−3 is no count, so it is left out).
      const rows: CellValue[][] = [["红旗", 5, 1], ["向阳", 6, 1], ["育才", 4, 1], ["柳河", 5, 1], ["李庄", -3, 1], ["城关", 3, 1], ["乡镇小计", 20, 6]];
      expect(checks(rows, ["school", "school", "school", "school", "school", "school", "total"]).map((i) => i.params.totalColumns)).toEqual(["B“在校生数” 20 / 23"]);
    });

    it("takes a blank school cell as nothing and a total cell that is no number as nothing to check, in a part total too", () => {
      const blanks: CellValue[][] = [["一小", 1652, null], ["二小", 980, 120.5], ["甲县小计", 2632, "—"], ["三小", 412, 60], ["乙县小计", "412", 60]];
      expect(checks(blanks, ["school", "school", "total", "school", "total"])).toEqual([]);
    });
  });
});

/** The issues when the rows `hidden` lists are hidden school rows left unread (readSchoolRows passes them as skippedRows). */
function withHidden(rows: readonly (readonly CellValue[])[], kinds: readonly RowKind[], hidden: readonly number[]) {
  const grid = gridOf([["学校名称", "在校生数", "教学仪器设备值（万元）"], ...rows]);
  const classified = new Map<number, Classified>(kinds.map((kind, i) => [i + 1, { kind, labelColumn: null }]));
  const schoolRows = kinds.flatMap((k, i) => (k === "school" && !hidden.includes(i + 1) ? [i + 1] : []));
  return totalRowChecks({ grid, kinds: classified, nameColumn: 0, schoolRows, fieldRoles: ROLES, skippedRows: hidden });
}

describe("totalRowCheck: hidden school rows left unread inside a total's range", () => {
  const KINDS: RowKind[] = ["school", "school", "school", "total"];
  const say = (issue: { code: string; params: Readonly<Record<string, string | number>> } | undefined, lang: "zh" | "en") => message(issue?.code ?? "", issue?.params ?? {}, lang);

  it("notes (not warns) a 合计 that differs only by the hidden 二小: 1652 + 412 read + 980 hidden = 3044, 330.25 + 60 + 120.5 = 510.75", () => {
    const found = withHidden([...SCHOOLS, ["合计", 3044, 510.75]], KINDS, [2]);
    expect(found.map((i) => [i.code, i.severity, i.cell, i.params.rows, i.params.count])).toEqual([["read_total_row_hidden", "info", "学校基本情况!A5", "3", 1]]);
    expect(say(found[0], "zh")).toBe("第 5 行“合计”与读取的学校行相加的差别，都是隐藏或筛选掉、未读取的学校行（第 3 行）的数值，合计行计入了它；评估只含读取的学校行");
    expect(say(found[0], "en")).toBe("Row 5 (合计) differs from the school rows read, added up, only by the numbers of the hidden or filtered-out school row 3, which was not read and which the total counts; the evaluation holds only the rows read");
  });

  it("counts a hidden first row in the range: 一小 and 二小 hidden, 三小 read (rows 2–3)", () => {
    const found = withHidden([...SCHOOLS, ["合计", 3044, 510.75]], KINDS, [1, 2]);
    expect(found.map((i) => [i.code, i.params.rows, i.params.first, i.params.count])).toEqual([["read_total_row_hidden", "2–3", 2, 2]]);
    expect(say(found[0], "en")).toContain("only by the numbers of the hidden or filtered-out school rows 2–3, which were not read");
  });

  it("warns at a total whose columns differ in counting the hidden row, naming those that leave it out: 在校生数 typed with 二小 (3044), 万元 without it (390.25; 510.75 with it) (R2 of s45, B)", () => {
    const found = withHidden([...SCHOOLS, ["合计", 3044, 390.25]], KINDS, [2]);
    expect(found.map((i) => [i.code, i.severity, i.params.rows, i.params.totalColumns])).toEqual([["read_total_row_mismatch_hidden_mixed_few", "warning", "3", "C“教学仪器设备值（万元）” 390.25 / 510.75"]]);
    expect(say(found[0], "zh")).toBe("第 5 行“合计”有的列计入了隐藏或筛选掉、未读取的学校行（第 3 行），这些列却未计入（合计行 / 含隐藏行相加）：C“教学仪器设备值（万元）” 390.25 / 510.75。可能这些列用 SUBTOTAL 求和或漏计了这些行，请核对");
  });

  it("gives no note for a hidden total row whose difference is its hidden rows' (a filter hid 合计 and 二小)", () => {
    const rows = [["学校名称", "在校生数", "教学仪器设备值（万元）"], ...SCHOOLS, ["合计", 3044, 510.75]];
    const grid = { ...gridOf(rows), hiddenRows: [2, 4] };
    const classified = new Map<number, Classified>(KINDS.map((kind, i) => [i + 1, { kind, labelColumn: null }]));
    expect(totalRowChecks({ grid, kinds: classified, nameColumn: 0, schoolRows: [1, 3], fieldRoles: ROLES, skippedRows: [2] })).toEqual([]);
  });

  it("says nothing when every column leaves the hidden row out (SUBTOTAL(109) throughout: 2064, 390.25)", () => {
    expect(withHidden([...SCHOOLS, ["合计", 2064, 390.25]], KINDS, [2])).toEqual([]);
  });

  it("warns with the hidden rows counted when a column agrees neither way, naming only it: 合计 3045 is 3,044 with 二小 and 2,064 without", () => {
    const found = withHidden([...SCHOOLS, ["合计", 3045, 510.75]], KINDS, [2]);
    expect(found.map((i) => [i.code, i.severity, i.params.hiddenRows, i.params.first, i.params.totalColumns])).toEqual([["read_total_row_mismatch_hidden_few", "warning", "3", 2, "B“在校生数” 3,045 / 3,044 / 2,064"]]);
    expect(say(found[0], "zh")).toBe("第 5 行“合计”与第 2 行起的学校行相加不符，计不计隐藏或筛选掉、未读取的学校行（第 3 行）都不符（合计行 / 含隐藏行相加 / 不含隐藏行相加）：B“在校生数” 3,045 / 3,044 / 2,064。可能合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对");
    expect(say(found[0], "en")).toContain("with or without the hidden or filtered-out rows that were not read, row 3 (the total row / the sum with them / without them): B “在校生数” 3,045 / 3,044 / 2,064.");
  });

  describe("a city's counties under their 小计 (甲县 一小 二小 → 2632 / 450.75, 乙县 三小 四小 → 712 / 100, 全市合计 3344 / 550.75)", () => {
    it("checks every 小计 when the first county's schools are all hidden, 甲县小计 then standing above the first school read: a typo in 乙县小计 (722) is warned (R2 of s45, A)", () => {
      const typo = CITY.map((r) => (r[0] === "乙县小计" ? ["乙县小计", 722, 100] : r));
      const found = withHidden(typo, CITY_KINDS, [1, 2]);
      expect(found.map((i) => [i.code, i.params.label, i.params.totalColumns ?? i.params.rows])).toEqual([["read_total_row_hidden", "甲县小计", "2–3"], ["read_total_row_mismatch_few", "乙县小计", "B“在校生数” 722 / 712"], ["read_total_row_hidden", "全市合计", "2–3"]]);
    });

    const CITY: CellValue[][] = [SCHOOLS[0] ?? [], SCHOOLS[1] ?? [], ["甲县小计", 2632, 450.75], SCHOOLS[2] ?? [], ["四小", 300, 40], ["乙县小计", 712, 100], ["全市合计", 3344, 550.75]];
    const CITY_KINDS: RowKind[] = ["school", "school", "total", "school", "school", "total", "total"];

    it("takes only the hidden rows inside each total's range: 四小 hidden explains 乙县小计 and 全市合计, not 甲县小计", () => {
      const found = withHidden(CITY, CITY_KINDS, [5]);
      expect(found.map((i) => [i.code, i.params.label, i.params.rows, i.params.first])).toEqual([["read_total_row_hidden", "乙县小计", "6", 5], ["read_total_row_hidden", "全市合计", "6", 2]]);
    });

    it("compares a 小计 whose every school is hidden (乙县's group collapsed) with those rows, not with 甲县 above: 412 + 300 = 712 (reviewer R1 of s45, F1)", () => {
      const found = withHidden(CITY, CITY_KINDS, [4, 5]);
      expect(found.map((i) => [i.code, i.params.label, i.params.rows, i.params.first])).toEqual([["read_total_row_hidden", "乙县小计", "5–6", 5], ["read_total_row_hidden", "全市合计", "5–6", 2]]);
    });

    it("warns at a typo beside a hidden row with the hidden row counted: 甲县小计 2,623 against 2,632 (二小 hidden), the 万元 column agreeing with it (R1, F2)", () => {
      const typo = CITY.map((r) => (r[0] === "甲县小计" ? ["甲县小计", 2623, 450.75] : r));
      const found = withHidden(typo, CITY_KINDS, [2]);
      expect(found.map((i) => [i.code, i.params.label, i.params.totalColumns, i.params.hiddenRows])).toEqual([["read_total_row_mismatch_hidden_few", "甲县小计", "B“在校生数” 2,623 / 2,632 / 1,652", "3"], ["read_total_row_hidden", "全市合计", undefined, undefined]]);
    });

    it("keeps the plain warning for a typo in a county with no hidden row (甲县小计 2,623; 四小 hidden in 乙县)", () => {
      const typo = CITY.map((r) => (r[0] === "甲县小计" ? ["甲县小计", 2623, 450.75] : r));
      const found = withHidden(typo, CITY_KINDS, [5]);
      expect(found.map((i) => [i.code, i.params.label, i.params.hiddenRows])).toEqual([["read_total_row_mismatch_few", "甲县小计", undefined], ["read_total_row_hidden", "乙县小计", undefined], ["read_total_row_hidden", "全市合计", undefined]]);
    });

    it("compares a county's 合计 under its towns' 小计 with the whole county, hidden row and all (R1, F1: w9)", () => {
      const nested: CellValue[][] = [SCHOOLS[0] ?? [], ["城区小计", 1652, 330.25], SCHOOLS[1] ?? [], SCHOOLS[2] ?? [], ["乡镇小计", 1392, 180.5], ["甲县合计", 3044, 510.75]];
      const found = withHidden(nested, ["school", "total", "school", "school", "total", "total"], [3]);
      expect(found.map((i) => [i.code, i.params.label, i.params.rows, i.params.first])).toEqual([["read_total_row_hidden", "乡镇小计", "4", 4], ["read_total_row_hidden", "甲县合计", "4", 2]]);
    });
  });
});

describe("totalRowChecks: totals written above their schools, as the statistics reports print them (Q2 of s48: none was checked)", () => {
  // 城区: 一小 1652 + 二小 980 = 2632 students, 330.25 + 120.5 = 450.75 万元; 乡镇: 三小 412, 60; all 3044, 510.75.
  const KINDS: RowKind[] = ["total", "school", "school", "total", "school"];
  const headed = (city: CellValue[], town: CellValue[]) => [["城区小计", ...city], ...SCHOOLS.slice(0, 2), ["乡镇小计", ...town], SCHOOLS[2] ?? []];

  it("finds 城区小计 2632 / 450.75 and 乡镇小计 412 / 60 above their schools right, and a 合计 3044 / 510.75 at the top or the bottom", () => {
    expect(checks(headed([2632, 450.75], [412, 60]), KINDS)).toEqual([]);
    expect(checks([["合计", 3044, 510.75], ...headed([2632, 450.75], [412, 60])], ["total", ...KINDS])).toEqual([]);
    expect(checks([...headed([2632, 450.75], [412, 60]), ["合计", 3044, 510.75]], [...KINDS, "total"])).toEqual([]);
  });

  it("warns each 小计 typed wrong above its schools, naming the rows it covers (1 / 2,632 in rows 3–4; 1 / 412 in row 6)", () => {
    const found = checks(headed([1, 450.75], [1, 60]), KINDS);
    expect(found.map((i) => [i.cell, i.code, i.params.first, i.params.last, i.params.totalColumns])).toEqual([
      ["学校基本情况!A2", "read_total_row_mismatch_few", 3, 4, "B“在校生数” 1 / 2,632"],
      ["学校基本情况!A5", "read_total_row_mismatch_few", 6, 6, "B“在校生数” 1 / 412"],
    ]);
    // “from row 3 down” would run past 城区's block into 乡镇's: the rows it covers are said, start and end.
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "zh")).toMatch(/^第 2 行“城区小计”与第 3–4 行读取的学校行相加不符（合计行 \/ 学校行相加）：B“在校生数” 1 \/ 2,632。/);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "en")).toMatch(/^Row 2 \(城区小计\) does not match the school rows read in rows 3–4, added up \(the total row \/ the rows' sum\): B “在校生数” 1 \/ 2,632\./);
    expect(message(found[1]?.code ?? "", found[1]?.params ?? {}, "en")).toMatch(/^Row 5 \(乡镇小计\) does not match the school rows read in row 6, added up/);
    expect(message(found[1]?.code ?? "", found[1]?.params ?? {}, "zh")).toMatch(/^第 5 行“乡镇小计”与第 6 行读取的学校行相加不符/);
  });

  it("a total under its schools still says where they start only (合计 3,144 from row 3 down: no last row)", () => {
    const found = checks([...headed([2632, 450.75], [412, 60]), ["合计", 3144, 510.75]], [...KINDS, "total"]);
    expect(found.map((i) => [i.cell, i.params.first, i.params.last])).toEqual([["学校基本情况!A7", 3, undefined]]);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "en")).toMatch(/^Row 7 \(合计\) does not match the school rows read from row 3 down, added up/);
    expect(message(found[0]?.code ?? "", found[0]?.params ?? {}, "zh")).toMatch(/^第 7 行“合计”与第 3 行起读取的学校行相加不符/);
  });

  it("warns a 合计 at the top that is 100 over every school below it (3,144 / 3,044), the 小计 under it right", () => {
    const found = checks([["合计", 3144, 510.75], ...headed([2632, 450.75], [412, 60])], ["total", ...KINDS]);
    expect(found.map((i) => [i.cell, i.params.first, i.params.totalColumns])).toEqual([["学校基本情况!A2", 4, "B“在校生数” 3,144 / 3,044"]]);
  });

  it("checks a 合计 above every school with no 小计 (3,044 right, 3,054 warned); one after its last school adds nothing and is not checked as heading", () => {
    expect(checks([["合计", 3044, 510.75], ...SCHOOLS], ["total", "school", "school", "school"])).toEqual([]);
    expect(checks([["合计", 3054, 510.75], ...SCHOOLS], ["total", "school", "school", "school"]).map((i) => i.params.totalColumns)).toEqual(["B“在校生数” 3,054 / 3,044"]);
    expect(checks([...headed([2632, 450.75], [412, 60]), ["其他小计", 1, 1]], [...KINDS, "total"])).toEqual([]);
  });

  it("warns a 小计 heading a school row not read (二小: 2,632 / 1,652), and only notes one whose school row is hidden and left unread", () => {
    expect(checks(headed([2632, 450.75], [412, 60]), KINDS, [3]).map((i) => [i.cell, i.params.totalColumns])).toEqual([["学校基本情况!A2", "B“在校生数” 2,632 / 1,652\nC“教学仪器设备值（万元）” 450.75 / 330.25"]]);
    const grid = gridOf([["学校名称", "在校生数", "教学仪器设备值（万元）"], ...headed([2632, 450.75], [412, 60])]);
    const kinds = new Map<number, Classified>(KINDS.map((kind, i) => [i + 1, { kind, labelColumn: null }]));
    const found = totalRowChecks({ grid, kinds, nameColumn: 0, schoolRows: [2, 5], fieldRoles: ROLES, skippedRows: [3] });
    expect(found.map((i) => [i.cell, i.code, i.severity, i.params.rows])).toEqual([["学校基本情况!A2", "read_total_row_hidden", "info", "4"]]);
  });
});
