import { bareStage, isTotalLabel, labelText, totalCountsSenior, totalSchoolType, totalScope, totalStage } from "./totalLabel";

describe("isTotalLabel", () => {
  it.each([
    "合计",
    "合 计",
    "合计：",
    "合计:",
    "小计：",
    "小学小计：",
    "初中合计:",
    "小学合计",
    "小学段合计",
    "小学部分合计",
    "小学汇总",
    "全县合计",
    "全县小学",
    "全区初中",
    "全市小学合计",
    "全县",
    "全镇",
    "全乡合计",
    "全镇小学小计",
    "全镇小学平均",
    "平均值小学",
    "本县合计",
    "县合计",
    "总计",
    "总 计",
    "共计",
    "累计",
    "总数",
    "平均",
    "平均值",
    "全县平均",
    "以上合计",
    "城区小计(3所)",
    "乡镇学校小计（5所）",
    "合计（39所）",
    "小计（共5所）",
    "其中：小学",
    "其中:初中",
    "其中小学",
    "其中：乡镇学校",
    // The lead-in in brackets says a breakdown as 其中： does (linePart reads （其中）小学 as a stage line alike).
    "（其中）小学",
    "(其中)乡镇学校",
    "Total",
    "TOTAL:",
    "Subtotal",
    "Average",
    "城关镇合计",
    "全县（含教学点）",
    "合计(不含民办)",
    "小计：城区",
    "小学合计（不含教学点）",
  ])("%p labels a total or breakdown row", (text) => expect(isTotalLabel(text)).toBe(true));

  it.each([
    "平安小学",
    "合计村小学", // starts like 合计 but names a school
    "全县第一小学",
    "城区小学", // a school may be called so; without a total word it is not a label
    "平均小学", // a school of 平均乡: 平均 at the start with only a kind of school is a name
    "平均中学",
    "全镇中学", // below the county, a scope with only a kind of school needs a total word
    "全乡小学",
    "全乡学校",
    "合计村小",
    "其中：东校区", // a campus named under its school, not a stage or scope
    "全县第一小学（东校区）",
    "（城区学校）", // a heading in brackets (readSchoolRows: HEADING)
    "小学", // a bare stage only on the name cell with numbers (bareStage)
    "初中",
    "实验学校（小学部）",
    "总校",
    "",
    "   ",
  ])("%p is not a total label", (text) => expect(isTotalLabel(text)).toBe(false));
});

describe("bareStage", () => {
  it.each([
    ["小学", "primary"],
    ["小学段", "primary"],
    ["初中", "junior"],
    ["初中 ", "junior"],
    ["初级中学", "junior"],
    ["中学", "junior"],
    ["小学学段", "primary"],
    ["初中部分", "junior"],
  ] as const)("%p is the bare stage %p", (text, stage) => expect(bareStage(text)).toBe(stage));

  it.each(["小学部", "初中部", "城关小学", "小学教学点", "九年一贯制"])("%p is not a bare stage", (text) => expect(bareStage(text)).toBeNull());
});

describe("totalStage", () => {
  it.each([
    ["小学小计", "primary"],
    ["小学小计：", "primary"],
    ["小学合计", "primary"],
    ["小学部小计", "primary"],
    ["全县小学合计(12所)", "primary"],
    ["城区小学小计", "primary"],
    ["初中小计", "junior"],
    ["初中部合计", "junior"],
    ["初级中学小计", "junior"],
    ["中学合计", "junior"],
    ["甲县初中学校小计", "junior"],
  ])("reads %p as a subtotal of the %p rows", (label, stage) => {
    expect(totalStage(label)).toBe(stage);
  });

  it.each(["合计", "总计", "全县合计", "城区小计", "九年一贯制小计", "完全中学小计", "高中小计", "中小学合计", "小学初中合计", "小学平均", "其中：小学", "小学", "实验小学"])("reads %p as no stage's subtotal", (label) => {
    expect(totalStage(label)).toBeNull();
  });
});

describe("totalCountsSenior (R4 of s46, B1: 中学 is 初中 alone or 初中 and 高中)", () => {
  it.each([
    ["中学合计", true],
    ["全县中学小计(5所)", true],
    ["中学部合计", true],
    ["初中小计", false],
    ["初级中学合计", false],
    ["小学小计", false],
    ["合计", false],
  ])("reads %p as may count 高中部 rows: %p", (label, senior) => {
    expect(totalCountsSenior(label)).toBe(senior);
  });
});

describe("totalSchoolType", () => {
  it.each([
    ["九年一贯制小计", "nine_year"],
    ["九年一贯制学校合计：", "nine_year"],
    ["十二年一贯制学校小计", "twelve_year"],
    ["完全中学小计", "complete_middle"],
    ["城区教学点合计(3所)", "teaching_point"],
  ])("reads %p as a subtotal of the %p rows", (label, type) => {
    expect(totalSchoolType(label)).toBe(type);
  });

  it.each(["合计", "小学小计", "初中部合计", "城区小计", "九年一贯制", "九年一贯制平均", "小学九年一贯制小计", "村小及教学点合计", "村小、教学点小计", "中心校和教学点合计"])("reads %p as no kind's subtotal", (label) => {
    expect(totalSchoolType(label)).toBeNull();
  });
});

describe("totalScope: totalStage, totalCountsSenior and totalSchoolType in one", () => {
  it.each([
    ["中学合计", { stage: "junior", senior: true }],
    ["初级中学合计", { stage: "junior", senior: false }],
    ["城区小学部小计（3所）：", { stage: "primary", senior: false }],
    ["九年一贯制学校小计", { type: "nine_year" }],
    ["合计", null],
    ["育才小学", null],
    // The 民办 / 公办 schools of a stage are a group's (ownershipGroup), not every 小学 or 初中 on the sheet (s52 H2).
    ["民办小学小计", null],
    ["公办初中合计", null],
    // A kind's too: 民办九年一贯制学校小计 is not every 九年一贯制学校's (s52 R2).
    ["民办九年一贯制学校小计", null],
    // Numbered, the same group (ownershipGroup reads past the 一、): before, every 小学 on the sheet.
    ["一、民办小学小计", null],
    ["2.公办初中合计", null],
    // A numbered stage's subtotal stays the stage's.
    ["一、小学小计", { stage: "primary", senior: false }],
  ])("%s → %j", (label, scope) => {
    expect(totalScope(label)).toEqual(scope);
  });
});

describe("labelText: trailing punctuation and bracketed counts", () => {
  it("off from the end in any order and number; a bracket that is not a count stays", () => {
    expect(labelText("城区小计(3所):")).toBe("城区小计");
    expect(labelText("乡镇学校小计（共5所）。（2所）")).toBe("乡镇学校小计");
    expect(labelText("小计(三所)")).toBe("小计(三所)");
    expect(labelText("(3所)")).toBe("");
  });

  it("a label ending in 40,000 。 is read as its words, in one pass (was quadratic)", () => {
    expect(labelText(`小学${"。".repeat(40000)}小计${"。".repeat(40000)}`)).toBe(`小学${"。".repeat(40000)}小计`);
    expect(totalScope(`小学${"。".repeat(40000)}小计`)).toEqual({ stage: "primary", senior: false });
  });
});

