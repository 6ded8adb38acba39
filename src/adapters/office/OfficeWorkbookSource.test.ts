import { memorySettings } from "./documentSettings";
import { OfficeWorkbookSink } from "./OfficeWorkbookSink";
import { OfficeWorkbookSource } from "./OfficeWorkbookSource";
import { detectCapabilities } from "./requirements";
import { OfficeError } from "./OfficeError";
import { sheetTagsFor } from "./sheetTags";
import { FakeExcel, FakeExcelError, type FakeSheet } from "./testing/fakeExcel";
import { resultSpecs } from "./testing/specs";
import { readWorkbook } from "../../workbook/read/readWorkbook";
import type { Box } from "../../workbook/types";

function setup(version = "1.13", maxCells?: number) {
  const excel = new FakeExcel(version);
  const source = new OfficeWorkbookSource(excel.run, { capabilities: detectCapabilities((_, v) => excel.supports(v)), ...(maxCells === undefined ? {} : { maxCellsPerRead: maxCells }) });
  return { excel, source };
}

/** A school sheet: title in A1 merged over A1:C1, header row 3, `n` schools from row 4, row 5 hidden. */
function schoolSheet(excel: FakeExcel, n: number): FakeSheet {
  const s = excel.model.addSheet("学校基本情况");
  s.put(0, 0, "某县2024年学校基本情况");
  s.merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
  ["学校名称", "在校生数", "专任教师"].forEach((h, c) => s.put(2, c, h));
  for (let i = 0; i < n; i++) {
    s.put(3 + i, 0, `第${i + 1}小学`);
    s.put(3 + i, 1, 100 + i);
    s.put(3 + i, 2, "12");
  }
  s.hiddenRows.add(4);
  return s;
}

describe("OfficeWorkbookSource", () => {
  it("reads the used range with blanks as null, text numbers as text and errors as errors", async () => {
    const { excel, source } = setup();
    const s = schoolSheet(excel, 2);
    s.put(4, 2, "#DIV/0!", true);
    const grid = await source.readSheet("学校基本情况");
    expect(grid).toMatchObject({ sheet: "学校基本情况", top: 0, left: 0 });
    expect(grid.values).toEqual([
      ["某县2024年学校基本情况", null, null],
      [null, null, null],
      ["学校名称", "在校生数", "专任教师"],
      ["第1小学", 100, "12"],
      ["第2小学", 101, { error: "#DIV/0!" }],
    ]);
    expect(grid.hiddenRows).toEqual([4]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it("reads a given range with its offset", async () => {
    const { excel, source } = setup();
    schoolSheet(excel, 3);
    const grid = await source.readSheet("学校基本情况", "B3:C5");
    expect(grid).toMatchObject({ top: 2, left: 1, values: [["在校生数", "专任教师"], [100, "12"], [101, "12"]], hiddenRows: [4], merges: [] });
  });

  it("finds the same hidden rows row by row on an ExcelApi 1.7 host, and no merges", async () => {
    const { excel, source } = setup("1.7");
    schoolSheet(excel, 4).hiddenRows.add(6);
    const grid = await source.readSheet("学校基本情况");
    expect(grid.hiddenRows).toEqual([4, 6]);
    expect(grid.merges).toEqual([]);
  });

  it("returns an empty grid for an empty sheet and lists sheet names", async () => {
    const { excel, source } = setup();
    excel.model.addSheet("空表");
    schoolSheet(excel, 1);
    expect(await source.sheetNames()).toEqual(["空表", "学校基本情况"]);
    expect(await source.readSheet("空表")).toEqual({ sheet: "空表", top: 0, left: 0, values: [], hiddenRows: [], hiddenColumns: [], merges: [] });
  });

  it("uses three syncs for 10 or 5,000 schools, and one more per 60k-cell block beyond", async () => {
    for (const n of [10, 5000]) {
      const { excel, source } = setup();
      schoolSheet(excel, n);
      await source.readSheet("学校基本情况");
      expect(excel.syncs).toBe(3);
    }
    const { excel, source } = setup("1.13", 3000);
    schoolSheet(excel, 2997); // 3,000 rows × 3 columns = 9,000 cells → 3 blocks of 1,000 rows
    const grid = await source.readSheet("学校基本情况");
    expect(excel.syncs).toBe(2 + 3);
    expect(grid.values).toHaveLength(3000);
    expect(grid.values[2999]).toEqual(["第2997小学", 3096, "12"]);
  });

  it("reads a block again in halves when the response is over the host's limit", async () => {
    const { excel, source } = setup();
    schoolSheet(excel, 4000);
    excel.payloadLimit = 100 * 1024;
    const grid = await source.readSheet("学校基本情况");
    expect(grid.values).toHaveLength(4003);
    expect(grid.values[4002]).toEqual(["第4000小学", 4099, "12"]);
  });
});

describe("OfficeWorkbookSource: dates (Excel holds a date as its serial number; only the number format says date)", () => {
  /** 建成日期 as Excel delivers it: 41153 (2012-09-01) in yyyy-mm-dd, 1652 in a count column formatted as a date, 38 in m/d/yy, a plain 41153. */
  function datedSheet(excel: FakeExcel): FakeSheet {
    const s = excel.model.addSheet("学校");
    ["学校名称", "建成日期", "在校生数", "班级数"].forEach((h, c) => s.put(0, c, h));
    ["甲小学", 41153, 1652, 38].forEach((v, c) => s.put(1, c, v));
    ["乙小学", 41153, 300, 12].forEach((v, c) => s.put(2, c, v));
    s.cell(1, 1).numberFormat = "yyyy-mm-dd";
    s.cell(1, 2).numberFormat = "yyyy-mm-dd";
    s.cell(1, 3).numberFormat = "m/d/yy";
    return s;
  }

  it("reads a number in a date format as the Date the .xlsx reader gives for it, other numbers as numbers", async () => {
    const { excel, source } = setup();
    datedSheet(excel);
    const grid = await source.readSheet("学校");
    // 41153 − 25569 = 15584 days after 1970-01-01 (2012-09-01); 1652 → 1904-07-09; 38 → 1900-02-06 (exceljs's count from 1899-12-30).
    expect(grid.values[1]).toEqual(["甲小学", new Date(Date.UTC(2012, 8, 1)), new Date(Date.UTC(1904, 6, 9)), new Date(Date.UTC(1900, 1, 6))]);
    expect(grid.values[2]).toEqual(["乙小学", 41153, 300, 12]);
  });

  it("gives a 建成日期 column of dates its built years, as the CLI does (no “41153 is not yes or no”)", async () => {
    const { excel, source } = setup();
    const s = excel.model.addSheet("学校基本情况");
    ["学校名称", "在校生数", "建成日期"].forEach((h, c) => s.put(0, c, h));
    ["甲小学", 300, 41153].forEach((v, c) => s.put(1, c, v));
    ["乙小学", 200, 38353].forEach((v, c) => s.put(2, c, v));
    [1, 2].forEach((r) => (s.cell(r, 2).numberFormat = "yyyy/m/d"));
    const result = await readWorkbook(source);
    if (!result.ok) throw new Error("not read");
    // 41153 is 2012-09-01; 38353 is 2005-01-01 (36526 for 2000-01-01, + 5 years of which one leap: 1827).
    expect(result.input.records.map((r) => r.flags.builtYear)).toEqual([2012, 2005]);
    expect(result.issues.filter((i) => i.code === "read_flag_unreadable")).toEqual([]);
  });

  it("reads the formats in the same requests as the values, and still halves a block the host finds too large", async () => {
    const { excel, source } = setup();
    datedSheet(excel);
    await source.readSheet("学校");
    expect(excel.syncs).toBe(3);
    expect(excel.rangeLoads.some((l) => l.props.includes("values") && l.props.includes("numberFormat"))).toBe(true);
    const big = setup();
    const s = schoolSheet(big.excel, 4000);
    for (let r = 3; r < 4003; r++) s.cell(r, 1).numberFormat = "yyyy-mm-dd";
    big.excel.payloadLimit = 100 * 1024;
    const grid = await big.source.readSheet("学校基本情况");
    expect(grid.values).toHaveLength(4003);
    // 4099 days after 1899-12-30: 1900-12-30 is day 365, 1910-12-30 day 4017 (ten years, two of them leap: 1904, 1908), then 82 more is 1911-03-22.
    expect(grid.values[4002]).toEqual(["第4000小学", new Date(Date.UTC(1911, 2, 22)), "12"]);
  });

  it("keeps a block of text with its formats under the 5 MB response limit: 6,000 rows of 20 twelve-character names in two requests", async () => {
    const { excel, source } = setup();
    const s = excel.model.addSheet("名单");
    const name = "城关镇第一中心小学分校区"; // 12 characters, 36 bytes
    for (let r = 0; r < 6000; r++) for (let c = 0; c < 20; c++) s.put(r, c, name);
    const grid = await source.readSheet("名单");
    expect(grid.values).toHaveLength(6000);
    // Per cell: `"…",` 39 bytes of values, `"String",` 9 of types, `"General",` 10 of formats: 58 bytes, 5.8 MB for 100,000 cells
    // (refused, read again in halves: 2 more requests); 3.5 MB for 60,000 (3,000 rows): 2 requests, none refused.
    expect(excel.syncs).toBe(2 + 2);
  });
});

describe("OfficeWorkbookSource: the add-in's own result sheets", () => {
  it.each(["1.13", "1.7"])("leaves the sheets the sink wrote out of sheetNames, and keeps a user's sheet of a result's name (ExcelApi %s)", async (version) => {
    const excel = new FakeExcel(version);
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    const settings = memorySettings();
    schoolSheet(excel, 2);
    excel.model.addSheet("差异系数"); // the user's own sheet: the result gets "差异系数 (2)"
    const source = new OfficeWorkbookSource(excel.run, { capabilities, resultSheets: sheetTagsFor(capabilities.customProperties, settings) });
    expect(await source.sheetNames()).toEqual(["学校基本情况", "差异系数"]);
    await new OfficeWorkbookSink(excel.run, { capabilities, settings }).writeSheets(resultSpecs(2));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["学校基本情况", "差异系数", "汇总", "差异系数 (2)", "学校达标"]);
    expect(await source.sheetNames()).toEqual(["学校基本情况", "差异系数"]);
  });
});

describe("OfficeWorkbookSource: hidden sheets and columns", () => {
  /** A school sheet 学校 with columns A..H, values in every cell of rows 1..6. */
  function wide(excel: FakeExcel): FakeSheet {
    const s = excel.model.addSheet("学校");
    for (let r = 0; r < 6; r++) for (let c = 0; c < 8; c++) s.put(r, c, r === 0 ? `列${c}` : r * 10 + c);
    return s;
  }

  it.each(["1.13", "1.7"])("reports the hidden columns of the range read, 0-based in sheet coordinates (ExcelApi %s)", async (version) => {
    const { excel, source } = setup(version);
    const s = wide(excel);
    [2, 5, 6].forEach((c) => s.hiddenColumns.add(c));
    s.hiddenRows.add(3);
    const grid = await source.readSheet("学校");
    expect(grid.hiddenColumns).toEqual([2, 5, 6]);
    expect(grid.hiddenRows).toEqual([3]);
    // A range from column B: the same sheet columns, only those inside it.
    expect((await source.readSheet("学校", "B2:F6")).hiddenColumns).toEqual([2, 5]);
  });

  it("finds hidden columns from the visible areas on ExcelApi 1.9+ at no extra request, and in a few halving rounds on 1.7", async () => {
    const reads = async (version: string) => {
      const { excel, source } = setup(version);
      wide(excel).hiddenColumns.add(4);
      const grid = await source.readSheet("学校");
      return { columns: grid.hiddenColumns, syncs: excel.syncs };
    };
    const none = setup("1.13");
    wide(none.excel);
    await none.source.readSheet("学校");
    expect(await reads("1.13")).toEqual({ columns: [4], syncs: none.excel.syncs });
    // 8 columns: halves of 4, 2, 1 → three rounds, never a request per column.
    const old = await reads("1.7");
    expect(old.columns).toEqual([4]);
    expect(old.syncs).toBeLessThanOrEqual(none.excel.syncs + 3);
  });

  it("tells hidden rows and columns apart when every row or every column is hidden (no visible cell to go by)", async () => {
    const rows = setup("1.13");
    const a = wide(rows.excel);
    for (let r = 0; r < 6; r++) a.hiddenRows.add(r);
    a.hiddenColumns.add(1);
    expect(await rows.source.readSheet("学校")).toMatchObject({ hiddenRows: [0, 1, 2, 3, 4, 5], hiddenColumns: [1] });
    const columns = setup("1.13");
    const b = wide(columns.excel);
    for (let c = 0; c < 8; c++) b.hiddenColumns.add(c);
    b.hiddenRows.add(2);
    expect(await columns.source.readSheet("学校")).toMatchObject({ hiddenRows: [2], hiddenColumns: [0, 1, 2, 3, 4, 5, 6, 7] });
  });

  it("lists the hidden and very hidden sheets among the data sheets, without the add-in's results", async () => {
    const excel = new FakeExcel("1.13");
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    schoolSheet(excel, 2);
    excel.model.addSheet("旧数据").visibility = "Hidden";
    excel.model.addSheet("参数").visibility = "VeryHidden";
    await new OfficeWorkbookSink(excel.run, { capabilities }).writeSheets(resultSpecs(2));
    (excel.model.sheet("汇总") as FakeSheet).visibility = "Hidden";
    const source = new OfficeWorkbookSource(excel.run, { capabilities, resultSheets: sheetTagsFor(capabilities.customProperties) });
    expect(await source.hiddenSheets()).toEqual(["旧数据", "参数"]);
    expect(await source.sheetNames()).toEqual(["学校基本情况", "旧数据", "参数"]);
  });

  it("lists the sheets once when their names and the hidden ones are asked together, and afresh when asked again", async () => {
    const { excel, source } = setup();
    schoolSheet(excel, 2);
    excel.model.addSheet("旧数据").visibility = "Hidden";
    const [names, hidden] = await Promise.all([source.sheetNames(), source.hiddenSheets()]);
    expect([names, hidden, excel.syncs]).toEqual([["学校基本情况", "旧数据"], ["旧数据"], 1]);
    excel.model.addSheet("新表");
    expect(await source.sheetNames()).toEqual(["学校基本情况", "旧数据", "新表"]);
    expect(excel.syncs).toBe(2);
  });

  it("costs a whole read of a one-sheet workbook one listing and the sheet's own requests", async () => {
    const { excel, source } = setup();
    schoolSheet(excel, 3);
    excel.model.addSheet("旧数据").visibility = "Hidden";
    await source.sheetNames();
    const listing = excel.syncs;
    await source.readSheet("学校基本情况");
    await source.readSheet("旧数据");
    const sheets = excel.syncs - listing;
    const before = excel.syncs;
    expect((await readWorkbook(source)).ok).toBe(true);
    expect(excel.syncs - before).toBe(listing + sheets);
  });

  it("lets a failed listing fail both callers, and lists again on the next call", async () => {
    const { excel, source } = setup();
    schoolSheet(excel, 2);
    excel.beforeSync = () => {
      throw new FakeExcelError("GeneralException", "busy");
    };
    const both = await Promise.allSettled([source.sheetNames(), source.hiddenSheets()]);
    expect(both.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    excel.beforeSync = null;
    expect(await source.sheetNames()).toEqual(["学校基本情况"]);
  });
});

describe("OfficeWorkbookSource: host failures and large reads", () => {
  it("reports a sheet that cannot be read as an OfficeError naming it, with the host's error as cause", async () => {
    const { excel, source } = setup();
    // The failing lookup of non-blank cells is warned of, then the plain read fails the same way.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    schoolSheet(excel, 2);
    const failure = source.readSheet("不存在");
    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: "office_read_failed", params: { sheet: "不存在" }, cause: { code: "ItemNotFound" } });
    excel.beforeSync = () => {
      throw new FakeExcelError("AccessDenied", "the workbook is locked");
    };
    await expect(source.readSheet("学校基本情况")).rejects.toMatchObject({ message: expect.stringContaining("the workbook is locked"), cause: { code: "AccessDenied" } });
    await expect(source.sheetNames()).rejects.toMatchObject({ code: "office_list_failed", cause: { code: "AccessDenied" } });
    await expect(source.hiddenSheets()).rejects.toMatchObject({ code: "office_list_failed", cause: { code: "AccessDenied" } });
    warn.mockRestore();
  });

  it("reads 150,000 rows in one block without spreading them as arguments (which overflows the stack)", async () => {
    const { excel, source } = setup("1.13", 200_000);
    const s = excel.model.addSheet("名单");
    for (let r = 0; r < 150_000; r++) s.put(r, 0, r + 1);
    const grid = await source.readSheet("名单");
    expect(grid.values).toHaveLength(150_000);
    expect(grid.values[149_999]).toEqual([150_000]);
  });
});

describe("OfficeWorkbookSource: the grid is bounded by the data, not by the sheet's extent", () => {
  /** 学校 A1:C3, a table of two schools. */
  const TABLE = [
    ["学校名称", "在校生数", "班级数"],
    ["甲小学", 300, 6],
    ["乙小学", 200, 4],
  ];
  const TABLE_BOX = { top: 0, left: 0, bottom: 2, right: 2 };
  const XFD1048576 = { row: 1_048_575, column: 16_383 };

  function table(excel: FakeExcel): FakeSheet {
    const s = excel.model.addSheet("学校");
    TABLE.forEach((row, r) => row.forEach((v, c) => s.put(r, c, v)));
    return s;
  }

  /**
   * Fails a read that goes on past `max` requests: reading the used range up to XFD1048576 in blocks
   * of 100k cells would take 174,763 of them (and never end in a test, nor in Excel).
   */
  function stopAfter(excel: FakeExcel, max: number): void {
    excel.beforeSync = () => {
      if (excel.syncs > max) throw new FakeExcelError("GeneralException", `more than ${max} requests`);
    };
  }

  /** The ranges whose cells or rows were loaded (values, value types, hidden rows or columns), not only their geometry. */
  function rangesRead(excel: FakeExcel): Box[] {
    const geometry = new Set(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return excel.rangeLoads.filter((l) => l.props.some((p) => !geometry.has(p))).map((l) => l.box);
  }

  const cellsOf = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

  it("reads only the table beside a stray value at XFD1048576, naming it as far, and never asks for the cells between", async () => {
    const { excel, source } = setup();
    table(excel).put(XFD1048576.row, XFD1048576.column, "x");
    stopAfter(excel, 10);
    const grid = await source.readSheet("学校");
    expect(grid).toMatchObject({ top: 0, left: 0, values: TABLE, hiddenRows: [], hiddenColumns: [] });
    expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: XFD1048576, last: XFD1048576, cells: 1 }]);
    // Values of the table only; the one other cell loaded is XFD1048576 itself (is it a space?).
    expect(excel.rangeLoads.filter((l) => l.props.includes("valueTypes")).map((l) => l.box)).toEqual([TABLE_BOX]);
    expect(rangesRead(excel).filter((b) => cellsOf(b) > cellsOf(TABLE_BOX))).toEqual([]);
    // The area, XFD1048576's value, the layout, the values.
    expect(excel.syncs).toBe(4);
  });

  it("counts a stray space at XFD1048576 as blank (as the .xlsx reader does), and still says a far formula", async () => {
    const { excel, source } = setup();
    const s = table(excel);
    s.put(XFD1048576.row, XFD1048576.column, " ");
    s.put(5000, 0, "\u3000");
    stopAfter(excel, 10);
    const grid = await source.readSheet("学校");
    expect(grid.values).toEqual(TABLE);
    expect(grid.cellsLeftOut).toBeUndefined();
    s.putFormula(3000, 1, 0);
    const again = await source.readSheet("学校");
    expect(again.values).toEqual(TABLE);
    expect(again.cellsLeftOut).toEqual([{ reason: "far", first: { row: 3000, column: 1 }, last: { row: 3000, column: 1 }, cells: 1 }]);
  });

  it("reads the table for a range of the whole sheet (A1:XFD1048576) or whole columns (A:E), cut to the data; nothing for a range beside it", async () => {
    const { excel, source } = setup();
    table(excel);
    stopAfter(excel, 10);
    for (const range of ["A1:XFD1048576", "A:E"]) {
      const grid = await source.readSheet("学校", range);
      expect(grid).toMatchObject({ top: 0, left: 0, values: TABLE });
      expect(grid.cellsLeftOut).toBeUndefined();
    }
    expect(rangesRead(excel).filter((b) => cellsOf(b) > cellsOf(TABLE_BOX))).toEqual([]);
    // The area, the layout, the values: as many requests as a range of the table's size took.
    expect(excel.syncs).toBe(6);
    // The range's own first row and column stay (B2:Z6000 → B2:C3), as in the .xlsx reader.
    expect(await source.readSheet("学校", "B2:Z6000")).toMatchObject({ top: 1, left: 1, values: [[300, 6], [200, 4]] });
    // A range past the used range reads nothing (the .xlsx reader alike), not its blank cells.
    expect(await source.readSheet("学校", "E5:F9")).toEqual({ sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], hiddenColumns: [], merges: [] });
  });

  it("cuts a range of the whole sheet to the table and says the stray at XFD1048576", async () => {
    const { excel, source } = setup();
    table(excel).put(XFD1048576.row, XFD1048576.column, "x");
    stopAfter(excel, 10);
    const grid = await source.readSheet("学校", "A1:XFD1048576");
    expect(grid.values).toEqual(TABLE);
    expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: XFD1048576, last: XFD1048576, cells: 1 }]);
  });

  describe("a range over a whitespace-only cell far out: cut to the data, as the .xlsx reader (runBounds)", () => {
    /** TABLE's first two columns, A1:B3. */
    const NARROW = TABLE.map((row) => row.slice(0, 2));
    const NARROW_BOX = { top: 0, left: 0, bottom: 2, right: 1 };

    /** NARROW, and `stray` at Z20001: the values-only used range is A1:Z20001, 520,026 cells. */
    function narrowWithStray(excel: FakeExcel, stray: (s: FakeSheet) => void): void {
      const s = excel.model.addSheet("学校");
      NARROW.forEach((row, r) => row.forEach((v, c) => s.put(r, c, v)));
      stray(s);
    }

    it.each([
      ["a space", (s: FakeSheet) => s.put(20_000, 25, " ")],
      ["a formula giving a full-width space", (s: FakeSheet) => s.putFormula(20_000, 25, "\u3000")],
    ])("reads A:Z over %s at Z20001 as the 3 × 2 table, in as many requests as without a range", async (_, stray) => {
      const { excel, source } = setup();
      narrowWithStray(excel, stray);
      stopAfter(excel, 10);
      const plain = await source.readSheet("学校");
      const plainSyncs = excel.syncs;
      excel.rangeLoads.length = 0;
      const ranged = await source.readSheet("学校", "A:Z");
      expect([plain.values, ranged.values]).toEqual([NARROW, NARROW]);
      expect([ranged.top, ranged.left, ranged.cellsLeftOut]).toEqual([0, 0, undefined]);
      // Nothing larger than the table is read: Z20001 alone is asked (is it a space?).
      expect(rangesRead(excel).filter((b) => cellsOf(b) > cellsOf(NARROW_BOX))).toEqual([]);
      // The area, Z20001's value, the layout, the values: 4 each.
      expect([plainSyncs, excel.syncs - plainSyncs]).toEqual([4, 4]);
    });

    it("reads A:C as the table when the space lies outside the range but below it (the used range still reaches row 20001)", async () => {
      const { excel, source } = setup();
      narrowWithStray(excel, (s) => s.put(20_000, 25, " "));
      stopAfter(excel, 10);
      const grid = await source.readSheet("学校", "A:C");
      expect([grid.values, grid.cellsLeftOut]).toEqual([NARROW, undefined]);
      expect(rangesRead(excel).filter((b) => cellsOf(b) > cellsOf(NARROW_BOX))).toEqual([]);
      // The area (no far cell in the range: no value asked), the layout, the values.
      expect(excel.syncs).toBe(3);
    });

    it("caps the data of a range at maxCells, and says the rest as too many", async () => {
      const excel = new FakeExcel("1.13");
      const capabilities = detectCapabilities((_, v) => excel.supports(v));
      const source = new OfficeWorkbookSource(excel.run, { capabilities, areaLimits: { maxCells: 4, maxBlankRows: 1000, maxBlankColumns: 100 } });
      narrowWithStray(excel, (s) => s.put(20_000, 25, " "));
      const grid = await source.readSheet("学校", "A:Z");
      // 4 cells / 2 columns = A1:B2; left out A3:B3, the 2 cells of 乙小学.
      expect(grid.values).toEqual(NARROW.slice(0, 2));
      expect(grid.cellsLeftOut).toEqual([{ reason: "too_many", first: { row: 2, column: 0 }, last: { row: 2, column: 1 }, cells: 2 }]);
    });
  });

  it("says the stray at XFD1048576 as a warning of readWorkbook, at its cell", async () => {
    const { excel, source } = setup();
    schoolSheet(excel, 3).put(XFD1048576.row, XFD1048576.column, "备注");
    stopAfter(excel, 20);
    const result = await readWorkbook(source);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "read_cells_far", severity: "warning", cell: "学校基本情况!XFD1048576" }));
  });

  it("reads a normal sheet exactly as before: the used range, in as many requests, nothing left out", async () => {
    const { excel, source } = setup();
    const s = schoolSheet(excel, 20);
    // Inside the limits: 999 blank rows below, 100 blank columns right; a formula in the table.
    s.put(1022, 0, "填表人：张三");
    s.put(2, 103, "备注");
    s.putFormula(22, 1, 2090);
    const grid = await source.readSheet("学校基本情况");
    expect(grid).toMatchObject({ top: 0, left: 0, hiddenRows: [4], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
    expect([grid.values.length, grid.values[0]?.length]).toEqual([1023, 104]);
    expect(grid.values[22]?.slice(0, 3)).toEqual(["第20小学", 2090, "12"]);
    expect(grid.cellsLeftOut).toBeUndefined();
    // The area, the layout, and two blocks of values (1,023 × 104 cells is over 100k): as before.
    expect(excel.syncs).toBe(4);
  });

  it("falls back to the used range when the list of non-blank areas is over the response limit", async () => {
    const { excel, source } = setup();
    const s = excel.model.addSheet("棋盘");
    // A checkerboard of 200 × 20 lists as 2,000 areas of one cell. The fake counts a response's
    // values, not Excel's JSON around them: the host's refusal of the lookup is played by hand.
    for (let r = 0; r < 200; r++) for (let c = 0; c < 20; c++) if ((r + c) % 2 === 0) s.put(r, c, r * 100 + c);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    excel.beforeSync = () => {
      if (excel.syncs === 1) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "the areas of 2,000 cells");
    };
    const grid = await source.readSheet("棋盘");
    expect([grid.values.length, grid.values[0]?.length, grid.values[199]?.[19]]).toEqual([200, 20, 19_919]);
    expect(grid.cellsLeftOut).toBeUndefined();
    expect(excel.requests.length).toBe(1 + 3);
    warn.mockRestore();
  });
});

describe("OfficeWorkbookSource: the optional requests of ExcelApi 1.9 fail (special cells, visible areas)", () => {
  /** schoolSheet(excel, 3) as the .xlsx reader gives it: A1:C6, row 2 blank, row 5 (index 4) hidden, A1:C1 merged. */
  const SCHOOLS = [
    ["某县2024年学校基本情况", null, null],
    [null, null, null],
    ["学校名称", "在校生数", "专任教师"],
    ["第1小学", 100, "12"],
    ["第2小学", 101, "12"],
    ["第3小学", 102, "12"],
  ];

  /** A 1.13 host whose request number `failing(n)` (1-based) fails with `code`. */
  function failing(fails: (n: number) => string | null) {
    const { excel, source } = setup("1.13");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    excel.beforeSync = () => {
      const code = fails(excel.syncs);
      if (code !== null) throw new FakeExcelError(code, `request ${excel.syncs} refused`);
    };
    return { excel, source, warn };
  }

  afterEach(() => jest.restoreAllMocks());

  it.each(["GeneralException", "InvalidOperation", "AccessDenied"])("reads the sheet from its used range, as on ExcelApi 1.7, when the non-blank cells request fails with %s", async (code) => {
    const { excel, source, warn } = failing((n) => (n === 1 ? code : null));
    schoolSheet(excel, 3);
    const grid = await source.readSheet("学校基本情况");
    expect(grid).toMatchObject({ top: 0, left: 0, values: SCHOOLS, hiddenRows: [4], hiddenColumns: [], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
    expect(grid.cellsLeftOut).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ code }));
  });

  it("reports the plain read's own failure, with its cause, when that fails too", async () => {
    const { excel, source } = failing((n) => (n === 1 ? "GeneralException" : n === 2 ? "AccessDenied" : null));
    schoolSheet(excel, 3);
    await expect(source.readSheet("学校基本情况")).rejects.toMatchObject({ code: "office_read_failed", params: { sheet: "学校基本情况" }, cause: { code: "AccessDenied" } });
  });

  it("probes hidden rows and columns, as on ExcelApi 1.7, when the request with the visible areas fails; merges are still read", async () => {
    // Requests: the area (1), the values (2), the layout with the visible areas (3).
    const { excel, source, warn } = failing((n) => (n === 3 ? "GeneralException" : null));
    const s = schoolSheet(excel, 3);
    s.hiddenColumns.add(1);
    const grid = await source.readSheet("学校基本情况");
    expect(grid).toMatchObject({ values: SCHOOLS, hiddenRows: [4], hiddenColumns: [1], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] });
    expect(warn).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ code: "GeneralException" }));
  });

  it("reports the plain layout request's own failure, with its cause, when that fails too", async () => {
    const { excel, source } = failing((n) => (n === 3 ? "GeneralException" : n === 4 ? "AccessDenied" : null));
    schoolSheet(excel, 3);
    await expect(source.readSheet("学校基本情况")).rejects.toMatchObject({ code: "office_read_failed", cause: { code: "AccessDenied" } });
  });
});

describe("OfficeWorkbookSource: an ExcelApi 1.7 host (no special cells) caps the used range", () => {
  it("reads the first rows of a used range over maxCells, and says the rest as too many from the first row not read", async () => {
    const excel = new FakeExcel("1.7");
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    const source = new OfficeWorkbookSource(excel.run, { capabilities, areaLimits: { maxCells: 3000, maxBlankRows: 1000, maxBlankColumns: 100 } });
    const s = excel.model.addSheet("学校");
    for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) s.put(r, c, r * 10 + c);
    s.put(1_048_575, 0, "x"); // used range A1:C1048576: 3,145,728 cells
    excel.beforeSync = () => {
      if (excel.syncs > 10) throw new FakeExcelError("GeneralException", "more than 10 requests");
    };
    const grid = await source.readSheet("学校");
    // 3,000 cells / 3 columns = the first 1,000 rows, A1:C1000, read; then cut to their data, A1:C5.
    expect([grid.top, grid.left, grid.values]).toEqual([0, 0, [0, 10, 20, 30, 40].map((v) => [v, v + 1, v + 2])]);
    // Left out: A1001:C1048576, (1,048,576 − 1,000) × 3 = 3,142,728 cells of the used range.
    expect(grid.cellsLeftOut).toEqual([{ reason: "too_many", first: { row: 1000, column: 0 }, last: { row: 1_048_575, column: 2 }, cells: 3_142_728 }]);
    expect(Math.max(...excel.rangeLoads.filter((l) => l.props.includes("values")).map((l) => (l.box.bottom - l.box.top + 1) * (l.box.right - l.box.left + 1)))).toBe(3000);
  });

  /** 学校: a header and 59 schools in A1:D60, and a note in XFD3 (the used range A1:XFD60). */
  function tableWithNote(excel: FakeExcel): (string | number)[][] {
    const s = excel.model.addSheet("学校");
    const rows = [["学校名称", "学段", "在校生数", "班级数"], ...Array.from({ length: 59 }, (_, i) => [`第${i + 1}小学`, "小学", 301 + i, 6])];
    rows.forEach((row, r) => row.forEach((v, c) => s.put(r, c, v)));
    s.put(2, 16_383, "备注：数据待核");
    return rows;
  }

  it.each(["1.13", "1.8", "1.7"])("cuts a sheet read without a range to its data, the note in XFD3 left out as far (ExcelApi %s)", async (version) => {
    const { excel, source } = setup(version);
    const rows = tableWithNote(excel);
    const grid = await source.readSheet("学校");
    // The size first: a diff of 16,384-column rows would drown the failure.
    expect([grid.values.length, grid.values[0]?.length]).toEqual([60, 4]);
    expect([grid.top, grid.left, grid.values, grid.hiddenColumns]).toEqual([0, 0, rows, []]);
    expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: { row: 2, column: 16_383 }, last: { row: 2, column: 16_383 }, cells: 1 }]);
    const result = await readWorkbook(source);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "read_cells_far", severity: "warning", cell: "学校!XFD3" }));
  });

  it("reads the 1.7 sheet's used range (A1:XFD60) in 20 blocks of 3 rows, then asks the layout of A1:D60 only", async () => {
    const { excel, source } = setup("1.7");
    tableWithNote(excel);
    await source.readSheet("学校");
    // 60,000 cells / 16,384 columns = 3 rows a block: 20 blocks of values, each once.
    const values = excel.rangeLoads.filter((l) => l.props.includes("values")).map((l) => l.box);
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => ({ top: 3 * i, left: 0, bottom: 3 * i + 2, right: 16_383 })));
    const layout = excel.rangeLoads.filter((l) => l.props.includes("rowHidden") || l.props.includes("columnHidden")).map((l) => l.box);
    expect(layout.every((b) => b.right <= 3 && b.bottom <= 59)).toBe(true);
    // The area, 20 blocks of values, the layout (nothing hidden: no probe).
    expect(excel.syncs).toBe(22);
  });

  it("caps a stray at XFD1048576 to whole rows of the sheet's width (16,384 columns), then cuts them to their data", async () => {
    const excel = new FakeExcel("1.7");
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    const source = new OfficeWorkbookSource(excel.run, { capabilities, areaLimits: { maxCells: 50_000, maxBlankRows: 1000, maxBlankColumns: 100 } });
    const s = excel.model.addSheet("学校");
    s.put(0, 0, "学校名称");
    s.put(1_048_575, 16_383, "x");
    excel.beforeSync = () => {
      if (excel.syncs > 10) throw new FakeExcelError("GeneralException", "more than 10 requests");
    };
    const grid = await source.readSheet("学校", "A1:XFD1048576");
    // 50,000 / 16,384 = 3 rows: A1:XFD3 read, then cut to the data in it (as the range's rule is): A1.
    expect(excel.rangeLoads.some((l) => l.props.includes("values") && l.box.bottom === 2 && l.box.right === 16_383)).toBe(true);
    expect([grid.top, grid.left, grid.values]).toEqual([0, 0, [["学校名称"]]]);
    expect(grid.cellsLeftOut).toEqual([{ reason: "too_many", first: { row: 3, column: 0 }, last: { row: 1_048_575, column: 16_383 }, cells: (1_048_576 - 3) * 16_384 }]);
  });
});

describe("OfficeWorkbookSource: two tables, and a table with a wide gap of blank columns (as the .xlsx reader)", () => {
  const TABLE = [
    ["学校名称", "在校生数", "班级数"],
    ["甲小学", 300, 6],
    ["乙小学", 200, 4],
  ];
  /** 学校名称 and 学段 in A:B, 105 blank columns (C–DC), the numbers in DD:DE. */
  const numbers = [["在校生数", "班级数"], [300, 6], [200, 4]];
  const WIDE = [["学校名称", "学段"], ["甲小学", "小学"], ["乙小学", "小学"]].map((row, r) => [...row, ...new Array<null>(105).fill(null), ...(numbers[r] ?? [])]);

  /** 学校: TABLE in A1:C3, and "2023年数据" over a table of three schools in A1300:C1304 (13 cells, more than TABLE's 9). */
  function twoTables(excel: FakeExcel): void {
    const s = excel.model.addSheet("学校");
    TABLE.forEach((row, r) => row.forEach((v, c) => s.put(r, c, v)));
    s.put(1299, 0, "2023年数据");
    [TABLE[0] ?? [], ["丙小学", 100, 2], ["丁小学", 150, 3], ["戊小学", 180, 4]].forEach((row, r) => row.forEach((v, c) => s.put(1300 + r, c, v)));
  }

  it("reads the first table, not the larger one 1,296 rows below, and says that one as left out", async () => {
    const { excel, source } = setup();
    twoTables(excel);
    const grid = await source.readSheet("学校");
    expect(grid.values).toEqual(TABLE);
    expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: { row: 1299, column: 0 }, last: { row: 1303, column: 2 }, cells: 13 }]);
  });

  it("reads a range holding both tables as given", async () => {
    const { excel, source } = setup();
    twoTables(excel);
    const grid = await source.readSheet("学校", "A1:C1304");
    expect([grid.top, grid.values.length, grid.values[1303]]).toEqual([0, 1304, ["戊小学", 180, 4]]);
    expect(grid.cellsLeftOut).toBeUndefined();
  });

  it("reads a table whose numbers lie past 100 blank columns whole, with or without a range", async () => {
    const { excel, source } = setup();
    const s = excel.model.addSheet("学校");
    WIDE.forEach((row, r) => row.forEach((v, c) => v !== null && s.put(r, c, v)));
    for (const range of [undefined, "A1:DE3"]) {
      const grid = await source.readSheet("学校", range);
      expect(grid).toMatchObject({ top: 0, left: 0, values: WIDE });
      expect(grid.cellsLeftOut).toBeUndefined();
    }
  });
});
