import { saysNoData } from "./noDataAnswer";

describe("saysNoData", () => {
  it("takes what counties write for a figure they do not have yet", () => {
    for (const text of ["暂无数据", "无数据", "没有数据", "数据暂缺", "暂缺数据", "尚未统计", "待统计", "待核实", "不详", "暂无统计数据", " 暂无数据 ", "暂无数据。", "暂无数据（待残联核对）", "暂无数据(2024年未开展调查)", "数据不详", "未知"]) {
      expect([text, saysNoData(text)]).toEqual([text, true]);
    }
  });

  it("takes the words a sheet's note uses for unknown (noDataMarks) in a cell too: 缺失, 缺失数据, 无法统计, spaced or full-width", () => {
    for (const text of ["缺失", "缺失数据", "无法统计", "无法统计。", "暂 无 数 据", "无法统计（调查未开展）"]) {
      expect([text, saysNoData(text)]).toEqual([text, true]);
    }
  });

  it("takes the words of a value not yet checked (unverifiedRemark) standing alone, as 待核实 was: 待确认, 尚未核实, 待审核, 暂定", () => {
    for (const text of ["待核实", "待确认", "尚未核实", "待审核", "暂定", "待确认（教育局）", "正在核实"]) {
      expect([text, saysNoData(text)]).toEqual([text, true]);
    }
  });

  it("leaves answers and values alone: 暂无 / 无 / 没有 answer a veto item (no case), and a figure is a figure", () => {
    for (const text of ["暂无", "无", "没有", "否", "96%", "0.96", "暂无数据96%", "有数据", "数据见附件", "未发生", "—", ""]) {
      expect([text, saysNoData(text)]).toEqual([text, false]);
    }
  });
});
