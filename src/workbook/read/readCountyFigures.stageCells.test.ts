// Figures kept under stage columns (项目 | 小学 | 初中, with or without a 全县 column): which cell
// gives an item's value. Cases from reviewer R3 of s48 (findings F1–F4), expected by hand.
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readCountyFigures } from "./readCountyFigures";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

function read(rows: unknown[][]) {
  return readCountyFigures(gridOf(rows as never, { sheet: "县级指标" }));
}

/** The figures as [code, value, cell]. */
function figures(rows: unknown[][]): [string, unknown, string | null][] {
  return (read(rows)?.figures ?? []).map((f) => [f.code, f.value, f.cell]);
}

const schools = gridOf([
  ["学校名称", "学段", "在校生数"],
  ["一小", "小学", 600],
  ["一中", "初中", 500],
]);

/** The county of a workbook of two schools and these figures, evaluated on the national profile. */
async function county(rows: unknown[][]) {
  const r = await readWorkbook(sourceOf([schools, gridOf(rows as never, { sheet: "县级指标" })]));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return evaluate(r.input, builtInProfile("national-2017")).counties[0];
}

describe("stage columns: 暂无数据 in one stage cell never hides a value in the other (R3 F1)", () => {
  // 786686b took the first cell that read or said 暂无数据: no figure, Q1 待评估 and the county 待评估.
  const rows = [
    ["项目", "小学", "初中", "备注"],
    ["初中三年巩固率", "暂无数据", "96.5%", "小学不统计"],
    ["违规择校", "暂无数据", "有", "初中1起"],
    ["社会认可度", "88%", "尚未统计", null],
  ];

  it("reads 96.5% at C2, 有 at C3 and 88% at B4, as / beside them would be passed over", () => {
    expect(figures(rows)).toEqual([
      ["Q1_consolidation", 0.965, "县级指标!C2"],
      ["V_school_choice", true, "县级指标!C3"],
      ["R1_recognition", 0.88, "县级指标!B4"],
    ]);
  });

  it("leaves the county vetoed by 有 at C3, Q1 met on 0.965 ≥ 0.95", async () => {
    const c = await county(rows);
    expect(c?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: true, cell: "县级指标!C3" });
    expect(c?.recognised).toBe(false);
    expect(c?.items.find((i) => i.code === "Q1")?.verdict).toBe("met");
  });

  it("still says 暂无数据 at its cell when neither stage gives a value", () => {
    const r = read([["项目", "小学", "初中"], ["社会认可度", "暂无数据", null], ["违规择校", null, "暂无数据"]]);
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_no_data", "县级指标!B2"],
      ["read_figure_no_data", "县级指标!C3"],
    ]);
  });
});
