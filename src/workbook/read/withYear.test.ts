import type { EvaluationInput, Issue } from "../../engine/types";
import { withYear } from "./withYear";

const input: EvaluationInput = { records: [], countyFigures: [], year: 2024 };
const fromTitle: Issue = { code: "read_year_from_title", severity: "info", cell: "学校基本情况!A1", params: { year: 2024 } };
const other: Issue = { code: "read_total_row", severity: "info", cell: "学校基本情况!B44", params: {} };
const differs: Issue = { code: "read_year_name_differs", severity: "warning", cell: "2023年!A1", params: { sheet: "2023年", named: 2023, year: 2024 } };

describe("withYear", () => {
  it("takes the year the user chose, and drops the note that the year came from the title", () => {
    expect(withYear({ input, issues: [fromTitle, differs, other] }, 2025)).toEqual({ input: { ...input, year: 2025 }, issues: [other] });
  });

  it("keeps the read year and its note when the user chose none", () => {
    expect(withYear({ input, issues: [fromTitle, other] }, null)).toEqual({ input, issues: [fromTitle, other] });
  });
});
