import { givenPayRatioCheck, payAmountKind, payRatio, payStatement } from "./payAmounts";

describe("payAmountKind", () => {
  it.each([
    ["教师年平均工资（元）", "teacher"],
    ["教师平均工资收入水平（元/年）", "teacher"],
    ["公务员年平均工资（元）", "civil"],
    ["当地公务员平均工资收入水平（元/年）", "civil"],
    ["教师平均工资与公务员平均工资之比", null],
    ["教师平均工资与公务员平均工资之比（%）", null],
    ["教师工资与公务员工资比例", null],
    ["教师工资按时足额发放", null],
    ["初中三年巩固率", null],
    // A statement of G8 itself, answered 是 / 否, is no amount (before: "civil", its 是 said to be an amount of pay).
    ["教师平均工资不低于公务员平均工资", null],
    ["教师平均工资收入水平不低于当地公务员平均工资收入水平", null],
    ["教师平均工资高于公务员平均工资", null],
    ["教师平均工资达到当地公务员平均工资水平", null],
    ["教师平均工资≥公务员平均工资", null],
  ])("%s → %s", (name, kind) => expect(payAmountKind(name)).toBe(kind));
});

describe("payStatement", () => {
  it.each([
    ["教师平均工资不低于公务员平均工资", true],
    ["教师平均工资收入水平不低于当地公务员平均工资收入水平", true],
    ["教师平均工资高于公务员平均工资", true],
    ["教师平均工资≥公务员平均工资", true],
    // Worded against G8: still G8 (not an amount of pay), its 是 / 否 refused where it is read.
    ["教师工资收入低于当地公务员", true],
    ["教师工资不高于公务员", true],
    ["教师年平均工资（元）", false],
    ["教师平均工资与公务员平均工资之比", false],
    ["教师工资按时足额发放", false],
    ["特殊教育学校生均公用经费不低于6000元", false],
  ])("%s → %s", (name, statement) => expect(payStatement(name)).toBe(statement));
});

describe("payRatio", () => {
  it("divides the teachers' amount by the civil servants': 90000 / 95000 = 0.947368…", () => {
    const result = payRatio([
      { kind: "teacher", value: 90000 },
      { kind: "civil", value: 95000 },
    ]);
    expect(result?.ratio).toBeCloseTo(0.9473684210526315, 12);
    expect(result?.teacher.value).toBe(90000);
  });

  it("is null without both amounts, with one given twice, or with an amount of 0 or unreadable", () => {
    expect(payRatio([{ kind: "teacher", value: 90000 }])).toBeNull();
    expect(payRatio([{ kind: "civil", value: 95000 }])).toBeNull();
    expect(payRatio([{ kind: "teacher", value: 90000 }, { kind: "teacher", value: 91000 }, { kind: "civil", value: 95000 }])).toBeNull();
    expect(payRatio([{ kind: "teacher", value: 90000 }, { kind: "civil", value: 0 }])).toBeNull();
    expect(payRatio([{ kind: "teacher", value: null }, { kind: "civil", value: 95000 }])).toBeNull();
  });
});

describe("givenPayRatioCheck", () => {
  it("finds 1.05 given against 8000 / 8500 = 16 / 17 = 0.941176… failing on the amounts: 0.1088 apart, below 1 where the given is at least 1", () => {
    expect(givenPayRatioCheck(1.05, 8000 / 8500, 1)).toBe("fails_on_amounts");
    expect(givenPayRatioCheck(1, 8000 / 8500, 1)).toBe("fails_on_amounts");
  });

  it("finds 1.02 given against 9000 / 8800 = 45 / 44 = 1.022727… agreeing: 0.0027 apart, within rounding", () => {
    expect(givenPayRatioCheck(1.02, 9000 / 8800, 1)).toBe("agrees");
    expect(givenPayRatioCheck(1.022727, 9000 / 8800, 1)).toBe("agrees");
    // 1.0227 written 1.03 is not a rounding of it: 0.0073 apart.
    expect(givenPayRatioCheck(1.03, 9000 / 8800, 1)).toBe("differs");
  });

  it("finds a difference on the same side of 1 only differing: 0.90 vs 16 / 17 = 0.9412, 1.10 vs 45 / 44 = 1.0227, 0.95 vs 0.99", () => {
    expect(givenPayRatioCheck(0.9, 16 / 17, 1)).toBe("differs");
    expect(givenPayRatioCheck(1.1, 45 / 44, 1)).toBe("differs");
    expect(givenPayRatioCheck(0.95, 9900 / 10000, 1)).toBe("differs");
  });

  it("keeps exactly half a hundredth within rounding and a little more beyond it: 1.03 vs 8200 / 8000 = 1.025 agrees, 1.03 vs 1.0249 and 1.02 vs 1.0251 differ", () => {
    expect(givenPayRatioCheck(1.03, 8200 / 8000, 1)).toBe("agrees");
    expect(givenPayRatioCheck(1.03, 10249 / 10000, 1)).toBe("differs");
    expect(givenPayRatioCheck(1.02, 10249 / 10000, 1)).toBe("agrees");
    expect(givenPayRatioCheck(1.02, 10251 / 10000, 1)).toBe("differs");
  });

  it("says 1.00 given against 0.996 fails on the amounts, though within rounding: the verdict turns on it", () => {
    expect(givenPayRatioCheck(1, 9960 / 10000, 1)).toBe("fails_on_amounts");
    // 1.00 against exactly 1 (8500 / 8500) and 1.00 against 1.004 agree.
    expect(givenPayRatioCheck(1, 8500 / 8500, 1)).toBe("agrees");
    expect(givenPayRatioCheck(1, 10040 / 10000, 1)).toBe("agrees");
  });

  it("judges against the threshold it is given (the profile's G8_pay_ratio): 1.05 vs 10400 / 10000 = 1.04 fails at 1.05, only differs at 1", () => {
    expect(givenPayRatioCheck(1.05, 10400 / 10000, 1.05)).toBe("fails_on_amounts");
    expect(givenPayRatioCheck(1.05, 10400 / 10000, 1)).toBe("differs");
    // 1.00 against 0.996 at 0.99: both reach it, 0.004 apart, within rounding.
    expect(givenPayRatioCheck(1, 9960 / 10000, 0.99)).toBe("agrees");
  });

  it("without a threshold (null: the profile judges G8 by no figure), only agrees or differs", () => {
    expect(givenPayRatioCheck(1.05, 8000 / 8500, null)).toBe("differs");
    expect(givenPayRatioCheck(1, 9960 / 10000, null)).toBe("agrees");
  });
});
