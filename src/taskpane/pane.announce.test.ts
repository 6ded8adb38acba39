/**
 * What a run ends with is read out by a screen reader: 完成 / Done in a live region (role status,
 * polite) that stays the same element from run to run, as a region created with its text is not
 * announced; a run that could not evaluate says why in an alert, as a failed step's notice does.
 */
import { gridOf } from "../workbook/read/testing";
import { click, FakeElement, typeInto } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = gridOf(
  [
    ["学校名称", "小学在校生数", "专任教师数"],
    ["城关小学", 400, 25],
    ["河口小学", 300, 20],
  ],
  { sheet: "学校" },
);
const { started } = paneSession({ grids: [SCHOOLS], proposal: { sheet: "学校", range: null, from: "used" } });

/** The live region `node` is in: itself or its nearest ancestor with role status or alert, and how polite. */
function liveRegionOf(node: FakeElement | null): [string | null, string | null] | null {
  // Up to the document, which is no element.
  for (let at = node; at instanceof FakeElement; at = at.parentNode) {
    const role = at.getAttribute("role");
    if (role === "status" || role === "alert") return [role, at.getAttribute("aria-live")];
  }
  return null;
}

describe("the pane: the end of a run read out", () => {
  it("says 完成 in a polite status region, the same element on the next run (not re-created), its text changed", async () => {
    const h = await started();
    const line = h.byId("progress-text");
    expect(liveRegionOf(line)).toEqual(["status", "polite"]);
    click(h.byId("evaluate"));
    await settle();
    expect([h.byId("progress-text"), line.textContent, h.byId("progress").hidden]).toEqual([line, "完成：已写入 6 张结果工作表。", false]);
    click(h.byId("evaluate"));
    await settle();
    expect([h.byId("progress-text"), line.textContent]).toEqual([line, "完成：已写入 6 张结果工作表。"]);
  });

  it("says Done in English in the same region", async () => {
    const h = await started({ lang: "en" });
    click(h.byId("evaluate"));
    await settle();
    expect([liveRegionOf(h.byId("progress-text")), h.byId("progress-text").textContent]).toEqual([["status", "polite"], "Done: 6 result sheets written."]);
  });

  it("says a failed step's reason in an alert (the notice)", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    let fail = false;
    const h = await started({ readSheet: async () => (fail ? Promise.reject(new Error("Office is busy")) : SCHOOLS) });
    fail = true;
    click(h.byId("evaluate"));
    await settle();
    expect([liveRegionOf(h.byId("notice"))?.[0], h.byId("notice").textContent]).toEqual(["alert", "读取工作簿失败：Office is busy"]);
  });

  it("says why a run could not evaluate in an alert, not in a line a screen reader passes over", async () => {
    const h = await started();
    typeInto(h.byId("range"), "A1:A3"); // the names alone: no students column to evaluate
    await settle();
    click(h.byId("evaluate"));
    await settle();
    const line = h.byId("glance").querySelectorAll("p")[0] ?? null;
    expect(line?.textContent).toMatch(/^无法评估：/u);
    expect(liveRegionOf(line)?.[0]).toBe("alert");
  });
});
