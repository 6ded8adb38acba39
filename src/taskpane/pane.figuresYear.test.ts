/**
 * A county figures sheet of another year than the one chosen: the reader leaves it out
 * (read_figures_other_year), and the pane's figures line says so — it said 未找到县级指标表, as if
 * the workbook had none, while 数据问题 said it was there and not used.
 */
import { gridOf } from "../workbook/read/testing";
import { choose } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = gridOf(
  [
    ["示例县2024年义务教育学校基本情况", null, null],
    ["学校名称", "小学在校生数", "专任教师数"],
    ["城关小学", 400, 25],
    ["河口小学", 300, 20],
  ],
  { sheet: "学校" },
);
const FIGURES = gridOf([["示例县2024年县级指标", null], ["项目", "数值"], ["初中三年巩固率", "96%"]], { sheet: "县级指标" });
const { started } = paneSession({ grids: [SCHOOLS, FIGURES], proposal: { sheet: "学校", range: null, from: "used" } });

describe("the pane: a county figures sheet of another year", () => {
  it("names the figures sheet read for its own year, and says it is not used once another year is chosen (zh)", async () => {
    const h = await started();
    expect([h.byId("figures-sheet").textContent, h.byId("figures-sheet").classList.contains("warn-text")]).toEqual(["县级指标表：县级指标", false]);
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    choose(h.byId("year"), "2025");
    await settle();
    expect(h.calls.reads.at(-1)?.year).toBe(2025);
    // In amber, as the rule line's rows not applied.
    expect([h.byId("figures-sheet").textContent, h.byId("figures-sheet").classList.contains("warn-text")]).toEqual(["县级指标表不是所选评估年度的，未采用：县级指标（政府保障与质量部分项目待评估）", true]);
    // Back to the year of the sheets: read, and no longer amber.
    choose(h.byId("year"), "2024");
    await settle();
    expect([h.byId("figures-sheet").textContent, h.byId("figures-sheet").classList.contains("warn-text")]).toEqual(["县级指标表：县级指标", false]);
  });

  it("says so in English too", async () => {
    const h = await started({ lang: "en" });
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    choose(h.byId("year"), "2025");
    await settle();
    expect(h.byId("figures-sheet").textContent).toBe("County figures of another year than the one chosen, not used: 县级指标 (some guarantee and quality items are not yet assessed)");
  });
});
