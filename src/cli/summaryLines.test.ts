import { builtInProfile } from "../profiles/resolveProfile";
import { summaryLines } from "./summaryLines";
import type { Evaluation, Issue } from "../engine/types";
import { makeCounty, makeItem } from "../workbook/write/testing/makeEvaluation";

const NO_COUNTIES: Evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
const issue = (severity: Issue["severity"]): Issue => ({ code: "x", severity, cell: null, params: {} });

describe("summaryLines: the count of data issues", () => {
  it("errors and warnings, the notes left out when there are none", () => {
    expect(summaryLines(NO_COUNTIES, [issue("error"), issue("warning"), issue("warning")], "zh")).toEqual(["数据问题：1 个错误、2 个警告（详见“数据问题”表）"]);
  });
  it("the notes counted too when there are any, as the 数据问题 sheet lists them", () => {
    const issues = [issue("warning"), issue("info"), issue("info"), issue("info")];
    expect(summaryLines(NO_COUNTIES, issues, "zh")).toEqual(["数据问题：0 个错误、1 个警告、3 条提示（详见“数据问题”表）"]);
    expect(summaryLines(NO_COUNTIES, issues, "en")).toEqual(["Data issues: 0 errors, 1 warning, 3 notes (see the Data issues sheet)"]);
  });
  it("a line before the counts for the school rows left out, which the counts of sections above are without", () => {
    const duplicate: Issue = { code: "read_duplicate_school", severity: "error", cell: "表!A9", params: { name: "一小", first: "表!A2" } };
    expect(summaryLines(NO_COUNTIES, [duplicate], "en")).toEqual(["1 school row was not read (duplicates: 1)", "Data issues: 1 error, 0 warnings (see the Data issues sheet)"]);
  });
  it("no issues at all", () => {
    expect(summaryLines(NO_COUNTIES, [], "zh")).toEqual(["数据问题：0 个错误、0 个警告（详见“数据问题”表）"]);
  });
});

describe("summaryLines: a county's line", () => {
  const county = (unjudged: number) => makeCounty({ passing: { noStudents: 0, evaluated: 1, passing: 1, unjudged, inScope: 1 + unjudged, share: 1, target: { year: 2024, share: 0.85 }, met: unjudged === 0 } });
  const line = (unjudged: number, lang: "zh" | "en") => summaryLines({ ...NO_COUNTIES, counties: [county(unjudged)] }, [], lang)[0];

  it("says how many sections could not be evaluated beside the share, which alone would read as 100%", () => {
    expect(line(4, "zh")).toContain("1/1（100.0%，2024年目标 85.0%；另有 4 个无法评估）");
    expect(line(4, "en")).toContain("(100.0%; 2024 target 85.0%; 4 more could not be evaluated)");
    expect(line(0, "zh")).toContain("1/1（100.0%，2024年目标 85.0%）");
  });

  it("shows a share that misses its target with the decimals that keep it below (96/113 = 84.956…% against 85%), as the sheets do", () => {
    const short = makeCounty({ passing: { noStudents: 0, evaluated: 113, passing: 96, unjudged: 0, inScope: 113, share: 96 / 113, target: { year: 2024, share: 0.85 }, met: false } });
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [short] }, [], "zh");
    expect(zh).toContain("96/113（84.96%，2024年目标 85.0%）");
    // Far from its target, the share keeps the sheets' one decimal: 100/113 = 88.495…%.
    const far = makeCounty({ passing: { noStudents: 0, evaluated: 113, passing: 100, unjudged: 0, inScope: 113, share: 100 / 113, target: { year: 2024, share: 0.85 }, met: true } });
    expect(summaryLines({ ...NO_COUNTIES, counties: [far] }, [], "zh")[0]).toContain("100/113（88.5%，2024年目标 85.0%）");
  });

  it("says how many could not be evaluated when none was judged (0/0 alone hid them)", () => {
    const none = makeCounty({ passing: { noStudents: 0, evaluated: 0, passing: 0, unjudged: 3, inScope: 3, share: null, target: { year: 2024, share: 0.85 }, met: null } });
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [none] }, [], "zh");
    const [en] = summaryLines({ ...NO_COUNTIES, counties: [none] }, [], "en");
    expect(zh).toContain("学校（学段）达标 0/0（3 个无法评估）；");
    expect(en).toContain("0/0 (3 could not be evaluated);");
  });

  it("says a profile has no yearly target rather than a dash (national-2017 leaves them to the provinces)", () => {
    const none = makeCounty({ passing: { noStudents: 0, evaluated: 2, passing: 1, unjudged: 0, inScope: 2, share: 0.5, target: null, met: null } });
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [none] }, [], "zh");
    const [en] = summaryLines({ ...NO_COUNTIES, counties: [none] }, [], "en");
    expect([zh, en].map((l) => l?.slice(l.indexOf("1/2")))).toEqual(["1/2（50.0%，规则未设年度目标）；认定：不予认定", "1/2 (50.0%; no yearly target in the profile); overall: not recognised as quality-balanced"]); // makeCounty: not recognised
    // With a year the profile plans nothing for (2023 under a plan from 2024 on), that year is named.
    const [zh2023] = summaryLines({ ...NO_COUNTIES, year: 2023, counties: [none] }, [], "zh");
    const [en2023] = summaryLines({ ...NO_COUNTIES, year: 2023, counties: [none] }, [], "en");
    expect([zh2023, en2023].map((l) => l?.slice(l.indexOf("1/2"), l.indexOf(")") + 1 || undefined))).toEqual(["1/2（50.0%，规则未设2023年目标）；认定：不予认定", "1/2 (50.0%; no target for 2023 in the profile)"]);
    // A profile that sets no targets at all (national-2017) plans none for 2024 either: said without the year, as on 汇总.
    expect(summaryLines({ ...NO_COUNTIES, year: 2024, counties: [none] }, [], "zh", builtInProfile("national-2017"))[0]).toContain("1/2（50.0%，规则未设年度目标）");
    expect(summaryLines({ ...NO_COUNTIES, year: 2023, counties: [none] }, [], "zh", builtInProfile("sichuan-guanghan-2024"))[0]).toContain("1/2（50.0%，规则未设2023年目标）");
  });

  it("says the sections in scope with no students, which the share leaves out (学校达标 lists them as 无法评估)", () => {
    const closed = makeCounty({ passing: { noStudents: 1, evaluated: 5, passing: 5, unjudged: 0, inScope: 5, share: 1, target: null, met: null } });
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [closed] }, [], "zh");
    const [en] = summaryLines({ ...NO_COUNTIES, counties: [closed] }, [], "en");
    expect(zh).toContain("达标 5/5（100.0%，规则未设年度目标），另有 1 个在校生数为 0，不计入；认定");
    expect(en).toContain("5/5 (100.0%; no yearly target in the profile), 1 more with no students, not counted; overall");
  });

  it("says beside 资源配置 达标 the coefficients it was judged without (one junior school), as 汇总 says them", () => {
    const caveats = [{ code: "cv_not_computable" as const, stage: "junior" as const, indicators: ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const, cause: "too_few_sections" as const, schools: 1 }];
    const county = makeCounty();
    const areas = county.areas.map((a) => (a.area === "resources" ? { ...a, verdict: "met" as const, reasons: [], pending: [], caveats } : a));
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [{ ...county, areas }] }, [], "zh");
    const [en] = summaryLines({ ...NO_COUNTIES, counties: [{ ...county, areas }] }, [], "en");
    expect(zh).toContain("资源配置 达标（初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定），政府保障");
    expect(en).toContain("resource allocation: met (Junior secondary: no CV can be computed (only 1 school section), so none counts in the resource allocation verdict), government");
  });

  it("says beside 政府保障 that G3 was met on an estimate (the sample's 25 schools), as 汇总 says it", () => {
    const county = makeCounty({ items: [makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } })] });
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [county] }, [], "zh");
    const [en] = summaryLines({ ...NO_COUNTIES, counties: [county] }, [], "en");
    expect(zh).toContain("政府保障 未达标（G3 达标为估算，待核实（25 所学校）），");
    expect(en).toContain("government guarantee: not met (G3 met on an estimate, to be checked (25 schools)),");
    // Met on the schools' own compliant rooms: nothing to add.
    const counted = makeCounty({ items: [makeItem({ code: "G3", verdict: "met", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0 } })] });
    expect(summaryLines({ ...NO_COUNTIES, counties: [counted] }, [], "zh")[0]).not.toContain("估算");
  });

  it("says why 资源配置 is 待评估 when a stage was not read (one primary school: no junior secondary section)", () => {
    const county = makeCounty();
    const areas = county.areas.map((a) => (a.area === "resources" ? { ...a, verdict: "not_assessed" as const, reasons: ["stage_missing_junior"], pending: ["stage_missing_junior"] } : a));
    const [zh] = summaryLines({ ...NO_COUNTIES, counties: [{ ...county, areas }] }, [], "zh");
    const [en] = summaryLines({ ...NO_COUNTIES, counties: [{ ...county, areas }] }, [], "en");
    expect(zh).toContain("资源配置 待评估（未读到初中学校（学段），初中的差异系数和学校达标情况无法评估；如本县有初中，请检查学校数据表是否包含初中学校、学段或办学类型列是否填写），政府保障");
    expect(en).toContain("resource allocation: not yet assessed (no junior secondary school section was read, so the junior secondary difference coefficients and pass rate cannot be assessed; if the county has junior secondary schools, check that the school sheet includes them and that their stage or school type is given), government");
  });
});
