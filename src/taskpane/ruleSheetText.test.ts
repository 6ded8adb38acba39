import { builtInProfile } from "../profiles/resolveProfile";
import { readRuleRows } from "../workbook/read/readRuleSheet";
import { gridOf } from "../workbook/read/testing";
import { ruleSheetText } from "./ruleSheetText";

const NATIONAL = builtInProfile("national-2017");
const SICHUAN = builtInProfile("sichuan-guanghan-2024");
/** A 规则 sheet as the reader reads it: its override and the rows it could not read. */
function rules(rows: (string | number)[][]) {
  return readRuleRows(gridOf([["路径", "值"], ...rows], { sheet: "规则" }));
}

describe("ruleSheetText: the rule sheet's rows 评估 will not apply, before evaluating", () => {
  it("names the sheet alone when every row applies", () => {
    const read = rules([["cvLimits.primary", 0.45]]);
    expect(ruleSheetText("规则", read.override, read.issues, NATIONAL, "zh").text).toBe("规则表：规则");
  });
  it("a primary norm alone: refused by national-2017 (no junior norm to go with it), taken by Sichuan (1040 beside it)", () => {
    const read = rules([["guarantee.funding.norm.primary", 900]]);
    expect(ruleSheetText("规则", read.override, read.issues, NATIONAL, "zh").text).toBe("规则表：规则（1 项设置不采用：规则!B2；评估后列入“数据问题”）");
    expect(ruleSheetText("规则", read.override, read.issues, SICHUAN, "zh").text).toBe("规则表：规则");
    expect([NATIONAL, SICHUAN].map((p) => ruleSheetText("规则", read.override, read.issues, p, "zh").warn)).toEqual([true, false]);
  });
  it("counts a row the reader could not read (a mistyped path at A3) with one the profile refuses (B2), in English too", () => {
    const read = rules([["guarantee.funding.norm.primary", 900], ["cvLimit.primary", 0.4]]);
    expect(read.issues.map((i) => i.cell)).toEqual(["规则!A3"]);
    // In the sheet's order, row 2 before row 3 (before: the reader's A3 first, then the profile's B2).
    expect(ruleSheetText("规则", read.override, read.issues, NATIONAL, "en").text).toBe("Rule sheet: 规则 (2 entries not applied: 规则!B2, 规则!A3; listed in Data issues once evaluated)");
    // Sichuan takes B2: one entry left, said in the singular.
    expect(ruleSheetText("规则", read.override, read.issues, SICHUAN, "en").text).toBe("Rule sheet: 规则 (1 entry not applied: 规则!A3; listed in Data issues once evaluated)");
  });
  it("names five cells and says there are more", () => {
    // Rows 2–11, sorted by row number: sorted as text, A10 and A11 would come before A2.
    const read = rules(Array.from({ length: 10 }, (_, i) => [`noSuch.path${i}`, 1]));
    expect(ruleSheetText("规则", read.override, read.issues, NATIONAL, "zh").text).toBe("规则表：规则（10 项设置不采用：规则!A2、规则!A3、规则!A4、规则!A5、规则!A6 等；评估后列入“数据问题”）");
  });
  it("ignores the read's issues on other sheets (a school cell), and says when there is no rule sheet", () => {
    const school = { code: "read_negative", severity: "error", cell: "学校!C4", params: {} } as const;
    expect(ruleSheetText("规则", {}, [school], NATIONAL, "zh").text).toBe("规则表：规则");
    expect(ruleSheetText(null, null, [school], NATIONAL, "zh").text).toBe("未找到规则表（使用所选规则）");
  });
  it("says the profile cannot take an override that is no set of settings (runPipeline then stops with why)", () => {
    expect(ruleSheetText("规则", [1, 2], [], NATIONAL, "zh").text).toBe("规则表：规则（所选评估规则无法采用此表，评估时将说明原因）");
  });
});
