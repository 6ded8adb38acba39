import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { builtInProfile, resolveProfile } from "../profiles/resolveProfile";
import { withProfileParams } from "./profileParams";

const NATIONAL = builtInProfile("national-2017");

/** national-2017 with a teaching-point cut-off of 100 and the monitoring standard at level Ⅳ (4), as a 规则 sheet or --profile may set them. */
const STRICTER = resolveProfile({ extends: "national-2017", id: "stricter", scope: { teachingPointMinStudents: 100 }, countyItems: { Q9_monitoring_level: { threshold: 4 } } });

const TEACHING_POINT: Issue = { code: "read_type_name_teaching_point", severity: "warning", cell: "学校基本情况!B3", params: { name: "王村教学点", text: "小学", type: "primary" } };
const LEVEL: Issue = { code: "read_figure_level_not_stated", severity: "warning", cell: "县级指标!B2", params: { item: "义务教育质量监测", text: "是", countyItem: "Q9_monitoring_level" } };
const OTHER: Issue = { code: "read_total_row", severity: "info", cell: "学校!A20", params: { row: 20 } };

describe("withProfileParams: the profile's values for the texts that state them", () => {
  it("gives the teaching-point cut-off of the profile in effect (100, not the national 50) in both languages", () => {
    const [filled] = withProfileParams([TEACHING_POINT], STRICTER);
    expect(filled).toEqual({ ...TEACHING_POINT, params: { ...TEACHING_POINT.params, min: 100 } });
    expect(message(filled?.code ?? "", filled?.params, "zh")).toContain("不足100人的教学点不参评");
    expect(message(filled?.code ?? "", filled?.params, "en")).toContain("those under 100 students are out of scope");
  });

  it("gives the national cut-off, 50, under national-2017", () => {
    expect(withProfileParams([TEACHING_POINT], NATIONAL)[0]?.params).toEqual({ ...TEACHING_POINT.params, min: 50 });
  });

  it("gives the monitoring level as the monitoring names it (4 → Ⅳ) and as a number, in both languages", () => {
    const [filled] = withProfileParams([LEVEL], STRICTER);
    expect(filled?.params).toEqual({ ...LEVEL.params, level: "Ⅳ", levelNumber: 4 });
    expect(message(filled?.code ?? "", filled?.params, "zh")).toContain("（Ⅳ级以上）");
    expect(message(filled?.code ?? "", filled?.params, "en")).toContain("(level Ⅳ or above)");
    expect(withProfileParams([LEVEL], NATIONAL)[0]?.params).toEqual({ ...LEVEL.params, level: "Ⅲ", levelNumber: 3 });
  });

  it("quotes a level that is no whole level 1–4 as its number", () => {
    const odd = resolveProfile({ extends: "national-2017", id: "odd", countyItems: { Q9_monitoring_level: { threshold: 2.5 } } });
    expect(withProfileParams([LEVEL], odd)[0]?.params).toEqual({ ...LEVEL.params, level: 2.5, levelNumber: 2.5 });
  });

  /** A G8 ratio given as 1.05 beside amounts 10400 / 10000 = 1.04, as the reader says it (under national-2017's threshold 1: both reach it, 0.01 apart). */
  const PAY_PARAMS = { item: "教师与公务员工资之比", given: 1.05, givenRatio: 1.05, computed: 1.04, teacherCell: "县级指标!B3", teacher: 10400, civilCell: "县级指标!B4", civil: 10000 };
  const DIFFERS: Issue = { code: "read_figure_pay_ratio_differs", severity: "warning", cell: "县级指标!B2", params: PAY_PARAMS };

  it("judges a G8 ratio given beside its amounts against the profile's threshold: 1.05 vs 1.04 fails on the amounts at 1.05, quoting 1.05 in both languages", () => {
    const at105 = resolveProfile({ extends: "national-2017", id: "pay105", countyItems: { G8_pay_ratio: { threshold: 1.05 } } });
    const [checked] = withProfileParams([DIFFERS], at105);
    expect(checked).toEqual({ code: "read_figure_pay_ratio_fails_on_amounts", severity: "warning", cell: "县级指标!B2", params: { ...PAY_PARAMS, threshold: 1.05 } });
    const zh = message(checked?.code ?? "", checked?.params, "zh");
    const en = message(checked?.code ?? "", checked?.params, "en");
    expect(zh).toContain("为 1.05（不低于1.05），但按工资金额 县级指标!B3（10400）÷ 县级指标!B4（10000）计算为 1.04（低于1.05）");
    expect(en).toContain("(“教师与公务员工资之比”: 1.05, at least 1.05)");
    expect(en).toContain("1.04, below 1.05) disagree");
  });

  it("keeps the national judgement under national-2017 (threshold 1): 1.05 vs 1.04 only differs", () => {
    expect(withProfileParams([DIFFERS], NATIONAL)).toEqual([{ ...DIFFERS, params: { ...PAY_PARAMS, threshold: 1 } }]);
  });

  it("turns a failure at 1 into agreement at 0.99: 1.00 vs 9960 / 10000 = 0.996 both reach 0.99, 0.004 apart (a note, not a warning)", () => {
    const params = { ...PAY_PARAMS, given: 1, givenRatio: 1, computed: 0.996, teacher: 9960 };
    const fails: Issue = { code: "read_figure_pay_ratio_fails_on_amounts", severity: "warning", cell: "县级指标!B2", params };
    const at099 = resolveProfile({ extends: "national-2017", id: "pay099", countyItems: { G8_pay_ratio: { threshold: 0.99 } } });
    expect(withProfileParams([fails], at099)).toEqual([{ code: "read_figure_pay_amounts_agree", severity: "info", cell: "县级指标!B2", params: { ...params, threshold: 0.99 } }]);
  });

  // Tester tV finding 7: the hint named src/profiles/data/national-2017.json under any profile.
  it("names the profile in effect in an unknown rule path's hint, in both languages, never national-2017.json", () => {
    const far: Issue = { code: "read_rule_unknown_path", severity: "error", cell: "规则!A3", params: { path: "小学L1标准" } };
    const near: Issue = { code: "read_rule_unknown_path_near", severity: "error", cell: "规则!A2", params: { path: "standards.primery.L1", near: "standards.primary.L1" } };
    const filled = withProfileParams([far, near], STRICTER);
    expect(filled.map((i) => i.params)).toEqual([{ ...far.params, profile: "stricter" }, { ...near.params, profile: "stricter" }]);
    for (const issue of filled) {
      for (const lang of ["zh", "en"] as const) {
        const text = message(issue.code, issue.params, lang);
        expect(text).toContain("stricter");
        // The list is the help page's 规则表 section (the README's is a profile file's reference).
        expect(text).toContain("help.html");
        expect(text).not.toContain("national-2017");
      }
    }
  });

  it("leaves other issues as they are, in their order (the same objects)", () => {
    const issues = [OTHER, TEACHING_POINT, OTHER];
    const out = withProfileParams(issues, STRICTER);
    expect(out.map((i) => i.code)).toEqual(["read_total_row", "read_type_name_teaching_point", "read_total_row"]);
    expect(out[0]).toBe(OTHER);
    expect(out[2]).toBe(OTHER);
  });

  it("gives nothing for no issues", () => {
    expect(withProfileParams([], STRICTER)).toEqual([]);
  });
});
