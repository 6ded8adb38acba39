/**
 * What the pane says where the user is: a failure or a refusal of 评估 next to the button, read
 * out (role alert); a range that leaves out the header, said as such; a sheet renamed since it was
 * listed, the list refreshed; a list's chosen option in full as its title (the pane is 320 px wide).
 */
import { gridOf } from "../workbook/read/testing";
import { choose, click, typeInto, type FakeElement } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const rows = [
  ["示例县2024年义务教育学校基本情况", null, null],
  ["学校名称", "小学在校生数", "专任教师数"],
  ["城关小学", 400, 25],
  ["河口小学", 300, 20],
  ["城南小学", 200, 12],
];
const SCHOOLS = gridOf(rows, { sheet: "学校" });
const USED = { sheet: "学校", range: null, from: "used" } as const;

const { started } = paneSession({ grids: [SCHOOLS], proposal: USED });

/** The id of the element the notice stands in. */
const placeOf = (notice: FakeElement) => notice.parentNode?.id ?? "";

describe("the pane: a failure of 评估 said next to the button, and read out", () => {
  it("puts the reason by 评估, scrolled into view, with role alert (the top of the pane is ~500 px away)", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    let fail = false;
    const h = await started({ readSheet: async () => (fail ? Promise.reject(new Error("Office is busy")) : SCHOOLS) });
    expect(h.byId("notice").getAttribute("role")).toBe("alert");
    fail = true;
    click(h.byId("evaluate"));
    await settle();
    const notice = h.byId("notice");
    expect([notice.hidden, notice.textContent]).toEqual([false, "读取工作簿失败：Office is busy"]);
    expect(placeOf(notice)).toBe("evaluate-notice");
    expect(notice.scrolledIntoView).toBeGreaterThan(0);
  });

  it("puts a word from the top of the pane (识别列 failing) back at the top", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    let fail = false;
    const h = await started({ readSheet: async () => (fail ? Promise.reject(new Error("Office is busy")) : SCHOOLS) });
    fail = true;
    click(h.byId("evaluate"));
    await settle();
    fail = false;
    click(h.byId("detect"));
    await settle();
    expect(h.byId("notice").hidden).toBe(true);
    fail = true;
    click(h.byId("detect"));
    await settle();
    expect([placeOf(h.byId("notice")), h.byId("notice").hidden]).toEqual(["notice-top", false]);
  });
});

describe("the pane: a range that leaves out the header row", () => {
  it("reads school rows typed without the header under the header of row 2, and says so under the range (zh, en)", async () => {
    const h = await started();
    typeInto(h.byId("range"), "A3:C5");
    await settle();
    expect(h.byId("mapping-status").textContent).toBe("");
    // Rows 3–5: 城关小学, 河口小学, 城南小学, hand counted from the grid above.
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“学校”（3 条）");
    expect(h.byId("range-hint").textContent).toBe("已使用第 2 行的表头（A2:C2）读取所选的 3 行（A3:C5）。");
    const en = await started({ lang: "en" });
    typeInto(en.byId("range"), "A3:C5");
    await settle();
    expect(en.byId("range-hint").textContent).toBe("The 3 rows selected (A3:C5) are read under the header A2:C2 (header rows: 2).");
  });

  it("says to include the header row (in row 2) or use the whole sheet when the rows do not read under it (no 学校名称 column), not to choose another sheet (zh, en)", async () => {
    const h = await started();
    typeInto(h.byId("range"), "B3:C5");
    await settle();
    const said = h.byId("mapping-status").textContent;
    expect(said).toBe("无法读取学校数据：所选区域 B3:C5 不含表头：工作表“学校”中学校数据的表头在第 2 行（学校!A2:C2）。请把表头行包括在区域内，或点“使用整张表”。");
    expect(said).not.toContain("选择学校数据所在的工作表");
    const en = await started({ lang: "en" });
    typeInto(en.byId("range"), "B3:C5");
    await settle();
    expect(en.byId("mapping-status").textContent).toBe("Cannot read the school data: the range B3:C5 leaves out the header: the school table on the sheet “学校” has its header in row 2 (学校!A2:C2). Include the header row in the range, or click “Use whole sheet”.");
  });

  it("reads the whole sheet when the pane opens on a selection of school rows without the header, and says so (zh, en)", async () => {
    const opened = { sheet: "学校", range: "A4:C5", from: "selection" } as const;
    const h = await started({ proposal: opened });
    expect(h.byId("mapping-status").textContent).toBe("");
    // 3 school rows under the header of row 2, hand counted from the grid above.
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“学校”（3 条）");
    expect(h.byId("range").value).toBe("");
    expect(h.byId("range-hint").textContent).toBe("打开时的选区 A4:C5 不含表头，已改为读取工作表“学校”的整张表；如只评估所选的学校，请点“使用当前选区”。");
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.reads.at(-1)?.range).toBeUndefined();
    const en = await started({ lang: "en", proposal: opened });
    expect(en.byId("range-hint").textContent).toBe("The selection the pane opened on, A4:C5, leaves out the header, so the whole sheet “学校” is read instead; to evaluate only the schools selected, click “Use selection”.");
  });

  it("evaluates the school rows the user selects without the header once the pane is open (使用当前选区), with the header of row 2", async () => {
    const h = await started();
    h.setProposal({ sheet: "学校", range: "A4:C5", from: "selection" });
    click(h.byId("use-selection"));
    await settle();
    expect(h.byId("mapping-status").textContent).toBe("");
    // Not the line that says the selection's first row is taken as its header.
    expect(h.byId("range-hint").textContent).toBe("已使用第 2 行的表头（A2:C2）读取所选的 2 行（A4:C5）。");
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.reads.at(-1)?.range).toBe("A4:C5");
    expect(h.calls.written).toHaveLength(1);
    // Rows 4–5: 河口小学 and 城南小学, each a primary school: 2 schools.
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“学校”（2 条）");
  });

  it("evaluates one school row selected without the header, said in the singular (en)", async () => {
    const h = await started({ lang: "en" });
    h.setProposal({ sheet: "学校", range: "A5:C5", from: "selection" });
    click(h.byId("use-selection"));
    await settle();
    expect(h.byId("range-hint").textContent).toBe("The 1 row selected (A5:C5) is read under the header A2:C2 (header rows: 2).");
    expect(h.byId("school-sheets").textContent).toBe("School sheets read: “学校” (1 record)");
  });

  it("keeps the hint of a selection that includes the header (its first row is the header)", async () => {
    const h = await started();
    h.setProposal({ sheet: "学校", range: "A2:C4", from: "selection" });
    click(h.byId("use-selection"));
    await settle();
    expect(h.byId("range-hint").textContent).toBe("已采用当前选区（首行为表头）。");
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“学校”（2 条）");
  });

  it("refuses a range typed past the sheet's last column (XFE for XE) under the table, as the command line does", async () => {
    const h = await started();
    typeInto(h.byId("range"), "A1:XFE10");
    await settle();
    expect(h.byId("mapping-status").textContent).toBe("无法读取学校数据：“A1:XFE10”超出了工作表的最后一列 XFD，请检查列字母");
  });

  it("still says the sheet holds no school table when it holds none anywhere", async () => {
    const county = gridOf([["名称", "数值"], ["县级财政投入", 100]], { sheet: "县级" });
    const h = await started({ grids: [SCHOOLS, county] });
    choose(h.byId("sheet"), "县级");
    await settle();
    typeInto(h.byId("range"), "A2:B2");
    await settle();
    expect(h.byId("mapping-status").textContent).not.toContain("不含表头");
  });
});

describe("the pane: the data sheet renamed since the list was filled", () => {
  it("lists the sheets as they are now when 评估 finds the sheet gone", async () => {
    const grids = [SCHOOLS];
    const h = await started({ grids });
    const names = () => h.byId("sheet").options.map((o) => o.textContent);
    expect(names()).toEqual(["自动（按学校名称、在校生数表头选表）", "学校"]);
    choose(h.byId("sheet"), "学校"); // chosen by hand: 自动 would find the sheet under its new name
    await settle();
    grids[0] = gridOf(rows, { sheet: "2024学校" }); // the user renames 学校 in the grid
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("mapping-status").textContent).toContain("找不到工作表“学校”（现有：2024学校）");
    expect(names()).toEqual(["自动（按学校名称、在校生数表头选表）", "2024学校"]);
    expect(h.byId("range-hint").textContent).toBe("工作表“学校”已不存在（可能已改名或删除），上方“工作表”列表已更新：请选择学校数据所在的工作表，再点“评估”。");
    // The list's sheet is the one read next.
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.written).toHaveLength(1);
  });
});

describe("the pane: each list's chosen option in full as its title (options clip at 320 px)", () => {
  const chosenText = (select: FakeElement) => select.options.find((o) => o.value === select.value)?.textContent ?? "";
  it.each(["zh", "en"] as const)("gives the sheet, profile and year lists their option's text, kept when it changes (%s)", async (lang) => {
    const h = await started({ lang });
    for (const id of ["sheet", "profile", "year"]) expect([id, h.byId(id).title]).toEqual([id, chosenText(h.byId(id))]);
    expect(h.byId("profile").title).toBe(lang === "zh" ? "国家标准（教督〔2017〕6号）" : h.byId("profile").title);
    const other = h.byId("profile").options.find((o) => o.value !== h.byId("profile").value);
    choose(h.byId("profile"), other?.value ?? "");
    await settle();
    expect(h.byId("profile").title).toBe(other?.textContent);
    expect(h.byId("year").title).toBe(chosenText(h.byId("year")));
    const year = h.byId("year").options.at(-1);
    choose(h.byId("year"), year?.value ?? "");
    expect(h.byId("year").title).toBe(year?.textContent);
    await settle(); // a year chosen reads again: let it finish before the page goes
  });
});
