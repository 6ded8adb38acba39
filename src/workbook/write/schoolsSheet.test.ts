import { schoolsSheet } from "./schoolsSheet";
import { makeCounty, makeEvaluation, makeIndicator, makeIndicators, makeMissingNumerator, makeSection } from "./testing/makeEvaluation";
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

describe("学校达标 a section failed although data are missing", () => {
  it("reads as failing, marked incomplete, red, with its reasons kept", () => {
    // L4 missing, L1 3.0 < 0.85 × 4.2 = 3.57: no value of L4 can make it pass (evaluateSection).
    const indicators = Object.fromEntries(Object.entries(makeIndicators({ L1: makeIndicator("L1", 3) })).filter(([code]) => code !== "L4"));
    const failed = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], indicators, pass: false, metCount: null });
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "teachingArea")];
    const t = schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [failed] })], issues }), { ...en, lang: "zh" }).tables[0];
    const column = (header: string) => t?.columns.findIndex((c) => c.header === header) ?? -1;
    expect(t?.rows[0]?.[column("学校结论")]).toBe("未达标（数据不全）");
    expect(t?.emphasis.find((e) => e.row === 0 && e.column === column("学校结论"))?.kind).toBe("bad");
    expect(String(t?.rows[0]?.[column("备注")])).toContain("L4");
    expect(t?.rows[0]?.[column("达标项数")]).toBeNull();
  });
});
