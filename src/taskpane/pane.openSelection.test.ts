import { OfficeNavigator } from "../adapters/office/OfficeNavigator";
import { FakeExcel } from "../adapters/office/testing/fakeExcel";
import { gridOf } from "../workbook/read/testing";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = gridOf(
  [
    ["学校名称", "小学在校生数", "专任教师数"],
    ["城关小学", 400, 25],
  ],
  { sheet: "学校" },
);
const COVER = gridOf([["填表说明：本表由县教育局填写"]], { sheet: "说明" });

const { created } = paneSession({ grids: [COVER, SCHOOLS], proposal: { sheet: "学校", range: null, from: "used" } });

/** The pane on a workbook with no saved settings whose user has Ctrl-selected two areas of 学校 (B1:C2 and B5:C6). */
function openedOnTwoAreas() {
  const excel = new FakeExcel();
  excel.model.addSheet("说明");
  excel.model.activeSheet = excel.model.addSheet("学校");
  excel.model.selection = { sheet: excel.model.activeSheet, box: { top: 0, left: 1, bottom: 1, right: 2 }, more: [{ top: 4, left: 1, bottom: 5, right: 2 }] };
  const h = created();
  Object.assign(h.env, { navigator: new OfficeNavigator(excel.run) });
  return h;
}

describe("the pane opened on a selection of several areas", () => {
  it("lists the sheets and reads the active sheet's used range, without a failure", async () => {
    const h = openedOnTwoAreas();
    await h.pane.start();
    await settle();
    expect(h.byId("sheet").querySelectorAll("option").map((o) => o.textContent)).toEqual(["自动（按学校名称、在校生数表头选表）", "说明", "学校"]);
    // Several areas are no one range the user marked: 自动, the reader's choice, as the CLI reads.
    expect(h.byId("sheet").value).toBe("");
    expect(h.byId("range-hint").textContent).toBe("自动：读取表头含学校名称和在校生数的工作表（小学、初中分表时一并读取，有多个年度时取最新年度）；如需其他工作表，请在“工作表”中选择。");
    expect(h.byId("notice").hidden).toBe(true);
    expect(h.calls.reads[0]?.sheet).toBeUndefined();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“学校”（1 条）");
  });

  it("still lists the sheets when the proposal fails for another reason, and says what failed", async () => {
    const h = created();
    const failing = { ...h.env.navigator, proposeRange: () => Promise.reject(new Error("GeneralException: host busy")) };
    Object.assign(h.env, { navigator: failing });
    await h.pane.start();
    await settle();
    expect(h.byId("sheet").querySelectorAll("option").map((o) => o.textContent)).toEqual(["自动（按学校名称、在校生数表头选表）", "说明", "学校"]);
    expect(h.byId("notice").hidden).toBe(false);
    expect(h.byId("notice").textContent).toContain("host busy");
  });
});
