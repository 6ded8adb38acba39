import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
// jszip ships with exceljs; used here only to compare the written parts byte for byte.
import JSZip from "jszip";
import { buildResultSheets } from "../../workbook/write/buildResultSheets";
import { makeEvaluation, SAMPLE_ISSUES } from "../../workbook/write/testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import { XlsxWorkbookSink } from "./XlsxWorkbookSink";
import { linkHref, linkTarget } from "./linkTarget";
import { evaluatedEntry } from "../../workbook/write/overviewEntry";
import { overviewSheet } from "../../workbook/write/overviewSheet";
import { makeCounty, makeGuarantee } from "../../workbook/write/testing/makeEvaluation";
import { shortfallsSheet } from "../../workbook/write/shortfallsSheet";
import type { SheetSpec } from "../../workbook/types";
import { tempFolder } from "../../testing/tempFolder";

const dir = tempFolder("xlsx-sink-");
const specs = buildResultSheets(makeEvaluation(), { issues: SAMPLE_ISSUES, profileName: "国家标准", lang: "zh", profile: builtInProfile() });

async function writeAndRead(name: string, sheets: readonly SheetSpec[] = specs): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  const sink = new XlsxWorkbookSink({ sourceFile: "县数据.xlsx", title: "结果" });
  await sink.writeSheets(sheets);
  await sink.save(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** exceljs cells are plain objects; a helper keeps the Office.js lint rules from treating them as proxies. */
function cellOf(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return ws.getCell(address);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("XlsxWorkbookSink", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await writeAndRead("result.xlsx");
  });

  it("writes only the result sheets, in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"]);
  });

  it("writes the title bold in A1 and the notes below it", () => {
    const ws = sheet(wb, "学校达标");
    expect(ws.getCell("A1").value).toBe("学校资源配置七项指标达标情况");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").value).toBe("评估规则：国家标准");
  });

  it("renders each table as a named Excel table under its caption", () => {
    const ws = sheet(wb, "汇总");
    const tables = (ws.model as unknown as { tables: { name: string; tableRef: string }[] }).tables;
    expect(tables.map((t) => t.name)).toEqual(["YZJH_Summary", "YZJH_Passing", "YZJH_Veto"]);
    // Title, 2 notes, blank, caption → header on row 6; 7 data rows; blank; caption row 15; header row 16.
    expect(tables[0]?.tableRef).toBe("A6:D13");
    expect(ws.getCell("A5").value).toBe("评估结论");
    expect(ws.getCell("A6").value).toBe("县区");
    // 县区, in scope, judged, passing, unjudged, share, share with the unjudged, target year, target share, verdict: A…J.
    expect(tables[1]?.tableRef).toBe("A16:J17");
  });

  it("sets number formats per column and fills failing cells red, floor cells amber", () => {
    const ws = sheet(wb, "学校达标");
    // Title, 5 notes (the 3 before, how L4 is computed and the standards), blank → header on row 8; 乙小学 is the second data row (10).
    expect(ws.getCell("A8").value).toBe("县区");
    const l4 = cellOf(ws, "N10");
    expect(ws.getCell("N8").value).toBe("L4 值");
    expect(l4.value).toBe(3.5);
    expect(l4.numFmt).toBe("0.00");
    expect(l4.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(l4.font?.color?.argb).toBe("FF9C0006");
    expect(ws.getCell("R10").numFmt).toBe("#,##0.00");
    expect(ws.getCell("R10").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("N9").value).toBeCloseTo(5.4, 10);
    expect((ws.getCell("N9").fill as ExcelJS.FillPattern | undefined)?.pattern).not.toBe("solid");
  });

  it("freezes panes under the first table's header", () => {
    const view = sheet(wb, "学校达标").views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 8 });
  });

  it("sets every sheet up to print landscape on A4, one page wide, a lone table's header on every page", () => {
    for (const ws of wb.worksheets) expect([ws.name, ws.pageSetup]).toMatchObject([ws.name, { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }]);
    // 学校达标 holds one table, its header on row 8; 汇总 holds several.
    expect(sheet(wb, "学校达标").pageSetup.printTitlesRow).toBe("1:8");
    expect(sheet(wb, "汇总").pageSetup.printTitlesRow).toBeUndefined();
  });

  it("names the font of every cell it styles (title, notes, captions, verdict colours, links): a nameless font drew in a serif fallback", () => {
    const nameless: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((c) => {
        const font = c.font as Partial<ExcelJS.Font> | undefined;
        if (font !== undefined && Object.keys(font).length > 0 && !font.name) nameless.push(`${ws.name}!${c.address}`);
      }));
    }
    expect(nameless).toEqual([]);
    // The title, for one: bold and larger, in the body font.
    expect(cellOf(sheet(wb, "汇总"), "A1").font).toMatchObject({ name: "Calibri", bold: true, size: 14 });
  });

  it("sets column widths from the specs", () => {
    const ws = sheet(wb, "学校达标");
    const spec = specs[2]?.tables[0];
    expect(ws.getColumn(2).width).toBe(spec?.columns[1]?.width);
  });

  it("links source cells into the source workbook, absolute, and marks them as links", () => {
    const ws = sheet(wb, "数据问题");
    // Title, 3 notes, blank, caption → header row 7, first issue row 8, cell column D.
    const value = ws.getCell("D8").value as ExcelJS.CellHyperlinkValue;
    expect(value.text).toBe("学校基本情况!F8");
    expect(value.hyperlink).toBe("县数据.xlsx#学校基本情况!$F$8"); // the file name raw, as Excel writes it (fileHref.ts)
  });

  it("adds data bars on the CV column from 0 to the limit", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "result.xlsx")));
    const xml = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    expect(xml).toMatch(/<conditionalFormatting sqref="F9:F16"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"\/><cfvo type="num" val="0.5"\/>/);
  });

  it("writes identical parts on two runs (fixed dates, pinned ids)", async () => {
    await writeAndRead("again.xlsx");
    const [a, b] = await Promise.all(["result.xlsx", "again.xlsx"].map((f) => JSZip.loadAsync(readFileSync(join(dir, f)))));
    const names = Object.keys(a?.files ?? {}).sort();
    expect(Object.keys(b?.files ?? {}).sort()).toEqual(names);
    for (const name of names) {
      const [x, y] = await Promise.all([a?.file(name)?.async("string"), b?.file(name)?.async("string")]);
      expect({ name, content: y }).toEqual({ name, content: x });
    }
    expect(wb.created.toISOString()).toBe("2000-01-01T00:00:00.000Z");
  });

  it("renames a sheet whose name is taken and keeps table names unique", async () => {
    const sink = new XlsxWorkbookSink();
    const first = specs[0];
    if (!first) throw new Error("no spec");
    const { names, kept } = await sink.writeSheets([first, { ...first, name: "汇总" }]);
    expect(names).toEqual(["汇总", "汇总 (2)"]);
    expect(kept).toEqual([]);
  });

  it("replaces nothing: a first write into its new workbook, and a second into the same one, which writes beside the first", async () => {
    const sink = new XlsxWorkbookSink();
    const first = specs[0];
    if (!first) throw new Error("no spec");
    expect(await sink.writeSheets([first])).toEqual({ names: ["汇总"], kept: [], replaced: [] });
    expect(await sink.writeSheets([first])).toEqual({ names: ["汇总 (2)"], kept: [], replaced: [] });
    expect(sink.workbook.worksheets.map((w) => w.name)).toEqual(["汇总", "汇总 (2)"]);
  });
});

describe("XlsxWorkbookSink: wrapping long text", () => {
  const long = "无法读取 县数据.xls：它不是 .xlsx 工作簿（可能是旧的 .xls 格式）。请在 Excel 中将它另存为 .xlsx（不设密码）后再试";
  const column = (header: string, wrap: boolean) => ({ header, width: wrap ? 40 : 10, numberFormat: null, wrap });
  const wrapping: SheetSpec = {
    name: "数据问题",
    role: "issues",
    title: "数据问题",
    notes: ["说明"],
    tables: [
      { name: "YZJH_Issues", caption: "问题", columns: [column("级别", false), column("说明", true), column("单元格", false)], rows: [["错误", long, "A1"], ["提示", "短", "B2"]], emphasis: [], dataBars: [], links: [] },
      { name: "YZJH_Other", caption: "其他", columns: [column("级别", false), column("说明", false)], rows: [["提示", long]], emphasis: [], dataBars: [], links: [] },
    ],
    freezeColumns: 0,
  };

  /** Addresses of every cell that wraps, with its vertical alignment. */
  function wrapped(ws: ExcelJS.Worksheet): string[] {
    const out: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.alignment?.wrapText) out.push(`${c.address}:${c.alignment.vertical ?? ""}`);
      }),
    );
    return out;
  }

  it("wraps exactly the data cells of a wrapping column, top-aligned: not its header, not other columns or tables", async () => {
    const ws = sheet(await writeAndRead("wrap.xlsx", [wrapping]), "数据问题");
    // Title 1, note 2, blank 3, caption 4, header 5, data 6–7; blank 8, caption 9, header 10, data 11.
    expect(ws.getCell("B5").value).toBe("说明");
    expect(ws.getCell("B6").value).toBe(long);
    expect(wrapped(ws)).toEqual(["B6:top", "B7:top"]);
    // The rest of that table's data rows is top-aligned with it; the header and the other table are not.
    expect(["A5", "A6", "C6", "A7", "C7", "A11", "B11"].map((a) => ws.getCell(a).alignment?.vertical)).toEqual([undefined, "top", "top", "top", "top", undefined, undefined]);
    // B6 in 40 columns, (40 − 1) × 0.95 = 37.05 usable, filled word by word:
    // 无法读取 县数据.xls：它不是 .xlsx 工 (36) | 作簿（可能是旧的 .xls 格式）。请在 (35) | Excel 中将它另存为 .xlsx（不设密码） (36) | 后再试:
    // four lines of 16 pt, and 2 pt. The short row, the header and the same text in a column that does not wrap keep no height.
    expect([5, 6, 7, 11].map((r) => ws.getRow(r).height)).toEqual([undefined, 66, undefined, undefined]);
    // The same sheet with no column asking for it wraps nothing.
    const plain = { ...wrapping, tables: wrapping.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, wrap: false })) })) };
    const plainSheet = sheet(await writeAndRead("nowrap.xlsx", [plain]), "数据问题");
    expect(wrapped(plainSheet)).toEqual([]);
    expect(plainSheet.getRow(6).height).toBeUndefined();
  });

  it("makes each row as tall as its longest wrapped cell needs, counting line breaks, and leaves other rows alone", async () => {
    const cjk45 = "长".repeat(45); // width 90; 18 characters (36) a line in 40 columns: 3 lines
    const cjk25 = "长".repeat(25); // width 50; 9 characters (18) a line in 20 columns (19 × 0.95 = 18.05): 3 lines
    const rows = [
      [cjk45, "短"], // 3 lines → 3 × 16 + 2 = 50 pt
      ["短", "一\n二\n三\n四"], // four lines by line breaks alone → 66 pt
      ["短", cjk25], // the narrower column's 3 lines → 50 pt
      ["短", "短"], // one line: no height
      [1234567, null], // a number does not wrap: no height
    ];
    const spec: SheetSpec = {
      ...wrapping,
      tables: [{ name: "YZJH_Issues", caption: null, columns: [{ ...column("甲", true), width: 40 }, { ...column("乙", true), width: 20 }], rows, emphasis: [], dataBars: [], links: [] }],
    };
    const ws = sheet(await writeAndRead("heights.xlsx", [spec]), "数据问题");
    // Title 1, note 2, blank 3, header 4, data 5–9.
    expect(ws.getCell("A5").value).toBe(cjk45);
    expect([4, 5, 6, 7, 8, 9].map((r) => ws.getRow(r).height)).toEqual([undefined, 50, 66, 50, undefined, undefined]);
  });
});

describe("XlsxWorkbookSink: a count that is only a lower bound", () => {
  // rules.md §4 item 5: a largest class over the cap says at least one class is over. 甲中学's count is such a bound, 乙小学's exact.
  const bound = { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } as const;
  const schools = [
    makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", classesOverCap: 1, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: bound }),
    makeGuarantee({ name: "乙小学", recordId: "r2", classesOverCap: 4, largeClasses: 2, superLargeClasses: 1 }),
  ];
  const shortfalls = (lang: "zh" | "en") => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), { issues: [], profileName: "国家标准", lang });

  /** The 超班额班数 cell (column H) of the school named `school` in column B. */
  function countCell(ws: ExcelJS.Worksheet, school: string): ExcelJS.Cell {
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(2).value === school) row = n;
    });
    if (row === 0) throw new Error(`no row for ${school}`);
    return cellOf(ws, `H${row}`);
  }

  it.each(["zh", "en"] as const)("writes the number 1 shown as “≥ 1” by its format, in amber, so that a SUM counts it (%s)", async (lang) => {
    const spec = shortfalls(lang);
    const ws = sheet(await writeAndRead(`bound-${lang}.xlsx`, [spec]), spec.name);
    const over = countCell(ws, "甲中学");
    expect(over.type).toBe(ExcelJS.ValueType.Number);
    expect(over.value).toBe(1);
    // Text in an Excel number format is quoted: `"≥ "0` shows 1 as “≥ 1”.
    expect(over.numFmt).toBe('"≥ "0');
    expect(over.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
    expect(over.font?.color?.argb).toBe("FF9C5700");
    // An exact count keeps its column's format and red.
    const exact = countCell(ws, "乙小学");
    expect([exact.value, exact.numFmt, exact.font?.color?.argb]).toEqual([4, "0", "FF9C0006"]);
  });

  it("stores the format in styles.xml with its quotes escaped and the ≥ as the character itself", async () => {
    const sink = new XlsxWorkbookSink();
    await sink.writeSheets([shortfalls("zh")]);
    const zip = await JSZip.loadAsync(await sink.workbook.xlsx.writeBuffer());
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    expect(styles).toMatch(/<numFmt numFmtId="\d+" formatCode="&quot;≥ &quot;0"\/>/);
  });
});

describe("linkTarget", () => {
  it("keeps links between result sheets internal", () => {
    expect(linkTarget("数据问题!D8", ["数据问题"], "in.xlsx")).toBe("数据问题!D8");
  });
  it("points source cells into the source file, or nowhere when it is unknown", () => {
    expect(linkTarget("'学校 表'!d7", [], "../in/a b.xlsx")).toBe("../in/a%20b.xlsx#'学校 表'!$D$7");
    expect(linkTarget("学校!D7", [], null)).toBeNull();
    expect(linkTarget("not a cell", [], "x.xlsx")).toBeNull();
    // A # in the source file's name would start the fragment; the CJK stays raw, as Excel writes it.
    expect(linkTarget("学校!D7", [], "1#楼.xlsx")).toBe("1%23楼.xlsx#学校!$D$7");
  });
  it("opens a linked file by its path (CJK raw, unsafe ASCII escaped), whatever the sheets and the source", () => {
    expect(linkHref({ row: 0, column: 0, target: "甲县-评估结果.xlsx", file: true }, ["甲县-评估结果.xlsx"], "in.xlsx")).toBe("甲县-评估结果.xlsx");
    expect(linkHref({ row: 0, column: 0, target: "北山县\\1#楼 评估结果.xlsx", file: true }, [], null)).toBe("北山县/1%23楼%20评估结果.xlsx");
    // A place still goes through linkTarget.
    expect(linkHref({ row: 0, column: 0, target: "汇总!A1" }, ["汇总"], null)).toBe("汇总!A1");
    // A cell of the linked file (未达标学校's link to a school's row on the county's 学校达标): after #, the file's # escaped.
    expect(linkHref({ row: 0, column: 0, target: "1#楼-评估结果.xlsx", file: true, at: "学校达标!$A$12" }, ["未达标学校"], null)).toBe("1%23楼-评估结果.xlsx#学校达标!$A$12");
  });
});

describe("XlsxWorkbookSink: the batch overview's links", () => {
  it("links each county's result file beside the overview, read back as an external hyperlink", async () => {
    const entries = [
      evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ county: "甲县" })] }), [], "甲县-评估结果.xlsx"),
      { file: "丙县.xlsx", outcome: { ok: false as const, reasons: ["无法读取"] } },
    ];
    const path = join(dir, "评估总览.xlsx");
    const sink = new XlsxWorkbookSink({ sourceFile: null });
    await sink.writeSheets([overviewSheet(entries, { lang: "zh", profileName: "国家标准", folders: ["某市"], notes: [] })]);
    await sink.save(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = sheet(wb, "评估总览");
    let header = 0;
    ws.eachRow((row, r) => {
      if (header === 0 && row.getCell(1).value === "工作簿") header = r;
    });
    const column = (ws.getRow(header).values as unknown[]).indexOf("结果工作簿 / 未能评估的原因");
    const jia = cellOf(ws, `${String.fromCharCode(64 + column)}${header + 1}`);
    // exceljs reads the tooltip back as nothing: it is checked in the sheet's XML below.
    expect(jia.value).toEqual({ text: "甲县-评估结果.xlsx", hyperlink: "甲县-评估结果.xlsx" });
    expect(jia.font).toMatchObject({ underline: true });
    // The workbook not evaluated: its reason, no link.
    expect(cellOf(ws, `${String.fromCharCode(64 + column)}${header + 2}`).value).toBe("无法读取");
    // In the file: a relationship to the file beside it, external, not a place in this workbook.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const rels = (await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
    expect(rels).toContain('Target="甲县-评估结果.xlsx" TargetMode="External"');
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml).toMatch(new RegExp(`<hyperlink ref="${jia.address}" r:id="rId\\d+" tooltip="甲县-评估结果.xlsx"/>`));
  });
});
