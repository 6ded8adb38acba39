import { DEALT_WITH } from "./caseDealtWith";
import { readCountyRow } from "./testing";

// R1 of s52: the one list of "dealt with" words (caseDealtWith.ts) held 整改 / 纠正 / 处理 … but not the other words a
// bureau writes for the same acts, so 违规择校 | 无（已改正） cleared the veto as a plain 无 (the county passed) while
// 无（已纠正） was refused; 无违规择校行为 | 是（已处罚） cleared it too, and 无违规择校行为 | 有（已清退） was refused as
// ambiguous. Each word below says something was done about a case, so a case happened (rules.md §6).
// Expected by hand: after a "no" (无 / 否, or 是 beside 无违规择校行为) no figure and one error at B2 (the answer and the
// remark contradict each other); after 有 / 有1起 the case at B2, the remark quoted in an info.
const WORDS = ["已改正", "责令改正", "立行立改", "边查边改", "已清退", "已退费", "已查办", "已惩处", "已处罚", "给予警告", "记过", "记大过", "诫勉谈话", "批评教育", "已移交纪委", "移送司法机关", "已督办", "已办结", "已追究责任", "已取缔", "已叫停", "已销号"];
const REFUSED = { figures: [], issues: [["read_figure_remark_contradicts", "error", "县级指标!B2"]] };
const CASE = { figures: [["V_school_choice", true, "县级指标!B2"]], issues: [["read_figure_answer_remark", "info", "县级指标!B2"]] };

describe("a veto answered 'no' with a remark saying a case was acted on, in words beyond 整改 / 纠正 / 处理", () => {
  it.each(WORDS)("违规择校 | 无（%s） → refused at B2, not cleared", (word) => {
    expect(readCountyRow("违规择校", `无（${word}）`)).toMatchObject(REFUSED);
  });

  it.each(WORDS)("违规择校 | 否，%s → refused at B2, not cleared", (word) => {
    expect(readCountyRow("违规择校", `否，${word}`)).toMatchObject(REFUSED);
  });

  it.each(WORDS)("无违规择校行为 | 是（%s） → refused at B2, not cleared", (word) => {
    expect(readCountyRow("无违规择校行为", `是（${word}）`)).toMatchObject(REFUSED);
  });

  it.each(WORDS)("违规择校 | 有1起（%s） → the case", (word) => {
    expect(readCountyRow("违规择校", `有1起（${word}）`)).toMatchObject(CASE);
  });

  it.each(WORDS)("无违规择校行为 | 有（%s） → the case, not ambiguous", (word) => {
    expect(readCountyRow("无违规择校行为", `有（${word}）`)).toMatchObject(CASE);
  });
});

describe("DEALT_WITH's further words do not take in a remark that says nothing was done", () => {
  it.each(["见附件", "经排查", "已核实", "改革推进中", "已建立长效机制", "已上报"])("%s → false", (remark) => {
    expect(DEALT_WITH.test(remark)).toBe(false);
  });

  it("still reads 违规择校 | 无（经排查） and 无（见附件） as none", () => {
    expect(readCountyRow("违规择校", "无（经排查）").figures).toEqual([["V_school_choice", false, "县级指标!B2"]]);
    expect(readCountyRow("违规择校", "无（见附件）").figures).toEqual([["V_school_choice", false, "县级指标!B2"]]);
  });
});
