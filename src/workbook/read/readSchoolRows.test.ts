import { evaluate } from "../../engine/evaluate";
import { message } from "../../messages/catalogue";
import { recordSections } from "../../engine/recordSections";
import type { Issue } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf, type GridOptions, readGridsOk, onlyRecord } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

/** Columns A–J: name, type, stage, students, teachers, 教学及辅助用房, 运动场馆, 设备（元）, 多媒体教室, 骨干教师. */
const HEADER = ["学校名称", "学校类型", "学段", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数（间）", "县级及以上骨干教师数"];
const JIA: CellValue[] = ["甲小学", "小学", "小学", 1000, 60, 5000, 8000, 2500000, 25, 12];
const YI: CellValue[] = ["乙中学", "初级中学", "初中", 600, 40, 3000, 5000, 1200000, 12, 5];

async function read(rows: readonly (readonly CellValue[])[], options: GridOptions = {}): Promise<Ok> {
  return readGridsOk([gridOf([HEADER, ...rows], options)]);
}

function at(issues: readonly Issue[], code: string): string[] {
  return issues.filter((i) => i.code === code).map((i) => i.cell ?? "");
}


describe("readSchoolRows: total, subtotal and breakdown rows", () => {
  it.each([
    "小学小计：",
    "初中合计:",
    "小学汇总",
    "其中：小学",
    "其中:初中",
    "其中小学",
    "初中",
    "小学",
    "平均",
    "平均值",
    "累计",
    "总数",
    "城区小计(3所)",
    "乡镇学校小计（5所）",
    "Total",
    "合计",
    "全县平均",
  ])("skips %p with numbers and notes it at its cell, never as a school", async (label) => {
    // Row 3 is the label row, with numbers in every column and no type or stage.
    const result = await read([JIA, [label, null, null, 1600, 100, 8000, 13000, 3700000, 37, 17], YI]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(result.issues).toContainEqual({ code: "read_total_row", severity: "info", cell: "学校基本情况!A3", params: { text: label } });
    expect(result.issues.filter((i) => /^read_type_unknown/.test(i.code))).toEqual([]);
  });

  it("notes a label in a column left of the name (序号 合计), and a bare stage without numbers stays a heading", async () => {
    const grid = gridOf([
      ["序号", ...HEADER],
      [1, ...JIA],
      [null, "初中", null, null, null, null, null, null, null, null, null],
      [2, ...YI],
      ["合计", null, null, null, 1600, 100, 8000, 13000, 3700000, 37, 17],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(at(result.issues, "read_total_row")).toEqual(["学校基本情况!A5"]);
    expect(at(result.issues, "read_heading_row")).toEqual(["学校基本情况!B3"]);
  });

  it.each(["小学段", "初级中学", "中学"])("reads a numberless %p as a block heading, not a school", async (label) => {
    const result = await read([[label], JIA, YI]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(result.issues).toContainEqual({ code: "read_heading_row", severity: "info", cell: "学校基本情况!A2", params: { text: label } });
  });

  it("reads real schools whose names start like a label, and a 学段 column saying 小学 left of the name", async () => {
    const grid = gridOf([
      ["学段", "学校名称", "在校生数"],
      ["小学", "合计村小学", 120],
      ["小学", "平安小学", 300],
      ["初中", "全县第一中学", 900],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(result.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["合计村小学", "primary"],
      ["平安小学", "primary"],
      ["全县第一中学", "junior"],
    ]);
    expect(at(result.issues, "read_total_row")).toEqual([]);
  });
});

describe("readSchoolRows: a bare …学校 without a type", () => {
  it("is a 九年一贯制 only when both stages' students are numbers; a dash or #N/A is not a stage's students", async () => {
    const grid = gridOf([
      ["学校名称", "小学在校生数", "初中在校生数", "专任教师数"],
      ["金山学校", 300, "２００", 40],
      ["银山学校", "—", 200, 30],
      ["铜山学校", { error: "#N/A" }, 200, 30],
      ["锡山学校", 0, 150, 20],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(["金山学校", "银山学校", "铜山学校", "锡山学校"].map((n) => onlyRecord(result, n).type)).toEqual(["nine_year", "other", "other", "nine_year"]);
    expect(at(result.issues, "read_type_unknown_blank")).toEqual(["学校基本情况!A3", "学校基本情况!A4"]);
  });

  it("reads both stages' students typed with their unit (300人, ３２０人, 1,200人) as numbers, as the reader does: a 九年一贯制; 约200 or a blank is not a stage's students", async () => {
    const grid = gridOf([
      ["学校名称", "小学在校生数", "初中在校生数", "专任教师数"],
      ["金山学校", "300人", "200人", 40],
      ["银山学校", "1,200人", "３２０人", 90],
      ["铜山学校", "约200", "200人", 30],
      ["锡山学校", null, "150人", 20],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(["金山学校", "银山学校", "铜山学校", "锡山学校"].map((n) => onlyRecord(result, n).type)).toEqual(["nine_year", "nine_year", "other", "other"]);
    // The reader's numbers of the 九年一贯制 rows: each stage's students as typed, in persons.
    const [jin, yin] = [onlyRecord(result, "金山学校"), onlyRecord(result, "银山学校")];
    expect([jin.stageFields?.primary?.students?.value, jin.stageFields?.junior?.students?.value, yin.stageFields?.primary?.students?.value, yin.stageFields?.junior?.students?.value]).toEqual([300, 200, 1200, 320]);
    expect(at(result.issues, "read_type_unknown_blank")).toEqual(["学校基本情况!A4", "学校基本情况!A5"]);
  });
});

describe("readSchoolRows: numbers typed with their unit", () => {
  it("reads each in the cell's own unit, said at the cell (they were errors and left the indicators unknown)", async () => {
    const grid = gridOf([
      ["学校名称", "学校类型", "在校生数", "教学仪器设备值（万元）", "运动场地面积（㎡）"],
      ["一小", "小学", "1200人", "220万元", "12亩"],
      ["二小", "小学", 800, "1300000元", 6000],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const one = onlyRecord(result, "一小");
    // 220 万元 = 2 200 000 yuan; 12 亩 = 12 × 10000 / 15 = 8000 m².
    expect([one.fields.students?.value, one.fields.equipmentValue?.value, one.fields.sportsGroundArea?.value]).toEqual([1200, 2_200_000, 8000]);
    // 元 typed in a 万元 column is the cell's own unit: 1 300 000 yuan, not × 10000.
    expect(onlyRecord(result, "二小").fields.equipmentValue?.value).toBe(1_300_000);
    expect(at(result.issues, "read_number_with_unit")).toEqual(["学校基本情况!C2", "学校基本情况!D2", "学校基本情况!E2", "学校基本情况!D3"]);
  });
  it("says the unit the cell was read in (20间 → 20 rooms, 1200人 → persons, 万元 → yuan, 亩 → m²), not a generic list", async () => {
    const grid = gridOf([
      ["学校名称", "学校类型", "在校生数", "教学仪器设备值（万元）", "运动场地面积（㎡）", "网络多媒体教室（间）"],
      ["一小", "小学", "1200人", "220万元", "12亩", "20间"],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const texts = (lang: "zh" | "en") => result.issues.filter((i) => i.code === "read_number_with_unit").map((i) => message(i.code, i.params, lang));
    expect(texts("zh")).toEqual([
      "“在校生数”填写为“1200人”（数字带单位），已按单元格自身的单位换算为 1,200 人",
      "“教学仪器设备值（万元）”填写为“220万元”（数字带单位），已按单元格自身的单位换算为 2,200,000 元",
      "“运动场地面积（㎡）”填写为“12亩”（数字带单位），已按单元格自身的单位换算为 8,000 ㎡",
      "“网络多媒体教室（间）”填写为“20间”（数字带单位），已按单元格自身的单位换算为 20 间",
    ]);
    expect(texts("en")[3]).toMatch(/“20间” was typed with its unit and read in that unit as 20 rooms$/);
    expect(texts("en")[0]).toMatch(/as 1,200 persons$/);
    expect(texts("en")[1]).toMatch(/as 2,200,000 yuan$/);
  });
  it("says one unit in the singular (1间 → 1 room, 1人 → 1 person)", async () => {
    const grid = gridOf([
      ["学校名称", "学校类型", "在校生数", "网络多媒体教室（间）"],
      ["一小", "小学", "1人", "1间"],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const texts = result.issues.filter((i) => i.code === "read_number_with_unit").map((i) => message(i.code, i.params, "en"));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/as 1 person$/);
    expect(texts[1]).toMatch(/as 1 room$/);
  });
  it("does not read a unit of another kind than the column's (20间 of teachers, 5615平方米 of students, 元 of rooms): a warning at the cell, no value", async () => {
    const grid = gridOf([
      ["学校名称", "学校类型", "在校生数", "体育、艺术教师数", "网络多媒体教室（间）", "专任教师数"],
      ["一小", "小学", "5615平方米", "20间", "3177400元", "65人"],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const one = onlyRecord(result, "一小");
    expect([one.fields.students, one.fields.peArtTeachers, one.fields.multimediaRooms]).toEqual([undefined, undefined, undefined]);
    // A matching unit is still read: 65人 of teachers.
    expect(one.fields.teachers?.value).toBe(65);
    const mismatches = result.issues.filter((i) => i.code === "read_unit_mismatch");
    expect(mismatches.map((i) => [i.cell, i.severity])).toEqual([
      ["学校基本情况!C2", "warning"],
      ["学校基本情况!D2", "warning"],
      ["学校基本情况!E2", "warning"],
    ]);
    expect(at(result.issues, "read_number_with_unit")).toEqual(["学校基本情况!F2"]);
    expect(at(result.issues, "read_not_a_number")).toEqual([]);
    const [students, pe, rooms] = mismatches.map((i) => message(i.code, i.params, "en"));
    expect(pe).toBe("PE and arts teachers (体育、艺术教师数): “20间” is in rooms, but this column holds persons; not read. Check the cell and enter a number in persons, without “间”");
    expect(students).toMatch(/“5615平方米” is in m², but this column holds persons; not read/);
    expect(rooms).toMatch(/“3177400元” is in yuan, but this column holds rooms; not read/);
    expect(message(mismatches[1]?.code ?? "", mismatches[1]?.params ?? {}, "zh")).toBe("“体育、艺术教师数”填写为“20间”，单位是间，而该列应以人计；该项未读取。请核对此单元格，填写以人计的数，不带“间”");
  });
});

describe("readSchoolRows: a school typed by the sheet it stands on", () => {
  it("takes the kind a sheet is named for (九年一贯制学校) for a row that says none, said once for the sheet; a sheet named otherwise leaves it other", async () => {
    const rows = [["学校名称", "小学在校生数", "初中在校生数"], ["西河学校", 400, null]] as const;
    const nine = await readWorkbook(sourceOf([gridOf(rows.map((r) => [...r]), { sheet: "九年一贯制学校" })]));
    if (!nine.ok) throw new Error("expected ok");
    expect(onlyRecord(nine, "西河学校").type).toBe("nine_year");
    expect(nine.issues.filter((i) => i.code === "read_type_from_sheet").map((i) => [i.cell, i.params])).toEqual([["九年一贯制学校!A2", { count: 1, name: "西河学校", sheet: "九年一贯制学校", type: "nine_year" }]]);
    const plain = await readWorkbook(sourceOf([gridOf(rows.map((r) => [...r]), { sheet: "学校基本情况" })]));
    if (!plain.ok) throw new Error("expected ok");
    expect(onlyRecord(plain, "西河学校").type).toBe("other");
    // A sheet saying what it includes names other schools, not these.
    const including = await readWorkbook(sourceOf([gridOf(rows.map((r) => [...r]), { sheet: "学校基本情况含教学点" })]));
    if (!including.ok) throw new Error("expected ok");
    expect(onlyRecord(including, "西河学校").type).toBe("other");
  });

  it("says the rows a sheet's name types in one note at the first, with their count (before: one note per row)", async () => {
    const grid = gridOf(
      [
        ["学校名称", "学校类型", "小学在校生数", "初中在校生数"],
        ["东河学校", null, 300, null],
        ["南河学校", null, null, 200],
        ["城关小学", "小学", 500, null],
        ["北河学校", null, 100, null],
      ],
      { sheet: "特殊教育学校" },
    );
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(["东河学校", "南河学校", "城关小学", "北河学校"].map((n) => onlyRecord(result, n).type)).toEqual(["special", "special", "primary", "special"]);
    // 东河, 南河 and 北河 say no type: 3; 城关小学 says 小学 and is not counted.
    expect(result.issues.filter((i) => i.code === "read_type_from_sheet")).toEqual([
      { code: "read_type_from_sheet", severity: "info", cell: "特殊教育学校!A2", params: { count: 3, name: "东河学校", sheet: "特殊教育学校", type: "special" } },
    ]);
  });
});

describe("readSchoolRows: a special school whose 学段 is blank", () => {
  const SICHUAN = builtInProfile("sichuan-guanghan-2024"); // G7: 小学 6080, 初中 6100 yuan per pupil
  const HEAD = ["学校名称", "办学类型", "学段", "在校生数", "公用经费（元）"];
  // 100 pupils, 609 000 yuan: 6090 per pupil, ≥ 6080 (小学) but < 6100 (初中).
  async function readSpecial(name: string, stage: CellValue): Promise<Ok> {
    const result = await readWorkbook(sourceOf([gridOf([HEAD, [name, "特殊教育学校", stage, 100, 609000]])]));
    if (!result.ok) throw new Error("expected ok");
    return result;
  }
  const g7 = (result: Ok) => evaluate(result.input, SICHUAN).counties[0]?.items.find((i) => i.code === "G7")?.verdict;

  it("leaves the stage unknown, so G7 is judged at both stages' norms: 6090 < 6100 not met (before: read as 小学, 6090 ≥ 6080 met)", async () => {
    const result = await readSpecial("县特殊教育学校", null);
    expect(onlyRecord(result, "县特殊教育学校").stage).toBeNull();
    expect(g7(result)).toBe("not_met");
    expect(at(result.issues, "read_special_stage_unknown")).toEqual(["学校基本情况!A2"]);
    expect(message("read_special_stage_unknown", { name: "县特殊教育学校" }, "zh")).toContain("须同时达到小学和初中的标准");
  });

  it("judges it as the 小学 school its 学段 or its name says: 6090 ≥ 6080 met, with no note", async () => {
    for (const result of [await readSpecial("县特殊教育学校", "小学"), await readSpecial("县培智小学", null), await readSpecial("启聪学校（小学部）", null)]) {
      expect(result.input.records[0]?.stage).toBe("primary");
      expect(g7(result)).toBe("met");
      expect(at(result.issues, "read_special_stage_unknown")).toEqual([]);
    }
    expect((await readSpecial("县特殊教育中学", null)).input.records[0]?.stage).toBe("junior");
  });

  it("lists it as the engine's default 小学 section, out of the resource evaluation, with its 100 pupils", async () => {
    const sections = evaluate((await readSpecial("县特殊教育学校", null)).input, SICHUAN).counties[0]?.sections ?? [];
    expect(sections.map((s) => [s.name, s.stage, s.included, s.exclusion, s.students])).toEqual([["县特殊教育学校", "primary", false, "special_education", 100]]);
  });
});

describe("readSchoolRows: a special school teaching both stages", () => {
  // Typed with their unit, the students are read as the reader reads them: 40人 alone made no stage's students, and the school was left without a stage, judged at both norms.
  it.each([
    ["bare numbers", 50, 30, 40],
    ["numbers typed with their unit", "50人", "30人", "40人"],
  ] as const)("is one whole school with each stage's students, so that G7 funds each at its own norm (the junior students were dropped); the one-stage school is a 小学 of 40 (%s)", async (_, primary, junior, alone) => {
    const grid = gridOf([
      ["学校名称", "小学在校生数", "初中在校生数", "公用经费（元）"],
      ["县特殊教育学校", primary, junior, 310000],
      ["县培智学校", alone, null, 250000],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const both = onlyRecord(result, "县特殊教育学校");
    expect([both.type, both.stage, both.stageFields?.primary?.students?.value, both.stageFields?.junior?.students?.value]).toEqual(["special", null, 50, 30]);
    const one = onlyRecord(result, "县培智学校");
    expect([one.type, one.stage, one.fields.students?.value]).toEqual(["special", "primary", 40]);
  });

  it("leaves a school whose one stage's students are no number the reader reads (约40) without a stage, as before", async () => {
    const grid = gridOf([
      ["学校名称", "小学在校生数", "初中在校生数", "公用经费（元）"],
      ["县特殊教育学校", "50人", "30人", 310000],
      ["县启智学校", "约40", null, 250000],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(onlyRecord(result, "县启智学校").stage).toBeNull();
    expect(at(result.issues, "read_special_stage_unknown")).toEqual(["学校基本情况!A3"]);
  });
});

describe("readSchoolRows: a school typed by its 学段 alone", () => {
  it("takes 小学 / 初中 from the 学段 column when neither a type nor the name says it, in one note for the sheet", async () => {
    const grid = gridOf([
      ["学校名称", "学段", "在校生数", "专任教师数"],
      ["金山学校", "小学", 300, 20],
      ["银山学校", "初中", 200, 15],
      ["铜山学校", null, 100, 8],
      ["城关小学", "小学", 500, 30],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    expect(["金山学校", "银山学校", "铜山学校", "城关小学"].map((n) => [onlyRecord(result, n).type, onlyRecord(result, n).stage])).toEqual([
      ["primary", "primary"],
      ["junior", "junior"],
      ["other", "primary"],
      ["primary", "primary"],
    ]);
    expect(result.issues.filter((i) => i.code === "read_type_from_stage")).toEqual([{ code: "read_type_from_stage", severity: "info", cell: "学校基本情况!A2", params: { count: 2, name: "金山学校" } }]);
    expect(at(result.issues, "read_type_unknown_blank")).toEqual(["学校基本情况!A4"]);
  });

  // Before (tester tS finding 1): 民族学校 | 小学 was `other` and left out; the 学段 types it as a blank type's, said at the type cell.
  it("reads a type cell that says something unknown by its 学段, with a note at the type cell; without a 学段, leaves it to its warning", async () => {
    const result = await read([["金山学校", "民族学校", "小学", 300, 20, 1500, 2500, 700000, 7, 3], ["银山学校", "民族学校", null, 300, 20, 1500, 2500, 700000, 7, 3]]);
    expect([onlyRecord(result, "金山学校").type, onlyRecord(result, "银山学校").type]).toEqual(["primary", "other"]);
    expect(at(result.issues, "read_type_from_stage_text")).toEqual(["学校基本情况!B2"]);
    expect(at(result.issues, "read_type_unknown")).toEqual(["学校基本情况!A3"]);
    expect(at(result.issues, "read_type_from_stage")).toEqual([]);
  });
});

describe("readSchoolRows: name, type and stage that contradict each other", () => {
  it("warns at the stage cell when the name's section says the other stage, reading the 学段 column", async () => {
    const result = await read([["城东学校（初中部）", "九年一贯制学校", "小学", 300, 20, 1500, 2500, 700000, 7, 3]]);
    expect(onlyRecord(result, "城东学校（初中部）").stage).toBe("primary");
    expect(result.issues).toContainEqual({ code: "read_stage_name_conflict", severity: "warning", cell: "学校基本情况!C2", params: { name: "城东学校（初中部）", text: "小学", stage: "primary" } });
  });

  it("warns at the stage cell when a single-stage type has no such stage (丙小学 with 学段 初中)", async () => {
    const result = await read([["丙小学", "小学", "初中", 800, 45, 4000, 7000, 1800000, 20, 9]]);
    expect(onlyRecord(result, "丙小学").stage).toBe("junior");
    expect(result.issues).toContainEqual({ code: "read_stage_type_conflict", severity: "warning", cell: "学校基本情况!C2", params: { name: "丙小学", text: "初中", type: "primary", stage: "junior" } });
  });

  it("warns at the type cell when the name says 教学点 but the type 小学 (so it is evaluated even under 50 students)", async () => {
    const result = await read([JIA, ["王村教学点", "小学", "小学", 30, 3, 200, 400, 60000, 1, 0]]);
    expect(onlyRecord(result, "王村教学点").type).toBe("primary");
    expect(result.issues).toContainEqual({ code: "read_type_name_teaching_point", severity: "warning", cell: "学校基本情况!B3", params: { name: "王村教学点", text: "小学", type: "primary" } });
  });

  it("warns when the name says 小学 and the type 初级中学", async () => {
    const result = await read([["城西小学", "初级中学", "初中", 450, 30, 2500, 4000, 1100000, 11, 5]]);
    expect(at(result.issues, "read_type_name_conflict")).toEqual(["学校基本情况!B2"]);
    expect(onlyRecord(result, "城西小学").type).toBe("junior");
  });

  it("says nothing when name, type and stage agree, nor for a teaching point named …小学 or a 启明小学", async () => {
    const result = await read([
      JIA,
      YI,
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 40, 6000, 9000, 2500000, 24, 6],
      ["河湾小学", "教学点", "小学", 40, 3, 200, 400, 60000, 1, 0],
      ["启明小学", "小学", "小学", 300, 20, 1500, 2500, 700000, 7, 3],
      ["红星学校", "九年一贯制学校", "初中", 300, 20, 1500, 2500, 700000, 7, 3],
    ]);
    expect(result.issues.filter((i) => /conflict|teaching_point/.test(i.code))).toEqual([]);
  });
});

describe("readSchoolRows: a combined school's two section rows with shared values in merged cells", () => {
  /** 实验学校 rows 3–4 (sheet rows 3 and 4): its shared F:I cells merged over both rows (WE-2's numbers in F). */
  const SECTIONS: CellValue[][] = [
    JIA,
    ["实验学校（小学部）", "九年一贯制学校", "小学", 166, 12, 23226, 9000, 2500000, 24, 2],
    ["实验学校（初中部）", "九年一贯制学校", "初中", 210, 18, null, null, null, null, 3],
    YI,
  ];
  const MERGED = { merges: ["F3:F4", "G3:G4", "H3:H4", "I3:I4"] };

  it("reads the pair as one whole 九年一贯制 record: merged values shared, each row's own values its stage's", async () => {
    const result = await read(SECTIONS, MERGED);
    const school = onlyRecord(result, "实验学校");
    expect([school.stage, school.type, school.id]).toEqual([null, "nine_year", "学校基本情况!3"]);
    expect(school.fields).toEqual({
      teachingArea: { value: 23226, cell: "学校基本情况!F3" },
      sportsTotalArea: { value: 9000, cell: "学校基本情况!G3" },
      equipmentValue: { value: 2500000, cell: "学校基本情况!H3" },
      multimediaRooms: { value: 24, cell: "学校基本情况!I3" },
    });
    expect(school.stageFields?.primary?.students).toEqual({ value: 166, cell: "学校基本情况!D3" });
    expect(school.stageFields?.junior).toEqual({
      students: { value: 210, cell: "学校基本情况!D4" },
      teachers: { value: 18, cell: "学校基本情况!E4" },
      backboneTeachers: { value: 3, cell: "学校基本情况!J4" },
    });
    expect(school.blankCells).toBeUndefined();
    expect(school.stageBlankCells).toBeUndefined();
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "实验学校", "乙中学"]);
    expect(result.issues).toContainEqual({
      code: "read_sections_shared_merged",
      severity: "info",
      cell: "学校基本情况!F3",
      params: { name: "实验学校", fieldList: "teachingArea,sportsTotalArea,equipmentValue,multimediaRooms" },
    });
  });

  it("lets the engine split the shared values by weighted students (WE-2: 23 226 m², 166 primary, 210 junior)", async () => {
    const school = onlyRecord(await read(SECTIONS, MERGED), "实验学校");
    const [primary, junior] = recordSections(school, builtInProfile("national-2017"));
    // Weighted students 166 + 1.1 × 210 = 397: 23 226 × 166 / 397 = 9711.627204030226 (published 9711.63); × 231 / 397 = 13 514.372795969773 (13 514.37).
    expect(primary?.fields.teachingArea?.value).toBeCloseTo(9711.627204030226, 9);
    expect(junior?.fields.teachingArea?.value).toBeCloseTo(13514.372795969773, 9);
    // 24 rooms: 24 × 166 / 397 = 10.035264483627204.
    expect(primary?.fields.multimediaRooms?.value).toBeCloseTo(10.035264483627204, 9);
    expect([primary?.fields.students?.value, junior?.fields.students?.value]).toEqual([166, 210]);
  });

  it("joins rows under one merged name cell (学段 column) when a value cell is merged too", async () => {
    const rows = [
      ["实验学校", "九年一贯制学校", "小学", 600, 40, 3500, 5000, 1500000, 14, 6],
      [null, "九年一贯制学校", "初中", 400, 30, 2500, 4000, null, 10, 4],
    ];
    const school = onlyRecord(await read(rows, { merges: ["A2:A3", "H2:H3"] }), "实验学校");
    expect(school.fields).toEqual({ equipmentValue: { value: 1500000, cell: "学校基本情况!H2" } });
    // Values given on each row stay that stage's own (the engine does not split them).
    expect(school.stageFields?.junior?.teachingArea).toEqual({ value: 2500, cell: "学校基本情况!F3" });
  });

  it("keeps a merged blank value cell as the whole school's blank cell, so a missing value points at it", async () => {
    const rows = [
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 40, 3500, 5000, null, 14, 6],
      ["实验学校（初中部）", "九年一贯制学校", "初中", 400, 30, 2500, 4000, null, 10, 4],
    ];
    const school = onlyRecord(await read(rows, { merges: ["H2:H3"] }), "实验学校");
    expect(school.fields).toEqual({});
    expect(school.blankCells).toEqual({ equipmentValue: "学校基本情况!H2" });
  });

  it("warns at a merged per-stage count (teachers by stage cannot be split by weights)", async () => {
    const rows = [
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 70, 3500, 5000, 1500000, 14, 10],
      ["实验学校（初中部）", "九年一贯制学校", "初中", 400, null, 2500, 4000, 1000000, 10, null],
    ];
    const result = await read(rows, { merges: ["J2:J3"] });
    const school = onlyRecord(result, "实验学校");
    expect(school.fields).toEqual({ backboneTeachers: { value: 10, cell: "学校基本情况!J2" } });
    expect(school.stageFields?.primary?.backboneTeachers).toBeUndefined();
    expect(at(result.issues, "read_sections_stage_value_merged")).toEqual(["学校基本情况!J2"]);
  });

  it("gives all to the primary section when the junior has zero students (one section's share is 1)", async () => {
    const rows = [
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 40, 6000, 9000, 2500000, 24, 6],
      ["实验学校（初中部）", "九年一贯制学校", "初中", 0, 0, null, null, null, null, 0],
    ];
    const school = onlyRecord(await read(rows, { merges: ["F2:F3"] }), "实验学校");
    const [primary] = recordSections(school, builtInProfile("national-2017"));
    expect(primary?.fields.teachingArea?.value).toBeCloseTo(6000, 9);
  });

  it("does not join two different schools under a merged cell; warns there and keeps the value on the first row", async () => {
    const result = await read([JIA, ["丁小学", "小学", "小学", 500, 30, 2000, 3000, 800000, null, 4]], { merges: ["I2:I3"] });
    expect(result.input.records.map((r) => [r.name, r.fields.multimediaRooms?.value])).toEqual([
      ["甲小学", 25],
      ["丁小学", undefined],
    ]);
    expect(result.issues).toContainEqual({ code: "read_merged_across_rows", severity: "warning", cell: "学校基本情况!I2", params: { header: "网络多媒体教室数（间）", rows: "2–3" } });
  });

  it("does not join section rows without merged value cells; a shared value on one row only is a warning at the blank cell", async () => {
    const rows = [
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 40, 6000, 9000, 2500000, 24, 6],
      ["实验学校（初中部）", "九年一贯制学校", "初中", 400, 30, null, 4000, null, null, 4],
    ];
    const result = await read(rows);
    expect(result.input.records.map((r) => [r.name, r.stage, r.fields.teachingArea?.value])).toEqual([
      ["实验学校（小学部）", "primary", 6000],
      ["实验学校（初中部）", "junior", undefined],
    ]);
    expect(at(result.issues, "read_shared_value_one_section")).toEqual(["学校基本情况!F3", "学校基本情况!H3", "学校基本情况!I3"]);
    expect(result.issues).toContainEqual({
      code: "read_shared_value_one_section",
      severity: "warning",
      cell: "学校基本情况!F3",
      params: { name: "实验学校（初中部）", header: "教学及辅助用房面积（㎡）", otherCell: "学校基本情况!F2" },
    });
  });

  it("warns the other way round too (value on the junior row only), and not for separate schools or when both rows give values", async () => {
    const rows = [
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 40, null, 9000, 2500000, 24, 6],
      ["实验学校（初中部）", "九年一贯制学校", "初中", 400, 30, 2500, 4000, 1000000, 10, 4],
      ["丁小学", "小学", "小学", 500, 30, 2000, 3000, 800000, 12, 4],
      ["丁中学", "初级中学", "初中", 500, 30, null, 3000, 800000, 12, 4],
    ];
    const result = await read(rows);
    expect(at(result.issues, "read_shared_value_one_section")).toEqual(["学校基本情况!F2"]);
  });

  it("reads a one-school sheet with blank shared cells on both section rows without a warning (nothing given anywhere)", async () => {
    const rows = [
      ["实验学校（小学部）", "九年一贯制学校", "小学", 600, 40, null, null, null, null, 6],
      ["实验学校（初中部）", "九年一贯制学校", "初中", 400, 30, null, null, null, null, 4],
    ];
    const result = await read(rows);
    expect(result.input.records).toHaveLength(2);
    expect(at(result.issues, "read_shared_value_one_section")).toEqual([]);
  });
});

describe("readSchoolRows: a combined school's 小学 / 初中 lines under its own row", () => {
  /** The school row gives the shared areas, equipment and rooms; each stage line its students, teachers and backbone teachers. */
  const PARENT: CellValue[] = ["城关九年一贯制学校", "九年一贯制学校", null, null, null, 10400, 20800, 5200000, 52, null];
  const PRIMARY_LINE: CellValue[] = ["小学", null, "小学", 600, 40, null, null, null, null, 8];
  const JUNIOR_LINE: CellValue[] = ["初中", null, "初中", 400, 35, null, null, null, null, 6];

  it("reads them as the school's stages, not as total rows, and notes each at its name", async () => {
    const result = await read([JIA, PARENT, PRIMARY_LINE, JUNIOR_LINE, YI]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "城关九年一贯制学校", "乙中学"]);
    const school = onlyRecord(result, "城关九年一贯制学校");
    expect([school.stage, school.type]).toEqual([null, "nine_year"]);
    expect(school.stageFields?.primary).toEqual({
      students: { value: 600, cell: "学校基本情况!D4" },
      teachers: { value: 40, cell: "学校基本情况!E4" },
      backboneTeachers: { value: 8, cell: "学校基本情况!J4" },
    });
    expect(school.stageFields?.junior?.students).toEqual({ value: 400, cell: "学校基本情况!D5" });
    expect(school.fields.teachingArea).toEqual({ value: 10400, cell: "学校基本情况!F3" });
    expect(at(result.issues, "read_total_row")).toEqual([]);
    expect(result.issues).toContainEqual({ code: "read_stage_line", severity: "info", cell: "学校基本情况!A4", params: { text: "小学", name: "城关九年一贯制学校", stage: "primary", parentCell: "学校基本情况!A3" } });
    expect(at(result.issues, "read_stage_line")).toEqual(["学校基本情况!A4", "学校基本情况!A5"]);
  });

  it("lets the engine split the school row's shared values by weighted students (600 + 1.1 × 400 = 1040)", async () => {
    const school = onlyRecord(await read([PARENT, PRIMARY_LINE, JUNIOR_LINE]), "城关九年一贯制学校");
    const [primary, junior] = recordSections(school, builtInProfile("national-2017"));
    // 10 400 m² × 600 / 1040 = 6000; × 440 / 1040 = 4400. 52 rooms × 600 / 1040 = 30.
    expect(primary?.fields.teachingArea?.value).toBeCloseTo(6000, 9);
    expect(junior?.fields.teachingArea?.value).toBeCloseTo(4400, 9);
    expect(primary?.fields.multimediaRooms?.value).toBeCloseTo(30, 9);
    expect([primary?.fields.students?.value, junior?.fields.students?.value]).toEqual([600, 400]);
    expect([primary?.problems, junior?.problems]).toEqual([[], []]);
  });

  it("takes a stage's own area on its line; a dash there under the school's area is no own value", async () => {
    const own: CellValue[] = ["初中", null, "初中", 400, 35, 4000, "—", null, null, 6];
    const school = onlyRecord(await read([PARENT, PRIMARY_LINE, own]), "城关九年一贯制学校");
    expect(Object.keys(school.stageFields ?? {})).toEqual(["primary", "junior"]);
    expect(school.stageFields?.junior?.teachingArea).toEqual({ value: 4000, cell: "学校基本情况!F4" });
    expect(school.stageFields?.junior?.sportsTotalArea).toBeUndefined();
  });

  it("leaves them total rows under a single-stage school or a 合计 row, across a blank row", async () => {
    const total = [JIA, ["合计", null, null, 1600, 100, 8000, 13000, 3700000, 37, 17], PRIMARY_LINE, JUNIOR_LINE];
    expect(at((await read(total)).issues, "read_total_row")).toEqual(["学校基本情况!A3", "学校基本情况!A4", "学校基本情况!A5"]);
    expect(at((await read([JIA, PRIMARY_LINE])).issues, "read_total_row")).toEqual(["学校基本情况!A3"]);
    const gap = await read([PARENT, [], PRIMARY_LINE, JUNIOR_LINE]);
    expect(at(gap.issues, "read_total_row")).toEqual(["学校基本情况!A4", "学校基本情况!A5"]);
    expect(at(gap.issues, "read_stage_lines_incomplete")).toEqual([]);
  });

  /** The school row with 2000 students in all. */
  const WHOLE: CellValue[] = [...PARENT.slice(0, 3), 2000, ...PARENT.slice(4)];
  const line = (text: string, students: number): CellValue[] => [text, null, null, students, 70, null, null, null, null, 8];

  it("takes none of them unless each stage of the school has one: one 小学 line alone would get all the shared areas", async () => {
    const result = await read([JIA, WHOLE, line("小学", 1200), YI]);
    const school = onlyRecord(result, "城关九年一贯制学校");
    expect(school.stageFields).toEqual({});
    expect(school.fields.students).toEqual({ value: 2000, cell: "学校基本情况!D3" });
    expect(at(result.issues, "read_total_row")).toEqual(["学校基本情况!A4"]);
    expect(at(result.issues, "read_stage_line")).toEqual([]);
    expect(result.issues).toContainEqual({ code: "read_stage_lines_incomplete", severity: "warning", cell: "学校基本情况!A4", params: { name: "城关九年一贯制学校", parentCell: "学校基本情况!A3", lines: "小学" } });
    // The same stage twice is no pair either: the lines are total rows.
    const twice = await read([PARENT, PRIMARY_LINE, PRIMARY_LINE]);
    expect(at(twice.issues, "read_total_row")).toEqual(["学校基本情况!A3", "学校基本情况!A4"]);
    expect(onlyRecord(twice, "城关九年一贯制学校").stageFields).toEqual({});
  });

  it("reads a line's students typed full-width as text (１２００ + 800 = 2000), noted at the cell", async () => {
    const result = await read([WHOLE, ["小学", null, null, "１２００", 70, null, null, null, null, 8], line("初中", 800)]);
    const school = onlyRecord(result, "城关九年一贯制学校");
    expect(school.stageFields?.primary?.students).toEqual({ value: 1200, cell: "学校基本情况!D3" });
    expect(at(result.issues, "read_stage_line")).toEqual(["学校基本情况!A3", "学校基本情况!A4"]);
    expect(result.issues).toContainEqual({ code: "read_number_as_text", severity: "info", cell: "学校基本情况!D3", params: { header: "在校生数", field: "students", text: "１２００", value: 1200 } });
  });

  it("with a line's students blank: not the school's stages when the school gives its whole count; else taken, the blank cell kept", async () => {
    const blank: CellValue[] = ["小学", null, null, null, 70, null, null, null, null, 8];
    const counted = await read([WHOLE, blank, line("初中", 800)]);
    expect(onlyRecord(counted, "城关九年一贯制学校").stageFields).toEqual({});
    expect(at(counted.issues, "read_stage_lines_sum")).toEqual(["学校基本情况!A3"]);
    const open = await read([PARENT, blank, line("初中", 800)]);
    const school = onlyRecord(open, "城关九年一贯制学校");
    expect(school.stageFields?.primary?.students).toBeUndefined();
    expect(school.stageBlankCells?.primary?.students).toBe("学校基本情况!D3");
    expect(school.stageFields?.junior?.students).toEqual({ value: 800, cell: "学校基本情况!D4" });
  });

  it("takes them when their students add up to the school's (1200 + 800 = 2000), not the county's 1800 / 1500 nor 1200 + 900", async () => {
    const fits = await read([WHOLE, line("小学", 1200), line("初中", 800)]);
    expect(at(fits.issues, "read_stage_line")).toEqual(["学校基本情况!A3", "学校基本情况!A4"]);
    expect(onlyRecord(fits, "城关九年一贯制学校").stageFields?.junior?.students).toEqual({ value: 800, cell: "学校基本情况!D4" });
    for (const [p, j] of [[1800, 1500], [1200, 900]] as const) {
      const result = await read([JIA, WHOLE, line("小学", p), line("初中", j)]);
      expect(onlyRecord(result, "城关九年一贯制学校").stageFields).toEqual({});
      expect(at(result.issues, "read_total_row")).toEqual(["学校基本情况!A4", "学校基本情况!A5"]);
      expect(result.issues).toContainEqual({ code: "read_stage_lines_sum", severity: "warning", cell: "学校基本情况!A4", params: { name: "城关九年一贯制学校", parentCell: "学校基本情况!A3", lines: "小学、初中", sum: p + j, whole: 2000 } });
    }
  });
  /** The labels bureaus write the stages under the school row with, beside the bare 小学 / 初中. */
  const LABELS = [
    ["其中：小学", "其中：初中"],
    ["其中:小学", "其中:初中"],
    ["（其中）小学", "（其中）初中"],
    ["其中小学", "其中初中"],
    ["小学部", "初中部"],
    // A section word in brackets is the section alone too (the probe: 一贯制学校 1000 | 小学部 600 | （初中部） 400).
    ["小学部", "（初中部）"],
    ["(小学)", "（初中）"],
  ] as const;

  it.each(LABELS)("reads %p / %p lines as the school's stages, as bare 小学 / 初中 lines are (600 + 1.1 × 400 = 1040)", async (p, j) => {
    const result = await read([JIA, PARENT, [p, ...PRIMARY_LINE.slice(1)], [j, ...JUNIOR_LINE.slice(1)], YI]);
    // Each spelling names a stage alone, right under the school: its stages, neither total rows nor schools named 小学部.
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "城关九年一贯制学校", "乙中学"]);
    expect(at(result.issues, "read_total_row")).toEqual([]);
    expect(result.issues).toContainEqual({ code: "read_stage_line", severity: "info", cell: "学校基本情况!A4", params: { text: p, name: "城关九年一贯制学校", stage: "primary", parentCell: "学校基本情况!A3" } });
    expect(at(result.issues, "read_stage_line")).toEqual(["学校基本情况!A4", "学校基本情况!A5"]);
    const [primary, junior] = recordSections(onlyRecord(result, "城关九年一贯制学校"), builtInProfile("national-2017"));
    expect([primary?.fields.students?.value, junior?.fields.students?.value]).toEqual([600, 400]);
    // 10 400 m² × 600 / 1040 = 6000; × 440 / 1040 = 4400 (as for the bare lines above).
    expect(primary?.fields.teachingArea?.value).toBeCloseTo(6000, 9);
    expect(junior?.fields.teachingArea?.value).toBeCloseTo(4400, 9);
    expect(junior?.fields.teachers).toEqual({ value: 35, cell: "学校基本情况!E5" });
  });

  it("takes 其中：小学 / 其中：初中 only when they fit the school, as bare lines: 1800 + 1500 under a 2000-student school stay total rows", async () => {
    const result = await read([JIA, WHOLE, line("其中：小学", 1800), line("其中：初中", 1500)]);
    expect(onlyRecord(result, "城关九年一贯制学校").stageFields).toEqual({});
    expect(at(result.issues, "read_total_row")).toEqual(["学校基本情况!A4", "学校基本情况!A5"]);
    expect(at(result.issues, "read_stage_lines_sum")).toEqual(["学校基本情况!A4"]);
  });

  it("passes over breakdown lines (其中：女, 其中：寄宿生) under the school or between its stage lines, which are still its stages", async () => {
    const whole: CellValue[] = [...PARENT.slice(0, 3), 1000, ...PARENT.slice(4)];
    const breakdown = (text: string, students: number): CellValue[] => [text, null, null, students, null, null, null, null, null, null];
    const rows = [JIA, whole, breakdown("其中：女", 480), ["其中：小学", ...PRIMARY_LINE.slice(1)], breakdown("其中：寄宿生", 100), ["其中：初中", ...JUNIOR_LINE.slice(1)], YI];
    const result = await read(rows);
    // A breakdown (其中：女, 其中：寄宿生) is a part of the row above it: no end of the school's stage lines.
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "城关九年一贯制学校", "乙中学"]);
    expect(at(result.issues, "read_stage_line")).toEqual(["学校基本情况!A5", "学校基本情况!A7"]);
    expect(at(result.issues, "read_total_row")).toEqual(["学校基本情况!A4", "学校基本情况!A6"]);
    expect(at(result.issues, "read_stage_lines_incomplete")).toEqual([]);
    const [primary, junior] = recordSections(onlyRecord(result, "城关九年一贯制学校"), builtInProfile("national-2017"));
    // 1000 = 600 + 400, split 1 : 1.1 (rules.md): 10 400 m² × 600 / (600 + 440) = 6000; × 440 / 1040 = 4400.
    expect([primary?.fields.students?.value, junior?.fields.students?.value]).toEqual([600, 400]);
    expect(primary?.fields.teachingArea?.value).toBeCloseTo(6000, 9);
    expect(junior?.fields.teachingArea?.value).toBeCloseTo(4400, 9);
  });

  it("keeps other breakdowns (其中：农村) and the stages of a 合计 total rows, and reads a school named …初中部 on its own row as a school", async () => {
    const total: CellValue[] = ["合计", null, null, 1600, 100, 8000, 13000, 3700000, 37, 17];
    const rural = await read([JIA, PARENT, line("其中：农村", 600), YI]);
    expect(at(rural.issues, "read_total_row")).toEqual(["学校基本情况!A4"]);
    expect(onlyRecord(rural, "城关九年一贯制学校").stageFields).toEqual({});
    const block = await read([JIA, YI, total, line("其中：小学", 1000), line("小学部", 1000), line("其中：初中", 600)]);
    expect(block.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(at(block.issues, "read_total_row")).toEqual(["学校基本情况!A4", "学校基本情况!A5", "学校基本情况!A6", "学校基本情况!A7"]);
    const named = await read([PARENT, ["东方学校初中部", "九年一贯制学校", "初中", 400, 35, 4000, 6000, 900000, 10, 6]]);
    expect(named.input.records.map((r) => [r.name, r.stage])).toEqual([
      ["城关九年一贯制学校", null],
      ["东方学校初中部", "junior"],
    ]);
    expect(onlyRecord(named, "东方学校初中部").fields.students).toEqual({ value: 400, cell: "学校基本情况!D3" });
  });
});

describe("readSchoolRows: township groups (乡镇 headings and a 乡镇 column)", () => {
  /** Columns A–J as HEADER, a 乡镇 column K. */
  const WITH_TOWN = [...HEADER, "乡镇"];

  async function readTown(rows: readonly (readonly CellValue[])[], merges: readonly string[] = []): Promise<Ok> {
    const result = await readWorkbook(sourceOf([gridOf([WITH_TOWN, ...rows], { merges })]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result;
  }

  it("skips a township label with no numbers as a heading, merged across the table or not", async () => {
    const result = await readTown([["城关镇"], [...JIA, "城关镇"], [null, null, null, null, null, null, null, null, null, null, null], ["石桥乡"], [...YI, "石桥乡"]], ["A2:K2"]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(at(result.issues, "read_area_heading_row")).toEqual(["学校基本情况!A2", "学校基本情况!A5"]);
    expect(at(result.issues, "read_type_unknown")).toEqual([]);
  });

  it("skips a label merged across most of the table even without a township ending, but not a school with numbers", async () => {
    const result = await readTown([["县直学校"], [...JIA, null], ["东关镇", "小学", "小学", 300, 20, 1500, 2400, 750000, 8, 3]], ["A2:H2"]);
    expect(at(result.issues, "read_area_heading_row")).toEqual(["学校基本情况!A2"]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "东关镇"]);
  });

  it("keeps a row with other text beside the name as a school (a blank school, not a heading)", async () => {
    const result = await readTown([[...JIA, null], ["城关镇", "小学", "小学"]]);
    expect(at(result.issues, "read_area_heading_row")).toEqual([]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "城关镇"]);
  });

  it("reads two 中心小学 of different townships, each named with its township", async () => {
    const centre: CellValue[] = ["中心小学", ...JIA.slice(1)];
    const result = await readTown([[...centre, "城关镇"], [...centre, "石桥镇（街道）"]]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关镇中心小学", "石桥镇（街道）中心小学"]);
    expect(at(result.issues, "read_name_with_township")).toEqual(["学校基本情况!A2", "学校基本情况!A3"]);
    expect(at(result.issues, "read_duplicate_school")).toEqual([]);
  });

  it.each(["乡镇", "乡镇（街道）", "所在乡镇", "镇街", "学区"])("knows a %s column", async (header) => {
    const result = await readWorkbook(sourceOf([gridOf([[...HEADER, header], ["中心小学", ...JIA.slice(1), "城关镇"], ["中心小学", ...JIA.slice(1), "石桥镇"]])]));
    expect(result.ok && result.input.records.length).toBe(2);
  });
});

describe("readSchoolRows: names that are no names", () => {
  it("says a formula error in the name cell (#N/A of a lookup) as such, at its cell, and leaves the row out", async () => {
    const result = await read([JIA, [{ error: "#N/A" }, ...JIA.slice(1)], YI]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(result.issues.filter((i) => i.cell === "学校基本情况!A3")).toEqual([{ code: "read_name_formula_error", severity: "warning", cell: "学校基本情况!A3", params: { row: 3, text: "#N/A" } }]);
    // A blank name keeps its own wording.
    const blank = await read([JIA, [null, ...JIA.slice(1)]]);
    expect(at(blank.issues, "read_row_no_name")).toEqual(["学校基本情况!A3"]);
    expect(at(blank.issues, "read_name_formula_error")).toEqual([]);
  });

  it("warns once, at the name column's header, when every name is a bare number (a 序号 column taken for names); reads the rows all the same", async () => {
    const numbered = await read([["1", ...JIA.slice(1)], [2, ...YI.slice(1)], ["３", ...JIA.slice(1)]]);
    expect(numbered.input.records.map((r) => r.name)).toEqual(["1", "2", "３"]);
    expect(numbered.issues.filter((i) => i.code === "read_names_are_numbers")).toEqual([{ code: "read_names_are_numbers", severity: "warning", cell: "学校基本情况!A1", params: { column: "A", header: "学校名称", count: 3 } }]);
  });

  it("no warning when one name is a name, nor for one school alone (a county may number a single school)", async () => {
    expect(at((await read([["1", ...JIA.slice(1)], YI])).issues, "read_names_are_numbers")).toEqual([]);
    expect(at((await read([["1", ...JIA.slice(1)]])).issues, "read_names_are_numbers")).toEqual([]);
    expect(at((await read([JIA, YI])).issues, "read_names_are_numbers")).toEqual([]);
  });
});

describe("readSchoolRows: a sentence under the table is a note, not a school", () => {
  it("leaves out a sentence with no numbers (it was read as a school with every value missing), but keeps a blank school whose aside holds a comma", async () => {
    const blankSchools = ["城关小学（含东村、西村教学点，共2个）", "北京师范大学附属实验学校，城关校区", "城关镇中心小学【含东村，西村教学点】", "某县实验学校（小学部），原城关小学"];
    const result = await read([JIA, ["本表完全中学只填义务教育阶段学生，高中部不填。"], ["以上数据截至九月底"], ...blankSchools.map((n) => [n, "小学", "小学"])]);
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", ...blankSchools]);
  });
});

describe("readSchoolRows: breakdowns of a school (其中：女) and a section line under a single-stage school", () => {
  const under = (label: string): CellValue[] => [label, null, null, 390, null, null, null, null, null, null];

  it.each(["其中：女", "其中:寄宿生", "（其中）少数民族", "其中随迁子女"])("skips %p under a school as the breakdown it is, never a school of type other", async (label) => {
    const result = await read([JIA, under(label), under("其中：寄宿生"), YI]);
    // 其中 says a part of the school above: never a school, nor one of unknown type.
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙中学"]);
    expect(result.issues).toContainEqual({ code: "read_total_row", severity: "info", cell: "学校基本情况!A3", params: { text: label } });
    expect(at(result.issues, "read_total_row")).toEqual(["学校基本情况!A3", "学校基本情况!A4"]);
    expect(result.issues.filter((i) => /^read_type_unknown/.test(i.code))).toEqual([]);
  });

  it("says a 初中部 / 高中部 line under a single-stage school is a section line not under a combined school, not a 合计 row", async () => {
    const result = await read([JIA, ["初中部", null, null, 300, 22, 2000, 4000, 800000, 8, 4], YI, ["高中部", null, null, 500, 40, null, null, null, null, 6]]);
    // 初中部 / 高中部 name a section, which no 合计 has: a section line not under a combined school, not a total row.
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([
      ["甲小学", 1000],
      ["乙中学", 600],
    ]);
    expect(at(result.issues, "read_total_row")).toEqual([]);
    expect(result.issues.filter((i) => i.code === "read_stage_line_not_combined")).toEqual([
      { code: "read_stage_line_not_combined", severity: "warning", cell: "学校基本情况!A3", params: { text: "初中部", name: "甲小学", parentCell: "学校基本情况!A2" } },
      { code: "read_stage_line_not_combined", severity: "warning", cell: "学校基本情况!A5", params: { text: "高中部", name: "乙中学", parentCell: "学校基本情况!A4" } },
    ]);
  });

  it("keeps a bare 初中 line, a 其中：初中 breakdown, or a 初中部 line after a blank row or a 合计 a total row", async () => {
    const line = (label: string): CellValue[] => [label, null, null, 300, 22, null, null, null, null, 4];
    const total: CellValue[] = ["合计", null, null, 1600, 100, 8000, 13000, 3700000, 37, 17];
    for (const rows of [[JIA, line("初中")], [JIA, line("其中：初中")], [JIA, [], line("初中部")], [JIA, total, line("初中部")]]) {
      const result = await read(rows);
      expect(result.input.records.map((r) => r.name)).toEqual(["甲小学"]);
      expect(at(result.issues, "read_stage_line_not_combined")).toEqual([]);
      expect(at(result.issues, "read_total_row")).toContain(`学校基本情况!A${rows.length + 1}`);
    }
  });
});
