import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { readWorkbook, type ReadResult } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

type Ok = Extract<ReadResult, { ok: true }>;

const hiddenCodes = (issues: readonly Issue[]) => issues.filter((i) => i.code.startsWith("read_hidden_figure_rows"));

/** 县级指标 as wb3b-county-hidden: last year's 社会认可度 (0.5) and an old 巩固率 (0.8) kept in hidden rows 5 and 6 (0-based 4 and 5). */
const LIST = [
  ["项目", "数值"],
  ["社会认可度", 0.88],
  ["初中三年巩固率", 0.97],
  ["规划布局合理", "是"],
  ["社会认可度（2023年，旧）", 0.5],
  ["初中三年巩固率", 0.8],
];

describe("readCountyFigures: hidden or filtered-out rows", () => {
  it("skips a list's hidden rows and says which, naming their items, at the first one's item cell", () => {
    const result = readCountyFigures(gridOf(LIST, { sheet: "县级指标", hiddenRows: [4, 5] }));
    // Before: both hidden rows were read, and their 0.5 and 0.8 (the least favourable) decided R1 and Q1.
    expect(result?.figures.map((f) => [f.code, f.value, f.cell])).toEqual([
      ["R1_recognition", 0.88, "县级指标!B2"],
      ["Q1_consolidation", 0.97, "县级指标!B3"],
      ["G1_layout", true, "县级指标!B4"],
    ]);
    const said = hiddenCodes(result?.issues ?? []);
    expect(said).toEqual([
      { code: "read_hidden_figure_rows_skipped", severity: "warning", cell: "县级指标!A5", params: { sheet: "县级指标", rows: "5–6", count: 2, items: "社会认可度（2023年，旧）、初中三年巩固率" } },
    ]);
    // No other word of the hidden rows: not "not read", no duplicate of Q1 or R1.
    expect(result?.issues.filter((i) => i.cell === "县级指标!B5" || i.cell === "县级指标!B6")).toEqual([]);
    expect(message(said[0]?.code ?? "", said[0]?.params ?? {}, "zh")).toContain("第 5–6 行");
    expect(message(said[0]?.code ?? "", said[0]?.params ?? {}, "en")).toContain("rows 5–6");
  });

  it("reads hidden rows when asked (includeHidden), and notes them", () => {
    const result = readCountyFigures(gridOf(LIST, { sheet: "县级指标", hiddenRows: [4, 5] }), true);
    expect(result?.figures.map((f) => f.cell)).toEqual(["县级指标!B2", "县级指标!B3", "县级指标!B4", "县级指标!B5", "县级指标!B6"]);
    expect(hiddenCodes(result?.issues ?? []).map((i) => [i.code, i.severity, i.cell, i.params.rows])).toEqual([["read_hidden_figure_rows_included", "info", "县级指标!A5", "5–6"]]);
  });

  it("says one hidden row in the singular, and nothing of a hidden blank row", () => {
    const result = readCountyFigures(gridOf([...LIST.slice(0, 5), [null, null], ["德育与校园文化建设良好以上", "是"]], { sheet: "县级指标", hiddenRows: [4, 5] }));
    const said = hiddenCodes(result?.issues ?? []);
    expect(said.map((i) => [i.cell, i.params.rows, i.params.count])).toEqual([["县级指标!A5", "5", 1]]);
    expect(message(said[0]?.code ?? "", said[0]?.params ?? {}, "en")).toContain("row 5 ");
  });

  it("says nothing when no row is hidden", () => {
    expect(hiddenCodes(readCountyFigures(gridOf(LIST, { sheet: "县级指标" }))?.issues ?? [])).toEqual([]);
  });

  it("skips a hidden county row of a city's list across", () => {
    const grid = gridOf(
      [
        ["县区", "初中三年巩固率", "社会认可度"],
        ["东山县", 0.96, 0.88],
        ["东山县", 0.8, 0.5],
      ],
      { sheet: "县级指标", hiddenRows: [2] },
    );
    const result = readCountyFigures(grid);
    expect(result?.figures.map((f) => f.cell)).toEqual(["县级指标!B2", "县级指标!C2"]);
    expect(hiddenCodes(result?.issues ?? []).map((i) => [i.code, i.cell, i.params.items])).toEqual([["read_hidden_figure_rows_skipped", "县级指标!A3", "东山县"]]);
  });
});

describe("readWorkbook: hidden county-figure rows", () => {
  const schools = gridOf([["学校名称", "在校生数"], ["一小", 300]], { sheet: "学校基本情况" });
  const county = gridOf(LIST, { sheet: "县级指标", hiddenRows: [4, 5] });

  it("skips them by default, and reads them with includeHidden (as --include-hidden reads hidden school rows)", async () => {
    const skipped = (await readWorkbook(sourceOf([schools, county]))) as Ok;
    expect(skipped.input.countyFigures.map((f) => f.cell)).toEqual(["县级指标!B2", "县级指标!B3", "县级指标!B4"]);
    expect(hiddenCodes(skipped.issues).map((i) => i.code)).toEqual(["read_hidden_figure_rows_skipped"]);
    const included = (await readWorkbook(sourceOf([schools, county]), { includeHidden: true })) as Ok;
    expect(included.input.countyFigures.map((f) => f.cell)).toEqual(["县级指标!B2", "县级指标!B3", "县级指标!B4", "县级指标!B5", "县级指标!B6"]);
    expect(hiddenCodes(included.issues).map((i) => i.code)).toEqual(["read_hidden_figure_rows_included"]);
  });
});
