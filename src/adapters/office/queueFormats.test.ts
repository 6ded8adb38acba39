import { OfficeMockObject } from "office-addin-mock";
import { sheetLayout } from "../../workbook/write/sheetLayout";
import { shortfallsSheet } from "../../workbook/write/shortfallsSheet";
import { makeCounty, makeEvaluation, makeGuarantee } from "../../workbook/write/testing/makeEvaluation";
import { hyperlinkFor, queueTableRows } from "./queueFormats";

describe("hyperlinkFor", () => {
  it("links a place by documentReference, showing the cell's text", () => {
    expect(hyperlinkFor({ row: 0, column: 0, target: "学校基本情况!A5" }, "第1小学")).toEqual({ documentReference: "学校基本情况!A5", screenTip: "学校基本情况!A5", textToDisplay: "第1小学" });
  });

  it("links a file by its address as fileHref makes it (CJK raw, a space and # escaped), not as a place", () => {
    const link = hyperlinkFor({ row: 0, column: 18, target: "甲县 1#楼-评估结果.xlsx", file: true }, "甲县 1#楼-评估结果.xlsx");
    expect(link).toEqual({ address: "甲县%201%23楼-评估结果.xlsx", screenTip: "甲县 1#楼-评估结果.xlsx", textToDisplay: "甲县 1#楼-评估结果.xlsx" });
    // A number in the cell is not text to display: Excel keeps the cell's value.
    expect(hyperlinkFor({ row: 0, column: 0, target: "a.xlsx", file: true }, 3)).toEqual({ address: "a.xlsx", screenTip: "a.xlsx" });
  });
});

describe("queueTableRows (office-addin-mock): a count that is only a lower bound", () => {
  // rules.md §4 item 5: 甲中学's largest class over the cap says at least one class is over; 乙小学's count is exact.
  const bound = { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } as const;
  const schools = [
    makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", classesOverCap: 1, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: bound }),
    makeGuarantee({ name: "乙小学", recordId: "r2", classesOverCap: 4, largeClasses: 2, superLargeClasses: 1 }),
  ];
  const spec = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), { issues: [], profileName: "国家标准", lang: "zh" });
  const layout = sheetLayout(spec);
  const placed = layout.tables[spec.tables.findIndex((t) => t.name === "YZJH_SchoolGuarantee")];

  /** A worksheet mock recording each range it hands out, as getRangeByIndexes(row, column, rows, columns). */
  function mockSheet() {
    const ranges: { at: string; range: OfficeMockObject }[] = [];
    const sheet = new OfficeMockObject({
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
        const range = new OfficeMockObject({ numberFormat: [], hyperlink: {}, format: { fill: { color: "" }, font: { color: "", size: 0 }, wrapText: false, verticalAlignment: "", rowHeight: 0, autofitRows: () => undefined } });
        ranges.push({ at: `${row},${column},${rows},${columns}`, range });
        return range;
      },
    });
    return { sheet: sheet as unknown as Excel.Worksheet, ranges };
  }

  it("sets `\"≥ \"0` on the bound's cell after its column's `0`, in amber", async () => {
    if (placed === undefined) throw new Error("no guarantee table");
    const { sheet, ranges } = mockSheet();
    queueTableRows(sheet, placed, 0, layout.rows.length, layout.columnWidths);
    // 甲中学 is the first data row; 超班额班数 is column H (index 7).
    const row = placed.firstDataRow;
    expect(layout.rows[row]?.[1]).toBe("甲中学");
    const slice = ranges.findIndex((r) => r.at === `${row},7,2,1`);
    const cell = ranges.findIndex((r, i) => i > slice && r.at === `${row},7,1,1` && Array.isArray(r.range.numberFormat));
    expect(slice).toBeGreaterThanOrEqual(0);
    expect(cell).toBeGreaterThan(slice);
    const [column, own] = [ranges[slice]?.range, ranges[cell]?.range];
    column?.load("numberFormat");
    own?.load("numberFormat");
    await column?.sync();
    await own?.sync();
    expect(column?.numberFormat).toEqual([["0"], ["0"]]);
    expect(own?.numberFormat).toEqual([['"≥ "0']]);
    // The amber of the emphasis run on the same cell.
    const amber = ranges.find((r) => r.at === `${row},7,1,1` && (r.range.format as { fill: { color: string } }).fill.color === "#FFEB9C");
    expect(amber).toBeDefined();
    // No other cell got a format of its own (an unset property of the mock reads as its "not loaded" error text).
    expect(ranges.filter((r) => r.at.endsWith(",1,1") && Array.isArray(r.range.numberFormat)).map((r) => r.at)).toEqual([`${row},7,1,1`]);
  });
});
