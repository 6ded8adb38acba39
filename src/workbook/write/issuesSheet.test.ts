import { issuesSheet } from "./issuesSheet";
import { makeEvaluation, SAMPLE_ISSUES } from "./testing/makeEvaluation";
import type { ResultContext } from "./ResultContext";
import type { Issue } from "../../engine/types";

const zh: ResultContext = { issues: SAMPLE_ISSUES, profileName: "国家标准", lang: "zh" };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

describe("数据问题 counts in the notes", () => {
  it("counts one of each severity in the singular in English", () => {
    // SAMPLE_ISSUES: one error, one warning, one note.
    expect(issuesSheet(makeEvaluation(), en).notes.at(-1)).toBe("1 error, 1 warning, 1 note.");
    expect(issuesSheet(makeEvaluation(), zh).notes.at(-1)).toBe("共 1 个错误、1 个警告、1 条提示。");
  });

  it("counts none or several in the plural", () => {
    const two: Issue = { code: "note_only", severity: "warning", cell: null, params: {} };
    expect(issuesSheet(makeEvaluation(), { ...en, issues: [two, two] }).notes.at(-1)).toBe("0 errors, 2 warnings, 0 notes.");
  });
});

describe("数据问题 rows", () => {
  it("lists errors first, then warnings, then notes, each in the order found", () => {
    const at = (code: string, severity: Issue["severity"], cell: string): Issue => ({ code, severity, cell, params: {} });
    const found = [at("read_total_row", "info", "学校!C10"), at("read_number_as_text", "warning", "县级指标!C20"), at("read_total_row", "info", "学校!C16"), at("read_figure_veto_verdict", "error", "县级指标!C33")];
    const rows = issuesSheet(makeEvaluation(), { ...zh, issues: found }).tables[0]?.rows ?? [];
    const linkText = (row: readonly unknown[]) => (row[3] as { text?: string } | null)?.text ?? row[3];
    expect(rows.map((r) => [r[1], linkText(r)])).toEqual([
      ["read_figure_veto_verdict", "县级指标!C33"],
      ["read_number_as_text", "县级指标!C20"],
      ["read_total_row", "学校!C10"],
      ["read_total_row", "学校!C16"],
    ]);
  });
});
