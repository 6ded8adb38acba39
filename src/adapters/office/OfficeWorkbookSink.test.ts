import { createHash } from "node:crypto";
import { failureText, StepFailure } from "../../addin/failure";
import { memorySettings } from "./documentSettings";
import { OfficeError } from "./OfficeError";
import { OfficeWorkbookSink } from "./OfficeWorkbookSink";
import { OfficeWorkbookSource } from "./OfficeWorkbookSource";
import { MAX_OPERATIONS_PER_REQUEST, PAYLOAD_LIMIT_BYTES } from "./payload";
import { detectCapabilities } from "./requirements";
import { SETTINGS_KEY } from "./legacyIdList";
import { SAID_KEY } from "./newlyRenamed";
import { MARKER_NAME, sheetTagsFor, TAG_KEY } from "./sheetTags";
import { FakeExcel, FakeExcelError, type FakeSheet } from "./testing/fakeExcel";
import { resultSpecs } from "./testing/specs";
import { sheetLayout } from "../../workbook/write/sheetLayout";
import { shortfallsSheet } from "../../workbook/write/shortfallsSheet";
import { makeCounty, makeEvaluation, makeGuarantee } from "../../workbook/write/testing/makeEvaluation";

/** Sink over a fake Excel offering `version`; `source` lists the data sheets as the pane does. */
function setup(version = "1.13") {
  const excel = new FakeExcel(version);
  const settings = memorySettings();
  const capabilities = detectCapabilities((_, v) => excel.supports(v));
  const sink = () => new OfficeWorkbookSink(excel.run, { capabilities, settings, retryDelayMs: 0 });
  const source = () => new OfficeWorkbookSource(excel.run, { capabilities, resultSheets: sheetTagsFor(capabilities.customProperties, settings), retryDelayMs: 0 });
  return { excel, settings, sink, source };
}

/** Closing and reopening the workbook: Excel hands out new worksheet ids (office-js-docs#297, office-js#1390). */
function reopen(excel: FakeExcel, ids: (i: number) => string): void {
  excel.model.sheets.forEach((s, i) => Object.defineProperty(s, "id", { value: ids(i) }));
}

const names = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);

/** A new workbook as Excel opens it: one empty sheet (Excel never has none, and keeps one visible). */
function blank(excel: FakeExcel): FakeSheet {
  return excel.model.addSheet("Sheet1");
}

/** setup(version) on a new workbook (blank) with `specs` written by its sink: the start of most tests here. */
async function written(specs: Parameters<OfficeWorkbookSink["writeSheets"]>[0], version?: string): Promise<ReturnType<typeof setup>> {
  const s = setup(version);
  blank(s.excel);
  await s.sink().writeSheets(specs);
  return s;
}

/** Requests before the new sheets are added: list the sheets, read markers, and (where markers are custom properties) the sheets' own names on their own. */
const SURVEY = { "1.13": 3, "1.7": 2 } as const;
/**
 * The same on a re-run over results of this version, whose markers stamp their values: the survey
 * (which loads the sheets' used ranges with the markers), then reading the old results' values back
 * (one request for results this small) to keep any the user changed.
 */
const RERUN = { "1.13": SURVEY["1.13"] + 1, "1.7": SURVEY["1.7"] + 1 } as const;

/** A user's sheet with some values and a fill, to prove nothing of it changes. */
function userSheet(excel: FakeExcel, name: string): FakeSheet {
  const sheet = excel.model.addSheet(name);
  sheet.put(0, 0, "学校名称");
  sheet.put(0, 1, "在校生数");
  sheet.put(1, 0, "城关小学");
  sheet.put(1, 1, 1200);
  sheet.cell(1, 1).fill = "#FFFF00";
  return sheet;
}

/** A workbook with the user's 学校 and one run's results (汇总, 差异系数, 学校达标), where most re-run tests start. */
async function afterOneRun(): Promise<ReturnType<typeof setup>> {
  const set = setup();
  userSheet(set.excel, "学校");
  await set.sink().writeSheets(resultSpecs(3));
  return set;
}

function snapshot(sheet: FakeSheet): string {
  return JSON.stringify({ name: sheet.name, cells: [...sheet.cells.entries()], props: [...sheet.customProperties.entries()] });
}

/** Everything a re-run must reproduce: names, values, formats, tables, charts. */
function workbookState(excel: FakeExcel): string {
  const sheets = excel.model.sheets.map((s) => ({ name: s.name, grid: s.grid(), cells: [...s.cells.entries()].sort(), frozen: s.frozen, bars: s.dataBars, charts: s.charts.length }));
  const json = JSON.stringify({ sheets, tables: excel.model.tables.map((t) => [t.name, t.sheet.name, t.box]) });
  return createHash("sha256").update(json).digest("hex");
}

describe("OfficeWorkbookSink: what it writes", () => {
  it("lays out title, notes, caption, header and rows, with formats by column and tables", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "Sheet1");
    const { names } = await sink().writeSheets(resultSpecs(5));
    expect(names).toEqual(["汇总", "差异系数", "学校达标"]);
    const schools = excel.model.sheet("学校达标") as FakeSheet;
    // Title A1, note A2, blank row 3, header row 4, first school row 5 (hand-placed per workbooks.md).
    expect(schools.peek(0, 0)).toMatchObject({ value: "各校七项指标", bold: true, size: 14 });
    expect(schools.peek(1, 0)?.value).toBe("红色：未达标");
    expect(schools.peek(2, 0)?.value ?? null).toBeNull();
    expect(schools.grid()[3]?.slice(0, 3)).toEqual(["学校", "学段", "L1"]);
    expect(schools.grid()[4]).toEqual(["第1小学", "小学", 4.2, 1.1, 0.9, 3.9, 7.5, 2100.25, 2.4, 6, "否"]);
    expect(schools.peek(4, 7)?.numberFormat).toBe("#,##0");
    expect(schools.peek(4, 0)?.numberFormat).toBe("General");
    expect(schools.peek(4, 5)).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(schools.peek(5, 5)?.fill).toBeNull();
    expect(schools.peek(4, 0)?.hyperlink).toBe("学校基本情况!A5");
    expect(schools.frozen).toEqual({ rows: 4, columns: 1 });
    const table = excel.model.tables.find((t) => t.name === "YZJH_Schools");
    expect(table?.box).toEqual({ top: 3, left: 0, bottom: 8, right: 10 });
  });

  it("sets every sheet up to print landscape, one page wide, a lone table's header on every page; a 1.7 host writes without it", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "Sheet1");
    await sink().writeSheets(resultSpecs(5));
    const page = (name: string) => (excel.model.sheet(name) as FakeSheet).page;
    expect(page("学校达标")).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: "$1:$4" });
    // 汇总 holds one table here (testing/specs), 差异系数 four.
    expect(page("汇总").titleRows).toBe("$1:$5");
    expect(page("差异系数")).toMatchObject({ orientation: "Landscape", titleRows: null });
    const old = setup("1.7");
    userSheet(old.excel, "Sheet1");
    expect((await old.sink().writeSheets(resultSpecs(5))).names).toEqual(["汇总", "差异系数", "学校达标"]);
    expect((old.excel.model.sheet("学校达标") as FakeSheet).page).toEqual({ orientation: null, paperSize: null, zoom: null, titleRows: null });
  });

  it("adds data bars scaled to the limit and a CV-against-limit chart per coefficients table", async () => {
    const { excel } = await written(resultSpecs(2));
    const coef = excel.model.sheet("差异系数") as FakeSheet;
    // No notes: title row 0, blank row 1, caption 小学 row 2, header row 3, data rows 4..11 (L1..L7, average).
    expect(coef.dataBars[0]).toEqual({ box: { top: 4, left: 5, bottom: 11, right: 5 }, lower: "0", upper: "0.5" });
    expect(coef.charts.map((c) => c.type)).toEqual(["ColumnClustered", "ColumnStacked", "ColumnClustered", "ColumnStacked"]);
    const [cv, limit] = coef.charts[0]?.series ?? [];
    expect(cv).toMatchObject({ name: "差异系数", values: { top: 4, bottom: 10, left: 5, right: 5 } });
    expect(limit).toMatchObject({ name: "限值", chartType: "Line", values: { top: 4, bottom: 10, left: 6, right: 6 } });
    expect(excel.model.activeSheet?.name).toBe("汇总");
  });

  it("draws the sections meeting each indicator as columns stacked met / floor / below, beside the count table", async () => {
    const { excel } = await written(resultSpecs(2), "1.7");
    const coef = excel.model.sheet("差异系数") as FakeSheet;
    // CV table: caption 2, header 3, data 4..11, blank 12. Count table: caption 13, header 14, data 15..21 (L1..L7).
    const chart = coef.charts[1];
    expect(chart).toMatchObject({ type: "ColumnStacked", title: "小学：各项指标达标学校数" });
    expect(chart?.series.map((s) => [s.name, s.values, s.xValues, s.fill])).toEqual([
      ["达标", { top: 15, bottom: 21, left: 3, right: 3 }, { top: 15, bottom: 21, left: 0, right: 0 }, "#C6EFCE"],
      ["达85%未达标", { top: 15, bottom: 21, left: 4, right: 4 }, { top: 15, bottom: 21, left: 0, right: 0 }, "#FFEB9C"],
      ["低于85%", { top: 15, bottom: 21, left: 5, right: 5 }, { top: 15, bottom: 21, left: 0, right: 0 }, "#FFC7CE"],
    ]);
    // Right of the widest table (8 columns, A..H) plus one: from J14 (row 13) over 10 rows, clear of the CV chart above (J3:P12).
    expect(chart?.position).toEqual({ from: "J14", to: "P23" });
    expect(coef.charts[0]?.position).toEqual({ from: "J3", to: "P12" });
    expect(coef.grid()[15]?.slice(0, 7)).toEqual(["L1", "指标1", 12, 12, 0, 0, 1]);
  });

  it("writes text that Excel would coerce as text (school codes, dashes, a negative in parentheses, zh-CN dates), and a re-run finds it unchanged", async () => {
    const { excel, sink } = setup();
    blank(excel);
    const [spec] = resultSpecs(1);
    const texts = ["001", "-", "1/2", "TRUE", "(100)", "3月1日", "2024年3月", "2024年3月1日", "2024年", "城关(1)小学", null];
    const table = { ...spec!.tables[0]!, rows: [texts] };
    await sink().writeSheets([{ ...spec!, tables: [table] }]);
    expect((excel.model.sheet("汇总") as FakeSheet).grid()[5]).toEqual(texts);
    expect((await sink().writeSheets([{ ...spec!, tables: [table] }])).kept).toEqual([]);
  });
});

describe("OfficeWorkbookSink: a count that is only a lower bound", () => {
  // rules.md §4 item 5: a largest class over the cap says at least one class is over. 甲中学's count is such a bound, 乙小学's exact.
  const bound = { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } as const;
  const schools = [
    makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", classesOverCap: 1, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: bound }),
    makeGuarantee({ name: "乙小学", recordId: "r2", classesOverCap: 4, largeClasses: 2, superLargeClasses: 1 }),
  ];

  it("writes the number 1 with the format `\"≥ \"0` and amber, an exact count with its column's format and red", async () => {
    const spec = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), { issues: [], profileName: "国家标准", lang: "zh" });
    const { excel } = await written([spec]);
    const ws = excel.model.sheet(spec.name) as FakeSheet;
    // The guarantee table, found by name (the plans' totals come before it); 乙小学 also names a section in the first.
    const firstDataRow = sheetLayout(spec).tables[spec.tables.findIndex((t) => t.name === "YZJH_SchoolGuarantee")]?.firstDataRow ?? 0;
    const rowOf = (school: string) => firstDataRow + ws.grid().slice(firstDataRow).findIndex((row) => row[1] === school);
    expect(rowOf("甲中学")).toBe(firstDataRow);
    // 超班额班数 is column H (index 7).
    expect(ws.peek(rowOf("甲中学"), 7)).toMatchObject({ value: 1, numberFormat: '"≥ "0', fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(ws.peek(rowOf("乙小学"), 7)).toMatchObject({ value: 4, numberFormat: "0", fill: "#FFC7CE", fontColor: "#9C0006" });
    // 大班额 of 甲中学 is an exact 0: its column's format.
    expect(ws.peek(rowOf("甲中学"), 8)).toMatchObject({ value: 0, numberFormat: "0" });
  });

  it("sets cell formats in every block when the sheet goes in several blocks, a run cut by a block in both", async () => {
    // 3,000 rows of 学校达标 under a tight budget (several blocks); L1 (column 2) of rows 0–3 of every ten shown with a cell format.
    const [, , schools] = resultSpecs(3000);
    const first = schools?.tables[0];
    if (schools === undefined || first === undefined) throw new Error("no spec");
    const formats = first.rows.flatMap((_, row) => (row % 10 < 4 ? [{ row, column: 2, format: '"≥ "0.00' }] : []));
    const { excel } = setup();
    blank(excel);
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    await new OfficeWorkbookSink(excel.run, { capabilities, budgetBytes: 500 * 1024 }).writeSheets([{ ...schools, tables: [{ ...first, formats }] }]);
    expect(excel.requests.slice(SURVEY["1.13"] + 1, -2).length).toBeGreaterThan(1);
    const ws = excel.model.sheet(schools.name) as FakeSheet;
    // Title, note, blank, header: data from row 4.
    const shown = first.rows.map((_, r) => ws.peek(4 + r, 2)?.numberFormat);
    expect(shown.filter((f, r) => f !== (r % 10 < 4 ? '"≥ "0.00' : "0.00"))).toEqual([]);
  });
});

/** resultSpecs(schools) with the school-name column of 学校达标 marked to wrap (as makeTable marks a column holding text past its cap). */
function wrappingSpecs(schools: number) {
  return resultSpecs(schools).map((spec) =>
    spec.name !== "学校达标" ? spec : { ...spec, tables: spec.tables.map((t) => ({ ...t, columns: t.columns.map((c, i) => ({ ...c, wrap: i === 0 })) })) },
  );
}

/** Every autofitRows call of the workbook, as `sheet!top–bottom,left–right`. */
function fittedRows(excel: FakeExcel): string[] {
  return excel.model.sheets.flatMap((s) => s.autofittedRows.map((b) => `${s.name}!${b.top}–${b.bottom},${b.left}–${b.right}`));
}

/** Cells of the workbook top-aligned, as `sheet!row,column`. */
function topCells(excel: FakeExcel): string[] {
  return excel.model.sheets.flatMap((s) => [...s.cells.entries()].filter(([, c]) => c.verticalAlignment === "Top").map(([key]) => `${s.name}!${key}`));
}

/** Every cell of the workbook set to wrap, as `sheet!row,column:verticalAlignment`. */
function wrappedCells(excel: FakeExcel): string[] {
  return excel.model.sheets.flatMap((s) => [...s.cells.entries()].filter(([, c]) => c.wrapText).map(([key, c]) => `${s.name}!${key}:${c.verticalAlignment}`));
}

describe("OfficeWorkbookSink: wrapping long text", () => {
  it("wraps exactly the data body of a wrapping column, top-aligns and fits its table's rows, without another sync", async () => {
    const plain = await written(resultSpecs(5));
    const { excel } = await written(wrappingSpecs(5));
    // 学校达标: title 0, note 1, blank 2, header 3 (not wrapped), five schools in rows 4–8 of column A.
    expect(wrappedCells(excel)).toEqual([4, 5, 6, 7, 8].map((r) => `学校达标!${r},0:Top`));
    expect(wrappedCells(plain.excel)).toEqual([]);
    // The table's data rows (its 11 columns) are top-aligned and fitted once wrapped: not the header, not other sheets.
    expect(topCells(excel).sort()).toEqual([4, 5, 6, 7, 8].flatMap((r) => Array.from({ length: 11 }, (_, c) => `学校达标!${r},${c}`)).sort());
    expect(fittedRows(excel)).toEqual(["学校达标!4–8,0–10"]);
    expect(fittedRows(plain.excel)).toEqual([]);
    expect(topCells(plain.excel)).toEqual([]);
    expect(excel.syncs).toBe(SURVEY["1.13"] + 3);
    expect(excel.syncs).toBe(plain.excel.syncs);
  });

  it("sets the wrapping table's data rows to 11 pt, the size the row heights are estimated for (the workbook's Normal may be 12 pt 宋体), and nothing else, without another sync", async () => {
    const plain = await written(resultSpecs(5));
    const { excel } = await written(wrappingSpecs(5));
    const sized = (e: FakeExcel, points: number) => e.model.sheets.flatMap((s) => [...s.cells.entries()].filter(([, c]) => c.size === points).map(([key]) => `${s.name}!${key}`));
    // Rows 4–8, all 11 columns of the table: not the header (row 3), not the title (14 pt), not other sheets.
    expect(sized(excel, 11).sort()).toEqual([4, 5, 6, 7, 8].flatMap((r) => Array.from({ length: 11 }, (_, c) => `学校达标!${r},${c}`)).sort());
    expect(sized(plain.excel, 11)).toEqual([]);
    expect(excel.model.sheet("学校达标")?.peek(0, 0)?.size).toBe(14);
    expect(excel.syncs).toBe(plain.excel.syncs);
  });

  it("wraps and fits every block's rows when the sheet goes in several blocks, and a 1.7 host does too", async () => {
    const { excel } = setup();
    blank(excel);
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    await new OfficeWorkbookSink(excel.run, { capabilities, budgetBytes: 500 * 1024 }).writeSheets(wrappingSpecs(3000));
    expect(excel.requests.slice(SURVEY["1.13"] + 1, -2).length).toBeGreaterThan(1);
    expect(wrappedCells(excel)).toEqual(Array.from({ length: 3000 }, (_, i) => `学校达标!${i + 4},0:Top`));
    // Each block fits its own rows, after their wrapping: together rows 4–3003, each once.
    const fitted = excel.model.sheets.flatMap((s) => s.autofittedRows);
    expect(fitted.length).toBeGreaterThan(1);
    expect(fitted.map((b) => [b.left, b.right])).toEqual(fitted.map(() => [0, 10]));
    expect(fitted.map((b) => b.top)).toEqual([4, ...fitted.slice(0, -1).map((b) => b.bottom + 1)]);
    expect(fitted.at(-1)?.bottom).toBe(3003);
    const old = await written(wrappingSpecs(2), "1.7");
    expect(wrappedCells(old.excel)).toEqual(["学校达标!4,0:Top", "学校达标!5,0:Top"]);
    expect(fittedRows(old.excel)).toEqual(["学校达标!4–5,0–10"]);
  });
});

/**
 * wrappingSpecs(schools) with school names `names(i)`. The school column is 20 characters wide:
 * (20 − 1) × 0.95 = 18.05 display units a line, 9 Chinese characters (wrappedRowHeight.ts).
 */
function namedSpecs(schools: number, names: (i: number) => string) {
  return wrappingSpecs(schools).map((spec) =>
    spec.name !== "学校达标" ? spec : { ...spec, tables: spec.tables.map((t) => ({ ...t, rows: t.rows.map((row, i) => [names(i), ...row.slice(1)]) })) },
  );
}

/** Every rowHeight set of the workbook, as `sheet!top–bottom,left–right`. */
function heightSets(excel: FakeExcel): string[] {
  return excel.model.sheets.flatMap((s) => s.rowHeightRanges.map((b) => `${s.name}!${b.top}–${b.bottom},${b.left}–${b.right}`));
}

describe("OfficeWorkbookSink: heights of wrapped rows", () => {
  // Lines of each name in 9 characters a line, and the height: lines × 16 pt + 2 pt.
  const NAMES = [
    "长".repeat(25), // 9 + 9 + 7: 3 lines, 50 pt
    "长".repeat(25), // 50 pt, the same run
    "城关小学", // one line: no height
    "一\n二\n三\n四", // 4 lines, 66 pt
    "长".repeat(19), // 9 + 9 + 1: 3 lines, 50 pt, a run of its own (not next to the first)
    "长".repeat(10), // 9 + 1: 2 lines, 34 pt
    "长".repeat(10), // 34 pt, the same run
  ];

  it("sets each row that needs more than one line to the .xlsx sink's height, in one operation per run of equal heights, after autofitRows, without another sync", async () => {
    const short = await written(namedSpecs(NAMES.length, () => "城关小学"));
    const { excel } = await written(namedSpecs(NAMES.length, (i) => NAMES[i] ?? ""));
    const schools = excel.model.sheet("学校达标") as FakeSheet;
    // Data rows start at row 4 (title, note, blank, header). The fake's autofitRows drops a height
    // set before it, as Excel replaces it with the fitted one: the heights are there only because they come after.
    expect([...schools.rowHeights.entries()].sort(([a], [b]) => a - b)).toEqual([[4, 50], [5, 50], [7, 66], [8, 50], [9, 34], [10, 34]]);
    expect(excel.model.sheets.filter((s) => s.rowHeights.size > 0).map((s) => s.name)).toEqual(["学校达标"]);
    expect((short.excel.model.sheet("学校达标") as FakeSheet).rowHeights.size).toBe(0);
    expect(fittedRows(excel)).toEqual(["学校达标!4–10,0–10"]);
    // Four runs, one range each (in column A: a height is the whole row's), none for the row that fits.
    expect(heightSets(excel)).toEqual(["学校达标!4–5,0–0", "学校达标!7–7,0–0", "学校达标!8–8,0–0", "学校达标!9–10,0–0"]);
    expect(heightSets(short.excel)).toEqual([]);
    expect(excel.requests.reduce((n, r) => n + r.operations, 0) - short.excel.requests.reduce((n, r) => n + r.operations, 0)).toBe(4);
    expect(excel.syncs).toBe(SURVEY["1.13"] + 3);
    expect(excel.syncs).toBe(short.excel.syncs);
  });

  it("sets the heights of every block's rows when the sheet goes in several blocks, a run cut by a block once in each, and a 1.7 host does too", async () => {
    const { excel } = setup();
    blank(excel);
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    const tall = new OfficeWorkbookSink(excel.run, { capabilities, budgetBytes: 500 * 1024 });
    await tall.writeSheets(namedSpecs(3000, () => "长".repeat(25)));
    const short = setup();
    blank(short.excel);
    await new OfficeWorkbookSink(short.excel.run, { capabilities, budgetBytes: 500 * 1024 }).writeSheets(namedSpecs(3000, () => "城关小学"));
    const blocks = excel.requests.slice(SURVEY["1.13"] + 1, -2).length;
    expect(blocks).toBeGreaterThan(1);
    expect(short.excel.syncs).toBe(excel.syncs);
    const schools = excel.model.sheet("学校达标") as FakeSheet;
    const heights = schools.rowHeights;
    expect([...heights.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 4));
    expect(new Set(heights.values())).toEqual(new Set([50]));
    // One equal-height run of 3,000 rows, cut by the blocks: each block sets its own rows in one range, after fitting them.
    const sets = schools.rowHeightRanges.map((b) => [b.top, b.bottom]);
    expect(sets.length).toBeGreaterThan(1);
    expect(sets).toEqual(schools.autofittedRows.map((b) => [b.top, b.bottom]));
    const old = await written(namedSpecs(2, () => "长".repeat(10)), "1.7");
    expect([...(old.excel.model.sheet("学校达标") as FakeSheet).rowHeights.entries()]).toEqual([[4, 34], [5, 34]]);
  });
});

describe("OfficeWorkbookSink: requests", () => {
  it("uses the same number of syncs for 10 and 1,000 schools (one block each)", async () => {
    const small = await written(resultSpecs(10));
    const large = await written(resultSpecs(1000));
    // The survey, add and mark the new sheets, one block of rows, show and name them (no old sheets to ask for again).
    expect(small.excel.syncs).toBe(SURVEY["1.13"] + 3);
    expect(large.excel.syncs).toBe(SURVEY["1.13"] + 3);
    // A re-run asks for the old sheets again before it replaces them.
    const before = large.excel.syncs;
    await large.sink().writeSheets(resultSpecs(1000));
    expect(large.excel.syncs - before).toBe(RERUN["1.13"] + 4);
  });

  it("keeps every request of a 20,000-section result under 5 MB and 5,000 operations as Office.js counts them, refusing none", async () => {
    // The fake counts each object path (range, format, fill, font…) as office.js serialises it
    // (testing/fakeExcel.test.ts): an estimate of 160 bytes per coloured cell sent ~10 MB requests.
    const { excel, sink } = setup();
    userSheet(excel, "学校基本情况");
    await sink().writeSheets(resultSpecs(20_000));
    const blocks = excel.requests.slice(SURVEY["1.13"] + 1, -2);
    expect(Math.max(...excel.requests.map((r) => r.bytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...excel.requests.map((r) => r.operations))).toBeLessThanOrEqual(MAX_OPERATIONS_PER_REQUEST);
    // As few blocks as the operations need: each holds at least 80% of the cap.
    const operations = blocks.reduce((n, r) => n + r.operations, 0);
    expect(blocks.length).toBeLessThanOrEqual(Math.ceil(operations / (0.8 * MAX_OPERATIONS_PER_REQUEST)));
    expect((excel.model.sheet("学校达标") as FakeSheet).grid()).toHaveLength(4 + 20_000);
  });

  it("sizes blocks by bytes where the bytes bind first, under a tighter budget", async () => {
    const { excel } = setup();
    blank(excel);
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    await new OfficeWorkbookSink(excel.run, { capabilities, budgetBytes: 500 * 1024 }).writeSheets(resultSpecs(3000));
    const blocks = excel.requests.slice(SURVEY["1.13"] + 1, -2);
    expect(Math.max(...blocks.map((r) => r.bytes))).toBeLessThan(500 * 1024);
    expect(blocks.length).toBeGreaterThan(1);
  });

  it("splits a block the host refuses as too large and still writes everything", async () => {
    const reference = await written(resultSpecs(3000));
    const { excel, sink } = setup();
    blank(excel);
    excel.payloadLimit = 400 * 1024; // the host is stricter than the 4 MB budget assumes
    await sink().writeSheets(resultSpecs(3000));
    expect(excel.requests.filter((r) => r.bytes > excel.payloadLimit).length).toBeGreaterThan(0);
    expect(workbookState(excel)).toBe(workbookState(reference.excel));
  });

  it("retries after a simulated RequestPayloadSizeLimitExceeded on the first block", async () => {
    const { excel, sink } = setup();
    blank(excel);
    let refused = 0;
    excel.beforeSync = (request) => {
      if (excel.syncs === SURVEY["1.13"] + 2 && refused++ === 0) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${request.bytes}`);
    };
    await sink().writeSheets(resultSpecs(50));
    expect(refused).toBe(1);
    expect((excel.model.sheet("学校达标") as FakeSheet).grid()).toHaveLength(54);
  });

  it("keeps every sheet's marker when the first block is refused as too large: a re-run replaces, never duplicates", async () => {
    // The markers used to ride with the first block and were lost with it when Excel refused it;
    // the next run then added 汇总 (2)… and offered the old results as data.
    const { excel, sink, source } = setup();
    userSheet(excel, "学校");
    excel.payloadLimit = 1_000_000;
    await sink().writeSheets(resultSpecs(8000));
    expect(excel.requests.some((r) => r.bytes > excel.payloadLimit)).toBe(true);
    const results = excel.model.sheets.slice(1);
    // The custom property alone where the host has them: a sheet's names fail while the user views another workbook.
    expect(results.every((s) => s.customProperties.has(TAG_KEY) && !s.names.has(MARKER_NAME.toLowerCase()))).toBe(true);
    await sink().writeSheets(resultSpecs(8000));
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("reports other host errors as an OfficeError with the cause, and leaves the earlier results as they were", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校基本情况");
    await sink().writeSheets(resultSpecs(5));
    const before = workbookState(excel);
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs === start + RERUN["1.13"] + 2) throw new FakeExcelError("AccessDenied", "protected");
    };
    const failure = sink().writeSheets(resultSpecs(5));
    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: "office_write_failed", message: expect.stringContaining("AccessDenied: protected"), cause: { code: "AccessDenied" } });
    expect(workbookState(excel)).toBe(before);
  });

  it("reports a protected workbook (sheets cannot be added) with the cause, nothing changed", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校基本情况");
    excel.beforeSync = () => {
      if (excel.syncs === SURVEY["1.13"] + 1) throw new FakeExcelError("AccessDenied", "the workbook structure is protected");
    };
    await expect(sink().writeSheets(resultSpecs(5))).rejects.toMatchObject({ code: "office_write_failed", cause: { code: "AccessDenied" } });
    expect(names(excel)).toEqual(["学校基本情况"]);
  });

  it("calls nothing above ExcelApi 1.7 on a 1.7 host (the stand-in refuses newer APIs): markers as sheet-scoped names", async () => {
    const { excel, settings, sink } = setup("1.7");
    blank(excel);
    await sink().writeSheets(resultSpecs(5));
    expect((excel.model.sheet("差异系数") as FakeSheet).dataBars).toHaveLength(2);
    expect(excel.model.sheets.every((s) => s.customProperties.size === 0)).toBe(true);
    expect(excel.model.sheets.map((s) => s.names.get(MARKER_NAME.toLowerCase())?.visible)).toEqual([undefined, false, false, false]);
    expect(settings.saved.has(SETTINGS_KEY)).toBe(false);
  });
});

describe("OfficeWorkbookSink: failures", () => {
  it("reports office_row_too_large when the host refuses a block even at one row, and rolls back", async () => {
    const { excel, sink } = await afterOneRun();
    const before = workbookState(excel);
    const start = excel.syncs;
    // After the new sheets are added, every request over 4 kB is refused (a lone first row carries the sheet's head).
    excel.beforeSync = (request) => {
      if (excel.syncs > start + RERUN["1.13"] + 1 && request.bytes > 4000) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request.bytes} bytes`);
    };
    const failure = sink().writeSheets(resultSpecs(3));
    await expect(failure).rejects.toMatchObject({ code: "office_row_too_large", cause: { code: "RequestPayloadSizeLimitExceeded" } });
    await expect(failure).rejects.toThrow("A result row exceeds Excel's request size limit (RequestPayloadSizeLimitExceeded: request of");
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(workbookState(excel)).toBe(before);
  });

  it("reports the write's own failure, not the rollback's, when removing the unfinished sheets fails too", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const start = excel.syncs;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    // The block of rows fails, and so does every request after it (the rollback's).
    excel.beforeSync = () => {
      if (excel.syncs === start + SURVEY["1.13"] + 2) throw new FakeExcelError("AccessDenied", "protected");
      if (excel.syncs > start + SURVEY["1.13"] + 2) throw new FakeExcelError("GeneralException", "the connection dropped");
    };
    await expect(sink().writeSheets(resultSpecs(3))).rejects.toMatchObject({ code: "office_write_failed", cause: { code: "AccessDenied" } });
    expect(warn).toHaveBeenCalledWith("removing the unfinished result sheets failed", expect.objectContaining({ code: "GeneralException" }));
    warn.mockRestore();
    // The sheets left under writing names are hidden, and the next run replaces them.
    expect(excel.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual(["学校"]);
    excel.beforeSync = null;
    // The stopped run's sheets go, unsaid: hidden all along, no result the user saw.
    expect((await sink().writeSheets(resultSpecs(3))).replaced).toEqual([]);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("keeps the results written when saving the pruned id list fails, and keeps the list as it was saved", async () => {
    const { excel, settings, sink } = setup("1.7");
    userSheet(excel, "学校");
    const listed = [{ role: "summary", id: "{00000000-0001-0000-0000-000000000009}" }];
    settings.set(SETTINGS_KEY, listed);
    await settings.save();
    settings.save = () => Promise.reject(new Error("settings are read-only"));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect((await sink().writeSheets(resultSpecs(3))).names).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(warn).toHaveBeenCalledWith("saving the result-sheet records (old id list, renamed results said) in the settings failed", expect.objectContaining({ message: "settings are read-only" }));
    warn.mockRestore();
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(settings.saved.get(SETTINGS_KEY)).toEqual(listed);
  });
});

describe("OfficeWorkbookSink: re-runs and the user's sheets", () => {
  it.each(["1.13", "1.7"])("replaces only its own sheets on a re-run, identically (ExcelApi %s)", async (version) => {
    const { excel, sink } = setup(version);
    const mine = userSheet(excel, "学校基本情况");
    const before = snapshot(mine);
    await sink().writeSheets(resultSpecs(20));
    const first = workbookState(excel);
    await sink().writeSheets(resultSpecs(20));
    expect(workbookState(excel)).toBe(first);
    expect(names(excel)).toEqual(["学校基本情况", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.tables).toHaveLength(6);
    expect(snapshot(mine)).toBe(before);
  });

  it.each(["1.13", "1.7"])("recognises its sheets after the workbook is reopened with new sheet ids (ExcelApi %s)", async (version) => {
    const { excel, sink, source } = setup(version);
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    reopen(excel, (i) => `{00000000-0001-0000-000${i}-000000000000}`);
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("never deletes a user's sheet whose id an old id list names (ids are reused across sessions)", async () => {
    // Versions before markers kept result-sheet ids in the document settings on ExcelApi < 1.12;
    // after a reopen Excel numbers sheets by position, and the list named the user's own sheets.
    const { excel, settings, sink } = setup("1.7");
    userSheet(excel, "学校");
    excel.model.addSheet("县级指标").put(0, 0, "项目");
    excel.model.addSheet("我的备注").put(0, 0, "重要");
    reopen(excel, (i) => `{00000000-0001-0000-000${i}-000000000000}`);
    settings.set(SETTINGS_KEY, [1, 2].map((i) => ({ role: "summary", id: `{00000000-0001-0000-000${i}-000000000000}` })));
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "县级指标", "我的备注", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheet("县级指标")?.peek(0, 0)?.value).toBe("项目");
    // The list is gone, so that an older version opening the workbook cannot act on it either.
    expect(settings.saved.has(SETTINGS_KEY)).toBe(false);
  });

  it("keeps result sheets tagged by the version before markers, edited or not (nothing shows which), writing beside them and saying so", async () => {
    const { excel, sink, source } = setup();
    userSheet(excel, "学校");
    const old = excel.model.addSheet("汇总");
    old.customProperties.set(TAG_KEY, JSON.stringify({ role: "summary", id: old.id }));
    old.put(0, 0, "县域义务教育优质均衡发展评估汇总");
    // The user's correction, typed into the old result without renaming it: it used to be deleted with the sheet.
    old.put(6, 2, "已核对：0.412");
    const before = snapshot(old);
    const moved = excel.model.addSheet("差异系数");
    moved.customProperties.set(TAG_KEY, JSON.stringify({ role: "coefficients", id: "{another-session}" }));
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数 (2)", "学校达标"], kept: [], keptOlder: ["汇总"], replaced: [] });
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "汇总 (2)", "差异系数 (2)", "学校达标"]);
    expect(snapshot(excel.model.sheet("汇总") as FakeSheet)).toBe(before);
    expect(excel.model.sheet("差异系数")).toBe(moved);
    expect(await source().sheetNames()).toEqual(["学校"]);
    // The next run replaces its own results (汇总 (2) …) and keeps the old 汇总 again: never deleted.
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数 (2)", "学校达标"], kept: [], keptOlder: ["汇总"], replaced: ["汇总 (2)", "差异系数 (2)", "学校达标"] });
    expect(snapshot(excel.model.sheet("汇总") as FakeSheet)).toBe(before);
  });

  it("keeps a result sheet whose marker predates the stamp of its values (edited or not, nothing shows which), and still replaces a stopped run's sheet", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const old = excel.model.addSheet("汇总");
    old.customProperties.set(TAG_KEY, JSON.stringify({ role: "summary", run: "a1b2c3d4", name: "汇总" }));
    old.put(6, 2, "已核对");
    const stopped = excel.model.addSheet("~yzjh~a1b2c3d4~1");
    stopped.customProperties.set(TAG_KEY, JSON.stringify({ role: "coefficients", run: "a1b2c3d4", name: "差异系数" }));
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数", "学校达标"], kept: [], keptOlder: ["汇总"], replaced: [] });
    expect(names(excel)).toEqual(["学校", "汇总", "汇总 (2)", "差异系数", "学校达标"]);
    expect(excel.model.sheet("汇总")?.peek(6, 2)?.value).toBe("已核对");
  });

  it("keeps a result sheet of the version before markers that the user renamed to keep: its id tag still names it, its name no longer is its role's", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const kept = excel.model.addSheet("汇总2023");
    kept.put(0, 0, "县域义务教育优质均衡发展评估汇总");
    kept.put(1, 0, "去年的结果");
    kept.customProperties.set(TAG_KEY, JSON.stringify({ role: "summary", id: kept.id }));
    const done = await sink().writeSheets(resultSpecs(3));
    expect(done.replaced).toEqual([]);
    expect(names(excel)).toEqual(["学校", "汇总2023", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheet("汇总2023")?.peek(1, 0)?.value).toBe("去年的结果");
  });

  it("gives a result a new name when the user has a sheet of that name, and keeps it on re-runs", async () => {
    const { excel, sink } = setup();
    const users = userSheet(excel, "汇总");
    const before = snapshot(users);
    expect((await sink().writeSheets(resultSpecs(3))).names).toEqual(["汇总 (2)", "差异系数", "学校达标"]);
    expect((await sink().writeSheets(resultSpecs(3))).names).toEqual(["汇总 (2)", "差异系数", "学校达标"]);
    expect(snapshot(users)).toBe(before);
    expect(excel.model.sheets).toHaveLength(4);
  });

  it.each(["1.13", "1.7"] as const)("says which earlier results it replaced: none on a first run, the last run's next, never a user's sheet or a snapshot (ExcelApi %s)", async (version) => {
    const { excel, sink } = setup(version);
    userSheet(excel, "学校");
    userSheet(excel, "汇总");
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数", "学校达标"], kept: [], replaced: [] });
    // 差异系数 renamed by the user: a snapshot, not replaced. The others as written, in workbook order.
    (excel.model.sheet("差异系数") as FakeSheet).name = "差异系数2023";
    // It is said as kept, with the role it was written for (差异系数 is resultSpecs' coefficients sheet).
    const renamed = [{ name: "差异系数2023", role: "coefficients" }];
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数", "学校达标"], kept: [], replaced: ["汇总 (2)", "学校达标"], renamed });
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数2023", "汇总 (2)", "差异系数", "学校达标"]);
    // A run that writes fewer sheets still replaces every earlier one: the three of the run before. The renamed one is
    // still kept, but not said again: the run before said it.
    expect(await sink().writeSheets(resultSpecs(3).slice(0, 1))).toEqual({ names: ["汇总 (2)"], kept: [], replaced: ["汇总 (2)", "差异系数", "学校达标"] });
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数2023", "汇总 (2)"]);
  });

  it("says a renamed result once, on the run after it was renamed: not on the runs after, though kept; one renamed later is said in its turn", async () => {
    const { excel, sink } = await afterOneRun();
    (excel.model.sheet("差异系数") as FakeSheet).name = "差异系数2023";
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "差异系数2023", role: "coefficients" }]);
    // The second run's 汇总 renamed now: said; 差异系数2023, the first run's, said by the second, is not.
    (excel.model.sheet("汇总") as FakeSheet).name = "汇总备份";
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总备份", role: "summary" }]);
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toBeUndefined();
    expect(names(excel)).toEqual(["学校", "差异系数2023", "汇总备份", "汇总", "差异系数", "学校达标"]);
  });

  it("names a copy of a renamed result made after that one was named, once, and not the renamed one again", async () => {
    const { excel, settings, sink } = await afterOneRun();
    const backup = excel.model.sheet("汇总") as FakeSheet;
    backup.name = "汇总备份";
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总备份", role: "summary" }]);
    // Excel's 移动或复制 › 建立副本: the same values and the same marker, under the copy's name.
    const copy = excel.model.addSheet("汇总备份 (2)");
    copy.customProperties.set(TAG_KEY, backup.customProperties.get(TAG_KEY) ?? "");
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总备份 (2)", role: "summary" }]);
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toBeUndefined();
    expect((settings.saved.get(SAID_KEY) as { name: string }[]).map((s) => s.name)).toEqual(["汇总备份", "汇总备份 (2)"]);
  });

  it("names once the renamed results of a run whose every sheet the user renamed or changed", async () => {
    const { excel, sink } = await afterOneRun();
    (excel.model.sheet("汇总") as FakeSheet).name = "汇总1月";
    (excel.model.sheet("差异系数") as FakeSheet).write(30, 0, "备注");
    (excel.model.sheet("学校达标") as FakeSheet).write(30, 0, "备注");
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总1月", role: "summary" }]);
    // The second run wrote 汇总, 差异系数 (2), 学校达标 (2): the user renames the first and types into the others; none is left to replace.
    (excel.model.sheet("汇总") as FakeSheet).name = "汇总2月";
    (excel.model.sheet("差异系数 (2)") as FakeSheet).write(30, 0, "备注");
    (excel.model.sheet("学校达标 (2)") as FakeSheet).write(30, 0, "备注");
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总2月", role: "summary" }]);
    (excel.model.sheet("汇总") as FakeSheet).name = "汇总3月";
    (excel.model.sheet("差异系数 (3)") as FakeSheet).write(30, 0, "备注");
    (excel.model.sheet("学校达标 (3)") as FakeSheet).write(30, 0, "备注");
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总3月", role: "summary" }]);
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toBeUndefined();
  });

  it("leaves a user's copy of a result sheet alone (its marker names the original), and does not offer it as data", async () => {
    const { excel, sink, source } = await afterOneRun();
    const copy = userSheet(excel, "汇总 副本");
    copy.customProperties.set(TAG_KEY, excel.model.sheet("汇总")?.customProperties.get(TAG_KEY) ?? "");
    // Kept, and said as a result kept under another name (the closing line names it: renamed or copied), of the role of the sheet it copies.
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总 副本", role: "summary" }]);
    expect(excel.model.sheet("汇总 副本")).toBe(copy);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("keeps a result sheet the user renamed (a snapshot), writing a new one beside it", async () => {
    const { excel, sink, source } = await afterOneRun();
    const kept = excel.model.sheet("差异系数") as FakeSheet;
    kept.name = "差异系数2023";
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "差异系数2023", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheet("差异系数2023")).toBe(kept);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it.each(["1.13", "1.7"] as const)("keeps a result sheet the user typed a note into, writes the new one beside it and says so; the next run does the same (ExcelApi %s)", async (version) => {
    const { excel, sink, source } = setup(version);
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    const noted = excel.model.sheet("学校达标") as FakeSheet;
    noted.write(5, 12, "已列入2025年改造计划");
    const before = snapshot(noted);
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总", "差异系数", "学校达标 (2)"], kept: ["学校达标"], replaced: ["汇总", "差异系数"] });
    expect(names(excel)).toEqual(["学校", "学校达标", "汇总", "差异系数", "学校达标 (2)"]);
    expect(snapshot(excel.model.sheet("学校达标") as FakeSheet)).toBe(before);
    expect(await source().sheetNames()).toEqual(["学校"]);
    const second = excel.model.sheet("学校达标 (2)");
    // The run before wrote 汇总, 差异系数 and 学校达标 (2): those go; the user's 学校达标 stays, kept again.
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总", "差异系数", "学校达标 (2)"], kept: ["学校达标"], replaced: ["汇总", "差异系数", "学校达标 (2)"] });
    expect(names(excel)).toEqual(["学校", "学校达标", "汇总", "差异系数", "学校达标 (2)"]);
    expect(excel.model.sheet("学校达标 (2)")).not.toBe(second);
  });

  it("keeps a changed result that had been written beside a user's sheet of its name (汇总 (2)), writing 汇总 (3)", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "汇总");
    expect((await sink().writeSheets(resultSpecs(3))).names[0]).toBe("汇总 (2)");
    (excel.model.sheet("汇总 (2)") as FakeSheet).write(30, 0, "备注：已核对");
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (3)", "差异系数", "学校达标"], kept: ["汇总 (2)"], replaced: ["差异系数", "学校达标"] });
    expect(names(excel)).toEqual(["汇总", "汇总 (2)", "汇总 (3)", "差异系数", "学校达标"]);
  });

  it("replaces a result sheet the user sorted, filled or emptied, and keeps none (ExcelApi 1.13)", async () => {
    const { excel, sink } = await afterOneRun();
    const schools = excel.model.sheet("学校达标") as FakeSheet;
    // Swap the first two school rows (row 5 and 6 of the sheet), as a sort does, and fill a cell.
    const [first, second] = [4, 5].map((r) => Array.from({ length: 11 }, (_, c) => schools.peek(r, c)?.value ?? null));
    second?.forEach((v, c) => schools.put(4, c, v));
    first?.forEach((v, c) => schools.put(5, c, v));
    schools.cell(4, 0).fill = "#FFFF00";
    (excel.model.sheet("汇总") as FakeSheet).cells.clear();
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总", "差异系数", "学校达标"], kept: [], replaced: ["汇总", "差异系数", "学校达标"] });
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("deletes the old results only once the new ones are complete: a failure halfway leaves them, and no new sheet", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3000));
    const before = workbookState(excel);
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs === start + RERUN["1.13"] + 3) throw new FakeExcelError("GeneralException", "the connection dropped");
    };
    await expect(sink().writeSheets(resultSpecs(3000))).rejects.toMatchObject({ code: "office_write_failed" });
    expect(excel.requests.length - start).toBeGreaterThan(RERUN["1.13"] + 4); // the second block failed, then the clean-up ran
    expect(workbookState(excel)).toBe(before);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("cleans up the sheets of a run that stopped before renaming them", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs >= start + SURVEY["1.13"] + 3) throw new FakeExcelError("GeneralException", "Excel closed");
    };
    // The replace request fails, and so does every request of the recovery: the new sheets are
    // complete but keep their writing names, hidden.
    await expect(sink().writeSheets(resultSpecs(3))).rejects.toMatchObject({ code: "office_replace_failed" });
    const left = excel.model.sheets.filter((s) => s.name.startsWith("~yzjh~"));
    expect(left.map((s) => s.visibility)).toEqual(["Hidden", "Hidden", "Hidden"]);
    excel.beforeSync = null;
    // The stopped run's sheets go, unsaid: hidden all along, no result the user saw.
    expect((await sink().writeSheets(resultSpecs(3))).replaced).toEqual([]);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("gives result tables a new name when a user's table holds it", async () => {
    const { excel, sink } = setup();
    const users = userSheet(excel, "名单");
    excel.model.renameTable(excel.model.addTable(users, { top: 0, left: 0, bottom: 1, right: 1 }), "YZJH_Schools");
    await sink().writeSheets(resultSpecs(3));
    expect(excel.model.tables.map((t) => t.name)).toContain("YZJH_Schools_2");
  });

  it("gives result tables a new name when a defined name of the user's holds it (workbook or sheet scope)", async () => {
    const { excel, sink } = setup();
    const users = userSheet(excel, "名单");
    excel.model.addName(null, "YZJH_Schools", "=名单!$A$1");
    excel.model.addName(users, "YZJH_Summary", "=0.85");
    expect((await sink().writeSheets(resultSpecs(3))).names).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(excel.model.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["YZJH_Schools_2", "YZJH_Summary_2"]));
  });

  it("replaces result sheets when they are the only sheets left", async () => {
    const { excel, sink } = setup();
    const first = blank(excel);
    await sink().writeSheets(resultSpecs(3));
    excel.model.deleteSheet(first);
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(excel.model.activeSheet?.name).toBe("汇总");
  });
});

describe("OfficeWorkbookSink: two evaluations at once", () => {
  it("lets the second write wait for the first: one set of result sheets, none under a writing name, no failure reported", async () => {
    // The ribbon's Evaluate while the pane's run is writing, or a double click: both found the
    // same old sheets, the second deleted what the first had deleted and failed with its new
    // sheets left under ~yzjh~ names.
    const { excel, sink } = await afterOneRun();
    const both = await Promise.allSettled([sink().writeSheets(resultSpecs(3000)), sink().writeSheets(resultSpecs(2999))]);
    // Each replaced the three before it: the first run's, then the first click's.
    const replacedAll = { names: ["汇总", "差异系数", "学校达标"], kept: [], replaced: ["汇总", "差异系数", "学校达标"] };
    expect(both).toEqual([
      { status: "fulfilled", value: replacedAll },
      { status: "fulfilled", value: replacedAll },
    ]);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(excel.maxOpenRuns).toBe(1);
    // The later click's results stand: 4 rows above 2,999 schools.
    expect((excel.model.sheet("学校达标") as FakeSheet).grid()).toHaveLength(4 + 2999);
  });

  it("lets the second write go ahead when the first fails", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    excel.beforeSync = () => {
      if (excel.syncs === 1) throw new FakeExcelError("GeneralException", "busy");
    };
    const [first, second] = await Promise.allSettled([sink().writeSheets(resultSpecs(3)), sink().writeSheets(resultSpecs(3))]);
    expect(first).toMatchObject({ status: "rejected", reason: { code: "office_write_failed" } });
    // The first wrote nothing: the second is the workbook's first, and replaced none.
    expect(second).toEqual({ status: "fulfilled", value: { names: ["汇总", "差异系数", "学校达标"], kept: [], replaced: [] } });
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });
});

/** Titles in A1 of the sheets versions before markers wrote (writerMessages' out_title_*, in Chinese). */
const OLD_TITLES = { summary: "县域义务教育优质均衡发展评估汇总", coefficients: "校际差异系数（按学段、逐项指标）", schools: "学校资源配置七项指标达标情况" } as const;

/** What a version before markers left on a host without custom properties: result sheets with no marker, their ids in the settings. */
function oldResults(excel: FakeExcel, settings: ReturnType<typeof memorySettings>, sheets: readonly (readonly [keyof typeof OLD_TITLES, string])[]): FakeSheet[] {
  const written = sheets.map(([role, name]) => {
    const sheet = excel.model.addSheet(name);
    sheet.put(0, 0, OLD_TITLES[role]);
    sheet.put(3, 0, "项目");
    return { role, sheet };
  });
  settings.set(SETTINGS_KEY, written.map(({ role, sheet }) => ({ role, id: sheet.id })));
  void settings.save();
  return written.map((w) => w.sheet);
}

const OLD_SET = [["summary", "汇总"], ["coefficients", "差异系数"], ["schools", "学校达标"]] as const;

describe("OfficeWorkbookSink: results of versions before markers (ExcelApi 1.8, Excel 2019)", () => {
  it("neither offers them as data nor replaces them (nothing shows the user left them unchanged): kept, said, and still listed", async () => {
    const { excel, settings, sink, source } = setup("1.8");
    userSheet(excel, "学校基本情况");
    const old = oldResults(excel, settings, OLD_SET);
    const list = settings.saved.get(SETTINGS_KEY);
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数 (2)", "学校达标 (2)"], kept: [], keptOlder: ["汇总", "差异系数", "学校达标"], replaced: [] });
    expect(names(excel)).toEqual(["学校基本情况", "汇总", "差异系数", "学校达标", "汇总 (2)", "差异系数 (2)", "学校达标 (2)"]);
    expect(old.every((s) => excel.model.sheets.includes(s))).toBe(true);
    // Still listed, so still results on the next run: never offered as data.
    expect(settings.saved.get(SETTINGS_KEY)).toEqual(list);
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
  });

  it("recognises them after a reopen, when Excel gives the sheets other ids than the list holds (ids are per session)", async () => {
    const { excel, settings, sink, source } = setup("1.8");
    userSheet(excel, "学校基本情况");
    const old = oldResults(excel, settings, OLD_SET);
    // As saved in an earlier session: random GUIDs, which after the reopen name no sheet.
    settings.set(SETTINGS_KEY, OLD_SET.map(([role], i) => ({ role, id: `{040E0F18-0000-4000-8000-00000000000${i}}` })));
    void settings.save();
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
    expect((await sink().writeSheets(resultSpecs(3))).keptOlder).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(names(excel)).toEqual(["学校基本情况", "汇总", "差异系数", "学校达标", "汇总 (2)", "差异系数 (2)", "学校达标 (2)"]);
    expect(old.every((s) => excel.model.sheets.includes(s))).toBe(true);
  });

  it("keeps them results on the runs after a reopen: the list then names them by the ids they have now", async () => {
    const { excel, settings, sink, source } = setup("1.8");
    userSheet(excel, "学校基本情况");
    const old = oldResults(excel, settings, OLD_SET);
    settings.set(SETTINGS_KEY, OLD_SET.map(([role], i) => ({ role, id: `{040E0F18-0000-4000-8000-00000000000${i}}` })));
    void settings.save();
    await sink().writeSheets(resultSpecs(3));
    // The list now holds the ids of this session: 汇总 is sheet 2, 差异系数 3, 学校达标 4.
    expect(settings.saved.get(SETTINGS_KEY)).toEqual(OLD_SET.map(([role], i) => ({ role, id: old[i]?.id })));
    // The second run of the session, and one after the next reopen: still the earlier version's results, kept and said, not data.
    for (const next of [() => undefined, () => reopen(excel, (i) => `{00000000-0002-0000-000${i}-000000000000}`)]) {
      next();
      expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总 (2)", "差异系数 (2)", "学校达标 (2)"], kept: [], keptOlder: ["汇总", "差异系数", "学校达标"], replaced: ["汇总 (2)", "差异系数 (2)", "学校达标 (2)"] });
      expect(await source().sheetNames()).toEqual(["学校基本情况"]);
    }
    expect(old.every((s) => excel.model.sheets.includes(s))).toBe(true);
  });

  it("saves the settings once a run at most: once when the list and the record of renamed results both change, not when neither does", async () => {
    const { excel, settings, sink } = setup("1.8");
    userSheet(excel, "学校基本情况");
    const old = oldResults(excel, settings, OLD_SET);
    settings.set(SETTINGS_KEY, OLD_SET.map(([role], i) => ({ role, id: `{040E0F18-0000-4000-8000-00000000000${i}}` })));
    void settings.save();
    const save = jest.spyOn(settings, "save");
    // The list re-keyed to this session's ids: one save.
    await sink().writeSheets(resultSpecs(3));
    expect(save).toHaveBeenCalledTimes(1);
    // The same workbook again: the list stands, nothing renamed; nothing to save.
    await sink().writeSheets(resultSpecs(3));
    expect(save).toHaveBeenCalledTimes(1);
    // This version's 汇总 (2) renamed to keep, and the workbook reopened: the list re-keyed and the renamed one recorded, in one save.
    (excel.model.sheet("汇总 (2)") as FakeSheet).name = "汇总备份";
    reopen(excel, (i) => `{00000000-0003-0000-000${i}-000000000000}`);
    expect((await sink().writeSheets(resultSpecs(3))).renamed).toEqual([{ name: "汇总备份", role: "summary" }]);
    expect(save).toHaveBeenCalledTimes(2);
    expect(settings.saved.get(SETTINGS_KEY)).toEqual(OLD_SET.map(([role], i) => ({ role, id: old[i]?.id })));
    expect((settings.saved.get(SAID_KEY) as { name: string }[]).map((s) => s.name)).toEqual(["汇总备份"]);
  });

  it("keeps a listed sheet the user renamed as a snapshot (not data), and keeps its entry alone in the list", async () => {
    const { excel, settings, sink, source } = setup("1.8");
    userSheet(excel, "学校基本情况");
    const [summary] = oldResults(excel, settings, [["summary", "汇总2023"], ["coefficients", "差异系数"]]);
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校基本情况", "汇总2023", "差异系数", "汇总", "差异系数 (2)", "学校达标"]);
    expect(settings.saved.get(SETTINGS_KEY)).toEqual([{ role: "summary", id: summary?.id }, { role: "coefficients", id: excel.model.sheet("差异系数")?.id }]);
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
  });

  it("keeps the list while the write fails, so that the old results stay results", async () => {
    const { excel, settings, sink, source } = setup("1.8");
    userSheet(excel, "学校基本情况");
    oldResults(excel, settings, OLD_SET);
    const list = settings.saved.get(SETTINGS_KEY);
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs === start + SURVEY["1.7"] + 2) throw new FakeExcelError("GeneralException", "the connection dropped");
    };
    await expect(sink().writeSheets(resultSpecs(3))).rejects.toMatchObject({ code: "office_write_failed" });
    excel.beforeSync = null;
    expect(settings.saved.get(SETTINGS_KEY)).toEqual(list);
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
  });

  it("reads the list on a newer Excel too (the workbook last evaluated in Excel 2019)", async () => {
    const { excel, settings, sink, source } = setup("1.13");
    userSheet(excel, "学校基本情况");
    oldResults(excel, settings, OLD_SET);
    expect(await source().sheetNames()).toEqual(["学校基本情况"]);
    expect((await sink().writeSheets(resultSpecs(3))).keptOlder).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(names(excel)).toEqual(["学校基本情况", "汇总", "差异系数", "学校达标", "汇总 (2)", "差异系数 (2)", "学校达标 (2)"]);
  });
});

describe("OfficeWorkbookSink: while the user views another workbook", () => {
  it("needs no sheet-scoped name where the host has custom properties (Excel refuses them then, office-js#6365)", async () => {
    const { excel, sink, source } = setup("1.13");
    userSheet(excel, "学校");
    excel.viewingOtherWorkbook = true;
    await sink().writeSheets(resultSpecs(3));
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheets.some((s) => s.names.size > 0)).toBe(false);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("asks once more where markers are sheet-scoped names (ExcelApi 1.7), and writes when the user is back", async () => {
    const { excel, sink, source } = setup("1.7");
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    /** The user looks at another workbook during the first `requests` requests from now. */
    const away = (requests: number) => {
      const start = excel.syncs;
      excel.beforeSync = () => void (excel.viewingOtherWorkbook = excel.syncs <= start + requests);
    };
    away(SURVEY["1.7"]); // the survey is refused, its retry is not
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    away(2); // the listing reads markers in its second request
    const start = excel.syncs;
    expect(await source().sheetNames()).toEqual(["学校"]);
    expect(excel.syncs - start).toBe(4);
  });

  it("tells the user to switch back when the retry is refused too, and changes nothing", async () => {
    const { excel, sink } = setup("1.7");
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    const before = workbookState(excel);
    excel.viewingOtherWorkbook = true;
    const failure = sink().writeSheets(resultSpecs(3));
    await expect(failure).rejects.toMatchObject({ code: "office_workbook_inactive", cause: { code: "InvalidSelection" } });
    const error: unknown = await failure.catch((e: unknown) => e);
    expect(failureText(new StepFailure("writing", error), "zh")).toBe(
      "写入结果工作表失败：本工作簿不是当前窗口时，Excel 拒绝了请求（InvalidSelection: The current selection is invalid for this operation.）；请切换回本工作簿后重试",
    );
    expect(workbookState(excel)).toBe(before);
  });

  it("tells the user to switch back when adding the markers is refused after the survey (ExcelApi 1.7), and changes nothing", async () => {
    // Used to report office_write_failed "(InvalidSelection…)": only the survey's refusal was mapped.
    const { excel, sink } = setup("1.7");
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    const before = workbookState(excel);
    const start = excel.syncs;
    // The first survey passes; the user switches workbooks as the new sheets are added and marked, and stays away.
    excel.beforeSync = () => void (excel.viewingOtherWorkbook = excel.syncs > start + RERUN["1.7"]);
    const failure = sink().writeSheets(resultSpecs(3));
    await expect(failure).rejects.toMatchObject({ code: "office_workbook_inactive", cause: { code: "InvalidSelection" } });
    excel.beforeSync = null;
    excel.viewingOtherWorkbook = false;
    expect(workbookState(excel)).toBe(before);
  });

  it("writes on the retry when the user is back after adding the markers was refused (ExcelApi 1.7)", async () => {
    const { excel, sink } = setup("1.7");
    userSheet(excel, "学校");
    const start = excel.syncs;
    // Only the first attempt's request adding the marked sheets (right after its two survey requests) is refused.
    excel.beforeSync = () => void (excel.viewingOtherWorkbook = excel.syncs === start + SURVEY["1.7"] + 1);
    expect((await sink().writeSheets(resultSpecs(3))).names).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("still recognises the sheet-scoped markers of Excel 2019 once the workbook is opened in a newer Excel", async () => {
    const older = setup("1.7");
    userSheet(older.excel, "学校");
    await older.sink().writeSheets(resultSpecs(3));
    older.excel.apiVersion = "1.13";
    const capabilities = detectCapabilities((_, v) => older.excel.supports(v));
    const newer = new OfficeWorkbookSink(older.excel.run, { capabilities, settings: older.settings });
    const source = new OfficeWorkbookSource(older.excel.run, { capabilities, resultSheets: sheetTagsFor(true, older.settings), retryDelayMs: 0 });
    expect(await source.sheetNames()).toEqual(["学校"]);
    await newer.writeSheets(resultSpecs(3));
    expect(names(older.excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("keeps a renamed Excel 2019 result (汇总2023) as a snapshot in a newer Excel: not data, not replaced, one request for the sheets' names", async () => {
    // Its old marker used to be read only for sheets named like a result, so 汇总2023 was offered as data.
    const older = setup("1.7");
    userSheet(older.excel, "学校");
    await older.sink().writeSheets(resultSpecs(3));
    const snapshot = older.excel.model.sheet("汇总") as FakeSheet;
    snapshot.name = "汇总2023";
    older.excel.apiVersion = "1.13";
    const capabilities = detectCapabilities((_, v) => older.excel.supports(v));
    const source = new OfficeWorkbookSource(older.excel.run, { capabilities, resultSheets: sheetTagsFor(true, older.settings), retryDelayMs: 0 });
    expect(await source.sheetNames()).toEqual(["学校"]);
    const start = older.excel.syncs;
    await new OfficeWorkbookSink(older.excel.run, { capabilities, settings: older.settings }).writeSheets(resultSpecs(3));
    // The survey (three requests), the old results read back (three), add, one block, ask for the old sheets again, replace.
    expect(older.excel.syncs - start).toBe(RERUN["1.13"] + 4);
    expect(names(older.excel)).toEqual(["学校", "汇总2023", "汇总", "差异系数", "学校达标"]);
    expect(older.excel.model.sheet("汇总2023")).toBe(snapshot);
  });

  it("writes beside such sheets, deleting none, when Excel refuses their names (the user views another workbook)", async () => {
    const older = setup("1.7");
    userSheet(older.excel, "学校");
    await older.sink().writeSheets(resultSpecs(3));
    const before = older.excel.model.sheets.slice();
    older.excel.apiVersion = "1.13";
    older.excel.viewingOtherWorkbook = true;
    const capabilities = detectCapabilities((_, v) => older.excel.supports(v));
    const newer = new OfficeWorkbookSink(older.excel.run, { capabilities, settings: older.settings });
    expect((await newer.writeSheets(resultSpecs(3))).names).toEqual(["汇总 (2)", "差异系数 (2)", "学校达标 (2)"]);
    expect(before.every((s) => older.excel.model.sheets.includes(s))).toBe(true);
  });
});

describe("OfficeWorkbookSink: replacing the old results", () => {
  it("writes the new sheets hidden, and shows them, the first active and panes frozen, once complete", async () => {
    const { excel, sink } = await afterOneRun();
    const seen: string[] = [];
    excel.beforeSync = () => seen.push(...excel.model.sheets.filter((s) => s.name.startsWith("~yzjh~")).map((s) => s.visibility));
    await sink().writeSheets(resultSpecs(3000));
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen)).toEqual(new Set(["Hidden"]));
    expect(excel.model.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible", "Visible"]);
    expect(excel.model.activeSheet?.name).toBe("汇总");
    expect((excel.model.sheet("学校达标") as FakeSheet).frozen).toEqual({ rows: 4, columns: 1 });
  });

  it("goes on when the user deleted an old result sheet during the write", async () => {
    const { excel, sink } = await afterOneRun();
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs === start + RERUN["1.13"] + 2) excel.model.deleteSheet(excel.model.sheet("差异系数") as FakeSheet);
    };
    expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总", "差异系数", "学校达标"], kept: [], replaced: ["汇总", "学校达标"] });
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("keeps an old result sheet the user renamed during the write (a snapshot now)", async () => {
    const { excel, sink } = await afterOneRun();
    const start = excel.syncs;
    const kept = excel.model.sheet("差异系数") as FakeSheet;
    excel.beforeSync = () => {
      if (excel.syncs === start + RERUN["1.13"] + 2) kept.name = "差异系数 上次";
    };
    expect((await sink().writeSheets(resultSpecs(3))).replaced).toEqual(["汇总", "学校达标"]);
    expect(names(excel)).toEqual(["学校", "差异系数 上次", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheet("差异系数 上次")).toBe(kept);
  });

  it.each(["1.13", "1.7"] as const)("replaces a result sheet the user made very hidden (Excel refuses to delete one as it is), run after run, no sheet left under a writing name (ExcelApi %s)", async (version) => {
    const { excel, sink, source } = setup(version);
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    for (let run = 0; run < 2; run++) {
      const old = excel.model.sheet("汇总") as FakeSheet;
      // As VBA's xlSheetVeryHidden or the VBE's Properties window leave it.
      old.visibility = "VeryHidden";
      expect(await sink().writeSheets(resultSpecs(3))).toEqual({ names: ["汇总", "差异系数", "学校达标"], kept: [], replaced: ["汇总", "差异系数", "学校达标"] });
      expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
      expect(excel.model.sheet("汇总")).not.toBe(old);
      expect(excel.model.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible", "Visible"]);
    }
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("recovers from a failed replace request: the new sheets take their names where free", async () => {
    // The replace request is the last of a run: count a run on a twin workbook.
    const twin = setup();
    userSheet(twin.excel, "学校");
    await twin.sink().writeSheets(resultSpecs(3));
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    excel.beforeSync = () => {
      if (excel.syncs === twin.excel.syncs) throw new FakeExcelError("GeneralException", "the connection dropped");
    };
    expect((await sink().writeSheets(resultSpecs(3))).names).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheets.every((s) => s.visibility === "Visible")).toBe(true);
  });

  it("leaves no sheet under a writing name in view when a name is taken halfway, and asks to evaluate again", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const start = excel.syncs;
    excel.beforeSync = () => {
      // The user adds a sheet of a result's name while the results are written.
      if (excel.syncs === start + SURVEY["1.13"] + 2) userSheet(excel, "差异系数");
    };
    const failure = sink().writeSheets(resultSpecs(3));
    await expect(failure).rejects.toMatchObject({ code: "office_replace_failed", cause: { code: "ItemAlreadyExists" } });
    const error: unknown = await failure.catch((e: unknown) => e);
    const text = failureText(new StepFailure("writing", error), "zh");
    expect(text).toMatch(/^写入结果工作表失败：新的结果工作表未能全部就位（ItemAlreadyExists: .*）；请再次点击“评估”$/);
    expect(text).not.toContain("已写入");
    expect(failureText(new StepFailure("writing", error), "en")).toMatch(/^Writing the result sheets failed: Not every new result sheet could take its place \(.*\); click Evaluate again$/);
    const visible = excel.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    expect(visible).toEqual(["学校", "汇总", "学校达标", "差异系数"]);
    excel.beforeSync = null;
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "差异系数", "汇总", "差异系数 (2)", "学校达标"]);
    expect(excel.model.sheet("差异系数")?.peek(0, 0)?.value).toBe("学校名称");
  });
});
