import { message } from "../../messages/catalogue";
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
    // Why, in the catalogue's words in either language (a CV limit of −1 is too small), not the validator's English.
    const invalid = result.issues[3];
    expect(invalid && message(invalid.code, invalid.params, "zh")).toBe("规则“cvLimits.junior”的值不被接受，已忽略：值太小");
    expect(invalid && message(invalid.code, invalid.params, "en")).toBe("Rule “cvLimits.junior”: the value is not accepted and was ignored: the value is too small");
  });

  it("reads an empty rule sheet as an empty override", () => {
    expect(readRuleSheet(gridOf([["路径", "值"]], { sheet: "规则" }))).toEqual({ override: {}, issues: [] });
  });
});
