import { schoolsSheet } from "./schoolsSheet";
import { makeCounty, makeEvaluation, makeMissingNumerator, makeSection } from "./testing/makeEvaluation";
import type { ResultContext } from "./ResultContext";

const en: ResultContext = { issues: [], profileName: "National", lang: "en" };

describe("学校达标 notes", () => {
  it("separates a section's reasons with the English semicolon in English", () => {
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "teachingArea"), makeMissingNumerator("甲小学", 12, "L7", "multimediaRooms")];
    const evaluation = makeEvaluation({ counties: [makeCounty({ sections: [short] })], issues });
    const t = schoolsSheet(evaluation, en).tables[0];
    const notes = t?.columns.findIndex((c) => c.header === "Notes") ?? -1;
    expect(t?.rows[0]?.[notes]).toBe(
      "甲小学 (Primary): no value for Teaching and auxiliary floor area, so L4 cannot be computed (学校基本情况!12); " +
        "甲小学 (Primary): no value for Networked multimedia classrooms, so L7 cannot be computed (学校基本情况!12)",
    );
  });
});
