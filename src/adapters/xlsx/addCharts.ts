import JSZip from "jszip";
import { chartXml } from "./chartXml";
import { drawingXml, type DrawnChart } from "./drawingXml";
import { addRelationship, relationshipTargets } from "./relationships";
import type { SheetChart } from "./sheetCharts";
import { withDrawing } from "./withDrawing";
import { startTags, xmlAttributes } from "./xmlAttributes";

/** A worksheet of the file, by its name in the workbook, with the charts to draw on it. */
export interface ChartedSheet {
  readonly name: string;
  readonly charts: readonly SheetChart[];
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** A zip holding one OOXML package, written back with the given date on every new part (two runs, same bytes). */
class Package {
  readonly overrides: { part: string; type: string }[] = [];
  constructor(readonly zip: JSZip, private readonly date: Date) {}

  async text(path: string): Promise<string | null> {
    return (await this.zip.file(path)?.async("string")) ?? null;
  }

  async required(path: string): Promise<string> {
    const text = await this.text(path);
    if (text === null) throw new Error(`the workbook written has no ${path}`);
    return text;
  }

  put(path: string, text: string, type?: string): void {
    this.zip.file(path, text, { date: this.date, createFolders: false });
    if (type) this.overrides.push({ part: `/${path}`, type });
  }

  /** The first n ≥ `from` with no part `${stem}${n}.xml` (exceljs writes a drawing for an image; ours must not take its name). */
  free(stem: string, from: number): number {
    let n = from;
    while (this.zip.file(`${stem}${n}.xml`)) n++;
    return n;
  }
}

/** The worksheet part of the sheet named `name`, found through workbook.xml and its relationships (not by sheetN order). */
async function worksheetPath(pkg: Package, name: string): Promise<string> {
  const sheet = startTags(await pkg.required("xl/workbook.xml"), "sheet").map(xmlAttributes).find((a) => a.get("name") === name);
  const target = relationshipTargets(await pkg.required("xl/_rels/workbook.xml.rels")).get(sheet?.get("r:id") ?? "");
  if (target === undefined) throw new Error(`the workbook written has no sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** Adds a relationship to `part`'s relationships part and returns its id. */
async function relate(pkg: Package, part: string, type: string, target: string): Promise<string> {
  const rels = addRelationship(await pkg.text(relsPath(part)), `${REL}/${type}`, target);
  pkg.put(relsPath(part), rels.xml);
  return rels.id;
}

/** Writes one sheet's chart parts and its drawing, and links the drawing into the sheet. */
async function drawSheet(pkg: Package, sheet: ChartedSheet, numbers: { chart: number; drawing: number }): Promise<void> {
  const sheetPath = await worksheetPath(pkg, sheet.name);
  numbers.drawing = pkg.free("xl/drawings/drawing", numbers.drawing);
  const drawing = `xl/drawings/drawing${numbers.drawing}.xml`;
  const drawn: DrawnChart[] = [];
  for (const chart of sheet.charts) {
    numbers.chart = pkg.free("xl/charts/chart", numbers.chart);
    pkg.put(`xl/charts/chart${numbers.chart}.xml`, chartXml(chart.data), CHART_TYPE);
    drawn.push({ box: chart.box, name: chart.data.title, rId: await relate(pkg, drawing, "chart", `../charts/chart${numbers.chart}.xml`) });
  }
  pkg.put(drawing, drawingXml(drawn), DRAWING_TYPE);
  const rId = await relate(pkg, sheetPath, "drawing", `../drawings/drawing${numbers.drawing}.xml`);
  pkg.put(sheetPath, withDrawing(await pkg.required(sheetPath), rId));
}

/**
 * Adds charts to a workbook exceljs has written (exceljs writes none): per sheet a drawing part
 * with one frame per chart, the chart parts, their relationships, the sheet's <drawing> element and
 * the content types. Each sheet given is drawn, so give only sheets with charts (XlsxWorkbookSink
 * keeps no other); the sheets not given are left as they are.
 *
 * @example await addCharts(buffer, [{ name: "差异系数", charts: [cv, counts] }], FIXED_DATE)
 *          // + xl/charts/chart1.xml, chart2.xml, xl/drawings/drawing1.xml (+ _rels), sheet2.xml.rels → drawing1
 */
export async function addCharts(xlsx: Uint8Array | ArrayBuffer, sheets: readonly ChartedSheet[], date: Date): Promise<Buffer> {
  const pkg = new Package(await JSZip.loadAsync(xlsx), date);
  const numbers = { chart: 1, drawing: 1 };
  for (const sheet of sheets) await drawSheet(pkg, sheet, numbers);
  const overrides = pkg.overrides.map((o) => `<Override PartName="${o.part}" ContentType="${o.type}"/>`).join("");
  pkg.put("[Content_Types].xml", (await pkg.required("[Content_Types].xml")).replace(/<\/Types>\s*$/, `${overrides}</Types>`));
  return pkg.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
