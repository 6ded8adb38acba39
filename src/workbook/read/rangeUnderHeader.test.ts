/**
 * A range of school rows without their header (a reviewer's walk-through, finding 8: A5:AJ20 of the
 * sample selected, its header in rows 3–4): read under the sheet's header above it, and said so;
 * a range above or beside the header, or one whose rows do not read under it, is refused as before.
 */
import { message } from "../../messages/catalogue";
import { readWorkbook } from "./readWorkbook";
import { sourceOf } from "./testing";
import { FIGURES_BESIDE, TITLED_TWO_ROW_HEADER } from "./testingSheets";

// Title in row 1, the header in rows 2–3, schools 一小 300, 二小 200, 三小 100 in rows 4–6.
const SCHOOLS = TITLED_TWO_ROW_HEADER;
const FIGURES = FIGURES_BESIDE;
const source = sourceOf([SCHOOLS, FIGURES]);
const schools = (r: Awaited<ReturnType<typeof readWorkbook>>) => (r.ok ? r.input.records.map((s) => [s.name, s.fields.students?.value]) : null);
const said = (r: Awaited<ReturnType<typeof readWorkbook>>, lang: "zh" | "en") => {
  const issue = r.issues.find((i) => i.code === "read_range_header_above");
  return issue === undefined ? null : message(issue.code, issue.params ?? {}, lang);
};

describe("readWorkbook with a range of school rows under the header", () => {
  it("reads the rows selected (rows 5–6: 二小 200, 三小 100) with the header of rows 2–3, and says so at the header", async () => {
    const result = await readWorkbook(source, { sheet: "学校基本情况", range: "A5:C6" });
    expect(schools(result)).toEqual([["二小", 200], ["三小", 100]]);
    expect(result.issues[0]).toEqual({ code: "read_range_header_above", severity: "info", cell: "学校基本情况!A2", params: { range: "A5:C6", sheet: "学校基本情况", headerRows: "2–3", header: "A2:C3", count: 2 } });
    expect(said(result, "zh")).toBe("所选区域 A5:C6 不含表头：已使用工作表“学校基本情况”第 2–3 行的表头（A2:C3）读取所选的 2 行");
    expect(said(result, "en")).toBe("The range A5:C6 leaves out the header: the 2 rows selected were read under the header A2:C3 of sheet “学校基本情况” (header rows: 2–3)");
    // The header and title read as for the whole sheet: the year from row 1, the schools' rows as in the sheet.
    expect(result.ok && [result.input.year, result.mapping.headerRows, result.mapping.dataRows]).toEqual([2024, { top: 1, bottom: 2 }, { top: 4, bottom: 5 }]);
  });

  it("reads one data row, and says it in the singular", async () => {
    const result = await readWorkbook(source, { sheet: "学校基本情况", range: "A4:C4" });
    expect(schools(result)).toEqual([["一小", 300]]);
    expect(said(result, "en")).toBe("The range A4:C4 leaves out the header: the 1 row selected was read under the header A2:C3 of sheet “学校基本情况” (header rows: 2–3)");
  });

  it("reads rows further down without those between them and the header (row 6 alone: 三小)", async () => {
    expect(schools(await readWorkbook(source, { sheet: "学校基本情况", range: "A6:C6" }))).toEqual([["三小", 100]]);
  });

  it("reads them without a sheet given (the command line's --range alone), on the header's sheet", async () => {
    const result = await readWorkbook(source, { range: "A5:C6" });
    expect(schools(result)).toEqual([["二小", 200], ["三小", 100]]);
    expect(result.ok && result.mapping.sheet).toBe("学校基本情况");
  });

  it("names the range given, not the one read with the header, in what it says of the rows under it", async () => {
    const result = await readWorkbook(source, { sheet: "学校基本情况", range: "A4:C5" });
    expect(result.issues.find((i) => i.code === "read_range_ends_above_schools")?.params).toEqual({ range: "A4:C5", sheet: "学校基本情况", name: "三小" });
  });

  it("reads a range that includes the header as before, without the word", async () => {
    const result = await readWorkbook(source, { sheet: "学校基本情况", range: "A2:C5" });
    expect(schools(result)).toEqual([["一小", 300], ["二小", 200]]);
    expect(said(result, "zh")).toBeNull();
  });

  it("refuses a range above the header (the title row), saying where the header is", async () => {
    const result = await readWorkbook(source, { sheet: "学校基本情况", range: "A1:C1" });
    expect(result.ok ? null : result.issues.map((i) => [i.code, i.cell])).toEqual([["read_range_header_outside", "学校基本情况!A2"]]);
  });

  it("refuses rows without the school name column, saying where the header is", async () => {
    const result = await readWorkbook(source, { sheet: "学校基本情况", range: "B5:C6" });
    expect(result.ok ? null : result.issues.map((i) => [i.code, i.params?.suggestion])).toEqual([["read_range_header_outside", "A2:C6"]]);
  });
});
