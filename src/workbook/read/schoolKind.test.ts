import { gradeStage, isCenterSchool, namesBothStages, outOfScopeType, parseBoarding, parseCountyRun, parsePrivate, parseRural, parseYear, parseYesNo, sectionOfName, splitSection, stageFromText, typeFromName, typeFromText, isSeniorText, seniorOfName } from "./schoolKind";

describe("school type from the statistics' 学校类别 codes", () => {
  it.each([
    ["211", "primary"],
    ["218", "teaching_point"],
    ["311", "junior"],
    ["312", "nine_year"],
    ["321", "vocational"],
    ["341", "complete_middle"],
    ["345", "twelve_year"],
    ["513", "special"],
    ["312 九年一贯制学校", "nine_year"],
    ["999", null],
  ] as const)("%p → %p", (text, type) => expect(typeFromText(text)).toBe(type));
});

describe("school type and stage", () => {
  it.each([
    ["小学", "primary"],
    ["初级中学", "junior"],
    ["初中", "junior"],
    ["九年一贯制学校", "nine_year"],
    ["十二年一贯制学校", "twelve_year"],
    ["完全中学", "complete_middle"],
    ["教学点", "teaching_point"],
    ["小学教学点", "teaching_point"],
    ["特殊教育学校", "special"],
    ["其他特教学校", "special"],
    ["职业高中学校", "vocational"],
    ["不计校数小学", "primary"],
    ["小学（含教学点）", "primary"], // the aside names the teaching points the school runs, not its kind
  ])("type value %p → %p", (text, type) => expect(typeFromText(text)).toBe(type));

  it("returns null for an unknown type value", () => expect(typeFromText("幼儿园")).toBeNull());

  it("reads the 初中部 of a senior school as a 完全中学's section, not a 九年一贯制's (size cap 2000, not 2500)", () => {
    expect(typeFromName("实验高中（初中部）")).toBe("complete_middle");
    expect(typeFromName("城关高级中学初中部")).toBe("complete_middle");
    expect(typeFromName("实验学校（初中部）")).toBe("nine_year");
    expect(typeFromName("高中路小学")).toBe("primary");
  });

  // A senior high school alone has no compulsory stage: it was read as a 初中 (中学) and scored on L1–L7.
  it.each([
    ["高级中学", "other"],
    ["普通高中", "other"],
    ["高中", "other"],
    ["县第一高级中学", "other"],
    ["城关高中", "other"],
    ["县实验中学", "junior"],
    ["完全中学", "complete_middle"],
    // A 初中 whatever else the name says, and 高中 as a place name.
    ["高中镇初级中学", "junior"],
    ["高中路中学", "junior"],
    ["城关高级中学附属初中", "junior"],
    // Both of a 完全中学's stages named: a 完全中学.
    ["初高中", "complete_middle"],
    ["初中、高中", "complete_middle"],
    ["初中/高中", "complete_middle"],
    // A senior school with something after its kind: still a senior school.
    ["县高级中学分校", "other"],
    ["县第一高级中学东校区", "other"],
    ["第一高中学校", "other"],
    ["某某高中分校", "other"],
  ] as const)("a senior school %p → %p", (text, type) => {
    expect(typeFromText(text)).toBe(type);
    expect(typeFromName(text)).toBe(type);
  });

  it.each([
    ["城关第一小学", "primary"],
    ["东关中学", "junior"],
    ["红星初级中学", "junior"],
    ["城关学校（小学部）", "nine_year"],
    ["城关学校(初中部)", "nine_year"],
    ["县第一完全中学（初中部）", "complete_middle"],
    ["王庄教学点", "teaching_point"],
    ["县特殊教育学校", "special"],
    ["县职业中学", "vocational"],
    ["县一中", "junior"],
    ["城关一小", "primary"],
    ["实验二小", "primary"],
    ["河口完小", "primary"],
    ["石门村小", "primary"],
    ["县第12小", "primary"],
    ["育才学校", null],
    // An aside on what the school includes or was does not decide its kind.
    ["杏花小学（含2个教学点）", "primary"],
    ["杏花镇中心小学(含3个教学点)", "primary"],
    ["柳林小学（包括村小教学点）", "primary"],
    ["实验小学（原第二中学）", "primary"],
    ["城关中学（下设小学部）", "junior"],
    ["王庄教学点（原王庄小学）", "teaching_point"],
    ["城关学校（含教学点）", null],
  ])("type from name %p → %p", (name, type) => expect(typeFromName(name)).toBe(type));

  it("reads section suffixes and stage values", () => {
    expect(sectionOfName("城关学校（小学部）")).toBe("primary");
    expect(sectionOfName("城关学校初中部")).toBe("junior");
    expect(sectionOfName("城关小学")).toBeNull();
    expect(stageFromText("初中")).toBe("junior");
    expect(stageFromText("小学部")).toBe("primary");
    expect(stageFromText("高中")).toBeNull();
  });

  it.each(["中小学", "小学、初中", "小学/初中", "小学和初中", "初中、小学", "小学 初中", "九年一贯", "九年一贯制", "十二年一贯制", "小初", "小学、中学"])(
    "reads no one stage from the 学段 %p, which names both (the row is the whole school)",
    (text) => expect(stageFromText(text)).toBeNull(),
  );

  it("still reads one stage from one-stage 学段 values", () => {
    expect(stageFromText("小学（1-6年级）")).toBe("primary");
    expect(stageFromText("初级中学")).toBe("junior");
    expect(stageFromText("中心小学")).toBe("primary");
    expect(stageFromText("初中、高中")).toBe("junior");
    expect(stageFromText("")).toBeNull();
  });
});

describe("yes / no facts", () => {
  it("reads yes / no words, negatives before positives", () => {
    expect(parseYesNo("是")).toBe(true);
    expect(parseYesNo("未达标")).toBe(false);
    expect(parseYesNo("达标")).toBe(true);
    expect(parseYesNo(" 否 ")).toBe(false);
    expect(parseYesNo("也许")).toBeNull();
  });

  it.each(["✔", "达到", "已落实", "健全", "已完成", "通过"])("reads the evidence answer %s as yes", (t) => expect(parseYesNo(t)).toBe(true));
  it.each(["✘", "未达到", "未落实", "不健全", "未完成", "未通过", "未发现", "未发生", "无此情况"])("reads the evidence answer %s as no", (t) => expect(parseYesNo(t)).toBe(false));
  it.each(["良好", "基本落实", "部分完成"])("leaves %s, which is neither a plain yes nor a no, unread", (t) => expect(parseYesNo(t)).toBeNull());

  it("reads 办学性质, 隶属 and 城乡分类", () => {
    expect(parsePrivate("民办")).toBe(true);
    expect(parsePrivate("公办")).toBe(false);
    expect(parseCountyRun("县级教育部门")).toBe(true);
    expect(parseCountyRun("地级教育部门")).toBe(false);
    expect(parseRural("乡村")).toBe(true);
    expect(parseRural("镇区")).toBe(false);
    // 统计用城乡划分代码: 1xx 城镇, 2xx 乡村 (210 乡中心区, 220 村庄); there is no 3xx.
    expect(["111", "112", "121", "122", "123", "210", "220", "310"].map(parseRural)).toEqual([false, false, false, false, false, true, true, null]);
    expect(["乡中心区", "村庄", "镇乡结合区", "城乡结合区", "特殊区域", "主城区"].map(parseRural)).toEqual([true, true, false, false, false, false]);
    // A code with its label, as some exports write it.
    expect(["210乡中心区", "121镇中心区", "2205"].map(parseRural)).toEqual([true, false, null]);
  });

  it.each([
    ["非民办", false],
    ["不是民办", false],
    ["不属于民办", false],
    ["非民办学校", false],
    ["否", false],
    ["不是", false],
    ["公办", false],
    ["公办民助", false],
    ["公立", false],
    ["民办", true],
    ["民办学校", true],
    ["非营利性民办", true], // a non-profit private school is private
    ["民办（非营利性）", true],
    ["民办公助", true],
    ["非公办", true],
    ["是", true],
    ["私立", true],
    ["不详", null],
  ])("办学性质 %p → %p (a negation is read before the word it negates)", (text, expected) => expect(parsePrivate(text)).toBe(expected));

  it("reads negated 县属, 乡村 and 寄宿 as no", () => {
    expect(parseCountyRun("非县属")).toBe(false);
    expect(parseCountyRun("不是县属")).toBe(false);
    expect(parseCountyRun("县属")).toBe(true);
    expect(parseRural("非乡村")).toBe(false);
    expect(parseRural("不属于农村")).toBe(false);
    // Not 城区 may be 镇区 or 乡村: unknown, not a guess.
    expect(parseRural("非城区")).toBeNull();
    expect(parseBoarding("不是寄宿制")).toBe(false);
    expect(parseBoarding("非寄宿")).toBe(false);
    expect(parseBoarding("寄宿制")).toBe(true);
  });

  it("reads years", () => {
    expect(parseYear("2008")).toBe(2008);
    expect(parseYear("2008年")).toBe(2008);
    expect(parseYear("2008.9")).toBe(2008);
    expect(parseYear("2008年9月")).toBe(2008);
    expect(parseYear("很久以前")).toBeNull();
  });
});

describe("splitSection", () => {
  it.each([
    ["实验学校（小学部）", "实验学校", "primary"],
    [" 实验学校 (初中部) ", "实验学校", "junior"],
    ["实验学校（小学）", "实验学校", "primary"],
    ["实验学校初中部", "实验学校", "junior"],
    ["小学部", "", "primary"],
  ] as const)("%p → %p, %p", (name, school, stage) => expect(splitSection(name)).toEqual({ school, stage }));

  it.each(["实验学校", "城关小学", "城关初中", "实验学校（东校区）", "小学部分校"])("%p has no section suffix", (name) => expect(splitSection(name)).toBeNull());
});

describe("parsePrivate: a 举办者 word under 办学性质", () => {
  it("leaves 办学性质 as it was: 集体 there is no 公办 / 民办 answer", () => {
    expect(parsePrivate("集体")).toBeNull();
    expect(parsePrivate("其他部门办")).toBeNull();
  });
});

describe("seniorOfName, isSeniorText: a combined school's senior part (高中部)", () => {
  it.each([
    ["清溪第二中学（高中部）", "清溪第二中学"],
    ["清溪第二中学(高中)", "清溪第二中学"],
    ["一中高中部", "一中"],
    ["清溪第二中学", null],
    ["清溪第二中学（初中部）", null],
  ])("seniorOfName(%p) → %p", (name, school) => expect(seniorOfName(name)).toBe(school));

  it.each([
    ["高中", true],
    ["高中部", true],
    [" 高中段：", true],
    ["高级中学", true],
    ["初中、高中", false],
    ["初高中", false],
    ["初中", false],
  ])("isSeniorText(%p) → %p", (text, senior) => expect(isSeniorText(text)).toBe(senior));

  it("types a senior-part name as a 完全中学's, or a 十二年一贯制's when it says so", () => {
    expect(typeFromName("清溪第二中学（高中部）")).toBe("complete_middle");
    expect(typeFromName("十二年一贯制实验学校（高中部）")).toBe("twelve_year");
  });
});

describe("gradeStage: 六三制 and 五四制", () => {
  it.each([
    ["七年级", "junior"],
    ["七至九年级", "junior"],
    ["初二", "junior"],
    ["1-6年级", "primary"],
    ["一至六年级", "primary"],
    ["1-5年级", "primary"],
    ["一至五年级", "primary"],
    ["三年级", "primary"],
    // 五四制: grades 6–9 are the 初中 (before: read as both stages, the whole school).
    ["6-9年级", "junior"],
    ["六至九年级", "junior"],
    ["六七八九年级", "junior"],
    ["1-9年级", "both"],
    ["一至九年级", "both"],
    ["1-7年级", "both"],
    // A lone 六年级 is 小学 under 六三制 and 初中 under 五四制: no stage from it; 5-9 says neither.
    ["六年级", null],
    ["6年级", null],
    ["5-9年级", null],
    ["高一", null],
  ] as const)("%s → %p", (text, stage) => expect(gradeStage(text)).toBe(stage));

  it("counts only a range from 1 to 7 or beyond as both stages", () => {
    expect([namesBothStages("6-9年级"), namesBothStages("六至九年级"), namesBothStages("1-9年级")]).toEqual([false, false, true]);
  });
});

describe("isCenterSchool, outOfScopeType, 一贯制: type words beside the known kinds", () => {
  it.each(["中心校", "中心学校", "白马镇中心校", "白马镇中心学校", "乡镇中心校（含3个教学点）"])("%p is a 乡镇中心校", (t) => expect(isCenterSchool(t)).toBe(true));
  it.each(["实验学校", "中心幼儿园", "中心校区", "城关中心小学部"])("%p is no 乡镇中心校 word", (t) => expect(isCenterSchool(t)).toBe(false));
  it.each(["幼儿园", "学前教育", "成人学校", "教师进修学校", "职工业余学校", "工读学校", "普通高中"])("%p is out of scope", (t) => expect(outOfScopeType(t)).toBe(true));
  it.each(["中心校", "民族学校", "完全小学", "小学（含附设幼儿班）"])("%p is not out of scope", (t) => expect(outOfScopeType(t)).toBe(false));
  it.each([
    ["一贯制学校", "nine_year"],
    ["一贯制", "nine_year"],
    ["十二年一贯制学校", "twelve_year"],
    ["完小", "primary"],
    ["村完小", "primary"],
  ] as const)("typeFromText(%p) → %p", (t, type) => expect(typeFromText(t)).toBe(type));
});
