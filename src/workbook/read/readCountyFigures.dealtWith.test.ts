import { message } from "../../messages/catalogue";
import { readCountyRow } from "./testing";

// s52 H1: the words saying a case was dealt with were two lists: figureWording.ts (整改 查处 处理 处分 纠正) for 有 beside
// an item worded as a negative, answerRemark.ts (… 通报 约谈 问责 追责 …, no 纠正) for a counted case. So
// 无违规择校行为 | 有（已通报） was refused (read_figure_veto_ambiguous) and 违规择校 | 有1起（已纠正） too
// (read_figure_bad_value), where 有（已整改） and 有（已纠正） were cases. A veto item is triggered by the event (rules.md
// §6): each word says the case happened, so each is a case in both readers, and a "no" beside it contradicts itself.
// Expected by hand: V_school_choice true at B2, one info (read_figure_answer_remark) quoting the remark.
const WORDS = ["已整改", "已纠正", "已处理", "已处置", "已查处", "已通报", "已约谈", "已问责", "已追责", "已立案", "已结案", "已处分", "已撤职", "已免职", "校长被撤销党内职务"];
const CASE = { figures: [["V_school_choice", true, "县级指标!B2"]], issues: [["read_figure_answer_remark", "info", "县级指标!B2"]] };

describe("a case said to be dealt with is a case, whichever reader and word", () => {
  it.each(WORDS)("无违规择校行为 | 有（%s） → a case (有 beside a negative wording)", (word) => {
    const row = readCountyRow("无违规择校行为", `有（${word}）`);
    expect(row).toMatchObject(CASE);
    expect(row.params[0]).toMatchObject({ answer: "有", remark: word });
  });

  it.each(WORDS)("违规择校 | 有1起（%s） → a case (a counted case)", (word) => {
    const row = readCountyRow("违规择校", `有1起（${word}）`);
    expect(row).toMatchObject(CASE);
    expect(row.params[0]).toMatchObject({ answer: "有", remark: `1起（${word}）` });
  });

  it.each(WORDS)("违规择校 | 无（%s） → refused: no case, yet one dealt with", (word) => {
    // read_figure_remark_contradicts, or read_figure_bad_value where the remark's own 撤销 refuses it first.
    const row = readCountyRow("违规择校", `无（${word}）`);
    expect(row.figures).toEqual([]);
    expect(row.issues.map((i) => i.slice(1))).toEqual([["error", "县级指标!B2"]]);
  });

  it("says 无违规择校行为 | 有（已通报） was read as 有, in zh", () => {
    const { params } = readCountyRow("无违规择校行为", "有（已通报）");
    expect(message("read_figure_answer_remark", params[0] ?? {}, "zh")).toBe("县级指标“无违规择校行为”填写为“有（已通报）”，已按“有”读取；其后的说明“已通报”未用于评估");
  });

  it("still refuses 有（已更正） and 有1起（已更正）: the figure corrected, the answer perhaps taken back", () => {
    expect(readCountyRow("无违规择校行为", "有（已更正）").figures).toEqual([]);
    expect(readCountyRow("违规择校", "有1起（已更正）").figures).toEqual([]);
  });
});

// s52 H1: 有1起（已撤销处分） was a case and 有1起（处分已撤销） refused, one meaning read two ways. Both say a sanction
// was revoked, which may be because the case was not made out: refused alike, as 有1起（已撤销） is; a sanction named
// by its kind (撤销党内职务) stays a case. Expected by hand: no figure, one error at B2.
describe("a sanction revoked is read one way, whichever order its words come in", () => {
  it.each([
    ["违规择校", "有1起（处分已撤销）"],
    ["违规择校", "有1起（已撤销处分）"],
    ["违规择校", "有（处分已撤销）"],
    ["违规择校", "有（已撤销处分）"],
    ["无违规择校行为", "有（处分已撤销）"],
    ["无违规择校行为", "有（已撤销处分）"],
  ])("%s | %s → no figure, one error at B2", (item, value) => {
    const row = readCountyRow(item, value);
    expect(row.figures).toEqual([]);
    expect(row.issues).toHaveLength(1);
    expect(row.issues[0]?.slice(1)).toEqual(["error", "县级指标!B2"]);
  });
});
