import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { message } from "../../messages/catalogue";
import type { CellValue } from "../types";
import { findHeader } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf, readGridsOk } from "./testing";
import { seniorEvidence } from "./wholeStudents";

type Ok = Extract<ReadResult, { ok: true }>;

async function readOk(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf(rows)]);
}

const fieldsOf = (result: Ok) => result.mapping.columns.map((c) => `${c.address}:${c.field}`);
const studentsOf = (result: Ok) => result.input.records.map((r) => [r.name, r.fields.students?.value ?? null]);

describe("在校生数（合计） on a sheet without senior students: the students", () => {
  // Without senior students on the sheet, the whole school's count is its students: a 小学 sheet has no other students column.
  it.each(["在校生数（合计）", "在校生数（全校）", "在校生数(总)", "在校生数（小计）", "在校生数（合计）（人）"])("reads %p on a 小学 sheet as the students: L1 = 30 ÷ 300 × 100 = 10", async (header) => {
    const result = await readOk([
      ["学校名称", "办学类型", header, "专科及以上专任教师"],
      ["一小", "小学", 300, 30],
      ["二小", "小学", "250", 20], // a number typed as text
    ]);
    expect(fieldsOf(result)).toEqual(["A:name", "B:type", "C:students", "D:qualifiedTeachers"]);
    expect(studentsOf(result)).toEqual([
      ["一小", 300],
      ["二小", 250],
    ]);
    expect(result.issues.filter((i) => i.code === "read_students_whole_senior")).toEqual([]);
    const one = evaluate(result.input, builtInProfile("national-2017")).counties[0]?.sections.find((s) => s.name === "一小");
    expect(one?.indicators.L1?.value).toBeCloseTo((30 / 300) * 100, 12);
  });

  it("reads it beside a note under the table that names senior schools, merged across the row or not (a note names a kind of school, none on the sheet)", async () => {
    const rows: CellValue[][] = [
      ["学校名称", "办学类型", "在校生数（合计）", "专科及以上专任教师"],
      ["一小", "小学", 300, 30],
      ["二小", "小学", 250, 20],
    ];
    const merged = await readWorkbook(sourceOf([gridOf([...rows, ["注：完全中学、十二年一贯制学校只填义务教育阶段学生，高中部不填。"]], { merges: ["A4:D4"] })]));
    expect(merged.ok && merged.input.records.map((r) => r.fields.students?.value)).toEqual([300, 250]);
    const plain = await readOk([...rows, ["说明：本表不含高级中学"]]);
    // A note with no 注 / 说明 to open it, merged across the row or not.
    const bare = "本表完全中学、十二年一贯制学校只填义务教育阶段学生，高中部不填。";
    const bareMerged = await readWorkbook(sourceOf([gridOf([...rows, [bare]], { merges: ["A4:D4"] })]));
    expect(bareMerged.ok && bareMerged.input.records.map((r) => r.fields.students?.value)).toEqual([300, 250]);
    // A note over several cells opens with 注: a note, whatever the other cells say.
    const spread = await readOk([...rows, ["注：完全中学只填初中学生", "高级中学不填", "填表人：张三"]]);
    expect(spread.issues.filter((i) => i.code === "read_students_whole_senior")).toEqual([]);
    const bareRow = await readOk([...rows, [bare]]);
    expect(bareRow.issues.filter((i) => i.code === "read_students_whole_senior")).toEqual([]);
    // Nor is such a sentence a school with every value missing.
    expect(studentsOf(bareRow)).toEqual([["一小", 300], ["二小", 250]]);
    expect(studentsOf(plain)).toEqual([["一小", 300], ["二小", 250]]);
    expect(plain.issues.filter((i) => i.code === "read_students_whole_senior")).toEqual([]);
  });

  it("reads it for one school without a type column, and for 初级中学 rows, and leaves a blank cell blank (never 0)", async () => {
    expect(studentsOf(await readOk([["学校名称", "在校生数（合计）"], ["一小", 300]]))).toEqual([["一小", 300]]);
    const result = await readOk([
      ["学校名称", "办学类型", "在校生数（合计）"],
      ["一中", "初级中学", 800],
      ["二中", "初级中学", null],
    ]);
    expect(studentsOf(result)).toEqual([
      ["一中", 800],
      ["二中", null],
    ]);
  });

  it("keeps a plain 在校生数 beside it: the plain one is read, the 合计 one not", async () => {
    const result = await readOk([["学校名称", "在校生数", "在校生数（合计）"], ["一小", 300, 310]]);
    expect(fieldsOf(result)).toEqual(["A:name", "B:students"]);
  });

  it("leaves the user's own choice alone: a column ignored, or students mapped elsewhere", () => {
    const band = findHeader(gridOf([["学校名称", "在籍人数", "在校生数（合计）"], ["一小", 300, 310]]));
    if (band === null) throw new Error("no header");
    expect(matchColumns(band, { ignore: [2] }).roles.map((r) => r.key)).toEqual(["name"]);
    expect(matchColumns(band, { roles: { students: 1 } }).roles.map((r) => [r.column, r.key])).toEqual([
      [0, "name"],
      [1, "students"],
    ]);
  });
});

describe("在校生数（全校） on a sheet with senior students: not read, said at its header", () => {
  it("leaves it unread beside a 完全中学 row, with the note naming the row's type cell (zh, en)", async () => {
    // 一中: 1200 = 700 初中 + 500 高中; read as the students, its junior L1 would be 70 ÷ 1200 × 100 = 5.83, not 10.
    const result = await readWorkbook(sourceOf([gridOf([["学校名称", "办学类型", "在校生数（全校）"], ["一小", "小学", 300], ["一中", "完全中学", 1200]])]));
    expect(result.ok).toBe(false);
    const note = result.issues.find((i) => i.code === "read_students_whole_senior");
    expect(note).toEqual({ code: "read_students_whole_senior", severity: "warning", cell: "学校基本情况!C1", params: { column: "C", header: "在校生数（全校）", cell: "学校基本情况!B3", text: "完全中学" } });
    expect(message("read_students_whole_senior", note?.params ?? {}, "zh")).toContain("如此列不含高中学生，请在任务窗格中手动指定其为在校生数");
    expect(message("read_students_whole_senior", note?.params ?? {}, "en")).toContain("includes its senior students");
  });

  it("leaves 在校生数（合计） unread beside a 高中在校生数 column, the note naming that header", async () => {
    const result = await readOk([
      ["学校名称", "办学类型", "小学在校生数", "在校生数（合计）", "高中在校生数"],
      ["一小", "小学", 300, 300, null],
      ["一中", "初级中学", null, 800, null],
    ]);
    expect(fieldsOf(result)).toEqual(["A:name", "B:type", "C:students", "E:seniorStudents"]);
    expect(result.issues).toContainEqual({ code: "read_students_whole_senior", severity: "warning", cell: "学校基本情况!D1", params: { column: "D", header: "在校生数（合计）", cell: "学校基本情况!E1", text: "高中在校生数" } });
  });

  it("reads the user's mapping of it all the same, and says nothing then", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["学校名称", "办学类型", "在校生数（全校）"], ["一中", "完全中学", 700]])]), { mapping: { roles: { students: 2 } } });
    if (!result.ok) throw new Error("expected ok");
    expect(studentsOf(result)).toEqual([["一中", 700]]);
    expect(result.issues.filter((i) => i.code === "read_students_whole_senior")).toEqual([]);
  });
});

describe("seniorEvidence", () => {
  function evidence(rows: readonly (readonly CellValue[])[]) {
    const grid = gridOf(rows);
    const band = findHeader(grid);
    if (band === null) throw new Error("no header");
    return seniorEvidence(grid, band, matchColumns(band).roles);
  }

  it.each([
    [["学校名称", "办学类型"], ["一中", "十二年一贯制学校"], "学校基本情况!B2"],
    [["学校名称", "办学类型"], ["县一中", "高级中学"], "学校基本情况!B2"],
    [["学校名称", "办学类型"], ["县一中", "345"], "学校基本情况!B2"],
    [["学校名称", "学段"], ["清溪二中", "高中"], "学校基本情况!B2"],
    [["学校名称", "在校生数"], ["清溪二中（高中部）", 500], "学校基本情况!A2"],
    [["学校名称", "在校生数"], ["城关完全中学", 500], "学校基本情况!A2"],
    [["学校名称", "在校生数"], ["县高级中学", 500], "学校基本情况!A2"],
  ])("finds senior students in %j | %j at %s", (header, row, cell) => {
    expect(evidence([header, row])?.cell).toBe(cell);
  });

  it.each([
    [["学校名称", "办学类型"], ["一小", "小学"]],
    [["学校名称", "办学类型"], ["一中", "初级中学"]],
    [["学校名称", "办学类型"], ["实验学校", "九年一贯制学校"]],
    [["学校名称", "办学类型"], ["县特殊教育学校", "特殊教育学校"]],
    [["学校名称", "办学类型"], ["一中", null]],
  ])("finds none in %j | %j", (header, row) => {
    expect(evidence([header, row])).toBeNull();
  });
});
