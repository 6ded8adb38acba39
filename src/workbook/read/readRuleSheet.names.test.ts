import { message } from "../../messages/catalogue";
import { overrideEntries } from "../../profiles/overrideEntries";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readRuleSheet } from "./readRuleSheet";
import { gridOf } from "./testing";

/** A 规则 sheet of 路径 | 值 with `rows` below its header (row 1 is the header, the first row given is row 2). */
const sheet = (rows: readonly (readonly [string, string | number])[]) => gridOf([["路径", "值"], ...rows], { sheet: "规则" });
const said = (issue: { code: string; params: Readonly<Record<string, string | number>> } | undefined, lang: "zh" | "en") => (issue === undefined ? "" : message(issue.code, issue.params, lang));

describe("readRuleSheet, a setting named in words", () => {
  it("takes the help page's meaning, zh with its unit, zh without it, en, as the path: 40 / 1000 / 1200 / 0.5", () => {
    const result = readRuleSheet(
      sheet([
        ["小学班额上限（人）", 40],
        ["小学生均公用经费标准", 1000],
        ["Junior secondary: public-funding norm (yuan per student a year)", 1200],
        ["初中 差异系数上限", 0.5],
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(result.override).toEqual({ guarantee: { classSize: { primary: 40 }, funding: { norm: { primary: 1000, junior: 1200 } } }, cvLimits: { junior: 0.5 } });
    // Each entry keeps the words it was given by, and its value's cell.
    expect(overrideEntries(result.override).map((e) => [e.path, e.name, e.cell])).toEqual([
      ["guarantee.classSize.primary", "小学班额上限（人）", "规则!B2"],
      ["guarantee.funding.norm.primary", "小学生均公用经费标准", "规则!B3"],
      ["guarantee.funding.norm.junior", "Junior secondary: public-funding norm (yuan per student a year)", "规则!B4"],
      ["cvLimits.junior", "初中 差异系数上限", "规则!B5"],
    ]);
  });

  it("refuses the same setting by path on row 2 and by name on row 3 as given twice, in the words of row 3", () => {
    const result = readRuleSheet(sheet([["guarantee.classSize.primary", 40], ["小学班额上限", 42]]));
    expect(result.override).toEqual({ guarantee: { classSize: { primary: 40 } } });
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_duplicate", "规则!B3"]]);
    expect(said(result.issues[0], "zh")).toBe("规则“小学班额上限”重复：已在 规则!B2 给出，采用该处的值，本行已忽略；请删去其中一行");
  });

  it("says of a value refused by its kind, and by the profile, the setting as the row named it", () => {
    const result = readRuleSheet(sheet([["小学班额上限", "高"], ["小学差异系数上限", -1]]));
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_rule_bad_value", "规则!B2"],
      ["read_rule_invalid", "规则!B3"],
    ]);
    expect(said(result.issues[0], "zh")).toBe("规则“小学班额上限”的值“高”类型不对（应为数值），已忽略");
    expect(said(result.issues[1], "en")).toMatch(/^Rule “小学差异系数上限” is not accepted and was ignored: /);
  });

  it("keeps a funding norm given by name alone under national-2017 from standing without its pair: read_rule_incomplete names the junior path", () => {
    const result = readRuleSheet(sheet([["小学生均公用经费标准", 800]]), builtInProfile("national-2017"));
    expect(result.issues.map((i) => [i.code, i.cell, i.params.path, i.params.paths])).toEqual([["read_rule_incomplete", "规则!B2", "小学生均公用经费标准", "guarantee.funding.norm.junior"]]);
    // The pair named as a row may name it, by its meaning, with the path it may also give.
    expect(said(result.issues[0], "zh")).toBe("规则“小学生均公用经费标准”须与同组的其他设置项一并给出，已忽略：缺少 “初中生均公用经费标准（元/生·年）”（guarantee.funding.norm.junior）");
    expect(said(result.issues[0], "en")).toBe("Rule “小学生均公用经费标准” must be given together with the other settings of its group and was ignored: “Junior secondary: public-funding norm (yuan per student a year)” (guarantee.funding.norm.junior) not given");
  });

  it("suggests the nearest name for a mistyped one (上线 for 上限), and none for words that name nothing, pointing to the help page", () => {
    const result = readRuleSheet(sheet([["小学班额上线", 40], ["教师工资", 1]]));
    expect(result.override).toEqual({});
    expect(result.issues.map((i) => [i.code, i.cell, i.params.near])).toEqual([
      ["read_rule_unknown_path_near", "规则!A2", "小学班额上限（人）"],
      ["read_rule_unknown_path", "规则!A3", undefined],
    ]);
    const unknown = { ...result.issues[1]!, params: { ...result.issues[1]!.params, profile: "国家标准" } };
    expect(said(unknown, "zh")).toBe(
      "规则表中的设置项“教师工资”不存在，已忽略；可用的设置项即所选评估规则（国家标准）的各项设置，列表见帮助页（help.html）的“规则表”一节：第一列写其含义（如“小学班额上限”）或路径（如 guarantee.classSize.primary）",
    );
  });

  it("quotes an unknown English name as written, its spaces kept, and still finds the name a slip away (capp for cap)", () => {
    const result = readRuleSheet(sheet([["Primary: class-size capp", 40], ["  Teachers pay rise ", 1]]));
    expect(result.issues.map((i) => [i.code, i.cell, i.params.path, i.params.near])).toEqual([
      ["read_rule_unknown_path_near", "规则!A2", "Primary: class-size capp", "Primary: class-size cap (students)"],
      ["read_rule_unknown_path", "规则!A3", "Teachers pay rise", undefined],
    ]);
  });
});
