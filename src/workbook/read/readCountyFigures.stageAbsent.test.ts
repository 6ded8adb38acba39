import { markedNone } from "./ownStageOf";
import { figuresSaid as said } from "./testing";

// s52 H1: a veto row's stage cell saying the county has no schools of that stage (无初中, 本县无初中) was refused
// (read_figure_veto_cell_unread, an error) and the veto held 待评估, where / and 不适用 in that cell were left out and
// the 小学 cell's 无 cleared it. Expected by hand: the same as /, the veto cleared by the other stage's 无 alone, no issue.
const HEAD = ["项目", "小学", "初中", "备注"];

describe("a stage cell saying the county has no schools of that stage", () => {
  it.each(["无初中", "本县无初中", "没有初中学校", "/"])("违规择校 | 无 | %s → cleared on B2, nothing said", (text) => {
    expect(said([HEAD, ["违规择校", "无", text, null]])).toEqual({ figures: [["V_school_choice", false, "县级指标!B2"]], issues: [] });
  });

  it.each(["无小学", "本县无小学"])("违规择校 | %s | 无 → cleared on C2, nothing said", (text) => {
    expect(said([HEAD, ["违规择校", text, "无", null]])).toEqual({ figures: [["V_school_choice", false, "县级指标!C2"]], issues: [] });
  });

  it("reads 违规择校 | 有 | 本县无初中 as the case at B2, the 初中 cell left out", () => {
    expect(said([HEAD, ["违规择校", "有", "本县无初中", null]])).toEqual({ figures: [["V_school_choice", true, "县级指标!B2"]], issues: [] });
  });

  it("still holds the veto when the cell names the other stage (违规择校 | 无 | 无小学): it says nothing of 初中", () => {
    expect(said([HEAD, ["违规择校", "无", "无小学", null]])).toEqual({ figures: [], issues: [["read_figure_veto_cell_unread", "error", "县级指标!C2"]] });
  });

  it("markedNone takes the stage-named words only in that stage's column", () => {
    expect([markedNone("本县无初中", "junior"), markedNone("无初中", "primary"), markedNone("无初中"), markedNone("无小学", "primary")]).toEqual([true, false, false, true]);
  });
});
