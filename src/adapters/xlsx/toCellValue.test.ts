import { NO_CACHED_RESULT } from "../../workbook/read/noCachedResult";
import { toCellValue } from "./toCellValue";

describe("toCellValue", () => {
  it("gives a formula's cached result: a number, text, an error", () => {
    expect(toCellValue({ formula: "200+50", result: 250 })).toBe(250);
    expect(toCellValue({ formula: "A6", result: "乙中学" })).toBe("乙中学");
    expect(toCellValue({ formula: "80/0", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
    expect(toCellValue({ formula: "0*1", result: 0 })).toBe(0);
  });

  it("marks a formula saved without its result (a file written by a program), plain or shared, as NO_CACHED_RESULT, never as blank", () => {
    expect(toCellValue({ formula: "400*2", date1904: false })).toEqual({ error: NO_CACHED_RESULT });
    expect(toCellValue({ sharedFormula: "D2", date1904: false })).toEqual({ error: NO_CACHED_RESULT });
  });

  it("keeps blanks, plain values and rich text as they are", () => {
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue(" 12 ")).toBe(" 12 ");
    expect(toCellValue({ richText: [{ text: "专任" }, { text: "教师" }] })).toBe("专任教师");
  });
});
