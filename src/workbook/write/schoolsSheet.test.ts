import { schoolsSheet } from "./schoolsSheet";
import { makeCounty, makeEvaluation, makeIndicator, makeIndicators, makeMissingNumerator, makeSection } from "./testing/makeEvaluation";
import type { ResultContext } from "./ResultContext";
import { builtInProfile } from "../../profiles/resolveProfile";

const en: ResultContext = { issues: [], profileName: "National", lang: "en" };
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile: builtInProfile("national-2017") };

describe("学校达标 notes", () => {
  it("separates a section's reasons with the English semicolon in English", () => {
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "teachingArea"), makeMissingNumerator("甲小学", 12, "L7", "multimediaRooms")];
    const evaluation = makeEvaluation({ counties: [makeCounty({ sections: [short] })], issues });
    const t = schoolsSheet(evaluation, en).tables[0];
    const notes = t?.columns.findIndex((c) => c.header === "Notes") ?? -1;
    expect(t?.rows[0]?.[notes]).toBe(
      "甲小学 (Primary): no value for Teaching and auxiliary floor area, so L4 cannot be computed (学校基本情况 row 12); " +
        "甲小学 (Primary): no value for Networked multimedia classrooms, so L7 cannot be computed (学校基本情况 row 12)",
    );
  });
});

describe("学校达标 standards", () => {
  it("states each indicator's standard per stage and the 85% line, from the profile used", () => {
    const notes = schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [] })] }), zh).notes;
    // national-2017 (rules.md §2): 小学 4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3; 初中 5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4.
    expect(notes).toContain(
      "标准（小学 / 初中）：L1 4.20 / 5.30；L2 1.00 / 1.00；L3 0.90 / 0.90；L4 4.50 / 5.80；L5 7.50 / 10.20；L6 2,000.00 / 2,500.00；L7 2.30 / 2.40；低于标准但不低于其 85.0% 为“达85%未达标”。",
    );
    expect(schoolsSheet(makeEvaluation(), { ...zh, lang: "en" }).notes.some((n) => n.startsWith("Standards (primary / junior): L1 4.20 / 5.30; L2"))).toBe(true);
    // Without a profile nothing is known to state.
    expect(schoolsSheet(makeEvaluation(), en).notes.some((n) => n.startsWith("Standards"))).toBe(false);
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
