import { gridOf } from "../workbook/read/testing";
import { choose, click } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = gridOf(
  [
    ["学校名称", "小学在校生数", "初中在校生数", "专任教师数", "网络多媒体教室", "教学仪器设备资产值（万元）"],
    ["九年一贯制学校", 300, 200, 40, 12, 50],
    ["城关小学", 400, null, 25, 8, 30],
  ],
  { sheet: "学校" },
);
// A primary norm alone: national-2017 has no junior norm to go with it (refused at B2); Sichuan's 1040 completes it. A3's path is mistyped.
const RULES = gridOf([["路径", "值"], ["guarantee.funding.norm.primary", 900], ["cvLimit.primary", 0.4]], { sheet: "规则" });

const { started } = paneSession({ grids: [SCHOOLS, RULES], proposal: { sheet: "学校", range: null, from: "used" } });

describe("the pane: the rule sheet's entries not applied, said before 评估", () => {
  it("names the rows the reader and the chosen profile leave out, and again after another profile is chosen", async () => {
    const h = await started();
    const line = h.byId("rule-sheet");
    expect([line.textContent, line.classList.contains("warn-text")]).toEqual(["规则表：规则（2 项设置不采用：规则!B2、规则!A3；评估后列入“数据问题”）", true]);
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    expect([line.textContent, line.classList.contains("warn-text")]).toEqual(["规则表：规则（1 项设置不采用：规则!A3；评估后列入“数据问题”）", true]);
  });

  it("lists the same rows among the problems once evaluated", async () => {
    const h = await started();
    click(h.byId("evaluate"));
    await settle();
    const issues = JSON.stringify(h.calls.specs.at(-1)?.find((s) => s.name === "数据问题"));
    expect([...new Set(issues.match(/规则!\w+/gu))].sort()).toEqual(["规则!A3", "规则!B2"]);
  });

  it("in English", async () => {
    const h = await started({ lang: "en" });
    expect(h.byId("rule-sheet").textContent).toBe("Rule sheet: 规则 (2 entries not applied: 规则!B2, 规则!A3; listed in Data issues once evaluated)");
  });
});
