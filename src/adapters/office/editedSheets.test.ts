import { contentStamp, type ContentStamp } from "./contentDigest";
import { editedSheets, halveRequest, planReads, USED_BOX } from "./editedSheets";
import { FakeExcel, type FakeSheet } from "./testing/fakeExcel";

/** A result sheet as written: title, a blank row, header, two schools; and its stamp. */
const WRITTEN = [["各校七项指标", null, null], [null, null, null], ["学校", "在校生数", "是否达标"], ["城关小学", 1200, "是"], ["河口小学", 300, "否"]];

function resultSheet(excel: FakeExcel, name: string): { sheet: FakeSheet; content: ContentStamp } {
  const sheet = excel.model.addSheet(name);
  WRITTEN.forEach((row, r) => row.forEach((v, c) => v !== null && sheet.write(r, c, v)));
  return { sheet, content: contentStamp(WRITTEN, 3) };
}

/** Requests made once the survey stand-in was done (edited). */
let surveyed = 0;

/**
 * editedSheets over `sheets`, their used ranges loaded first (as the survey loads them, in a
 * request counted apart: `afterSurvey` runs once it is done, the user acting meanwhile).
 */
async function edited(excel: FakeExcel, sheets: readonly { sheet: FakeSheet; content: ContentStamp }[], budget?: number, afterSurvey: () => void = () => undefined): Promise<boolean[]> {
  return excel.run(async (context) => {
    const used = sheets.map((s) => context.workbook.worksheets.getItem(s.sheet.id).getUsedRangeOrNullObject(true).load(USED_BOX));
    if (sheets.length > 0) await context.sync();
    afterSurvey();
    surveyed = excel.syncs;
    return editedSheets(context, sheets.map((s, i) => ({ id: s.sheet.id, content: s.content, used: used[i]?.isNullObject === false ? (used[i] ?? null) : null })), budget);
  });
}

describe("planReads", () => {
  it("reads whole rows in blocks of at most `budget` cells, several sheets to a request while they fit", () => {
    expect(planReads([{ rows: 5, columns: 10 }], 20)).toEqual([[{ index: 0, start: 0, count: 2 }], [{ index: 0, start: 2, count: 2 }], [{ index: 0, start: 4, count: 1 }]]);
    expect(planReads([{ rows: 2, columns: 3 }, null, { rows: 1, columns: 4 }], 100)).toEqual([[{ index: 0, start: 0, count: 2 }, { index: 2, start: 0, count: 1 }]]);
  });

  it("never cuts a row wider than the budget, and reads nothing for no sheet", () => {
    expect(planReads([{ rows: 2, columns: 50 }], 20)).toEqual([[{ index: 0, start: 0, count: 1 }], [{ index: 0, start: 1, count: 1 }]]);
    expect(planReads([null], 20)).toEqual([]);
    expect(planReads([], 20)).toEqual([]);
  });
});

describe("halveRequest", () => {
  it("splits a refused request's blocks between two requests, then a lone block's rows, down to one row", () => {
    const a = { index: 0, start: 0, count: 4 };
    const b = { index: 1, start: 0, count: 3 };
    expect(halveRequest([a, b])).toEqual([[a], [b]]);
    expect(halveRequest([b])).toEqual([[{ index: 1, start: 0, count: 1 }], [{ index: 1, start: 1, count: 2 }]]);
    expect(halveRequest([{ index: 0, start: 7, count: 1 }])).toBeNull();
    expect(halveRequest([])).toBeNull();
  });
});

describe("editedSheets", () => {
  it("reads back a sheet of long texts whose answer exceeds the host's limit in fewer cells than the budget, halving the refused requests", async () => {
    const excel = new FakeExcel();
    // The 5 MB limit scaled down to 40 kB: 200 rows of three 100-character texts answer about 60 kB in 600 cells (the budget is 50,000).
    excel.payloadLimit = 40_000;
    const sheet = excel.model.addSheet("数据问题");
    const rows = Array.from({ length: 200 }, (_, r) => [`${r}`.padEnd(100, "x"), "y".repeat(100), "z".repeat(100)]);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.write(r, c, v)));
    const one = { sheet, content: contentStamp(rows, 3) };
    expect(await edited(excel, [one])).toEqual([false]);
    sheet.write(199, 2, "已核对");
    expect(await edited(excel, [one])).toEqual([true]);
  });

  it("finds a result sheet as written unchanged, in one request after the survey (its values)", async () => {
    const excel = new FakeExcel();
    const one = resultSheet(excel, "学校达标");
    expect(await edited(excel, [one])).toEqual([false]);
    expect(excel.syncs - surveyed).toBe(1);
  });

  it("finds it unchanged when the user sorted its rows or formatted a cell", async () => {
    const excel = new FakeExcel();
    const one = resultSheet(excel, "学校达标");
    one.sheet.write(3, 0, "河口小学");
    one.sheet.write(3, 1, 300);
    one.sheet.write(3, 2, "否");
    one.sheet.write(4, 0, "城关小学");
    one.sheet.write(4, 1, 1200);
    one.sheet.write(4, 2, "是");
    one.sheet.cell(3, 1).fill = "#FFFF00";
    expect(await edited(excel, [one])).toEqual([false]);
  });

  it.each([
    ["a note typed in a blank cell inside the box", (s: FakeSheet) => s.write(1, 1, "已核对")],
    ["a figure corrected", (s: FakeSheet) => s.write(4, 1, 310)],
    ["a value cleared", (s: FakeSheet) => s.put(4, 2, null)],
    ["a note typed to the right of the table", (s: FakeSheet) => s.write(3, 5, "已列入2025年计划")],
    ["a note typed below the table", (s: FakeSheet) => s.write(8, 0, "备注：河口小学已撤并")],
  ])("finds it changed after %s", async (_, edit) => {
    const excel = new FakeExcel();
    const one = resultSheet(excel, "学校达标");
    edit(one.sheet);
    expect(await edited(excel, [one])).toEqual([true]);
  });

  it("finds nothing to keep in a sheet the user emptied, or deleted meanwhile", async () => {
    const excel = new FakeExcel();
    const emptied = resultSheet(excel, "汇总");
    const deleted = resultSheet(excel, "学校达标");
    emptied.sheet.cells.clear();
    // Deleted after the survey found its used range: the read fails, the sheets still there are looked up (nothing of them to read).
    expect(await edited(excel, [emptied, deleted], undefined, () => excel.model.deleteSheet(deleted.sheet))).toEqual([false, false]);
    expect(excel.syncs - surveyed).toBe(2);
    // Edited, and another deleted meanwhile: the edit is still found.
    const kept = resultSheet(excel, "汇总2");
    const gone = resultSheet(excel, "学校达标2");
    kept.sheet.write(4, 1, 310);
    expect(await edited(excel, [kept, gone], undefined, () => excel.model.deleteSheet(gone.sheet))).toEqual([true, false]);
  });

  it("reads long sheets in several requests and judges each sheet on its own rows", async () => {
    const excel = new FakeExcel();
    const [a, b] = [resultSheet(excel, "汇总"), resultSheet(excel, "学校达标")];
    b.sheet.write(4, 1, 301);
    // A budget of 6 cells: two rows of three per request, three requests per sheet.
    expect(await edited(excel, [a, b], 6)).toEqual([false, true]);
    expect(excel.syncs - surveyed).toBe(6);
  });

  it("reads nothing for no sheet", async () => {
    const excel = new FakeExcel();
    expect(await edited(excel, [])).toEqual([]);
    expect(excel.syncs).toBe(0);
  });
});
