import { gridOf } from "./testing";
import { titleYear } from "./titleYear";

const HEADER = ["学校名称", "在校生数"];

describe("titleYear", () => {
  it("reads the year a title above the header states, with its cell", () => {
    expect(titleYear(gridOf([["某县2024年义务教育学校基本情况表"], HEADER, ["一小", 300]]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // A title in the second column of the second row, written 2025 年度.
    expect(titleYear(gridOf([[null, null], [null, "2025 年度统计"], HEADER]), 2)).toEqual({ year: 2025, cell: "学校基本情况!B2" });
  });

  it("falls back to the sheet's name when no title row names a year", () => {
    expect(titleYear(gridOf([HEADER, ["一小", 300]], { sheet: "2023年学校" }), 0)).toEqual({ year: 2023, cell: null });
  });

  it("names no year for a school year, for two years that disagree, or for none", () => {
    expect(titleYear(gridOf([["2023-2024学年学校基本情况"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2023—2024年"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024年学校基本情况"], ["数据截至2023年底"], HEADER]), 2)).toBeNull();
    expect(titleYear(gridOf([["某县学校基本情况表"], HEADER]), 1)).toBeNull();
  });

  it("agrees with itself: the same year twice is that year; years below the header and numbers are not titles", () => {
    expect(titleYear(gridOf([["2024年学校基本情况"], ["填报时间：2024年9月"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // 12024年 is no year; a number cell is no title; the 2019年 under the header is data.
    expect(titleYear(gridOf([["编号12024年"], [2024], HEADER, ["建于2019年", 300]]), 2)).toBeNull();
  });
});
