/**
 * Settings changed and set back, or said another way, that read what the result was evaluated from:
 * the result stays current. A column set to 不使用 and then back to the field the reader found there
 * (the pane pins it, pane.fix), and 评估年度 chosen as the year 按表格标题 had found, evaluate alike.
 */
import { gridOf } from "../workbook/read/testing";
import * as basis from "./readBasis";
import { choose, click, typeInto } from "./testing/fakeDom";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";
import { paneSession, settle, type PaneHarness } from "./testing/paneHarness";

const SETTINGS_ZH = "设置已更改，请重新评估（下列数据问题为上次评估所得，可能已不适用）";
const SETTINGS_PLAIN_ZH = "设置已更改，请重新评估";

/** Greyed, and the line shown. */
function staleness(h: PaneHarness) {
  const line = h.byId("result-stale");
  return { greyed: h.byId("result").classList.contains("stale"), line: line.hidden ? null : line.textContent };
}
const FRESH = { greyed: false, line: null };
const lastMapping = (h: PaneHarness) => h.calls.reads[h.calls.reads.length - 1]?.mapping;

/** A school sheet whose title gives its year (示例县2024年…), as 按表格标题 reads it. */
const titledRows = (year: number) => [
  [`示例县${year}年义务教育学校基本情况`, null, null],
  ["学校名称", "小学在校生数", "专任教师数"],
  ["城关小学", 400, 25],
  ["河口小学", 300, 20],
];

describe("the pane: a column set to 不使用 and back to the field it was read as", () => {
  const { evaluated } = paneSession({ grids: [twoSchools()], proposal: usedRangeOf("学校") });

  it("leaves the result current, the column pinned (恢复自动识别 still offered), and another field makes it out of date", async () => {
    const h = await evaluated();
    expect(staleness(h)).toEqual(FRESH);
    // D 专任教师数, read as teachers when the result was evaluated.
    expect(h.rowSelect("D", "field").value).toBe("teachers");
    choose(h.rowSelect("D", "field"), "");
    await settle();
    const changed = staleness(h);
    expect(changed.greyed).toBe(true);
    expect([SETTINGS_ZH, SETTINGS_PLAIN_ZH]).toContain(changed.line);
    choose(h.rowSelect("D", "field"), "teachers");
    // Not yet read again: the pane's last read is still the one without D.
    expect(staleness(h).greyed).toBe(true);
    await settle();
    // Read with D pinned to teachers, which is what the result was evaluated from.
    expect(lastMapping(h)).toEqual({ roles: { teachers: 3 }, ignore: [] });
    expect(h.byId("mapping-reset-line").hidden).toBe(false);
    expect(staleness(h)).toEqual(FRESH);
    // Another field for D reads the data otherwise.
    choose(h.rowSelect("D", "field"), "multimediaRooms");
    await settle();
    expect(staleness(h).greyed).toBe(true);
  });

  it("is out of date under another profile, though the columns read are the same", async () => {
    const h = await evaluated();
    choose(h.rowSelect("D", "field"), "");
    await settle();
    choose(h.rowSelect("D", "field"), "teachers");
    await settle();
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    expect(staleness(h).greyed).toBe(true);
    choose(h.byId("profile"), "national-2017");
    expect(staleness(h)).toEqual(FRESH);
  });
});

describe("the pane: 评估年度 chosen as the year the title gave", () => {
  const { evaluated } = paneSession({ grids: [gridOf(titledRows(2024), { sheet: "2024年学校" })], proposal: { sheet: "2024年学校", range: null, from: "used" } });

  it("leaves the result of 按表格标题 (2024) current under 2024 chosen, and under 按表格标题 again", async () => {
    const h = await evaluated();
    expect(h.byId("result-basis").textContent).toContain("2024");
    expect(Array.from(h.byId("year").querySelectorAll("option"), (o) => o.value)).toContain("2024");
    choose(h.byId("year"), "2024");
    await settle();
    expect(h.calls.reads[h.calls.reads.length - 1]?.year).toBe(2024);
    expect(staleness(h)).toEqual(FRESH);
    choose(h.byId("year"), "");
    await settle();
    expect(staleness(h)).toEqual(FRESH);
  });
});

describe("the pane: 评估年度 among sheets of two years", () => {
  const { evaluated } = paneSession({ grids: [gridOf(titledRows(2023), { sheet: "2023年学校" }), gridOf(titledRows(2024), { sheet: "2024年学校" })], proposal: { sheet: "2023年学校", range: null, from: "used" } });

  it("is out of date under 2023, which reads the older sheet, and current under 2024, which reads the same sheet for the same year (only the note on the 2023 sheet reads otherwise: not the year chosen, rather than older)", async () => {
    const h = await evaluated();
    choose(h.byId("year"), "2023");
    await settle();
    expect(h.byId("school-sheets").textContent).toContain("2023年学校");
    expect(staleness(h).greyed).toBe(true);
    choose(h.byId("year"), "2024");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“2024年学校”（2 条）");
    expect(staleness(h)).toEqual(FRESH);
    choose(h.byId("year"), "");
    await settle();
    expect(staleness(h)).toEqual(FRESH);
  });
});

/** Two schools and a 合计 row under them (学校!A5): 25 + 20 teachers, the 合计 saying `total`. */
const withTotal = (total: number) =>
  gridOf([...titledRows(2024), ["合计", 700, total]], { sheet: "学校" });

describe("the pane: a range that leaves out only the 合计 row", () => {
  const { evaluated, started } = paneSession({ grids: [withTotal(45)], proposal: usedRangeOf("学校") });

  it("leaves the result of the whole sheet current: the same schools evaluate alike, only the notes on how they were read differ", async () => {
    const h = await evaluated();
    expect(h.byId("issues").textContent).toContain("学校!A5");
    typeInto(h.byId("range"), "A1:C4");
    await settle();
    expect(h.byId("mapping-rows").textContent).toBe("已读取 学校!A2:C4：表头在第 2 行，学校 2 条。");
    expect(staleness(h)).toEqual(FRESH);
    // Taking the 合计 in again reads as the result was evaluated.
    typeInto(h.byId("range"), "");
    await settle();
    expect(staleness(h)).toEqual(FRESH);
  });

  it("with a 合计 that disagrees (46 teachers against 25 + 20): narrowed, current; a result of the narrow range, widened, out of date (evaluating again warns)", async () => {
    const h = await evaluated({ grids: [withTotal(46)] });
    typeInto(h.byId("range"), "A1:C4");
    await settle();
    expect(staleness(h)).toEqual(FRESH);
    const narrow = await started({ grids: [withTotal(46)] });
    typeInto(narrow.byId("range"), "A1:C4");
    await settle();
    click(narrow.byId("evaluate"));
    await settle();
    typeInto(narrow.byId("range"), "");
    await settle();
    expect(staleness(narrow)).toEqual({ greyed: true, line: SETTINGS_ZH });
  });

  it("works out what a read evaluates from only to compare it with a result shown under other settings, not on each detection", async () => {
    const keyed = jest.spyOn(basis, "readBasis");
    const h = await started();
    typeInto(h.byId("range"), "A1:C4");
    await settle();
    typeInto(h.byId("range"), "");
    await settle();
    // No result shown: nothing compared.
    expect(keyed).not.toHaveBeenCalled();
    click(h.byId("evaluate"));
    await settle();
    // The result's settings are the pane's: still nothing compared.
    expect(keyed).not.toHaveBeenCalled();
    typeInto(h.byId("range"), "A1:C4");
    await settle();
    expect(staleness(h)).toEqual(FRESH);
    // The result's read and the pane's, once each.
    expect(keyed).toHaveBeenCalledTimes(2);
  });
});
