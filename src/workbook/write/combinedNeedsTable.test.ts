import { evaluate } from "../../engine/evaluate";
import { fieldsOf, NATIONAL, recordOf } from "../../engine/testing/fixtures";
import type { Evaluation, SchoolRecord } from "../../engine/types";
import { combinedNeedsTable } from "./combinedNeedsTable";
import { shortfallsSheet } from "./shortfallsSheet";

/**
 * 金山学校, 九年一贯制: 166 primary and 210 junior students (shares 166 ÷ 397 = 41.8%, 231 ÷ 397 = 58.2%),
 * teachers and areas ample, 500 000 yuan of equipment and 6 rooms for the whole school: L6 and L7 below 85% in both sections.
 */
function jinshan(over: Partial<SchoolRecord> = {}): SchoolRecord {
  const primary = fieldsOf({ students: 166, qualifiedTeachers: 10, backboneTeachers: 2, peArtTeachers: 2 });
  const junior = fieldsOf({ students: 210, qualifiedTeachers: 14, backboneTeachers: 3, peArtTeachers: 2 });
  return recordOf({ teachingArea: 5000, sportsTotalArea: 8000, equipmentValue: 500_000, multimediaRooms: 6 }, { name: "金山学校", type: "nine_year", stage: null, stageFields: { primary, junior }, ...over });
}

function evaluationOf(records: readonly SchoolRecord[]): Evaluation {
  return evaluate({ records, countyFigures: [], year: 2024 }, NATIONAL);
}

describe("combinedNeedsTable", () => {
  const table = (lang: "zh" | "en") => combinedNeedsTable(evaluationOf([jinshan()]).counties, lang);

  it("gives the school's shares, what it must add as a whole to standard, the sections' own added up, and what the ways to pass need of it", () => {
    const [row, ...rest] = table("zh")?.rows ?? [];
    expect(rest).toHaveLength(0);
    // L6: max(2000 × 397, 2500 × 210 × 397 ÷ 231) − 500 000 = 402 272.73; sections 122 931.99 + 234 068.01 = 357 000.
    // By the ways to pass (L6 at 85% in both): max(1700 × 397, 2125 × 210 × 397 ÷ 231) − 500 000 = 266 931.82; sections 228 450.
    expect(row?.slice(0, 3)).toEqual(["A", "金山学校", "小学 41.8%、初中 58.2%"]);
    expect(row?.[3]).toBe(0);
    expect(row?.[4]).toBe(0);
    expect(row?.[5]).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(row?.[6]).toBe(4);
    expect(row?.slice(7)).toEqual(["L6：357,000 元；L7：4 间", "L6：266,932 元（各学段方案所需相加 228,450 元）；L7：4 间"]);
  });

  it("says it in English, with the headers naming the whole school and the standard", () => {
    const en = table("en");
    expect(en?.rows[0]?.slice(7)).toEqual(["L6: 357,000 yuan; L7: 4 rooms", "L6: 266,932 yuan (sections' own plans added up: 228,450 yuan); L7: 4 rooms"]);
    expect(en?.columns.map((c) => c.header).slice(3, 7)).toEqual(["L4 whole school to standard (m²)", "L5 whole school to standard (m²)", "L6 whole school to standard (yuan)", "L7 whole school to standard (rooms)"]);
  });

  it("says the failing sections without a way to pass after the amounts, which leave out what they would ask", () => {
    // Junior: L1 1 ÷ 210 × 100 = 0.48 and L2 0 under their floors, L3 blank: pass false, no plan. The primary's plan alone:
    // L6 to its floor 1700 × 166 − 500 000 × 166 ÷ 397 = 73 131.99, the school 1700 × 397 − 500 000 = 174 900; L7 2 rooms, the school ceil(2.3 × 3.97 − 6) = 4.
    const junior = fieldsOf({ students: 210, qualifiedTeachers: 1, backboneTeachers: 0 });
    const primary = fieldsOf({ students: 166, qualifiedTeachers: 10, backboneTeachers: 2, peArtTeachers: 2 });
    const rowOf = (lang: "zh" | "en", stageFields: NonNullable<SchoolRecord["stageFields"]>) => combinedNeedsTable(evaluationOf([jinshan({ stageFields })]).counties, lang)?.rows[0];
    expect(rowOf("zh", { primary, junior })?.[8]).toBe("L6：174,900 元（各学段方案所需相加 73,132 元）；L7：4 间（各学段方案所需相加 2 间）；初中无达标方案（数据不全），其所需未计入");
    expect(rowOf("en", { primary, junior })?.[8]).toBe(
      "L6: 174,900 yuan (sections' own plans added up: 73,132 yuan); L7: 4 rooms (sections' own plans added up: 2 rooms); no way to pass for the junior secondary section (incomplete data): not counted",
    );
    // Both without: no amount, both named (L6 402 272.73 to standard still stands in its column).
    const both = rowOf("zh", { primary: fieldsOf({ students: 166, qualifiedTeachers: 1, backboneTeachers: 0 }), junior });
    expect(both?.[5]).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(both?.[8]).toBe("小学、初中无达标方案（数据不全），其所需未计入");
    expect(rowOf("en", { primary: fieldsOf({ students: 166, qualifiedTeachers: 1, backboneTeachers: 0 }), junior })?.[8]).toBe(
      "No way to pass for the primary, junior secondary sections (incomplete data): not counted",
    );
  });

  it("names the section sharing an indicator another gives itself, beside the amount it alone makes", () => {
    // The primary's own 100 000 yuan: L6 shared by the junior alone, 234 068.01 × 397 ÷ 231 = 402 272.73; its shortfall 525 000 − 290 931.99 = 234 068.01.
    const primary = fieldsOf({ students: 166, qualifiedTeachers: 10, backboneTeachers: 2, peArtTeachers: 2, equipmentValue: 100_000 });
    const junior = fieldsOf({ students: 210, qualifiedTeachers: 14, backboneTeachers: 3, peArtTeachers: 2 });
    const rowOf = (lang: "zh" | "en") => combinedNeedsTable(evaluationOf([jinshan({ stageFields: { primary, junior } })]).counties, lang)?.rows[0];
    expect(rowOf("zh")?.[5]).toBeCloseTo((2500 * 210 * 397) / 231 - 500_000, 6);
    expect(rowOf("zh")?.[7]).toBe("L6：234,068 元（仅初中分摊整校数；小学为自报数，缺口见上表）；L7：4 间");
    expect(rowOf("en")?.[7]).toBe("L6: 234,068 yuan (shared by junior secondary only; primary gives its own figure, its shortfall in the sections' table above); L7: 4 rooms");
    // By the junior's way to pass (L6 to its floor): (2125 × 210 − 290 931.99) × 397 ÷ 231 = 266 931.82, its own 155 318.01.
    expect(rowOf("zh")?.[8]).toBe("L6：266,932 元（各学段方案所需相加 155,318 元）；L7：4 间");
  });

  it("is left out, with its note, when no combined school must add anything (a plain school; one with enough of everything)", () => {
    const ample = jinshan({ fields: fieldsOf({ teachingArea: 5000, sportsTotalArea: 8000, equipmentValue: 1_000_000, multimediaRooms: 10 }) });
    for (const records of [[recordOf({ students: 300, equipmentValue: 1 })], [ample]]) {
      expect(combinedNeedsTable(evaluationOf(records).counties, "zh")).toBeNull();
      const sheet = shortfallsSheet(evaluationOf(records), { issues: [], profileName: "国家标准", lang: "zh", profile: NATIONAL });
      expect(sheet.notes.some((n) => n.startsWith("合校："))).toBe(false);
    }
  });

  it("sits on 缺口测算 after the sections' table, with the note saying why the whole exceeds the sections added up", () => {
    const sheet = shortfallsSheet(evaluationOf([jinshan()]), { issues: [], profileName: "国家标准", lang: "zh", profile: NATIONAL });
    expect(sheet.tables.map((t) => t.name).slice(0, 2)).toEqual(["YZJH_Shortfalls", "YZJH_CombinedNeeds"]);
    expect(sheet.notes.filter((n) => n.startsWith("合校："))).toHaveLength(1);
  });
});
