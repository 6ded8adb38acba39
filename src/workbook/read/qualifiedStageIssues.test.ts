import type { SchoolRecord, Stage } from "../../engine/types";
import type { HeaderBand } from "./findHeader";
import type { ColumnRole, Part } from "./keys";
import { qualifiedStageIssues } from "./qualifiedStageIssues";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

/** A two-row header: 教师（人） over E (the trial's 东湖县 layout). */
const BAND: HeaderBand = {
  sheet: "学校",
  top: 1,
  bottom: 2,
  columns: [
    { column: 0, path: ["学校名称"], headerRow: 1 },
    { column: 4, path: ["教师（人）", "专科及以上学历教师"], headerRow: 2 },
    { column: 5, path: ["教师（人）", "本科及以上学历教师"], headerRow: 2 },
  ],
  codeRows: [],
  standardRows: [],
  dataTop: 3,
  unitLine: null,
};

function degree(column: number, part: Part | null, stage: Stage | null = null): ColumnRole {
  return { column, key: "qualifiedTeachers", stage, part, unitFactor: 1, header: BAND.columns.find((c) => c.column === column)?.path.join("/") ?? "高于规定学历教师数" };
}

function section(stage: Stage): SchoolRecord {
  return { id: `学校!${stage}`, name: stage, county: null, type: stage === "primary" ? "primary" : "junior", stage, fields: {}, flags: {}, source: null };
}

const combined: SchoolRecord = { ...section("primary"), stage: null, type: "nine_year", stageFields: { primary: {}, junior: {} } };

describe("qualifiedStageIssues: degree columns that give one stage's L1 only", () => {
  it("warns at the 专科及以上 column's header cell when the sheet has junior schools (初中 needs 本科及以上)", () => {
    expect(qualifiedStageIssues([section("primary"), section("junior")], [degree(4, "associateUp")], BAND)).toEqual([
      { code: "read_qualified_junior_needs_bachelor", severity: "warning", cell: "学校!E3", params: { column: "E", header: "教师（人）/专科及以上学历教师" } },
    ]);
    // A combined school teaches 初中 too.
    expect(qualifiedStageIssues([combined], [degree(4, "associateUp")], BAND).map((i) => i.code)).toEqual(["read_qualified_junior_needs_bachelor"]);
  });

  it("warns of primary schools when only 本科及以上 is given (小学 needs 专科 too)", () => {
    expect(qualifiedStageIssues([section("primary"), section("junior")], [degree(5, "bachelorUp")], BAND)).toEqual([
      { code: "read_qualified_primary_needs_associate", severity: "warning", cell: "学校!F3", params: { column: "F", header: "教师（人）/本科及以上学历教师" } },
    ]);
  });

  it("says nothing when each stage present has its numerator, a column gives L1 whole, or no L1 column exists", () => {
    // Primary schools only: 专科及以上 is all they need.
    expect(qualifiedStageIssues([section("primary")], [degree(4, "associateUp")], BAND)).toEqual([]);
    expect(qualifiedStageIssues([section("primary"), section("junior")], [degree(4, "associateUp"), degree(5, "bachelorUp")], BAND)).toEqual([]);
    // 高于规定学历 counts each stage's own degree.
    expect(qualifiedStageIssues([section("primary"), section("junior")], [degree(4, null)], BAND)).toEqual([]);
    // A junior column of its own (初中 本科及以上) beside the primary one.
    expect(qualifiedStageIssues([section("junior")], [degree(4, "associateUp", "primary"), degree(5, "bachelorUp", "junior")], BAND)).toEqual([]);
    expect(qualifiedStageIssues([section("junior")], [], BAND)).toEqual([]);
    expect(qualifiedStageIssues([], [degree(4, "associateUp")], BAND)).toEqual([]);
  });
});

describe("readWorkbook: a 专科及以上 column under a group, with junior schools (the trial's W7)", () => {
  it("reads it for the primary schools, and warns once at its own header cell for the junior ones", async () => {
    const grid = gridOf([
      ["东湖县2024年义务教育学校办学条件表"],
      ["学校名称", "学段", "在校生数（人）", "教师（人）"],
      ["学校名称", "学段", "在校生数（人）", "专科及以上学历教师"],
      ["东湖一小", "小学", 1000, "50"],
      ["东湖中学", "初中", 800, 45],
    ], { merges: ["A2:A3", "B2:B3", "C2:C3"] });
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input.records.map((r) => [r.name, r.fields.qualifiedTeachers?.value])).toEqual([
      ["东湖一小", 50],
      ["东湖中学", undefined],
    ]);
    expect(result.issues.filter((i) => i.code.startsWith("read_qualified_"))).toEqual([
      { code: "read_qualified_junior_needs_bachelor", severity: "warning", cell: "学校基本情况!D3", params: { column: "D", header: "教师（人）/专科及以上学历教师" } },
    ]);
  });
});
