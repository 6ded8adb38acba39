import { message } from "../../messages/catalogue";
import { overrideEntries } from "../../profiles/overrideEntries";
import { builtInProfile } from "../../profiles/resolveProfile";
import { withOverride } from "../../profiles/withOverride";
import { convertSetting, readRuleSheet } from "./readRuleSheet";
import { gridOf } from "./testing";

describe("convertSetting", () => {
  it("reads percent text as the decimal written: 88.6% → 0.886 (not 88.6 / 100), １２％ → 0.12", () => {
    const leaf = { kind: "number", nullable: false } as const;
    expect(convertSetting("88.6%", leaf)).toEqual({ ok: true, value: 0.886 });
    expect(convertSetting("１２％", leaf)).toEqual({ ok: true, value: 0.12 });
    expect(convertSetting("92.6%", leaf)).toEqual({ ok: true, value: 0.926 });
  });
});

describe("readRuleSheet", () => {
  it("builds a nested override converted by the schema's types", () => {
    const grid = gridOf(
      [
        ["路径", "值"],
        ["cvLimits.primary", "0.45"],
        ["standards.junior.L6", 2600],
        ["scope.includePrivate", "否"],
        ["passRule.floorRatio", "85%"],
        ["guarantee.rooms.relaxedOld", "无"],
        ["targets", '[{"year":2025,"share":1}]'],
      ],
      { sheet: "规则" },
    );
    expect(readRuleSheet(grid)).toEqual({
      override: {
        cvLimits: { primary: 0.45 },
        standards: { junior: { L6: 2600 } },
        scope: { includePrivate: false },
        passRule: { floorRatio: 0.85 },
        guarantee: { rooms: { relaxedOld: null } },
        targets: [{ year: 2025, share: 1 }],
      },
      issues: [],
    });
  });

  it("reports an unknown path, a value of the wrong kind and a value the profile rejects, at their cells", () => {
    const grid = gridOf(
      [
        ["cvLimits.senior", 0.4],
        ["scope.includePrivate", "也许"],
        ["cvLimits.junior", -1],
        ["countyItems.G8_pay_ratio.unit", "percent"],
        ["cvLimits.primary", 0.5],
      ],
      { sheet: "规则设置" },
    );
    const result = readRuleSheet(grid);
    expect(result.override).toEqual({ cvLimits: { primary: 0.5 } });
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_rule_unknown_path", "规则设置!A1"],
      ["read_rule_bad_value", "规则设置!B2"],
      ["read_rule_bad_value", "规则设置!B4"],
      ["read_rule_invalid", "规则设置!B3"],
    ]);
    expect(result.issues[3]?.params.path).toBe("cvLimits.junior");
    // Why, in the catalogue's words in either language (a CV limit of −1 is out of its range, which is said), not the validator's English.
    const invalid = result.issues[3];
    expect(invalid && message(invalid.code, invalid.params, "zh")).toBe("规则“cvLimits.junior”不被接受，已忽略：须大于 0 且不超过 1：差异系数限值写成小数，如 0.45，不写 45");
    expect(invalid && message(invalid.code, invalid.params, "en")).toBe(
      "Rule “cvLimits.junior” is not accepted and was ignored: must be above 0 and at most 1: write a coefficient limit as a fraction, e.g. 0.45, not 45",
    );
  });

  it("reads an empty rule sheet as an empty override", () => {
    expect(readRuleSheet(gridOf([["路径", "值"]], { sheet: "规则" }))).toEqual({ override: {}, issues: [] });
  });

  it("keeps the cell each accepted setting was read from, for the notes and the report (U2-规则表.xlsx)", () => {
    const grid = gridOf(
      [
        ["路径", "值"],
        ["standards.primary.L4", 3.8],
        ["passRule.floorRatio", "80%"],
        ["cvLimits.junior", "abc"],
      ],
      { sheet: "规则" },
    );
    const { override, issues } = readRuleSheet(grid);
    expect(overrideEntries(override)).toEqual([
      { path: "standards.primary.L4", value: 3.8, cell: "规则!B2" },
      { path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" },
    ]);
    // The rejected setting is an issue at its cell, not an entry.
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_bad_value", "规则!B4"]]);
  });

  it("accepts a unit cost given alone (U6-规则表单项成本.xlsx): the others stay unpriced (null)", () => {
    const { override, issues } = readRuleSheet(gridOf([["路径", "值"], ["unitCosts.teacher", 200000]], { sheet: "规则" }));
    expect(issues).toEqual([]);
    expect(override).toEqual({ unitCosts: { teacher: 200000 } });
    expect(withOverride(builtInProfile("national-2017"), override).unitCosts).toEqual({ teacher: 200000, teachingAreaM2: null, sportsAreaM2: null, multimediaRoom: null });
  });

  it("says which settings of a group must be given with a key the profile leaves null, not that the value is of the wrong kind", () => {
    // national-2017 has no funding norm (null): a primary norm alone leaves the junior one unset.
    const { override, issues } = readRuleSheet(gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 720], ["cvLimits.primary", 0.45]], { sheet: "规则" }));
    expect(override).toEqual({ cvLimits: { primary: 0.45 } });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["read_rule_incomplete", "规则!B2"]]);
    const issue = issues[0];
    expect(issue && message(issue.code, issue.params, "zh")).toBe("规则“guarantee.funding.norm.primary”须与同组的其他设置项一并给出，已忽略：缺少 “初中生均公用经费标准（元/生·年）”（guarantee.funding.norm.junior）");
    expect(issue && message(issue.code, issue.params, "en")).toBe(
      "Rule “guarantee.funding.norm.primary” must be given together with the other settings of its group and was ignored: “Junior secondary: public-funding norm (yuan per student a year)” (guarantee.funding.norm.junior) not given",
    );
  });
});

describe("readRuleSheet: a year's target given twice (the tester's rules_dup.xlsx)", () => {
  it("refuses the targets row at its value cell, saying the year is given twice; the other rows stand", () => {
    const grid = gridOf([["路径", "值"], ["targets", '[{"year":2024,"share":0.85},{"year":2024,"share":0.9}]'], ["cvLimits.primary", 0.5]], { sheet: "规则" });
    const result = readRuleSheet(grid);
    expect(result.override).toEqual({ cvLimits: { primary: 0.5 } });
    expect(result.issues.map((i) => [i.code, i.cell, i.params.profileProblem])).toEqual([["read_rule_invalid", "规则!B2", "profile_target_year_twice"]]);
  });
});

describe("readRuleSheet: the header row's words", () => {
  it.each([
    ["设置", "值"],
    ["设置", "设定值"],
    ["设定", "值"],
    ["设置名称", "值"],
    ["规则名称", "配置值"],
    ["Setting", "Value"],
  ])("takes %p | %p as the header, not as a setting it does not know", (path, value) => {
    const { override, issues } = readRuleSheet(gridOf([[path, value], ["cvLimits.primary", 0.45]], { sheet: "规则" }));
    expect(issues).toEqual([]);
    expect(override).toEqual({ cvLimits: { primary: 0.45 } });
  });

  it("reads a sheet without a header by its first two cells, a lone 设置 heading skipped", () => {
    const { override, issues } = readRuleSheet(gridOf([["设置"], ["cvLimits.junior", 0.4]], { sheet: "规则" }));
    expect(issues).toEqual([]);
    expect(override).toEqual({ cvLimits: { junior: 0.4 } });
  });

  it("still refuses an unknown setting under such a header, at its cell", () => {
    const { issues } = readRuleSheet(gridOf([["设置", "值"], ["班额上线", 45]], { sheet: "规则" }));
    expect(issues.map((i) => [i.code.startsWith("read_rule_unknown_path"), i.cell])).toEqual([[true, "规则!A2"]]);
  });
});

describe("readRuleSheet: a header naming the path column but no clear value column (reviewer R3 of s48, R-a)", () => {
  const rules = (rows: unknown[][]) => readRuleSheet(gridOf(rows as never, { sheet: "规则" }));

  it("reads 新值 / 调整后 / 本县 beside 原值 as the value: 0.45, not the old 0.5", () => {
    for (const header of ["新值", "调整后", "本县"]) {
      expect(rules([["设置", "原值", header], ["cvLimits.primary", 0.5, 0.45]])).toEqual({ override: { cvLimits: { primary: 0.45 } }, issues: [] });
    }
  });

  it("refuses the sheet at its path header when the value cannot be told (路径 | 原值 | 说明, 设置 | 原值, 路径 | 国家标准 | 本县方案): nothing applied", () => {
    const cases: [unknown[], string][] = [
      [["路径", "原值", "说明"], "路径 | 原值 | 说明"],
      [["设置", "原值"], "设置 | 原值"],
      [["路径", "国家标准", "本县方案"], "路径 | 国家标准 | 本县方案"],
    ];
    for (const [header, found] of cases) {
      const read = rules([["规则表"], header, ["cvLimits.primary", 0.5, 0.45]]);
      expect([read.override, read.issues.map((i) => [i.code, i.severity, i.cell, i.params["found"]])]).toEqual([{}, [["read_rule_no_value_column", "error", "规则!A2", found]]]);
    }
  });

  it("says so in zh and en", () => {
    const issue = rules([["设置", "原值", "说明"], ["cvLimits.primary", 0.5, "国家标准"]]).issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "规则表的表头“设置 | 原值 | 说明”有设置项列，但看不出哪一列是要采用的值（“原值”“默认值”“国家标准”等列不作为取值）；本表的设置均未采用，仍按所选评估规则：请把要采用的值所在列的表头改为“值”（或“新值”“调整后”）",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "The rule sheet's header “设置 | 原值 | 说明” has a setting column but no column that is clearly the value to apply (columns such as 原值, 默认值 or 国家标准 are not taken as values); none of the sheet's settings was applied, the chosen profile's apply: head the column of the values to apply 值 (or 新值, 调整后)",
    );
  });

  it("still reads one column beside the path (路径 | 内容) and a sheet with no header, as before", () => {
    expect(rules([["路径", "内容"], ["cvLimits.primary", 0.45]])).toEqual({ override: { cvLimits: { primary: 0.45 } }, issues: [] });
    expect(rules([["cvLimits.primary", 0.45], ["cvLimits.junior", 0.4]])).toEqual({ override: { cvLimits: { primary: 0.45, junior: 0.4 } }, issues: [] });
  });
});

describe("readRuleSheet: a header word in the first cell of a sheet without a header, a value beside it", () => {
  const rules = (rows: unknown[][]) => readRuleSheet(gridOf(rows as never, { sheet: "规则" }));
  /** The issues as [code is an unknown path's, cell, path said]. */
  const unknown = (rows: unknown[][]) => rules(rows).issues.map((i) => [i.code.startsWith("read_rule_unknown_path"), i.cell, i.params["path"]]);

  it("refuses 设置 | 0.4, 路径 | 0.4, 项目 | \"0.4\" and 项目 | ０．４ at the first cell as a setting it does not know (they were dropped as a header, without a word)", () => {
    expect(unknown([["设置", 0.4], ["cvLimits.junior", 0.4]])).toEqual([[true, "规则!A1", "设置"]]);
    expect(unknown([["cvLimits.junior", 0.4], ["路径", 0.4]])).toEqual([[true, "规则!A2", "路径"]]);
    expect(unknown([["cvLimits.junior", 0.4], ["项目", "0.4"]])).toEqual([[true, "规则!A2", "项目"]]);
    expect(unknown([["cvLimits.junior", 0.4], ["项目", "０．４"]])).toEqual([[true, "规则!A2", "项目"]]);
    // The settings beside it are applied: 0.4 to cvLimits.junior, nothing from the refused row.
    expect(rules([["设置", 0.4], ["cvLimits.junior", 0.4]]).override).toEqual({ cvLimits: { junior: 0.4 } });
  });

  it("refuses 项目 | 0.4 | 0.5 at its cell, not the whole sheet as a header without a clear value column", () => {
    const read = rules([["项目", 0.4, 0.5], ["cvLimits.junior", 0.4]]);
    expect(read.override).toEqual({ cvLimits: { junior: 0.4 } });
    expect(read.issues.map((i) => [i.code.startsWith("read_rule_unknown_path"), i.cell])).toEqual([[true, "规则!A1"]]);
  });

  it("still skips a row that is a header: the word alone, or beside a blank, 内容 or 说明", () => {
    for (const header of [["设置"], ["路径", null, null], ["项目", "内容"], ["设置", "说明"], ["Setting", "Content"], ["规则", null, "说明"]]) {
      expect([header, rules([header, ["cvLimits.junior", 0.4]])]).toEqual([header, { override: { cvLimits: { junior: 0.4 } }, issues: [] }]);
    }
  });
});
