import { FakeExcel, type FakeSheet } from "./fakeExcel";
import { officeJsRequestBytes } from "./officeJsRequests";
import { resultSpecs } from "./specs";
import { writeSegment } from "./writeSegment";

/** The fake's size for the same batch, on a workbook holding the sheet. */
async function fakeBytes(batch: (context: Excel.RequestContext) => Promise<void>, firstId: number): Promise<number> {
  const excel = new FakeExcel();
  excel.firstId = firstId;
  excel.model.addSheet("结果");
  await excel.run(batch);
  return excel.requests[0]?.bytes ?? 0;
}

describe("FakeExcel: request sizes", () => {
  // The sizes the sink budgets by must be the sizes Excel receives: office.js's own serialiser
  // (excel-web-16.00) is run on the same calls. A flat charge per operation, as the fake made
  // before, came to a third of the real size for sheets with many coloured cells and links.
  it.each([
    ["a coefficients sheet (tables, data bars, charts)", 1, 10],
    ["a schools sheet of 100 rows (colours, links, number formats)", 2, 100],
    ["a schools sheet of 3,000 rows (values and formats go out in chunks of 1,500 cells)", 2, 3000],
    ["a summary sheet", 0, 10],
  ] as const)("counts %s within 3%% of what office.js sends", async (_, index, schools) => {
    const spec = resultSpecs(schools)[index];
    if (spec === undefined) throw new Error("no spec");
    for (const firstId of [1, 1_000_000]) {
      const [real = 0] = await officeJsRequestBytes((context) => writeSegment(context, "结果", spec), firstId);
      const fake = await fakeBytes((context) => writeSegment(context, "结果", spec), firstId);
      expect(real).toBeGreaterThan(0);
      expect(Math.abs(fake - real) / real).toBeLessThan(0.03);
    }
  });

  it("counts one coloured cell at about 900 bytes at seven-digit ids, as office.js sends it (paths for the range, format, fill and font)", async () => {
    const colourCell = (sheet: Excel.Worksheet, row: number) => {
      const format = sheet.getRangeByIndexes(row, 5, 1, 1).format;
      format.fill.color = "#FFC7CE";
      format.font.color = "#9C0006";
    };
    const colour = async (context: Excel.RequestContext, rows: number) => {
      const sheet = context.workbook.worksheets.getItem("结果");
      for (let r = 0; r < rows; r++) colourCell(sheet, r);
      await context.sync();
    };
    const [one = 0, hundred = 0] = [...(await officeJsRequestBytes((c) => colour(c, 1))), ...(await officeJsRequestBytes((c) => colour(c, 101)))];
    const perCell = (hundred - one) / 100;
    expect(perCell).toBeGreaterThan(850);
    const fakePerCell = ((await fakeBytes((c) => colour(c, 101), 1_000_000)) - (await fakeBytes((c) => colour(c, 1), 1_000_000))) / 100;
    expect(Math.abs(fakePerCell - perCell) / perCell).toBeLessThan(0.05);
  });
});

describe("FakeExcel: wrapping", () => {
  const wrap = async (context: Excel.RequestContext, columns: number) => {
    const sheet = context.workbook.worksheets.getItem("结果");
    for (let c = 0; c < columns; c++) {
      const range = sheet.getRangeByIndexes(4, c, 50, 1);
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
    }
    await context.sync();
  };

  it("counts a wrapped column slice within 5% of what office.js sends (range and format paths, two sets)", async () => {
    const [one = 0, eleven = 0] = [...(await officeJsRequestBytes((c) => wrap(c, 1))), ...(await officeJsRequestBytes((c) => wrap(c, 11)))];
    const perColumn = (eleven - one) / 10;
    expect(perColumn).toBeGreaterThan(500);
    const fakePerColumn = ((await fakeBytes((c) => wrap(c, 11), 1_000_000)) - (await fakeBytes((c) => wrap(c, 1), 1_000_000))) / 10;
    expect(Math.abs(fakePerColumn - perColumn) / perColumn).toBeLessThan(0.05);
  });

  const fit = async (context: Excel.RequestContext, ranges: number) => {
    const sheet = context.workbook.worksheets.getItem("结果");
    for (let r = 0; r < ranges; r++) sheet.getRangeByIndexes(4 + r * 10, 0, 10, 3).format.autofitRows();
    await context.sync();
  };

  it("counts an autofitRows call within 5% of what office.js sends (range and format paths, one method)", async () => {
    const [one = 0, eleven = 0] = [...(await officeJsRequestBytes((c) => fit(c, 1))), ...(await officeJsRequestBytes((c) => fit(c, 11)))];
    const perRange = (eleven - one) / 10;
    expect(perRange).toBeGreaterThan(300);
    const fakePerRange = ((await fakeBytes((c) => fit(c, 11), 1_000_000)) - (await fakeBytes((c) => fit(c, 1), 1_000_000))) / 10;
    expect(Math.abs(fakePerRange - perRange) / perRange).toBeLessThan(0.05);
  });

  it("records the range of each autofitRows call, and refuses it below ExcelApi 1.2 as Excel does", async () => {
    const excel = new FakeExcel();
    const sheet = excel.model.addSheet("结果");
    await excel.run((c) => fit(c, 2));
    expect(sheet.autofittedRows).toEqual([
      { top: 4, left: 0, bottom: 13, right: 2 },
      { top: 14, left: 0, bottom: 23, right: 2 },
    ]);
    const old = new FakeExcel("1.1");
    old.model.addSheet("结果");
    await expect(old.run((c) => fit(c, 1))).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  const heights = async (context: Excel.RequestContext, ranges: number) => {
    const sheet = context.workbook.worksheets.getItem("结果");
    for (let r = 0; r < ranges; r++) sheet.getRangeByIndexes(4 + r * 3, 0, 2, 1).format.rowHeight = 50;
    await context.sync();
  };

  it("counts a rowHeight set within 5% of what office.js sends (range and format paths, one set)", async () => {
    const [one = 0, eleven = 0] = [...(await officeJsRequestBytes((c) => heights(c, 1))), ...(await officeJsRequestBytes((c) => heights(c, 11)))];
    const perRange = (eleven - one) / 10;
    expect(perRange).toBeGreaterThan(400);
    const fakePerRange = ((await fakeBytes((c) => heights(c, 11), 1_000_000)) - (await fakeBytes((c) => heights(c, 1), 1_000_000))) / 10;
    expect(Math.abs(fakePerRange - perRange) / perRange).toBeLessThan(0.05);
  });

  it("sets the height of every row of the range, which a later autofitRows over them replaces (the fake drops it), and refuses it below ExcelApi 1.2", async () => {
    const excel = new FakeExcel();
    const sheet = excel.model.addSheet("结果");
    await excel.run((c) => heights(c, 2));
    expect([...sheet.rowHeights.entries()]).toEqual([[4, 50], [5, 50], [7, 50], [8, 50]]);
    expect(sheet.rowHeightRanges).toEqual([
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 7, left: 0, bottom: 8, right: 0 },
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("结果").getRangeByIndexes(5, 0, 3, 2).format.autofitRows();
      await context.sync();
    });
    expect([...sheet.rowHeights.entries()]).toEqual([[4, 50], [8, 50]]);
    const old = new FakeExcel("1.1");
    old.model.addSheet("结果");
    await expect(old.run((c) => heights(c, 1))).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("sets wrapText and the vertical alignment on every cell of the range, and nowhere else", async () => {
    const excel = new FakeExcel();
    const sheet = excel.model.addSheet("结果");
    await excel.run((c) => wrap(c, 1));
    const wrapped = [...sheet.cells.entries()].filter(([, c]) => c.wrapText).map(([key, c]) => `${key}:${c.verticalAlignment}`);
    expect(wrapped).toEqual(Array.from({ length: 50 }, (_, r) => `${r + 4},0:Top`));
    expect(sheet.cell(3, 0)).toMatchObject({ wrapText: false, verticalAlignment: "Bottom" });
  });
});

describe("FakeExcel: what the sink's replace step depends on", () => {
  it("keeps one sheet visible: the last cannot be hidden or deleted, a hidden one cannot be activated", async () => {
    const excel = new FakeExcel();
    const first = excel.model.addSheet("学校");
    const second = excel.model.addSheet("汇总");
    excel.model.setVisibility(second, "Hidden");
    expect(() => excel.model.setVisibility(first, "Hidden")).toThrow("InvalidOperation");
    expect(() => excel.model.deleteSheet(first)).toThrow("InvalidOperation");
    expect(() => excel.model.activate(second)).toThrow("InvalidOperation");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").visibility = "Visible";
      context.workbook.worksheets.getItem(first.id).activate();
      await context.sync();
    });
    expect(second.visibility).toBe("Visible");
    expect(excel.model.activeSheet).toBe(first);
  });

  it("refuses a sheet's names while the user views another workbook, not the workbook's (office-js#6365)", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("学校");
    excel.viewingOtherWorkbook = true;
    await excel.run(async (context) => {
      const names = context.workbook.names.load("items/name");
      await context.sync();
      expect(names.items).toEqual([]);
      context.workbook.worksheets.getItem("学校").names.getItemOrNullObject("X").load("value");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    });
  });

  it("counts the runs under way at once", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("学校");
    const batch = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    };
    await Promise.all([excel.run(batch), excel.run(batch)]);
    expect(excel.maxOpenRuns).toBe(2);
    expect(excel.openRuns).toBe(0);
  });
});

describe("FakeExcel: special cells of constants and formulas", () => {
  const load = async (version: string, type: "Constants" | "Formulas", fill: (s: FakeSheet) => void) => {
    const excel = new FakeExcel(version);
    fill(excel.model.addSheet("表"));
    return excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("表").getRange().getSpecialCellsOrNullObject(type);
      areas.load("areaCount");
      areas.areas.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      return areas.isNullObject ? null : areas.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]);
    });
  };

  it("lists typed values and formula results apart, as rectangles, walking only the cells held", async () => {
    const fill = (s: FakeSheet) => {
      // A1:B2 typed, C1 a formula, XFD1048576 typed.
      [0, 1].forEach((r) => [0, 1].forEach((c) => s.put(r, c, r + c)));
      s.putFormula(0, 2, 1);
      s.put(1_048_575, 16_383, "x");
    };
    expect(await load("1.9", "Constants", fill)).toEqual([
      [0, 0, 2, 2],
      [1_048_575, 16_383, 1, 1],
    ]);
    expect(await load("1.9", "Formulas", fill)).toEqual([[0, 2, 1, 1]]);
    expect(await load("1.9", "Formulas", (s) => s.put(0, 0, 1))).toBeNull();
  });

  it("refuses them below ExcelApi 1.9, as Excel does", async () => {
    await expect(load("1.8", "Constants", (s) => s.put(0, 0, 1))).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("FakeExcel: dates, as Excel holds them", () => {
  it("stores a typed zh-CN date as its serial number in a date format (the format is all that says date), and leaves a typed number General", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("表");
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表").getRangeByIndexes(0, 0, 1, 4);
      range.values = [["2024年3月1日", "3月1日", "2024年3月", "45352"]];
      range.load("values,valueTypes,numberFormat");
      await context.sync();
      return [range.values, range.valueTypes, range.numberFormat];
    });
    // 2024-03-01 is serial 45352 (45292 for 2024-01-01, + 31 + 29); 3月1日 takes the fake's year, 2026: 46082.
    expect(read).toEqual([
      [[45352, 46082, 45352, 45352]],
      [["Double", "Double", "Double", "Double"]],
      [['yyyy"年"m"月"d"日"', 'm"月"d"日"', 'yyyy"年"m"月"', "General"]],
    ]);
  });
});
