import { evaluate } from "../../engine/evaluate";
import type { SchoolRecord, SchoolType, Stage } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import type { HeaderBand } from "./findHeader";
import type { ColumnKey, ColumnRole } from "./keys";
import { loneFor, stageColumnUnreadIssues, unreadableText, unreadStageCells } from "./stageColumnUnread";
import { gridOf, issuesWith, onlyRecord, readGridsOk } from "./testing";

function role(column: number, key: ColumnKey, stage: Stage | null = null, header = String(key)): ColumnRole {
  return { column, key, stage, part: null, unitFactor: 1, header };
}

/** The sample's column P 运动场地面积（㎡）, given 小学 in the column mapping (sportsGroundArea@primary). */
const P_PRIMARY: ColumnRole = { ...role(3, "sportsGroundArea", "primary", "运动场地面积（㎡）"), byHand: true };
/** A name A, 学段 B, 在校生数 C (no stage), the ground area D. */
const ROLES: readonly ColumnRole[] = [role(2, "students"), P_PRIMARY];
const HEADER: readonly CellValue[] = ["学校名称", "学段", "在校生数", "运动场地面积（㎡）"];
const BAND: HeaderBand = { sheet: "学校基本情况", top: 0, bottom: 0, columns: [{ column: 3, path: ["运动场地面积（㎡）"], headerRow: 0 }], codeRows: [], standardRows: [], dataTop: 1, unitLine: null };

/** A record for sheet row `row` (1-based) of the grid, as the reader makes it. */
function recordAt(row: number, name: string, stage: Stage | null, type: SchoolType = stage === "junior" ? "junior" : "primary"): SchoolRecord {
  return { id: `学校基本情况!${row}`, name, county: null, type, stage, fields: {}, flags: {}, source: { sheet: "学校基本情况", row } };
}

describe("unreadableText: the other stage's cell no number is read from", () => {
  const junior = role(3, "students", "junior", "其中：初中");
  it.each([["约5", "约5"], [-5, "-5"], ["#N/A", "#N/A"]])("%s → %s", (value, text) => {
    expect(unreadableText(gridOf([HEADER, ["东街小学", "小学", 900, value]]), 1, junior)).toBe(text);
  });
  it.each([["暂无"], ["暂无数据"], ["—"], [0], [12], [null]])("%s → null (none, or a number)", (value) => {
    expect(unreadableText(gridOf([HEADER, ["东街小学", "小学", 900, value]]), 1, junior)).toBeNull();
  });
});

describe("loneFor: a column only another stage's rows can have", () => {
  it("is the 小学-mapped ground area for a 初中 row, not for a 小学 row", () => {
    expect(loneFor(P_PRIMARY, ROLES, "junior")).toBe(true);
    expect(loneFor(P_PRIMARY, ROLES, "primary")).toBe(false);
  });
  it("is not when the field has a column of the row's stage or one without a stage", () => {
    expect(loneFor(P_PRIMARY, [...ROLES, role(4, "sportsGroundArea", "junior")], "junior")).toBe(false);
    expect(loneFor(P_PRIMARY, [...ROLES, role(4, "sportsGroundArea")], "junior")).toBe(false);
    expect(loneFor(role(2, "students"), ROLES, "junior")).toBe(false);
  });
});

describe("unreadStageCells: where a 初中 row's ground area stands unread", () => {
  const grid = gridOf([HEADER, ["第一初级中学", "初中", 1800, 24788], ["第二初级中学", "初中", 1500, "14813"], ["青山乡中学", "初中", 300, null], ["白马镇中学", "初中", 400, "—"], ["城关第三小学", "小学", 1263, 8139]]);

  it("names the cell of a number, and of a number stored as text (P31 24788 on the sample)", () => {
    expect(unreadStageCells(grid, 1, ROLES, "junior")).toEqual({ sportsGroundArea: "学校基本情况!D2" });
    expect(unreadStageCells(grid, 2, ROLES, "junior")).toEqual({ sportsGroundArea: "学校基本情况!D3" });
  });
  it("names the cell of a number typed with its unit, as the reader reads it (24788㎡, 1,200㎡, ３０亩), not of text that is no number (约2000, 见附表)", () => {
    const typed = gridOf([HEADER, ["第一初级中学", "初中", 1800, "24788㎡"], ["第二初级中学", "初中", 1500, "1,200㎡"], ["第三初级中学", "初中", 1500, "３０亩"], ["青山乡中学", "初中", 300, "约2000"], ["白马镇中学", "初中", 400, "见附表"]]);
    expect([1, 2, 3, 4, 5].map((row) => unreadStageCells(typed, row, ROLES, "junior"))).toEqual([{ sportsGroundArea: "学校基本情况!D2" }, { sportsGroundArea: "学校基本情况!D3" }, { sportsGroundArea: "学校基本情况!D4" }, {}, {}]);
  });
  it("names nothing for a blank cell or a dash (nothing stands there), nor on a row of the column's own stage", () => {
    expect(unreadStageCells(grid, 3, ROLES, "junior")).toEqual({});
    expect(unreadStageCells(grid, 4, ROLES, "junior")).toEqual({});
    expect(unreadStageCells(grid, 5, ROLES, "primary")).toEqual({});
  });
});

describe("stageColumnUnreadIssues: said once, at the column's header", () => {
  it("counts the 初中 rows with numbers in a 小学-mapped column and names the first (blank and dash rows not counted)", () => {
    const rows = [["城关第三小学", "小学", 1263, 8139], ["第一初级中学", "初中", 1800, 24788], ["第二初级中学", "初中", 1500, "14813"], ["青山乡中学", "初中", 300, null], ["白马镇中学", "初中", 400, "—"]];
    const records = [recordAt(2, "城关第三小学", "primary"), recordAt(3, "第一初级中学", "junior"), recordAt(4, "第二初级中学", "junior"), recordAt(5, "青山乡中学", "junior"), recordAt(6, "白马镇中学", "junior")];
    const issues = stageColumnUnreadIssues(gridOf([HEADER, ...rows]), BAND, ROLES, records);
    expect(issues).toEqual([
      {
        code: "read_stage_column_unread_mapped",
        severity: "warning",
        cell: "学校基本情况!D1",
        params: { column: "D", header: "运动场地面积（㎡）", field: "sportsGroundArea", stageInText: "primary", missingStage: "junior", count: 2, firstCell: "D3", value: "24,788" },
      },
    ]);
    const issue = issues[0];
    if (issue === undefined) throw new Error("no issue");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 D 列“运动场地面积（㎡）”在列对应关系中指定为小学的列，只在小学的行读取；但有 2 个初中学校（学段）在此列填有数值（如 D3 的 24,788），未读取，它们的“运动场地面积”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段改回“（不分学段）”（命令行：--map 运动场地面积=D，不写学段）；如初中的数值另有来源，请另设一列填写",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "Column D “运动场地面积（㎡）” was given the stage primary in the column mapping, so it is read on primary rows only; yet 2 junior secondary schools (sections) have numbers in it (such as 24,788 at D3), which were not read: their Sports ground area is missing. If the column holds each school's (section's) own numbers, set its stage back to (all stages) in the task pane's Column mapping (command line: --map sportsGroundArea=D, without a stage); if the junior secondary numbers are given elsewhere, put them in a column of their own",
    );
  });

  it("one school: the singular form, in zh and en", () => {
    const grid = gridOf([HEADER, ["第一初级中学", "初中", 1800, 24788]]);
    const [issue] = stageColumnUnreadIssues(grid, BAND, ROLES, [recordAt(2, "第一初级中学", "junior")]);
    if (issue === undefined) throw new Error("no issue");
    expect(issue.params.count).toBe(1);
    expect(message(issue.code, issue.params, "zh")).toContain("但有 1 个初中学校（学段）在此列填有数值（D2 的 24,788），未读取，其“运动场地面积”因此缺失");
    expect(message(issue.code, issue.params, "en")).toContain("yet 1 junior secondary school (section) has a number in it (24,788 at D2), which was not read: its Sports ground area is missing");
  });

  it("counts a number typed with its unit and quotes it as the cell holds it, with its unit (24788㎡ at D2); 约2000 is not counted", () => {
    const grid = gridOf([HEADER, ["第一初级中学", "初中", 1800, "24788㎡"], ["第二初级中学", "初中", 1500, "约2000"], ["第三初级中学", "初中", 1500, "1,200㎡"]]);
    const [issue] = stageColumnUnreadIssues(grid, BAND, ROLES, [recordAt(2, "第一初级中学", "junior"), recordAt(3, "第二初级中学", "junior"), recordAt(4, "第三初级中学", "junior")]);
    expect([issue?.params.count, issue?.params.firstCell, issue?.params.value]).toEqual([2, "D2", "24788㎡"]);
    expect(message(issue?.code ?? "", issue?.params, "zh")).toContain("但有 2 个初中学校（学段）在此列填有数值（如 D2 的 24788㎡），未读取");
  });

  it("a column the header gives one stage (not the user) says so, with the fix", () => {
    const header: ColumnRole = role(3, "equipmentValue", "primary", "小学教学仪器设备值（万元）");
    const grid = gridOf([["学校名称", "学段", "在校生数", "小学教学仪器设备值（万元）"], ["育才中学", "初中", 900, 356.2]]);
    const [issue] = stageColumnUnreadIssues(grid, BAND, [role(2, "students"), header], [recordAt(2, "育才中学", "junior")]);
    expect(issue?.code).toBe("read_stage_column_unread_header");
    expect(issue?.cell).toBe("学校基本情况!D1");
    expect(message(issue?.code ?? "", issue?.params, "zh")).toContain("第 D 列的表头“小学教学仪器设备值（万元）”表明是小学的列，只在小学的行读取；但有 1 个初中学校（学段）在此列填有数值（D2 的 356.2）");
  });

  it("says nothing when no row of the other stage has a number there, for a combined row (it reads the column as its primary's), or with a 初中 column of the field", () => {
    const blank = gridOf([HEADER, ["第一初级中学", "初中", 1800, null], ["城关第三小学", "小学", 1263, 8139]]);
    expect(stageColumnUnreadIssues(blank, BAND, ROLES, [recordAt(2, "第一初级中学", "junior"), recordAt(3, "城关第三小学", "primary")])).toEqual([]);
    const combined = gridOf([HEADER, ["金山学校", null, 376, 8982]]);
    expect(stageColumnUnreadIssues(combined, BAND, ROLES, [recordAt(2, "金山学校", null, "nine_year")])).toEqual([]);
    const paired = gridOf([[...HEADER, "初中运动场地面积"], ["第一初级中学", "初中", 1800, 24788, 24788]]);
    expect(stageColumnUnreadIssues(paired, BAND, [...ROLES, role(4, "sportsGroundArea", "junior")], [recordAt(2, "第一初级中学", "junior")])).toEqual([]);
  });
});

describe("a column the user gives 小学 on a sheet of split rows, through the reader (readWorkbook)", () => {
  /** The sample's columns in short: 学校名称 A, 办学类型 B, 学段 C, 在校生数 D, 运动场地面积（㎡） E (mapped sportsGroundArea@primary). */
  const HEAD = ["学校名称", "办学类型", "学段", "在校生数（人）", "运动场地面积（㎡）"];
  const ROWS = [
    ["示例县实验学校（小学部）", "九年一贯制学校", "小学", 1263, 8982],
    ["第一初级中学", "初级中学", "初中", 1800, 24788],
    ["示例县实验学校（初中部）", "九年一贯制学校", "初中", 1254, "11023"],
  ];

  it("keeps each 初中 row's unread cell, says the column once at its header, and no whole-school warning at the 学段 cells", async () => {
    const result = await readGridsOk([gridOf([HEAD, ...ROWS])], { mapping: { roles: { "sportsGroundArea@primary": 4 } } });
    expect(onlyRecord(result, "第一初级中学").unreadStageCells).toEqual({ sportsGroundArea: "学校基本情况!E3" });
    expect(onlyRecord(result, "第一初级中学").fields.sportsGroundArea).toBeUndefined();
    // A number stored as text is a number there too.
    expect(onlyRecord(result, "示例县实验学校（初中部）").unreadStageCells).toEqual({ sportsGroundArea: "学校基本情况!E4" });
    // The primary section reads its own 8982.
    expect(onlyRecord(result, "示例县实验学校（小学部）").fields.sportsGroundArea?.value).toBe(8982);
    expect(onlyRecord(result, "示例县实验学校（小学部）").unreadStageCells).toBeUndefined();
    expect(issuesWith(result.issues, "read_stage_whole_school_one_stage")).toEqual([]);
    expect(issuesWith(result.issues, "read_stage_column_unread_mapped").map((i) => [i.cell, i.params.count, i.params.firstCell, i.params.value])).toEqual([["学校基本情况!E1", 2, "E3", "24,788"]]);
  });

  it("does the same when the 初中 rows' areas are typed with their unit (24788㎡): the cell is named, its section's ground area missing there (it was said missing at no cell, and the column not at all)", async () => {
    const typed = [ROWS[0] ?? [], ["第一初级中学", "初级中学", "初中", 1800, "24788㎡"], ["示例县实验学校（初中部）", "九年一贯制学校", "初中", 1254, "11,023㎡"], ["城南中学", "初级中学", "初中", 900, "约9000"]];
    const result = await readGridsOk([gridOf([HEAD, ...typed])], { mapping: { roles: { "sportsGroundArea@primary": 4 } } });
    expect(onlyRecord(result, "第一初级中学").unreadStageCells).toEqual({ sportsGroundArea: "学校基本情况!E3" });
    expect(onlyRecord(result, "示例县实验学校（初中部）").unreadStageCells).toEqual({ sportsGroundArea: "学校基本情况!E4" });
    expect(onlyRecord(result, "城南中学").unreadStageCells).toBeUndefined();
    expect(issuesWith(result.issues, "read_stage_column_unread_mapped").map((i) => [i.cell, i.params.count, i.params.firstCell, i.params.value])).toEqual([["学校基本情况!E1", 2, "E3", "24788㎡"]]);
    // What the statistician sees of 第一初级中学's L5: its ground area missing at E3, where it stands unread.
    const l5 = evaluate(result.input, builtInProfile("national-2017")).issues.filter((i) => i.params.school === "第一初级中学" && i.params.indicator === "L5");
    expect(l5.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["missing_numerator_stage_column 学校基本情况!E3"]);
  });

  it("says nothing of the kind with the column for all stages: both stages read it", async () => {
    const result = await readGridsOk([gridOf([HEAD, ...ROWS])]);
    expect(onlyRecord(result, "第一初级中学").fields.sportsGroundArea?.value).toBe(24788);
    expect(result.issues.filter((i) => i.code.startsWith("read_stage_column_unread") || i.code === "read_stage_whole_school_one_stage")).toEqual([]);
  });
});
