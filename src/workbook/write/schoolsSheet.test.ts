import { schoolsSheet } from "./schoolsSheet";
import { makeCounty, makeEvaluation, makeSection } from "./testing/makeEvaluation";
import type { ResultContext } from "./ResultContext";
import type { Issue } from "../../engine/types";

const en: ResultContext = { issues: [], profileName: "National", lang: "en" };

describe("学校达标 notes", () => {
  it("separates a section's reasons with the English semicolon in English", () => {
    const missing = (indicator: string, field: string): Issue => ({
      code: "missing_numerator",
      severity: "error",
      cell: "学校基本情况!O12",
      params: { school: "甲小学", stage: "primary", section: "学校基本情况!12#primary", row: "学校基本情况!12", indicator, field },
    });
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const evaluation = makeEvaluation({ counties: [makeCounty({ sections: [short] })], issues: [missing("L4", "teachingArea"), missing("L7", "multimediaRooms")] });
    const t = schoolsSheet(evaluation, en).tables[0];
    const notes = t?.columns.findIndex((c) => c.header === "Notes") ?? -1;
    const text = String(t?.rows[0]?.[notes]);
    expect(text.split("; ")).toHaveLength(2);
    expect(text).not.toContain("；");
  });
});
