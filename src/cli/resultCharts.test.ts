import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbookSource } from "../adapters/xlsx/XlsxWorkbookSource";
import { find, findAll, xmlTree, type XmlNode } from "../adapters/xlsx/testing/xmlTree";
import { columnIndex } from "../workbook/address";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { tempFolder } from "../testing/tempFolder";
import { defaultDeps, SAMPLE_PATH } from "./main";
import { runEvaluate } from "./runEvaluate";

/** A chart formula's cells: '差异系数'!$F$10:$F$16 → sheet, column F, rows 10…16 (1-based). */
function cellsOf(ref: string): { sheet: string; column: string; rows: number[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a chart ref: ${ref}`);
  const first = Number(m[3]);
  const last = Number(m[4] ?? m[3]);
  return { sheet: (m[1] ?? "").replace(/''/g, "'"), column: m[2] ?? "", rows: Array.from({ length: last - first + 1 }, (_, k) => first + k) };
}

describe("the command line's result workbook on the sample: charts", () => {
  const cwd = tempFolder("cli-charts-");
  let zip: JSZip;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const result = await runEvaluate([SAMPLE_PATH, "--out", "r.xlsx", "--json", "r.json"], { ...defaultDeps(cwd), onProgress: () => undefined });
    expect(result.exitCode).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(join(cwd, "r.xlsx")));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "r.xlsx"));
  }, 60_000);

  const text = async (part: string) => (await zip.file(part)?.async("string")) ?? "";

  /** The chart parts drawn on a sheet, through workbook.xml, the sheet's and the drawing's relationships. */
  async function chartsOn(sheet: string): Promise<XmlNode[]> {
    const rId = findAll(xmlTree(await text("xl/workbook.xml")), "sheet").find((s) => s.attributes.name === sheet)?.attributes["r:id"];
    const target = findAll(xmlTree(await text("xl/_rels/workbook.xml.rels")), "Relationship").find((r) => r.attributes.Id === rId)?.attributes.Target ?? "";
    const sheetXml = xmlTree(await text(`xl/${target}`));
    const drawingId = find(sheetXml, "drawing")?.attributes["r:id"];
    if (drawingId === undefined) return [];
    const rels = xmlTree(await text(`xl/${target.replace(/([^/]+)$/, "_rels/$1.rels")}`));
    const drawing = findAll(rels, "Relationship").find((r) => r.attributes.Id === drawingId)?.attributes.Target?.replace("../", "xl/") ?? "";
    const chartRels = findAll(xmlTree(await text(drawing.replace(/([^/]+)$/, "_rels/$1.rels"))), "Relationship");
    return Promise.all(chartRels.map(async (r) => xmlTree(await text((r.attributes.Target ?? "").replace("../", "xl/")))));
  }

  it("draws 4 charts on 差异系数 (示例县 × 小学 and 初中: CV against the limit, and sections met / at floor / below) and 1 on 汇总 (33/37 passing, a number)", async () => {
    const titles = async (sheet: string) => (await chartsOn(sheet)).map((c) => findAll(find(c, "c:title") as XmlNode, "a:t").map((t) => t.text).join(""));
    expect(await titles("差异系数")).toEqual(["示例县 · 小学 差异系数", "示例县 · 小学：各项指标达标学校数", "示例县 · 初中 差异系数", "示例县 · 初中：各项指标达标学校数"]);
    expect(await titles("汇总")).toEqual(["学校（学段）达标比例与年度目标"]);
    for (const sheet of ["学校达标", "缺口测算", "政府保障与质量", "数据问题"]) expect(await chartsOn(sheet)).toEqual([]);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(5);
    const types = await text("[Content_Types].xml");
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(5);
    expect(types.match(/officedocument\.drawing\+xml/g)).toHaveLength(2);
  });

  it("caches in each series the values of the cells it reads, unrounded, and the header as its name", async () => {
    const charts = [...(await chartsOn("差异系数")), ...(await chartsOn("汇总"))];
    let points = 0;
    for (const ser of charts.flatMap((c) => findAll(c, "c:ser"))) {
      const val = find(ser, "c:numRef") as XmlNode;
      const { sheet, column, rows } = cellsOf(find(val, "c:f")?.text ?? "");
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      const cached = new Map(findAll(val, "c:pt").map((p) => [Number(p.attributes.idx), Number(find(p, "c:v")?.text)]));
      rows.forEach((row, k) => {
        const cell = ws.getRow(row).getCell(columnIndex(column) + 1).value;
        expect({ ref: `${column}${row}`, cached: cached.get(k) }).toEqual({ ref: `${column}${row}`, cached: typeof cell === "number" ? cell : undefined });
      });
      points += cached.size;
      const name = find(find(ser, "c:tx") as XmlNode, "c:strRef") as XmlNode;
      const header = cellsOf(find(name, "c:f")?.text ?? "");
      expect(find(name, "c:v")?.text).toBe(ws.getRow(header.rows[0] ?? 0).getCell(columnIndex(header.column) + 1).value);
    }
    // 小学 and 初中: 7 CVs and 7 limits each = 28, 7 × 3 counts each = 42; 汇总: the share, no target = 1.
    expect(points).toBe(28 + 42 + 1);
  });

  it("writes well-formed XML in every part, reads back with exceljs, and is still refused as input (a result workbook)", async () => {
    for (const part of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) xmlTree(await text(part));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"]);
    const read = await readWorkbook(await XlsxWorkbookSource.open(join(cwd, "r.xlsx")));
    expect(read).toMatchObject({ ok: false, issues: [{ code: "read_result_workbook" }] });
  });
});
