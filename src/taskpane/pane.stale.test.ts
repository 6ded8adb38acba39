/**
 * The pane's result once the data it was evaluated from changes: a number typed or a row inserted
 * in a sheet the evaluation read (Worksheet.onChanged, through env.watch) marks it out of date
 * with the data's own line, and deleting one (worksheets.onDeleted) with a line saying so; the
 * add-in's own writes to its result sheets, and edits or deletions anywhere else, do not.
 */
import { builtInProfile } from "../profiles/resolveProfile";
import { gridOf } from "../workbook/read/testing";
import { choose, click, typeInto } from "./testing/fakeDom";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";
import { paneSession, settle, type PaneHarness } from "./testing/paneHarness";

const SCHOOLS = twoSchools();
const OTHER = gridOf(
  [
    ["学校名称", "在校生数", "专任教师数"],
    ["东风小学", 500, 30],
  ],
  { sheet: "学校2" },
);
const FIGURES = gridOf([["项目", "数值"], ["初中三年巩固率", "96%"]], { sheet: "县级指标" });
const COVER = gridOf([["填表说明：本表由县教育局填写"]], { sheet: "说明" });
const USED = usedRangeOf("学校");
const DATA_ZH = "数据已修改，结果可能已过期，请重新评估（下列问题所指的单元格可能已移位）";
const DATA_EN = "The data changed after this evaluation; evaluate again (the cells the issues point to may have moved)";
const DELETED_ZH = "评估所读取的工作表已被删除，结果可能已过期，请重新评估（下列问题所指的单元格可能已不存在）";
const SETTINGS_ZH = "设置已更改，请重新评估（下列数据问题为上次评估所得，可能已不适用）";
const DELETED_EN = "A sheet this evaluation read has been deleted; evaluate again (the cells the issues point to may no longer exist)";

const { started, evaluated } = paneSession({ grids: [COVER, SCHOOLS, OTHER, FIGURES], proposal: USED });

/** Greyed, the data's mark (issues dimmed), the line shown, and its text. */
function staleness(h: PaneHarness) {
  const result = h.byId("result");
  const line = h.byId("result-stale");
  return { greyed: result.classList.contains("stale"), issuesDimmed: result.classList.contains("stale-data"), line: line.hidden ? null : line.textContent };
}

const FRESH = { greyed: false, issuesDimmed: false, line: null };


describe("the pane: a result whose data changed", () => {
  it("says it in a live region that stays in the page, so that a screen reader reads the line when it appears", async () => {
    const h = await evaluated();
    const region = h.byId("result-stale").parentNode;
    expect([region?.getAttribute("role"), region?.getAttribute("aria-live"), region?.hidden]).toEqual(["status", "polite", false]);
  });

  it("watches the school sheet and the county figures it read, not the notes beside them nor the sheets it wrote", async () => {
    const h = await evaluated();
    expect(h.byId("figures-sheet").textContent).toContain("县级指标");
    expect(h.watch.watched).toEqual(["学校", "县级指标"]);
    // The sink's writes changed its six result sheets (the harness reports them as Excel would): nothing said.
    expect(h.calls.written[0]).toHaveLength(6);
    expect(staleness(h)).toEqual(FRESH);
  });

  it("says the data changed once a number is typed in the school sheet, dims the issues, and clears it on evaluating again", async () => {
    const h = await evaluated();
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DATA_ZH });
    click(h.byId("evaluate"));
    await settle();
    expect(staleness(h)).toEqual(FRESH);
    expect(h.watch.watched).toEqual(["学校", "县级指标"]);
  });

  it("keeps a change made while an evaluation writes its sheets, after its read: the first run's, and a second's", async () => {
    let typing: PaneHarness | null = null;
    // The user types in 学校 while the sink writes (the chunked write takes seconds in Excel).
    const h = await evaluated({ beforeWrite: async () => typing?.watch.change("学校", "B2") }, (started) => (typing = started));
    expect(staleness(h).line).toBe(DATA_ZH);
    typing = null;
    click(h.byId("evaluate"));
    await settle();
    expect(staleness(h)).toEqual(FRESH);
    typing = h;
    click(h.byId("evaluate"));
    await settle();
    expect(staleness(h).line).toBe(DATA_ZH);
  });

  it("says so for a row inserted, and for a county figure changed", async () => {
    const inserted = await evaluated();
    inserted.watch.change("学校", "3:3", "RowInserted");
    expect(staleness(inserted).line).toBe(DATA_ZH);
    const figures = await evaluated();
    figures.watch.change("县级指标", "B2");
    expect(staleness(figures).line).toBe(DATA_ZH);
  });

  it("says nothing for an edit in a result sheet, in a sheet it did not read, or in another school sheet", async () => {
    const h = await evaluated();
    for (const sheet of ["汇总", "数据问题", "说明", "学校2"]) h.watch.change(sheet, "B2");
    expect(staleness(h)).toEqual(FRESH);
  });

  it("says a sheet read was deleted, the school sheet or the county figures, dims the issues, and clears it on evaluating again", async () => {
    const h = await evaluated();
    h.watch.delete("学校");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DELETED_ZH });
    click(h.byId("evaluate"));
    await settle();
    expect(staleness(h)).toEqual(FRESH);
    h.watch.delete("县级指标");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DELETED_ZH });
  });

  it("watches a new 学校 made after the one read was deleted, once evaluated again", async () => {
    const h = await evaluated();
    h.watch.delete("学校");
    const watches = h.watch.history.length;
    // The user makes a new 学校 (or renames another sheet to it) and evaluates it.
    click(h.byId("evaluate"));
    await settle();
    expect(h.watch.history.slice(watches)).toEqual([["学校", "县级指标"]]);
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DATA_ZH });
  });

  it("watches a new 学校 made after the one read was renamed, once evaluated again, and no longer the renamed one", async () => {
    const h = await evaluated();
    // The user renames 学校 to 学校（旧） (its watch follows it), makes a new 学校 and evaluates it: same names, another sheet.
    h.watch.rename("学校", "学校（旧）");
    click(h.byId("evaluate"));
    await settle();
    expect(h.watch.watched).toEqual(["学校", "县级指标"]);
    h.watch.change("学校（旧）", "B2");
    expect(staleness(h)).toEqual(FRESH);
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DATA_ZH });
  });

  it("says nothing for a result sheet, a sheet it did not read, or another school sheet deleted", async () => {
    const h = await evaluated();
    for (const sheet of ["汇总", "数据问题", "说明", "学校2"]) h.watch.delete(sheet);
    expect(staleness(h)).toEqual(FRESH);
  });

  it("keeps saying the sheet was deleted over an edit, before it or after", async () => {
    const h = await evaluated();
    h.watch.change("学校", "B2");
    h.watch.delete("县级指标");
    expect(staleness(h).line).toBe(DELETED_ZH);
    h.watch.change("学校", "B3");
    expect(staleness(h).line).toBe(DELETED_ZH);
  });

  it("says a sheet was deleted in English", async () => {
    const h = await evaluated({ lang: "en" });
    h.watch.delete("县级指标");
    expect(staleness(h).line).toBe(DELETED_EN);
  });

  it("says it in English", async () => {
    const h = await evaluated({ lang: "en" });
    h.watch.change("学校", "B2");
    expect(staleness(h).line).toBe(DATA_EN);
  });

  it.each([
    ["zh", SETTINGS_ZH],
    ["en", "Settings changed; evaluate again (the issues below are from the previous evaluation and may no longer apply)"],
  ] as const)("greys the issues with the tiles once the settings change, and says they are the last evaluation's (%s)", async (lang, line) => {
    const h = await evaluated({ lang });
    expect(h.byId("issues").textContent).not.toBe("");
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    // taskpane.css greys #issues-title and #issues under #result.stale; stale-data stays for the data's own line.
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: false, line });
    choose(h.byId("profile"), "national-2017");
    expect(staleness(h)).toEqual(FRESH);
  });

  it("keeps the data's line when the settings change too, and after they are set back", async () => {
    const h = await evaluated();
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    expect(staleness(h).line).toBe(SETTINGS_ZH);
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DATA_ZH });
    choose(h.byId("profile"), "national-2017");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: DATA_ZH });
  });

  it("watches the sheet evaluated next instead, and no longer the one before", async () => {
    const h = await evaluated();
    choose(h.byId("sheet"), "学校2");
    await settle();
    click(h.byId("evaluate"));
    await settle();
    expect(h.watch.watched).toEqual(["学校2", "县级指标"]);
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual(FRESH);
    h.watch.change("学校2", "B2");
    expect(staleness(h).line).toBe(DATA_ZH);
  });

  it("stops watching once what is shown could not be evaluated", async () => {
    const h = await evaluated();
    typeInto(h.byId("range"), "A1:F1"); // a header and no school rows
    await settle();
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("glance").textContent).toContain("无法评估");
    expect(h.watch.history.at(-1)).toEqual([]);
    h.watch.change("学校", "B2");
    expect(h.byId("result-stale").hidden).toBe(true);
  });

  it("watches the sheets the ribbon's evaluation read, shown in the pane", async () => {
    const h = await started({ grids: [COVER, SCHOOLS] });
    const read = { mapping: { sheet: "学校" }, input: { records: [] }, ruleSheet: "规则", figuresSheets: [] } as never;
    const evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
    h.pane.showRibbonOutcome({ kind: "evaluated", result: { ok: true, evaluation, issues: [], sheetNames: ["汇总"], profile: builtInProfile("national-2017"), read } });
    expect(h.watch.watched).toEqual(["学校", "规则"]);
    h.watch.change("规则", "B2");
    // Its list says 未发现数据问题: the line says nothing of the issues' cells.
    expect(h.byId("issues").textContent).toContain("未发现数据问题");
    expect(staleness(h).line).toBe("数据已修改，结果可能已过期，请重新评估");
  });

  it.each([
    ["zh", "数据已修改，结果可能已过期，请重新评估", "评估所读取的工作表已被删除，结果可能已过期，请重新评估"],
    ["en", "The data changed after this evaluation; evaluate again", "A sheet this evaluation read has been deleted; evaluate again"],
  ] as const)("says the data changed, or a sheet was deleted, without the issues' cells when no issue is listed (%s)", async (lang, edited, deleted) => {
    const h = await started({ grids: [COVER, SCHOOLS], lang });
    const read = { mapping: { sheet: "学校" }, input: { records: [] }, ruleSheet: null, figuresSheets: [] } as never;
    const evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
    h.pane.showRibbonOutcome({ kind: "evaluated", result: { ok: true, evaluation, issues: [], sheetNames: ["汇总"], profile: builtInProfile("national-2017"), read } });
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual({ greyed: true, issuesDimmed: true, line: edited });
    h.watch.delete("学校");
    expect(staleness(h).line).toBe(deleted);
  });

  it("evaluates as before, and never says the data changed, on a host that cannot watch", async () => {
    const h = await evaluated({ watch: false });
    expect(h.calls.written).toHaveLength(1);
    h.watch.change("学校", "B2");
    expect(staleness(h)).toEqual(FRESH);
    expect(h.byId("notice").hidden).toBe(true);
  });
});
