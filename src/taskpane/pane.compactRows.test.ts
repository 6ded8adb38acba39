/**
 * The column table one line per column (its role as text), a row's lists shown on its button: the
 * sample's 36 columns were 36 pairs of lists, some 3,300 px, above 评估. A row the user opened stays
 * open as the pane reads the sheet again after each correction; a column a line of the pane asks the
 * user to set (a header close to a field not found, a held correction's new column) starts open.
 */
import { gridOf } from "../workbook/read/testing";
import { choose, click } from "./testing/fakeDom";
import { paneSession, settle, type PaneHarness } from "./testing/paneHarness";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";

const { started } = paneSession({ grids: [twoSchools()], proposal: usedRangeOf("学校") });
const roles = (h: PaneHarness) => ["A", "B", "C", "D", "E", "F"].map((c) => h.roleButton(c).textContent);

describe("the pane: the column table, a line per column", () => {
  it("says each column's role as text, none open", async () => {
    const h = await started();
    expect(roles(h)).toEqual(["学校名称", "小学 · 在校生数", "初中 · 在校生数", "专任教师数", "网络多媒体教室数", "教学仪器设备值"]);
    expect(h.openColumns()).toEqual([]);
  });

  it("keeps a row opened while the table is drawn again after its correction, the focus on its list, no other row opened", async () => {
    const h = await started();
    click(h.roleButton("C"));
    expect(h.openColumns()).toEqual(["C"]);
    expect(h.doc.activeElement).toBe(h.rowSelect("C", "field"));
    choose(h.rowSelect("C", "stage"), "primary"); // 在校生数（小学） moves from B to C
    await settle();
    expect(h.calls.reads.at(-1)?.mapping).toEqual({ roles: { "students@primary": 2 }, ignore: [] });
    expect(h.openColumns()).toEqual(["C"]);
    expect(h.doc.activeElement).toBe(h.rowSelect("C", "stage"));
    expect([h.roleButton("B").textContent, h.roleButton("C").textContent]).toEqual(["（不使用）", "小学 · 在校生数"]);
  });

  it("opens every row with 全部展开更正 and closes them with 收起", async () => {
    const h = await started();
    const button = h.byId("mapping-open-all");
    expect([h.byId("mapping-open-all-line").hidden, button.textContent]).toEqual([false, "全部展开更正"]);
    click(h.roleButton("B"));
    click(button);
    expect(h.openColumns()).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect([button.textContent, button.getAttribute("aria-expanded")]).toEqual(["收起", "true"]);
    click(button);
    expect(h.openColumns()).toEqual([]);
    expect(button.textContent).toBe("全部展开更正");
  });

  it("says 收起 once the user has opened each row by its button, and says it all in English", async () => {
    const h = await started({ lang: "en" });
    expect(roles(h)).toEqual(["School name", "Primary · Students", "Junior secondary · Students", "Full-time teachers", "Networked multimedia classrooms", "Teaching equipment value"]);
    for (const c of ["A", "B", "C", "D", "E", "F"]) click(h.roleButton(c));
    expect(h.byId("mapping-open-all").textContent).toBe("Close all");
    click(h.byId("mapping-open-all"));
    expect(h.byId("mapping-open-all").textContent).toBe("Open all to correct");
  });
});

/** D's header is a slip of 教学及辅助用房面积 (pane.nearMiss.test.ts): the line under the table asks the user to set D. */
const SLIP = gridOf(
  [
    ["学校名称", "在校生数", "专任教师数", "教学及辅助用方面积（㎡）"],
    ["城关小学", 400, 25, 2600],
  ],
  { sheet: "学校" },
);

describe("the pane: a row the pane asks the user to set starts open", () => {
  it("opens D, which the line under the table names, and no other", async () => {
    const h = await started({ grids: [SLIP] });
    expect(h.byId("mapping-missing").textContent).toContain("可在上表中把 D 列设为该项");
    expect(h.openColumns()).toEqual(["D"]);
  });

  it("leaves D closed once the user closed it, and opens it again on 使用 D 列, D then read as the field", async () => {
    const h = await started({ grids: [SLIP] });
    click(h.roleButton("D"));
    expect(h.openColumns()).toEqual([]);
    click(h.byId("mapping-open-all")); // drawn again, the line still there: D not forced open
    click(h.byId("mapping-open-all"));
    expect(h.openColumns()).toEqual([]);
    click(h.byId("mapping-missing").querySelector("button")!);
    await settle();
    expect(h.roleButton("D").textContent).toBe("教学及辅助用房面积");
    expect(h.openColumns()).toEqual(["D"]);
  });
});

/** A header whose students are headed 在籍人数, which the reader does not take: nothing reads until the user says which column holds them. */
const NO_STUDENTS = gridOf(
  [
    ["序号", "学校名称", "在籍人数", "专任教师"],
    [1, "一小", 600, 30],
  ],
  { sheet: "学校" },
);

describe("the pane: a header without a required column", () => {
  it("opens the columns not recognised (A 序号, C 在籍人数), among which the message under the table asks the user to find the students; C then reads", async () => {
    const h = await started({ grids: [NO_STUDENTS] });
    expect(h.openColumns()).toEqual(["A", "C"]);
    expect(h.byId("mapping-rows").textContent).toBe("找到表头 学校!A1:D1，但其中没有识别出必需的列：在校生数，未能读取学校数据（见表下说明）。");
    expect(h.byId("mapping-status").textContent).toBe("无法读取学校数据：未识别出必需的列：在校生数。请在上表中找到存放该数据的列（未识别的列已展开），在其“字段”下拉框中选择“在校生数”。");
    choose(h.rowSelect("C", "field"), "students");
    await settle();
    expect(h.roleButton("C").textContent).toBe("在校生数");
    expect(h.byId("mapping-status").textContent).toBe("");
  });

  it("says so in English", async () => {
    const h = await started({ grids: [NO_STUDENTS], lang: "en" });
    expect(h.byId("mapping-rows").textContent).toBe("Header found at 学校!A1:D1, but no column of it was recognised as Students, which is required: the school data could not be read (see under the table).");
    expect(h.byId("mapping-status").textContent).toBe("Cannot read the school data: no column was recognised as Students, which is required: in the table above, find the column that holds it (the columns not recognised are open) and choose Students in its Field list.");
  });

  it("opens nothing more when the user set the students column aside themselves (their own table kept: the line says which column to set back)", async () => {
    const h = await started({ grids: [gridOf([["序号", "学校名称", "在校生数", "专任教师"], [1, "一小", 600, 30]], { sheet: "学校" })] });
    expect(h.openColumns()).toEqual([]);
    click(h.roleButton("C"));
    choose(h.rowSelect("C", "field"), "");
    await settle();
    expect(h.openColumns()).toEqual(["C"]);
    expect(h.byId("mapping-status").textContent).toContain("C 列“在校生数”已设为“（不使用）”");
    // Their own doing, said under the table: the line above says only that nothing was read.
    expect(h.byId("mapping-rows").textContent).toBe("找到表头 学校!A1:D1，但未能读取学校数据。");
  });
});
