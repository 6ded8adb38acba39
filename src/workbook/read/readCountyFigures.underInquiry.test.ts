import { readCountyRow } from "./testing";

// R1 of s52: 违规择校 | 无（正在调查）, 否，调查中, 无（核查中） and 无违规择校行为 | 是（正在核实） cleared the veto as a plain 无:
// the county passed though its own cell says a reported case is still being looked into, so whether there was a
// case is not settled. Expected by hand: no figure, one error at B2 (the veto held 待评估); a finished inquiry (经调查,
// 已核查, 经排查) beside 无 is still none; 违规择校 | 有（正在调查） is still the case.
const INQUIRY = ["正在调查", "调查中", "核查中", "正在核实", "排查中", "仍在调查", "调查进行中"];
const REFUSED = { figures: [], issues: [["read_figure_remark_contradicts", "error", "县级指标!B2"]] };

describe("a veto answered 'no' with a remark saying a case is still being looked into", () => {
  it.each(INQUIRY)("违规择校 | 无（%s） → refused at B2, not cleared", (remark) => {
    expect(readCountyRow("违规择校", `无（${remark}）`)).toMatchObject(REFUSED);
  });

  it.each(INQUIRY)("违规择校 | 否，%s → refused at B2, not cleared", (remark) => {
    expect(readCountyRow("违规择校", `否，${remark}`)).toMatchObject(REFUSED);
  });

  it.each(INQUIRY)("无违规择校行为 | 是（%s） → refused at B2, not cleared", (remark) => {
    expect(readCountyRow("无违规择校行为", `是（${remark}）`)).toMatchObject(REFUSED);
  });

  it.each(["经调查", "已核查", "经排查"])("违规择校 | 无（%s） → still none: the inquiry is finished", (remark) => {
    expect(readCountyRow("违规择校", `无（${remark}）`).figures).toEqual([["V_school_choice", false, "县级指标!B2"]]);
  });

  it("reads 违规择校 | 有（正在调查） as the case", () => {
    expect(readCountyRow("违规择校", "有（正在调查）").figures).toEqual([["V_school_choice", true, "县级指标!B2"]]);
  });
});
