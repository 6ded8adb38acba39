import { payAmountKind, payRatio } from "./payAmounts";

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
  ])("%s → %s", (name, kind) => expect(payAmountKind(name)).toBe(kind));
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
