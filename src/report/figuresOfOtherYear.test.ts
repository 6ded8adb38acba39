import type { Issue } from "../engine/types";
import { figuresOfOtherYear } from "./figuresOfOtherYear";

const otherYear = (sheet: string, named: number): Issue => ({ code: "read_figures_other_year", severity: "info", cell: `${sheet}!A1`, params: { sheet, named, year: 2023 } });

describe("figuresOfOtherYear", () => {
  it("names each figures sheet left out as of another year once, in the read's order", () => {
    const blank: Issue = { code: "read_blank_cell", severity: "warning", cell: "学校!E5", params: { sheet: "学校" } };
    expect(figuresOfOtherYear([otherYear("县级指标2024", 2024), blank, otherYear("县级指标2022", 2022), otherYear("县级指标2024", 2024)])).toEqual(["县级指标2024", "县级指标2022"]);
  });

  it("names none when no sheet was left out for its year", () => {
    expect(figuresOfOtherYear([])).toEqual([]);
    expect(figuresOfOtherYear([{ code: "read_figures_other_year", severity: "info", cell: null, params: { named: 2024 } }])).toEqual([]);
  });
});
