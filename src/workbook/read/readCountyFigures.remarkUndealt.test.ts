import { message } from "../../messages/catalogue";
import { readCountyRow } from "./testing";

// R1 of s51: s51 H1 let 未整改, 未处理 and 撤销处分 stand after a yes, so that 有（未整改） is a veto's case. Beside
// an item that is no veto, a yes is "met", and such a remark says it is not: 农村留守儿童关爱体系健全 | 是（未整改）
// and 学校规模不超过2000人 | 达到（未整改） were read as met, where before they were refused (read_figure_bad_value).
// Expected by hand: not read, one error at the cell quoting the answer and the remark; the item not assessed.
const UNDEALT = "read_figure_remark_undealt";

describe("an item that is no veto answered as met with a remark saying it is not put right", () => {
  it.each([
    ["农村留守儿童关爱体系健全", "是（未整改）"],
    ["农村留守儿童关爱体系健全", "是，未处理"],
    ["农村留守儿童关爱体系健全", "是（撤销党内职务）"],
    ["学校规模不超过2000人", "达到（未整改）"],
    ["无过重课业负担", "是（未整改）"],
  ])("%s | %s → no figure, one error at B2", (item, value) => {
    expect(readCountyRow(item, value)).toMatchObject({ figures: [], issues: [[UNDEALT, "error", "县级指标!B2"]] });
  });

  it("says so in zh and en, quoting the answer and the remark", () => {
    const { params } = readCountyRow("农村留守儿童关爱体系健全", "是（未整改）");
    expect(params[0]).toMatchObject({ item: "农村留守儿童关爱体系健全", text: "是（未整改）", answer: "是", remark: "未整改" });
    expect(message(UNDEALT, params[0] ?? {}, "zh")).toBe(
      "“农村留守儿童关爱体系健全”填写为“是（未整改）”：答案“是”表示达到要求，其后的说明“未整改”却表示尚未整改或处理到位，含义不明，未读取：该项暂未评估，请在该单元格改填“是”或“否”",
    );
    expect(message(UNDEALT, params[0] ?? {}, "en")).toBe(
      "“农村留守儿童关爱体系健全”: in “是（未整改）”, the answer “是” says the item is met, but the remark “未整改” after it says something is not yet put right or dealt with; not read, so the item is not assessed: enter 是 or 否 (met or not) in that cell",
    );
  });

  it("still reads 是（已整改） as met, 学生课业负担过重 | 是（未整改） as not met, and a veto's 有（未整改） as a case", () => {
    expect(readCountyRow("农村留守儿童关爱体系健全", "是（已整改）").figures).toEqual([["G15_left_behind_care", true, "县级指标!B2"]]);
    expect(readCountyRow("学生课业负担过重", "是（未整改）").figures).toEqual([["Q8_workload", false, "县级指标!B2"]]);
    expect(readCountyRow("违规择校", "有（未整改）").figures).toEqual([["V_school_choice", true, "县级指标!B2"]]);
  });
});

// s52 H1: 农村留守儿童关爱体系健全 | 是（不再发生） was read as met while 是（未整改） was refused. 不再发生 (and 无新增, 此后未再发生)
// says a problem happened and stopped: a veto's case after 有, but no answer that an item that is no veto is met.
// Expected by hand: not read, one error at B2 quoting the answer and the remark; 否（不再发生） refused as before (after a
// no, such words say a case happened: R2 of s50).
describe("an item that is no veto answered as met with a remark saying a problem stopped", () => {
  const STOPPED = "read_figure_remark_stopped";

  it.each([
    ["农村留守儿童关爱体系健全", "是（不再发生）"],
    ["农村留守儿童关爱体系健全", "是，此后未再发生"],
    ["农村留守儿童关爱体系健全", "是（无新增）"],
    ["学校规模不超过2000人", "达到（不再发生）"],
    ["无过重课业负担", "是（不再发生）"],
  ])("%s | %s → no figure, one error at B2", (item, value) => {
    expect(readCountyRow(item, value)).toMatchObject({ figures: [], issues: [[STOPPED, "error", "县级指标!B2"]] });
  });

  it("says so in zh and en, quoting the answer and the remark", () => {
    const { params } = readCountyRow("农村留守儿童关爱体系健全", "是（不再发生）");
    expect(params[0]).toMatchObject({ item: "农村留守儿童关爱体系健全", text: "是（不再发生）", answer: "是", remark: "不再发生" });
    expect(message(STOPPED, params[0] ?? {}, "zh")).toBe(
      "“农村留守儿童关爱体系健全”填写为“是（不再发生）”：答案“是”表示达到要求，其后的说明“不再发生”却是在说某个问题已不再发生，并未说明该项是否达到要求，含义不明，未读取：该项暂未评估，请在该单元格改填“是”或“否”",
    );
    expect(message(STOPPED, params[0] ?? {}, "en")).toBe(
      "“农村留守儿童关爱体系健全”: in “是（不再发生）”, the answer “是” says the item is met, but the remark “不再发生” after it says a problem has stopped, which does not say whether the item is met; not read, so the item is not assessed: enter 是 or 否 (met or not) in that cell",
    );
  });

  it("still refuses 否（不再发生）, reads 学生课业负担过重 | 是（不再发生） as not met, and a veto's 有1起（不再发生） as a case", () => {
    expect(readCountyRow("农村留守儿童关爱体系健全", "否（不再发生）")).toMatchObject({ figures: [], issues: [["read_figure_bad_value", "error", "县级指标!B2"]] });
    expect(readCountyRow("学生课业负担过重", "是（不再发生）").figures).toEqual([["Q8_workload", false, "县级指标!B2"]]);
    expect(readCountyRow("违规择校", "有1起（不再发生）").figures).toEqual([["V_school_choice", true, "县级指标!B2"]]);
  });
});
