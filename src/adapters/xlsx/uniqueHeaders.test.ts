import type { TableSpec } from "../../workbook/types";
import { uniqueHeaders } from "./uniqueHeaders";

const headersOf = (headers: readonly string[]): string[] => uniqueHeaders({ columns: headers.map((header) => ({ header })) } as unknown as TableSpec);

describe("uniqueHeaders: a table's header cells as Excel requires them (unique, non-empty)", () => {
  it("names a blank header Column{n} by its place and numbers a repeat from 2", () => {
    expect(headersOf(["学校", "", "学校"])).toEqual(["学校", "Column2", "学校 2"]);
    expect(headersOf(["学校", "学校", "学校"])).toEqual(["学校", "学校 2", "学校 3"]);
  });

  it("takes repeats case-insensitively, as Excel does", () => {
    expect(headersOf(["Ab", "ab"])).toEqual(["Ab", "ab 2"]);
  });

  it("edge cases: one column, all blank, a padded repeat, a blank beside a header named Column2", () => {
    expect(headersOf(["学校"])).toEqual(["学校"]);
    expect(headersOf(["", ""])).toEqual(["Column1", "Column2"]);
    expect(headersOf(["学校", " 学校 "])).toEqual(["学校", "学校 2"]);
    expect(headersOf(["Column2", ""])).toEqual(["Column2", "Column2 2"]);
  });
});
