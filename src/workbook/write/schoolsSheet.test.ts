import { schoolsSheet } from "./schoolsSheet";
import { makeCounty, makeEvaluation, makeIndicator, makeIndicators, makeMissingNumerator, makeSection } from "./testing/makeEvaluation";
import type { ResultContext } from "./ResultContext";
import { builtInProfile } from "../../profiles/resolveProfile";

const en: ResultContext = { issues: [], profileName: "National", lang: "en" };
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile: builtInProfile("national-2017") };

describe("学校达标 notes", () => {
  it("separates a section's reasons with a full stop in English, as each opens with its school and stage", () => {
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "teachingArea"), makeMissingNumerator("甲小学", 12, "L7", "multimediaRooms")];
    const evaluation = makeEvaluation({ counties: [makeCounty({ sections: [short] })], issues });
    const t = schoolsSheet(evaluation, en).tables[0];
    const notes = t?.columns.findIndex((c) => c.header === "Notes") ?? -1;
    expect(t?.rows[0]?.[notes]).toBe(
      "甲小学 (primary): no value for Teaching and auxiliary floor area, so L4 cannot be computed (学校基本情况 row 12). " +
        "甲小学 (primary): no value for Networked multimedia classrooms, so L7 cannot be computed (学校基本情况 row 12)",
    );
  });
});

describe("学校达标 notes on a value refused", () => {
  it("says the value at the refused cell was not used (see Data issues), not that there is none", () => {
    // The reader refused O12 (an error there), the engine then missed L4's numerator at O12; L7's cell was blank.
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const l7 = { ...makeMissingNumerator("甲小学", 12, "L7", "multimediaRooms"), cell: "学校基本情况!R12" };
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "teachingArea"), l7];
    const refused = { code: "read_negative", severity: "error" as const, cell: "学校基本情况!O12", params: { text: "-5" } };
    const evaluation = makeEvaluation({ counties: [makeCounty({ sections: [short] })], issues });
    const t = schoolsSheet(evaluation, { ...en, issues: [refused, l7] }).tables[0];
    const notes = t?.columns.findIndex((c) => c.header === "Notes") ?? -1;
    expect(t?.rows[0]?.[notes]).toBe(
      "甲小学 (primary): the value at 学校基本情况!O12 for Teaching and auxiliary floor area was not used (see Data issues), so L4 cannot be computed (学校基本情况 row 12). " +
        "甲小学 (primary): no value for Networked multimedia classrooms, so L7 cannot be computed (学校基本情况 row 12)",
    );
  });
});

describe("学校达标 notes on one cause of two indicators", () => {
  it("says it once, naming both (messy.xlsx 城关中学: O12 refused leaves L4 and L5 uncomputed)", () => {
    const short = makeSection({ name: "甲小学", row: 12, evaluable: false, notEvaluable: ["missing_numerator"], pass: null, metCount: null });
    const issues = [makeMissingNumerator("甲小学", 12, "L4", "indoorSportsArea"), makeMissingNumerator("甲小学", 12, "L5", "indoorSportsArea")];
    const refused = { code: "read_negative", severity: "error" as const, cell: "学校基本情况!O12", params: { text: "-5" } };
    const evaluation = makeEvaluation({ counties: [makeCounty({ sections: [short] })], issues });
    const noteOf = (lang: "zh" | "en") => {
      const t = schoolsSheet(evaluation, { ...(lang === "en" ? en : zh), issues: [refused] }).tables[0];
      return t?.rows[0]?.[t.columns.findIndex((c) => c.header === (lang === "en" ? "Notes" : "备注"))];
    };
    expect(noteOf("en")).toBe("甲小学 (primary): the value at 学校基本情况!O12 for Indoor sports rooms area was not used (see Data issues), so L4 and L5 cannot be computed (学校基本情况 row 12)");
    expect(noteOf("zh")).toBe("甲小学（小学）学校基本情况!O12 的“室内体育用房面积”数值未被采用（见“数据问题”表），指标 L4、L5 无法计算（学校基本情况 第12行）");
  });
});

describe("学校达标 rows not read", () => {
  it("says under the title how many school rows were left out, as the schools listed are without them", () => {
    const issues = [{ code: "read_duplicate_school", severity: "error" as const, cell: "表!A9", params: { name: "一小", first: "表!A2" } }];
    expect(schoolsSheet(makeEvaluation(), { ...zh, issues }).notes).toContain("另有 1 个学校行未读取（与已读取的学校重复 1 行），见“数据问题”表");
    expect(schoolsSheet(makeEvaluation(), zh).notes.join("")).not.toContain("未读取");
  });
});

describe("学校达标 standards", () => {
  it("states each indicator's standard per stage and the 85% line, from the profile used", () => {
    const notes = schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [] })] }), zh).notes;
    // national-2017 (rules.md §2): 小学 4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3; 初中 5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4 — shown as the profile has them, not padded to 4.20 or 2,000.00.
    // Units (rules.md §2): teachers per 100 students (L1–L3), m² per student (L4, L5), yuan per student (L6), rooms per 100 students (L7).
    expect(notes).toContain(
      "标准（小学 / 初中）：L1 4.2 / 5.3（人/百名学生）；L2 1 / 1（人/百名学生）；L3 0.9 / 0.9（人/百名学生）；L4 4.5 / 5.8（㎡/生）；L5 7.5 / 10.2（㎡/生）；L6 2,000 / 2,500（元/生）；L7 2.3 / 2.4（间/百名学生）；低于标准但不低于其 85% 为“达85%未达标”。",
    );
    expect(schoolsSheet(makeEvaluation(), { ...zh, lang: "en" }).notes).toContain(
      "Standards (primary / junior secondary): L1 4.2 / 5.3 teachers per 100 students; L2 1 / 1 teachers per 100 students; L3 0.9 / 0.9 teachers per 100 students; " +
        "L4 4.5 / 5.8 m² per student; L5 7.5 / 10.2 m² per student; L6 2,000 / 2,500 yuan per student; L7 2.3 / 2.4 rooms per 100 students; " +
        "below standard but at least 85% of it is “85%+, not met”.",
    );
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

describe("学校达标 value columns keep each value on its side of its standard and of the 85% line", () => {
  const valueColumn = (t: { columns: readonly { header: string; numberFormat: string | null }[] } | undefined, code: string) => t?.columns.find((c) => c.header === `${code} 值`);
  const sheetWith = (sections: ReturnType<typeof makeSection>[], context: ResultContext) => schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections })] }), context).tables[0];

  it("shows L1 4.199 under the primary standard 4.2 with three decimals (4.20 would read as met)", () => {
    const close = makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L1: makeIndicator("L1", 4.199) }) });
    const t = sheetWith([close, makeSection({ name: "乙小学", row: 6 })], zh);
    expect(valueColumn(t, "L1")?.numberFormat).toBe("0.000");
    // The cell keeps the value; the other indicators (1.2 × standard) keep their unit's format.
    expect(t?.rows[0]?.[7]).toBe(4.199);
    expect(["L2", "L6"].map((code) => valueColumn(t, code)?.numberFormat)).toEqual(["0.00", "#,##0.00"]);
  });

  it("shows a value just under the 85% line under it: 0.85 × 4.2 = 3.57, 3.5699 shows 3.57 until four decimals", () => {
    const t = sheetWith([makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L1: makeIndicator("L1", 3.5699) }) })], zh);
    expect(valueColumn(t, "L1")?.numberFormat).toBe("0.0000");
  });

  it("judges each section against its own stage's standard (初中 L1 5.3)", () => {
    // 5.299 is far from the primary 4.2 but 0.001 under the junior 5.3.
    const junior = makeSection({ name: "甲中学", row: 5, stage: "junior", indicators: makeIndicators({ L1: makeIndicator("L1", 5.299, 0, 5.3) }) });
    expect(valueColumn(sheetWith([junior], zh), "L1")?.numberFormat).toBe("0.000");
    const primary = makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L1: makeIndicator("L1", 5.299) }) });
    expect(valueColumn(sheetWith([primary], zh), "L1")?.numberFormat).toBe("0.00");
  });

  it("leaves out-of-scope sections out: not judged, their 4.199 needs no third decimal", () => {
    const out = makeSection({ name: "丙教学点", row: 5, included: false, indicators: makeIndicators({ L1: makeIndicator("L1", 4.199) }) });
    expect(valueColumn(sheetWith([out, makeSection({ name: "甲小学", row: 6 })], zh), "L1")?.numberFormat).toBe("0.00");
  });

  it("needs nothing for a value equal to its standard up to noise, and changes nothing without a profile", () => {
    // 4.2 × (1 − 1e-12) is 4.2 to the engine.
    const noisy = makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L1: makeIndicator("L1", 4.2 * (1 - 1e-12)) }) });
    expect(valueColumn(sheetWith([noisy], zh), "L1")?.numberFormat).toBe("0.00");
    const close = makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L1: makeIndicator("L1", 4.199) }) });
    expect(schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [close] })] }), en).tables[0]?.columns.find((c) => c.header === "L1 value")?.numberFormat).toBe("0.00");
  });
});

describe("学校达标 an indicator not met that rests on a cell read as 0", () => {
  it("names the cell beside the flag, as the 差异系数 verdict names a flagged cell; the other indicators' flags stay as they are", () => {
    // L3 0.5 of standard 0.9: 55.6%, below the 85% line.
    const section = makeSection({ name: "石桥镇中学", row: 12, indicators: makeIndicators({ L3: makeIndicator("L3", 0.5) }), pass: false, metCount: 6 });
    const warning = { code: "read_blank_part_not_met", severity: "warning" as const, cell: "学校基本情况!H12", params: { school: "石桥镇中学", stage: "primary", indicator: "L3", header: "体育", address: "H12", section: section.id } };
    const sheet = (lang: "zh" | "en") => schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [section] })] }), { ...zh, lang, issues: [warning] }).tables[0];
    const t = sheet("zh");
    const flag = (code: string) => t?.columns.findIndex((c) => c.header === `${code} 判定`) ?? -1;
    const text = (v: unknown) => (typeof v === "object" && v !== null && "value" in v ? v.value : v);
    expect(text(t?.rows[0]?.[flag("L3")])).toBe("低于85%（所依据的 学校基本情况!H12 未填数字，已按 0 计，请核对）");
    expect(text(t?.rows[0]?.[flag("L2")])).toBe("达标");
    const en = sheet("en");
    expect(en?.rows[0]?.map(text)).toContain("Below 85% (rests on 学校基本情况!H12: no number there, counted as 0; please check)");
  });
});

describe("学校达标 notes of an out-of-scope section", () => {
  // An out-of-scope section raises no issues (evaluateSection: its data count nowhere), so its note
  // cannot take the field and indicator from one: it names the indicators left blank and their fields itself.
  const l7Blank = Object.fromEntries(Object.entries(makeIndicators()).filter(([code]) => code !== "L7"));
  const point = makeSection({ name: "石门教学点", row: 26, students: 38, included: false, exclusion: "small_teaching_point", evaluable: false, notEvaluable: ["missing_numerator"], indicators: l7Blank, pass: null, metCount: null });
  const note = (context: ResultContext) => {
    const t = schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [point] })], issues: [] }), context).tables[0];
    const column = t?.columns.findIndex((c) => c.header === (context.lang === "zh" ? "备注" : "Notes")) ?? -1;
    return t?.rows[0]?.[column];
  };

  it("names the indicator and its field, never a raw placeholder, in English and Chinese", () => {
    expect(note(en)).toBe(
      "石门教学点 (primary): L7 cannot be computed: a value it is computed from (Networked multimedia classrooms) is missing or not usable (学校基本情况 row 26); the school is out of scope, so its data are not checked in Data issues",
    );
    expect(note(zh)).toBe("石门教学点（小学）指标 L7 无法计算：其计算所需的数据（网络多媒体教室数）缺失或不可用（学校基本情况 第26行）；该校不在评估范围内，其数据未在“数据问题”表中检查");
  });
});

describe("学校达标 out-of-scope rows (参评 否)", () => {
  // 石门教学点, 38 students, out of scope: L3 0 of standard 0.9 is below 85% (0 < 0.765), L4 3.9 of 4.5 at its floor (3.825 ≤ 3.9 < 4.5).
  const point = makeSection({ name: "石门教学点", row: 26, students: 38, included: false, exclusion: "small_teaching_point", indicators: makeIndicators({ L3: makeIndicator("L3", 0), L4: makeIndicator("L4", 3.9) }), pass: null, metCount: null });
  const failing = makeSection({ name: "甲小学", row: 27, indicators: makeIndicators({ L3: makeIndicator("L3", 0) }), pass: false, metCount: 6 });

  it("greys the values and judges none of them (no 达标, 低于85% or 达85%未达标), where an included row's flags stay, red", () => {
    const t = schoolsSheet(makeEvaluation({ counties: [makeCounty({ sections: [point, failing] })] }), zh).tables[0];
    if (t === undefined) throw new Error("no table");
    const column = (header: string) => t.columns.findIndex((c) => c.header === header);
    const kind = (row: number, header: string) => t.emphasis.find((e) => e.row === row && e.column === column(header))?.kind;
    const text = (v: unknown) => (typeof v === "object" && v !== null && "value" in v ? v.value : v);
    // The values stay for reference: L3 0, L4 3.9, L1 at the makeIndicators default; the flags are blank, as the JSON gives the section no indicators.
    expect([text(t.rows[0]?.[column("L3 值")]), text(t.rows[0]?.[column("L4 值")])]).toEqual([0, 3.9]);
    expect(["L1", "L2", "L3", "L4", "L5", "L6", "L7"].map((code) => t.rows[0]?.[column(`${code} 判定`)] ?? null)).toEqual([null, null, null, null, null, null, null]);
    expect(["L3 值", "L4 值", "L1 值"].map((h) => kind(0, h))).toEqual(["muted", "muted", "muted"]);
    expect(t.emphasis.filter((e) => e.row === 0 && e.kind !== "muted")).toEqual([]);
    expect([kind(1, "L3 值"), kind(1, "L3 判定")]).toEqual(["bad", "bad"]);
    expect(text(t.rows[1]?.[column("L3 判定")])).toBe("低于85%");
  });
});
