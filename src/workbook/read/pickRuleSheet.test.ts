import { message } from "../../messages/catalogue";
import { pickRuleSheet } from "./pickRuleSheet";

const none: ReadonlySet<string> = new Set();

describe("pickRuleSheet (tG finding 3)", () => {
  it("takes 规则 and 规则设置 as before, and no sheet when there is none", () => {
    expect(pickRuleSheet(["学校", "规则"], none)).toEqual({ sheet: "规则", hidden: false, candidates: ["规则"], issues: [] });
    expect(pickRuleSheet(["学校", "规则设置"], none).sheet).toBe("规则设置");
    expect(pickRuleSheet(["学校", "县级指标"], none)).toEqual({ sheet: null, hidden: false, candidates: [], issues: [] });
  });

  it("recognises Excel's copies 规则 (2), 规则(1), 规则（1） and 规则表 when each is the only one (F1, F4)", () => {
    for (const name of ["规则 (2)", "规则(1)", "规则（1）", "规则表", "Rules (2)"]) expect(pickRuleSheet(["学校", name], none).sheet).toBe(name);
    // Not a rule sheet: a name that only starts with 规则.
    expect(pickRuleSheet(["学校", "规则说明"], none).sheet).toBeNull();
  });

  it("applies the visible one of a hidden 规则 and a visible 规则 (2), saying which was left and why (G1.xlsx)", () => {
    const pick = pickRuleSheet(["学校", "规则", "规则 (2)"], new Set(["规则"]));
    expect(pick.sheet).toBe("规则 (2)");
    expect(pick.hidden).toBe(false);
    expect(pick.candidates).toEqual(["规则", "规则 (2)"]);
    expect(pick.issues).toEqual([{ code: "read_rule_sheet_chosen", severity: "warning", cell: null, params: { sheet: "规则 (2)", left: "规则" } }]);
    const issue = pick.issues[0];
    expect(issue && message(issue.code, issue.params, "zh")).toContain("隐藏");
    expect(issue && message(issue.code, issue.params, "en")).toContain("hidden");
  });

  it("refuses two visible rule sheets, naming both, and applies neither", () => {
    const pick = pickRuleSheet(["规则", "学校", "规则 (2)"], none);
    expect(pick.sheet).toBeNull();
    expect(pick.candidates).toEqual(["规则", "规则 (2)"]);
    expect(pick.issues.map((i) => [i.code, i.severity, i.params.sheets])).toEqual([["read_rule_sheets_ambiguous", "error", "规则、规则 (2)"]]);
  });

  it("applies a hidden rule sheet that is the only one, and says it is hidden (F3.xlsx)", () => {
    const pick = pickRuleSheet(["学校", "规则"], new Set(["规则"]));
    expect(pick.sheet).toBe("规则");
    expect(pick.hidden).toBe(true);
    expect(pick.issues.map((i) => [i.code, i.severity, i.params.sheet])).toEqual([["read_rule_sheet_hidden", "warning", "规则"]]);
    const issue = pick.issues[0];
    expect(issue && message(issue.code, issue.params, "zh")).toContain("隐藏");
  });
});
