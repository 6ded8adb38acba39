import { parseSettings } from "../addin/addinSettings";
import { gridOf } from "../workbook/read/testing";
import { click } from "./testing/fakeDom";
import { paneSession, pressFromKeyboard, settle, type PaneHarness } from "./testing/paneHarness";

/**
 * A saved correction whose column's header changed (a reviewer's walk-through, finding 9: messy.xlsx's
 * N 教学及辅助用方面积（㎡） set to 教学及辅助用房面积, then a column inserted at A): the pane says
 * so as the ribbon does, where the header is now, and moves or discards it at the user's word only.
 */
const TYPO = "教学及辅助用方面积（㎡）";
const HEADER = ["学校名称", "在校生数", "专任教师数", TYPO];
const ROWS = [
  ["城关小学", 400, 25, 3000],
  ["新区小学", 300, 20, 2500],
];
/** D (3) holds the typo header; the user set it to 教学及辅助用房面积 and evaluated. */
const BEFORE = gridOf([HEADER, ...ROWS], { sheet: "学校" });
/** A column 序号 inserted at A: D now holds 专任教师数, the typo header is in E (4). */
const SHIFTED = gridOf([["序号", ...HEADER], ...ROWS.map((r, i) => [i + 1, ...r])], { sheet: "学校" });
/** The typo column deleted: D holds nothing of it, and no column holds its header. */
const DELETED = gridOf([["序号", ...HEADER.slice(0, 3)], ...ROWS.map((r, i) => [i + 1, ...r.slice(0, 3)])], { sheet: "学校" });
const SAVED = { sheet: "学校", range: null, fixes: { teachingArea: 3 }, ignored: [], headers: { "3": TYPO }, profileId: "national-2017", year: null };

const { started } = paneSession({ grids: [SHIFTED], proposal: { sheet: "学校", range: null, from: "used" } });
const held = (h: PaneHarness) => (h.byId("held-fixes").hidden ? [] : h.byId("held-fixes").querySelectorAll("div").map((p) => p.childNodes[0]?.textContent));
const buttons = (h: PaneHarness) => h.byId("held-fixes").querySelectorAll("button");
const saved = (h: PaneHarness) => parseSettings(h.settings.saved.get("yzjh.settings"));
const lastMapping = (h: PaneHarness) => h.calls.reads[h.calls.reads.length - 1]?.mapping;
const open = (grid = SHIFTED, lang: "zh" | "en" = "zh") => started({ saved: SAVED, lang, readSheet: async () => grid });

describe("the pane: a saved correction whose column's header changed", () => {
  it("says, as the ribbon does, that it is not applied, and where its header is now, with a button to move it there", async () => {
    const h = await open();
    expect(held(h)).toEqual(["D 列的表头已由“教学及辅助用方面积（㎡）”变为“专任教师数”，保存的列更正（D 列设为“教学及辅助用房面积”）是为原表头设置的，未予使用；该表头现在在 E 列。"]);
    expect(buttons(h).map((b) => b.textContent)).toEqual(["移到 E 列", "放弃该更正"]);
    expect(lastMapping(h)).toBeUndefined(); // read without it: D's 专任教师数 is no floor area
    expect(h.byId("notice").hidden).toBe(true);
  });

  it("says it in English", async () => {
    const h = await open(SHIFTED, "en");
    expect(held(h)).toEqual([
      "The header of column D changed from “教学及辅助用方面积（㎡）” to “专任教师数”; the saved column fix (column D set to “Teaching and auxiliary floor area”) was made for the old header and is not applied; that header is now in column E.",
    ]);
    expect(buttons(h).map((b) => b.textContent)).toEqual(["Move it to column E", "Discard it"]);
  });

  it("moves it in one click: E read as 教学及辅助用房面积, and saved so by 评估", async () => {
    const h = await open();
    click(buttons(h)[0]!);
    await settle();
    expect(lastMapping(h)).toEqual({ roles: { teachingArea: 4 }, ignore: [] });
    expect(held(h)).toEqual([]);
    expect(h.mappingRows().find((r) => r.column === "E")?.field).toBe("teachingArea");
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.written).toHaveLength(1);
    expect(saved(h)).toMatchObject({ fixes: { teachingArea: 4 }, ignored: [], headers: { "4": TYPO } });
  });

  it("keeps it in the saved settings after a 评估 the user did not change: the run does not erase it", async () => {
    const h = await open();
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.written).toHaveLength(1);
    expect(saved(h)).toMatchObject({ fixes: { teachingArea: 3 }, ignored: [], headers: { "3": TYPO } });
    expect(held(h)).toHaveLength(1); // still offered
  });

  it("discards it at the user's word: the next 评估 saves the settings without it", async () => {
    const h = await open();
    click(buttons(h)[1]!);
    await settle();
    expect(held(h)).toEqual([]);
    click(h.byId("evaluate"));
    await settle();
    expect(saved(h)).toMatchObject({ fixes: {}, ignored: [], headers: {} });
  });

  it("is no longer offered, nor saved, once the user gave its field to a column in the table", async () => {
    const h = await open();
    // nearMisses' button 使用 E 列 under the table gives E the field, as the move does.
    const near = h.byId("mapping-missing").querySelector("button");
    click(near!);
    await settle();
    expect(held(h)).toEqual([]);
    click(h.byId("evaluate"));
    await settle();
    expect(saved(h)?.fixes).toEqual({ teachingArea: 4 });
  });

  it("says that its header is found nowhere when the column was deleted, and offers only to discard it", async () => {
    const h = await open(DELETED);
    expect(held(h)).toEqual(["D 列的表头已由“教学及辅助用方面积（㎡）”变为“专任教师数”，保存的列更正（D 列设为“教学及辅助用房面积”）是为原表头设置的，未予使用；工作表中已找不到该表头，请在“列对应关系”中重新选择。"]);
    expect(buttons(h).map((b) => b.textContent)).toEqual(["放弃该更正"]);
  });

  it("says it in English when the header is found nowhere", async () => {
    const h = await open(DELETED, "en");
    expect(held(h)[0]).toMatch(/was made for the old header and is not applied; no column of the sheet holds that header now: choose again in the column mapping\.$/);
  });

  it("holds nothing while the column still holds its header", async () => {
    const h = await open(BEFORE);
    expect(held(h)).toEqual([]);
    expect(lastMapping(h)).toEqual({ roles: { teachingArea: 3 }, ignore: [] });
  });

  it("forgets it with 恢复自动识别, which drops every correction", async () => {
    const h = await open();
    click(h.byId("mapping-reset"));
    await settle();
    expect(held(h)).toEqual([]);
  });
});

describe("the pane: the row a held correction would move to", () => {
  it("starts open (E, where its header is now), and opens once the correction is moved there", async () => {
    const h = await open();
    expect(h.openColumns()).toEqual(["E"]);
    click(h.roleButton("E")); // closed by the user: the move opens it again
    expect(h.openColumns()).toEqual([]);
    click(buttons(h)[0]!);
    await settle();
    expect(h.openColumns()).toEqual(["E"]);
    expect(h.roleButton("E").textContent).toBe("教学及辅助用房面积");
  });
});

describe("the pane: the keyboard's focus once a held correction is moved or discarded", () => {
  // Before the fix each button's line was drawn anew without it, and the focus fell to the page: the next Tab started at 帮助.
  it("goes, after 放弃该更正 pressed from the keyboard, to the role button of the column it was for (D), not to the page", async () => {
    const h = await open();
    await pressFromKeyboard(buttons(h)[1]!);
    expect(held(h)).toEqual([]);
    expect(h.doc.activeElement).toBe(h.roleButton("D"));
  });

  it("goes, after 移到 E 列, to E's field list, open to check the correction moved", async () => {
    const h = await open();
    await pressFromKeyboard(buttons(h)[0]!);
    expect(h.rowSelect("E", "field").value).toBe("teachingArea");
    expect(h.doc.activeElement).toBe(h.rowSelect("E", "field"));
  });

  it("goes to the next held correction's first button while one is left", async () => {
    // E (4), 备注 when the user set it to 不使用, holds the typo header since 序号 was inserted: held too, found nowhere.
    const both = { ...SAVED, ignored: [4], headers: { "3": TYPO, "4": "备注" } };
    const h = await started({ saved: both, readSheet: async () => SHIFTED });
    expect(held(h)).toHaveLength(2);
    expect(buttons(h).map((b) => b.textContent)).toEqual(["移到 E 列", "放弃该更正", "放弃该更正"]);
    await pressFromKeyboard(buttons(h)[1]!);
    expect(held(h)).toHaveLength(1);
    expect(buttons(h).map((b) => b.textContent)).toEqual(["放弃该更正"]);
    expect(h.doc.activeElement).toBe(buttons(h)[0]);
  });

  it("stays where it was when the button did not have it (a mouse click that did not focus it)", async () => {
    const h = await open();
    click(buttons(h)[1]!);
    await settle();
    expect(h.doc.activeElement).toBe(h.doc.body);
  });
});
