import { coefficientsSheet } from "./coefficientsSheet";
import { makeCounty, makeEvaluation, makeGroup, makeIndicator, makeIndicators, makeSection, makeStats, withMissing } from "./testing/makeEvaluation";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { ResultContext } from "./ResultContext";

const national = builtInProfile("national-2017");
const zh: ResultContext = { issues: [], profileName: "国家标准", lang: "zh", profile: national };
const en: ResultContext = { ...zh, profileName: "National", lang: "en" };

describe("差异系数 limits note", () => {
  it("states the profile's limits per stage (national: 0.50 and 0.45)", () => {
    const note = coefficientsSheet(makeEvaluation(), zh).notes.at(-1);
    expect(note).toBe("差异系数逐项判定（小学≤0.50、初中≤0.45）；“综合差异系数”为基本均衡旧口径，仅供参考，不作判定。");
    expect(coefficientsSheet(makeEvaluation(), en).notes.at(-1)).toBe(
      "Each indicator's difference coefficient (CV) is judged against its limit (primary ≤ 0.50, junior secondary ≤ 0.45); the average CV is the older basic-balance measure, shown for reference only.",
    );
  });

  it("follows a profile with other limits", () => {
    const strict = { ...national, cvLimits: { primary: 0.48, junior: 0.4 } };
    expect(coefficientsSheet(makeEvaluation(), { ...zh, profile: strict }).notes.at(-1)).toContain("（小学≤0.48、初中≤0.40）");
  });

  it("without a profile takes the limits from the coefficients, and a dash for a stage without any", () => {
    const { profile: _none, ...bare } = zh;
    // makeGroup: a primary group whose indicators all have the limit 0.5; no junior group.
    expect(coefficientsSheet(makeEvaluation(), bare).notes.at(-1)).toContain("（小学≤0.50、初中≤—）");
  });
});

describe("差异系数 met column", () => {
  it("answers the English header Met with Yes / No, and keeps 达标 / 未达标 in Chinese", () => {
    const group = makeGroup();
    const county = makeCounty({ coefficients: [{ ...group, indicators: { ...group.indicators, L2: makeStats("L2", 1.1, 0.6, 0.545, 0.5) } }] });
    const table = (context: ResultContext) => coefficientsSheet(makeEvaluation({ counties: [county] }), context).tables[0];
    const english = table(en);
    expect(english?.columns[7]?.header).toBe("Met");
    expect(english?.rows.slice(0, 2).map((r) => r[7])).toEqual(["Yes", "No"]);
    expect(table(zh)?.rows.slice(0, 2).map((r) => r[7])).toEqual(["达标", "未达标"]);
  });
});

describe("差异系数 sections lacking an indicator's value", () => {
  const withoutL4 = Object.fromEntries(Object.entries(makeIndicators()).filter(([code]) => code !== "L4"));
  const lacking = makeSection({ name: "戊小学", row: 9, evaluable: false, notEvaluable: ["missing_numerator"], indicators: withoutL4, metCount: null, pass: null });
  const county = makeCounty();
  // The engine counts 戊小学 among L4's missing (IndicatorStats.missing): the sheet says what the engine counted.
  const withGap = makeCounty({ sections: [...county.sections, lacking], coefficients: county.coefficients.map((g) => withMissing(g, { L4: 1 })) });
  const sheet = (c: typeof county, context: ResultContext) => coefficientsSheet(makeEvaluation({ counties: [c] }), context);
  const NOTE = "差异系数按有该项数据的学校计算，“学校数”逐项不同；标注“缺 n 校数据”的指标，缺数据的学校补齐后差异系数及判定可能改变。";

  it("says on the row how many lack it, amber instead of green, and adds a sheet note", () => {
    // 戊小学 (in scope, 500 students) lacks L4 only; 丁小学 (0 students) needs nothing and is not counted.
    const t = sheet(withGap, zh).tables[0];
    expect(t?.rows.slice(0, 4).map((r) => r[7])).toEqual(["达标", "达标", "达标", "达标（缺 1 校数据）"]);
    expect(t?.emphasis.find((e) => e.row === 3 && e.column === 7)?.kind).toBe("warn");
    expect(t?.emphasis.find((e) => e.row === 0 && e.column === 7)?.kind).toBe("good");
    expect(sheet(withGap, zh).notes).toContain(NOTE);
    expect(sheet(withGap, en).tables[0]?.rows[3]?.[7]).toBe("Yes (1 school section lacks data)");
  });

  it("takes the count from the engine's stats (IndicatorStats.missing), not a count of its own", () => {
    const engineOnly = makeCounty({ coefficients: county.coefficients.map((g) => withMissing(g, { L4: 1 })) });
    expect(sheet(engineOnly, zh).tables[0]?.rows[3]?.[7]).toBe("达标（缺 1 校数据）");
  });

  it("adds nothing when every in-scope section with students has every value", () => {
    expect(sheet(county, zh).tables[0]?.rows.slice(0, 7).map((r) => r[7])).toEqual(Array(7).fill("达标"));
    expect(sheet(county, zh).notes).not.toContain(NOTE);
  });
});

describe("差异系数 CV column beside the limits", () => {
  const tableWith = (l2cv: number, averageCv = 0.23) => {
    const group = makeGroup({ averageCv });
    const county = makeCounty({ coefficients: [{ ...group, indicators: { ...group.indicators, L2: makeStats("L2", 1.1, 0.6, l2cv, 0.5) } }] });
    return coefficientsSheet(makeEvaluation({ counties: [county] }), zh).tables[0];
  };

  it("shows a CV just over its limit over it: 0.5004 is 0.500 at three decimals, 0.5004 at four", () => {
    const t = tableWith(0.5004);
    expect(t?.columns.slice(5, 7).map((c) => c.numberFormat)).toEqual(["0.0000", "0.00"]);
    expect(t?.rows[1]?.slice(5, 8)).toEqual([0.5004, 0.5, "未达标"]);
  });

  it("keeps three decimals when every CV is far from its limit or equal to it up to noise", () => {
    expect(tableWith(0.545)?.columns[5]?.numberFormat).toBe("0.000");
    // 0.5 × (1 + 1e-12) is 0.5 to the engine.
    expect(tableWith(0.5 * (1 + 1e-12))?.columns[5]?.numberFormat).toBe("0.000");
  });

  it("leaves the average CV out: its verdict is only for reference, so 0.6496 against the older 0.65 adds no decimals", () => {
    expect(tableWith(0.3, 0.6496)?.columns[5]?.numberFormat).toBe("0.000");
  });
});

describe("差异系数 resting on a cell the reader flagged as most likely wrong", () => {
  const flagged = (cell: string): ResultContext["issues"][number] => ({ code: "read_value_outlier_large", severity: "warning", cell, params: {} });
  const cellsL5 = (row: number) => ({ ...makeIndicator("L5", 9), cells: [`学校基本情况!P${row}`, `学校基本情况!D${row}`] });
  const sections = [5, 6, 7, 8, 9].map((row) => makeSection({ name: `校${row}`, row, indicators: makeIndicators({ L5: cellsL5(row) }) }));
  const county = makeCounty({ sections });
  const sheet = (context: ResultContext) => coefficientsSheet(makeEvaluation({ counties: [county] }), context);
  const L5_ROW = 4;

  it("names the cell in the verdict, amber for a CV within its limit, with a sheet note", () => {
    const t = sheet({ ...zh, issues: [flagged("学校基本情况!P7")] });
    expect(t.tables[0]?.rows[L5_ROW]?.[7]).toBe("达标（所依据的 学校基本情况!P7 很可能有误，请核对）");
    expect(t.tables[0]?.emphasis.find((e) => e.row === L5_ROW && e.column === 7)?.kind).toBe("warn");
    expect(t.tables[0]?.rows[0]?.[7]).toBe("达标");
    expect(t.notes.some((n) => n.includes("很可能有误"))).toBe(true);
  });

  it("names three cells and counts the rest, in English too", () => {
    const issues = [5, 6, 7, 8, 9].map((row) => flagged(`学校基本情况!P${row}`));
    expect(sheet({ ...en, issues }).tables[0]?.rows[L5_ROW]?.[7]).toBe("Yes (rests on 学校基本情况!P5, 学校基本情况!P6, 学校基本情况!P7 and 2 more cells, most likely wrong: please check)");
    expect(sheet({ ...zh, issues }).tables[0]?.rows[L5_ROW]?.[7]).toBe("达标（所依据的 学校基本情况!P5、学校基本情况!P6、学校基本情况!P7 及另外 2 个单元格很可能有误，请核对）");
    expect(sheet({ ...en, issues: issues.slice(0, 4) }).tables[0]?.rows[L5_ROW]?.[7]).toBe("Yes (rests on 学校基本情况!P5, 学校基本情况!P6, 学校基本情况!P7 and 1 more cell, most likely wrong: please check)");
  });

  it("says nothing when no flagged cell is used", () => {
    const t = sheet({ ...zh, issues: [flagged("学校基本情况!P99")] });
    expect(t.tables[0]?.rows[L5_ROW]?.[7]).toBe("达标");
    expect(t.notes.some((n) => n.includes("很可能有误"))).toBe(false);
  });
});

describe("差异系数 综合 row's school count", () => {
  const rowsOf = (group: ReturnType<typeof makeGroup>) => coefficientsSheet(makeEvaluation({ counties: [makeCounty({ coefficients: [group] })] }), zh).tables[0]?.rows;

  it("is blank when some CV it averages is over fewer sections (wb6-onerow-perstage: L4 缺 1 校数据)", () => {
    const rows = rowsOf(withMissing(makeGroup(), { L4: 1 }));
    expect(rows?.[3]?.[7]).toBe("达标（缺 1 校数据）");
    expect(rows?.[7]?.[2]).toBeNull();
  });

  it("is the group's schools when every CV is over all of them (makeGroup: 3)", () => {
    expect(rowsOf(makeGroup())?.[7]?.[2]).toBe(3);
  });
});
