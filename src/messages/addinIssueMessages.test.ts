import { ADDIN_ISSUE_MESSAGES } from "./addinIssueMessages";
import { CATALOGUE, message } from "./catalogue";
import type { Lang } from "./types";

/** What only a command-line user can act on: an option, the command line itself, the README. */
const CLI_WORDS = /命令行|command line|--[a-z]|README/;
const LANGS: readonly Lang[] = ["zh", "en"];
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1] ?? ""))].sort();
const ownCode = (key: string): string => key.slice("addin_".length);

describe("the add-in's own wording of texts that name the command line", () => {
  const namingCli = [...CATALOGUE.entries()].filter(([code, m]) => !code.startsWith("cli_") && !code.startsWith("addin_") && CLI_WORDS.test(m.zh + m.en)).map(([code]) => code);

  it("exists for every text outside the command line's own that names an option or the README, the sheets' texts too (zh, en)", () => {
    expect(namingCli.length).toBeGreaterThan(30);
    const lacking = namingCli.filter((code) => !CATALOGUE.has(`addin_${code}`));
    expect(lacking).toEqual([]);
  });

  it.each(Object.keys(ADDIN_ISSUE_MESSAGES))("%s names no option, no command line and no README, and only placeholders its code's text names", (key) => {
    const own = CATALOGUE.get(ownCode(key));
    expect(own).toBeDefined();
    for (const lang of LANGS) {
      const text = ADDIN_ISSUE_MESSAGES[key]?.[lang] ?? "";
      expect(text).not.toMatch(CLI_WORDS);
      expect(placeholders(own?.[lang] ?? "")).toEqual(expect.arrayContaining(placeholders(text)));
    }
  });

  it("has a singular form exactly where the text it stands for has one", () => {
    const keys = Object.keys(ADDIN_ISSUE_MESSAGES);
    const unpaired = keys.filter((key) => CATALOGUE.has(`${ownCode(key)}_one`) !== CATALOGUE.has(`${key}_one`));
    expect(unpaired).toEqual([]);
  });
});

describe("message(…, front)", () => {
  const hidden = (count: number, rows: string) => ({ sheet: "学校基本情况", count, rows });

  it("says the command line's text by default and for the command line, the add-in's for the add-in (zh)", () => {
    const cli = "工作表“学校基本情况”有 2 个隐藏或筛选掉的学校行未读取：第 7、9 行。如需读取，请在 Excel 中取消隐藏或筛选（命令行：--include-hidden）";
    expect(message("read_hidden_rows_skipped", hidden(2, "7、9"), "zh")).toBe(cli);
    expect(message("read_hidden_rows_skipped", hidden(2, "7、9"), "zh", "cli")).toBe(cli);
    expect(message("read_hidden_rows_skipped", hidden(2, "7、9"), "zh", "addin")).toBe("工作表“学校基本情况”有 2 个隐藏或筛选掉的学校行未读取：第 7、9 行。如需读取，请在 Excel 中取消隐藏或筛选后重新评估");
  });

  it("takes the add-in's singular form for a count of one (en)", () => {
    expect(message("read_hidden_rows_skipped", hidden(1, "7"), "en", "addin")).toBe("1 hidden or filtered-out school row of “学校基本情况” was not read: row 7. To read it, unhide it or clear the filter in Excel, and evaluate again");
  });

  it("names the pane's column mapping with the column and field to set, not --map (zh, en)", () => {
    const params = { sheet: "学校基本情况", field: "teachingArea", column: "N", header: "教学及辅助用方面积（㎡）", fieldMap: "教学及辅助用房面积" };
    expect(message("read_column_near_field", params, "zh", "addin")).toBe("工作表“学校基本情况”中没有找到“教学及辅助用房面积”列；N 列的表头“教学及辅助用方面积（㎡）”与之相近，是否为该列？如是，请在任务窗格的“列对应关系”中把 N 列设为“教学及辅助用房面积”，否则相关指标将无法计算");
    expect(message("read_column_near_field", params, "en", "addin")).toMatch(/^Sheet “学校基本情况” has no column for teaching and auxiliary floor area; column N is headed “教学及辅助用方面积（㎡）”, which is close to it: is that the column\? If so, set column N to Teaching and auxiliary floor area .*in the task pane's Column mapping; otherwise/);
  });

  it("says a text the add-in has no own wording of as the command line does, in either front end", () => {
    const params = { sheet: "学校", sheets: "汇总、学校2024" };
    expect(message("read_sheet_not_found", params, "zh", "addin")).toBe(message("read_sheet_not_found", params, "zh", "cli"));
  });

  it("says what to do with a header and no school rows under it, in the pane's words (zh, en), the command line's as it was", () => {
    const params = { sheet: "学校基本情况", headerRow: 4 };
    expect(message("addin_read_problem", { reason: message("read_no_rows", params, "zh", "addin") }, "zh")).toBe(
      "无法读取学校数据：工作表“学校基本情况”第 4 行表头下没有学校数据行，请在表头下每所学校填一行，或在上方“工作表”中选择学校数据所在的工作表",
    );
    expect(message("addin_read_problem", { reason: message("read_no_rows", params, "en", "addin") }, "en")).toBe(
      "Cannot read the school data: sheet “学校基本情况” has no school rows under its header (row 4); enter one row per school under it, or choose the school sheet under Sheet above",
    );
    expect(message("read_no_rows", params, "zh")).toBe("工作表“学校基本情况”第 4 行表头下没有学校数据行");
  });
});
