import { answerWithExistenceRemark, answerWithRemark, caseWithCount, saysCaseHappened, saysNotDealtWith } from "./answerRemark";

describe("answerWithRemark: a yes / no answer a county report writes with a remark or a full stop", () => {
  it.each([
    ["有（已整改）", "有", true, "已整改"],
    ["有(已整改)。", "有", true, "已整改"],
    ["无。", "无", false, null],
    ["无 。", "无", false, null],
    ["是（见附件3）", "是", true, "见附件3"],
    ["否，已整改", "否", false, "已整改"],
    ["未达到（正在整改）", "未达到", false, "正在整改"],
    ["达到；见附件2", "达到", true, "见附件2"],
  ])("reads %s as %s (%s) with the remark %s", (text, answer, value, remark) => {
    expect(answerWithRemark(text)).toEqual({ answer, value, remark });
  });

  it.each([
    ["无", "a bare answer needs no unwrapping"],
    ["有待提高", "有 with no mark after it is no answer"],
    ["基本达到", "a qualified answer"],
    ["部分落实", "a qualified answer"],
    ["有（无）", "a remark that is the other answer"],
    // Reviewer R6: remarks that change the answer leave the cell unread.
    ["无（有1例）", "a case counted in the remark"],
    ["无，但有1起", "a case after 但"],
    ["是（部分学校未达到）", "a qualifier and a negation"],
    ["是（基本）", "a qualifier"],
    ["否（部分）", "a qualifier"],
    ["达标（2所学校未达标）", "a count of schools"],
    ["1（起）", "a count with its unit"],
    // Reviewer R3 of s49, B1: remarks denying the case read as 有 and vetoed the county.
    ["有（误报）", "an error"],
    ["有（已撤销）", "a case withdrawn"],
    ["存在（系谣传）", "a rumour"],
    ["有（撤回）", "a case withdrawn"],
    ["有（取消）", "a case cancelled"],
    ["有（误填）", "an error"],
    ["有（已排除）", "a case ruled out"],
    ["有（经核查不属实）", "an untruth"],
    ["有（已更正）", "a correction"],
    ["是（填报错误）", "an error"],
    ["是/否", "both answers"],
    ["（有）", "an answer wholly in brackets"],
    ["", "blank"],
  ])("does not read %s (%s)", (text) => {
    expect(answerWithRemark(text)).toBeNull();
  });
});

// Reviewer R2 (session 43), N2: a remark that is itself an existence answer is kept for the county reader
// to check against the answer (remarkContradicts), where answerWithRemark leaves the cell unread.
describe("answerWithExistenceRemark: a yes / no answer whose remark says whether the case exists", () => {
  it.each([
    ["是（不存在）", "是", true, "不存在"],
    ["是(存在)。", "是", true, "存在"],
    ["否，不存在", "否", false, "不存在"],
    ["有（无）", "有", true, "无"],
    ["不存在（无）", "不存在", false, "无"],
  ])("splits %s into %s (%s) and %s", (text, answer, value, remark) => {
    expect(answerWithExistenceRemark(text)).toEqual({ answer, value, remark });
  });

  it.each(["有（已整改）", "不存在", "是（部分学校未达到）", "无（有1例）", "存在（见附件）"])("leaves %s to answerWithRemark or unread", (text) => {
    expect(answerWithExistenceRemark(text)).toBeNull();
  });
});

describe("caseWithCount: a veto's case said to exist with its count (R3 of s48, F3)", () => {
  it("reads 有1起, 存在（1起）, 有（初中1起）, 发生2例。and 有（10起） as 有 with the count as the remark", () => {
    expect(["有1起", "存在（1起）", "有（初中1起）", "发生2例。", "有（10起）"].map(caseWithCount)).toEqual([
      { answer: "有", value: true, remark: "1起" },
      { answer: "存在", value: true, remark: "1起" },
      { answer: "有", value: true, remark: "初中1起" },
      { answer: "发生", value: true, remark: "2例" },
      { answer: "有", value: true, remark: "10起" },
    ]);
  });

  // caseWithCount listed its trailing stops apart from answerWithRemark's: 有1起｡ (halfwidth 。) was refused, and
  // 有1起﹐ quoted its remark as 1起﹐, where answerWithRemark reads 有｡ as 有. One list now, read on the folded text.
  it("strips the stops answerWithRemark strips, in halfwidth and small forms too: 有1起｡, 存在（1起）﹒, 有1起﹐", () => {
    expect(["有1起｡", "存在（1起）﹒", "有1起﹐", "有（初中1起）︒"].map(caseWithCount)).toEqual([
      { answer: "有", value: true, remark: "1起" },
      { answer: "存在", value: true, remark: "1起" },
      { answer: "有", value: true, remark: "1起" },
      { answer: "有", value: true, remark: "初中1起" },
    ]);
    expect(answerWithRemark("有（已整改）｡")).toEqual({ answer: "有", value: true, remark: "已整改" });
  });

  it("reads a count with a bracketed remark after it, 有1起（已整改）, as 有（1起，已整改） is read (s49 H2)", () => {
    // 已整改 says the case was put right, not that it did not happen: 有 either way. The remark is quoted as typed.
    expect(["有1起（已整改）", "有（1起，已整改）", "存在2例（均已处理）。"].map(caseWithCount)).toEqual([
      { answer: "有", value: true, remark: "1起（已整改）" },
      { answer: "有", value: true, remark: "1起，已整改" },
      { answer: "存在", value: true, remark: "2例（均已处理）" },
    ]);
  });

  // Reviewer R2 of s49: DENYING listed forbidden characters, so remarks denying the case in other words
  // (误报, 排除, 撤销, 谣传, 取消, 撤回) were read as 有 and vetoed the county. Only remarks known to leave the
  // case standing are read now.
  it.each([
    ["有1起（误报）"],
    ["存在1例（已核实为误报）"],
    ["有1起（已排除）"],
    ["有1起（已撤销）"],
    ["有1起（系谣传）"],
    ["有1起（取消）"],
    ["有1起（撤回）"],
    ["有1起，误报"],
    ["有1起（另1起误报）"],
    ["有1起（已核实，不属实）"],
    ["有一起（误报）"],
    ["是（1起，已撤销）"],
    ["有1起重大安全责任事故"],
    ["有1起（不属实）"],
    ["有1起(已整改"],
    ["有1起（未查实）"],
    ["有1起（无）"],
  ])("refuses %s: its remark may deny the case", (text) => {
    expect(caseWithCount(text)).toBeNull();
  });

  it.each([
    ["有1起（已处理）", "有", "1起（已处理）"],
    ["有1起（已查处）", "有", "1起（已查处）"],
    ["有1起（已查实）", "有", "1起（已查实）"],
    ["有2起（均已整改到位）", "有", "2起（均已整改到位）"],
    ["有1起（见附件3）", "有", "1起（见附件3）"],
    ["有1起（附件）", "有", "1起（附件）"],
    ["有1起（2023年）", "有", "1起（2023年）"],
    ["有1起（2022年发生，已整改）", "有", "1起（2022年发生，已整改）"],
    ["有1起（已整改），另1起在查", "有", "1起（已整改），另1起在查"],
    ["有1起（已整改）（见附件）", "有", "1起（已整改）（见附件）"],
    ["有１起（见附件３）", "有", "１起（见附件３）"],
    // Reviewer R3 of s49, B2: remarks saying what was done about the case were refused and the veto lost.
    ["有1起（整改中）", "有", "1起（整改中）"],
    ["有1起（已通报）", "有", "1起（已通报）"],
    ["有1起（2023年已整改）", "有", "1起（2023年已整改）"],
    ["有1起（已于2023年整改）", "有", "1起（已于2023年整改）"],
    ["有1起（已完成整改）", "有", "1起（已完成整改）"],
    ["有1起（正在整改）", "有", "1起（正在整改）"],
    ["有1起（已督促整改）", "有", "1起（已督促整改）"],
    ["有1起（已上报）", "有", "1起（已上报）"],
    ["有1起（已约谈）", "有", "1起（已约谈）"],
    ["有1起（已通报批评）", "有", "1起（已通报批评）"],
    ["有1起（已问责2人）", "有", "1起（已问责2人）"],
    ["有1起，已立案查处", "有", "1起，已立案查处"],
    ["有一起（已整改）", "有", "一起（已整改）"],
    ["有两例", "有", "两例"],
    ["是（1起）", "是", "1起"],
    ["有1起（数据造假已查处）", "有", "1起（数据造假已查处）"],
    ["有1起（校长已撤职）", "有", "1起（校长已撤职）"],
  ])("reads %s as %s with the remark %s as typed: the remark leaves the case standing", (text, answer, remark) => {
    expect(caseWithCount(text)).toEqual({ answer, value: true, remark });
  });

  it("leaves alone a count of none, a remark that may deny the case, an answer of none, and no count", () => {
    expect(["有（0起）", "有（零起）", "有（未查实1起）", "无（有1例）", "否（1起）", "有", "有（已整改）", "1起"].map(caseWithCount)).toEqual([null, null, null, null, null, null, null, null]);
  });
});

// s50 H2: an incident that happened and was dealt with vetoed as 有1起（已整改）, but 有1起（已整改，无新增） was refused
// on the 无 of 无新增 and 有1起（数据造假，已查处） on its description of the case; 有（已整改，无新增） likewise.
describe("compound remarks: a case dealt with stands, whatever else the remark says of it, unless a word denies it", () => {
  it.each([
    ["有1起（已整改，无新增）", "有", "1起（已整改，无新增）"],
    ["有1起（数据造假，已查处）", "有", "1起（数据造假，已查处）"],
    ["有1起（已整改，此后未再发生）", "有", "1起（已整改，此后未再发生）"],
    ["存在1例（违规招收择校生，已通报）", "存在", "1例（违规招收择校生，已通报）"],
    ["有1起，无新增", "有", "1起，无新增"],
  ])("caseWithCount reads %s as %s, remark %s", (text, answer, remark) => {
    expect(caseWithCount(text)).toEqual({ answer, value: true, remark });
  });

  it.each([
    // 、 rather than ， between the parts: NFKC leaves it as it is (the remark quoted as typed is another matter).
    ["有（已整改、无新增）", "已整改、无新增"],
    ["有（数据造假、已查处）", "数据造假、已查处"],
  ])("answerWithRemark reads %s as 有 with the remark %s, as caseWithCount reads the same with a count", (text, remark) => {
    expect(answerWithRemark(text)).toEqual({ answer: "有", value: true, remark });
  });

  it.each([
    "有1起（数据造假，误报）",
    "有1起（已查处，不属实）",
    "有1起（已整改，已撤销）",
    "有1起（已查处，无）",
    "有1起（数据造假）",
    "有1起（误报，无新增）",
    "有（已整改，已撤销）",
    "有（误报，无新增）",
  ])("still refuses %s: a word there denies the case, or nothing says it was dealt with", (text) => {
    expect(caseWithCount(text)).toBeNull();
    expect(answerWithRemark(text)).toBeNull();
  });
});

// s50 H2: the remark was quoted width-folded (见附件3 for 见附件３, 已整改,无新增 for 已整改，无新增), not as typed.
describe("answerWithRemark and answerWithExistenceRemark give the remark as typed, read on its folded form", () => {
  it.each([
    ["无（见附件３）", "无", false, "见附件３"],
    ["有（已整改，无新增）", "有", true, "已整改，无新增"],
    ["是，见附件３。", "是", true, "见附件３"],
    ["达到；见附表Ａ", "达到", true, "见附表Ａ"],
    ["有 （ 已整改 ） ．", "有", true, "已整改"],
  ])("%s → %s (%s), remark %s", (text, answer, value, remark) => {
    expect(answerWithRemark(text)).toEqual({ answer, value, remark });
  });

  it("still refuses a full-width count in the remark (达标（２所学校未达标）), tested folded", () => {
    expect(answerWithRemark("达标（２所学校未达标）")).toBeNull();
    expect(answerWithRemark("是（１所）")).toBeNull();
  });

  it("gives an existence remark as typed too: 是（　不存在　） → 不存在", () => {
    expect(answerWithExistenceRemark("是（　不存在　）")).toEqual({ answer: "是", value: true, remark: "不存在" });
  });
});

// R2 of s50: the no-case-since words (无新增, 未再发生) were taken out of every remark before the denying words were
// looked for, so a 无 beside them read as 无: 违规择校 | 无（无新增） passed the veto, though “no new case” says one
// happened before. They leave a case standing only after an answer that there was one (有（已整改，无新增）).
describe("no case since, after an answer that there was none: refused as before s50 H2", () => {
  it.each(["无（无新增）", "无（此后未再发生）", "无，未再发生", "没有（无新增）", "否（未再发生）", "无（目前无新增）"])("answerWithRemark(%s) is null", (text) => {
    expect(answerWithRemark(text)).toBeNull();
  });

  it("still reads 有（已整改，无新增） as 有, and a no answer with a remark that changes nothing (无（见附件3）) as 无", () => {
    expect(answerWithRemark("有（已整改，无新增）")).toEqual({ answer: "有", value: true, remark: "已整改，无新增" });
    expect(answerWithRemark("无（见附件3）")).toEqual({ answer: "无", value: false, remark: "见附件3" });
  });
});

// s51 H1: a case counted (有1起) whose remark holds a denying word that denies nothing of the case was refused
// as unreadable: 未整改 (not yet put right: the case stands), 不再发生 (no case since, as 未再发生), 撤销党内职务 (a
// sanction's kind: what was done to the person, not the case withdrawn). Each is a case, 有, the remark as typed.
// s52 H1: 撤销处分 / 处分已撤销 (a sanction revoked, maybe because the case was not made out) are refused alike.
describe("a counted case whose remark says it was not dealt with, will not recur, or was sanctioned", () => {
  it.each([
    ["有1起（已整改，已撤销行政职务）", "1起（已整改，已撤销行政职务）"],
    ["有1起（未整改）", "1起（未整改）"],
    ["有1起（不再发生）", "1起（不再发生）"],
    ["有1起（尚未整改到位）", "1起（尚未整改到位）"],
    ["有1起，未处理", "1起，未处理"],
    ["有1起（校长被撤销党内职务）", "1起（校长被撤销党内职务）"],
    ["存在1例（已整改，此后不再发生）", "1例（已整改，此后不再发生）"],
  ])("caseWithCount reads %s as a case with the remark %s", (text, remark) => {
    expect(caseWithCount(text)).toEqual({ answer: text.startsWith("存在") ? "存在" : "有", value: true, remark });
  });

  it("reads 有（未整改） as 有 too, as 有（已整改） is", () => {
    expect(answerWithRemark("有（未整改）")).toEqual({ answer: "有", value: true, remark: "未整改" });
  });

  it.each(["有1起（已撤销）", "有1起（处分已撤销）", "有1起（已撤销处分）", "有1起（已整改，已撤销处分）", "有1起（未立案）", "有1起（未发生）", "有1起（未整改，误报）", "有1起（未查实）"])("still refuses %s: the case itself may be denied", (text) => {
    expect(caseWithCount(text)).toBeNull();
  });

  it.each(["无（无新增）", "无（不再发生）", "无（未整改）", "否（已撤销处分）", "无（撤销处分）"])("still refuses %s: after 无 such words say a case happened", (text) => {
    expect(answerWithRemark(text)).toBeNull();
  });
});

// R1 of s51: once 未问责 and 不再发生 no longer refused a cell after 是, 无违规择校行为 | 是（未问责） was read as
// "yes, none" and cleared the veto, since remarkContradicts knew only 整改 / 查处 / 处理 / 处分 / 纠正 as a case's
// words. saysCaseHappened is the one test of a remark saying a case happened, whatever the answer before it.
describe("saysCaseHappened: a remark saying that a case happened", () => {
  it.each(["未问责", "尚未结案", "不再发生", "此后未再发生", "无新增", "已通报", "已问责", "已撤职", "已约谈", "校长被撤销党内职务", "已撤销处分", "未问责。", "（未问责）"])(
    "%s says a case happened",
    (remark) => {
      expect(saysCaseHappened(remark)).toBe(true);
    },
  );

  it.each(["见附件3", "不存在", "已上报", "2024年", "", "经核查"])("%s says nothing of a case", (remark) => {
    expect(saysCaseHappened(remark)).toBe(false);
  });

  it("gives the same answer asked twice in a row (its global patterns keep no state between calls)", () => {
    expect([saysCaseHappened("未问责"), saysCaseHappened("未问责"), saysCaseHappened("不再发生"), saysCaseHappened("不再发生")]).toEqual([true, true, true, true]);
  });
});

// R1 of s51: the words s51 H1 let stand after 有 (未整改, 撤销处分) say that an item answered as met is not.
describe("saysNotDealtWith: a remark saying something was not put right, or naming a sanction", () => {
  it.each(["未整改", "尚未处理", "没有问责", "未整改到位", "撤销行政职务", "撤销党内职务"])("%s → true", (remark) => {
    expect(saysNotDealtWith(remark)).toBe(true);
  });

  it.each(["已整改", "见附件3", "不再发生", "无新增", "已撤销", "撤销处分", "处分已撤销", ""])("%s → false", (remark) => {
    expect(saysNotDealtWith(remark)).toBe(false);
  });
});
