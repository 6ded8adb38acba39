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

describe("stage columns with a 全县 / 合计 column: an item of the whole county is read from the county's own (R3 F2)", () => {
  // d2dcb85 read both stage cells and judged the less favourable: R1 on 84% (not met), G11 on 8%.
  const rows = [
    ["项目", "小学", "初中", "全县"],
    ["社会认可度", "92%", "84%", "88%"],
    ["教师交流轮岗比例", "12%", "8%", "10.4%"],
    ["质量监测校际差异率", 0.11, 0.16, null],
  ];

  it("takes 88% at D2 and 10.4% at D3; with 全县 blank, both stage cells as before", () => {
    expect(figures(rows)).toEqual([
      ["R1_recognition", 0.88, "县级指标!D2"],
      ["G11_rotation_rate", 0.104, "县级指标!D3"],
      ["Q9_difference_rate", 0.11, "县级指标!B4"],
      ["Q9_difference_rate", 0.16, "县级指标!C4"],
    ]);
  });

  it("judges R1 met (0.88 ≥ 0.85) and G11 on its county rate 0.104", async () => {
    const c = await county(rows);
    expect(c?.items.find((i) => i.code === "R1")?.parts["R1_recognition"]).toBe(0.88);
    expect(c?.items.find((i) => i.code === "R1")?.verdict).toBe("met");
    expect(c?.items.find((i) => i.code === "G11")?.parts["G11_rotation_rate"]).toBe(0.104);
  });

  it("reads a 合计 column standing before the stage columns too: 合计 | 小学 | 初中", () => {
    expect(figures([["项目", "合计", "小学", "初中"], ["社会认可度", "88%", "92%", "84%"]])).toEqual([["R1_recognition", 0.88, "县级指标!B2"]]);
  });
});
