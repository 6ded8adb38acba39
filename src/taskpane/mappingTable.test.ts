import type { MappingView } from "../addin/mappingView";
import type { FixRole } from "../workbook/read/matchColumns";
import { buttonRole, mappingRows } from "./mappingTable";
import { FakeDocument, installDocument, type FakeElement } from "./testing/fakeDom";

const VIEW: MappingView = {
  rows: [
    { column: 0, address: "A", header: "序号", role: null, unitFactor: 1, unit: null },
    { column: 2, address: "C", header: "小学在校生数", role: { key: "students", stage: "primary", part: null }, unitFactor: 1, unit: null },
    { column: 7, address: "H", header: "专任教师（人）/其中：专科及以上", role: { key: "qualifiedTeachers", stage: null, part: "associateUp" }, unitFactor: 1, unit: null },
    { column: 8, address: "I", header: "专任教师（人）/其中：本科及以上", role: { key: "qualifiedTeachers", stage: null, part: "bachelorUp" }, unitFactor: 1, unit: null },
    { column: 9, address: "J", header: "", role: { key: "name", stage: null, part: null }, unitFactor: 1, unit: null },
  ],
  missing: [],
  extent: "学校!A1:J9",
  headerRows: { first: 1, last: 1 },
};

/** The rows as the fake DOM holds them: per row its field and stage list. */
function rendered(lang: "zh" | "en", onFix: (column: number, role: FixRole | null, header: string) => void = () => undefined) {
  return (mappingRows(VIEW, lang, onFix) as unknown as FakeElement[]).map((tr) => {
    const [field, stage] = tr.querySelectorAll("select") as [FakeElement, FakeElement];
    return { field, stage };
  });
}

const selectedText = (select: FakeElement) => select.options.find((o) => o.selected)?.textContent;

describe("mappingRows: each list says which column it belongs to", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body></body></html>"))));
  afterEach(() => uninstall());

  it("names the field and stage lists after the column's letters and header (aria-label), in the pane's language", () => {
    const [, c] = rendered("zh");
    expect(c?.field.getAttribute("aria-label")).toBe("C 列“小学在校生数”的字段");
    expect(c?.stage.getAttribute("aria-label")).toBe("C 列“小学在校生数”的学段");
    const [, cEn] = rendered("en");
    expect(cEn?.field.getAttribute("aria-label")).toBe("Field of column C “小学在校生数”");
    expect(cEn?.stage.getAttribute("aria-label")).toBe("Stage of column C “小学在校生数”");
  });

  it("names a column without a header by its letters alone, without empty quotes", () => {
    const j = rendered("zh")[4];
    expect(j?.field.getAttribute("aria-label")).toBe("J 列的字段");
    expect(rendered("en")[4]?.stage.getAttribute("aria-label")).toBe("Stage of column J");
  });
});

describe("mappingRows: the chosen field and stage can be read in full", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body></body></html>"))));
  afterEach(() => uninstall());

  it("starts a part's option with the part, so that two parts of one field differ within the first characters a narrow list shows", () => {
    const [, , h, i] = rendered("zh");
    expect(selectedText(h!.field)).toBe("专科及以上（高于规定学历专任教师数）");
    expect(selectedText(i!.field)).toBe("本科及以上（高于规定学历专任教师数）");
    expect(selectedText(rendered("en")[3]!.field)).toBe("Bachelor's degree or above (Teachers qualified above the required level)");
  });

  it("gives each list the full name of its chosen option as tooltip (title)", () => {
    const [a, c, h] = rendered("zh");
    expect(h?.field.title).toBe("专科及以上（高于规定学历专任教师数）");
    expect(c?.field.title).toBe("在校生数");
    expect(c?.stage.title).toBe("小学");
    expect(h?.stage.title).toBe("（不分学段）");
    expect(a?.field.title).toBe("（不使用）");
  });

  it("follows a new choice with the tooltip and reports the column's new role", () => {
    const fixes: [number, FixRole | null][] = [];
    const [, c] = rendered("zh", (column, role) => void fixes.push([column, role]));
    c!.stage.value = "junior";
    c!.stage.dispatch("change");
    expect(c?.stage.title).toBe("初中");
    c!.field.value = "";
    c!.field.dispatch("change");
    expect(c?.field.title).toBe("（不使用）");
    expect(fixes).toEqual([
      [2, { key: "students", stage: "junior", part: null }],
      [2, null],
    ]);
  });
});

/** The rows with their role button and the box of their two lists. */
function compact(lang: "zh" | "en", open: readonly number[] = [], toggled: [number, boolean][] = []) {
  const opening = { open: new Set(open), toggled: (column: number, isOpen: boolean) => void toggled.push([column, isOpen]) };
  return (mappingRows(VIEW, lang, () => undefined, opening) as unknown as FakeElement[]).map((tr) => ({
    tr,
    button: tr.querySelector("button.role-text") as FakeElement,
    lists: tr.querySelector("div.lists") as FakeElement,
    field: tr.querySelector("select.field") as FakeElement,
  }));
}

describe("mappingRows: each column one line saying what it was recognised as", () => {
  let doc = new FakeDocument("<html><body></body></html>");
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument((doc = new FakeDocument("<html><body></body></html>")))));
  afterEach(() => uninstall());

  it("says the role as text: a field, a field with its stage, a part as its list words it, （不使用）", () => {
    // By hand from labels.ts and addinMessages.ts: addin_role_stage_first 小学 · + field_students 在校生数; addin_mapping_part_option {part}（{fieldLabel}）.
    expect(compact("zh").map((r) => r.button.textContent)).toEqual(["（不使用）", "小学 · 在校生数", "专科及以上（高于规定学历专任教师数）", "本科及以上（高于规定学历专任教师数）", "学校名称"]);
    expect(compact("en").map((r) => r.button.textContent)).toEqual([
      "(not used)",
      "Primary · Students",
      "Associate degree or above (Teachers qualified above the required level)",
      "Bachelor's degree or above (Teachers qualified above the required level)",
      "School name",
    ]);
  });

  it("keeps a column not used quieter (class unused) and shows no lists until a row is opened", () => {
    const rows = compact("zh");
    expect(rows.map((r) => r.tr.classList.contains("unused"))).toEqual([true, false, false, false, false]);
    expect(rows.map((r) => r.lists.hidden)).toEqual([true, true, true, true, true]);
    expect(rows.map((r) => r.button.getAttribute("aria-expanded"))).toEqual(["false", "false", "false", "false", "false"]);
  });

  it("puts a split column's stage first, where the two lines kept at 320 px cannot cut it off, and says the role whole in the title", () => {
    const associate = { key: "qualifiedTeachers", stage: "primary", part: "associateUp" } as const;
    expect(buttonRole(associate, "zh")).toBe("小学 · 专科及以上（高于规定学历专任教师数）");
    expect(buttonRole({ ...associate, stage: "junior", part: "bachelorUp" }, "en")).toBe("Junior secondary · Bachelor's degree or above (Teachers qualified above the required level)");
    expect([buttonRole({ key: "name", stage: null, part: null }, "zh"), buttonRole(null, "en")]).toEqual(["学校名称", "(not used)"]);
    const [, c] = compact("zh");
    expect([c?.button.textContent, (c?.button as unknown as { title: string } | undefined)?.title]).toEqual(["小学 · 在校生数", "在校生数（小学）"]);
  });

  it("names the button for a screen reader: column, header, that it edits, and the role now", () => {
    const [, c, , , j] = compact("zh");
    expect(c?.button.getAttribute("aria-label")).toBe("更改 C 列“小学在校生数”的字段，当前：在校生数（小学）");
    expect(j?.button.getAttribute("aria-label")).toBe("更改 J 列的字段，当前：学校名称");
    const [aEn, cEn] = compact("en");
    expect(cEn?.button.getAttribute("aria-label")).toBe("Change the field of column C “小学在校生数”, now: Students (Primary)");
    expect(aEn?.button.getAttribute("aria-label")).toBe("Change the field of column A “序号”, now: (not used)");
  });

  it("opens the row on a click, the focus on its field list, and closes it on a second; each said to the panel", () => {
    const toggled: [number, boolean][] = [];
    const rows = compact("zh", [], toggled);
    const c = rows[1]!;
    doc.body.append(...rows.map((r) => r.tr));
    c.button.dispatch("click");
    expect([c.lists.hidden, c.button.getAttribute("aria-expanded")]).toEqual([false, "true"]);
    expect(doc.activeElement).toBe(c.field);
    c.button.dispatch("click");
    expect([c.lists.hidden, c.button.getAttribute("aria-expanded")]).toEqual([true, "false"]);
    expect(toggled).toEqual([
      [2, true],
      [2, false],
    ]);
  });

  it("draws the rows the panel holds open (by column number) with their lists shown", () => {
    const rows = compact("zh", [2, 8]);
    expect(rows.map((r) => r.lists.hidden)).toEqual([true, false, true, false, true]);
    expect(rows[3]?.button.getAttribute("aria-expanded")).toBe("true");
  });
});
