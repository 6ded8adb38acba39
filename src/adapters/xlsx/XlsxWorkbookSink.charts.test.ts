import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
// jszip ships with exceljs and is declared in package.json: the sink adds the charts with it.
import JSZip from "jszip";
import type { SheetSpec } from "../../workbook/types";
import { chartSheet } from "../../workbook/write/testing/chartSheet";
import { tempFolder } from "../../testing/tempFolder";
import { find, findAll, xmlTree } from "./testing/xmlTree";
import { XlsxWorkbookSink } from "./XlsxWorkbookSink";

const dir = tempFolder("xlsx-charts-");
const ISSUES: SheetSpec = { name: "数据问题", role: "issues", title: "数据问题", notes: [], tables: [], freezeColumns: 0 };

/** Saves the sheets written in `writes` (one writeSheets each), and the same workbook as exceljs writes it, without charts. */
async function saved(name: string, writes: readonly (readonly SheetSpec[])[]): Promise<{ zip: JSZip; plain: JSZip; path: string; plainPath: string }> {
  const sink = new XlsxWorkbookSink();
  for (const specs of writes) await sink.writeSheets(specs);
  const path = join(dir, `${name}.xlsx`);
  await sink.save(path);
  const plainBytes = Buffer.from(await sink.workbook.xlsx.writeBuffer());
  const plainPath = join(dir, `${name}-plain.xlsx`);
  writeFileSync(plainPath, plainBytes);
  return { zip: await JSZip.loadAsync(readFileSync(path)), plain: await JSZip.loadAsync(plainBytes), path, plainPath };
}

const text = async (zip: JSZip, part: string) => (await zip.file(part)?.async("string")) ?? "";

describe("XlsxWorkbookSink: charts", () => {
  it("adds the 差异系数 sheet's two charts: chart parts, a drawing, their relationships, the sheet's <drawing> and the content types", async () => {
    const { zip } = await saved("one", [[ISSUES, chartSheet()]]);
    // 数据问题 is sheet1 and has no chart; 差异系数 is sheet2.
    expect(Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\//.test(f)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const sheetRels = xmlTree(await text(zip, "xl/worksheets/_rels/sheet2.xml.rels"));
    const drawingRel = findAll(sheetRels, "Relationship").find((r) => r.attributes.Type?.endsWith("/drawing"));
    expect(drawingRel?.attributes.Target).toBe("../drawings/drawing1.xml");
    const sheet = await text(zip, "xl/worksheets/sheet2.xml");
    expect(sheet).toContain(`<drawing r:id="${drawingRel?.attributes.Id}"/><tableParts`);
    expect(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")).toBeUndefined();
    expect(await text(zip, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
    const chartRels = findAll(xmlTree(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")), "Relationship").map((r) => r.attributes.Target);
    expect(chartRels).toEqual(["../charts/chart1.xml", "../charts/chart2.xml"]);
    const types = findAll(xmlTree(await text(zip, "[Content_Types].xml")), "Override").map((o) => [o.attributes.PartName, o.attributes.ContentType]);
    expect(types).toEqual(expect.arrayContaining([
      ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
      ["/xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
      ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
    ]));
  });

  it("leaves every cell and every other part as exceljs wrote it: the sheet differs by its <drawing> alone", async () => {
    const { zip, plain, path, plainPath } = await saved("same", [[ISSUES, chartSheet()]]);
    for (const part of Object.keys(plain.files)) {
      const [withCharts, without] = await Promise.all([text(zip, part), text(plain, part)]);
      if (part === "[Content_Types].xml" || part.includes("/_rels/sheet2") || part.endsWith("sheet2.xml")) continue;
      expect({ part, content: withCharts }).toEqual({ part, content: without });
    }
    expect((await text(zip, "xl/worksheets/sheet2.xml")).replace(/<drawing r:id="rId\d+"\/>/, "")).toBe(await text(plain, "xl/worksheets/sheet2.xml"));
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(path);
    await b.xlsx.readFile(plainPath);
    expect(a.worksheets.map((w) => w.name)).toEqual(["数据问题", "差异系数"]);
    const cells = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.getSheetValues());
    expect(cells(a)).toEqual(cells(b));
  });

  it("parses every XML part of the file with a strict parser", async () => {
    const { zip } = await saved("parse", [[ISSUES, chartSheet()]]);
    const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
    for (const part of parts) xmlTree(await text(zip, part));
    expect(parts.length).toBeGreaterThan(10);
  });

  it("finds a sheet written by a second write (差异系数 (2)) by its name, its charts reading its own cells", async () => {
    const { zip } = await saved("twice", [[chartSheet()], [chartSheet()]]);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("xl/charts/")).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/charts/chart4.xml"]);
    const refs = async (part: string) => findAll(xmlTree(await text(zip, part)), "c:f").map((f) => f.text);
    expect((await refs("xl/charts/chart3.xml"))[1]).toBe("'差异系数 (2)'!$A$6:$A$8");
    expect((await refs("xl/charts/chart1.xml"))[1]).toBe("'差异系数'!$A$6:$A$8");
    const drawing2 = findAll(xmlTree(await text(zip, "xl/worksheets/_rels/sheet2.xml.rels")), "Relationship").map((r) => r.attributes.Target);
    expect(drawing2).toContain("../drawings/drawing2.xml");
    expect(find(xmlTree(await text(zip, "xl/drawings/drawing2.xml")), "xdr:from")).toBeDefined();
  });

  it("draws only the sheets with charts, whichever write they came in: 差异系数 between two sheets without charts gets drawing1, the others none", async () => {
    const { zip } = await saved("between", [[ISSUES], [chartSheet()], [{ ...ISSUES, name: "说明" }]]);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("xl/drawings/")).sort()).toEqual(["xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
    expect(await text(zip, "xl/worksheets/sheet2.xml")).toContain("<drawing ");
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"]) expect(await text(zip, sheet)).not.toContain("<drawing");
  });

  it("writes a workbook without charts as exceljs writes it", async () => {
    const { zip, plain } = await saved("none", [[ISSUES]]);
    expect(Object.keys(zip.files).sort()).toEqual(Object.keys(plain.files).sort());
  });
});
