import { recordSections } from "../../engine/recordSections";
import type { SchoolType, Stage } from "../../engine/types";
import { builtInProfile } from "../../profiles/resolveProfile";
import { message } from "../../messages/catalogue";
import type { CellValue, Grid } from "../types";
import type { ColumnRole, ColumnKey } from "./keys";
import { kindConflicts, type ReadKind } from "./kindConflicts";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

function role(column: number, key: ColumnKey): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor: 1, header: String(key) };
}

/** Columns A name, B type, C stage; sheet row 2 (0-based 1) is read. */
const ROLES = [role(0, "name"), role(1, "type"), role(2, "stage")];

function conflicts(cells: readonly CellValue[], type: SchoolType, stage: Stage | null, roles: readonly ColumnRole[] = ROLES): string[] {
  const grid = gridOf([["学校名称", "学校类型", "学段"], cells]);
  return kindConflicts(grid, 1, roles, { name: String(cells[0]), type, stage }).map((i) => `${i.code} ${i.cell ?? ""}`);
}

describe("kindConflicts", () => {
  it("says the stage cell when the name's section says the other stage", () => {
    expect(conflicts(["城东学校(初中部)", "九年一贯制学校", "小学部"], "nine_year", "primary")).toEqual(["read_stage_name_conflict 学校基本情况!C2"]);
  });

  it("says the stage cell when a 完全中学 is given a 小学 stage, and a 初中 a 小学 one", () => {
    expect(conflicts(["县二中", "完全中学", "小学"], "complete_middle", "primary")).toEqual(["read_stage_type_conflict 学校基本情况!C2"]);
    expect(conflicts(["东关中学", "初级中学", "小学"], "junior", "primary")).toEqual(["read_stage_type_conflict 学校基本情况!C2"]);
  });

  it("says the type cell for 中学 named schools typed 小学, and 教学点 named ones typed 初中", () => {
    expect(conflicts(["东关中学", "小学", "小学"], "primary", "primary")).toEqual(["read_type_name_conflict 学校基本情况!B2"]);
    expect(conflicts(["王村教学点", "初级中学", "初中"], "junior", "junior")).toEqual(["read_type_name_conflict 学校基本情况!B2"]);
    expect(conflicts(["王村教学点", "小学", null], "primary", "primary")).toEqual(["read_type_name_teaching_point 学校基本情况!B2"]);
  });

  it("says nothing without a 学段 or type column, for blank cells, or when the stage came from elsewhere", () => {
    expect(conflicts(["丙小学", null, null], "primary", "primary")).toEqual([]);
    expect(conflicts(["丙小学", "小学", "初中"], "primary", "junior", [role(0, "name")])).toEqual([]);
  });

  it("says a 学段 or type value that names no compulsory stage or type at its cell, not as a conflict (before: nothing at all)", () => {
    // A 学段 value that names no stage did not decide the stage: it is said as not used.
    expect(conflicts(["丙小学", "小学", "其他"], "primary", "primary")).toEqual(["read_stage_text_unknown 学校基本情况!C2"]);
    // A type value the reader does not know did not decide the type: it is said as not used.
    expect(conflicts(["东关中学", "幼儿园", null], "junior", "junior")).toEqual(["read_type_text_unknown 学校基本情况!B2"]);
  });

  it("says nothing for agreeing rows, 九年一贯制 sections, teaching points named 小学, 特教 keywords in ordinary names", () => {
    expect(conflicts(["城关学校(小学部)", "九年一贯制学校", "小学"], "nine_year", "primary")).toEqual([]);
    expect(conflicts(["红星学校", "九年一贯制学校", "初中"], "nine_year", "junior")).toEqual([]);
    expect(conflicts(["河湾小学", "教学点", "小学"], "teaching_point", "primary")).toEqual([]);
    expect(conflicts(["启明小学", "小学", "小学"], "primary", "primary")).toEqual([]);
    expect(conflicts(["县一中", "完全中学", "初中"], "complete_middle", "junior")).toEqual([]);
  });
});

describe("kindConflicts: a whole-school type given one stage", () => {
  /** A name, type, 学段 and per-stage student columns: 小学在校生 D, 初中在校生 E, 共用 教学及辅助用房 F. */
  const STAGED: readonly ColumnRole[] = [
    ...ROLES,
    { ...role(3, "students"), stage: "primary", header: "小学在校生" },
    { ...role(4, "students"), stage: "junior", header: "初中在校生" },
    role(5, "teachingArea"),
  ];

  function staged(cells: readonly CellValue[], type: SchoolType, stage: Stage | null): string[] {
    const grid = gridOf([["学校名称", "学校类型", "学段", "小学在校生", "初中在校生", "教学及辅助用房"], cells]);
    return kindConflicts(grid, 1, STAGED, { name: String(cells[0]), type, stage }).map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params?.column ?? "")}`);
  }

  it("says the 学段 cell when a 九年一贯制 row read as one stage has numbers for the other, naming that column", () => {
    expect(staged(["金山学校", "九年一贯制学校", "小学", 166, 210, 3416], "nine_year", "primary")).toEqual(["read_stage_whole_school_one_stage 学校基本情况!C2 E"]);
    expect(staged(["金山学校", "十二年一贯制学校", "初中部", 166, "210", 3416], "twelve_year", "junior")).toEqual(["read_stage_whole_school_one_stage 学校基本情况!C2 D"]);
  });

  it("reads the other stage's students typed with their unit as the reader does (210人, 1,200人, ３２０人): the same warning", () => {
    for (const junior of ["210人", "1,200人", "３２０人"]) {
      expect(staged(["金山学校", "九年一贯制学校", "小学", 166, junior, 3416], "nine_year", "primary")).toEqual(["read_stage_whole_school_one_stage 学校基本情况!C2 E"]);
    }
  });

  it("says nothing when the other stage's cell holds 0人 or 暂无 (none, as a blank)", () => {
    for (const junior of ["0人", "暂无"]) {
      expect(staged(["金山学校", "九年一贯制学校", "小学", 166, junior, 3416], "nine_year", "primary")).toEqual([]);
    }
  });

  it.each<[string, CellValue]>([
    ["约200", "约200"],
    ["见附表", "见附表"],
    ["-5", -5],
    ["#N/A", { error: "#N/A" }],
  ])("warns at the other stage's cell E2 for %s there, not the 学段 cell (before, as at 5e31adf: nothing, while 210 there is warned)", (text, junior) => {
    const grid = gridOf([["学校名称", "学校类型", "学段", "小学在校生", "初中在校生", "教学及辅助用房"], ["金山学校", "九年一贯制学校", "小学", 166, junior, 3416]]);
    const said = kindConflicts(grid, 1, STAGED, { name: "金山学校", type: "nine_year", stage: "primary" }).map((i) => [i.code, i.severity, i.cell, i.params.text]);
    expect(said).toEqual([["read_stage_whole_school_one_stage_unreadable", "warning", "学校基本情况!E2", text]]);
  });

  it("says both when the 初中 side holds a number in one column and 约5 in another: the number at the 学段 cell, 约5 at its own", () => {
    const teachers = [{ ...role(6, "teachers"), stage: "primary", header: "小学专任教师" }, { ...role(7, "teachers"), stage: "junior", header: "初中专任教师" }] as const;
    const grid = gridOf([["学校名称", "学校类型", "学段", "小学在校生", "初中在校生", "教学及辅助用房", "小学专任教师", "初中专任教师"], ["金山学校", "九年一贯制学校", "小学", 166, 210, 3416, 12, "约5"]]);
    expect(kindConflicts(grid, 1, [...STAGED, ...teachers], { name: "金山学校", type: "nine_year", stage: "primary" }).map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([
      "read_stage_whole_school_one_stage 学校基本情况!C2",
      "read_stage_whole_school_one_stage_unreadable 学校基本情况!H2",
    ]);
  });

  it("words the unreadable cell in zh and en with the school, its 学段, the column, header and text", () => {
    const params = { name: "金山学校", stageText: "小学", stage: "primary", type: "nine_year", column: "E", header: "初中在校生数", text: "约5" };
    expect(message("read_stage_whole_school_one_stage_unreadable", params, "zh")).toBe(
      "“金山学校”是九年一贯制学校，学段填为“小学”，只读作小学部分；但该行另一学段的第 E 列“初中在校生数”填有“约5”，不是可用的数值（不是数字、为负数或是公式错误），未读取。若此行是整所学校，请填写正确的数值，并清空学段或填“小学、初中”；否则请分成小学、初中两行；如该校没有另一学段的数据，请清空此格或填 0",
    );
    expect(message("read_stage_whole_school_one_stage_unreadable", params, "en")).toContain("holds “约5”, which is no usable number");
  });

  it("says nothing when the other stage's cells are blank, 0 or a dash, when the 学段 names both, or for a one-stage type", () => {
    expect(staged(["金山学校", "九年一贯制学校", "小学", 166, null, 3416], "nine_year", "primary")).toEqual([]);
    expect(staged(["金山学校", "九年一贯制学校", "小学", 166, 0, 3416], "nine_year", "primary")).toEqual([]);
    expect(staged(["金山学校", "九年一贯制学校", "小学", 166, "—", 3416], "nine_year", "primary")).toEqual([]);
    expect(staged(["金山学校", "九年一贯制学校", "中小学", 166, 210, 3416], "nine_year", null)).toEqual([]);
    expect(staged(["金山学校", "九年一贯制学校", null, 166, 210, 3416], "nine_year", null)).toEqual([]);
    // A 完全中学's compulsory part is its junior section: its senior numbers are not another stage here.
    expect(staged(["县一中", "完全中学", "初中", null, 900, 8000], "complete_middle", "junior")).toEqual([]);
  });
});

describe("kindConflicts: a column only the other stage reads is no sign of a whole school", () => {
  /** The sample's 初中部 row 39 with its 在校生数 and P 运动场地面积 given 小学 in the column mapping (sportsGroundArea@primary). */
  const MAPPED: readonly ColumnRole[] = [...ROLES, role(3, "students"), { ...role(4, "sportsGroundArea"), stage: "primary", header: "运动场地面积（㎡）", byHand: true }];

  function mapped(cells: readonly CellValue[], roles: readonly ColumnRole[] = MAPPED): string[] {
    const grid = gridOf([["学校名称", "学校类型", "学段", "在校生数", "运动场地面积（㎡）", "初中在校生"], cells]);
    return kindConflicts(grid, 1, roles, { name: String(cells[0]), type: "nine_year", stage: "junior" }).map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params?.column ?? "")}`);
  }

  it("says nothing for a 初中部 row with a number, or a number stored as text, in the 小学-mapped column (the column's header says it: stageColumnUnreadIssues)", () => {
    expect(mapped(["示例县实验学校（初中部）", "九年一贯制学校", "初中", 1254, 11023])).toEqual([]);
    expect(mapped(["示例县实验学校（初中部）", "九年一贯制学校", "初中", 1254, "11023"])).toEqual([]);
    expect(mapped(["示例县实验学校（初中部）", "九年一贯制学校", "初中", 1254, null])).toEqual([]);
  });

  it("still warns when the row also has a number in a column of the other stage that its own stage reads too", () => {
    const withPrimaryStudents: readonly ColumnRole[] = [...MAPPED, { ...role(5, "students"), stage: "primary", header: "小学在校生" }];
    expect(mapped(["金山学校", "九年一贯制学校", "初中", 376, 8982, 166], withPrimaryStudents)).toEqual(["read_stage_whole_school_one_stage 学校基本情况!C2 F"]);
  });
});

describe("a combined school's row through the reader (readWorkbook)", () => {
  const HEADER = ["学校名称", "学校类型", "学段", "小学在校生", "初中在校生", "教学及辅助用房面积（㎡）"];

  /** 金山学校's sections as [stage, students, teaching area], and the reader's read_stage… codes. */
  async function sections(stageText: string | null): Promise<{ sections: [Stage, number, number][]; codes: string[] }> {
    const result = await readWorkbook(sourceOf([gridOf([HEADER, ["城北小学", "小学", "小学", 1063, null, 7126], ["金山学校", "九年一贯制学校", stageText, 166, 210, 3416]])]));
    if (!result.ok) throw new Error("expected ok");
    const jin = result.input.records.filter((r) => r.name === "金山学校").flatMap((r) => recordSections(r, builtInProfile("national-2017")));
    const shown = jin.map((s): [Stage, number, number] => [s.stage, s.fields.students?.value ?? NaN, s.fields.teachingArea?.value ?? NaN]);
    return { sections: shown, codes: result.issues.map((i) => i.code).filter((c) => c.startsWith("read_stage")) };
  }

  /**
   * Weighted students (rules.md §2, 九年一贯制 1 : 1.1): primary share 166 / (166 + 1.1 × 210) = 166 / 397,
   * so 3416 × 166 / 397 = 567056 / 397 = 1428.35264 m² and junior 3416 × 231 / 397 = 789096 / 397 = 1987.64736 m².
   */
  function expectWhole(found: [Stage, number, number][]): void {
    expect(found.map(([stage, students]) => [stage, students])).toEqual([
      ["primary", 166],
      ["junior", 210],
    ]);
    expect(found[0]?.[2]).toBeCloseTo(1428.35264, 4);
    expect(found[1]?.[2]).toBeCloseTo(1987.64736, 4);
  }

  it.each(["中小学", "小学、初中", "小学/初中", "九年一贯"])("reads a 学段 of %p as the whole school: both sections, the shared area split", async (text) => {
    const read = await sections(text);
    expectWhole(read.sections);
    expect(read.codes).toEqual([]);
  });

  it("reads the whole school the same way without a 学段 value", async () => {
    expectWhole((await sections(null)).sections);
  });

  it("reads a 学段 of 小学 as the primary section with the whole area, and warns that the junior numbers are left out", async () => {
    expect(await sections("小学")).toEqual({ sections: [["primary", 166, 3416]], codes: ["read_stage_whole_school_one_stage"] });
  });

  it("warns as well when the junior students left out are typed with their unit (210人): the primary section takes the whole 3416 m² (it was said nothing)", async () => {
    const result = await readWorkbook(sourceOf([gridOf([HEADER, ["金山学校", "九年一贯制学校", "小学", 166, "210人", 3416]])]));
    if (!result.ok) throw new Error("expected ok");
    expect(result.input.records.map((r) => [r.stage, r.fields.students?.value, r.fields.teachingArea?.value])).toEqual([["primary", 166, 3416]]);
    expect(result.issues.filter((i) => i.code === "read_stage_whole_school_one_stage").map((i) => [i.cell, i.params.column])).toEqual([["学校基本情况!C2", "E"]]);
  });
});

describe("kindConflicts: a single-stage school with a number in a column of the other stage (Q1 of s48)", () => {
  /** 在校生数 其中：小学 D, 其中：初中 E; 教基1102 县级以上骨干教师(小学) F, (初中) G; 教学及辅助用房 H. */
  const STAGE_COLUMNS: readonly ColumnRole[] = [
    ...ROLES,
    { ...role(3, "students"), stage: "primary", header: "在校生数/其中：小学" },
    { ...role(4, "students"), stage: "junior", header: "在校生数/其中：初中" },
    { ...role(5, "backboneTeachers"), stage: "primary", header: "教基1102/县级以上骨干教师(小学)" },
    { ...role(6, "backboneTeachers"), stage: "junior", header: "教基1102/县级以上骨干教师(初中)" },
    role(7, "teachingArea"),
  ];

  function single(cells: readonly CellValue[], type: SchoolType, stage: Stage | null): string[] {
    const grid = gridOf([["学校名称", "办学类型", "学段", "其中：小学", "其中：初中", "骨干(小学)", "骨干(初中)", "教学及辅助用房"], cells]);
    return kindConflicts(grid, 1, STAGE_COLUMNS, { name: String(cells[0]), type, stage }).map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params.value ?? "")}`);
  }

  it("warns at the cell of a 初级中学's backbone teachers typed in the 小学 column (12 there, 0 in its own): not read, so its L2 would be 0 unsaid", () => {
    expect(single(["城关中学", "初级中学", null, null, 1050, 12, 0, 6800], "junior", "junior")).toEqual(["read_single_stage_other_stage 学校基本情况!F2 12"]);
  });

  it("warns at a 小学's 其中：初中 students (50), a 教学点's and a 完全中学's (read as its junior section) 小学 numbers alike", () => {
    expect(single(["城关镇中心小学", "小学", null, 980, 50, 9, 0, 4300], "primary", "primary")).toEqual(["read_single_stage_other_stage 学校基本情况!E2 50"]);
    expect(single(["北岭教学点", "教学点", null, 62, null, 1, 2, 300], "teaching_point", "primary")).toEqual(["read_single_stage_other_stage 学校基本情况!G2 2"]);
    expect(single(["青石县第二中学", "完全中学", null, "120人", 900, null, 14, 17000], "complete_middle", "junior")).toEqual(["read_single_stage_other_stage 学校基本情况!D2 120人"]);
  });

  it("warns at the export's one-row 完全中学 too, read as the whole school (no 学段, stage null) yet evaluated as its 初中 section: 14 in 骨干(小学), 0 in its own (before: said nothing, L2 = 0 ÷ 900)", () => {
    expect(single(["青石县第二中学", "完全中学", null, null, 900, 14, 0, 17000], "complete_middle", null)).toEqual(["read_single_stage_other_stage 学校基本情况!F2 14"]);
    // 0 or a dash in its 小学 columns is the export's nothing; a 十二年一贯制 without 学段 has a 小学 stage of its own.
    expect(single(["青石县第二中学", "完全中学", null, 0, 900, "—", 14, 17000], "complete_middle", null)).toEqual([]);
    expect(single(["青石县实验学校", "十二年一贯制学校", null, 600, 900, 14, 9, 17000], "twelve_year", null)).toEqual([]);
  });

  it("reads that 完全中学 row through the reader as the whole school and warns at D2, as it warns a 初级中学 so typed", async () => {
    const header = ["学校名称", "办学类型", "在校生数", "县级以上骨干教师(小学)", "县级以上骨干教师(初中)"];
    // The record's stage (null: the whole school), then the cells warned.
    const warned = async (row: readonly CellValue[]): Promise<unknown[]> => {
      const result = await readWorkbook(sourceOf([gridOf([header, row])]));
      if (!result.ok) throw new Error("expected ok");
      return [result.input.records[0]?.stage, ...result.issues.filter((i) => i.code === "read_single_stage_other_stage").map((i) => i.cell)];
    };
    expect(await warned(["城关中学", "初级中学", 1050, 12, 0])).toEqual(["junior", "学校基本情况!D2"]);
    expect(await warned(["青石县第二中学", "完全中学", 900, 14, 0])).toEqual([null, "学校基本情况!D2"]);
    expect(await warned(["青石县第二中学", "完全中学", 900, 0, 14])).toEqual([null]);
  });

  /** The warnings kindConflicts gives sheet row 2 of `grid`, each as code and cell with its zh and en text. */
  function said(grid: Grid, roles: readonly ColumnRole[], kind: ReadKind): { at: string; zh: string; en: string }[] {
    return kindConflicts(grid, 1, roles, kind).map((i) => ({ at: `${i.code} ${i.cell ?? ""}`, zh: message(i.code, i.params, "zh"), en: message(i.code, i.params, "en") }));
  }

  it("says the stage read and the column in both languages", () => {
    const grid = gridOf([["学校名称", "办学类型", "学段", "其中：小学", "其中：初中", "骨干(小学)", "骨干(初中)", "教学及辅助用房"], ["城关中学", "初级中学", null, null, 1050, 12, 0, 6800]]);
    // The column to move it to is named: G, the school's own 县级以上骨干教师(初中) (before: "本学段的列", no column).
    expect(said(grid, STAGE_COLUMNS, { name: "城关中学", type: "junior", stage: "junior" })).toEqual([
      {
        at: "read_single_stage_other_stage 学校基本情况!F2",
        zh: "“城关中学”是初级中学，只读初中的列；但该行另一学段的第 F 列“教基1102/县级以上骨干教师(小学)”填有 12，未读取。如填错了列，请移到本校读取的第 G 列“教基1102/县级以上骨干教师(初中)”；如该校有小学、初中两个学段，请把办学类型改为九年一贯制学校，或分成小学、初中两行",
        en: "“城关中学” is a junior secondary school, read from its junior secondary columns only; yet column F “教基1102/县级以上骨干教师(小学)”, of the other stage, holds 12, which was not read. If it was typed one column over, move it to column G “教基1102/县级以上骨干教师(初中)”, which the school is read from; if the school has both a primary and a junior secondary stage, set its type to 九年一贯制学校 (nine-year school) or split it into a primary and a junior secondary row",
      },
    ]);
  });

  it("names 其中：小学 (D) for a 小学's 50 in 其中：初中, and a 十二年一贯制学校 for a 完全中学 with a 小学 number (a 完全中学 has 高中 too)", () => {
    const grid = gridOf([["学校名称", "办学类型", "学段", "其中：小学", "其中：初中", "骨干(小学)", "骨干(初中)", "教学及辅助用房"], ["城关镇中心小学", "小学", null, 980, 50, 9, 0, 4300], ["青石县第二中学", "完全中学", null, null, 900, 14, 0, 17000]]);
    const [primary] = kindConflicts(grid, 1, STAGE_COLUMNS, { name: "城关镇中心小学", type: "primary", stage: "primary" });
    const [complete] = kindConflicts(grid, 2, STAGE_COLUMNS, { name: "青石县第二中学", type: "complete_middle", stage: null });
    if (primary === undefined || complete === undefined) throw new Error("expected the warnings");
    expect(message(primary.code, primary.params, "zh")).toContain("第 E 列“在校生数/其中：初中”填有 50，未读取。如填错了列，请移到本校读取的第 D 列“在校生数/其中：小学”；如该校有小学、初中两个学段，请把办学类型改为九年一贯制学校");
    expect(message(complete.code, complete.params, "zh")).toContain("“青石县第二中学”是完全中学，只读初中的列；但该行另一学段的第 F 列“教基1102/县级以上骨干教师(小学)”填有 14，未读取。如填错了列，请移到本校读取的第 G 列“教基1102/县级以上骨干教师(初中)”；如该校有小学、初中两个学段，请把办学类型改为十二年一贯制学校，或分成小学、初中两行");
    expect(message(complete.code, complete.params, "en")).toContain("set its type to 十二年一贯制学校 (twelve-year school) or split it");
  });

  it("says no column to move to when the sheet has none of the school's own stage for that number (a 小学专任教师 block alone)", () => {
    const roles: ColumnRole[] = [...ROLES, { column: 3, key: "qualifiedTeachers", stage: "primary", part: "associate", unitFactor: 1, header: "小学专任教师/专科" }, role(4, "students")];
    const grid = gridOf([["学校名称", "办学类型", "学段", "小学专任教师/专科", "在校生数"], ["城关中学", "初级中学", null, 5, 1050]]);
    expect(said(grid, roles, { name: "城关中学", type: "junior", stage: "junior" })).toEqual([
      {
        at: "read_single_stage_other_stage_no_column 学校基本情况!D2",
        zh: "“城关中学”是初级中学，只读初中的列；但该行另一学段的第 D 列“小学专任教师/专科”填有 5，未读取（本表没有可移入的初中的这一列）。如该校有小学、初中两个学段，请把办学类型改为九年一贯制学校，或分成小学、初中两行",
        en: "“城关中学” is a junior secondary school, read from its junior secondary columns only; yet column D “小学专任教师/专科”, of the other stage, holds 5, which was not read (the sheet has no junior secondary column of it to move it to). If the school has both a primary and a junior secondary stage, set its type to 九年一贯制学校 (nine-year school) or split it into a primary and a junior secondary row",
      },
    ]);
  });

  it("says nothing for 0, blank or a dash in the other stage's columns (the export's 0 for a stage a school has not), nor for a school of two stages or a stage its type lacks", () => {
    expect(single(["城关中学", "初级中学", null, 0, 1050, "—", 12, 6800], "junior", "junior")).toEqual([]);
    expect(single(["城关中学", "初级中学", null, null, 1050, null, 12, 6800], "junior", "junior")).toEqual([]);
    expect(single(["马坊学校", "九年一贯制学校", null, 166, 210, 2, 2, 2600], "nine_year", null)).toEqual([]);
    // A 学段 of 小学 on a 初级中学 is said at the 学段 cell (read_stage_type_conflict), the row read as 小学: its 初中 numbers are that conflict's.
    expect(single(["东关中学", "初级中学", "小学", 300, 200, 2, 3, 2600], "junior", "primary").map((t) => t.split(" ")[0])).toEqual(["read_stage_type_conflict"]);
  });
});

describe("kindConflicts: a single-stage school with an unreadable value in the other stage's column, the field with no column for the whole row (s49 M1)", () => {
  /** The export's block: 县级以上骨干教师(小学) F and (初中) G, no 骨干教师 column for the whole row; 在校生数 D for the whole row. */
  const BACKBONE: readonly ColumnRole[] = [
    ...ROLES,
    role(3, "students"),
    { ...role(5, "backboneTeachers"), stage: "primary", header: "县级以上骨干教师(小学)" },
    { ...role(6, "backboneTeachers"), stage: "junior", header: "县级以上骨干教师(初中)" },
  ];
  const HEADER = ["学校名称", "办学类型", "学段", "在校生数", "专任教师数", "县级以上骨干教师(小学)", "县级以上骨干教师(初中)"];

  /** kindConflicts on sheet row 2: code, cell and the text quoted. */
  function warned(cells: readonly CellValue[], type: SchoolType, stage: Stage | null, roles: readonly ColumnRole[] = BACKBONE): string[] {
    const grid = gridOf([HEADER, cells]);
    return kindConflicts(grid, 1, roles, { name: String(cells[0]), type, stage }).map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params.text ?? i.params.value ?? "")}`);
  }

  it.each<[string, CellValue]>([
    ["约5", "约5"],
    ["-5", -5],
    ["#N/A", { error: "#N/A" }],
  ])("warns at G2 for a 小学's %s in 县级以上骨干教师(初中) (before: nothing, while a 5 there is warned)", (text, value) => {
    expect(warned(["城关第一小学", "小学", null, 1652, 114, 12, value], "primary", "primary")).toEqual([`read_single_stage_other_stage_unreadable 学校基本情况!G2 ${text}`]);
  });

  it("warns a 初级中学's 约3 in (小学) at F2, and a 教学点's 约1 in (初中) at G2, as their 5 would be", () => {
    expect(warned(["城关初级中学", "初级中学", null, 1318, 110, "约3", 14], "junior", "junior")).toEqual(["read_single_stage_other_stage_unreadable 学校基本情况!F2 约3"]);
    expect(warned(["何家教学点", "教学点", null, 18, 2, 0, "约1"], "teaching_point", "primary")).toEqual(["read_single_stage_other_stage_unreadable 学校基本情况!G2 约1"]);
  });

  it("says it in zh and en with the cell's column, header and text", () => {
    const grid = gridOf([HEADER, ["城关第一小学", "小学", null, 1652, 114, 12, "约5"]]);
    const [issue] = kindConflicts(grid, 1, BACKBONE, { name: "城关第一小学", type: "primary", stage: "primary" });
    if (issue === undefined) throw new Error("expected the warning");
    expect([issue.severity, issue.cell]).toEqual(["warning", "学校基本情况!G2"]);
    expect(message(issue.code, issue.params, "zh")).toBe(
      "“城关第一小学”是小学，只读小学的列；但该行另一学段的第 G 列“县级以上骨干教师(初中)”填有“约5”，不是可用的数值（不是数字、为负数或是公式错误），未读取。如该校没有另一学段，请清空此格或填 0；如有小学、初中两个学段，请填写正确的数值，并把办学类型改为九年一贯制学校，或分成小学、初中两行",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "“城关第一小学” is a primary school, read from its primary columns only; yet column G “县级以上骨干教师(初中)”, of the other stage, holds “约5”, which is no usable number (not a number, negative or a formula error) and was not read. If the school has no other stage, clear this cell or enter 0; if it has both a primary and a junior secondary stage, enter the right number and set its type to 九年一贯制学校 (nine-year school) or split it into a primary and a junior secondary row",
    );
  });

  it("says nothing new for a 5 (read_single_stage_other_stage alone), a 0, a dash or a blank there, nor for a school of two stages", () => {
    expect(warned(["城关第一小学", "小学", null, 1652, 114, 12, 5], "primary", "primary")).toEqual(["read_single_stage_other_stage 学校基本情况!G2 5"]);
    for (const nothing of [0, "—", null]) expect(warned(["城关第一小学", "小学", null, 1652, 114, 12, nothing], "primary", "primary")).toEqual([]);
    expect(warned(["马坊学校", "九年一贯制学校", null, 376, 40, 2, "约5"], "nine_year", null)).toEqual([]);
  });

  it("leaves a field with a column for the whole row to rowFields (read_stage_blank_total_blocked), not said twice", () => {
    const roles: ColumnRole[] = [...ROLES, role(3, "students"), { ...role(4, "students"), stage: "primary", header: "小学在校生数" }, { ...role(5, "students"), stage: "junior", header: "初中在校生数" }];
    expect(warned(["东街小学", "小学", null, 800, null, "约5"], "primary", "primary", roles)).toEqual([]);
  });

  it("warns when the row's own stage cell is filled, as then nothing else names the cell (s50 H1: 合计 900 | 小学 900 | 初中 约5 said nothing)", () => {
    const [primary, junior] = [{ ...role(4, "students"), stage: "primary" as const, header: "小学在校生数" }, { ...role(5, "students"), stage: "junior" as const, header: "初中在校生数" }];
    const roles: ColumnRole[] = [...ROLES, role(3, "students"), primary, junior];
    expect(warned(["东街小学", "小学", null, 900, 900, "约5"], "primary", "primary", roles)).toEqual(["read_single_stage_other_stage_unreadable 学校基本情况!F2 约5"]);
    expect(warned(["西街小学", "小学", null, 600, 600, -5], "primary", "primary", roles)).toEqual(["read_single_stage_other_stage_unreadable 学校基本情况!F2 -5"]);
    expect(warned(["城关中学", "初级中学", null, 700, "约3", 700], "junior", "junior", roles)).toEqual(["read_single_stage_other_stage_unreadable 学校基本情况!E2 约3"]);
    // A 0 or a dash there is the export's mark of a stage the school has not: nothing.
    expect(warned(["东街小学", "小学", null, 900, 900, "—"], "primary", "primary", roles)).toEqual([]);
  });

  it("through the reader, 在校生数 over 合计 | 小学 | 初中: E3 约5 beside 小学 900 warned once; E4 约5 beside a blank D4 by rowFields alone", async () => {
    const header: CellValue[][] = [
      ["学校名称", "办学类型", "在校生数", null, null],
      [null, null, "合计", "小学", "初中"],
    ];
    const rows: CellValue[][] = [
      ["东街小学", "小学", 900, 900, "约5"],
      ["西街小学", "小学", 600, null, "约5"],
      ["城关中学", "初级中学", 700, 0, 700],
    ];
    const result = await readWorkbook(sourceOf([gridOf([...header, ...rows], { merges: ["C1:E1"] })]));
    if (!result.ok) throw new Error("expected ok");
    expect(result.issues.filter((i) => typeof i.cell === "string" && /^学校基本情况!E[3-5]$/.test(i.cell)).map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([
      "read_single_stage_other_stage_unreadable 学校基本情况!E3",
      "read_stage_blank_total_blocked 学校基本情况!E4",
    ]);
    expect(result.input.records.map((r) => [r.name, r.fields.students?.value ?? null])).toEqual([["东街小学", 900], ["西街小学", null], ["城关中学", 700]]);
  });

  it("through the reader: the export's sheet warns F2 约5, F3 -5 and F4 #N/A once each, and still reads each 小学's own 骨干教师 (12, 9, 3)", async () => {
    const header = ["学校名称", "办学类型", "在校生数", "专任教师数", "县级以上骨干教师(小学)", "县级以上骨干教师(初中)"];
    const rows: CellValue[][] = [
      ["城关第一小学", "小学", 1652, 114, 12, "约5"],
      ["城关第二小学", "小学", 1487, 90, 9, -5],
      ["石桥镇中心小学", "小学", 620, 42, 3, { error: "#N/A" }],
      ["城关初级中学", "初级中学", 1318, 110, 0, 14],
    ];
    const result = await readWorkbook(sourceOf([gridOf([header, ...rows])]));
    if (!result.ok) throw new Error("expected ok");
    expect(result.issues.filter((i) => typeof i.cell === "string" && /^学校基本情况!F[2-5]$/.test(i.cell)).map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([
      "read_single_stage_other_stage_unreadable 学校基本情况!F2",
      "read_single_stage_other_stage_unreadable 学校基本情况!F3",
      "read_single_stage_other_stage_unreadable 学校基本情况!F4",
    ]);
    expect(result.input.records.map((r) => r.fields.backboneTeachers?.value)).toEqual([12, 9, 3, 14]);
  });

  // R2 of s50: in 在校生数 合计 | 小学 | 初中 beside 县级以上骨干教师(小学) | (初中), rows C–G.
  const header: CellValue[][] = [
    ["学校名称", "办学类型", "在校生数", null, null, "县级以上骨干教师(小学)", "县级以上骨干教师(初中)"],
    [null, null, "合计", "小学", "初中", null, null],
  ];
  /** The warnings of a single-stage school's other-stage cells on sheet row 3, and the students and 骨干教师 read. */
  async function otherStageSaid(row: CellValue[]) {
    const result = await readWorkbook(sourceOf([gridOf([...header, row], { merges: ["C1:E1"] })]));
    if (!result.ok) throw new Error("expected ok");
    const said = result.issues.filter((i) => i.code.startsWith("read_single_stage_other_stage") || i.code === "read_stage_blank_total_blocked");
    return { said: said.map((i) => `${i.code} ${i.cell ?? ""}`), read: result.input.records.map((r) => [r.fields.students?.value ?? null, r.fields.backboneTeachers?.value ?? null]) };
  }

  it("names every unreadable cell of the other stage, not the first alone: a 初级中学's 约3 at D3 and 约5 at F3 (F3 was said at 5e31adf, then no more)", async () => {
    expect(await otherStageSaid(["城关中学", "初级中学", 700, "约3", 700, "约5", 12])).toEqual({
      said: ["read_single_stage_other_stage_unreadable 学校基本情况!D3", "read_single_stage_other_stage_unreadable 学校基本情况!F3"],
      read: [[700, 12]],
    });
  });

  it("says an unreadable 小学 cell of the export's one-row 完全中学 (no 学段: read as the whole school) once, as rowFields reads it (read_not_a_number), not twice", async () => {
    const read = await readWorkbook(sourceOf([gridOf([...header, ["青石县第二中学", "完全中学", 1500, "约3", 700, "约5", 12]], { merges: ["C1:E1"] })]));
    if (!read.ok) throw new Error("expected ok");
    expect(read.issues.filter((i) => i.cell === "学校基本情况!D3" || i.cell === "学校基本情况!F3").map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([
      "read_not_a_number 学校基本情况!D3",
      "read_not_a_number 学校基本情况!F3",
    ]);
  });

  it("says nothing of 暂无 in the other stage's cells, which says none as a blank does (rowFields' otherStageGiven reads it so)", async () => {
    expect(await otherStageSaid(["东街小学", "小学", 900, 900, "暂无", 12, "暂无"])).toEqual({ said: [], read: [[900, 12]] });
    expect(await otherStageSaid(["东街小学", "小学", 900, null, "暂无数据", 12, null])).toEqual({ said: [], read: [[900, 12]] });
  });
});
