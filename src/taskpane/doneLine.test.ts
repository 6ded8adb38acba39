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

describe("paneDoneLine after the user renamed earlier results", () => {
  it("names the kept sheet and this run's sheet of its role, after the count (zh, en)", () => {
    // 汇总 renamed 汇总10月: kept; the other five of the last run replaced.
    const written = { count: 6, replaced: SIX.slice(1), keptRenamed: [{ kept: "汇总10月", name: "汇总" }] };
    expect(paneDoneLine(written, "zh")).toBe("完成：已写入 6 张结果工作表，已替换上次评估的 5 张结果表。您改过名或复制的早先结果表已保留，未随本次评估更新：“汇总10月”（本次结果见“汇总”）。");
    expect(paneDoneLine(written, "en")).toBe(
      "Done: 6 result sheets written; they replaced the 5 result sheets of the last evaluation. The earlier result sheet you renamed or copied was kept and not updated: “汇总10月” (this evaluation's is “汇总”).",
    );
  });

  it("lists two, in the plural in English, and says it on a line that replaced none (every earlier result renamed)", () => {
    const keptRenamed = [
      { kept: "Summary Oct", name: "Summary" },
      { kept: "Schools Oct", name: "Schools (2)" },
    ];
    expect(paneDoneLine({ count: 6, replaced: [], keptRenamed }, "en")).toBe(
      "Done: 6 result sheets written. The earlier result sheets you renamed or copied were kept and not updated: “Summary Oct” (this evaluation's is “Summary”), “Schools Oct” (this evaluation's is “Schools (2)”).",
    );
    expect(paneDoneLine({ count: 6, replaced: [], keptRenamed: [] }, "zh")).toBe("完成：已写入 6 张结果工作表。");
  });
});

describe("ribbonDoneLine", () => {
  it("names a renamed result kept, as the pane's line does (zh)", () => {
    expect(ribbonDoneLine(SIX.slice(1), "zh", [{ kept: "汇总10月", name: "汇总" }])).toBe(
      "评估完成，已更新结果工作表：已替换上次评估的 5 张结果表。您改过名或复制的早先结果表已保留，未随本次评估更新：“汇总10月”（本次结果见“汇总”）。",
    );
  });

  it("says the result sheets were updated, and how many earlier ones were replaced when any were (zh, en)", () => {
    expect(ribbonDoneLine([], "zh")).toBe("评估完成，已更新结果工作表。");
    expect(ribbonDoneLine([], "en")).toBe("Evaluation done; result sheets updated.");
    expect(ribbonDoneLine(SIX, "zh")).toBe("评估完成，已更新结果工作表：已替换上次评估的 6 张结果表。");
    expect(ribbonDoneLine(["汇总"], "en")).toBe("Evaluation done; result sheets updated: they replaced the 1 result sheet of the last evaluation.");
  });
});
