import { unverifiedRemark } from "./unverifiedRemark";

describe("unverifiedRemark: a value said to be not yet checked (reviewer R3 of s48, F9)", () => {
  it("takes the value and the words after it in brackets or after a comma, or before it after a colon", () => {
    expect(["96.8%（待核实）", "96.8%，待核实", "96.8% (待确认)。", "待核实：86%", "0.12（暂定）"].map(unverifiedRemark)).toEqual([
      { value: "96.8%", remark: "待核实" },
      { value: "96.8%", remark: "待核实" },
      { value: "96.8%", remark: "待确认" },
      { value: "86%", remark: "待核实" },
      { value: "0.12", remark: "暂定" },
    ]);
  });

  it("leaves alone the words alone, a year, another remark and a value without one", () => {
    expect(["待核实", "96.8%（2024年）", "96.8%（上年95.1%）", "96.8%", "暂无数据"].map(unverifiedRemark)).toEqual([null, null, null, null, null]);
  });
});
