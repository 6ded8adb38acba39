// s52 R5: 违规择校 | 无 | 无初中 (or /, 不适用) cleared the veto on the 小学 cell even where the school sheet lists
// 初中 schools for the county, nothing said of the clash: the reader does not know the county's stages. Now the
// reader keeps the 无 marked with the cell saying the stage has none (CountyFigure.noneStageCells), for the
// engine to hold the item where the county has sections of that stage (vetoResults.stageNone.test.ts).
// Expected by hand: the 初中 cell C2 with its text, stage junior; nothing marked where the row says 有, where the
// 全县 cell says 无 (it answers for the whole county) or where both stages say 无.
import { readFiguresSheet as read } from "./testing";

const HEAD = ["项目", "小学", "初中", "备注"];
const marks = (rows: unknown[][]) => read(rows)?.figures.map((f) => [f.code, f.value, f.cell, f.noneStageCells]);

describe("a veto row's stage cell saying the item does not concern that stage", () => {
  it.each(["无初中", "本县无初中", "/", "不适用"])("keeps 违规择校 | 无 | %s, the 无 at B2 marked with the 初中 cell C2", (text) => {
    expect(marks([HEAD, ["违规择校", "无", text, null]])).toEqual([["V_school_choice", false, "县级指标!B2", [{ stage: "junior", cell: "县级指标!C2", text }]]]);
  });

  it("marks 违规择校 | 无小学 | 无 with the 小学 cell B2, the 无 at C2", () => {
    expect(marks([HEAD, ["违规择校", "无小学", "无", null]])).toEqual([["V_school_choice", false, "县级指标!C2", [{ stage: "primary", cell: "县级指标!B2", text: "无小学" }]]]);
  });

  it("marks nothing on 无 | 无, on 有 | /, nor where the 全县 cell says 无 (全县 无 | 无 | /)", () => {
    expect(marks([HEAD, ["违规择校", "无", "无", null]])).toEqual([["V_school_choice", false, "县级指标!B2", undefined]]);
    expect(marks([HEAD, ["违规择校", "有", "/", null]])).toEqual([["V_school_choice", true, "县级指标!B2", undefined]]);
    const whole = marks([["项目", "全县", "小学", "初中"], ["违规择校", "无", "无", "/"]]);
    expect(whole?.every(([, value, , none]) => value === false && none === undefined)).toBe(true);
    expect(whole?.length).toBeGreaterThan(0);
  });
});
