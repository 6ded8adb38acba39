import { message } from "../../messages/catalogue";
import type { EvaluationInput, Issue } from "../../engine/types";
import { NATIONAL } from "../../engine/testing/fixtures";
import { builtInProfile } from "../../profiles/resolveProfile";
import { withYear } from "./withYear";

const SICHUAN = builtInProfile("sichuan-guanghan-2024");
const input: EvaluationInput = { records: [], countyFigures: [], year: 2024 };
const fromTitle: Issue = { code: "read_year_from_title", severity: "info", cell: "学校基本情况!A1", params: { year: 2024 } };
const other: Issue = { code: "read_total_row", severity: "info", cell: "学校基本情况!B44", params: {} };
const differs: Issue = { code: "read_year_name_differs", severity: "warning", cell: "2023年!A1", params: { sheet: "2023年", named: 2023, year: 2024 } };

describe("withYear", () => {
  it("takes the year the user chose, and drops the note that the year came from the title", () => {
    expect(withYear({ input, issues: [fromTitle, differs, other] }, 2024, SICHUAN)).toEqual({ input, issues: [other] });
  });

  it("warns, naming both, when the year chosen is not the one the workbook states (before: no word at all), with the target it answers to", () => {
    // Sichuan plans 85% for 2024 and 100% for 2025: 2025 answers to its own target.
    const chosen: Issue = { code: "read_year_chosen_differs", severity: "warning", cell: "学校基本情况!A1", params: { year: 2025, stated: 2024, target: 2025 } };
    expect(withYear({ input, issues: [fromTitle, differs, other] }, 2025, SICHUAN)).toEqual({ input: { ...input, year: 2025 }, issues: [chosen, other] });
    // 2026, between plans: the latest before it, 2025's.
    expect(withYear({ input, issues: [fromTitle] }, 2026, SICHUAN).issues).toEqual([{ ...chosen, params: { year: 2026, stated: 2024, target: 2025 } }]);
    // Stated by the sheet's name, said at no cell.
    const fromName: Issue = { code: "read_year_from_sheet_name", severity: "info", cell: null, params: { year: 2025, sheet: "2025年" } };
    expect(withYear({ input, issues: [fromName] }, 2024, SICHUAN).issues).toEqual([{ ...chosen, cell: null, params: { year: 2024, stated: 2025, target: 2024 } }]);
    // The workbook stating no year: nothing to differ from.
    expect(withYear({ input: { ...input, year: null }, issues: [other] }, 2025, SICHUAN).issues).toEqual([other]);
    const zh = message("read_year_chosen_differs", { year: 2026, stated: 2024, target: 2025 }, "zh");
    expect(zh).toContain("所选的评估年度是 2026 年，而表格写的是 2024 年：达标比例对照所选评估规则 2025 年的目标");
    expect(message("read_year_chosen_differs", { year: 2026, stated: 2024, target: 2025 }, "en")).toContain("judged against the chosen profile's target for 2025");
  });

  it("says that no target is set for the year chosen when there is none (before: 'judged against 2023's target' beside a 汇总 saying 无2023年目标)", () => {
    const none: Issue = { code: "read_year_chosen_differs_no_target", severity: "warning", cell: "学校基本情况!A1", params: { year: 2023, stated: 2024 } };
    // Sichuan's first target is 2024's; the national method plans none.
    expect(withYear({ input, issues: [fromTitle] }, 2023, SICHUAN).issues).toEqual([none]);
    expect(withYear({ input, issues: [fromTitle] }, 2025, NATIONAL).issues).toEqual([{ ...none, params: { year: 2025, stated: 2024 } }]);
    const zh = message("read_year_chosen_differs_no_target", { year: 2023, stated: 2024 }, "zh");
    expect(zh).toContain("（所选评估规则未设 2023 年的目标，达标比例不对照目标）");
    expect(zh).not.toContain("目标判断");
    expect(message("read_year_chosen_differs_no_target", { year: 2023, stated: 2024 }, "en")).toContain("the chosen profile sets no target for 2023");
  });

  it("keeps the read year and its note when the user chose none", () => {
    expect(withYear({ input, issues: [fromTitle, other] }, null, SICHUAN)).toEqual({ input, issues: [fromTitle, other] });
  });
});
