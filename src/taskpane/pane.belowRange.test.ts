/**
 * A range that ends above more schools (a selection of the first rows of the table, or a range
 * typed so) says so under what was read, in the words 数据问题 gives it after 评估: before 评估,
 * where the range is chosen; gone once the range takes them in or is cleared.
 */
import { gridOf } from "../workbook/read/testing";
import { click, typeInto } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

// Header in row 1, three schools in rows 2–4: A1:C3 leaves out 新城小学 (row 4).
const SCHOOLS = gridOf(
  [
    ["学校名称", "小学在校生数", "专任教师数"],
    ["城关小学", 400, 25],
    ["河口小学", 300, 20],
    ["新城小学", 200, 12],
  ],
  { sheet: "学校" },
);
const PARTIAL = { sheet: "学校", range: "A1:C3", from: "selection" } as const;
const { started } = paneSession({ grids: [SCHOOLS], proposal: { sheet: "学校", range: null, from: "used" } });

const BELOW_ZH = "区域 A1:C3 之下还有学校（工作表“学校”的“新城小学”起），未读取：若它们也应参评，请扩大区域或不指定区域";
const BELOW_EN = "Schools go on under the range A1:C3 (from “新城小学” on sheet “学校”) and were not read: if they are to be evaluated, widen the range or give none";

/** The line under what was read, with whether it shows and in amber. */
function belowLine(h: Awaited<ReturnType<typeof started>>) {
  const line = h.byId("mapping-below-range");
  return { text: line.textContent, hidden: line.hidden, warn: line.classList.contains("warn-text") };
}

describe("the pane: schools under the range read, said before 评估", () => {
  it("says them after 使用当前选区 of A1:C3, under the 2 schools read (zh)", async () => {
    const h = await started();
    expect(belowLine(h)).toEqual({ text: "", hidden: true, warn: true });
    h.setProposal(PARTIAL);
    click(h.byId("use-selection"));
    await settle();
    expect(h.byId("range-hint").textContent).toBe("已采用当前选区（首行为表头）。");
    expect(h.byId("mapping-rows").textContent).toBe("已读取 学校!A1:C3：表头在第 1 行，学校 2 条。");
    expect(belowLine(h)).toEqual({ text: BELOW_ZH, hidden: false, warn: true });
  });

  it("says them in English for a range typed, and no longer once widened to A1:C4 or cleared", async () => {
    const h = await started({ lang: "en" });
    typeInto(h.byId("range"), "A1:C3");
    await settle();
    expect(belowLine(h)).toEqual({ text: BELOW_EN, hidden: false, warn: true });
    typeInto(h.byId("range"), "A1:C4");
    await settle();
    expect(h.byId("mapping-rows").textContent).toBe("Read 学校!A1:C4: header row 1, 3 school rows.");
    expect(belowLine(h)).toEqual({ text: "", hidden: true, warn: true });
    typeInto(h.byId("range"), "A1:C3");
    await settle();
    expect(belowLine(h).hidden).toBe(false);
    typeInto(h.byId("range"), "");
    await settle();
    expect(belowLine(h)).toEqual({ text: "", hidden: true, warn: true });
  });

  it("keeps it after 评估, where 数据问题 says the same words at A4", async () => {
    const h = await started();
    typeInto(h.byId("range"), "A1:C3");
    await settle();
    click(h.byId("evaluate"));
    await settle();
    expect(belowLine(h).text).toBe(BELOW_ZH);
    const issue = h.byId("issues").querySelectorAll("li").find((li) => (li.textContent ?? "").includes("之下还有学校"));
    expect(issue?.textContent).toContain("学校!A4");
    expect(issue?.textContent).toContain(BELOW_ZH);
  });
});
