/**
 * A range that leaves out the school header (--range C10:F20, 5:43): said as the range's fault, with
 * where the header is when a sheet has one outside the range, never as "no header found" with a
 * data cell quoted as a header.
 */
import { message } from "../../messages/catalogue";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import { FIGURES_BESIDE, TITLED_TWO_ROW_HEADER } from "./testingSheets";

// Title in row 1, the header in rows 2–3, schools 一小 300, 二小 200, 三小 100 in rows 4–6.
const SCHOOLS = TITLED_TWO_ROW_HEADER;
const FIGURES = FIGURES_BESIDE;

describe("readWorkbook with a range that leaves out the header", () => {
  it("says the header rows lie outside the range, where they are, and a range that includes them", async () => {
    const result = await readWorkbook(sourceOf([SCHOOLS, FIGURES]), { range: "B5:C6" });
    // Header rows 2–3 (0-based 1–2), columns A–C; the range B5:C6 grown to include them: A2:C6.
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "read_range_header_outside", severity: "error", cell: "学校基本情况!A2", params: { range: "B5:C6", sheet: "学校基本情况", headerRows: "2–3", suggestion: "A2:C6" } }],
    });
    const issue = result.ok ? null : result.issues[0];
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toBe(
      "No school header row lies inside the range B5:C6: the header of sheet “学校基本情况” is in rows 2–3, outside it. The range must include the header rows, for example A2:C6",
    );
  });

  it("says no header row lies inside the range, naming each sheet searched, when none has one elsewhere either", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["x", "y"], ["一小", 300], ["二小", 200]], { sheet: "表一" }), FIGURES]), { range: "A2:B3" });
    expect(result).toEqual({ ok: false, issues: [{ code: "read_range_no_header", severity: "error", cell: null, params: { range: "A2:B3", sheetList: "表一、县级指标" } }] });
    const issue = result.ok ? null : result.issues[0];
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toMatch(/^No school header row lies inside the range A2:B3 in the sheets “表一”, “县级指标”, nor elsewhere in them/);
  });

  it("names the sheets of an empty range one by one (it said “of sheet 学校基本情况, 县级指标”)", async () => {
    const result = await readWorkbook(sourceOf([SCHOOLS, FIGURES]), { range: "A200:Z300" });
    expect(result).toEqual({ ok: false, issues: [{ code: "read_range_empty_sheets", severity: "error", cell: null, params: { range: "A200:Z300", sheetList: "学校基本情况、县级指标" } }] });
    const issue = result.ok ? null : result.issues[0];
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toBe("Range A200:Z300 holds no data in any of the sheets “学校基本情况”, “县级指标”: check the range");
  });

  it("still reads a range that includes the header (one sheet, its schools only)", async () => {
    const result = await readWorkbook(sourceOf([SCHOOLS, FIGURES]), { sheet: "学校基本情况", range: "A2:C5" });
    expect(result.ok && result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["一小", 300], ["二小", 200]]);
  });
});
