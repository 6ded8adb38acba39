import { memorySettings } from "./documentSettings";
import { OfficeWorkbookSink } from "./OfficeWorkbookSink";
import { OfficeWorkbookSource } from "./OfficeWorkbookSource";
import { detectCapabilities } from "./requirements";
import { OfficeError } from "./OfficeError";
import { sheetTagsFor } from "./sheetTags";
import { FakeExcel, FakeExcelError, type FakeSheet } from "./testing/fakeExcel";
import { resultSpecs } from "./testing/specs";
import { readWorkbook } from "../../workbook/read/readWorkbook";

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

  it("uses three syncs for 10 or 5,000 schools, and one more per 100k-cell block beyond", async () => {
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
