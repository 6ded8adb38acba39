import { evaluate } from "../../engine/evaluate";
import type { Issue, SectionResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

// A combined2-like sheet (R1 finding 1): whole-row columns D…G, and per-stage columns H…K filled
// only on the one-row 九年一贯制 (实验学校), as a bureau adds them for its one combined school.
const HEAD = ["学校名称", "办学类型", "学段", "在校生数", "专任教师数", "专科及以上", "本科及以上", "小学在校生数", "初中在校生数", "小学专任教师专科及以上", "初中专任教师本科及以上"];
const ROWS: readonly (readonly CellValue[])[] = [
  ["城关小学", "小学", "小学", 800, 50, 48, 30],
  ["马坊学校（小学部）", "九年一贯制学校", null, 412, 30, 29, 20],
  ["马坊学校（初中部）", "九年一贯制学校", null, 300, 25, 24, 20],
  ["城关中学", "初级中学", "初中", 600, 48, 47, 45],
  ["第一中学", "完全中学", "初中", 1414, 100, 98, 90],
  ["实验学校", "九年一贯制学校", null, 1928, 150, 140, 120, 1132, 796, 75, 60],
];

async function sectionsOf(rows: readonly (readonly CellValue[])[]): Promise<{ sections: SectionResult[]; readIssues: Issue[]; issues: Issue[] }> {
  const read = await readWorkbook(sourceOf([gridOf([HEAD, ...rows])]));
  if (!read.ok) throw new Error("expected the sheet to be read");
  const evaluation = evaluate(read.input, builtInProfile("national-2017"));
  return { sections: evaluation.counties.flatMap((c) => c.sections), readIssues: read.issues, issues: [...evaluation.issues] };
}

function byName(sections: readonly SectionResult[], name: string, stage: string): SectionResult {
  const found = sections.find((s) => s.name === name && s.stage === stage);
  if (found === undefined) throw new Error(`no section ${name} ${stage}`);
  return found;
}

describe("readWorkbook → evaluate: per-stage columns filled only for the one-row school leave the other rows as read without them (R1 finding 1)", () => {
  it("gives every other row's L1 from its whole-row columns, worked by hand (before: missing_numerator at the stage cell)", async () => {
    const { sections } = await sectionsOf(ROWS);
    // L1 = qualified ÷ students × 100 (rules.md §2): 小学 专科及以上, 初中 本科及以上.
    expect(byName(sections, "城关小学", "primary").indicators.L1?.value).toBeCloseTo((48 / 800) * 100, 10); // 6
    expect(byName(sections, "马坊学校（小学部）", "primary").indicators.L1?.value).toBeCloseTo((29 / 412) * 100, 10); // 7.0388349515
    expect(byName(sections, "马坊学校（初中部）", "junior").indicators.L1?.value).toBeCloseTo((20 / 300) * 100, 10); // 6.6666666667
    expect(byName(sections, "城关中学", "junior").indicators.L1?.value).toBeCloseTo((45 / 600) * 100, 10); // 7.5
    expect(byName(sections, "第一中学", "junior").indicators.L1?.value).toBeCloseTo((90 / 1414) * 100, 10); // 6.3649222065
  });

  it("reads the students of 马坊学校（小学部） (412) and of a 完全中学 row whose 学段 says 初中 (1414) from 在校生数 (before: missing_students at H / I)", async () => {
    const { sections } = await sectionsOf(ROWS);
    expect(byName(sections, "马坊学校（小学部）", "primary").students).toBe(412);
    expect(byName(sections, "第一中学", "junior").students).toBe(1414);
  });

  it("keeps the one-row school's own per-stage numbers: 75 ÷ 1132 × 100 and 60 ÷ 796 × 100", async () => {
    const { sections } = await sectionsOf(ROWS);
    expect(byName(sections, "实验学校", "primary").indicators.L1?.value).toBeCloseTo((75 / 1132) * 100, 10); // 6.6254416961
    expect(byName(sections, "实验学校", "junior").indicators.L1?.value).toBeCloseTo((60 / 796) * 100, 10); // 7.5376884422
  });

  it("notes each column read for the blank stage cells once, at its first cell, naming the rows (zh and en)", async () => {
    const { readIssues } = await sectionsOf(ROWS);
    const notes = readIssues.filter((i) => i.code.startsWith("read_stage_blank_total"));
    // D: rows 2–6; F: the two 小学 rows 2–3; G: the three 初中 rows 4–6.
    expect(notes.map((i) => [i.code, i.cell])).toEqual([
      ["read_stage_blank_totals_few", "学校基本情况!D2"],
      ["read_stage_blank_totals_few", "学校基本情况!F2"],
      ["read_stage_blank_totals_few", "学校基本情况!G4"],
    ]);
    const f = notes[1] as Issue;
    expect(message(f.code, f.params, "zh")).toBe("第 F 列“专科及以上”：2 行只属一个学段（单学段学校，或学校的一个学部），其分学段的列为空，按本列读取（F2:F3）");
    expect(message(f.code, f.params, "en")).toBe("Teachers qualified above the required level: associate degree or above (专科及以上): for 2 rows of one stage (a single-stage school, or one section of a school) whose stage column is blank, the number was read from column F (F2:F3)");
  });

  it("still says a row's students and L1 are missing, at the stage cells, when the whole-row cells are blank too: never 0", async () => {
    const rows = [["城关中学", "初级中学", "初中", null, 48, null, null], ["城关小学", "小学", "小学", 800, 50, 48, 30], ROWS[5] as CellValue[]];
    const { sections, issues } = await sectionsOf(rows);
    const junior = byName(sections, "城关中学", "junior");
    expect(junior.students).toBeNull();
    expect(junior.indicators.L1?.value ?? null).toBeNull();
    expect(issues.filter((i) => i.cell === "学校基本情况!I2").map((i) => i.code)).toContain("missing_students");
    // 城关小学 (row 2): students read from D2, but 专科及以上 (F2) and 小学专任教师专科及以上 (J2) both blank.
    const blankDegree = [["城关小学", "小学", "小学", 800, 50, null, 30], ROWS[5] as CellValue[]];
    const second = await sectionsOf(blankDegree);
    expect(byName(second.sections, "城关小学", "primary").students).toBe(800);
    expect(byName(second.sections, "城关小学", "primary").indicators.L1?.value ?? null).toBeNull();
    expect(second.issues.filter((i) => i.cell === "学校基本情况!J2").map((i) => i.code)).toContain("missing_numerator");
  });

  it("takes no stage's number from a 在校生数 merged over a school's two section rows (712, the whole school's): the stage cells blank, the students are missing there, and the merge is said", async () => {
    const rows = [HEAD, ROWS[0] as CellValue[], ["马坊学校（小学部）", "九年一贯制学校", null, 712, 30, 29, 20], ["马坊学校（初中部）", "九年一贯制学校", null, null, 25, 24, 20], ROWS[5] as CellValue[]];
    const read = await readWorkbook(sourceOf([gridOf(rows, { merges: ["D3:D4"] })]));
    if (!read.ok) throw new Error("expected the sheet to be read");
    const evaluation = evaluate(read.input, builtInProfile("national-2017"));
    const sections = evaluation.counties.flatMap((c) => c.sections);
    // The two rows are joined as one school (马坊学校), whose sections have no students to go by: said at 小学在校生数 (H3), not read as 712.
    expect([byName(sections, "马坊学校", "primary").students, byName(sections, "马坊学校", "junior").students]).toEqual([null, null]);
    expect(evaluation.issues.filter((i) => i.code === "missing_students").map((i) => i.cell)).toEqual(["学校基本情况!H3"]);
    expect(read.issues.filter((i) => i.code === "read_sections_stage_value_merged").map((i) => i.cell)).toEqual(["学校基本情况!D3"]);
    // 城关小学 on its own row still takes 800 from D2.
    expect(byName(sections, "城关小学", "primary").students).toBe(800);
  });
});
