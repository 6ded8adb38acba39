// F7 (s49 H1): a 备注 cell saying 无 or 暂无数据 beside blank stage cells (项目 | 小学 | 初中 | 备注) was taken as the
// row's value: 违规择校 judged 无 (no veto) on the remark, 重点学校 said 暂无数据 at the 备注 cell with "fill it in
// there". Such a remark says there is nothing to remark: the row is read as if the 备注 were blank.
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readCountyFigures } from "./readCountyFigures";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

const HEAD = ["项目", "小学", "初中", "备注"];

function read(rows: unknown[][]) {
  const r = readCountyFigures(gridOf([HEAD, ...rows] as never, { sheet: "县级指标" }));
  return { figures: (r?.figures ?? []).map((f) => [f.code, f.value, f.cell]), issues: (r?.issues ?? []).map((i) => [i.code, i.cell]) };
}

describe("readCountyFigures: 无 / 暂无数据 in the 备注 column beside blank stage cells is no value (F7)", () => {
  it.each([
    ["违规择校", "无"],
    ["违规择校", "无。"],
    ["重点学校或重点班", "暂无数据"],
    ["社会认可度", "无"],
    ["初中三年巩固率", "暂无数据"],
    ["社会认可度", "—"],
  ])("%s | blank | blank | %s: nothing read, nothing said, as with the 备注 blank", (item, remark) => {
    expect(read([[item, null, null, remark]])).toEqual({ figures: [], issues: [] });
    expect(read([[item, null, null, null]])).toEqual({ figures: [], issues: [] });
  });

  it("keeps reading the stage cells beside such a remark: 0.11 at B2, 0.12 at C2; 有 at C3", () => {
    const found = read([["质量监测校际差异率", 0.11, 0.12, "无"], ["违规择校", null, "有", "暂无数据"]]);
    expect(found.figures).toEqual([
      ["Q9_difference_rate", 0.11, "县级指标!B2"],
      ["Q9_difference_rate", 0.12, "县级指标!C2"],
      ["V_school_choice", true, "县级指标!C3"],
    ]);
  });

  it("still reads a value a 备注 gives beside blank stage cells (96%, 有), and still refuses other text there", () => {
    const found = read([["社会认可度", null, null, "96%"], ["违规择校", null, null, "有"], ["重点学校或重点班", null, null, "问卷调查"]]);
    expect(found.figures).toEqual([
      ["R1_recognition", 0.96, "县级指标!D2"],
      ["V_school_choice", true, "县级指标!D3"],
    ]);
    expect(found.issues).toEqual([["read_figure_no_value", "县级指标!A4"]]);
  });

  it("leaves 违规择校 unanswered once evaluated (before: answered 无 at D2, the veto passed on a remark)", async () => {
    const schools = gridOf([
      ["学校名称", "学段", "在校生数"],
      ["一小", "小学", 600],
      ["一中", "初中", 500],
    ]);
    const r = await readWorkbook(sourceOf([schools, gridOf([HEAD, ["违规择校", null, null, "无"]] as never, { sheet: "县级指标" })]));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const county = evaluate(r.input, builtInProfile("national-2017")).counties[0];
    expect(county?.veto.find((v) => v.code === "V_school_choice")).toEqual({ code: "V_school_choice", present: null, cell: null });
  });
});

// s50 H2: under 项目 | 数值 | 备注, a blank 数值 beside 备注 无 gave read_figure_value_in_note (备注写有“无”，请把数值填入):
// the statistician wrote no value anywhere and said there was nothing to remark.
describe("readCountyFigures: 项目 | 数值 | 备注 with the value blank and the 备注 无", () => {
  it("says the value cell blank (read_figure_blank at B2, B3), not a value in the note", () => {
    const r = readCountyFigures(gridOf([["项目", "数值", "备注"], ["社会认可度", null, "无"], ["违规择校", null, "暂无"]], { sheet: "县级指标" }));
    expect(r?.figures).toEqual([]);
    expect(r?.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_figure_blank", "县级指标!B2"],
      ["read_figure_blank", "县级指标!B3"],
    ]);
  });
});
