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
  ])("%p → dash", (text) => {
    expect(marks(text)).toEqual(["dash"]);
  });

  it("names `/` or `无` only when the note does, in quotes", () => {
    expect(marks("无数据填“/”")).toEqual(["slash"]);
    expect(marks("无数据填“—”或“/”")).toEqual(["dash", "slash"]);
    expect(marks("无数据的填“无”")).toEqual(["word"]);
    expect(marks("“/”表示数据不详")).toEqual(["slash"]);
    // Unquoted, `/` is a separator and 空 part of a word.
    expect(marks("无数据填写/填报“—”")).toEqual(["dash"]);
    expect(marks("数据缺失为空白")).toEqual([]);
  });
});

describe("noDataMarks: notes that do not make a dash mean no data", () => {
  it.each([
    "没有的填“—”", // has none: a zero
    "无的填—",
    "无则填—",
    "没有填“—”",
    "为0的填“—”",
    "无此项的填“—”",
    "没有的用“—”表示，无数据留空",
    "无数据的留空，没有的填“—”",
    "无数据不填，为0填“—”",
    "无数据或为0时填“—”", // either: stays the default
    "数据不详，没有的填“—”",
    "无数据填0",
    "无数据留空",
    "“—”表示没有",
    "“—”表示0",
    "单位：人、平方米、万元、间",
    "填表说明：本表数据截至2024年9月",
    "",
  ])("%p → nothing", (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each([
    "说明：无数据请勿填“—”，请留空",
    "请勿在无数据时填“—”，无数据请留空",
    "严禁用“—”表示无数据，无数据的单元格请留空",
    "无数据不要填“—”",
    "禁止以“—”代表数据不详",
    "不得在无数据时填写“—”",
    "不可用“—”表示无数据",
    "不能用—表示数据缺失",
  ])("%p forbids or negates the dash → nothing", (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each(["数值为0或无数据的填“—”", "无数据或为0的填“—”", "为零或缺失数据的填“—”"])("%p joins 0 and no data with 或 → nothing", (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each(["建校年份不详的填“—”", "占地面积缺失的填“—”", "学校无数据的填“—”", "“—”表示建校年份不详", "—表示年份不详"])(
    "%p is about one subject, not the whole sheet → nothing",
    (text) => {
      expect(marks(text)).toEqual([]);
    },
  );
});

describe("zeroMarks: a note that makes a dash mean none (a zero)", () => {
  it.each(["2.没有的填“—”", "没有的用“—”表示，无数据留空", "无此项的填“/”", "为0的填“—”", "“—”表示0", "说明：—表示没有"])("%p → its mark", (text) => {
    expect(zeros(text)).toEqual([text.includes("/") ? "slash" : "dash"]);
  });

  it.each(["无数据填“—”", "没有数据填“—”", "“—”表示无数据", "无数据或为0时填“—”", "没有的请勿填“—”", "单位：人、平方米、万元"])("%p → nothing", (text) => {
    expect(zeros(text)).toEqual([]);
  });
});

describe("noDataMarks and parseCellNumber agree on what a dash is", () => {
  it.each(["—", "–", "―", "‐", "‑", "−", "-", "－", "——", "−−"])("%p in a note and in a cell is the same dash", (dash) => {
    expect(marks(`无数据填“${dash}”`)).toEqual(["dash"]);
    expect(parseCellNumber(dash, "count")).toEqual({ status: "none", mark: "dash" });
  });
});
