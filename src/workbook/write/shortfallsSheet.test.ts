import type { FundingLowerBound, PassPlan, SchoolGuarantee } from "../../engine/types";
import { incompleteSections, shortfallsSheet } from "./shortfallsSheet";
import { atLeastFormat } from "./formats";
import { guaranteeEmptyText } from "./guaranteeShortfallsTable";
import type { ResultContext } from "./ResultContext";
import { resolveProfile } from "../../profiles/resolveProfile";
import { makeCounty, makeEvaluation, makeGuarantee, makeIndicator, makeIndicators, makeSection } from "./testing/makeEvaluation";

const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh" };
// The kinds of need as the engine compares them (passPlanDominance NEED_KIND): the two areas apart, as they are priced apart.
const NOTE = "未给出单位成本时，达标方案这样选：先排除所需更多的方案（教师、教学及辅助用房面积、体育运动场馆面积、设备值、网络多媒体教室都不少于另一方案，且至少一项更多；两种面积分开比较）；余下方案所需互有多少时，放宽相对缺口最大的一项，不保证最省。";

/** 缺口测算 of one county whose failing 乙小学 has `plan`. */
function notesWith(plan: PassPlan): readonly string[] {
  const failing = makeSection({ name: "乙小学", row: 6, students: 400, indicators: makeIndicators({ L4: makeIndicator("L4", 3.5, 400) }), metCount: 5, pass: false, passPlan: plan });
  return shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections: [failing] })] }), zh).notes;
}

describe("缺口测算 says why the estimated cost is blank", () => {
  it("a plan chosen by the largest gap (no unit costs): a note says so", () => {
    expect(notesWith({ relaxed: "L6", steps: [{ code: "L4", target: "standard", amount: 400, cost: null }], totalCost: null, basis: "largest_gap" })).toContain(NOTE);
  });
  it("a plan chosen by dominance (no unit costs, it needs no more than any other way): the note too, the cost being blank", () => {
    expect(notesWith({ relaxed: "L4", steps: [{ code: "L2", target: "standard", amount: 1, cost: null }, { code: "L4", target: "floor", amount: 0, cost: 0 }], totalCost: null, basis: "dominance" })).toContain(NOTE);
  });
  it("a plan chosen by cost: no such note", () => {
    expect(notesWith({ relaxed: "L6", steps: [{ code: "L4", target: "standard", amount: 400, cost: 1_200_000 }], totalCost: 1_200_000, basis: "cost" })).not.toContain(NOTE);
  });
});

/** The emphasis of the cell at `row`, `column` of a table (null: none). */
function emphasisAt(table: { emphasis: readonly { row: number; column: number; kind: string }[] } | undefined, row: number, column: number): string | null {
  return table?.emphasis.find((e) => e.row === row && e.column === column)?.kind ?? null;
}

describe("缺口测算 with sections whose indicators could not all be computed", () => {
  const withoutL6 = Object.fromEntries(Object.entries(makeIndicators({ L4: makeIndicator("L4", 3.5, 400) })).filter(([code]) => code !== "L6"));
  // L4 3.5 < 3.825 (below the floor) with L6 missing: failed whatever L6 is.
  const failed = makeSection({ name: "戊小学", row: 9, evaluable: false, notEvaluable: ["missing_numerator"], indicators: withoutL6, metCount: null, pass: false });
  const undecided = makeSection({ name: "己小学", row: 10, evaluable: false, notEvaluable: ["missing_numerator"], indicators: Object.fromEntries(Object.entries(makeIndicators()).filter(([c]) => c !== "L2")), metCount: null, pass: null });
  const county = makeCounty();
  const sheetOf = (sections: typeof county.sections) => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections })] }), zh);

  it("notes that the totals leave them out, with their count (zero-student and out-of-scope sections are not counted)", () => {
    // makeCounty's 丙教学点 (out of scope) and 丁小学 (0 students) lack values too, but need nothing counted: 2, not 4.
    expect(incompleteSections([makeCounty({ sections: [...county.sections, failed, undecided] })])).toBe(2);
    expect(sheetOf([...county.sections, failed, undecided]).notes).toContain("县域缺口合计不含 2 个学校（学段）数据不全、无法计算的指标缺口（见《学校达标》表备注），实际缺口可能更大。");
    expect(sheetOf(county.sections).notes.some((n) => n.startsWith("县域缺口合计不含"))).toBe(false);
  });

  it("lists a section failed by what it has, marked incomplete, with the shortfalls it has and no plan", () => {
    const t = sheetOf([failed, undecided]).tables[0];
    expect([t?.rows[0]?.[3], emphasisAt(t, 0, 3)]).toEqual(["未达标（数据不全）", "bad"]);
    // Columns: 县区, 学校, 学段, 结论, then L1…L7: L4 short 400, L6 not computed (null).
    expect([t?.rows[0]?.[7], t?.rows[0]?.[9], t?.rows[0]?.[12]]).toEqual([400, null, null]);
  });

  it("lists a section not evaluable in amber, its computed shortfalls (0) beside the one not computed (L2 blank): left out, （无） read as nothing needed (messy.xlsx)", () => {
    const t = sheetOf([undecided]).tables[0];
    expect(t?.rows.map((r) => r[1])).toEqual(["己小学"]);
    expect([t?.rows[0]?.[3], emphasisAt(t, 0, 3)]).toEqual(["无法评估（数据不全，缺口未全部算出）", "warn"]);
    // L1 at 4 … L7 at 10: makeIndicators' values meet their standards (0), L2 not computed.
    expect(t?.rows[0]?.slice(4, 11)).toEqual([0, null, 0, 0, 0, 0, 0]);
    const en = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections: [undecided] })] }), { ...zh, lang: "en" }).tables[0];
    expect(en?.rows[0]?.[3]).toBe("Not evaluable (data incomplete; not every shortfall computed)");
  });

  it("leaves out a section of 0 students (it needs nothing) and one out of scope: （无）", () => {
    const empty = makeSection({ ...undecided, name: "庚小学", row: 11, students: 0, indicators: {} });
    const out = makeSection({ ...undecided, name: "辛教学点", row: 12, included: false, exclusion: "small_teaching_point" });
    expect(sheetOf([empty, out]).tables[0]?.rows[0]?.[0]).toBe("（无）");
  });

  it("counts per stage, beside the county totals, the sections whose shortfalls the totals leave out (in amber when any)", () => {
    const junior = makeSection({ ...undecided, name: "壬中学", row: 13, stage: "junior" });
    const totals = [{ stage: "primary" as const, byIndicator: { L1: 0, L2: 0, L3: 0, L4: 400, L5: 0, L6: 0, L7: 0 } }, { stage: "junior" as const, byIndicator: { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 0, L7: 0 } }];
    const sheet = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections: [...county.sections, failed, undecided, junior], shortfallTotals: totals })] }), zh);
    const t = sheet.tables.find((x) => x.name === "YZJH_ShortfallTotals");
    expect(t?.columns.at(-1)?.header).toBe("数据不全、缺口未计入的学校（学段）数");
    // 戊小学 and 己小学 (primary), 壬中学 (junior); 丙教学点 (out of scope) and 丁小学 (0 students) not counted.
    // Columns: 县区, 学段, L1…L7, then the count at 9.
    expect(t?.rows.map((r) => r[9])).toEqual([2, 1]);
    expect([emphasisAt(t, 0, 9), emphasisAt(t, 1, 9)]).toEqual(["warn", "warn"]);
    const whole = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ shortfallTotals: totals.slice(0, 1) })] }), zh).tables.find((x) => x.name === "YZJH_ShortfallTotals");
    expect([whole?.rows[0]?.[9], emphasisAt(whole, 0, 9)]).toEqual([0, null]);
  });
});

describe("缺口测算 names the plan without claiming it is the cheapest", () => {
  it("heads the column 达标方案 (the note says how the plan was chosen when unit costs are missing)", () => {
    const sheet = shortfallsSheet(makeEvaluation(), zh);
    expect(sheet.title).toBe("缺口测算与达标方案");
    expect(sheet.tables[0]?.columns.map((c) => c.header)).toContain("达标方案");
    expect(sheet.tables[0]?.columns.map((c) => c.header).some((h) => h.includes("最省"))).toBe(false);
  });
});

describe("缺口测算's school guarantee table when no school falls short", () => {
  const unknown = { musicRoomsShort: null, artRoomsShort: null, classesOverCap: null, largeClasses: null, superLargeClasses: null, fundingShortfall: null } as const;

  it("names the checks made and those not: sizes only (no room, class-size or funding columns), as in the unequal fixture", () => {
    const schools = [makeGuarantee({ name: "甲小学", recordId: "r1", ...unknown }), makeGuarantee({ name: "乙小学", recordId: "r2", ...unknown, studentsOverCap: null })];
    expect(guaranteeEmptyText(schools, "zh")).toBe("（已测算的学校规模均无缺口；音乐美术教室、班额、公用经费未测算，原因见“政府保障与质量”表）");
    expect(guaranteeEmptyText(schools, "en")).toBe("(checked: school size — no school falls short. Not computed: music and art rooms, class sizes, public funding; see Guarantee & quality for why)");
  });

  it("says nothing was computed when no school gave any of it, and that none falls short when every check was made", () => {
    const none = makeGuarantee({ name: "甲小学", recordId: "r1", ...unknown, studentsOverCap: null });
    expect(guaranteeEmptyText([none], "zh")).toBe("（音乐美术教室、学校规模、班额、公用经费均未测算，原因见“政府保障与质量”表）");
    expect(guaranteeEmptyText([], "en")).toBe("(not computed: music and art rooms, school size, class sizes, public funding; see Guarantee & quality for why)");
    // One ordinary school's G6 funding known is enough for the check to have been made.
    const all = [makeGuarantee({ name: "甲小学", recordId: "r1" }), makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 0 })];
    expect(guaranteeEmptyText(all, "zh")).toBe("（各校均无缺口）");
  });

  it("does not count a special-education school's G7 funding as the ordinary schools' public funding checked (national-2017: no G6 norm)", () => {
    const special = makeGuarantee({ name: "特教学校", recordId: "s1", type: "special", ...unknown, studentsOverCap: null, sizeCap: null, fundingShortfall: 0 });
    const schools = [makeGuarantee({ name: "甲小学", recordId: "r1" }), makeGuarantee({ name: "乙初中", recordId: "r2", type: "junior" }), special];
    expect(guaranteeEmptyText(schools, "zh")).toBe("（已测算的音乐美术教室、学校规模、班额均无缺口；公用经费未测算，原因见“政府保障与质量”表）");
    // With an ordinary school's G6 computed as well, every check was made.
    const normed = [makeGuarantee({ name: "甲小学", recordId: "r1", fundingShortfall: 0 }), special];
    expect(guaranteeEmptyText(normed, "zh")).toBe("（各校均无缺口）");
  });

  it("is the table's one row when no school falls short", () => {
    const sheet = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: [makeGuarantee({ name: "甲小学", recordId: "r1", ...unknown })] })] }), zh);
    expect(sheet.tables.find((t) => t.name === "YZJH_SchoolGuarantee")?.rows).toEqual([["（已测算的学校规模均无缺口；音乐美术教室、班额、公用经费未测算，原因见“政府保障与质量”表）", null, null, null, null, null, null, null, null, null, null, null]]);
  });
});

describe("缺口测算's school guarantee table marks a public-funding shortfall that is only a lower bound", () => {
  // Sichuan, 初中 of 394 students, 391 400 yuan, rurality not stated: 1040 × 394 − 391 400 = 18 360 short as an urban
  // school; funded as 500 if rural, 1040 × 500 − 391 400 = 128 600. A 寄宿制 小学 of 600 without its boarders, 400 000
  // yuan: 800 × 600 − 400 000 = 80 000 short before any boarder. 丙中学 is short by a full 128 600 (stated rural).
  const rural: FundingLowerBound = { ruralFunded: 500, boardersUncounted: false };
  const boarders: FundingLowerBound = { ruralFunded: null, boardersUncounted: true };
  const schools = [
    makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", fundingShortfall: 18_360, fundingShortfallLowerBound: rural }),
    makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 80_000, fundingShortfallLowerBound: boarders }),
    makeGuarantee({ name: "丙中学", recordId: "r3", type: "junior", fundingShortfall: 128_600 }),
    makeGuarantee({ name: "丁中学", recordId: "r4", type: "junior", musicRoomsShort: 1, fundingShortfall: 0 }),
  ];
  const tableIn = (lang: "zh" | "en") => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), { ...zh, lang }).tables.find((t) => t.name === "YZJH_SchoolGuarantee");

  it("ends with a 说明 column saying per school why; the full gap and other shortfalls have none", () => {
    const t = tableIn("zh");
    expect(t?.columns.map((c) => c.header).slice(-2)).toEqual(["公用经费缺口（元）", "说明"]);
    expect(t?.rows.map((r) => [r[1], r[10], r[11]])).toEqual([
      ["甲中学", 18_360, "公用经费缺口（元）为下限（至少）：若为农村学校（按 500 人核定）缺口更大"],
      ["乙小学", 80_000, "公用经费缺口（元）为下限（至少）：未计寄宿生"],
      ["丙中学", 128_600, null],
      ["丁中学", 0, null],
    ]);
  });

  it("in English", () => {
    const t = tableIn("en");
    expect(t?.columns.at(-1)?.header).toBe("Note");
    expect(t?.rows.map((r) => r[11])).toEqual([
      "Funding shortfall (yuan): lower bound (at least) — as a rural school (funded for 500 students) it is larger",
      "Funding shortfall (yuan): lower bound (at least) — boarders not counted",
      null,
      null,
    ]);
  });

  it("shows a lower bound in amber, a full shortfall in red", () => {
    const t = tableIn("zh");
    const at = (row: number, column: number) => t?.emphasis.find((e) => e.row === row && e.column === column)?.kind;
    expect([at(0, 10), at(1, 10), at(2, 10), at(3, 10), at(3, 3)]).toEqual(["warn", "warn", "bad", undefined, "bad"]);
  });

});

describe("缺口测算's school guarantee table lists a 民办 school G6 does not judge (guarantee.funding.publicOnly), with why", () => {
  // R5's 第一初级中学 民办 (1 563 students, 1 465 800 yuan): no shortfall computed, so a blank cell beside the 说明; 第二初级中学 judged, 113 420 short.
  const schools = [
    makeGuarantee({ name: "第一初级中学", recordId: "r1", type: "junior", fundedStudents: null, fundingNorm: null, fundingShortfall: null, fundingExempt: "private" }),
    makeGuarantee({ name: "第二初级中学", recordId: "r2", type: "junior", fundingShortfall: 113_420 }),
  ];
  const rowsIn = (lang: "zh" | "en") => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), { ...zh, lang }).tables.find((t) => t.name === "YZJH_SchoolGuarantee")?.rows.map((r) => [r[1], r[10], r[11]]);

  it("zh and en", () => {
    expect(rowsIn("zh")).toEqual([
      ["第一初级中学", null, "民办学校，不适用公办学校生均公用经费标准，G6 不判断"],
      ["第二初级中学", 113_420, null],
    ]);
    expect(rowsIn("en")?.[0]?.[2]).toBe("Private school: the per-student public-funding norm is for public schools, so G6 does not judge it");
  });
});

describe("缺口测算: edge cases", () => {
  const unknown = { musicRoomsShort: null, artRoomsShort: null, studentsOverCap: null, classesOverCap: null, largeClasses: null, superLargeClasses: null, fundingShortfall: null } as const;

  it("with no county: every table says so, no incomplete sections, and the guarantee table that nothing was computed", () => {
    const sheet = shortfallsSheet(makeEvaluation({ counties: [] }), zh);
    expect(sheet.tables.map((t) => t.rows.map((r) => r[0]))).toEqual([["（无）"], ["（无）"], ["（无）"], ["（音乐美术教室、学校规模、班额、公用经费均未测算，原因见“政府保障与质量”表）"]]);
    expect(incompleteSections([])).toBe(0);
    expect(sheet.notes.some((n) => n.startsWith("县域缺口合计不含"))).toBe(false);
  });

  it("guaranteeEmptyText: a special-education school alone checks nothing, its G7 funding 0 included", () => {
    const special = makeGuarantee({ name: "特教学校", recordId: "s1", type: "special", ...unknown, sizeCap: null, fundingShortfall: 0 });
    expect(guaranteeEmptyText([special], "zh")).toBe("（音乐美术教室、学校规模、班额、公用经费均未测算，原因见“政府保障与质量”表）");
  });

  it("guaranteeEmptyText: one value of a check known is enough (art rooms without music rooms, super-large classes alone, a funding shortfall of 0)", () => {
    const only = (known: Partial<Record<keyof typeof unknown, number>>) => guaranteeEmptyText([makeGuarantee({ name: "甲小学", recordId: "r1", ...unknown, ...known })], "zh");
    expect(only({ artRoomsShort: 0 })).toBe("（已测算的音乐美术教室均无缺口；学校规模、班额、公用经费未测算，原因见“政府保障与质量”表）");
    expect(only({ superLargeClasses: 0 })).toBe("（已测算的班额均无缺口；音乐美术教室、学校规模、公用经费未测算，原因见“政府保障与质量”表）");
    expect(guaranteeEmptyText([makeGuarantee({ name: "甲小学", recordId: "r1", ...unknown, fundingShortfall: 0 })], "en")).toBe(
      "(checked: public funding — no school falls short. Not computed: music and art rooms, school size, class sizes; see Guarantee & quality for why)",
    );
  });

  it("lists a school short by under one yuan as a lower bound, amber, with its note (the cell keeps 0.4, not 0)", () => {
    const tiny = makeGuarantee({ name: "甲小学", recordId: "r1", fundingShortfall: 0.4, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } });
    const t = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: [tiny] })] }), zh).tables.find((t) => t.name === "YZJH_SchoolGuarantee");
    expect(t?.rows.map((r) => [r[1], r[10], r[11]])).toEqual([["甲小学", 0.4, "公用经费缺口（元）为下限（至少）：若为农村学校（按 500 人核定）缺口更大"]]);
    expect(t?.emphasis).toEqual([{ row: 0, column: 10, kind: "warn" }]);
  });
});

describe("缺口测算's school guarantee table shows class counts that are only lower bounds", () => {
  // rules.md §4 item 5. Only 最大班额 given: 初中 largest 56 → ≥ 1 over 50, ≥ 1 大班额, 0 超大班额; 初中 largest 51 → ≥ 1 over 50,
  // 0 大班额; 小学 largest 46 → ≥ 1 over 45. 丁小学 gives all ten buckets: 4 over, 2 大班额, 1 超大班额, exact.
  const largest = (over: boolean, large: boolean) => ({ classesOverCap: over, largeClasses: large, superLargeClasses: false, basis: "largest_class" }) as const;
  const schools = [
    makeGuarantee({ name: "城区初级中学", recordId: "r1", type: "junior", classesOverCap: 1, largeClasses: 1, superLargeClasses: 0, classCountsLowerBound: largest(true, true) }),
    makeGuarantee({ name: "乡村初中丙", recordId: "r2", type: "junior", classesOverCap: 1, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: largest(true, false) }),
    makeGuarantee({ name: "城区第一小学", recordId: "r3", classesOverCap: 1, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: largest(true, false) }),
    makeGuarantee({ name: "丁小学", recordId: "r4", classesOverCap: 4, largeClasses: 2, superLargeClasses: 1 }),
  ];
  const tableIn = (lang: "zh" | "en", list = schools) => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: list })] }), { ...zh, lang }).tables.find((t) => t.name === "YZJH_SchoolGuarantee");

  // Excel shows text in a number format in double quotes: `"≥ "0` shows 1 as “≥ 1”, and the cell stays the number 1.
  const AT_LEAST = '"≥ "0';

  it("lists each school over the cap, a lower bound as the number shown “≥ 1”, with a 说明 naming the counts and why", () => {
    // Columns: 县区, 学校, 类型, 音乐, 美术, 超规模, 规模上限, 超班额班数 (7), 大班额 (8), 超大班额 (9), 公用经费 (10), 说明 (11).
    const t = tableIn("zh");
    expect(t?.rows.map((r) => [r[1], r[7], r[8], r[9], r[11]])).toEqual([
      ["城区初级中学", 1, 1, 0, "超班额班数、大班额（56人及以上）为下限（至少）：仅填报最大班额，未填各班额段班数"],
      ["乡村初中丙", 1, 0, 0, "超班额班数为下限（至少）：仅填报最大班额，未填各班额段班数"],
      ["城区第一小学", 1, 0, 0, "超班额班数为下限（至少）：仅填报最大班额，未填各班额段班数"],
      ["丁小学", 4, 2, 1, null],
    ]);
    // Exactly the lower bounds are shown “≥”; an exact count (丁小学, the 0s) keeps its column's format.
    expect(t?.formats).toEqual([
      { row: 0, column: 7, format: AT_LEAST },
      { row: 0, column: 8, format: AT_LEAST },
      { row: 1, column: 7, format: AT_LEAST },
      { row: 2, column: 7, format: AT_LEAST },
    ]);
    expect(t?.columns[7]?.numberFormat).toBe("0");
  });

  it("makes the format from the message “≥ {n}” in both languages (atLeastFormat)", () => {
    expect([atLeastFormat("zh"), atLeastFormat("en")]).toEqual([AT_LEAST, AT_LEAST]);
  });

  it("sums: a SUM over 超班额班数 counts each school with a lower bound (1 + 1 + 1 + 4 = 7), none dropped as text", () => {
    const counts = tableIn("zh")?.rows.map((r) => r[7]);
    expect(counts?.every((v) => typeof v === "number")).toBe(true);
    expect(counts?.reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0)).toBe(7);
  });

  it("in English, and for a bucket that spans the limit", () => {
    const spans = makeGuarantee({ name: "红星学校", recordId: "r5", type: "nine_year", classesOverCap: 3, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "buckets" } });
    const t = tableIn("en", [schools[0] ?? spans, spans]);
    expect(t?.rows.map((r) => [r[7], r[11]])).toEqual([
      [1, "Classes over cap, Large classes (56+): lower bounds (at least) — only the largest class is given, not the class-size buckets"],
      [3, "Classes over cap: lower bounds (at least) — a class-size bucket spans the limit, so the exact count is not known"],
    ]);
    expect(t?.formats).toEqual([
      { row: 0, column: 7, format: AT_LEAST },
      { row: 0, column: 8, format: AT_LEAST },
      { row: 1, column: 7, format: AT_LEAST },
    ]);
  });

  it("shows a lower bound in amber, an exact count in red", () => {
    const t = tableIn("zh");
    const at = (row: number, column: number) => t?.emphasis.find((e) => e.row === row && e.column === column)?.kind;
    expect([at(0, 7), at(0, 8), at(0, 9), at(3, 7), at(3, 8)]).toEqual(["warn", "warn", undefined, "bad", "bad"]);
  });

  it("shows a bound of 0 blank, as unknown, and names no count in the 说明 for it (it showed “≥ 0” with “超班额班数为下限”)", () => {
    // A 九年一贯制 row with only its largest class, 48: over 45 for a 小学 class, under 50 for a 初中 one — which, nobody knows.
    const unknown = makeGuarantee({ name: "北岭学校", recordId: "r6", type: "nine_year", classesOverCap: 0, largeClasses: 0, superLargeClasses: 0, fundingShortfall: 800, fundingShortfallLowerBound: { ruralFunded: null, boardersUncounted: false, stagesUnsplit: true }, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "buckets" } });
    expect(tableIn("zh", [unknown])?.rows.map((r) => [r[7], r[8], r[11]])).toEqual([[null, 0, "公用经费缺口（元）为下限（至少）：在校生数未分学段，全部按较低学段的标准测算"]]);
    expect(tableIn("zh", [unknown])?.formats).toEqual([]);
  });

  it("names the large-class sizes of the profile in effect in both languages (large 60, very large 70: not the national 56 and 66)", () => {
    const sizes = resolveProfile({ extends: "national-2017", id: "sizes", guarantee: { classSize: { large: 60, superLarge: 70 } } });
    const table = (lang: "zh" | "en") => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), { ...zh, lang, profile: sizes }).tables.find((t) => t.name === "YZJH_SchoolGuarantee");
    expect(table("zh")?.columns.slice(8, 10).map((c) => c.header)).toEqual(["大班额（60人及以上）", "超大班额（70人及以上）"]);
    expect(table("en")?.columns.slice(8, 10).map((c) => c.header)).toEqual(["Large classes (60+)", "Very large classes (70+)"]);
    expect(table("zh")?.rows[0]?.[11]).toBe("超班额班数、大班额（60人及以上）为下限（至少）：仅填报最大班额，未填各班额段班数");
    expect(table("en")?.rows[0]?.[11]).toBe("Classes over cap, Large classes (60+): lower bounds (at least) — only the largest class is given, not the class-size buckets");
  });

  it("without a profile, the default one's sizes (national-2017: 56 and 66)", () => {
    expect(tableIn("zh")?.columns.slice(8, 10).map((c) => c.header)).toEqual(["大班额（56人及以上）", "超大班额（66人及以上）"]);
  });

  it("joins a class note and a funding note in one 说明", () => {
    const both = makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", classesOverCap: 1, largeClasses: 0, superLargeClasses: 0, classCountsLowerBound: largest(true, false), fundingShortfall: 18_360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } });
    expect(tableIn("zh", [both])?.rows[0]?.[11]).toBe("超班额班数为下限（至少）：仅填报最大班额，未填各班额段班数；公用经费缺口（元）为下限（至少）：若为农村学校（按 500 人核定）缺口更大");
  });
});

describe("缺口测算's school guarantee table shows room shortfalls that are only lower bounds", () => {
  // rules.md §4 item 3, national (96 m² a music room, 90 m² an art room, one per 12 classes). 甲小学, 48 classes, 4 music
  // rooms of 300 m² in all: at most floor(300 ÷ 96) = 3 comply, short at least 1 (four rooms of 75 m²: short 4). 乙小学
  // gives 3 compliant music rooms of 4 needed: short exactly 1. 丙小学, 24 classes, 2 music rooms of 200 m²: counted as
  // 2, short 0 (60 + 140 m² would leave it 1 short), over the size cap by 100. 丁中学: art 4 rooms of 300 m², floor(300 ÷ 90)
  // = 3, short at least 1; music given per room, 2 short exactly.
  const AT_LEAST = '"≥ "0';
  const music = { music: true, art: false } as const;
  const schools = [
    makeGuarantee({ name: "甲小学", recordId: "r1", musicRoomsNeeded: 4, musicRoomsCompliant: 3, musicRoomsShort: 1, roomsShortLowerBound: music }),
    makeGuarantee({ name: "乙小学", recordId: "r2", musicRoomsNeeded: 4, musicRoomsCompliant: 3, musicRoomsShort: 1 }),
    makeGuarantee({ name: "丙小学", recordId: "r3", musicRoomsNeeded: 2, musicRoomsCompliant: 2, musicRoomsShort: 0, roomsShortLowerBound: music, studentsOverCap: 100 }),
    makeGuarantee({ name: "丁中学", recordId: "r4", type: "junior", musicRoomsShort: 2, artRoomsShort: 1, roomsShortLowerBound: { music: false, art: true } }),
  ];
  const tableIn = (lang: "zh" | "en", list = schools) => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: list })] }), { ...zh, lang }).tables.find((t) => t.name === "YZJH_SchoolGuarantee");

  it("writes a lower bound as the number shown “≥ 1”, with a 说明 naming the column and why; an exact shortfall and a bound of 0 as they are", () => {
    // Columns: 县区, 学校, 类型, 音乐 (3), 美术 (4), 超规模 (5), …, 说明 (11).
    const t = tableIn("zh");
    expect(t?.rows.map((r) => [r[1], r[3], r[4], r[11]])).toEqual([
      ["甲小学", 1, 0, "音乐教室缺口（间）为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数"],
      ["乙小学", 1, 0, null],
      ["丙小学", 0, 0, null],
      ["丁中学", 2, 1, "美术教室缺口（间）为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数"],
    ]);
    expect(t?.formats).toEqual([
      { row: 0, column: 3, format: AT_LEAST },
      { row: 3, column: 4, format: AT_LEAST },
    ]);
  });

  it("shows a lower bound in amber, an exact shortfall in red, a 0 plain", () => {
    const t = tableIn("zh");
    const at = (row: number, column: number) => t?.emphasis.find((e) => e.row === row && e.column === column)?.kind;
    expect([at(0, 3), at(1, 3), at(2, 3), at(2, 5), at(3, 3), at(3, 4)]).toEqual(["warn", "bad", undefined, "bad", "bad", "warn"]);
  });

  it("in English, both kinds named, and before a class note", () => {
    const both = makeGuarantee({ name: "戊中学", recordId: "r5", type: "junior", musicRoomsShort: 1, artRoomsShort: 1, roomsShortLowerBound: { music: true, art: true }, classesOverCap: 1, classCountsLowerBound: { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" } });
    expect(tableIn("en", [both])?.rows[0]?.[11]).toBe(
      "Music rooms short, Art rooms short: lower bounds (at least) — only the number and total area of the rooms are given, and the compliant rooms estimated from the total area are the most there can be. Classes over cap: lower bounds (at least) — only the largest class is given, not the class-size buckets",
    );
    expect(tableIn("zh", [both])?.formats).toEqual([
      { row: 0, column: 3, format: AT_LEAST },
      { row: 0, column: 4, format: AT_LEAST },
      { row: 0, column: 7, format: AT_LEAST },
    ]);
  });
});

describe("缺口测算 says what the county totals are, and what the failing schools' ways to pass need", () => {
  const junior = (name: string, row: number, yuan: number, basis: PassPlan["basis"]) =>
    makeSection({ name, row, type: "junior", stage: "junior", pass: false, metCount: 6, passPlan: { relaxed: "L6", steps: [{ code: "L6", target: "floor", amount: yuan, cost: yuan }], totalCost: yuan, basis } });
  // 甲小学 passes but is short 142 600 yuan of L6: in the totals to standard, in no way to pass.
  const passing = makeSection({ name: "甲小学", row: 5, indicators: makeIndicators({ L6: makeIndicator("L6", 1800, 142_600) }), metCount: 6 });
  // 乙小学: L2 to its floor, 4 teachers, and L7 to standard, 1 room, not priced (no unit costs).
  const teachers = makeSection({ name: "乙小学", row: 6, pass: false, metCount: 5, passPlan: { relaxed: "L2", steps: [{ code: "L2", target: "floor", amount: 4, cost: null }, { code: "L7", target: "standard", amount: 1, cost: null }], totalCost: null, basis: "largest_gap" } });
  // 丙小学: L4 to standard, 454.5 m², L5 left at 85% (0 m²), not priced.
  const area = makeSection({ name: "丙小学", row: 7, pass: false, metCount: 5, passPlan: { relaxed: "L5", steps: [{ code: "L4", target: "standard", amount: 454.5, cost: null }, { code: "L5", target: "floor", amount: 0, cost: 0 }], totalCost: null, basis: "largest_gap" } });
  // 丁小学 fails by what it has, L6 missing: no plan.
  const noPlan = makeSection({ name: "丁小学", row: 8, evaluable: false, notEvaluable: ["missing_numerator"], indicators: makeIndicators({ L4: makeIndicator("L4", 3.5, 400) }), metCount: null, pass: false });
  const sections = [passing, teachers, area, noPlan, junior("北岭中学", 9, 860_000, "dominance"), junior("南沟中学", 10, 716_325, "dominance")];
  const totals = [
    { stage: "primary", byIndicator: { L1: 0, L2: 5, L3: 0, L4: 854.5, L5: 0, L6: 142_600, L7: 1 } },
    { stage: "junior", byIndicator: { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 1_118_000 + 911_700, L7: 0 } },
  ] as const;
  const sheetIn = (lang: "zh" | "en") => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections, shortfallTotals: totals })] }), { ...zh, lang });
  const named = (lang: "zh" | "en", name: string) => sheetIn(lang).tables.find((t) => t.name === name);

  it("heads the totals to standard as such: passing schools included, no 85% allowance", () => {
    expect(named("zh", "YZJH_ShortfallTotals")?.caption).toBe("县域指标缺口合计（各项补足到标准，含已达标学校）");
    expect(named("en", "YZJH_ShortfallTotals")?.caption).toBe("County indicator shortfall totals per stage (every indicator raised to standard, passing schools included)");
  });

  it("adds up the failing sections' ways to pass per county and stage, right after the totals to standard", () => {
    expect(sheetIn("zh").tables.map((t) => t.name).slice(1, 3)).toEqual(["YZJH_ShortfallTotals", "YZJH_PassPlanTotals"]);
    const t = named("zh", "YZJH_PassPlanTotals");
    expect(t?.caption).toBe("未达标学校（学段）按达标方案所需合计（按学段）");
    expect(t?.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["县区", null],
      ["学段", null],
      ["未达标学校（学段）数", "0"],
      ["其中无达标方案（数据不全）", "0"],
      ["L1 教师（人）", "0"],
      ["L2 教师（人）", "0"],
      ["L3 教师（人）", "0"],
      ["L4 教学及辅助用房面积（㎡）", "0.00"],
      ["L5 体育运动场馆面积（㎡）", "0.00"],
      ["L6 教学仪器设备值（元）", "#,##0"],
      ["L7 网络多媒体教室（间）", "0"],
      ["估算费用（元）", "#,##0"],
      ["未估算费用的方案数", "0"],
    ]);
    // 小学: 乙, 丙, 丁 fail (甲 passes, its 142 600 yuan not counted); 丁 has no plan. 4 L2 teachers, 454.5 m², 1 room;
    // 乙's and 丙's plans are not priced, so no cost. 初中: 860 000 + 716 325 = 1 576 325 yuan, priced in full.
    expect(t?.rows).toEqual([
      ["示例县", "小学", 3, 1, 0, 4, 0, 454.5, 0, 0, 1, null, 2],
      ["示例县", "初中", 2, 0, 0, 0, 0, 0, 0, 1_576_325, 0, 1_576_325, 0],
    ]);
    expect(t?.emphasis).toEqual([
      { row: 0, column: 3, kind: "warn" },
      { row: 0, column: 12, kind: "warn" },
    ]);
  });

  it("in English", () => {
    const t = named("en", "YZJH_PassPlanTotals");
    expect(t?.caption).toBe("What the failing school sections' ways to pass need, per stage");
    expect(t?.columns.slice(2).map((c) => c.header)).toEqual([
      "Failing school sections",
      "Of which without a way to pass (incomplete data)",
      "L1 teachers",
      "L2 teachers",
      "L3 teachers",
      "L4 teaching and auxiliary floor area (m²)",
      "L5 sports ground and hall area (m²)",
      "L6 equipment (yuan)",
      "L7 multimedia rooms",
      "Estimated cost (yuan)",
      "Ways to pass not priced",
    ]);
  });

  it("says how many plans are not priced, so that a sum of 估算费用 is not read as complete (2 here; none when all are priced)", () => {
    expect(sheetIn("zh").notes).toContain("估算费用：2 个达标方案因规则未给出所需指标的单位成本而未估算，留空；对该列求和不含这些方案。");
    expect(sheetIn("en").notes).toContain("Estimated cost: 2 ways to pass are not priced (left blank) because the rule profile has no unit cost for something they need; a total of the column leaves them out.");
    const priced = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections: sections.slice(4), shortfallTotals: totals.slice(1) })] }), zh);
    expect(priced.notes.some((n) => n.startsWith("估算费用"))).toBe(false);
    const one = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections: [teachers], shortfallTotals: totals.slice(0, 1) })] }), { ...zh, lang: "en" });
    expect(one.notes).toContain("Estimated cost: 1 way to pass is not priced (left blank) because the rule profile has no unit cost for something it needs; a total of the column leaves it out.");
  });

  it("says how the plan is chosen without unit costs, plainly", () => {
    expect(sheetIn("zh").notes).toContain(NOTE);
    expect(sheetIn("en").notes).toContain(
      "Without unit costs, the way to pass is chosen as follows: first, any way that needs at least as much of everything (teachers, teaching and auxiliary floor area, sports ground and hall area, equipment value, multimedia classrooms; the two areas compared separately) as another way, and more of something, is dropped; if the ways left differ in what they need, the indicator with the largest relative gap is the one relaxed. This may not be the cheapest way.",
    );
  });

  it("heads the shortfall columns 缺口 (L1 缺口（人） … L7 缺口（间）), in every table that has them", () => {
    const headers = ["L1 缺口（人）", "L2 缺口（人）", "L3 缺口（人）", "L4 缺口（㎡）", "L5 缺口（㎡）", "L6 缺口（元）", "L7 缺口（间）"];
    expect(named("zh", "YZJH_Shortfalls")?.columns.slice(4, 11).map((c) => c.header)).toEqual(headers);
    expect(named("zh", "YZJH_ShortfallTotals")?.columns.slice(2, 9).map((c) => c.header)).toEqual(headers);
    expect(named("zh", "YZJH_SchoolGuarantee")?.columns.slice(3, 5).map((c) => c.header)).toEqual(["音乐教室缺口（间）", "美术教室缺口（间）"]);
  });
});

describe("缺口测算 totals the public-funding shortfalls per county", () => {
  // Sichuan-like: 18 360 (a lower bound, rurality not stated), 80 000 (a lower bound, boarders not given), 128 600,
  // 0 (short of a music room only), one school not computed: 3 short, 18 360 + 80 000 + 128 600 = 226 960 yuan.
  const schools = [
    makeGuarantee({ name: "甲中学", recordId: "r1", type: "junior", fundingShortfall: 18_360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } }),
    makeGuarantee({ name: "乙小学", recordId: "r2", fundingShortfall: 80_000, fundingShortfallLowerBound: { ruralFunded: null, boardersUncounted: true } }),
    makeGuarantee({ name: "丙中学", recordId: "r3", type: "junior", fundingShortfall: 128_600 }),
    makeGuarantee({ name: "丁中学", recordId: "r4", type: "junior", musicRoomsShort: 1, fundingShortfall: 0 }),
    makeGuarantee({ name: "戊小学", recordId: "r5", fundingShortfall: null }),
  ];
  const tableOf = (list: typeof schools, lang: "zh" | "en" = "zh") =>
    shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: list })] }), { ...zh, lang }).tables.find((t) => t.name === "YZJH_FundingTotals");

  it("adds the column up under the schools' table, with the lower bounds and the schools left out counted", () => {
    const sheet = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: schools })] }), zh);
    expect(sheet.tables.map((t) => t.name).slice(-2)).toEqual(["YZJH_SchoolGuarantee", "YZJH_FundingTotals"]);
    const t = tableOf(schools);
    expect(t?.caption).toBe("公用经费缺口合计（按县区、项目；有缺口为下限的学校时，合计亦为下限）");
    expect(t?.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["县区", null],
      ["项目", null],
      ["公用经费缺口学校数", "0"],
      ["公用经费缺口合计（元）", "#,##0"],
      ["缺口为下限的学校数", "0"],
      ["未测算学校数（不在合计内）", "0"],
    ]);
    expect(t?.rows).toEqual([["示例县", "G6 公用经费（普通学校）", 3, 226_960, 2, 1]]);
    expect(tableOf(schools, "en")?.caption).toBe("Public-funding shortfall totals per county and item (a lower bound if any school's shortfall is a lower bound)");
    expect(tableOf(schools, "en")?.columns.map((c) => c.header)).toEqual(["County", "Item", "Schools short of funding", "Funding shortfall total (yuan)", "Schools whose shortfall is a lower bound", "Schools not computed (not in the total)"]);
  });

  it("has no such table where no school's funding shortfall was computed (no norm), and a 0 total where none is short", () => {
    expect(tableOf(schools.map((g) => ({ ...g, fundingShortfall: null, fundingShortfallLowerBound: null })))).toBeUndefined();
    expect(tableOf([schools[3] ?? schools[0]!])?.rows).toEqual([["示例县", "G6 公用经费（普通学校）", 0, 0, 0, 0]]);
  });

  it("totals a special-education school's G7 gap in a row of its own, never in G6's (special-short.xlsx)", () => {
    // G6: 18 360 + 80 000 + 128 600 = 226 960 as above; G7: the special school's 122 880 alone.
    const special = makeGuarantee({ name: "特教学校", recordId: "r6", type: "special", fundingShortfall: 122_880 });
    expect(tableOf([...schools, special])?.rows).toEqual([
      ["示例县", "G6 公用经费（普通学校）", 3, 226_960, 2, 1],
      ["示例县", "G7 特殊教育学校公用经费", 1, 122_880, 0, 0],
    ]);
    // national-2017 (no G6 norm): no ordinary school's gap computed, so no G6 row and no "35 not computed"; G7 alone.
    const noNorm = schools.map((g) => ({ ...g, fundingShortfall: null, fundingShortfallLowerBound: null }));
    expect(tableOf([...noNorm, { ...special, fundingShortfall: 116_000 }], "en")?.rows).toEqual([["示例县", "G7 Special-education funding", 1, 116_000, 0, 0]]);
  });
});

describe("缺口测算 with two counties: each county's totals from its own schools", () => {
  // 甲县: 甲小学 fails, its plan 2 L1 teachers (200 000 yuan); G6 short 15 000 (exact) + 18 360 (a lower bound) = 33 360.
  // 乙县: 乙小学 fails, its plan 300 m² of L4 (900 000 yuan); G6 short 0.4 yuan (exact), 丙小学 not computed.
  const planOf = (code: "L1" | "L4", amount: number, cost: number): PassPlan => ({ relaxed: code, steps: [{ code, target: "standard", amount, cost }], totalCost: cost, basis: "cost" });
  const totals = [{ stage: "primary", byIndicator: { L1: 2, L2: 0, L3: 0, L4: 300, L5: 0, L6: 0, L7: 0 } }] as const;
  const jia = makeCounty({
    county: "甲县",
    sections: [makeSection({ county: "甲县", name: "甲小学", row: 5, pass: false, passPlan: planOf("L1", 2, 200_000) })],
    shortfallTotals: totals,
    schoolGuarantee: [
      makeGuarantee({ county: "甲县", name: "甲一小", recordId: "r1", fundingShortfall: 15_000 }),
      makeGuarantee({ county: "甲县", name: "甲中学", recordId: "r2", type: "junior", fundingShortfall: 18_360, fundingShortfallLowerBound: { ruralFunded: 500, boardersUncounted: false } }),
    ],
  });
  const yi = makeCounty({
    county: "乙县",
    sections: [makeSection({ county: "乙县", name: "乙小学", row: 6, pass: false, passPlan: planOf("L4", 300, 900_000) })],
    shortfallTotals: totals,
    schoolGuarantee: [makeGuarantee({ county: "乙县", name: "乙一小", recordId: "r3", fundingShortfall: 0.4 }), makeGuarantee({ county: "乙县", name: "丙小学", recordId: "r4", fundingShortfall: null })],
  });
  const named = (name: string) => shortfallsSheet(makeEvaluation({ counties: [jia, yi] }), zh).tables.find((t) => t.name === name);

  it("adds up the ways to pass per county: 甲县 2 teachers and 200 000 yuan, 乙县 300 m² and 900 000 yuan", () => {
    expect(named("YZJH_PassPlanTotals")?.rows).toEqual([
      ["甲县", "小学", 1, 0, 2, 0, 0, 0, 0, 0, 0, 200_000, 0],
      ["乙县", "小学", 1, 0, 0, 0, 0, 300, 0, 0, 0, 900_000, 0],
    ]);
  });

  it("adds up the funding shortfalls per county: 33 360 with one lower bound; 0.4, the cell keeping it, with one not computed", () => {
    expect(named("YZJH_FundingTotals")?.rows).toEqual([
      ["甲县", "G6 公用经费（普通学校）", 2, 33_360, 1, 0],
      ["乙县", "G6 公用经费（普通学校）", 1, 0.4, 0, 1],
    ]);
  });
});

describe("缺口测算's 说明 of a combined school: the room area applied and the funding split by stage", () => {
  // wb-D 小河学校 (Sichuan): 60 小学 + 30 初中 funded as 100 → (800 × 60 + 1040 × 30) × 100 ÷ 90 = 88 000, short 500;
  // its shared rooms of 58 m² judged at 初中's 61 m², so 1 music and 1 art room short.
  const xiaohe = makeGuarantee({
    name: "小河学校",
    recordId: "学校!14",
    type: "nine_year",
    musicRoomsShort: 1,
    artRoomsShort: 1,
    roomsStageArea: { applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music", "art"] },
    fundedStudents: 100,
    fundingNorm: 88_000,
    fundingShortfall: 500,
    fundingProration: { stages: [{ stage: "primary", students: 60, norm: 800 }, { stage: "junior", students: 30, norm: 1040 }], students: 90, funded: 100 },
  });
  it("says both in the school's 说明", () => {
    const sheet = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: [xiaohe] })] }), zh);
    const table = sheet.tables.find((t) => t.name === "YZJH_SchoolGuarantee");
    expect(table?.rows[0]?.at(-1)).toBe("音乐、美术教室按初中的农村小规模学校面积 61 ㎡ 判定：各学段共用教室，取较大者（小学 54 ㎡ 未采用）；公用经费按 100 人核定，生均标准按各学段在校生比例加权，应拨（元）= (800×60 + 1040×30) × 100 ÷ 90 = 88,000.00");
  });
});

describe("缺口测算 shows a shortfall above 0 as more than 0 (rnd.xlsx 丁中学)", () => {
  // 丁中学: 1000 students with 5 799.996 m² against 5.8 m² × 1000 = 5 800 m²: short 0.004 m², shown 0.00 at the
  // column's two decimals, 0.004 at three. L6 short 0.3 yuan: 0 at none, 0.3 at one.
  const ding = makeSection({ name: "丁中学", row: 10, stage: "junior", students: 1000, indicators: makeIndicators({ L4: makeIndicator("L4", 5.799996, 0.004, 5.8), L6: makeIndicator("L6", 2499.9997, 0.3, 2500) }) });
  const totals = [{ stage: "junior" as const, byIndicator: { L1: 0, L2: 0, L3: 0, L4: 0.004, L5: 0, L6: 0.3, L7: 0 } }];
  const sheetOf = (sections = [ding], shortfallTotals = totals) => shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections, shortfallTotals })] }), zh);
  const table = (name: string, sheet = sheetOf()) => sheet.tables.find((t) => t.name === name);

  it("gives the school's row the decimals that show 0.004 m² and 0.3 yuan", () => {
    const t = table("YZJH_Shortfalls");
    // Columns: 县区, 学校, 学段, 结论, then L1…L7 (L4 at 7, L6 at 9).
    expect([t?.rows[0]?.[7], t?.rows[0]?.[9]]).toEqual([0.004, 0.3]);
    expect([t?.columns[7]?.numberFormat, t?.columns[9]?.numberFormat]).toEqual(["0.000", "#,##0.0"]);
  });

  it("and the county totals: L4 at 5, L6 at 7", () => {
    const t = table("YZJH_ShortfallTotals");
    expect(t?.columns.slice(2, 9).map((c) => c.numberFormat)).toEqual(["0", "0", "0", "0.000", "0.00", "#,##0.0", "0"]);
  });

  it("and the ways to pass added up: 0.004 m² raised to the standard", () => {
    const failing = makeSection({ ...ding, name: "戊中学", row: 11, pass: false, metCount: 5, passPlan: { relaxed: "L1", steps: [{ code: "L4", target: "standard", amount: 0.004, cost: null }], totalCost: null, basis: "largest_gap" } });
    const t = table("YZJH_PassPlanTotals", sheetOf([failing]));
    // Columns: 县区, 学段, 未达标数, 无方案数, L1–L3 教师, then L4 面积 at 7.
    expect(t?.columns[7]?.numberFormat).toBe("0.000");
  });

  it("and a public-funding gap of 0.4 yuan, on the school's row and in the county total: #,##0.0", () => {
    const tiny = shortfallsSheet(makeEvaluation({ counties: [makeCounty({ schoolGuarantee: [makeGuarantee({ name: "甲小学", recordId: "r1", fundingShortfall: 0.4 })] })] }), zh);
    expect(table("YZJH_SchoolGuarantee", tiny)?.columns[10]?.numberFormat).toBe("#,##0.0");
    expect(table("YZJH_FundingTotals", tiny)?.columns[3]?.numberFormat).toBe("#,##0.0");
    // makeCounty's 乙小学: 15 000.5 yuan shows as itself (15,001).
    expect(table("YZJH_SchoolGuarantee", shortfallsSheet(makeEvaluation(), zh))?.columns[10]?.numberFormat).toBe("#,##0");
  });

  it("keeps the columns' own decimals when every shortfall shows as itself (makeCounty: 400 m², 80 000 yuan)", () => {
    const t = table("YZJH_Shortfalls", shortfallsSheet(makeEvaluation(), zh));
    expect([t?.columns[7]?.numberFormat, t?.columns[9]?.numberFormat]).toEqual(["0.00", "#,##0"]);
  });
});

describe("缺口测算's relaxed column says the indicator need only reach the floor", () => {
  it("heads it 只需达到85%的指标 (national-2017's floor), not 可保留: an indicator below 85% is still raised", () => {
    const national: ResultContext = { ...zh, profile: resolveProfile({ extends: "national-2017" }) };
    expect(shortfallsSheet(makeEvaluation(), national).tables[0]?.columns[11]?.header).toBe("只需达到85%的指标");
    expect(shortfallsSheet(makeEvaluation(), { ...national, lang: "en" }).tables[0]?.columns[11]?.header).toBe("Indicator that only has to reach 85%");
  });
});

describe("缺口测算's 说明 gives the students a school was funded as (Sichuan tiers, w7-relax.xlsx 桶三十村小)", () => {
  const sichuan: ResultContext = { ...zh, profile: resolveProfile({ extends: "sichuan-guanghan-2024" }) };
  // 桶三十村小: a rural 小学 of exactly 300 students, funded as 500 (300 is not under 300): 500 × 800 = 400 000 required.
  const tong = makeSection({ name: "桶三十村小", row: 5, students: 300 });
  const tongFunding = makeGuarantee({ name: "桶三十村小", recordId: "学校基本情况!5", fundedStudents: 500, fundingNorm: 400_000, fundingShortfall: 112_000 });
  const noteOf = (context: ResultContext, g = tongFunding, sections = [tong]) =>
    shortfallsSheet(makeEvaluation({ counties: [makeCounty({ sections, schoolGuarantee: [g] })] }), context).tables.find((t) => t.name === "YZJH_SchoolGuarantee")?.rows[0]?.at(-1);

  it("says 按 500 人核定 of 300 students, with the profile's tiers in words, in either language", () => {
    expect(noteOf(sichuan)).toBe("公用经费按 500 人核定（在校生 300 人）：农村学校、教学点不足100人按100人核定，100人及以上不足300人按300人核定，300人及以上不足500人按500人核定");
    expect(noteOf({ ...sichuan, lang: "en" })).toBe(
      "Public funding: funded as 500 students (300 enrolled): rural schools and teaching points under 100 students are funded as 100, from 100 to under 300 as 300, from 300 to under 500 as 500",
    );
  });

  it("says nothing of a school funded as its own students (620 of 620)", () => {
    const big = makeSection({ name: "桶三十村小", row: 5, students: 620 });
    expect(noteOf(sichuan, { ...tongFunding, fundedStudents: 620, fundingShortfall: 5000 }, [big])).toBeNull();
  });

  it("adds up the sections of a school given one row per stage (龙泉学校（小学部）+（初中部）, 120 + 150 = 270 funded as 300)", () => {
    const rows = [makeSection({ name: "龙泉学校（小学部）", row: 7, students: 120 }), makeSection({ name: "龙泉学校（初中部）", row: 8, stage: "junior", students: 150 })];
    const longquan = makeGuarantee({ name: "龙泉学校", recordId: "学校基本情况!7", type: "nine_year", fundedStudents: 300, fundingNorm: 260_000, fundingShortfall: 1000 });
    expect(noteOf(sichuan, longquan, rows)).toMatch(/^公用经费按 300 人核定（在校生 270 人）：/u);
  });
});

describe("缺口测算 lists every school funded as other students than it has, short or not (Sichuan tiers)", () => {
  const sichuan: ResultContext = { ...zh, profile: resolveProfile({ extends: "sichuan-guanghan-2024" }) };
  const tiers = "农村学校、教学点不足100人按100人核定，100人及以上不足300人按300人核定，300人及以上不足500人按500人核定";
  // Four rural 小学 at 800 yuan: 60 funded as 100 → 80 000 required, given 90 000 (meets it anyway);
  // 250 funded as 300 → 240 000, given 240 000 (meets it only as 300: as 250 it would need 200 000);
  // 450 funded as 500 → 400 000, given 350 000 (short 50 000); 600 funded as 600 → 480 000, given 500 000 (meets, no tier).
  const school = (name: string, row: number, students: number, funded: number, shortfall: number) => ({
    section: makeSection({ name, row, students }),
    guarantee: makeGuarantee({ name, recordId: `学校基本情况!${row}`, fundedStudents: funded, fundingNorm: funded * 800, fundingShortfall: shortfall }),
  });
  const schools = [school("六十村小", 5, 60, 100, 0), school("二五村小", 6, 250, 300, 0), school("四五村小", 7, 450, 500, 50_000), school("六百村小", 8, 600, 600, 0)];
  const tableOf = (context: ResultContext, list = schools) => {
    const county = makeCounty({ sections: list.map((s) => s.section), schoolGuarantee: list.map((s) => s.guarantee) });
    return shortfallsSheet(makeEvaluation({ counties: [county] }), context).tables.find((t) => t.name === "YZJH_SchoolGuarantee");
  };

  it("shows the funded count and the tiers for the schools that meet their funding too (60 as 100, 250 as 300), saying first they have no gap, not for 600 of 600", () => {
    // makeGuarantee's rooms, size and classes are all 0: the two listed for their tier lack nothing at all.
    expect(tableOf(sichuan)?.rows.map((r) => [r[1], r[10], r[11]])).toEqual([
      ["六十村小", 0, `本校各项均无缺口，列出以说明公用经费的核定；公用经费按 100 人核定（在校生 60 人）：${tiers}`],
      ["二五村小", 0, `本校各项均无缺口，列出以说明公用经费的核定；公用经费按 300 人核定（在校生 250 人）：${tiers}`],
      ["四五村小", 50_000, `公用经费按 500 人核定（在校生 450 人）：${tiers}`],
    ]);
  });

  it("says only the funding has no gap where another check was not computed or is 0 only as a bound, and nothing of a school short of something", () => {
    const [sixty] = schools;
    if (sixty === undefined) throw new Error("no school");
    const noteOf = (over: Partial<SchoolGuarantee>, lang: "zh" | "en" = "zh") => tableOf({ ...sichuan, lang }, [{ ...sixty, guarantee: { ...sixty.guarantee, ...over } }])?.rows[0]?.[11];
    // Rooms not computed (no room columns): blank, so not “each check”.
    expect(noteOf({ musicRoomsShort: null, artRoomsShort: null })).toBe(`公用经费无缺口，列出以说明其核定；公用经费按 100 人核定（在校生 60 人）：${tiers}`);
    // Music rooms 0 only as a bound (compliant rooms estimated from the total area): maybe short.
    expect(noteOf({ roomsShortLowerBound: { music: true, art: false } }, "en")).toMatch(/^No public-funding shortfall: listed to show how that funding is reckoned\. /u);
    // One art room short: a gap, so no such words.
    expect(noteOf({ artRoomsShort: 1 })).toBe(`公用经费按 100 人核定（在校生 60 人）：${tiers}`);
    expect(noteOf({}, "en")).toMatch(/^No shortfall of any kind: listed to show how its public funding is reckoned\. Public funding: funded as 100 students/u);
  });

  it("lists no school whose funded count is its own (600 of 600), and none without a profile's tiers", () => {
    // An empty table has the one row of its empty text, naming no school.
    const named = (t: ReturnType<typeof tableOf>) => t?.rows.map((r) => r[1]).filter((v) => typeof v === "string");
    expect(named(tableOf(sichuan, [schools[3]!]))).toEqual([]);
    expect(named(tableOf(zh, schools.slice(0, 2)))).toEqual([]);
  });

  it("lists a combined school split by stage that meets its funding, with the sum written out (60 小学 + 30 初中 funded as 100)", () => {
    // (800 × 60 + 1040 × 30) × 100 ÷ 90 = 79 200 × 100 ÷ 90 = 88 000 required, met.
    const stages = [{ stage: "primary", norm: 800, students: 60 }, { stage: "junior", norm: 1040, students: 30 }] as const;
    const xiaohe = makeGuarantee({ name: "小河学校", recordId: "学校基本情况!9", type: "nine_year", fundedStudents: 100, fundingNorm: 88_000, fundingShortfall: 0, fundingProration: { funded: 100, students: 90, stages } });
    const t = tableOf(sichuan, [{ section: makeSection({ name: "小河学校", row: 9, students: 90 }), guarantee: xiaohe }]);
    expect(t?.rows.map((r) => [r[1], r[10]])).toEqual([["小河学校", 0]]);
    expect(t?.rows[0]?.[11]).toBe(`本校各项均无缺口，列出以说明公用经费的核定；公用经费按 100 人核定，生均标准按各学段在校生比例加权，应拨（元）= (800×60 + 1040×30) × 100 ÷ 90 = 88,000.00；核定人数：${tiers}`);
  });
});
