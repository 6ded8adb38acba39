import { cellKey, contentDigest, contentStamp, rowDigests } from "./contentDigest";

const digest = (rows: unknown[][]) => contentDigest(rowDigests(rows as never));

describe("cellKey: one key for a value as written and as Excel reads it back", () => {
  it.each([
    ["a number and the same number as text", 12.5, "12.50"],
    ["a number and its 15-digit form (Excel keeps 15 significant digits)", 0.1 + 0.2, 0.3],
    ["text kept as text by an apostrophe and the text", "'001", "001"],
    ["a date and its serial (2024-01-01 is 45292)", new Date(Date.UTC(2024, 0, 1)), 45292],
    ["CRLF and LF, runs of spaces", "城关\r\n小学  一", "城关\n小学 一"],
    ["an empty string and no value", "", null],
  ])("%s", (_, written, read) => {
    expect(cellKey(written as never)).toBe(cellKey(read as never));
  });

  it("keeps different values apart: text and number, booleans, errors, 0 and blank", () => {
    const keys = [cellKey("城关小学"), cellKey(1200), cellKey(1201), cellKey(true), cellKey(false), cellKey({ error: "#DIV/0!" }), cellKey(0), cellKey(null)];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("contentDigest", () => {
  const sheet = [["优质均衡评估汇总"], ["规则：国家标准（2017）"], [null], ["学校", "在校生数"], ["城关小学", 1200], ["河口小学", 300]];

  it("is the same for the rows in another order (a sorted table), with blank rows, or blanks at a row's end", () => {
    const sorted = [["优质均衡评估汇总", null, null], ["规则：国家标准（2017）"], ["学校", "在校生数"], ["河口小学", "300"], [null, null], ["城关小学", 1200, ""]];
    expect(digest(sorted)).toBe(digest(sheet));
  });

  it.each([
    ["a note typed beside a school", (s: unknown[][]) => (s[4] = ["城关小学", 1200, "已列入2025年计划"])],
    ["a figure corrected", (s: unknown[][]) => (s[5] = ["河口小学", 310])],
    ["a row deleted", (s: unknown[][]) => s.splice(5, 1)],
    ["a value moved to another column", (s: unknown[][]) => (s[4] = [null, "城关小学", 1200])],
    ["a row copied (the same row twice)", (s: unknown[][]) => s.push(["城关小学", 1200])],
    ["one sheet of one row changed", (s: unknown[][]) => s.splice(0, s.length, ["x"])],
  ])("changes when %s", (_, edit) => {
    const edited = sheet.map((row) => [...row]);
    edit(edited);
    expect(digest(edited)).not.toBe(digest(sheet));
  });

  it("stamps a sheet with its box from A1 and its digest; an empty sheet has the digest of no rows", () => {
    expect(contentStamp(sheet as never, 2)).toEqual({ rows: 6, columns: 2, digest: digest(sheet) });
    expect(digest([])).toBe(digest([[null], [""]]));
    expect(digest([])).toMatch(/^[0-9a-f]{16}$/);
  });
});
