import { readFileSync } from "node:fs";
import { join } from "node:path";
import { message } from "./catalogue";

/** README's table of the result sheets' Chinese words and the English ones a --lang en run writes instead. */
const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("README names the result sheets' words in both languages", () => {
  it.each([
    ["out_sheet_summary", {}],
    ["out_sheet_coefficients", {}],
    ["out_sheet_schools", {}],
    ["out_sheet_shortfalls", {}],
    ["out_sheet_guarantee", {}],
    ["out_sheet_issues", {}],
    ["out_sheet_overview", {}],
    ["out_h_relaxed", { floor: "85%" }],
    ["out_h_note", {}],
    ["out_h_reason", {}],
    ["out_h_guarantee_note", {}],
    ["out_h_overview_remarks", {}],
    ["out_yes", {}],
    ["out_no", {}],
    ["verdict_not_assessed", {}],
    ["out_not_applicable", {}],
    ["out_overview_totals_scope", {}],
    ["out_sheet_failing_schools", {}],
  ])("%s: a row with the Chinese and the English word", (code, params) => {
    const row = `| ${message(code, params, "zh")} | ${message(code, params, "en")} |`;
    expect(README).toContain(row);
  });

  it("names the city-totals table, 全市合计, by its English caption", () => {
    expect(README).toContain("| 全市合计 | City totals |");
  });

  it("names the city's shortfall totals, 全市缺口合计, by the English its caption begins with", () => {
    expect(message("out_caption_overview_shortfall_totals", {}, "en")).toMatch(/^City shortfall totals /);
    expect(README).toContain("| 全市缺口合计 | City shortfall totals |");
  });
});
