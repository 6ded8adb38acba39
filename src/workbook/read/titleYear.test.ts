import { gridOf } from "./testing";
import { titleYear } from "./titleYear";

const HEADER = ["学校名称", "在校生数"];

describe("titleYear", () => {
  it("reads the year a title above the header states, with its cell", () => {
    expect(titleYear(gridOf([["某县2024年义务教育学校基本情况表"], HEADER, ["一小", 300]]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // A title in the second column of the second row, written 2025 年度.
    expect(titleYear(gridOf([[null, null], [null, "2025 年度统计"], HEADER]), 2)).toEqual({ year: 2025, cell: "学校基本情况!B2" });
  });

  it("reads a school year's start as the year of its data (教育事业统计 2024学年初: taken in autumn 2024), a span of two still none", () => {
    expect(titleYear(gridOf([["东湖县学校综合表（2024学年初）"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["二〇二四学年度基本情况"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["2024-2025学年学校基本情况"], HEADER]), 1)).toBeNull();
    // Part of a longer number is no year, with 学年 as with 年.
    expect(titleYear(gridOf([["编号12024学年"], HEADER]), 1)).toBeNull();
  });

  it("names no year for a school year's late part (spring or summer of the next calendar year), nor for a year a plan cites", () => {
    for (const title of ["某县2024学年度第二学期学校基本情况表", "某县2024学年下学期统计", "2024学年末统计", "二〇二四学年第二学期", "2024学年春季学期"]) {
      expect(titleYear(gridOf([[title], HEADER]), 1)).toBeNull();
    }
    // A calendar year's spring names that year; the first term or the start of a school year names its year.
    expect(titleYear(gridOf([["2025年春季学期"], HEADER]), 1)).toEqual({ year: 2025, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["2024学年第一学期"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["落实2024学年工作要点"], HEADER]), 1)).toBeNull();
    // The late part set off by brackets, a dash or a space is the late part still.
    for (const title of ["2024学年（第二学期）", "2024学年-第二学期", "2024学年度（春季学期）", "2024学年 末"]) {
      expect(titleYear(gridOf([[title], HEADER]), 1)).toBeNull();
    }
  });

  it("names no year for a span written in Chinese numerals, as for one in digits (the first year was left unread, so 2024 alone stood)", () => {
    for (const title of ["二〇二三—二〇二四学年", "二〇二三至二〇二四学年", "二〇二三—二〇二四年", "二零二三-二零二四学年"]) {
      expect(titleYear(gridOf([[title], HEADER]), 1)).toBeNull();
    }
    // A single year in Chinese numerals still names it.
    expect(titleYear(gridOf([["二〇二四年学校基本情况"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
  });

  it("falls back to the sheet's name when no title row names a year", () => {
    expect(titleYear(gridOf([HEADER, ["一小", 300]], { sheet: "2023年学校" }), 0)).toEqual({ year: 2023, cell: null });
  });

  it("names no year for a school year, for a title naming two years, or for none", () => {
    expect(titleYear(gridOf([["2023-2024学年学校基本情况"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2023—2024年"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2023年、2024年学校基本情况对比"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["某县学校基本情况表"], HEADER]), 1)).toBeNull();
  });

  it("does not take the year of a filing line: 填报日期 2025年1月15日 under a title without a year names none", () => {
    const filing = ["填报单位：某县教育局（盖章）", null, null, "填报日期：2025年1月15日"];
    expect(titleYear(gridOf([["某县义务教育学校办学条件统计表"], filing, HEADER]), 2)).toBeNull();
    // The same line under a title with a year leaves the title's year.
    expect(titleYear(gridOf([["某县2024年义务教育学校办学条件统计表"], filing, HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // 填表人, 制表, 统计时间 open such lines too; a bare date is a date.
    expect(titleYear(gridOf([["某县学校情况"], ["制表：张三 2025年"], ["统计时间：2025年3月"], ["2025年1月15日"], HEADER]), 4)).toBeNull();
  });

  it("does not take the year of an as-of note: 2024年度 over 截至2023年12月31日 is 2024", () => {
    expect(titleYear(gridOf([["某县2024年度义务教育学校办学条件统计表"], ["（数据截至2023年12月31日）"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["2024年学校基本情况"], ["数据截至2023年底"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["某县义务教育学校统计表（截止2025年）"], HEADER]), 1)).toBeNull();
  });

  it("reads a title that holds its own date or as-of words up to them", () => {
    expect(titleYear(gridOf([["某县2024年学校基本情况表    填报日期：2025年1月15日"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["某县学校基本情况表（2025年1月15日）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024年度统计（截至2024年12月31日）"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
  });

  it("takes the topmost row that names a year: a subtitle's other year does not undo the title", () => {
    expect(titleYear(gridOf([["某县2024年义务教育学校基本情况表"], ["（2023年数据）"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["某县学校基本情况表"], [null, "2025 年秋季"], HEADER]), 2)).toEqual({ year: 2025, cell: "学校基本情况!B2" });
  });

  it("reads a year written in Chinese numerals, with 〇 or 零", () => {
    expect(titleYear(gridOf([["某县二〇二四年义务教育学校办学条件统计表"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["二零二三年度学校基本情况"], HEADER]), 1)).toEqual({ year: 2023, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["某县学校表"], ["填报日期：二〇二五年一月十五日"], HEADER]), 2)).toBeNull();
    expect(titleYear(gridOf([HEADER], { sheet: "二〇二四年学校" }), 0)).toEqual({ year: 2024, cell: null });
  });

  it("reads the year of a title naming its form 填报表 (before: null, cut at 填报), still cutting at 填报 after a space, punctuation or before a colon", () => {
    expect(titleYear(gridOf([["义务教育学校办学条件填报表（2024年度）"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["某县学校填报表 2024年"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["某县学校情况（填报2025年3月）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["某县教育局填报单位:2025年"], HEADER]), 1)).toBeNull();
    // An as-of word anywhere still ends the title: the day the data stop may belong to either year.
    expect(titleYear(gridOf([["某县截至2024年底义务教育学校情况"], HEADER]), 1)).toBeNull();
  });

  it("names no year for a year a document is cited by (落实2017年督导评估办法), but does for 2024年标准化建设", () => {
    expect(titleYear(gridOf([["某县落实2017年督导评估办法情况统计表"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["甲县落实2017年督导评估办法九年一贯制学校情况"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["某县2024年落实2017年督导评估办法情况统计表"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["按2019年通知要求填写"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["某县2024年标准化学校建设情况"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
  });

  it("agrees with itself: the same year twice is that year; years below the header and numbers are not titles", () => {
    expect(titleYear(gridOf([["2024年学校基本情况"], ["填报时间：2024年9月"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // 12024年 is no year; a number cell is no title; the 2019年 under the header is data.
    expect(titleYear(gridOf([["编号12024年"], [2024], HEADER, ["建于2019年", 300]]), 2)).toBeNull();
  });
});

describe("titleYear (学年): edge cases", () => {
  const yearOf = (title: string) => titleYear(gridOf([[title], HEADER]), 1)?.year ?? null;

  it("reads 学年 after a space, after full-width digits (NFKC), and with 度 or a first / autumn term after it", () => {
    expect(["2024 学年", "２０２４学年度", "2024学年秋季学期", "2024学年度第一学期"].map(yearOf)).toEqual([2024, 2024, 2024, 2024]);
  });

  it("names no year for a late part after 度 (2024学年度下学期, 2024学年度春季)", () => {
    expect(["2024学年度下学期", "2024学年度春季"].map(yearOf)).toEqual([null, null]);
  });

  it("names no year for 学年 alone, a blank title row, or a row of empty text; the next row's year is read instead", () => {
    expect(yearOf("学年统计")).toBeNull();
    expect(titleYear(gridOf([["", null], [null, null], ["2024学年初"], HEADER]), 3)).toEqual({ year: 2024, cell: "学校基本情况!A3" });
  });

  it("passes over a title row whose only year is a late part: the row below that names one is read", () => {
    expect(titleYear(gridOf([["2024学年末统计"], ["（2025年）"], HEADER]), 2)).toEqual({ year: 2025, cell: "学校基本情况!A2" });
  });

  it("reads a row naming a school year's start and another's late part as the start's year (the late part names none)", () => {
    expect(yearOf("2023学年末 2024学年初")).toBe(2024);
  });

  it("reads a sheet name's 学年 as a title's: its start names the year, its late part none", () => {
    expect(titleYear(gridOf([HEADER], { sheet: "2024学年" }), 0)).toEqual({ year: 2024, cell: null });
    expect(titleYear(gridOf([HEADER], { sheet: "2024学年第二学期" }), 0)).toBeNull();
  });

  it("names no year for a digit span before 至 (2023至2024学年)", () => {
    expect(yearOf("2023至2024学年")).toBeNull();
  });
});

describe("titleYear: a school-year span dated in the autumn of its first year", () => {
  it("names the first year (the statistics at the school year's start, as 2024学年初 does)", () => {
    expect(titleYear(gridOf([["某县2024-2025学年度义务教育学校基本情况（2024年9月）"], HEADER]), 1)?.year).toBe(2024);
    expect(titleYear(gridOf([["2024—2025学年 2024年秋季学期统计"], HEADER]), 1)?.year).toBe(2024);
    expect(titleYear(gridOf([["2024-2025学年（2024年12月）"], HEADER]), 1)?.year).toBe(2024);
    expect(titleYear(gridOf([["2024-2025学年（2024.9）"], HEADER]), 1)?.year).toBe(2024);
    expect(titleYear(gridOf([["2024-2025学年 统计时点2024.09.01"], HEADER]), 1)?.year).toBe(2024);
    expect(titleYear(gridOf([["2024—2025学年（２０２４．１０）"], HEADER]), 1)?.year).toBe(2024);
  });
  it("still names none for a span dated in spring, or in the second year, or not at all", () => {
    expect(titleYear(gridOf([["2024-2025学年（2025年3月）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024-2025学年（2025年9月）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024-2025学年（2025.3）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024-2025学年（2024.1）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024-2025学年（2024.95）"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["2024-2025学年学校基本情况"], HEADER]), 1)).toBeNull();
  });
});

describe("titleYear: a school year written with a slash", () => {
  it("names no year for 2023/2024学年 (read as 2024 before: the slash was no span), as for 2023-2024学年", () => {
    for (const title of ["示例县2023/2024学年义务教育学校统计表", "2024／2025学年", "2024 / 2025学年度", "二〇二三/二〇二四学年"]) {
      expect(titleYear(gridOf([[title], HEADER]), 1)).toBeNull();
    }
    // Dated in the autumn of its first year, it names that year, as a dash span does.
    expect(titleYear(gridOf([["2024/2025学年（2024年9月）"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // A date 2024/10 is no span.
    expect(titleYear(gridOf([["2024年学校情况 2024/10"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
  });
});

describe("titleYear: a year after its label (统计年度：2024)", () => {
  it("reads the year after 统计年度 / 年度 / 填报年度 / 评估年度 / 学年度, with or without 年", () => {
    expect(titleYear(gridOf([["示例县统计表"], ["统计年度：2024"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A2" });
    expect(titleYear(gridOf([["示例县统计表（年度：2024）"], HEADER]), 1)).toEqual({ year: 2024, cell: "学校基本情况!A1" });
    // 填报年度 names the year reported on, unlike a 填报日期 line.
    expect(titleYear(gridOf([["示例县统计表"], ["填报年度：2024年"], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A2" });
    expect(titleYear(gridOf([["评估年度: 2023"], HEADER]), 1)).toEqual({ year: 2023, cell: "学校基本情况!A1" });
    expect(titleYear(gridOf([["学年度：2025"], HEADER]), 1)).toEqual({ year: 2025, cell: "学校基本情况!A1" });
  });

  it("reads a year in the cell right of a label cell, a number or a text", () => {
    expect(titleYear(gridOf([["示例县统计表"], ["统计年度", 2024], HEADER]), 2)).toEqual({ year: 2024, cell: "学校基本情况!A2" });
    expect(titleYear(gridOf([["填报年度：", "2023"], HEADER]), 1)).toEqual({ year: 2023, cell: "学校基本情况!A1" });
    // A number right of a cell that is no year label names nothing; nor does a label's number that is no year.
    expect(titleYear(gridOf([["学校数", 2024], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["统计年度", 12024], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["统计年度", 2024.5], HEADER]), 1)).toBeNull();
  });

  it("still names none for a labelled span, a filing date after 填报, and a label below the header", () => {
    expect(titleYear(gridOf([["学年度：2023-2024"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["学年度：2023/2024"], HEADER]), 1)).toBeNull();
    expect(titleYear(gridOf([["示例县统计表"], ["填报日期：2025年1月15日"], HEADER]), 2)).toBeNull();
    expect(titleYear(gridOf([["示例县统计表"], HEADER, ["统计年度：2024"]]), 1)).toBeNull();
  });
});
