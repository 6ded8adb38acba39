import { settingMeaning, settingsText } from "./settingMeaning";

describe("settingMeaning", () => {
  it("words a standard, a county item's threshold and a staged setting from their parts", () => {
    expect(settingMeaning("cvLimits.junior", "zh")).toBe("初中差异系数上限");
    expect(settingMeaning("countyItems.G8_pay_ratio.threshold", "zh")).toBe("县级指标 G8_pay_ratio（教师平均工资与公务员平均工资之比）的标准");
    expect(settingMeaning("guarantee.funding.norm.primary", "en")).toBe("Primary: public-funding norm (yuan per student a year)");
  });
});

describe("settingsText", () => {
  it("names each path of a list by its meaning with the path beside it, in the language's list", () => {
    expect(settingsText("unitCosts.teachingAreaM2\nunitCosts.sportsAreaM2", "zh")).toBe("“缺口测算单价：每平方米教学用房（元）”（unitCosts.teachingAreaM2）、“缺口测算单价：每平方米运动场馆（元）”（unitCosts.sportsAreaM2）");
    expect(settingsText("unitCosts.teachingAreaM2\nunitCosts.sportsAreaM2", "en")).toBe("“Shortfall cost: per m² of teaching floor (yuan)” (unitCosts.teachingAreaM2), “Shortfall cost: per m² of sports area (yuan)” (unitCosts.sportsAreaM2)");
  });

  it("keeps a path with no meaning in the catalogue as the path, one path alone, and nothing for an empty list", () => {
    expect(settingsText("guarantee.noSuchKey", "zh")).toBe("guarantee.noSuchKey");
    expect(settingsText("standards.primary.L1", "zh")).toBe("“小学每百名学生拥有高于规定学历教师数的标准值”（standards.primary.L1）");
    expect(settingsText("", "en")).toBe("");
  });
});
