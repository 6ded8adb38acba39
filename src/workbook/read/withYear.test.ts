import { message } from "../../messages/catalogue";
import type { EvaluationInput, Issue } from "../../engine/types";
import { withYear } from "./withYear";

const input: EvaluationInput = { records: [], countyFigures: [], year: 2024 };
const fromTitle: Issue = { code: "read_year_from_title", severity: "info", cell: "学校基本情况!A1", params: { year: 2024 } };
const other: Issue = { code: "read_total_row", severity: "info", cell: "学校基本情况!B44", params: {} };
const differs: Issue = { code: "read_year_name_differs", severity: "warning", cell: "2023年!A1", params: { sheet: "2023年", named: 2023, year: 2024 } };

describe("withYear", () => {
  it("takes the year the user chose, and drops the note that the year came from the title", () => {
    expect(withYear({ input, issues: [fromTitle, differs, other] }, 2024)).toEqual({ input, issues: [other] });
  });

  it("warns, naming both, when the year chosen is not the one the workbook states (before: no word at all)", () => {
    const chosen: Issue = { code: "read_year_chosen_differs", severity: "warning", cell: "学校基本情况!A1", params: { year: 2025, stated: 2024 } };
    expect(withYear({ input, issues: [fromTitle, differs, other] }, 2025)).toEqual({ input: { ...input, year: 2025 }, issues: [chosen, other] });
    // Stated by the sheet's name, said at no cell.
    const fromName: Issue = { code: "read_year_from_sheet_name", severity: "info", cell: null, params: { year: 2024, sheet: "2024年" } };
    expect(withYear({ input, issues: [fromName] }, 2023).issues).toEqual([{ ...chosen, cell: null, params: { year: 2023, stated: 2024 } }]);
    // The workbook stating no year: nothing to differ from.
    expect(withYear({ input: { ...input, year: null }, issues: [other] }, 2025).issues).toEqual([other]);
    const zh = message("read_year_chosen_differs", { year: 2025, stated: 2024 }, "zh");
    expect([zh.includes("2025"), zh.includes("2024"), message("read_year_chosen_differs", { year: 2025, stated: 2024 }, "en").includes("2024")]).toEqual([true, true, true]);
  });

  it("keeps the read year and its note when the user chose none", () => {
    expect(withYear({ input, issues: [fromTitle, other] }, null)).toEqual({ input, issues: [fromTitle, other] });
  });
});
