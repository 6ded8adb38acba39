import { message } from "../messages/catalogue";
import type { Issue } from "../engine/types";
import { forAddin } from "./addinIssues";

const at = (code: string, params: Issue["params"] = { year: 2024 }): Issue => ({ code, severity: "info", cell: "学校!A1", params });

describe("forAddin", () => {
  it("gives the year notes the add-in's codes, keeping severity, cell and params", () => {
    const named = { sheet: "学校2023", named: 2023, year: 2024 };
    expect(forAddin([at("read_year_from_title"), { ...at("read_year_name_differs", named), severity: "warning" }, { ...at("target_year_assumed", { year: 2025 }), cell: null }])).toEqual([
      at("addin_year_from_title"),
      { ...at("addin_year_name_differs", named), severity: "warning" },
      { ...at("addin_target_year_assumed", { year: 2025 }), cell: null },
    ]);
  });

  it("leaves every other issue as it is, and none at all as none", () => {
    const other = at("read_no_rows", { sheet: "学校", headerRow: 2 });
    expect(forAddin([other])).toEqual([other]);
    expect(forAddin([])).toEqual([]);
  });

  it.each(["zh", "en"] as const)("says the add-in's codes (%s) without the CLI's --year, naming the pane's year control", (lang) => {
    const texts = forAddin([at("read_year_from_title"), at("read_year_name_differs", { sheet: "学校2023", named: 2023, year: 2024 }), at("target_year_assumed")]).map((i) => message(i.code, i.params, lang));
    for (const text of texts) {
      expect(text).not.toContain("--year");
      expect(text).toContain(lang === "zh" ? "任务窗格的“评估年度”" : "Year in the task pane");
    }
  });
});
