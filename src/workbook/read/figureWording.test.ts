import { ambiguousExistence, contraryWording, existenceAnswer, invertedAnswer, invertedWording, levelNotStated, negativelyWorded, remarkContradicts, remarkUndealt, nearbyBothStages, quantityName, ratingAnswer, refusedAsQuantity, specialFundingBothStages, verdictAnswer } from "./figureWording";

describe("invertedWording", () => {
  it.each([
    ["V_school_choice", "杜绝择校", true],
    ["V_key_schools", "严禁办重点校", true],
    ["V_school_choice", "无违规择校现象", true],
    ["V_safety_accident", "未发生重大安全责任事故", true],
    ["V_school_choice", "违规择校", false],
    ["V_school_choice", "有无违规择校", false],
    ["V_school_choice", "是否存在违规择校", false],
    ["V_unfilled_posts", "有编不补", false],
    ["V_unfilled_posts", "有编不补、长期聘用编外教师", false],
    ["Q8_workload", "学生课业负担过重", true],
    ["Q8_workload", "无过重课业负担", false],
    ["Q8_workload", "学生课业负担不过重", false],
    ["Q8_workload", "减轻过重课业负担", false],
    ["Q8_workload", "课业负担情况", false],
    ["G1_layout", "无规划布局", false],
    // An answer hint in brackets is not the wording.
    ["V_school_choice", "是否存在择校现象（有/无）", false],
    ["V_exam_admission", "义务教育学校不以考试方式招生", true],
    ["Q8_workload", "学生课业负担过重问题得到有效控制", false],
    // A 不 / 未 inside the bad thing's own name (不规范, 不良, 不实, 未经, 未按) negates nothing.
    ["V_school_choice", "违规择校等不规范招生行为", false],
    ["V_key_schools", "未经批准设置重点学校或重点班", false],
    ["V_unfilled_posts", "未按规定补充教师、长期聘用编外教师", false],
    ["V_safety_accident", "发生重大安全责任事故或造成不良社会影响的违纪违规事件", false],
    ["V_falsified_data", "数据不实、弄虚作假", false],
    ["V_exam_admission", "严禁以考试方式招生", true],
    ["V_safety_accident", "不存在造成不良社会影响的违纪违规事件", true],
    // A bare 不 / 未 negates once the inert words are out (不设…, 不搞…, 未设置…, 未以…).
    ["V_key_schools", "不设重点学校、重点班", true],
    ["V_key_schools", "不设重点班", true],
    ["V_key_schools", "不举办重点学校", true],
    ["V_school_choice", "不搞择校", true],
    ["V_key_schools", "未设置重点学校和重点班", true],
    ["V_exam_admission", "未以考试方式招生", true],
    // The bad thing's cure is a negative wording for a veto item as it is for ambiguousExistence.
    ["V_school_choice", "择校问题得到有效控制", true],
  ])("%s %s → %s", (code, name, inverted) => expect(invertedWording(code, name)).toBe(inverted));
});

describe("negativelyWorded / ambiguousExistence: one rule with invertedWording", () => {
  it.each([
    ["违规择校等不规范招生行为", false],
    ["未经批准设置重点学校或重点班", false],
    ["未按规定补充教师、长期聘用编外教师", false],
    ["发生重大安全责任事故或造成不良社会影响的违纪违规事件", false],
    ["数据不实、弄虚作假", false],
    ["无过重课业负担", true],
    ["未发生重大安全责任事故", true],
    ["学生课业负担不过重", true],
    ["减轻学生过重课业负担", true],
    ["有无重大安全责任事故", false],
    ["不设重点学校、重点班", true],
    ["未设置重点学校和重点班", true],
    ["择校问题得到有效控制", true],
  ])("%s | 无 → ambiguous %s", (name, asked) => {
    expect(ambiguousExistence(name, "无")).toBe(asked);
    expect(negativelyWorded(name)).toBe(asked);
  });
});

describe("quantityName", () => {
  it.each([
    ["大班额比例", true],
    ["56人以上大班额数（个）", true],
    ["学校规模（人）", true],
    ["大班额比例（%）", true],
    ["所有学校班额达标", false],
    ["规划布局合理", false],
    ["是否存在违规择校", false],
  ])("%s → %s", (name, quantity) => expect(quantityName(name)).toBe(quantity));
});

describe("verdictAnswer", () => {
  it.each([
    ["是", true],
    ["否", true],
    ["达标", true],
    ["未达标", true],
    [" 已落实 ", true],
    ["√", true],
    [true, true],
    // A count or an existence says how many or whether there are, not whether the item is met.
    ["有", false],
    ["无", false],
    ["不存在", false],
    ["0", false],
    ["1", false],
    [0, false],
    [1, false],
    ["12%", false],
    [null, false],
    ["", false],
  ])("%p → %s", (value, verdict) => expect(verdictAnswer(value)).toBe(verdict));
});

describe("refusedAsQuantity", () => {
  const g10 = "县级教育行政部门在核定的教职工编制总额和岗位总量内，统筹分配各校教职工编制和岗位数量";
  it("reads a 是 / 否 / 达标 / 未达标 answer whatever the name ends with (G10 in its official wording ends in 数量)", () => {
    // A yes / no answer says what the item asks, whatever its name ends with: refused, G10 would stay 待评估.
    expect([refusedAsQuantity(g10, "是"), refusedAsQuantity(g10, "否"), refusedAsQuantity("大班额比例", "达标"), refusedAsQuantity("大班额比例", "未达标")]).toEqual([false, false, false, false]);
  });

  it("refuses a number, a numeral typed as text, or an existence beside a quantity-named item: 大班额比例 | 0 is no large classes, not 否", () => {
    expect([refusedAsQuantity("大班额比例", 0), refusedAsQuantity("大班额比例", "0"), refusedAsQuantity("56人以上大班额数（个）", 3), refusedAsQuantity("56人以上大班额数（个）", "无")]).toEqual([true, true, true, true]);
  });

  it("never refuses an item not named as a quantity", () => {
    expect([refusedAsQuantity("所有学校班额达标", 0), refusedAsQuantity("规划布局合理", "是"), refusedAsQuantity("规划布局合理", null)]).toEqual([false, false, false]);
  });

  it("refuses a blank beside a quantity-named item (nothing to read either way)", () => {
    expect(refusedAsQuantity("大班额比例", null)).toBe(true);
  });
});

describe("specialFundingBothStages", () => {
  it.each([
    ["特殊教育学校生均公用经费（元）", true],
    ["特教学校生均公用经费", true],
    ["特殊教育学校生均公用经费（小学、初中）", true],
    ["特殊教育学校（小学）生均公用经费", false],
    ["特殊教育学校小学生均公用经费", false],
    ["特殊教育学校初中生均公用经费（元）", false],
    ["小规模学校公用经费", false],
    ["特殊教育学校生均公用经费支出（万元）", true],
    ["特殊教育学校在校生数", false],
    ["特殊教育学校公用经费支出（万元）", false],
    ["特教学校公用经费标准（元/生）", true],
  ])("%s → %s", (name, stageless) => expect(specialFundingBothStages(name)).toBe(stageless));
});

describe("ratingAnswer", () => {
  it.each([
    ["Q6_moral_culture", "优秀", true],
    ["Q6_moral_culture", "良好", true],
    ["Q6_moral_culture", "良好等级", true],
    ["Q6_moral_culture", "合格", false],
    ["Q6_moral_culture", "一般", false],
    ["Q6_moral_culture", "是", null],
    ["Q3_charter_digital", "优秀", null],
  ] as const)("%s %s → %p", (code, text, answer) => expect(ratingAnswer(code, text)).toBe(answer));
});

describe("nearbyBothStages", () => {
  it.each([
    ["公办小学、初中就近划片入学比例", true],
    ["城区和镇区公办小学、初中就近划片入学比例", true],
    ["义务教育就近入学比例", true],
    ["划片入学率", true],
    ["小学就近划片入学比例", false],
    ["初中就近入学比例（%）", false],
    ["就近划片入学", false],
    ["随迁子女入学比例", false],
  ])("%s → %s", (name, stageless) => expect(nearbyBothStages(name)).toBe(stageless));
});

describe("negativelyWorded", () => {
  it.each([
    ["无过重课业负担", true],
    ["无重大安全责任事故", true],
    ["未发生重大安全责任事故", true],
    ["不存在违规择校", true],
    ["杜绝择校", true],
    ["义务教育学校不以考试方式招生", true],
    ["无56人以上大班额", true],
    // 有无 / 是否 ask whether; 有编不补 is the bad thing itself; 不足100名 bounds the schools meant.
    ["有无重大安全责任事故", false],
    ["是否存在违规择校（有/无）", false],
    ["重大安全责任事故或严重违纪违规", false],
    ["有编不补、长期聘用编外教师", false],
    ["不足100名学生的小规模学校按100名核定公用经费", false],
    ["学生课业负担过重", false],
    ["规划布局合理", false],
  ])("%s → %s", (name, negative) => expect(negativelyWorded(name)).toBe(negative));
});

describe("ambiguousExistence", () => {
  it("takes 无 / 没有 beside a negatively worded item as ambiguous: the item holds, or it does not", () => {
    expect([ambiguousExistence("无过重课业负担", "无"), ambiguousExistence("无重大安全责任事故", " 没有 "), ambiguousExistence("杜绝择校", "无")]).toEqual([true, true, true]);
  });

  it("keeps 无 plain where it answers the question (有无…, the bad thing named), and any verdict beside a negative item", () => {
    expect([ambiguousExistence("有无重大安全责任事故", "无"), ambiguousExistence("学生课业负担过重", "无"), ambiguousExistence("违规择校", "无")]).toEqual([false, false, false]);
    expect([ambiguousExistence("无过重课业负担", "是"), ambiguousExistence("无过重课业负担", "否"), ambiguousExistence("无过重课业负担", "达标"), ambiguousExistence("无过重课业负担", true), ambiguousExistence("无过重课业负担", null)]).toEqual([false, false, false, false, false]);
  });
});

describe("contraryWording", () => {
  it.each([
    // Floors (at_least): a bare 低于 / 少于 / 未达到, or an at-most 不超过, runs against them.
    ["G8_pay_ratio", "教师工资收入低于当地公务员", true],
    ["G8_pay_ratio", "教师平均工资收入水平不低于当地公务员", false],
    ["G8_pay_ratio", "教师平均工资不得低于公务员", false],
    ["G8_pay_ratio", "教师工资不高于公务员", true],
    ["Q1_consolidation", "初中三年巩固率低于95%", true],
    ["Q1_consolidation", "初中三年巩固率达到95%", false],
    ["Q2_disabled_enrolment", "残疾儿童少年入学率未达到95%", true],
    ["G14_quota_share", "优质高中招生名额分配比例少于50%", true],
    ["G14_quota_share", "优质高中招生名额分配比例不少于50%", false],
    // A ceiling (below): 超过 / 高于 / 大于, or a floor's 不低于, runs against it.
    ["Q9_difference_rate", "校际差异率超过0.15", true],
    ["Q9_difference_rate", "校际差异率不超过0.15", false],
    ["Q9_difference_rate", "校际差异率低于0.15", false],
    ["Q9_difference_rate", "校际差异率不低于0.15", true],
    // A yes / no item has no bound to run against.
    ["G5_class_size", "班额超过56人", false],
  ])("%s %s → %s", (code, name, contrary) => expect(contraryWording(code, name)).toBe(contrary));
});

describe("levelNotStated", () => {
  it.each([
    ["义务教育质量监测", "是", true],
    ["义务教育质量监测", "否", true],
    ["质量监测达到Ⅲ级以上", "是", false],
    ["质量监测结果不低于Ⅲ级", "否", false],
    ["义务教育质量监测", "达标", false],
    ["义务教育质量监测", "未达标", false],
  ])("%s | %s → %s", (name, answer, unstated) => expect(levelNotStated(name, answer)).toBe(unstated));
});

describe("existenceAnswer / invertedAnswer / ambiguousExistence: an answer saying whether the case exists is read as it stands", () => {
  it("tells an answer on the case from one on the sentence", () => {
    expect(["不存在", "存在", "未发现", "有（已整改）", "无。"].map(existenceAnswer)).toEqual([true, true, true, true, true]);
    expect(["是", "否", "×", "√", 0, true].map(existenceAnswer)).toEqual([false, false, false, false, false, false]);
  });

  it("turns round only an answer on the sentence, and a workload item's answer on the case", () => {
    expect([invertedAnswer("V_school_choice", "无违规择校行为", "是"), invertedAnswer("V_school_choice", "无违规择校行为", "不存在"), invertedAnswer("V_school_choice", "杜绝择校", "存在")]).toEqual([true, false, false]);
    expect([invertedAnswer("Q8_workload", "无过重课业负担", "不存在"), invertedAnswer("Q8_workload", "无过重课业负担", "是"), invertedAnswer("Q8_workload", "学生课业负担过重", "否")]).toEqual([true, false, true]);
  });

  it("asks about a bare 有 as about 无 beside a negative wording, not about 有 with a case dealt with", () => {
    expect([ambiguousExistence("无违规择校行为", "有"), ambiguousExistence("无违规择校行为", "有（见附件）"), ambiguousExistence("无违规择校行为", "有（已整改）"), ambiguousExistence("违规择校", "有")]).toEqual([true, true, false, false]);
  });
});

// Reviewer R2 (session 43), N1, N2, N7.
describe("否认 as a negation, and remarkContradicts", () => {
  it("turns round 否认存在违规择校行为 (N1) but not 是否存在违规择校行为", () => {
    expect(invertedWording("V_school_choice", "否认存在违规择校行为")).toBe(true);
    expect(invertedWording("V_school_choice", "是否存在违规择校行为")).toBe(false);
  });

  it.each([
    ["无违规择校行为", "是（存在）", true],
    ["无违规择校行为", "是（不存在）", false],
    ["存在违规择校行为", "否（存在）", true],
    ["存在违规择校行为", "否（不存在）", false],
    ["违规择校", "不存在（已整改）", true],
    ["违规择校", "有（已整改）", false],
    ["违规择校", "不存在", false],
    // R1 of s51: a case's words other than 整改 / 查处 / 处理 / 处分 / 纠正 after an answer saying none.
    ["无违规择校行为", "是（未问责）", true],
    ["杜绝择校", "是（不再发生）", true],
    ["无违规择校行为", "是（已通报）", true],
    ["违规择校", "无（已通报）", true],
    ["违规择校", "否（已问责）", true],
    ["违规择校", "有（未问责）", false],
    ["存在违规择校行为", "是（未问责）", false],
    ["无违规择校行为", "是（见附件）", false],
  ])("%s | %s → %s", (name, value, contradicts) => {
    expect(remarkContradicts("V_school_choice", name, value)).toBe(contradicts);
  });

  it("asks a dealt-with case of veto items only: 农村留守儿童关爱体系健全 | 否（已整改） is no contradiction", () => {
    expect(remarkContradicts("G15_left_behind_care", "农村留守儿童关爱体系健全", "否（已整改）")).toBe(false);
  });
});

// R1 of s51: 是（未整改） beside an item that is no veto was read as met once 未整改 no longer refused the cell.
describe("remarkUndealt: an item answered as met, its remark saying something is not put right", () => {
  it.each([
    ["G15_left_behind_care", "农村留守儿童关爱体系健全", "是（未整改）", true],
    ["G4_school_size", "学校规模不超过2000人", "达到（未整改）", true],
    ["G15_left_behind_care", "农村留守儿童关爱体系健全", "是，未处理", true],
    ["G15_left_behind_care", "农村留守儿童关爱体系健全", "是（撤销党内职务）", true],
    // 无过重课业负担 | 是: met (no excessive workload), 未整改 says otherwise.
    ["Q8_workload", "无过重课业负担", "是（未整改）", true],
    // 学生课业负担过重 | 是: not met, which 未整改 agrees with.
    ["Q8_workload", "学生课业负担过重", "是（未整改）", false],
    ["G15_left_behind_care", "农村留守儿童关爱体系健全", "是（已整改）", false],
    ["G15_left_behind_care", "农村留守儿童关爱体系健全", "是", false],
    ["V_school_choice", "违规择校", "有（未整改）", false],
  ])("%s %s | %s → %s", (code, name, value, undealt) => {
    expect(remarkUndealt(code, name, value)).toBe(undealt);
  });
});
