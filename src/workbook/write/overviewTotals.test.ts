import { evaluatedEntry, type OverviewEntry } from "./overviewEntry";
import { cityTotals, totalsRow } from "./overviewTotals";
import { makeCounty, makeEvaluation } from "./testing/makeEvaluation";
import type { Issue, PassingShare } from "../../engine/types";

const error: Issue = { code: "read_bad_number", severity: "error", cell: "学校基本情况!E7", params: {} };
const passing = (evaluated: number, pass: number, unjudged: number, met: boolean | null = null): PassingShare => ({ noStudents: 0, evaluated, passing: pass, unjudged, inScope: evaluated + unjudged, share: evaluated === 0 ? null : pass / evaluated, target: met === null ? null : { year: 2024, share: 0.5 }, met });
const failed: OverviewEntry = { file: "坏.xlsx", outcome: { ok: false, reasons: ["无法读取"] } };
const metResources = makeCounty().areas.map((a) => (a.area === "resources" ? { ...a, verdict: "met" as const, reasons: [], pending: [] } : a));

describe("cityTotals", () => {
  it("adds up the county rows: 3 counties, sections 8 + 3 + 0 in scope, 5 + 0 + 0 passing of 6 + 1 judged", () => {
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县", areas: metResources, passing: passing(6, 5, 2, true), recognised: true }), makeCounty({ county: "乙县", passing: passing(1, 0, 2, false) })] });
    // 丙县: no section judged (0 of 0): it adds nothing to the share, which is 5 / 7 over the judged sections (rules.md), not 5 / 11 over those in scope.
    const totals = cityTotals([evaluatedEntry("某市.xlsx", city, [error, error], "r.xlsx"), evaluatedEntry("丙县.xlsx", makeEvaluation({ counties: [makeCounty({ county: "丙县", passing: passing(0, 0, 0) })] }), [error], "r.xlsx"), failed]);
    expect(totals).toMatchObject({ counties: 3, workbooksFailed: 1, areasMet: { resources: 1, guarantee: 0, quality: 0, recognition: 0 }, targetMet: 1, withTarget: 2, recognised: 1, inScope: 11, passing: 5, unjudged: 4, errors: 3, warnings: 0 });
    expect(totals?.share).toBeCloseTo(5 / 7, 12);
  });

  it("leaves the share null when no section was judged anywhere (not 0), and is null when no county was evaluated", () => {
    expect(cityTotals([evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ passing: passing(0, 0, 3) })] }), [], "r.xlsx")])).toMatchObject({ inScope: 3, passing: 0, share: null });
    expect(cityTotals([failed])).toBeNull();
    expect(cityTotals([evaluatedEntry("空县.xlsx", makeEvaluation({ counties: [] }), [], "r.xlsx")])).toBeNull();
    expect(cityTotals([])).toBeNull();
  });
});

describe("totalsRow", () => {
  it("puts the totals in the county table's columns, areas as met/evaluated, green when every county meets it", () => {
    const entries = [evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ areas: metResources, passing: passing(4, 3, 1), recognised: true })] }), [error], "r.xlsx")];
    const row = totalsRow(cityTotals(entries), 2024, "zh");
    const value = (c: unknown) => (typeof c === "object" && c !== null && "value" in c ? c.value : c);
    // No county with a target (passing(…) without met): 达到目标 blank, not 0/1.
    // 22 columns: 工作簿 县区 年度, four areas, 参评 达标 无法评估 比例 range 目标年度 目标比例 达到目标 认定, 未达标 待评估 说明, 错误 警告 结果.
    // Range: 1 unjudged of 5 in scope, 3 passing → 3 / 5 = 60.0% … 4 / 5 = 80.0%.
    expect(row?.map(value)).toEqual(["全市", "1 个县区", 2024, "1/1", "0/1", "0/1", "0/1", 5, 3, 1, 0.75, "60.0% 至 80.0%", null, null, null, "1/1", null, null, null, 1, 0, null]);
    expect(row?.[3]).toMatchObject({ emphasis: "good" });
    expect(totalsRow(cityTotals(entries), null, "en")?.slice(0, 3)).toEqual(["All counties", "1 county", null]);
    expect(totalsRow(cityTotals([failed]), null, "zh")).toBeNull();
  });

  it("says how many counties the rows are when one is in two workbooks (南湖 and 南湖区), and counts the unnamed rows apart, as no known county", () => {
    const one = (county: string | null) => evaluatedEntry(`${county ?? "无名"}.xlsx`, makeEvaluation({ counties: [makeCounty({ county, passing: passing(2, 1, 0) })] }), [], "r.xlsx");
    // 南湖区 and 南湖 one county, 北山县 another: 2 counties; the two unnamed rows are no county known (before: "5 行（4 个县区，…）", each a county of its own).
    const entries = [one("南湖区"), one("南湖"), one("北山县"), one(null), one(null)];
    expect(cityTotals(entries)).toMatchObject({ counties: 5, distinct: 2, unnamed: 2 });
    expect(totalsRow(cityTotals(entries), null, "zh")?.[1]).toBe("5 行（2 个县区，有县区出现在多个工作簿中；另有 2 行未注明县区）");
    expect(totalsRow(cityTotals(entries), null, "en")?.[1]).toBe("5 rows (2 counties, some in several workbooks; 2 more rows name no county)");
    expect(cityTotals([one("南湖区"), one("北山县")])).toMatchObject({ counties: 2, distinct: 2, unnamed: 0 });
    expect(totalsRow(cityTotals([one("南湖区"), one("南湖")]), null, "zh")?.[1]).toBe("2 行（1 个县区，该县区出现在多个工作簿中）");
  });

  it("says an unnamed workbook's row in the count instead of counting it a county (R4: 6 个县区 for a city of five with one)", () => {
    const one = (county: string | null) => evaluatedEntry(`${county ?? "无名"}.xlsx`, makeEvaluation({ counties: [makeCounty({ county, passing: passing(2, 1, 0) })] }), [], "r.xlsx");
    // Five counties named once each, one row unnamed: 6 rows, which the fractions (x/6) count.
    const city = [one("北山县"), one("东湖县"), one("西河县"), one("东山县"), one("南湖区"), one(null)];
    expect(cityTotals(city)).toMatchObject({ counties: 6, distinct: 5, unnamed: 1 });
    expect(totalsRow(cityTotals(city), null, "zh")?.[1]).toBe("6 行（5 个县区；另有 1 行未注明县区）");
    expect(totalsRow(cityTotals(city), null, "zh")?.[3]).toMatchObject({ value: "0/6" });
    expect(totalsRow(cityTotals(city), null, "en")?.[1]).toBe("6 rows (5 counties; 1 more row names no county)");
    // R4's city3: 北山县 and two unnamed workbooks (before: "3 个县区").
    expect(totalsRow(cityTotals([one("北山县"), one(null), one(null)]), null, "zh")?.[1]).toBe("3 行（1 个县区；另有 2 行未注明县区）");
    expect(totalsRow(cityTotals([one("北山县"), one(null), one(null)]), null, "en")?.[1]).toBe("3 rows (1 county; 2 more rows name no county)");
    // None named: no county known at all.
    expect(totalsRow(cityTotals([one(null), one(null)]), null, "zh")?.[1]).toBe("2 行（均未注明县区）");
    expect(totalsRow(cityTotals([one(null), one(null)]), null, "en")?.[1]).toBe("2 rows (none names its county)");
    expect(totalsRow(cityTotals([one(null)]), null, "en")?.[1]).toBe("1 row (its county not named)");
  });

  it("gives the city's range once its unjudged sections count, as each county row does: 5 passing, 4 unjudged of 11 in scope → 5/11 … 9/11", () => {
    // 甲县 6 judged (5 passing), 2 unjudged: 8 in scope; 乙县 1 judged (0 passing), 2 unjudged: 3 in scope.
    // All 4 unjudged failing: 5 / 11 = 0.454545… → 45.5%; all passing: (5 + 4) / 11 = 0.818181… → 81.8%.
    const city = makeEvaluation({ counties: [makeCounty({ county: "甲县", passing: passing(6, 5, 2) }), makeCounty({ county: "乙县", passing: passing(1, 0, 2) })] });
    const entries = [evaluatedEntry("某市.xlsx", city, [], "r.xlsx")];
    expect(totalsRow(cityTotals(entries), null, "zh")?.[11]).toEqual({ value: "45.5% 至 81.8%", emphasis: "warn", link: null, format: null });
    expect(totalsRow(cityTotals(entries), null, "en")?.[11]).toEqual({ value: "45.5% to 81.8%", emphasis: "warn", link: null, format: null });
    // Every section judged: no range, the share is the city's.
    const judged = [evaluatedEntry("甲县.xlsx", makeEvaluation({ counties: [makeCounty({ passing: passing(4, 3, 0) })] }), [], "r.xlsx")];
    expect(totalsRow(cityTotals(judged), null, "zh")?.[11]).toBeNull();
  });

  it("says one county in the singular when its two workbooks are the only rows (南湖区 and 南湖)", () => {
    const one = (county: string) => evaluatedEntry(`${county}.xlsx`, makeEvaluation({ counties: [makeCounty({ county, passing: passing(2, 1, 0) })] }), [], "r.xlsx");
    const entries = [one("南湖区"), one("南湖")];
    expect(cityTotals(entries)).toMatchObject({ counties: 2, distinct: 1 });
    expect(totalsRow(cityTotals(entries), null, "en")?.[1]).toBe("2 rows (1 county: it appears in several workbooks)");
    expect(totalsRow(cityTotals(entries), null, "zh")?.[1]).toBe("2 行（1 个县区，该县区出现在多个工作簿中）");
  });
});
