import type { Issue } from "../../engine/types";
import type { CellValue, Grid, WorkbookSource } from "../types";
import { readWorkbook, type ReadOptions, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

const HEADER = ["学校名称", "学校类型", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）"];
const PRIMARY: CellValue[][] = [
  ["甲小学", "小学", 1000, 60, 5000],
  ["乙小学", "小学", 500, 30, 2000],
];
const JUNIOR: CellValue[][] = [
  ["甲中学", "初级中学", 900, 70, 5400],
  ["乙中学", "初级中学", 600, 40, 3000],
];

function sheet(name: string, rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = HEADER): Grid {
  return gridOf([header, ...rows], { sheet: name });
}

/** A source whose `hidden` sheets are hidden (as the xlsx and Office adapters say). */
function withHidden(grids: readonly Grid[], hidden: readonly string[]): WorkbookSource {
  return { ...sourceOf(grids), hiddenSheets: () => Promise.resolve(hidden) };
}

async function readOk(source: WorkbookSource, options: ReadOptions = {}): Promise<Ok> {
  const result = await readWorkbook(source, options);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
}

function find(issues: readonly Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

describe("readWorkbook: a visible school sheet before a hidden one", () => {
  // Last year's data, hidden, with one more recognised column (班级数) than this year's visible sheet.
  const current = sheet("学校", [...PRIMARY, ...JUNIOR]);
  const old = sheet("2019旧数据", [["已撤并小学", "小学", 100, 5, 300, 3]], [...HEADER, "班级数"]);

  it("reads the visible sheet although the hidden one has more recognised columns, and notes the hidden one at its header", async () => {
    const result = await readOk(withHidden([current, old], ["2019旧数据"]));
    expect(result.mapping.sheet).toBe("学校");
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙小学", "甲中学", "乙中学"]);
    expect(find(result.issues, "read_hidden_school_sheets")).toEqual([{ code: "read_hidden_school_sheets", severity: "info", cell: "2019旧数据!A1", params: { others: "2019旧数据" } }]);
    expect(find(result.issues, "read_other_school_sheets")).toEqual([]);
  });

  it("reads a hidden (or very hidden) sheet when no visible sheet has schools, and says it is hidden at its header", async () => {
    const note = gridOf([["本表说明"]], { sheet: "说明" });
    const result = await readOk(withHidden([note, current], ["学校"]));
    expect(result.input.records).toHaveLength(4);
    expect(find(result.issues, "read_hidden_sheet_read")).toEqual([{ code: "read_hidden_sheet_read", severity: "warning", cell: "学校!A1", params: { sheet: "学校" } }]);
  });

  it("reads a hidden sheet the user named without a word about it, and, from an adapter that does not say, as before", async () => {
    const named = await readOk(withHidden([current, old], ["2019旧数据"]), { sheet: "2019旧数据" });
    expect(named.input.records.map((r) => r.name)).toEqual(["已撤并小学"]);
    expect(named.issues.filter((i) => i.code.includes("hidden") || i.code.includes("other"))).toEqual([]);
    const silent = await readOk(sourceOf([current, old]));
    expect(silent.mapping.sheet).toBe("2019旧数据");
    expect(find(silent.issues, "read_other_school_sheets")).toEqual([{ code: "read_other_school_sheets", severity: "warning", cell: "学校!A1", params: { sheet: "2019旧数据", others: "学校" } }]);
  });
});

describe("readWorkbook: 小学 and 初中 on sheets of their own", () => {
  const primary = sheet("小学", PRIMARY);
  const junior = sheet("初中", [...JUNIOR, ["城关一校", null, 300, 20, 1500]]);

  it("reads both sheets of the same layout, each row of the sheet's stage unless it says its own, and says so at each header", async () => {
    const result = await readOk(sourceOf([primary, junior]));
    expect(result.input.records.map((r) => [r.name, r.stage, r.type, r.fields.students?.value, r.fields.students?.cell])).toEqual([
      ["甲小学", "primary", "primary", 1000, "小学!C2"],
      ["乙小学", "primary", "primary", 500, "小学!C3"],
      ["甲中学", "junior", "junior", 900, "初中!C2"],
      ["乙中学", "junior", "junior", 600, "初中!C3"],
      // Neither a type nor a name that says a stage: the 初中 sheet's (before: an unknown type, out of scope, read as primary).
      ["城关一校", "junior", "junior", 300, "初中!C4"],
    ]);
    expect(find(result.issues, "read_stage_sheet")).toEqual([
      { code: "read_stage_sheet", severity: "info", cell: "小学!A1", params: { sheet: "小学", stage: "primary", count: 2 } },
      { code: "read_stage_sheet", severity: "info", cell: "初中!A1", params: { sheet: "初中", stage: "junior", count: 3 } },
    ]);
    expect(result.issues.map((i) => i.code)).not.toContain("read_other_school_sheets");
    expect(result.issues.map((i) => i.code)).not.toContain("read_type_unknown");
    expect(result.mapping.sheet).toBe("小学");
  });

  it("tells the stages by the rows' types when the sheet names do not", async () => {
    const result = await readOk(sourceOf([sheet("Sheet1", JUNIOR), sheet("Sheet2", PRIMARY)]));
    expect(result.input.records.map((r) => r.name)).toEqual(["甲中学", "乙中学", "甲小学", "乙小学"]);
    expect(find(result.issues, "read_stage_sheet").map((i) => i.params.stage)).toEqual(["junior", "primary"]);
  });

  it("reads one sheet (and names the other at its header) when the two are not a primary and a junior sheet of one layout", async () => {
    const narrow = HEADER.slice(0, 3);
    const cases: Grid[][] = [
      [primary, sheet("初中", JUNIOR, narrow)],
      [primary, sheet("小学2", PRIMARY)],
      [primary, junior, sheet("全部学校", [...PRIMARY, ...JUNIOR])],
      [sheet("Sheet1", [["一校", null, 1, 1, 1]]), sheet("初中", JUNIOR)],
    ];
    for (const grids of cases) {
      const result = await readOk(sourceOf(grids));
      expect(find(result.issues, "read_stage_sheet")).toEqual([]);
      const other = find(result.issues, "read_other_school_sheets");
      expect(other).toHaveLength(1);
      expect(other[0]?.cell).toMatch(/!A1$/);
      expect(new Set(result.input.records.map((r) => r.source?.sheet)).size).toBe(1);
    }
  });

  it("reads only the sheet the user chose, or only the sheet a range is given for", async () => {
    const chosen = await readOk(sourceOf([primary, junior]), { sheet: "初中" });
    expect(chosen.input.records.map((r) => r.name)).toEqual(["甲中学", "乙中学", "城关一校"]);
    // The sheet's stage is not assumed for a sheet read alone: the unknown school stays unknown, as before.
    expect(chosen.input.records[2]?.type).toBe("other");
    const ranged = await readOk(sourceOf([primary, junior]), { range: "A1:E3" });
    expect(new Set(ranged.input.records.map((r) => r.source?.sheet))).toEqual(new Set(["小学"]));
  });
});

describe("readWorkbook: a range without a sheet applies to the school sheet chosen", () => {
  const schools = sheet("学校", [...PRIMARY, ...JUNIOR]);
  const notes = gridOf([["说明"], ["本表为示例"]], { sheet: "说明" });

  it("reads only the range of the chosen sheet, and says which sheet it was applied to", async () => {
    const result = await readOk(sourceOf([notes, schools]), { range: "A1:E3" });
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学", "乙小学"]);
    expect(find(result.issues, "read_range_applied")).toEqual([{ code: "read_range_applied", severity: "info", cell: "学校!A1", params: { range: "A1:E3", sheet: "学校" } }]);
  });

  it("says nothing of the range when the user named the sheet too", async () => {
    const result = await readOk(sourceOf([notes, schools]), { sheet: "学校", range: "A1:E2" });
    expect(result.input.records.map((r) => r.name)).toEqual(["甲小学"]);
    expect(find(result.issues, "read_range_applied")).toEqual([]);
  });

  it("fails, naming what it found, when the range holds no school header", async () => {
    const result = await readWorkbook(sourceOf([notes, schools]), { range: "A4:E5" });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("read_no_header");
  });
});
