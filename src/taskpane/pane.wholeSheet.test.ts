/**
 * 使用整张表 sits under the 工作表 list and reads the whole used range of the sheet chosen there,
 * whichever sheet is active in Excel; 使用当前选区 still takes Excel's selection (its sheet).
 */
import { gridOf } from "../workbook/read/testing";
import { choose, click, typeInto } from "./testing/fakeDom";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = twoSchools("学校基本情况");
const FIGURES = gridOf([["项目", "数值"], ["初中三年巩固率", "96%"]], { sheet: "县级指标" });
const SCHOOLS_USED = usedRangeOf("学校基本情况");
/** Excel's active sheet once the user has gone to look at the county's figures. */
const FIGURES_ACTIVE = { sheet: "县级指标", range: null, from: "used" } as const;

const { started } = paneSession({ grids: [SCHOOLS, FIGURES], proposal: SCHOOLS_USED });

describe("the pane: 使用整张表", () => {
  it("reads the whole sheet chosen in the list, not Excel's active sheet", async () => {
    const h = await started();
    typeInto(h.byId("range"), "A1:F2");
    await settle();
    h.setProposal(FIGURES_ACTIVE);
    click(h.byId("use-used"));
    await settle();
    const last = h.calls.reads[h.calls.reads.length - 1];
    expect([last?.sheet, last?.range]).toEqual(["学校基本情况", undefined]);
    expect(h.byId("sheet").value).toBe("学校基本情况");
    expect(h.byId("range").value).toBe("");
    expect(h.byId("range-hint").textContent).toBe("已采用工作表“学校基本情况”的整张表（已用区域）。");
    expect(h.mappingRows().map((r) => r.field)).toEqual(["name", "students", "students", "teachers", "multimediaRooms", "equipmentValue"]);
  });

  it("reads the sheet chosen in the list when it is not the active one, and says so in English", async () => {
    const h = await started({ lang: "en" });
    choose(h.byId("sheet"), "县级指标");
    await settle();
    h.setProposal(SCHOOLS_USED);
    click(h.byId("use-used"));
    await settle();
    expect(h.calls.reads[h.calls.reads.length - 1]?.sheet).toBe("县级指标");
    expect(h.byId("range-hint").textContent).toBe("Using the whole used range of the sheet “县级指标”.");
  });

  it("lists the county figures sheet the read found after the school sheet, in a group of its own, still there to choose (zh, en)", async () => {
    const h = await started();
    const options = h.byId("sheet").querySelectorAll("option");
    expect(options.map((o) => [o.value, o.closest("optgroup")?.label ?? null])).toEqual([
      ["", null],
      ["学校基本情况", null],
      ["县级指标", "县级指标表（非学校数据）"],
    ]);
    const en = await started({ lang: "en" });
    expect(en.byId("sheet").querySelector("optgroup")?.label).toBe("County figures sheets (not school data)");
  });

  it("reads a range typed with its sheet (as the pane writes a range read) as that sheet's range, the sheet chosen with it", async () => {
    const h = await started();
    typeInto(h.byId("range"), "'学校基本情况'!A1:F2");
    await settle();
    const last = h.calls.reads[h.calls.reads.length - 1];
    expect([last?.sheet, last?.range]).toEqual(["学校基本情况", "A1:F2"]);
    expect([h.byId("sheet").value, h.byId("range").value]).toEqual(["学校基本情况", "A1:F2"]);
    expect(h.byId("mapping-status").textContent).toBe("");
  });

  it("reads a range typed with full-width forms (a Chinese input method's ：, ！, Ａ３) as its half-width A1 notation, and shows it so", async () => {
    const h = await started();
    typeInto(h.byId("range"), "学校基本情况！Ａ１：Ｆ２");
    await settle();
    const last = h.calls.reads[h.calls.reads.length - 1];
    expect([last?.sheet, last?.range]).toEqual(["学校基本情况", "A1:F2"]);
    expect([h.byId("sheet").value, h.byId("range").value]).toEqual(["学校基本情况", "A1:F2"]);
    typeInto(h.byId("range"), "A1：F2");
    await settle();
    expect(h.calls.reads[h.calls.reads.length - 1]?.range).toBe("A1:F2");
    expect(h.byId("range").value).toBe("A1:F2");
    expect(h.byId("mapping-status").textContent).toBe("");
  });

  it("says a range typed with a sheet the workbook does not have names no sheet, and keeps what was read (zh, en)", async () => {
    const h = await started();
    const before = h.calls.reads.length;
    const shown = [h.byId("sheet").value, h.byId("range").value, h.byId("mapping-rows").textContent];
    typeInto(h.byId("range"), "不存在!A1:B2");
    await settle();
    expect(h.calls.reads.length).toBe(before);
    expect([h.byId("sheet").value, h.byId("range").value, h.byId("mapping-rows").textContent]).toEqual(shown);
    expect(h.byId("range-hint").textContent).toBe("没有名为“不存在”的工作表（现有：“学校基本情况”、“县级指标”），区域未更改；请检查工作表名称，或在上方“工作表”中选择。");
    expect(h.byId("range-hint").classList.contains("warn-text")).toBe(true);
    const en = await started({ lang: "en" });
    typeInto(en.byId("range"), "不存在!A1:B2");
    await settle();
    expect(en.byId("range-hint").textContent).toBe("There is no sheet named “不存在” (the sheets are: “学校基本情况”, “县级指标”); the range was not changed. Check the sheet's name, or choose the sheet in the Sheet list above.");
  });

  it("reads a range typed with a sheet added since the pane listed the sheets", async () => {
    const grids = [SCHOOLS, FIGURES];
    const h = await started({ grids });
    grids.push(gridOf([["学校名称", "在校生数"], ["新校", 100]], { sheet: "新表" }));
    typeInto(h.byId("range"), "新表!A1:B2");
    await settle();
    // (The last read is the reader's own choice, which a sheet chosen is compared with: withNewerYearNote.)
    expect(h.calls.reads.filter((r) => r.sheet === "新表").map((r) => r.range)).toEqual(["A1:B2"]);
    expect([h.byId("sheet").value, h.byId("range").value]).toEqual(["新表", "A1:B2"]);
    expect(h.byId("range-hint").textContent).not.toContain("没有名为");
  });

  it("leaves 使用当前选区 to Excel's selection, on its own sheet", async () => {
    const h = await started();
    h.setProposal({ sheet: "县级指标", range: "A1:B2", from: "selection" });
    click(h.byId("use-selection"));
    await settle();
    const last = h.calls.reads[h.calls.reads.length - 1];
    expect([last?.sheet, last?.range]).toEqual(["县级指标", "A1:B2"]);
    expect(h.byId("sheet").value).toBe("县级指标");
  });
});
