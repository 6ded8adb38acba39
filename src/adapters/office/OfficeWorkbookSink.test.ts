import { createHash } from "node:crypto";
import { memorySettings } from "./documentSettings";
import { OfficeError } from "./OfficeError";
import { OfficeWorkbookSink } from "./OfficeWorkbookSink";
import { OfficeWorkbookSource } from "./OfficeWorkbookSource";
import { MAX_OPERATIONS_PER_REQUEST, PAYLOAD_LIMIT_BYTES } from "./payload";
import { detectCapabilities } from "./requirements";
import { MARKER_NAME, SETTINGS_KEY, sheetTagsFor, TAG_KEY } from "./sheetTags";
import { FakeExcel, FakeExcelError, type FakeSheet } from "./testing/fakeExcel";
import { resultSpecs } from "./testing/specs";

/** Sink over a fake Excel offering `version`; `source` lists the data sheets as the pane does. */
function setup(version = "1.13") {
  const excel = new FakeExcel(version);
  const settings = memorySettings();
  const capabilities = detectCapabilities((_, v) => excel.supports(v));
  const sink = () => new OfficeWorkbookSink(excel.run, { capabilities, settings });
  const source = () => new OfficeWorkbookSource(excel.run, capabilities, undefined, sheetTagsFor(capabilities.customProperties, settings));
  return { excel, settings, sink, source };
}

/** Closing and reopening the workbook: Excel hands out new worksheet ids (office-js-docs#297, office-js#1390). */
function reopen(excel: FakeExcel, ids: (i: number) => string): void {
  excel.model.sheets.forEach((s, i) => Object.defineProperty(s, "id", { value: ids(i) }));
}

const names = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);

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
    const names = await sink().writeSheets(resultSpecs(5));
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

  it("adds data bars scaled to the limit and a CV-against-limit chart per coefficients table", async () => {
    const { excel, sink } = setup();
    await sink().writeSheets(resultSpecs(2));
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
    const { excel, sink } = setup("1.7");
    await sink().writeSheets(resultSpecs(2));
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

  it("writes text that Excel would coerce as text (school codes, dashes)", async () => {
    const { excel, sink } = setup();
    const [spec] = resultSpecs(1);
    const table = { ...spec!.tables[0]!, rows: [["001", "-", "1/2", "TRUE", null, null, null, null, null, null, null]] };
    await sink().writeSheets([{ ...spec!, tables: [table] }]);
    expect((excel.model.sheet("汇总") as FakeSheet).grid()[5]?.slice(0, 4)).toEqual(["001", "-", "1/2", "TRUE"]);
  });
});

describe("OfficeWorkbookSink: requests", () => {
  it("uses the same number of syncs for 10 and 1,000 schools (one block each)", async () => {
    const small = setup();
    await small.sink().writeSheets(resultSpecs(10));
    const large = setup();
    await large.sink().writeSheets(resultSpecs(1000));
    // list sheets, read markers, add and mark the new sheets, one block of rows, replace the old sheets.
    expect(small.excel.syncs).toBe(5);
    expect(large.excel.syncs).toBe(5);
  });

  it("keeps every request of a 20,000-section result under 5 MB and 5,000 operations as Office.js counts them, refusing none", async () => {
    // The fake counts each object path (range, format, fill, font…) as office.js serialises it
    // (testing/fakeExcel.test.ts): an estimate of 160 bytes per coloured cell sent ~10 MB requests.
    const { excel, sink } = setup();
    userSheet(excel, "学校基本情况");
    await sink().writeSheets(resultSpecs(20_000));
    const blocks = excel.requests.slice(3, -1);
    expect(Math.max(...excel.requests.map((r) => r.bytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...excel.requests.map((r) => r.operations))).toBeLessThanOrEqual(MAX_OPERATIONS_PER_REQUEST);
    // As few blocks as the operations need: each holds at least 80% of the cap.
    const operations = blocks.reduce((n, r) => n + r.operations, 0);
    expect(blocks.length).toBeLessThanOrEqual(Math.ceil(operations / (0.8 * MAX_OPERATIONS_PER_REQUEST)));
    expect((excel.model.sheet("学校达标") as FakeSheet).grid()).toHaveLength(4 + 20_000);
  });

  it("sizes blocks by bytes where the bytes bind first, under a tighter budget", async () => {
    const { excel } = setup();
    const capabilities = detectCapabilities((_, v) => excel.supports(v));
    await new OfficeWorkbookSink(excel.run, { capabilities, budgetBytes: 500 * 1024 }).writeSheets(resultSpecs(3000));
    const blocks = excel.requests.slice(3, -1);
    expect(Math.max(...blocks.map((r) => r.bytes))).toBeLessThan(500 * 1024);
    expect(blocks.length).toBeGreaterThan(1);
  });

  it("splits a block the host refuses as too large and still writes everything", async () => {
    const reference = setup();
    await reference.sink().writeSheets(resultSpecs(3000));
    const { excel, sink } = setup();
    excel.payloadLimit = 400 * 1024; // the host is stricter than the 4 MB budget assumes
    await sink().writeSheets(resultSpecs(3000));
    expect(excel.requests.filter((r) => r.bytes > excel.payloadLimit).length).toBeGreaterThan(0);
    expect(workbookState(excel)).toBe(workbookState(reference.excel));
  });

  it("retries after a simulated RequestPayloadSizeLimitExceeded on the first block", async () => {
    const { excel, sink } = setup();
    let refused = 0;
    excel.beforeSync = (request) => {
      if (excel.syncs === 4 && refused++ === 0) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${request.bytes}`);
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
    expect(results.every((s) => s.customProperties.has(TAG_KEY) && s.names.has(MARKER_NAME.toLowerCase()))).toBe(true);
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
      if (excel.syncs === start + 4) throw new FakeExcelError("AccessDenied", "protected");
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
      if (excel.syncs === 3) throw new FakeExcelError("AccessDenied", "the workbook structure is protected");
    };
    await expect(sink().writeSheets(resultSpecs(5))).rejects.toMatchObject({ code: "office_write_failed", cause: { code: "AccessDenied" } });
    expect(names(excel)).toEqual(["学校基本情况"]);
  });

  it("calls nothing above ExcelApi 1.7 on a 1.7 host (the stand-in refuses newer APIs): markers as sheet-scoped names", async () => {
    const { excel, settings, sink } = setup("1.7");
    await sink().writeSheets(resultSpecs(5));
    expect((excel.model.sheet("差异系数") as FakeSheet).dataBars).toHaveLength(2);
    expect(excel.model.sheets.every((s) => s.customProperties.size === 0)).toBe(true);
    expect(excel.model.sheets.map((s) => s.names.get(MARKER_NAME.toLowerCase())?.visible)).toEqual([false, false, false]);
    expect(settings.saved.has(SETTINGS_KEY)).toBe(false);
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

  it("still replaces result sheets tagged by the version before markers on the sheet they name", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const old = excel.model.addSheet("汇总");
    old.customProperties.set(TAG_KEY, JSON.stringify({ role: "summary", id: old.id }));
    const moved = excel.model.addSheet("差异系数");
    moved.customProperties.set(TAG_KEY, JSON.stringify({ role: "coefficients", id: "{another-session}" }));
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "差异系数", "汇总", "差异系数 (2)", "学校达标"]);
    expect(excel.model.sheet("差异系数")).toBe(moved);
  });

  it("gives a result a new name when the user has a sheet of that name, and keeps it on re-runs", async () => {
    const { excel, sink } = setup();
    const users = userSheet(excel, "汇总");
    const before = snapshot(users);
    expect(await sink().writeSheets(resultSpecs(3))).toEqual(["汇总 (2)", "差异系数", "学校达标"]);
    expect(await sink().writeSheets(resultSpecs(3))).toEqual(["汇总 (2)", "差异系数", "学校达标"]);
    expect(snapshot(users)).toBe(before);
    expect(excel.model.sheets).toHaveLength(4);
  });

  it("leaves a user's copy of a result sheet alone (its marker names the original), and does not offer it as data", async () => {
    const { excel, sink, source } = setup();
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    const copy = userSheet(excel, "汇总 副本");
    copy.customProperties.set(TAG_KEY, excel.model.sheet("汇总")?.customProperties.get(TAG_KEY) ?? "");
    await sink().writeSheets(resultSpecs(3));
    expect(excel.model.sheet("汇总 副本")).toBe(copy);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("keeps a result sheet the user renamed (a snapshot), writing a new one beside it", async () => {
    const { excel, sink, source } = setup();
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3));
    const kept = excel.model.sheet("差异系数") as FakeSheet;
    kept.name = "差异系数2023";
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["学校", "差异系数2023", "汇总", "差异系数", "学校达标"]);
    expect(excel.model.sheet("差异系数2023")).toBe(kept);
    expect(await source().sheetNames()).toEqual(["学校"]);
  });

  it("deletes the old results only once the new ones are complete: a failure halfway leaves them, and no new sheet", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    await sink().writeSheets(resultSpecs(3000));
    const before = workbookState(excel);
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs === start + 5) throw new FakeExcelError("GeneralException", "the connection dropped");
    };
    await expect(sink().writeSheets(resultSpecs(3000))).rejects.toMatchObject({ code: "office_write_failed" });
    expect(excel.requests.length - start).toBeGreaterThan(6); // the second block failed, then the clean-up ran
    expect(workbookState(excel)).toBe(before);
    expect(names(excel)).toEqual(["学校", "汇总", "差异系数", "学校达标"]);
  });

  it("cleans up the sheets of a run that stopped before renaming them", async () => {
    const { excel, sink } = setup();
    userSheet(excel, "学校");
    const start = excel.syncs;
    excel.beforeSync = () => {
      if (excel.syncs === start + 5) throw new FakeExcelError("GeneralException", "Excel closed");
    };
    // The replace request fails: the new sheets are complete but keep their writing names.
    await expect(sink().writeSheets(resultSpecs(3))).rejects.toMatchObject({ code: "office_replace_failed" });
    expect(names(excel).filter((n) => n.startsWith("~yzjh~"))).toHaveLength(3);
    excel.beforeSync = null;
    await sink().writeSheets(resultSpecs(3));
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
    expect(await sink().writeSheets(resultSpecs(3))).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(excel.model.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["YZJH_Schools_2", "YZJH_Summary_2"]));
  });

  it("replaces result sheets when they are the only sheets left", async () => {
    const { excel, sink } = setup();
    await sink().writeSheets(resultSpecs(3));
    await sink().writeSheets(resultSpecs(3));
    expect(names(excel)).toEqual(["汇总", "差异系数", "学校达标"]);
    expect(excel.model.activeSheet?.name).toBe("汇总");
  });
});
