import { saysNoRemark } from "./noRemark";

describe("saysNoRemark: a 备注 cell with nothing to remark (s49 H1, F7)", () => {
  it.each(["无", "无。", " 无 ", "没有", "空", "暂无", "无备注", "暂无备注", "暂无数据", "无数据", "数据不详", "—", "--", "/", "／"])("%s → true", (text) => {
    expect(saysNoRemark(text)).toBe(true);
  });

  // Real remarks, and values a 备注 may give when the value cells are blank (read there as before).
  it.each(["有", "96%", "初中1起", "小学不统计", "无（有1例）", "待核实", "问卷调查", "无法统计的学校已剔除", "暂无数据的学校2所"])("%s → false", (text) => {
    expect(saysNoRemark(text)).toBe(false);
  });
});
