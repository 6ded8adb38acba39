import { itemReasonText, type ReasonContext } from "./itemReasonText";
import { makeGuarantee, makeItem } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { SchoolGuarantee } from "../../engine/types";

const national = builtInProfile("national-2017");
const sichuan = builtInProfile("sichuan-guanghan-2024");
const zh = (schools: readonly SchoolGuarantee[] = [], profile = national): ReasonContext => ({ schools, profile, lang: "zh" });
const en = (schools: readonly SchoolGuarantee[] = [], profile = national): ReasonContext => ({ schools, profile, lang: "en" });

/** Sichuan's sample county in small: two ordinary schools short (one a lower bound), one not short, a special school short (G7, not G6). */
const funding = [
  makeGuarantee({ name: "甲教学点", recordId: "学校基本情况!5", type: "teaching_point", fundingShortfall: 15000 }),
  makeGuarantee({ name: "乙中学", recordId: "学校基本情况!6", type: "junior", fundingShortfall: 18360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } }),
  makeGuarantee({ name: "丙小学", recordId: "学校基本情况!7", fundingShortfall: 0 }),
  makeGuarantee({ name: "特教学校", recordId: "学校基本情况!8", type: "special", fundingShortfall: 4000 }),
];
const g6 = makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, failingSchools: ["甲教学点", "乙中学"], parts: { schools_checked: 7, schools_failing: 2, schools_unknown: 4 } });

describe("itemReasonText: an item not met says what is not met, with its figure", () => {
  it("G6: the unjudged named by their 城乡分类 when that alone leaves every one of them undecided (R5's Sichuan sample: 4 schools)", () => {
    const rurality = ["丁小学", "戊小学", "己小学", "庚中学"].map((name, i) => makeGuarantee({ name, recordId: `学校基本情况!${10 + i}`, fundingShortfall: null, fundingUndecided: "rurality" }));
    const schools = [...funding, ...rurality];
    expect(itemReasonText(g6, zh(schools, sichuan))).toBe("G6 公用经费未达生均标准：2 所学校未达标，合计至少缺 33,360 元；另有 4 所缺少城乡分类，无法判断");
    expect(itemReasonText(g6, en(schools, sichuan))).toBe(
      "G6 Public funding below the per-student norm: 2 schools fail, at least 33,360 yuan short in all; 4 more schools could not be judged (urban/rural classification not given)",
    );
    // 3 of the 4 for their 城乡分类, the 4th for another datum: the general words.
    expect(itemReasonText(g6, zh([...funding, ...rurality.slice(0, 3)], sichuan))).toContain("另有 4 所数据不全，无法判断");
    const one = { ...g6, verdict: "not_assessed" as const, figure: null, failingSchools: [], parts: { schools_checked: 3, schools_failing: 0, schools_unknown: 1 } };
    // The item's label before it is another finding's (R5 4): only the detail is asserted.
    expect(itemReasonText(one, en(rurality.slice(0, 1), sichuan))).toMatch(/^G6 .*: 1 school could not be judged \(urban\/rural classification not given\)$/);
  });

  it("G6: the schools short and the yuan they lack in all, at least when one gap is a lower bound; the unjudged after", () => {
    // 15 000 + 18 360 = 33 360 (the special school's 4 000 is G7's); 乙中学's gap is a lower bound, so is the sum.
    expect(itemReasonText(g6, zh(funding, sichuan))).toBe("G6 公用经费未达生均标准：2 所学校未达标，合计至少缺 33,360 元；另有 4 所数据不全，无法判断");
    expect(itemReasonText(g6, en(funding, sichuan))).toBe(
      "G6 Public funding below the per-student norm: 2 schools fail, at least 33,360 yuan short in all; 4 more schools could not be judged (data incomplete)",
    );
    const exact = funding.map((g) => ({ ...g, fundingShortfallLowerBound: null }));
    const oneSchool = { ...g6, failingSchools: ["甲教学点"], parts: { schools_checked: 7, schools_failing: 1, schools_unknown: 0 } };
    expect(itemReasonText(oneSchool, en(exact.slice(0, 1), sichuan))).toBe("G6 Public funding below the per-student norm: 1 school fails, 15,000 yuan short in all");
  });

  it("G7: the special-education schools' funding gap only", () => {
    const g7 = makeItem({ code: "G7", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 1, failingSchools: ["特教学校"], parts: { schools_checked: 1, schools_failing: 1, schools_unknown: 0 } });
    expect(itemReasonText(g7, zh(funding))).toBe("G7 特殊教育学校生均公用经费未达标：1 所学校未达标，合计缺 4,000 元");
  });

  it("G7 failed by a county figure: the figure says why, never \"0 schools fail\"; with failing schools it comes after them", () => {
    // g7c.xlsx: the one special school (小学) meets G7; 县级指标 gives 初中 5000 < 6000 (national), < 6100 (Sichuan).
    const parts = { schools_checked: 1, schools_failing: 0, schools_unknown: 0, G7_special_junior: 5000 };
    const g7 = makeItem({ code: "G7", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 0, parts });
    expect(itemReasonText(g7, zh())).toBe("G7 特殊教育学校生均公用经费未达标：特殊教育学校初中生均公用经费（元） 5,000（要求 ≥ 6,000）");
    expect(itemReasonText(g7, en([], sichuan))).toBe(
      "G7 Special-education per-student funding not met: special education, junior secondary: funding per student (yuan) 5,000 (rule ≥ 6,100)",
    );
    // A failing school too (4 000 yuan short): the schools first, then the county figure.
    const both = { ...g7, figure: 1, failingSchools: ["特教学校"], parts: { ...parts, schools_failing: 1 } };
    expect(itemReasonText(both, zh(funding, sichuan))).toBe("G7 特殊教育学校生均公用经费未达标：1 所学校未达标，合计缺 4,000 元，特殊教育学校初中生均公用经费（元） 5,000（要求 ≥ 6,100）");
    // A county figure that meets its threshold is not a reason.
    expect(itemReasonText({ ...both, parts: { ...both.parts, G7_special_junior: 6500 } }, zh(funding))).toBe("G7 特殊教育学校生均公用经费未达标：1 所学校未达标，合计缺 4,000 元");
  });

  it("G3, G4, G5: rooms, students and classes over the caps, added up", () => {
    const schools = [
      makeGuarantee({ name: "甲", recordId: "a", musicRoomsShort: 1, artRoomsShort: 2, studentsOverCap: 150, classesOverCap: 3 }),
      makeGuarantee({ name: "乙", recordId: "b", musicRoomsShort: 1, artRoomsShort: null, studentsOverCap: 50, classesOverCap: 1, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } }),
    ];
    const failing = (code: string) => makeItem({ code, verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, failingSchools: ["甲", "乙"], parts: { schools_checked: 5, schools_failing: 2, schools_unknown: 0 } });
    expect(itemReasonText(failing("G3"), zh(schools))).toBe("G3 音乐、美术专用教室未达标：2 所学校未达标，共缺音乐教室 2 间、美术教室 2 间");
    expect(itemReasonText(failing("G4"), zh(schools))).toBe("G4 学校规模未达标：2 所学校未达标，共超规模 200 人");
    // 乙's count is only a lower bound (its largest class alone): so is the total, 3 + 1.
    expect(itemReasonText(failing("G5"), zh(schools))).toBe("G5 班额未达标：2 所学校未达标，超班额至少 4 个班");
  });

  it("G4, G5 in English: one student or one class over the cap in the singular, exact or at least", () => {
    const one = makeGuarantee({ name: "甲", recordId: "a", studentsOverCap: 1, classesOverCap: 1 });
    const failing = (code: string) => makeItem({ code, verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 1, failingSchools: ["甲"], parts: { schools_checked: 1, schools_failing: 1, schools_unknown: 0 } });
    expect(itemReasonText(failing("G4"), en([one]))).toMatch(/: 1 school fails, 1 student over the size cap in all$/);
    expect(itemReasonText(failing("G5"), en([one]))).toMatch(/: 1 school fails, 1 class over the size cap$/);
    const bound = { ...one, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" as const } };
    expect(itemReasonText(failing("G5"), en([bound]))).toMatch(/: 1 school fails, at least 1 class over the size cap$/);
    expect(itemReasonText(failing("G5"), en([{ ...one, classesOverCap: 2 }]))).toMatch(/: 1 school fails, 2 classes over the size cap$/);
  });

  it("G3: at least, when a school's room shortfall counted is only a lower bound; not for a bound of 0", () => {
    // 甲: 48 classes, 4 music rooms of 300 m² → at most 3 of 96 m², short at least 1; 乙: 1 art room short exactly;
    // 丙: a music shortfall of 0 from an estimate adds nothing, at least or not. Total: music 1, art 1.
    const bound = { music: true, art: false } as const;
    const schools = [
      makeGuarantee({ name: "甲", recordId: "a", musicRoomsShort: 1, roomsShortLowerBound: bound }),
      makeGuarantee({ name: "乙", recordId: "b", artRoomsShort: 1 }),
      makeGuarantee({ name: "丙", recordId: "c", musicRoomsShort: 0, roomsShortLowerBound: bound }),
    ];
    const g3 = makeItem({ code: "G3", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 2, failingSchools: ["甲", "乙"], parts: { schools_checked: 3, schools_failing: 2, schools_unknown: 0 } });
    expect(itemReasonText(g3, zh(schools))).toBe("G3 音乐、美术专用教室未达标：2 所学校未达标，共至少缺音乐教室 1 间、美术教室 1 间");
    // Counts of 1 with the noun after them read "1 art rooms": the counts stand after the noun.
    expect(itemReasonText(g3, en(schools))).toBe("G3 Music and art rooms not met: 2 schools fail, rooms short in all: at least 1 music, 1 art");
    const exact = { ...g3, failingSchools: ["乙"], parts: { schools_checked: 3, schools_failing: 1, schools_unknown: 0 } };
    // 乙 alone: 1 art room short, no music room: the music rooms go unsaid, not “缺音乐教室 0 间”.
    expect(itemReasonText(exact, zh(schools.slice(1)))).toBe("G3 音乐、美术专用教室未达标：1 所学校未达标，共缺美术教室 1 间");
    expect(itemReasonText(exact, en(schools.slice(1)))).toBe("G3 Music and art rooms not met: 1 school fails, art rooms short in all: 1");
  });

  it("G3: only the kind of room short is said, “at least” from that kind's own bound", () => {
    // 城关第一小学 (H5's county workbook): 45 classes → ceil(45 ÷ 12) = 4 rooms of each kind needed. Music: 3 rooms,
    // 300 m² in all → at most min(3, floor(300 ÷ 96)) = 3 of 96 m², short at least 4 − 3 = 1 (estimated from the area).
    // Art: 4 rooms, 380 m² → min(4, floor(380 ÷ 90)) = 4, short 0 — also estimated, but a bound of 0 says nothing.
    const city = makeGuarantee({ name: "城关第一小学", recordId: "a", musicRoomsShort: 1, artRoomsShort: 0, roomsShortLowerBound: { music: true, art: true } });
    const g3 = makeItem({ code: "G3", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 1, failingSchools: ["城关第一小学"], parts: { schools_checked: 34, schools_failing: 1, schools_unknown: 0 } });
    expect(itemReasonText(g3, zh([city]))).toBe("G3 音乐、美术专用教室未达标：1 所学校未达标，共至少缺音乐教室 1 间");
    expect(itemReasonText(g3, en([city]))).toBe("G3 Music and art rooms not met: 1 school fails, music rooms short in all: at least 1");
    // The art estimate bounded, the music count exact (a 达标间数 column for music): no “at least” on the music rooms.
    const exactMusic = { ...city, roomsShortLowerBound: { music: false, art: true } };
    expect(itemReasonText(g3, zh([exactMusic]))).toBe("G3 音乐、美术专用教室未达标：1 所学校未达标，共缺音乐教室 1 间");
    // Two schools, 2 art rooms short and 0 music: the art rooms alone, summed.
    const art = [makeGuarantee({ name: "甲", recordId: "b", musicRoomsShort: 0, artRoomsShort: 1 }), makeGuarantee({ name: "乙", recordId: "c", musicRoomsShort: null, artRoomsShort: 1 })];
    expect(itemReasonText({ ...g3, figure: 2, parts: { schools_checked: 34, schools_failing: 2, schools_unknown: 0 } }, zh(art))).toBe("G3 音乐、美术专用教室未达标：2 所学校未达标，共缺美术教室 2 间");
  });

  it("G5: a class count bounded at 0 is unknown, no “at least” on the sum — as 缺口测算 shows it blank and the engine counts it unjudged", () => {
    // 甲: 2 classes over the cap, counted from its buckets (exact); 乙: a 九年一贯制 row with only its largest class, 48,
    // over 45 for a 小学 class and under 50 for a 初中 one: over the cap 0 or more, unknown. Sum: 2, exact.
    const schools = [
      makeGuarantee({ name: "甲", recordId: "a", classesOverCap: 2 }),
      makeGuarantee({ name: "乙", recordId: "b", type: "nine_year", classesOverCap: 0, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } }),
    ];
    const g5 = makeItem({ code: "G5", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 1, failingSchools: ["甲"], parts: { schools_checked: 1, schools_failing: 1, schools_unknown: 1 } });
    expect(itemReasonText(g5, zh(schools))).toBe("G5 班额未达标：1 所学校未达标，超班额 2 个班；另有 1 所数据不全，无法判断");
    // 乙 at 1 over (its largest class 46 in a 小学 section): then the sum is a lower bound, 2 + 1.
    const over = [schools[0]!, { ...schools[1]!, classesOverCap: 1 }];
    expect(itemReasonText({ ...g5, figure: 2, failingSchools: ["甲", "乙"], parts: { schools_checked: 2, schools_failing: 2, schools_unknown: 0 } }, zh(over))).toBe("G5 班额未达标：2 所学校未达标，超班额至少 3 个班");
  });

  it("G6: a school short by under one yuan is said to lack 1 yuan, never “缺 0 元”; a funding bound of 0 makes no “at least”", () => {
    // 0.4 yuan short: the format's last digit, 1 (formatNeed), as 缺口测算's plans say it. 乙's bound at 0 adds nothing.
    const tiny = [
      makeGuarantee({ name: "甲小学", recordId: "a", fundingShortfall: 0.4 }),
      makeGuarantee({ name: "乙中学", recordId: "b", type: "junior", fundingShortfall: 0, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } }),
    ];
    const one = makeItem({ code: "G6", verdict: "not_met", basis: "school_data", figureOf: "failing_count", figure: 1, failingSchools: ["甲小学"], parts: { schools_checked: 2, schools_failing: 1, schools_unknown: 0 } });
    expect(itemReasonText(one, zh(tiny, sichuan))).toBe("G6 公用经费未达生均标准：1 所学校未达标，合计缺 1 元");
    expect(itemReasonText(one, en(tiny, sichuan))).toBe("G6 Public funding below the per-student norm: 1 school fails, 1 yuan short in all");
    // 1.6 + 0.4 = 2.0 with 甲's a lower bound: at least 2.
    const bound = [{ ...tiny[0]!, fundingShortfall: 1.6, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } }, { ...tiny[0]!, name: "丙小学", fundingShortfall: 0.4 }];
    expect(itemReasonText({ ...one, figure: 2, failingSchools: ["甲小学", "丙小学"], parts: { schools_checked: 2, schools_failing: 2, schools_unknown: 0 } }, zh(bound, sichuan))).toBe("G6 公用经费未达生均标准：2 所学校未达标，合计至少缺 2 元");
  });

  it("G8: the pay ratio as a percentage against 100%, in the words of the document", () => {
    const g8 = makeItem({ code: "G8", verdict: "not_met", basis: "county_figure", figure: 0.98, threshold: 1, parts: { G8_pay_ratio: 0.98 } });
    expect(itemReasonText(g8, zh())).toBe("G8 教师平均工资收入水平低于当地公务员：98.0%（要求 ≥ 100.0%）");
    expect(itemReasonText(g8, en())).toBe("G8 Teachers' average pay below local civil servants': 98.0% (rule ≥ 100.0%)");
    // 0.9996 shows 100.0% at one decimal: two keep it below its threshold.
    expect(itemReasonText({ ...g8, figure: 0.9996, parts: { G8_pay_ratio: 0.9996 } }, zh())).toBe("G8 教师平均工资收入水平低于当地公务员：99.96%（要求 ≥ 100.0%）");
  });

  it("G8 answered 否 (basis evidence, no ratio): says it is the county's answer at its cell, never a 0.0% figure", () => {
    const g8 = makeItem({ code: "G8", verdict: "not_met", basis: "evidence", figure: null, threshold: 1, cells: ["县级指标!C9"], parts: { G8_pay_ratio: 0 }, answeredParts: { G8_pay_ratio: "县级指标!C9" } });
    expect(itemReasonText(g8, zh())).toBe("G8 教师平均工资收入水平低于当地公务员：按县级填报的“是/否”（县级指标!C9），未经数值核对");
    expect(itemReasonText(g8, en())).toBe("G8 Teachers' average pay below local civil servants': as declared yes / no in the county figures (县级指标!C9), not checked against a figure");
  });

  it("G11 rotation answered 否 (B2) beside backbone 25%: that part is the county's answer at its cell, never “0（要求 ≥ 10%）”", () => {
    const g11 = makeItem({ code: "G11", verdict: "not_met", basis: "county_figure", cells: ["县级指标!B2", "县级指标!B3"], parts: { G11_rotation_rate: 0, G11_backbone_rotation: 0.25 }, answeredParts: { G11_rotation_rate: "县级指标!B2" } });
    expect(itemReasonText(g11, zh())).toBe("G11 教师交流轮岗未达标：教师交流轮岗比例 按县级填报的“是/否”（县级指标!B2），未经数值核对");
    expect(itemReasonText(g11, en())).toBe("G11 Teacher rotation not met: teacher rotation rate as declared yes / no in the county figures (县级指标!B2), not checked against a figure");
    // Both parts answered: each named with its own cell; an answered 是 beside a failing figure is not listed.
    const both = makeItem({ ...g11, parts: { G11_rotation_rate: 0, G11_backbone_rotation: 0 }, answeredParts: { G11_rotation_rate: "县级指标!B2", G11_backbone_rotation: "县级指标!B3" } });
    expect(itemReasonText(both, zh())).toBe("G11 教师交流轮岗未达标：教师交流轮岗比例 按县级填报的“是/否”（县级指标!B2），未经数值核对、骨干教师占交流轮岗比例 按县级填报的“是/否”（县级指标!B3），未经数值核对");
    const yesBeside = makeItem({ ...g11, parts: { G11_rotation_rate: 1, G11_backbone_rotation: 0.18 }, answeredParts: { G11_rotation_rate: "县级指标!B2" } });
    expect(itemReasonText(yesBeside, zh())).toBe("G11 教师交流轮岗未达标：骨干教师占交流轮岗比例 18.0%（要求 ≥ 20.0%）");
  });

  it("an item of several figures names the ones that miss, each against its threshold (G11, Q9)", () => {
    const g11 = makeItem({ code: "G11", verdict: "not_met", basis: "county_figure", parts: { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 } });
    expect(itemReasonText(g11, zh())).toBe("G11 教师交流轮岗未达标：骨干教师占交流轮岗比例 18.0%（要求 ≥ 20.0%）");
    const q9 = makeItem({ code: "Q9", area: "quality", verdict: "not_met", basis: "county_figure", parts: { Q9_monitoring_level: 2, Q9_difference_rate: 0.17 } });
    expect(itemReasonText(q9, zh())).toBe("Q9 国家义务教育质量监测未达标：质量监测达到的水平等级 Ⅱ级（要求 ≥ Ⅲ级）、质量监测校际差异率 0.17（要求 < 0.15）");
  });

  it("R1 against 85%; an evidence item with nothing but its name negated", () => {
    const r1 = makeItem({ code: "R1", area: "recognition", verdict: "not_met", basis: "county_figure", figure: 0.82, threshold: 0.85, parts: { R1_recognition: 0.82 } });
    expect(itemReasonText(r1, zh())).toBe("R1 社会认可度未达标：82.0%（要求 ≥ 85.0%）");
    const g1 = makeItem({ code: "G1", verdict: "not_met", basis: "evidence", parts: { G1_layout: 0 } });
    expect(itemReasonText(g1, zh())).toBe("G1 规划布局不合理");
    expect(itemReasonText(g1, en())).toBe("G1 School layout planning not sound");
  });

  it("rates from school data: the county's rate and the schools failing; Q4 the lowest school's share", () => {
    // 39 of 40 teachers trained = 97.5%, below 100%, one school short.
    const g9 = makeItem({ code: "G9", verdict: "not_met", basis: "school_data", figureOf: "rate", figure: 0.975, threshold: 1, failingSchools: ["甲"], parts: { G9_training_rate: 0.975, schools_checked: 3, schools_failing: 1 } });
    expect(itemReasonText(g9, zh())).toBe("G9 教师5年360学时培训完成率未达标：全县 97.5%（要求 ≥ 100.0%），1 所学校未达标");
    const q4 = makeItem({ code: "Q4", area: "quality", verdict: "not_met", basis: "school_data", figureOf: "lowest_school", figure: 0.032, threshold: 0.05, failingSchools: ["甲", "乙"], parts: { Q4_training_funds_share: 0.032, schools_checked: 3, schools_failing: 2, schools_unknown: 0 } });
    expect(itemReasonText(q4, zh())).toBe("Q4 教师培训经费占公用经费比例未达标：最低 3.2%（要求 ≥ 5.0%），2 所学校未达标");
  });
});

describe("itemReasonText: an item not yet assessed says why", () => {
  it("G6 under a profile without a funding norm says the profile sets none, not the data", () => {
    const none = makeItem({ code: "G6", verdict: "not_assessed", basis: "none", figureOf: "failing_count" });
    expect(itemReasonText(none, zh())).toBe("G6 公用经费：规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“小学生均公用经费标准（元/生·年）”和“初中生均公用经费标准（元/生·年）”两行；也可写路径 guarantee.funding.norm.primary、guarantee.funding.norm.junior）或写入规则文件，或选用已设标准的内置规则（命令行 --profile sichuan-guanghan-2024，或任务窗格的“评估规则”）");
    // The words of 政府保障与质量's 依据 (out_basis_no_funding_norm), after G6's short name.
    expect(itemReasonText(none, en())).toBe("G6 Public funding: the profile sets no per-student funding norm (each province sets its own) — give the province's norm on a sheet named “Rules” (or 规则) in the workbook (two rows, “Primary: public-funding norm (yuan per student a year)” and “Junior secondary: public-funding norm (yuan per student a year)”; or by path, guarantee.funding.norm.primary and guarantee.funding.norm.junior) or in a profile file, or choose a built-in profile that sets one (--profile sichuan-guanghan-2024 on the command line, or Rule profile in the task pane)");
    // Sichuan has a norm: no data is no data.
    expect(itemReasonText(none, zh([], sichuan))).toBe("G6 公用经费达到生均标准（小规模学校按规定人数核定）：缺少数据");
  });

  it("schools whose data are incomplete, figures not given, or no data at all", () => {
    const g3 = makeItem({ code: "G3", verdict: "not_assessed", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 14, schools_failing: 0, schools_unknown: 2 } });
    expect(itemReasonText(g3, zh())).toBe("G3 音乐、美术专用教室：2 所学校数据不全，无法判断");
    expect(itemReasonText({ ...g3, parts: { schools_checked: 14, schools_failing: 0, schools_unknown: 1 } }, en())).toBe("G3 Music and art rooms: 1 school could not be judged (data incomplete)");
    const g13 = makeItem({ code: "G13", verdict: "not_assessed", basis: "county_figure", parts: { G13_nearby_primary: null, G13_nearby_junior: 0.97 } });
    expect(itemReasonText(g13, zh())).toBe("G13 就近划片入学：缺少小学就近划片入学比例");
    const q1 = makeItem({ code: "Q1", area: "quality", verdict: "not_assessed", basis: "none", parts: { Q1_consolidation: null } });
    expect(itemReasonText(q1, zh())).toBe("Q1 初中三年巩固率：缺少数据");
    expect(itemReasonText(q1, en())).toBe("Q1 Junior secondary three-year retention: no data");
  });
});
