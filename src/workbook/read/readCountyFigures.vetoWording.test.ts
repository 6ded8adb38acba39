import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

// Reviewer R1 (s43), findings 4 and 5: a veto item worded as a negative (无违规择校行为, 杜绝择校) turned round
// every answer, so 不存在 / 未发现 / 0 were read as a case and 存在 / 有（已整改） as none; X was refused as a verdict.
const sheet = { sheet: "县级指标" };

/** One row under 评估内容 | 自评结果 read: the figure's value (or the refusal's code) and the issues' codes. */
function readRow(item: string, value: string | number | boolean) {
  const result = readCountyFigures(gridOf([["评估内容", "自评结果"], [item, value]], sheet));
  const figure = result?.figures.find((f) => f.code === "V_school_choice" || f.code === "Q8_workload");
  const refusal = result?.issues.find((i) => i.severity === "error");
  return { read: figure?.value ?? refusal?.code ?? "nothing", codes: result?.issues.map((i) => i.code) ?? [], issues: result?.issues ?? [] };
}

const REFUSED = "read_figure_veto_ambiguous";
// Answer, then what it says under 存在违规择校行为 (positive), 无违规择校行为 and 杜绝择校 (negative): true = a case.
const CASES: readonly [string | number | boolean, boolean | string, boolean | string][] = [
  // Answers agreeing or disagreeing with the sentence: turned round by a negative wording.
  ["是", true, false],
  ["否", false, true],
  [true, true, false],
  [false, false, true],
  ["√", true, false],
  ["×", false, true],
  ["X", false, true],
  ["x", false, true],
  ["ｘ", false, true],
  ["✕", false, true],
  // Answers saying themselves whether the case exists: read as they stand.
  ["存在", true, true],
  ["不存在", false, false],
  ["未发现", false, false],
  ["未发生", false, false],
  ["没有发生", false, false],
  ["无此情况", false, false],
  ["有（已整改）", true, true],
  ["有，已整改", true, true],
  // Bare 有 / 无 / 没有 and a 0 / 1 beside a negative wording: a case, or agreeing with the sentence? Refused.
  ["有", true, REFUSED],
  ["无", false, REFUSED],
  ["没有", false, REFUSED],
  ["无。", false, REFUSED],
  [1, true, REFUSED],
  [0, false, REFUSED],
  ["0", false, REFUSED],
];

describe("a veto item's answer read against the item's wording", () => {
  it.each(CASES)("存在违规择校行为 | %s → %s; 无违规择校行为 and 杜绝择校 → %s", (answer, positive, negative) => {
    expect(readRow("存在违规择校行为", answer).read).toBe(positive);
    expect(readRow("无违规择校行为", answer).read).toBe(negative);
    expect(readRow("杜绝择校", answer).read).toBe(negative);
  });

  it("says the turning round only where the answer judges the sentence: 是 beside 无违规择校行为, not 不存在", () => {
    expect(readRow("无违规择校行为", "是").codes).toEqual(["read_figure_inverted"]);
    expect(readRow("无违规择校行为", "不存在").codes).toEqual([]);
    expect(readRow("无违规择校行为", "有（已整改）").codes).toEqual(["read_figure_answer_remark"]);
    expect(readRow("存在违规择校行为", "X").codes).toEqual([]);
  });

  it("asks for 存在 / 不存在 at 无违规择校行为 | 有, in zh and en", () => {
    const said = readRow("无违规择校行为", "有").issues;
    expect(said.map((i) => [i.code, i.severity, i.cell])).toEqual([[REFUSED, "error", "县级指标!B2"]]);
    expect(message(REFUSED, said[0]?.params ?? {}, "zh")).toBe("否决项“无违规择校行为”是否定的说法，填写的“有”可能指存在该情形，也可能指认同该说法（不存在该情形），含义不明：该项暂未评估，请改填“存在”或“不存在”");
    expect(message(REFUSED, said[0]?.params ?? {}, "en")).toBe("Veto item “无违规择校行为” is worded as a negative, so “有” may say that the case exists or agree that it does not; not assessed: enter 存在 or 不存在 (present or not) in that cell");
  });

  it("reads an existence answer to a workload item named as the bad thing as its absence or presence (Q8 met when none), and refuses a bare 有 there", () => {
    expect([readRow("无过重课业负担", "不存在").read, readRow("无过重课业负担", "存在").read]).toEqual([true, false]);
    expect([readRow("学生课业负担过重", "不存在").read, readRow("学生课业负担过重", "存在").read]).toEqual([true, false]);
    expect([readRow("无过重课业负担", "是").read, readRow("学生课业负担过重", "否").read]).toEqual([true, true]);
    expect(readRow("无过重课业负担", "有").read).toBe("read_figure_ambiguous_none");
  });
});

// Reviewer R2 (session 43), N1–N3, N7: 否认 negates the sentence; a remark that is itself an existence answer
// must agree with the answer; a 不存在 / 否 with a remark saying a case was dealt with is refused; a turning
// round that makes a veto case present is a warning.
const CONTRADICTS = "read_figure_remark_contradicts";

describe("否认 negates the item's sentence (N1)", () => {
  it("reads 否认存在违规择校行为 | 是 as none and | 否 as a case, said as turned round; | 不存在 as none; | 有 refused", () => {
    expect(readRow("否认存在违规择校行为", "是").read).toBe(false);
    expect(readRow("否认存在违规择校行为", "是").issues.map((i) => [i.code, i.severity])).toEqual([["read_figure_inverted", "info"]]);
    expect(readRow("否认存在违规择校行为", "否").read).toBe(true);
    expect(readRow("否认存在违规择校行为", "不存在").read).toBe(false);
    expect(readRow("否认存在违规择校行为", "有").read).toBe(REFUSED);
  });
});

describe("a remark that is itself an existence answer must agree with the answer (N2)", () => {
  // Answer, then what it says under 存在违规择校行为 and under 无违规择校行为: true = a case.
  it.each([
    ["是（存在）", true, CONTRADICTS],
    ["是（不存在）", CONTRADICTS, false],
    ["否（不存在）", false, CONTRADICTS],
    ["否（存在）", CONTRADICTS, true],
    ["是，不存在", CONTRADICTS, false],
    ["有（无）", CONTRADICTS, CONTRADICTS],
    ["无（有）", CONTRADICTS, CONTRADICTS],
    ["有（存在）", true, true],
    ["不存在（无）", false, false],
  ])("存在违规择校行为 | %s → %s; 无违规择校行为 → %s", (answer, positive, negative) => {
    expect(readRow("存在违规择校行为", answer).read).toBe(positive);
    expect(readRow("无违规择校行为", answer).read).toBe(negative);
  });

  it("says the contradiction at the cell, quoting the answer and the remark, in zh and en", () => {
    const said = readRow("无违规择校行为", "是（存在）").issues;
    expect(said.map((i) => [i.code, i.severity, i.cell])).toEqual([[CONTRADICTS, "error", "县级指标!B2"]]);
    expect(said[0]?.params).toMatchObject({ answer: "是", remark: "存在" });
    expect(message(CONTRADICTS, said[0]?.params ?? {}, "zh")).toBe(
      "“无违规择校行为”填写为“是（存在）”：按该项的说法，答案“是”与其后的说明“存在”意思相反，含义不明：该项暂未评估，请只填写一个答案（如“存在”或“不存在”）",
    );
    expect(message(CONTRADICTS, said[0]?.params ?? {}, "en")).toBe(
      "“无违规择校行为”: in “是（存在）”, the answer “是” and the remark “存在” after it say opposite things, given how the item is worded; not assessed: enter one answer only (such as 存在 or 不存在, present or not)",
    );
  });

  it("reads an agreeing remark with the turning round only: 无违规择校行为 | 是（不存在） → none, read_figure_inverted (info)", () => {
    expect(readRow("无违规择校行为", "是（不存在）").issues.map((i) => [i.code, i.severity])).toEqual([["read_figure_inverted", "info"]]);
  });

  it("checks the workload item alike: 无过重课业负担 | 是（存在） refused, | 是（不存在） met", () => {
    expect(readRow("无过重课业负担", "是（存在）").read).toBe(CONTRADICTS);
    expect(readRow("无过重课业负担", "是（不存在）").read).toBe(true);
  });
});

describe("a 'no case' answer with a remark saying a case was dealt with is refused, as 有（已整改） is a case (N7)", () => {
  it.each([
    ["存在违规择校行为", "不存在（已整改）"],
    ["无违规择校行为", "不存在（已整改）"],
    ["杜绝择校", "未发现，已查处"],
    ["是否存在违规择校行为", "否（已整改）"],
    ["无违规择校行为", "是（已整改）"],
  ])("%s | %s → refused", (item, answer) => {
    expect(readRow(item, answer).read).toBe(CONTRADICTS);
  });

  it("still reads a case dealt with as a case: 有（已整改）, 存在（已整改）, 无违规择校行为 | 否（已整改）", () => {
    expect([readRow("无违规择校行为", "有（已整改）").read, readRow("存在违规择校行为", "存在（已整改）").read, readRow("无违规择校行为", "否（已整改）").read]).toEqual([true, true, true]);
  });
});

describe("a turning round that makes a veto case present is a warning (N3)", () => {
  it.each(["无违规择校行为", "不存在违规择校行为", "未发现违规择校行为", "严禁违规择校"])("%s | 否 → a case, read_figure_inverted (warning) at B2", (item) => {
    const { read, issues } = readRow(item, "否");
    expect(read).toBe(true);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_figure_inverted", "warning", "县级指标!B2"]]);
  });

  it("keeps the note info when the turning round makes none (| 是) or concerns no veto (学生课业负担过重 | 否)", () => {
    expect(readRow("无违规择校行为", "是").issues.map((i) => i.severity)).toEqual(["info"]);
    expect(readRow("学生课业负担过重", "否").issues.map((i) => i.severity)).toEqual(["info"]);
  });
});

// Reviewer R3 of s49, B1 / B2: a bracketed remark denying the case (有（误报）) was read as 有 and vetoed the
// county; one saying what was done about a counted case (有1起（已通报）, 是（1起）) was refused and the veto lost.
describe("a veto answer with a remark: denied cases refused, dealt-with cases read", () => {
  it.each(["有（误报）", "有（已撤销）", "存在（系谣传）", "有（撤回）", "有（取消）", "有（误填）"])("refuses 违规择校 | %s, saying so at B2", (text) => {
    const { read, issues } = readRow("违规择校", text);
    expect(read).toBe("read_figure_bad_value");
    expect(issues.find((i) => i.code === "read_figure_bad_value")?.cell).toBe("县级指标!B2");
  });

  it.each(["有1起（已通报）", "有一起（已整改）", "有1起，已立案查处", "是（1起）"])("reads 违规择校 | %s as a case, noting the remark unused", (text) => {
    const { read, codes } = readRow("违规择校", text);
    expect(read).toBe(true);
    expect(codes).toContain("read_figure_answer_remark");
  });

  it("refuses 无违规择校行为 | 是（1起）: 是 says none under this wording, 1起 one case", () => {
    const { read, issues } = readRow("无违规择校行为", "是（1起）");
    expect(read).toBe("read_figure_remark_contradicts");
    const issue = issues.find((i) => i.code === "read_figure_remark_contradicts");
    expect(issue?.params).toMatchObject({ answer: "是", remark: "1起" });
    expect(message("read_figure_remark_contradicts", issue?.params ?? {}, "en")).toBe(
      "“无违规择校行为”: in “是（1起）”, the answer “是” and the remark “1起” after it say opposite things, given how the item is worded; not assessed: enter one answer only (such as 存在 or 不存在, present or not)",
    );
  });
});

// s50 H2: a case reported with a compound remark was refused (read_figure_bad_value, the veto unread), though
// the same case with one of its remarks alone vetoed.
describe("a veto case with a compound remark: dealt with, it stands; a denying word still refuses it", () => {
  it.each(["有1起（已整改，无新增）", "有1起（数据造假，已查处）", "有（已整改，无新增）"])("存在违规择校行为 and 无违规择校行为 | %s → a case, said as 有 with its remark", (answer) => {
    expect(readRow("存在违规择校行为", answer)).toMatchObject({ read: true, codes: ["read_figure_answer_remark"] });
    expect(readRow("无违规择校行为", answer)).toMatchObject({ read: true, codes: ["read_figure_answer_remark"] });
  });

  it.each(["有1起（已撤销）", "有1起（已查处，不属实）", "有1起（误报，无新增）"])("存在违规择校行为 | %s → refused, as before", (answer) => {
    expect(readRow("存在违规择校行为", answer).read).toBe("read_figure_bad_value");
  });
});

// R2 of s50: 存在违规择校行为 | 无（无新增） was read as no case (the veto passed), its 无新增 taken for a remark that
// changes nothing; “no new case” says one happened before, so the cell is refused, as before s50 H2.
describe("a no answer whose remark says no case since: refused, not read as none", () => {
  it.each(["无（无新增）", "无（此后未再发生）", "否，未再发生"])("存在违规择校行为 | %s → refused", (answer) => {
    expect(readRow("存在违规择校行为", answer).read).toBe("read_figure_bad_value");
  });
});

// s51 H1: 有1起（已整改，已撤销处分）, 有1起（未整改） and 有1起（不再发生） were refused (read_figure_bad_value, an
// error, the veto 待评估), though one case or more is the veto item whatever was done about it (rules.md §6).
// Expected by hand: a case (true), said as read as 有 with the remark after it quoted as typed.
describe("a veto case whose remark holds 未, 不 or 撤销 that deny nothing of the case", () => {
  it.each([
    ["有1起（已整改，已撤销党内职务）", "1起（已整改，已撤销党内职务）"],
    ["有1起（未整改）", "1起（未整改）"],
    ["有1起（不再发生）", "1起（不再发生）"],
  ])("存在违规择校行为 | %s → a case, the remark %s quoted", (answer, remark) => {
    const row = readRow("存在违规择校行为", answer);
    expect(row).toMatchObject({ read: true, codes: ["read_figure_answer_remark"] });
    expect(row.issues[0]?.params).toMatchObject({ text: answer, answer: "有", remark });
    expect(message("read_figure_answer_remark", row.issues[0]?.params, "zh")).toBe(`县级指标“存在违规择校行为”填写为“${answer}”，已按“有”读取；其后的说明“${remark}”未用于评估`);
  });

  it("still refuses 存在违规择校行为 | 无（无新增） and 无（不再发生）: after 无 they say a case happened (30400de)", () => {
    expect(readRow("存在违规择校行为", "无（无新增）").read).toBe("read_figure_bad_value");
    expect(readRow("存在违规择校行为", "无（不再发生）").read).toBe("read_figure_bad_value");
  });
});

// R1 of s51: once 未问责, 不再发生 and 撤销党内职务 left a case standing after 是 (s51 H1), 是（未问责） beside an item
// worded as the absence (无违规择校行为, 杜绝择校) was read as "yes, none" and the veto cleared; before, it was refused.
// Likewise, before s51: 是（已通报）, 是（无新增） there, and 违规择校 | 无（已通报）, 否（已问责）. Each says a case
// happened and an answer saying none: refused, the veto left unassessed. Beside 存在违规择校行为 each 是 is a case.
describe("an answer saying no case with a remark saying a case happened is refused, whatever the remark's words", () => {
  it.each([
    ["无违规择校行为", "是（未问责）"],
    ["无违规择校行为", "是（未追责）"],
    ["杜绝择校", "是（未结案）"],
    ["杜绝择校", "是（不再发生）"],
    ["无违规择校行为", "是，未问责"],
    ["无违规择校行为", "√（未问责）"],
    ["无违规择校行为", "是（已撤销党内职务）"],
    ["无违规择校行为", "是（已通报）"],
    ["无违规择校行为", "是（已撤职）"],
    ["无违规择校行为", "是（无新增）"],
    ["杜绝择校", "是（此后未再发生）"],
    ["违规择校", "无（已通报）"],
    ["违规择校", "否（已问责）"],
    ["违规择校", "不存在（已约谈）"],
  ])("%s | %s → refused at B2, no figure", (item, answer) => {
    const { read, issues } = readRow(item, answer);
    expect(read).toBe(CONTRADICTS);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([[CONTRADICTS, "error", "县级指标!B2"]]);
  });

  it("says so in zh and en, quoting the answer and the remark: 无违规择校行为 | 是（未问责）", () => {
    const issue = readRow("无违规择校行为", "是（未问责）").issues.find((i) => i.code === CONTRADICTS);
    expect(issue?.params).toMatchObject({ answer: "是", remark: "未问责" });
    expect(message(CONTRADICTS, issue?.params ?? {}, "zh")).toBe(
      "“无违规择校行为”填写为“是（未问责）”：按该项的说法，答案“是”与其后的说明“未问责”意思相反，含义不明：该项暂未评估，请只填写一个答案（如“存在”或“不存在”）",
    );
    expect(message(CONTRADICTS, issue?.params ?? {}, "en")).toBe(
      "“无违规择校行为”: in “是（未问责）”, the answer “是” and the remark “未问责” after it say opposite things, given how the item is worded; not assessed: enter one answer only (such as 存在 or 不存在, present or not)",
    );
  });

  it.each(["是（未问责）", "是（不再发生）", "是（已通报）"])("still reads 存在违规择校行为 | %s as a case", (answer) => {
    expect(readRow("存在违规择校行为", answer).read).toBe(true);
  });

  it.each([
    ["违规择校", "无（见附件）"],
    ["违规择校", "无（已上报）"],
    ["无违规择校行为", "是（见附件）"],
  ])("still clears %s | %s: the remark says nothing of a case", (item, answer) => {
    expect(readRow(item, answer).read).toBe(false);
  });
});
