import type { CellValue, Grid, WorkbookSource } from "../types";
import { readWorkbook, type ReadOptions, type ReadResult } from "./readWorkbook";
import { gridOf, issuesWith, sourceOf } from "./testing";
import { JUNIOR, PRIMARY, SHEET_HEADER, schoolSheet, titledSheet } from "./testingSheets";
import { candidateOf } from "./pickSheets";
import { pickSchoolSheets, type RowsOf } from "./pickSchoolSheets";
import { readSchoolRows } from "./readSchoolRows";

type Ok = Extract<ReadResult, { ok: true }>;

/** A source whose `hidden` sheets are hidden (as the xlsx and Office adapters say). */
function withHidden(grids: readonly Grid[], hidden: readonly string[]): WorkbookSource {
  return { ...sourceOf(grids), hiddenSheets: () => Promise.resolve(hidden) };
}

async function readOk(source: WorkbookSource, options: ReadOptions = {}): Promise<Ok> {
  const result = await readWorkbook(source, options);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
}

describe("readWorkbook: a visible school sheet before a hidden one", () => {
  // Last year's data, hidden, with one more recognised column (班级数) than this year's visible sheet.
  const current = schoolSheet("学校", [...PRIMARY, ...JUNIOR]);
  const old = schoolSheet("2019旧数据", [["已撤并小学", "小学", 100, 5, 300, 3]], [...SHEET_HEADER, "班级数"]);

  it("reads the visible sheet although the hidden one has more recognised columns, and notes the hidden one at its header", async () => {
    const result = await readOk(withHidden([current, old], ["2019旧数据"]));
    expect(result.mapping.sheet).toBe("学校");
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙小学", "甲中学", "乙中学"]);
    expect(issuesWith(result.issues, "read_hidden_school_sheets")).toEqual([{ code: "read_hidden_school_sheets", severity: "info", cell: "'2019旧数据'!A1", params: { others: "2019旧数据" } }]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("reads a hidden (or very hidden) sheet when no visible sheet has schools, and says it is hidden at its header", async () => {
    const note = gridOf([["本表说明"]], { sheet: "说明" });
    const result = await readOk(withHidden([note, current], ["学校"]));
    expect(result.input.records).toHaveLength(4);
    expect(issuesWith(result.issues, "read_hidden_sheet_read")).toEqual([{ code: "read_hidden_sheet_read", severity: "warning", cell: "学校!A1", params: { sheet: "学校" } }]);
  });

  it("reads a hidden sheet the user named without a word about it, and, from an adapter that does not say, as before", async () => {
    const named = await readOk(withHidden([current, old], ["2019旧数据"]), { sheet: "2019旧数据" });
    expect(named.input.records.map((r) => r.name)).toEqual(["已撤并小学"]);
    expect(named.issues.filter((i) => i.code.includes("hidden") || i.code.includes("other"))).toEqual([]);
    const silent = await readOk(sourceOf([current, old]));
    expect(silent.mapping.sheet).toBe("2019旧数据");
    expect(issuesWith(silent.issues, "read_other_school_sheets")).toEqual([{ code: "read_other_school_sheets", severity: "warning", cell: "学校!A1", params: { sheet: "2019旧数据", others: "学校" } }]);
  });
});

describe("readWorkbook: 小学 and 初中 on sheets of their own", () => {
  const primary = schoolSheet("小学", PRIMARY);
  const junior = schoolSheet("初中", [...JUNIOR, ["城关一校", null, 300, 20, 1500]]);

  it("reads both sheets of the same layout, each row of the sheet's stage unless it says its own, and says so at each header", async () => {
    const result = await readOk(sourceOf([primary, junior]));
    expect(result.input.records.map((r) => [r.name, r.stage, r.type, r.fields.students?.value, r.fields.students?.cell])).toEqual([
      ["甲小学", "primary", "primary", 1000, "小学!C2"],
      ["乙小学", "primary", "primary", 500, "小学!C3"],
      ["甲中学", "junior", "junior", 900, "初中!C2"],
      ["乙中学", "junior", "junior", 600, "初中!C3"],
      // Neither a type nor a name that says a stage: the 初中 sheet's (before: an unknown type, out of scope, read as primary).
      ["城关一校", "junior", "junior", 300, "初中!C4"],
    ]);
    expect(issuesWith(result.issues, "read_stage_sheet")).toEqual([
      { code: "read_stage_sheet", severity: "info", cell: "小学!A1", params: { sheet: "小学", stage: "primary", count: 2 } },
      { code: "read_stage_sheet", severity: "info", cell: "初中!A1", params: { sheet: "初中", stage: "junior", count: 3 } },
    ]);
    expect(result.issues.map((i) => i.code)).not.toContain("read_other_school_sheets");
    expect(result.issues.map((i) => i.code)).not.toContain("read_type_unknown");
    expect(result.mapping.sheet).toBe("小学");
  });

  it("tells the stages by the rows' types when the sheet names do not", async () => {
    const result = await readOk(sourceOf([schoolSheet("Sheet1", JUNIOR), schoolSheet("Sheet2", PRIMARY)]));
    expect(result.input.records.map((r) => r.name)).toEqual(["甲中学", "乙中学", "甲小学", "乙小学"]);
    expect(issuesWith(result.issues, "read_stage_sheet").map((i) => i.params.stage)).toEqual(["junior", "primary"]);
  });

  it("reads one sheet (and names the other at its header) when the two are not a primary and a junior sheet of one layout", async () => {
    const narrow = SHEET_HEADER.slice(0, 3);
    const cases: Grid[][] = [
      [primary, schoolSheet("初中", JUNIOR, narrow)],
      // 小学2 shares 甲小学 and differs otherwise: not a copy (an exact copy is left out as one: pickSchoolSheets.copies.test.ts).
      [primary, schoolSheet("小学2", [PRIMARY[0] ?? [], ["丙小学", "小学", 400, 25, 1800]])],
      // Two 小学 sheets of one year beside an 初中 sheet: not a list to add up.
      [primary, schoolSheet("小学2", [PRIMARY[0] ?? [], ["丙小学", "小学", 400, 25, 1800]]), junior],
      [schoolSheet("Sheet1", [["一校", null, 1, 1, 1]]), schoolSheet("初中", JUNIOR)],
    ];
    for (const grids of cases) {
      const result = await readOk(sourceOf(grids));
      expect(issuesWith(result.issues, "read_stage_sheet")).toEqual([]);
      const other = issuesWith(result.issues, "read_other_school_sheets");
      expect(other).toHaveLength(1);
      expect(other[0]?.cell).toMatch(/!A1$/);
      expect(new Set(result.input.records.map((r) => r.source?.sheet)).size).toBe(1);
    }
  });

  it("reads only the sheet the user chose, or only the sheet a range is given for", async () => {
    const chosen = await readOk(sourceOf([primary, junior]), { sheet: "初中" });
    expect(chosen.input.records.map((r) => r.name)).toEqual(["甲中学", "乙中学", "城关一校"]);
    // The sheet's stage is not assumed for a sheet read alone: the unknown school stays unknown, as before.
    expect(chosen.input.records[2]?.type).toBe("other");
    const ranged = await readOk(sourceOf([primary, junior]), { range: "A1:E3" });
    expect(new Set(ranged.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学"]));
  });
});

describe("readWorkbook: one county's list kept on a sheet per township or area", () => {
  const towns = [schoolSheet("城关镇", [PRIMARY[0] ?? [], JUNIOR[0] ?? []]), schoolSheet("石桥镇", [PRIMARY[1] ?? []]), schoolSheet("河口乡", [JUNIOR[1] ?? []])];

  it("reads every sheet of the layout when each is named for its part and none repeats a school, said at each sheet", async () => {
    const result = await readOk(sourceOf(towns));
    expect(result.input.records.map((r) => [r.name, r.source?.sheet])).toEqual([
      ["甲小学", "城关镇"],
      ["甲中学", "城关镇"],
      ["乙小学", "石桥镇"],
      ["乙中学", "河口乡"],
    ]);
    expect(issuesWith(result.issues, "read_sheet_part").map((i) => [i.cell, i.params.count])).toEqual([
      ["城关镇!A1", 2],
      ["石桥镇!A1", 1],
      ["河口乡!A1", 1],
    ]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("reads 城区小学 and 农村小学 beside 初中, each with the stage its name states", async () => {
    const untyped = (name: string): CellValue[] => [name, null, 300, 20, 1500];
    const result = await readOk(sourceOf([schoolSheet("城区小学", [untyped("城关一校")]), schoolSheet("农村小学", [untyped("河口一校")]), schoolSheet("初中", [untyped("城关二校")])]));
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["城关一校", "primary"],
      ["河口一校", "primary"],
      ["城关二校", "junior"],
    ]);
  });

  it("reads the best sheet alone when two repeat a school (versions of one list), or when a sheet is not named for a part", async () => {
    const repeated = await readOk(sourceOf([...towns, schoolSheet("石桥镇（修订）", [PRIMARY[1] ?? [], ["丙小学", "小学", 200, 12, 900]])]));
    expect(new Set(repeated.input.records.map((r) => r.source?.sheet)).size).toBe(1);
    expect(issuesWith(repeated.issues, "read_sheet_part")).toEqual([]);
    // Named for a stage, yet a sheet of closed schools: not a part of this year's list.
    const closedPrimary = await readOk(sourceOf([schoolSheet("小学", PRIMARY), schoolSheet("初中", JUNIOR), schoolSheet("已撤并小学", [["李村小学", "小学", 0, 0, 0]])]));
    expect(closedPrimary.input.records.map((r) => r.name)).not.toContain("李村小学");
    const closed = await readOk(sourceOf([schoolSheet("学校", [...PRIMARY, ...JUNIOR]), schoolSheet("已撤并学校", [["丁小学", "小学", 80, 6, 400]])]));
    expect(closed.input.records.map((r) => r.name)).toEqual(["甲小学", "乙小学", "甲中学", "乙中学"]);
    expect(issuesWith(closed.issues, "read_other_school_sheets").map((i) => i.params.others)).toEqual(["已撤并学校"]);
  });
});

describe("readWorkbook: a range without a sheet applies to the school sheet chosen", () => {
  const schools = schoolSheet("学校", [...PRIMARY, ...JUNIOR]);
  const notes = gridOf([["说明"], ["本表为示例"]], { sheet: "说明" });

  it("reads only the range of the chosen sheet, and says which sheet it was applied to", async () => {
    const result = await readOk(sourceOf([notes, schools]), { range: "A1:E3" });
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙小学"]);
    expect(issuesWith(result.issues, "read_range_applied")).toEqual([{ code: "read_range_applied", severity: "info", cell: "学校!A1", params: { range: "A1:E3", sheet: "学校" } }]);
  });

  it("says nothing of the range when the user named the sheet too", async () => {
    const result = await readOk(sourceOf([notes, schools]), { sheet: "学校", range: "A1:E2" });
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学"]);
    expect(issuesWith(result.issues, "read_range_applied")).toEqual([]);
  });

  it("reads school rows without their header under the header of the sheet that has one above them (rows 4–5: 甲中学, 乙中学)", async () => {
    const result = await readOk(sourceOf([notes, schools]), { range: "A4:E5" });
    expect(result.input.records.map((r) => r.name)).toEqual(["甲中学", "乙中学"]);
    expect(issuesWith(result.issues, "read_range_header_above").map((i) => i.params)).toEqual([{ range: "A4:E5", sheet: "学校", headerRows: "1", header: "A1:E1", count: 2 }]);
  });

  it("fails, saying where the header is, when the range holds no school header and its rows do not read under it (no 学校名称 column)", async () => {
    const result = await readWorkbook(sourceOf([notes, schools]), { range: "B4:E5" });
    expect(result.ok).toBe(false);
    // The header is row 1 of 学校 (A1:E1): the range grown to take it in is A1:E5.
    expect(result.issues).toEqual([{ code: "read_range_header_outside", severity: "error", cell: "学校!A1", params: { range: "B4:E5", sheet: "学校", headerRows: "1", suggestion: "A1:E5" } }]);
  });
});

/** What each record is and where it came from. */
function records(result: Ok): (string | null | number | undefined)[][] {
  return result.input.records.map((r) => [r.name, r.stage, r.type, r.source?.sheet]);
}

describe("readWorkbook: a sheet of 九年一贯制 schools read with the 小学 and 初中 sheets", () => {
  const NINE: CellValue[][] = [
    ["马坊学校（小学部）", "九年一贯制学校", 400, 25, 1800],
    ["马坊学校（初中部）", "九年一贯制学校", 300, 24, 1600],
  ];
  const stageSheets = [schoolSheet("小学", PRIMARY), schoolSheet("初中", JUNIOR)];

  it("reads all three sheets of one layout (before: only 小学, the verdict resting on 2 primary schools), each section row as usual, and says so at each header", async () => {
    const result = await readOk(sourceOf([...stageSheets, schoolSheet("九年一贯制学校", NINE)]));
    expect(records(result)).toEqual([
      ["甲小学", "primary", "primary", "小学"],
      ["乙小学", "primary", "primary", "小学"],
      ["甲中学", "junior", "junior", "初中"],
      ["乙中学", "junior", "junior", "初中"],
      ["马坊学校（小学部）", "primary", "nine_year", "九年一贯制学校"],
      ["马坊学校（初中部）", "junior", "nine_year", "九年一贯制学校"],
    ]);
    expect(issuesWith(result.issues, "read_combined_sheet")).toEqual([{ code: "read_combined_sheet", severity: "info", cell: "九年一贯制学校!A1", params: { sheet: "九年一贯制学校", count: 2 } }]);
    expect(issuesWith(result.issues, "read_stage_sheet").map((i) => i.cell)).toEqual(["小学!A1", "初中!A1"]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
    expect(result.mapping.sheet).toBe("小学");
  });

  it("knows the sheet by its title, or by every row being a combined school, when its name does not say", async () => {
    const byTitle = await readOk(sourceOf([...stageSheets, titledSheet("Sheet3", "某县2024年九年一贯制学校基本情况", NINE)]));
    expect(new Set(byTitle.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学", "初中", "Sheet3"]));
    const byRows = await readOk(sourceOf([...stageSheets, schoolSheet("Sheet3", [...NINE, ["城关中学", "完全中学", 800, 60, 4000]])]));
    expect(issuesWith(byRows.issues, "read_combined_sheet").map((i) => i.params)).toEqual([{ sheet: "Sheet3", count: 3 }]);
  });

  it("reads a sheet whose rows are all 初中部 of 九年一贯制 schools as the 初中 sheet, as before", async () => {
    const result = await readOk(sourceOf([schoolSheet("小学", PRIMARY), schoolSheet("Sheet2", [NINE[1] ?? []])]));
    expect(issuesWith(result.issues, "read_stage_sheet").map((i) => [i.params.sheet, i.params.stage])).toEqual([
      ["小学", "primary"],
      ["Sheet2", "junior"],
    ]);
  });

  it("does not read a list of all schools with the stage sheets (it would count each school twice), and names it", async () => {
    const result = await readOk(sourceOf([...stageSheets, schoolSheet("全部学校", [...PRIMARY, ...JUNIOR])]));
    // The two stage sheets together hold every school once: both are read, the list of all schools is left out.
    expect(new Set(result.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学", "初中"]));
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([{ code: "read_other_school_sheets", severity: "warning", cell: "全部学校!A1", params: { sheet: "小学, 初中", others: "全部学校" } }]);
  });

  it("reads the combined sheet beside a 小学 sheet alone as a part of one list (before: 小学 alone, the 初中部 lost), but not one of another layout (named)", async () => {
    // A county whose 初中 are all 九年一贯制 schools' sections: the two sheets share no school, so they are one list (rules.md §2: every school in scope).
    const alone = await readOk(sourceOf([schoolSheet("小学", PRIMARY), schoolSheet("九年一贯制学校", NINE)]));
    expect(alone.input.records.map((r) => [r.name, r.stage, r.source?.sheet])).toEqual([
      ["甲小学", "primary", "小学"],
      ["乙小学", "primary", "小学"],
      ["马坊学校（小学部）", "primary", "九年一贯制学校"],
      ["马坊学校（初中部）", "junior", "九年一贯制学校"],
    ]);
    const narrow = await readOk(sourceOf([...stageSheets, schoolSheet("九年一贯制学校", NINE.map((r) => r.slice(0, 3)), SHEET_HEADER.slice(0, 3))]));
    expect(new Set(narrow.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学", "初中"]));
    expect(issuesWith(narrow.issues, "read_other_school_sheets").map((i) => i.params.others)).toEqual(["九年一贯制学校"]);
  });
});

describe("readWorkbook: the sheets of the latest year", () => {
  // Last year's figures differ (1100 / 600 primary students), so which year was read shows.
  const OLD_PRIMARY: CellValue[][] = [
    ["甲小学", "小学", 1100, 60, 5000],
    ["乙小学", "小学", 600, 30, 2000],
  ];
  const ofYear = (year: number, stage: string, rows: readonly (readonly CellValue[])[]) => titledSheet(`${year}年${stage}`, `某县${year}年${stage}基本情况`, rows);
  const twoYears = [ofYear(2023, "小学", OLD_PRIMARY), ofYear(2023, "初中", JUNIOR), ofYear(2024, "小学", PRIMARY), ofYear(2024, "初中", JUNIOR)];

  it("reads the 2024 小学 and 初中 sheets (before: 2023年小学 alone) and notes each 2023 sheet at its title", async () => {
    const result = await readOk(sourceOf(twoYears));
    expect(result.input.records.map((r) => [r.source?.sheet, r.fields.students?.value])).toEqual([
      ["2024年小学", 1000],
      ["2024年小学", 500],
      ["2024年初中", 900],
      ["2024年初中", 600],
    ]);
    expect(result.input.year).toBe(2024);
    expect(result.mapping.sheet).toBe("2024年小学");
    const read = "2024年小学, 2024年初中";
    expect(issuesWith(result.issues, "read_sheet_older_year")).toEqual([
      { code: "read_sheet_older_year", severity: "info", cell: "'2023年小学'!A1", params: { sheet: "2023年小学", year: 2023, latest: 2024, read } },
      { code: "read_sheet_older_year", severity: "info", cell: "'2023年初中'!A1", params: { sheet: "2023年初中", year: 2023, latest: 2024, read } },
    ]);
    expect(issuesWith(result.issues, "read_sheets_kept_apart")).toEqual([{ code: "read_sheets_kept_apart", severity: "info", cell: "'2024年小学'!A1", params: { sheet: read, others: "2023年小学, 2023年初中" } }]);
    expect(issuesWith(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("takes the year from the sheet's name when there is no title, whichever sheet comes first", async () => {
    const all = (students: number): (readonly CellValue[])[] => [["甲小学", "小学", students, 60, 5000], ...JUNIOR];
    for (const grids of [[schoolSheet("2023年学校", all(1100)), schoolSheet("2024年学校", all(1000))], [schoolSheet("2024年学校", all(1000)), schoolSheet("2023年学校", all(1100))]]) {
      const result = await readOk(sourceOf(grids));
      expect(result.input.records.map((r) => r.fields.students?.value)).toEqual([1000, 900, 600]);
      expect(issuesWith(result.issues, "read_sheet_older_year").map((i) => [i.cell, i.severity])).toEqual([["'2023年学校'!A1", "info"]]);
    }
  });

  it("does not read a 2023 小学 sheet with a 2024 初中 sheet as one year's list (before: both, the year 2023), and warns that primary schools go unevaluated", async () => {
    const result = await readOk(sourceOf([ofYear(2023, "小学", PRIMARY), ofYear(2024, "初中", JUNIOR)]));
    expect(records(result)).toEqual([
      ["甲中学", "junior", "junior", "2024年初中"],
      ["乙中学", "junior", "junior", "2024年初中"],
    ]);
    expect(result.input.year).toBe(2024);
    expect(issuesWith(result.issues, "read_sheet_year_differs")).toEqual([
      { code: "read_sheet_year_differs", severity: "warning", cell: "'2023年小学'!A1", params: { sheet: "2023年小学", year: 2023, latest: 2024, read: "2024年初中", stage: "primary" } },
    ]);
    expect(issuesWith(result.issues, "read_sheets_kept_apart").map((i) => i.cell)).toEqual(["'2024年初中'!A1"]);
    expect(issuesWith(result.issues, "read_stage_sheet")).toEqual([]);
  });

  it("reads a sheet stating no year with the sheets of the latest year (it may be of any year)", async () => {
    const result = await readOk(sourceOf([schoolSheet("小学", PRIMARY), ofYear(2024, "初中", JUNIOR)]));
    expect(new Set(result.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学", "2024年初中"]));
    expect(result.issues.filter((i) => i.code.startsWith("read_sheet"))).toEqual([]);
  });

  it("reads the latest year's best sheet alone with a range (before: 2023年小学), and the sheet the user named, old or not, without a note", async () => {
    const ranged = await readOk(sourceOf(twoYears), { range: "A1:E4" });
    expect(ranged.input.records.map((r) => [r.source?.sheet, r.fields.students?.value])).toEqual([
      ["2024年小学", 1000],
      ["2024年小学", 500],
    ]);
    const named = await readOk(sourceOf(twoYears), { sheet: "2023年小学" });
    expect(named.input.records.map((r) => r.fields.students?.value)).toEqual([1100, 600]);
    expect(named.issues.filter((i) => i.code.startsWith("read_sheet") || i.code === "read_other_school_sheets")).toEqual([]);
  });
});

describe("readWorkbook: a later year's plan or forecast beside the data sheet", () => {
  const data = titledSheet("学校基本情况", "某县2024年义务教育学校基本情况", [...PRIMARY, ...JUNIOR]);

  it.each([
    ["2025预测", "某县2025年秋季学期在校生预测", ["学校名称", "学校类型", "在校生数"]],
    ["整改计划", "某县2025年义务教育优质均衡发展整改计划表", ["学校名称", "学校类型", "在校生数", "需增加专任教师（人）"]],
  ])("reads the full 2024 sheet, not the poorer %p sheet of 2025 (before: the 2025 sheet, every indicator not evaluable)", async (name, title, header) => {
    const plan = gridOf([[title], header, ["甲小学", "小学", 1300, 5], ["甲中学", "初级中学", 1300, 5]], { sheet: name });
    const result = await readOk(sourceOf([data, plan]));
    expect(result.mapping.sheet).toBe("学校基本情况");
    expect(result.input.year).toBe(2024);
    expect(result.input.records.map((r) => r.fields.students?.value)).toEqual([1000, 500, 900, 600]);
    expect(issuesWith(result.issues, "read_sheet_older_year")).toEqual([]);
    expect(issuesWith(result.issues, "read_other_school_sheets").map((i) => i.params.others)).toEqual([name]);
  });

  it("still leaves out an older sheet of another layout when the best sheet states a later year", async () => {
    const old = titledSheet("2023年", "某县2023年义务教育学校基本情况", PRIMARY.map((r) => r.slice(0, 3)), SHEET_HEADER.slice(0, 3));
    const result = await readOk(sourceOf([data, old]));
    expect(issuesWith(result.issues, "read_sheet_older_year").map((i) => i.cell)).toEqual(["'2023年'!A1"]);
  });
});

describe("readWorkbook: the sheets of one county", () => {
  it("does not read 甲县's 小学 and 乙县's 初中 as one county (before: both, one county): each is its county's, evaluated apart, said at each sheet's title", async () => {
    // A sheet per county of one layout is a city workbook's (finding: every county read, side by side); before this, 乙县初中 was left unread.
    const result = await readOk(sourceOf([titledSheet("甲县小学", "甲县2024年小学基本情况", PRIMARY), titledSheet("乙县初中", "乙县2024年初中基本情况", JUNIOR)]));
    expect(result.input.records.map((r) => [r.name, r.county, r.source?.sheet])).toEqual([
      ["甲小学", "甲县", "甲县小学"],
      ["乙小学", "甲县", "甲县小学"],
      ["甲中学", "乙县", "乙县初中"],
      ["乙中学", "乙县", "乙县初中"],
    ]);
    expect(issuesWith(result.issues, "read_county_sheet")).toEqual([
      { code: "read_county_sheet", severity: "info", cell: "甲县小学!A1", params: { sheet: "甲县小学", county: "甲县", count: 2 } },
      { code: "read_county_sheet", severity: "info", cell: "乙县初中!A1", params: { sheet: "乙县初中", county: "乙县", count: 2 } },
    ]);
    expect(issuesWith(result.issues, "read_sheet_other_county")).toEqual([]);
    expect(issuesWith(result.issues, "read_stage_sheet")).toEqual([]);
  });

  it("reads the sheet of the county of the best sheet, the name telling the county when there is no title", async () => {
    const result = await readOk(sourceOf([schoolSheet("乙县初中", JUNIOR, SHEET_HEADER.slice(0, 3)), schoolSheet("甲县小学", PRIMARY), schoolSheet("甲县初中", JUNIOR)]));
    expect(new Set(result.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["甲县小学", "甲县初中"]));
    expect(issuesWith(result.issues, "read_sheet_other_county").map((i) => [i.cell, i.params.county, i.params.chosen])).toEqual([["乙县初中!A1", "乙县", "甲县"]]);
  });

  it("reads sheets naming two counties together when their rows carry a county column: each row says its county", async () => {
    const header = [...SHEET_HEADER, "县区"];
    const result = await readOk(
      sourceOf([
        titledSheet("甲县小学", "甲县2024年小学基本情况", PRIMARY.map((r) => [...r, "甲县"]), header),
        titledSheet("乙县初中", "乙县2024年初中基本情况", JUNIOR.map((r) => [...r, "乙县"]), header),
      ]),
    );
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["甲小学", "甲县"],
      ["乙小学", "甲县"],
      ["甲中学", "乙县"],
      ["乙中学", "乙县"],
    ]);
    expect(issuesWith(result.issues, "read_sheet_other_county")).toEqual([]);
  });

  it("reads sheets of the same county, or of one named county and none, together", async () => {
    const same = await readOk(sourceOf([titledSheet("小学", "甲县2024年小学基本情况", PRIMARY), titledSheet("初中", "甲县2024年初中基本情况", JUNIOR)]));
    expect(new Set(same.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学", "初中"]));
    const one = await readOk(sourceOf([titledSheet("小学", "甲县2024年小学基本情况", PRIMARY), schoolSheet("初中", JUNIOR)]));
    expect(new Set(one.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学", "初中"]));
    expect([...same.issues, ...one.issues].filter((i) => i.code.startsWith("read_sheet"))).toEqual([]);
  });
});

describe("pickSchoolSheets: how often a sheet's rows are read", () => {
  const rowsCounting = () => {
    const calls: string[] = [];
    const rowsOf: RowsOf = (c, stage) => {
      calls.push(c.grid.sheet);
      return readSchoolRows(c.grid, c.band, c.matched.roles, false, stage);
    };
    return { calls, rowsOf };
  };
  const candidate = (grid: Grid) => {
    const c = candidateOf(grid, {});
    if (c === null) throw new Error("no header");
    return c;
  };

  it("reads one school sheet's rows once: with no second sheet there is nothing to sort (20,000 rows were read twice)", () => {
    const { calls, rowsOf } = rowsCounting();
    const choice = pickSchoolSheets([candidate(schoolSheet("学校", [...PRIMARY, ...JUNIOR]))], new Set(), true, rowsOf);
    expect([choice.ok, calls]).toEqual([true, ["学校"]]);
  });

  it("reads each stage sheet once when they are read together", () => {
    const { calls, rowsOf } = rowsCounting();
    const choice = pickSchoolSheets([candidate(schoolSheet("小学", PRIMARY)), candidate(schoolSheet("初中", JUNIOR))], new Set(), true, rowsOf);
    expect(choice.ok && choice.reads.map((r) => r.candidate.grid.sheet)).toEqual(["小学", "初中"]);
    expect([...calls].sort()).toEqual(["初中", "小学"]);
  });

  it("reads each sheet once when sheets of one layout do not split (学校 beside its copy 学校备份)", () => {
    const { calls, rowsOf } = rowsCounting();
    const choice = pickSchoolSheets([candidate(schoolSheet("学校", [...PRIMARY, ...JUNIOR])), candidate(schoolSheet("学校备份", [...PRIMARY, ...JUNIOR]))], new Set(), true, rowsOf);
    expect(choice.ok && choice.reads.map((r) => r.candidate.grid.sheet)).toEqual(["学校"]);
    expect([...calls].sort()).toEqual(["学校", "学校备份"]);
  });
});

describe("readWorkbook: the school sheets of the year chosen (--year, the task pane's 评估年度)", () => {
  // 2024's primary students differ (1100 / 600), so which year was read shows.
  const OLD: CellValue[][] = [
    ["甲小学", "小学", 1100, 60, 5000],
    ["乙小学", "小学", 600, 30, 2000],
  ];
  const school = (year: number, rows: readonly (readonly CellValue[])[]) => titledSheet(`${year}年学校`, `某县${year}年学校基本情况`, [...rows, ...JUNIOR]);
  const twoYears = () => sourceOf([school(2024, OLD), school(2025, PRIMARY)]);
  const students = (result: Ok) => result.input.records.map((r) => [r.source?.sheet, r.fields.students?.value]);

  it("reads 2024's sheet for 2024 (before: 2025's, with 2024's figures) and says why 2025's was left", async () => {
    const result = await readOk(twoYears(), { year: 2024 });
    expect(students(result)).toEqual([
      ["2024年学校", 1100],
      ["2024年学校", 600],
      ["2024年学校", 900],
      ["2024年学校", 600],
    ]);
    expect(result.input.year).toBe(2024);
    expect(issuesWith(result.issues, "read_sheet_not_chosen_year")).toEqual([
      { code: "read_sheet_not_chosen_year", severity: "info", cell: "'2025年学校'!A1", params: { sheet: "2025年学校", year: 2025, chosen: 2024, read: "2024年学校" } },
    ]);
    expect(issuesWith(result.issues, "read_sheets_kept_apart")).toEqual([{ code: "read_sheets_kept_apart", severity: "info", cell: "'2024年学校'!A1", params: { sheet: "2024年学校", others: "2025年学校" } }]);
    expect(issuesWith(result.issues, "read_sheet_older_year")).toEqual([]);
  });

  it("reads the latest year without a year chosen (as before), or with it chosen, and says why the older sheet was left", async () => {
    const latest = await readOk(twoYears());
    expect(students(latest).map((s) => s[1])).toEqual([1000, 500, 900, 600]);
    expect(issuesWith(latest.issues, "read_sheet_older_year").map((i) => [i.cell, i.params.latest])).toEqual([["'2024年学校'!A1", 2025]]);
    const chosen = await readOk(twoYears(), { year: 2025 });
    expect(students(chosen).map((s) => s[1])).toEqual([1000, 500, 900, 600]);
    expect(issuesWith(chosen.issues, "read_sheet_not_chosen_year").map((i) => [i.cell, i.params.year, i.params.chosen])).toEqual([["'2024年学校'!A1", 2024, 2025]]);
  });

  it("gives the years the school sheets state, for the user to choose among: each sheet's, read or left out; none when none states one", async () => {
    expect((await readOk(twoYears())).sheetYears).toEqual([2024, 2025]);
    expect((await readOk(twoYears(), { year: 2024 })).sheetYears).toEqual([2024, 2025]);
    expect((await readOk(sourceOf([titledSheet("学校", "某县义务教育学校基本情况", PRIMARY)]))).sheetYears).toEqual([]);
    // One sheet of a year, one of none (a sheet without a year may be of any): the one year.
    expect((await readOk(sourceOf([titledSheet("2024年小学", "某县2024年小学基本情况", PRIMARY), titledSheet("初中", "某县初中基本情况", JUNIOR)]))).sheetYears).toEqual([2024]);
    // Last year's sheet hidden beside this year's: not a year to choose, as it is not read.
    expect((await readOk(withHidden([titledSheet("2023年学校", "某县2023年学校基本情况", PRIMARY), titledSheet("2024年学校", "某县2024年学校基本情况", PRIMARY)], ["2023年学校"]))).sheetYears).toEqual([2024]);
  });

  it("refuses a year no school sheet states, naming the years there are and their sheets (before: 2025's read)", async () => {
    const result = await readWorkbook(twoYears(), { year: 2023 });
    expect(result).toEqual({ ok: false, issues: [{ code: "read_no_school_sheet_of_year", severity: "error", cell: null, params: { year: 2023, years: "2024, 2025", sheets: "2024: 2024年学校; 2025: 2025年学校" } }], sheetYears: [2024, 2025] });
  });

  it("warns when a stage is then left unread: the chosen year's 初中 sheet beside a 小学 sheet of another year only", async () => {
    const result = await readOk(sourceOf([titledSheet("2025年小学", "某县2025年小学基本情况", PRIMARY), titledSheet("2024年初中", "某县2024年初中基本情况", JUNIOR)]), { year: 2024 });
    expect(students(result)).toEqual([
      ["2024年初中", 900],
      ["2024年初中", 600],
    ]);
    expect(issuesWith(result.issues, "read_sheet_year_differs")).toEqual([
      { code: "read_sheet_year_differs", severity: "warning", cell: "'2025年小学'!A1", params: { sheet: "2025年小学", year: 2025, latest: 2024, read: "2024年初中", stage: "primary" } },
    ]);
  });

  it("reads the sheet the user named (--sheet) whatever the year chosen", async () => {
    const result = await readOk(twoYears(), { year: 2024, sheet: "2025年学校" });
    expect(students(result).map((s) => s[1])).toEqual([1000, 500, 900, 600]);
    const one = await readOk(twoYears(), { year: 2023, sheet: "2025年学校" });
    expect(one.input.records).toHaveLength(4);
  });

  it("keeps one sheet of another year read as before: the year then sets the target only (read_year_chosen_differs is said by withYear)", async () => {
    const result = await readOk(sourceOf([school(2025, PRIMARY)]), { year: 2023 });
    expect(students(result).map((s) => s[1])).toEqual([1000, 500, 900, 600]);
  });
});
