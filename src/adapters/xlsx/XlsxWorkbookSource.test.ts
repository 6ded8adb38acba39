import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
// jszip ships with exceljs; used here only to write a cell exceljs cannot write (t="d").
import JSZip from "jszip";
import { NO_CACHED_RESULT } from "../../workbook/read/noCachedResult";
import { XlsxWorkbookSource } from "./XlsxWorkbookSource";
import { XlsxOpenError } from "./XlsxOpenError";
import { tempFolder } from "../../testing/tempFolder";

const dir = tempFolder("xlsx-source-");

/** A bureau-style sheet: title, merged two-row header, text numbers, a cached #DIV/0!, a hidden row. */
async function writeInput(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校基本情况");
  ws.getCell("B1").value = "某县2024年学校基本情况";
  ws.mergeCells("B2:B3");
  ws.getCell("B2").value = "学校名称";
  ws.mergeCells("C2:D2");
  ws.getCell("C2").value = "专任教师";
  ws.getCell("C3").value = { richText: [{ text: "其中：" }, { text: "本科及以上", font: { bold: true } }] };
  ws.getCell("D3").value = "骨干";
  ws.getRow(4).values = [null, "甲小学", "1,234.5", 12];
  ws.getRow(5).values = [null, "乙小学", 7, 3];
  ws.getRow(5).hidden = true;
  ws.getCell("B6").value = "丙小学";
  ws.getCell("C6").value = { formula: "C4/0", result: { error: "#DIV/0!" } };
  ws.getCell("D6").value = { formula: "D4+D5", result: 15 };
  ws.getCell("E6").value = new Date(Date.UTC(2024, 8, 1));
  wb.addWorksheet("空表");
  await wb.xlsx.writeFile(path);
}

describe("XlsxWorkbookSource", () => {
  const path = join(dir, "input.xlsx");
  beforeAll(() => writeInput(path));

  it("lists the sheets", async () => {
    const source = await XlsxWorkbookSource.open(path);
    expect(await source.sheetNames()).toEqual(["学校基本情况", "空表"]);
  });

  it("reads the used range with cached formula results, errors, rich text, text numbers and dates", async () => {
    const grid = await (await XlsxWorkbookSource.open(path)).readSheet("学校基本情况");
    expect([grid.top, grid.left]).toEqual([0, 1]);
    expect(grid.values).toEqual([
      ["某县2024年学校基本情况", null, null, null],
      ["学校名称", "专任教师", null, null],
      [null, "其中：本科及以上", "骨干", null],
      ["甲小学", "1,234.5", 12, null],
      ["乙小学", 7, 3, null],
      ["丙小学", { error: "#DIV/0!" }, 15, new Date(Date.UTC(2024, 8, 1))],
    ]);
  });

  it("reports hidden rows and merges in 0-based sheet coordinates", async () => {
    const grid = await (await XlsxWorkbookSource.open(path)).readSheet("学校基本情况");
    expect(grid.hiddenRows).toEqual([4]);
    expect([...grid.merges].sort((a, b) => a.left - b.left)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
  });

  it("reads a given range, cut to the data inside it (C4:F5 → C4:D5: E4:F5 hold nothing), keeping only intersecting merges", async () => {
    const grid = await (await XlsxWorkbookSource.open(path)).readSheet("学校基本情况", "C4:F5");
    expect([grid.top, grid.left]).toEqual([3, 2]);
    expect(grid.values).toEqual([
      ["1,234.5", 12],
      [7, 3],
    ]);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([4]);
  });

  it("reads an empty sheet as an empty grid", async () => {
    const grid = await (await XlsxWorkbookSource.open(path)).readSheet("空表");
    expect(grid.values).toEqual([]);
  });

  it("rejects an unknown sheet and a malformed range", async () => {
    const source = await XlsxWorkbookSource.open(path);
    await expect(source.readSheet("无此表")).rejects.toThrow("no sheet named 无此表");
    await expect(source.readSheet("学校基本情况", "A0:B")).rejects.toThrow("invalid range");
  });

  it("throws an XlsxOpenError with a cause for a missing file", async () => {
    const error = await XlsxWorkbookSource.open(join(dir, "missing.xlsx")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxOpenError);
    expect((error as XlsxOpenError).reason).toBe("not_found");
    expect((error as XlsxOpenError).cause).toBeDefined();
  });

  it("rejects a file that is not an .xlsx workbook, and a corrupt one", async () => {
    const text = join(dir, "not.xlsx");
    writeFileSync(text, "学校,学生\n甲,1\n");
    await expect(XlsxWorkbookSource.open(text)).rejects.toMatchObject({ reason: "not_xlsx" });
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(64)]));
    const error = await XlsxWorkbookSource.open(broken).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "unreadable" });
    expect((error as Error).cause).toBeDefined();
  });
});

describe("XlsxWorkbookSource: what the user does not see, and formulas saved without a result", () => {
  const path = join(dir, "hidden.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学校");
    ws.addRow(["学校名称", "在校生数", "在校生数", "教室"]);
    ws.addRow(["甲小学", 3000, 1000, { formula: "400*2" }]);
    ws.getCell("E3").value = { formula: "C2*2", result: 2000 };
    ws.getColumn(2).hidden = true;
    ws.getColumn(5).hidden = true;
    wb.addWorksheet("2019旧数据", { state: "hidden" }).addRow(["学校名称"]);
    wb.addWorksheet("宏", { state: "veryHidden" }).addRow(["x"]);
    wb.addWorksheet("说明").addRow(["y"]);
    await wb.xlsx.writeFile(path);
  });

  it("lists hidden and very hidden sheets", async () => {
    const source = await XlsxWorkbookSource.open(path);
    expect(await source.sheetNames()).toEqual(["学校", "2019旧数据", "宏", "说明"]);
    expect(await source.hiddenSheets()).toEqual(["2019旧数据", "宏"]);
  });

  it("gives the hidden columns in 0-based sheet coordinates, within a range too", async () => {
    const source = await XlsxWorkbookSource.open(path);
    expect((await source.readSheet("学校")).hiddenColumns).toEqual([1, 4]);
    expect((await source.readSheet("学校", "C1:E3")).hiddenColumns).toEqual([4]);
    expect((await source.readSheet("学校", "C1:D3")).hiddenColumns).toEqual([]);
    expect((await source.readSheet("说明")).hiddenColumns).toEqual([]);
  });

  it("reads a formula saved without its result as NO_CACHED_RESULT, not as a blank; a cached result as itself", async () => {
    const grid = await (await XlsxWorkbookSource.open(path)).readSheet("学校");
    expect(grid.values[1]).toEqual(["甲小学", 3000, 1000, { error: NO_CACHED_RESULT }, null]);
    expect(grid.values[2]?.[4]).toBe(2000);
  });

  it("says a path it cannot open for reading (a folder) is not accessible, not a corrupt workbook", async () => {
    await expect(XlsxWorkbookSource.open(dir)).rejects.toMatchObject({ reason: "no_access" });
  });
});

/** 学校 A1:C3, a table of two schools; `extra` adds cells far from it. */
async function writeTable(path: string, extra: Readonly<Record<string, string>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校");
  ws.addRow(["学校名称", "在校生数", "班级数"]);
  ws.addRow(["甲小学", 300, 6]);
  ws.addRow(["乙小学", 200, 4]);
  for (const [address, value] of Object.entries(extra)) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(path);
}

const TABLE = [
  ["学校名称", "在校生数", "班级数"],
  ["甲小学", 300, 6],
  ["乙小学", 200, 4],
];

describe("XlsxWorkbookSource: the grid handed to the reader is bounded by the data, not by the sheet's extent", () => {
  const blanks = join(dir, "blanks.xlsx");
  const stray = join(dir, "stray.xlsx");
  beforeAll(async () => {
    // Whitespace only: a space, two spaces, an ideographic space (　) — no data, whatever the sheet's used range says.
    await writeTable(blanks, { Z5000: " ", F1: "  ", AD2: "\u3000" });
    await writeTable(stray, { A5000: "x" });
  });

  it("does not stretch the grid to cells holding only whitespace", async () => {
    const grid = await (await XlsxWorkbookSource.open(blanks)).readSheet("学校");
    expect([grid.top, grid.left]).toEqual([0, 0]);
    expect(grid.values).toEqual(TABLE);
    expect(grid.cellsLeftOut).toBeUndefined();
  });

  it("cuts a range larger than the data (A1:Z6000) to the data", async () => {
    const grid = await (await XlsxWorkbookSource.open(blanks)).readSheet("学校", "A1:Z6000");
    expect([grid.top, grid.left]).toEqual([0, 0]);
    expect(grid.values).toEqual(TABLE);
  });

  it("keeps the range's own first row and column when cutting it (B2:Z6000 → B2:C3)", async () => {
    const grid = await (await XlsxWorkbookSource.open(blanks)).readSheet("学校", "B2:Z6000");
    expect([grid.top, grid.left]).toEqual([1, 1]);
    expect(grid.values).toEqual([
      [300, 6],
      [200, 4],
    ]);
  });

  it("leaves out a value past more than 1,000 blank rows (x in A5000), naming its cell", async () => {
    const grid = await (await XlsxWorkbookSource.open(stray)).readSheet("学校");
    expect(grid.values).toEqual(TABLE);
    expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: { row: 4999, column: 0 }, last: { row: 4999, column: 0 }, cells: 1 }]);
  });

  it("reads a range that holds the far value alone as that value (A4990:B5000 → A5000)", async () => {
    const grid = await (await XlsxWorkbookSource.open(stray)).readSheet("学校", "A4990:B5000");
    expect([grid.top, grid.left]).toEqual([4999, 0]);
    expect(grid.values).toEqual([["x"]]);
    expect(grid.cellsLeftOut).toBeUndefined();
  });
});

describe("XlsxWorkbookSource: a stray in the sheet's last cells (XFD1048576, A1048576)", () => {
  const path = join(dir, "last-cells.xlsx");
  beforeAll(() => writeTable(path, { XFD1048576: " ", A1048576: "x" }));

  it("reads the table alone and says the far value, for the used range and for A1:XFD1048576", async () => {
    const source = await XlsxWorkbookSource.open(path);
    for (const range of [undefined, "A1:XFD1048576"]) {
      const grid = await source.readSheet("学校", range);
      expect(grid.values).toEqual(TABLE);
      expect(grid.hiddenRows).toEqual([]);
      expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: { row: 1048575, column: 0 }, last: { row: 1048575, column: 0 }, cells: 1 }]);
    }
  });
});

describe("XlsxWorkbookSource: two tables, and a table with a wide gap of blank columns", () => {
  /** 学校名称 and 学段 in A:B, 105 blank columns (C–DC), the numbers in DD:DE. */
  const numbers = [["在校生数", "班级数"], [300, 6], [200, 4]];
  const WIDE = [["学校名称", "学段"], ["甲小学", "小学"], ["乙小学", "小学"]].map((row, r) => [...row, ...new Array<null>(105).fill(null), ...(numbers[r] ?? [])]);

  /** 学校: TABLE in A1:C3, and "2023年数据" over a table of three schools in A1300:C1304 (13 cells, more than TABLE's 9). */
  function twoTables(): XlsxWorkbookSource {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学校");
    TABLE.forEach((row) => ws.addRow(row));
    ws.getCell("A1300").value = "2023年数据";
    [TABLE[0] ?? [], ["丙小学", 100, 2], ["丁小学", 150, 3], ["戊小学", 180, 4]].forEach((row, i) => (ws.getRow(1301 + i).values = row));
    return XlsxWorkbookSource.fromWorkbook(wb);
  }

  /** 学校: WIDE from A1. */
  function wideGap(): XlsxWorkbookSource {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学校");
    WIDE.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    return XlsxWorkbookSource.fromWorkbook(wb);
  }

  it("reads the first table, not the larger one 1,296 rows below, and says that one as left out", async () => {
    const grid = await twoTables().readSheet("学校");
    expect(grid.values).toEqual(TABLE);
    expect(grid.cellsLeftOut).toEqual([{ reason: "far", first: { row: 1299, column: 0 }, last: { row: 1303, column: 2 }, cells: 13 }]);
  });

  it("reads a range holding both tables as given, and the lower one alone when asked", async () => {
    const source = twoTables();
    const both = await source.readSheet("学校", "A1:C1304");
    expect([both.top, both.values.length, both.values[1303]]).toEqual([0, 1304, ["戊小学", 180, 4]]);
    expect(both.cellsLeftOut).toBeUndefined();
    const lower = await source.readSheet("学校", "A1300:C1304");
    expect([lower.top, lower.values[0]]).toEqual([1299, ["2023年数据", null, null]]);
  });

  it("reads a table whose numbers lie past 100 blank columns whole, with or without a range", async () => {
    for (const range of [undefined, "A1:DE3"]) {
      const grid = await wideGap().readSheet("学校", range);
      expect([grid.top, grid.left]).toEqual([0, 0]);
      expect(grid.values).toEqual(WIDE);
      expect(grid.cellsLeftOut).toBeUndefined();
    }
  });
});

describe("XlsxWorkbookSource: ISO date cells (t=\"d\", as some exporters write them)", () => {
  /** A sheet whose B2 is `<c t="d"><v>{iso}</v></c>` (no date format), C2 a date-formatted formula with a t="d" result, D2 a plain number. */
  async function isoDateWorkbook(iso: string): Promise<XlsxWorkbookSource> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学校");
    ws.addRow(["学校名称", "在校生数", "建成日期", "班级数"]);
    ws.addRow(["甲小学", 1, 2, 12]);
    ws.getCell("C2").numFmt = "yyyy-mm-dd";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const edited = xml.replace(/<c r="B2"[^>]*>.*?<\/c>/, `<c r="B2" t="d"><v>${iso}</v></c>`).replace(/<c r="C2"( s="\d+")[^>]*>.*?<\/c>/, `<c r="C2"$1 t="d"><f>DATE(2012,9,1)</f><v>2012-09-01T00:00:00</v></c>`);
    // C2 keeps its date style: exceljs would convert a date-styled formula result from a serial again.
    expect(edited).toMatch(/<c r="C2" s="\d+" t="d"><f>/);
    expect(edited).toContain(`<c r="B2" t="d"><v>${iso}</v></c>`);
    zip.file(part, edited);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
    return XlsxWorkbookSource.fromWorkbook(back);
  }

  it("reads the cell as the date it says (2024-09-01), not as parseFloat's 2024, and a formula's date result as a date", async () => {
    const grid = await (await isoDateWorkbook("2024-09-01T00:00:00")).readSheet("学校");
    expect(grid.values[1]).toEqual(["甲小学", new Date(Date.UTC(2024, 8, 1)), new Date(Date.UTC(2012, 8, 1)), 12]);
  });

  it("keeps the time of day and reads a bare date; keeps text no date can be read from as the text", async () => {
    expect((await (await isoDateWorkbook("2024-09-01T12:30:00Z")).readSheet("学校")).values[1]?.[1]).toEqual(new Date(Date.UTC(2024, 8, 1, 12, 30)));
    expect((await (await isoDateWorkbook("2024-09-01")).readSheet("学校")).values[1]?.[1]).toEqual(new Date(Date.UTC(2024, 8, 1)));
    expect((await (await isoDateWorkbook("九月")).readSheet("学校")).values[1]?.[1]).toBe("九月");
  });
});

describe("XlsxWorkbookSource: rows and cells written without their position (no r=, as some exporters write them)", () => {
  /** The sheet as exceljs writes it, with every `r` taken off rows and cells but row 4's and cell C4's (an address mid-sheet that what follows counts on from). */
  async function positionless(): Promise<XlsxWorkbookSource> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学校");
    ws.addRow(["学校名称", "在校生数", "班级数"]);
    ws.addRow(["甲小学", "1,234", 12]);
    ws.addRow([]);
    ws.getRow(4).values = [null, null, "丙小学", 300];
    ws.getRow(5).values = ["乙小学", 0, 6];
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const edited = xml.replace(/<row r="(\d+)"/g, (whole, r: string) => (r === "4" ? whole : "<row")).replace(/<c r="([A-Z]+\d+)"/g, (whole, r: string) => (r === "C4" ? whole : "<c"));
    expect(edited).not.toMatch(/<row r="[^4]/);
    expect(edited.match(/<c r=/g)).toHaveLength(1);
    zip.file(part, edited);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
    return XlsxWorkbookSource.fromWorkbook(back);
  }

  it("places each row after the one before it and each cell after the one before it in its row, as Excel does", async () => {
    const grid = await (await positionless()).readSheet("学校");
    // exceljs writes no <row> for the empty row 3: rows 1 and 2 count from the sheet's start, row 4 keeps its r (C4 too,
    // D4 follows it), and the row after it is row 5.
    expect(grid.values).toEqual([
      ["学校名称", "在校生数", "班级数", null],
      ["甲小学", "1,234", 12, null],
      [null, null, null, null],
      [null, null, "丙小学", 300],
      ["乙小学", 0, 6, null],
    ]);
  });
});
