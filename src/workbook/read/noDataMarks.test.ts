import { noDataMarks, zeroMarks } from "./noDataMarks";
import { parseCellNumber } from "./parseCellNumber";

const marks = (text: string): string[] => [...noDataMarks(text)].sort();
const zeros = (text: string): string[] => [...zeroMarks(text)].sort();

describe("noDataMarks: a note that makes a dash mean no data", () => {
  it.each([
    // The line under messy.xlsx's schools.
    "填表说明：1.在校生数以2024年秋季学期初统计为准；2.面积单位为平方米，经费单位为万元；3.无数据填“—”。",
    "无数据的填—",
    "没有数据填写“-”",
    "缺数据用“—”表示",
    "不详填“—”",
    "数据不详的，填“—”",
    "暂无数据请填“——”",
    "无数据填“－”",
    "数据缺失的以“–”表示",
    "缺失数据一律填写“—”",
    "缺失的填“—”",
    "“—”表示缺失",
    "无数据 填 “ — ”",
    '无数据填"-"',
    "未知的填—",
    "“—”表示无数据",
    "注：—代表数据不详",
    "3、数据不详填“-”",
    "（注：无数据填“—”）",
    "（2）如无数据，填“—”",
    "“—”表示该项数据不详",
    "尚无数据的填“—”",
    "若该项无数据，填“—”",
    // 或 joins no data with another case that is not 0: the dash still means no data.
    "无数据或不适用的填“—”",
    "数据不详或不适用时填“—”",
  ])("%p → dash", (text) => {
    expect(marks(text)).toEqual(["dash"]);
  });

  it("names `/` or `无` only when the note does, in quotes", () => {
    expect(marks("无数据填“/”")).toEqual(["slash"]);
    expect(marks("无数据填“—”或“/”")).toEqual(["dash", "slash"]);
    expect(marks("无数据的填“无”")).toEqual(["word"]);
    expect(marks("无数据填“没有”")).toEqual(["word"]);
    expect(marks("无数据填“空”")).toEqual(["word"]);
    expect(marks("无数据填“／”")).toEqual(["slash"]);
    expect(marks("“/”表示数据不详")).toEqual(["slash"]);
    // Unquoted, `/` is a separator and 空 part of a word.
    expect(marks("无数据填写/填报“—”")).toEqual(["dash"]);
    expect(marks("数据缺失为空白")).toEqual([]);
  });
});

describe("noDataMarks: notes that do not make a dash mean no data", () => {
  const HAS_NONE = "has none: a zero";
  const NO_MARK = "names no mark";
  const FORBIDS = "forbids or negates the dash";
  const EITHER = "joins 0 and no data with 或";
  const SUBJECT = "is about one subject, not the whole sheet";
  it.each([
    ["没有的填“—”", HAS_NONE],
    ["无的填—", HAS_NONE],
    ["无则填—", HAS_NONE],
    ["没有填“—”", HAS_NONE],
    ["为0的填“—”", HAS_NONE],
    ["无此项的填“—”", HAS_NONE],
    ["“—”表示没有", HAS_NONE],
    ["“—”表示0", HAS_NONE],
    ["没有的用“—”表示，无数据留空", HAS_NONE],
    ["无数据的留空，没有的填“—”", HAS_NONE],
    ["无数据不填，为0填“—”", HAS_NONE],
    ["数据不详，没有的填“—”", HAS_NONE],
    ["无数据填0", NO_MARK],
    ["无数据留空", NO_MARK],
    ["单位：人、平方米、万元、间", NO_MARK],
    ["填表说明：本表数据截至2024年9月", NO_MARK],
    ["", NO_MARK],
    ["说明：无数据请勿填“—”，请留空", FORBIDS],
    ["请勿在无数据时填“—”，无数据请留空", FORBIDS],
    ["严禁用“—”表示无数据，无数据的单元格请留空", FORBIDS],
    ["无数据不要填“—”", FORBIDS],
    ["无数据不填“—”", FORBIDS],
    ["禁止以“—”代表数据不详", FORBIDS],
    ["不得在无数据时填写“—”", FORBIDS],
    ["不可用“—”表示无数据", FORBIDS],
    ["不能用—表示数据缺失", FORBIDS],
    ["无数据或为0时填“—”", EITHER],
    ["数值为0或无数据的填“—”", EITHER],
    ["无数据或为0的填“—”", EITHER],
    ["为零或缺失数据的填“—”", EITHER],
    ["“—”表示无数据或0", EITHER],
    ["建校年份不详的填“—”", SUBJECT],
    ["占地面积缺失的填“—”", SUBJECT],
    ["学校无数据的填“—”", SUBJECT],
    ["“—”表示建校年份不详", SUBJECT],
    ["—表示年份不详", SUBJECT],
  ])("%p → nothing (%s)", (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe("zeroMarks: a note that makes a dash mean none (a zero)", () => {
  it.each([
    ["2.没有的填“—”", "dash"],
    ["没有的用“—”表示，无数据留空", "dash"],
    ["无此项的填“/”", "slash"],
    ["为0的填“—”", "dash"],
    ["“—”表示0", "dash"],
    ["说明：—表示没有", "dash"],
    ["没有的填“空”", "word"],
  ])("%p → %p", (text, mark) => {
    expect(zeros(text)).toEqual([mark]);
  });

  it.each(["无数据填“—”", "没有数据填“—”", "“—”表示无数据", "无数据或为0时填“—”", "没有的请勿填“—”", "没有的不填“—”", "单位：人、平方米、万元"])("%p → nothing", (text) => {
    expect(zeros(text)).toEqual([]);
  });
});

describe("noDataMarks and parseCellNumber agree on what a dash is", () => {
  it.each(["—", "–", "―", "‐", "‑", "−", "-", "－", "——", "−−"])("%p in a note and in a cell is the same dash", (dash) => {
    expect(marks(`无数据填“${dash}”`)).toEqual(["dash"]);
    expect(parseCellNumber(dash, "count")).toEqual({ status: "none", mark: "dash" });
  });

  it.each([
    ["/", "slash"],
    ["／", "slash"],
    ["无", "word"],
    ["没有", "word"],
    ["空", "word"],
  ])("%p in a note's quotes and in a cell is the same %p mark", (text, mark) => {
    expect(marks(`无数据填“${text}”`)).toEqual([mark]);
    expect(parseCellNumber(text, "count")).toEqual({ status: "none", mark });
  });
});
