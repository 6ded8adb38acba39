import { paneDoneLine, ribbonDoneLine } from "./doneLine";

/** The six sheets a run writes, as buildResultSheets names them in Chinese. */
const SIX = ["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"];

describe("paneDoneLine", () => {
  it("says the sheets written, and nothing more on a first run (zh, en)", () => {
    expect(paneDoneLine({ count: SIX.length, replaced: [] }, "zh")).toBe("完成：已写入 6 张结果工作表。");
    expect(paneDoneLine({ count: SIX.length, replaced: [] }, "en")).toBe("Done: 6 result sheets written.");
  });

  it("says how many earlier result sheets were replaced, one in the singular (zh, en)", () => {
    expect(paneDoneLine({ count: 6, replaced: SIX.slice(0, 1) }, "zh")).toBe("完成：已写入 6 张结果工作表，已替换上次评估的 1 张结果表。");
    expect(paneDoneLine({ count: 6, replaced: SIX.slice(0, 1) }, "en")).toBe("Done: 6 result sheets written; they replaced the 1 result sheet of the last evaluation.");
    // Six of the last run and two left from one before it (汇总 (2), 数据问题 (2)): 6 + 2 = 8.
    const eight = [...SIX, "汇总 (2)", "数据问题 (2)"];
    expect(paneDoneLine({ count: 6, replaced: eight }, "zh")).toBe("完成：已写入 6 张结果工作表，已替换上次评估的 8 张结果表。");
    expect(paneDoneLine({ count: 6, replaced: eight }, "en")).toBe("Done: 6 result sheets written; they replaced the 8 result sheets of the last evaluation.");
  });
});

describe("ribbonDoneLine", () => {
  it("says the result sheets were updated, and how many earlier ones were replaced when any were (zh, en)", () => {
    expect(ribbonDoneLine([], "zh")).toBe("评估完成，已更新结果工作表。");
    expect(ribbonDoneLine([], "en")).toBe("Evaluation done; result sheets updated.");
    expect(ribbonDoneLine(SIX, "zh")).toBe("评估完成，已更新结果工作表：已替换上次评估的 6 张结果表。");
    expect(ribbonDoneLine(["汇总"], "en")).toBe("Evaluation done; result sheets updated: they replaced the 1 result sheet of the last evaluation.");
  });
});
