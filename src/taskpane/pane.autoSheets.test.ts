/**
 * The pane reads as the CLI reads when the user has not chosen a sheet: 小学 and 初中 on sheets of
 * their own are both read (not the active one alone), each named with its records before 评估; the
 * 工作表 list's 自动 entry stays automatic in the saved settings; a year chosen re-reads at once.
 */
import { SETTINGS_KEY } from "../addin/addinSettings";
import { gridOf } from "../workbook/read/testing";
import { choose, click } from "./testing/fakeDom";
import { paneSession, settle, type PaneHarness } from "./testing/paneHarness";

const PRIMARY = gridOf(
  [
    ["学校名称", "在校生数", "专任教师数"],
    ["城关小学", 400, 25],
    ["河口小学", 300, 20],
  ],
  { sheet: "小学" },
);
const JUNIOR = gridOf(
  [
    ["学校名称", "在校生数", "专任教师数"],
    ["城关中学", 600, 50],
  ],
  { sheet: "初中" },
);
const ACTIVE_PRIMARY = { sheet: "小学", range: null, from: "used" } as const;

const { started } = paneSession({ grids: [PRIMARY, JUNIOR], proposal: ACTIVE_PRIMARY });

/** The school names the written 学校 sheets list (the result sheets' text). */
const writtenText = (h: Awaited<ReturnType<typeof started>>) => JSON.stringify(h.calls.specs.at(-1) ?? []);

describe("the pane: the sheets read when the user has not chosen one", () => {
  it("reads 小学 and 初中 both, as the CLI does, and names each with its records before 评估", async () => {
    const h = await started();
    expect(h.byId("sheet").value).toBe("");
    expect(h.byId("sheet").querySelectorAll("option")[0]?.textContent).toBe("自动（按学校名称、在校生数表头选表）");
    // 2 + 1 records, hand counted from the grids above.
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）、“初中”（1 条）");
    expect(h.byId("mapping-rows").textContent).toContain("初中");
    expect(h.byId("mapping-rows").textContent).toContain("学校 3 条");
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.reads.at(-1)?.sheet).toBeUndefined();
    expect(writtenText(h)).toContain("城关中学");
    expect(writtenText(h)).toContain("河口小学");
    expect(h.byId("issues").textContent).not.toContain("已按所选");
    expect((h.settings.get(SETTINGS_KEY) as { sheet: string }).sheet).toBe("");
  });

  it("reads one sheet once the user chooses it, says the others in the chosen-sheet words, and can go back to automatic (en)", async () => {
    const h = await started({ lang: "en" });
    expect(h.byId("sheet").querySelectorAll("option")[0]?.textContent).toBe("Automatic (by school name, students)");
    // What automatic does, in the pane's terms (it said "by the same rules as the command line").
    expect(h.byId("range-hint").textContent).toBe(
      "Automatic: the sheets whose header has the school name and the number of students are read (primary and junior sheets together; the latest year when there are several); to read another, choose it under Sheet.",
    );
    choose(h.byId("sheet"), "小学");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("School sheets read: “小学” (2 records)");
    choose(h.byId("sheet"), "");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("School sheets read: “小学” (2 records), “初中” (1 record)");
  });

  it("says under the range, at once, that a column fix leaves 初中 unread, and reads both again on 恢复自动识别 (zh, en)", async () => {
    const h = await started();
    choose(h.rowSelect("C", "field"), "");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）");
    expect(h.byId("range-hint").textContent).toBe("列的更正只适用于工作表“小学”：现在只读取该表，不再读取“初中”。如需一并评估，请点击“恢复自动识别”（更正随之撤销）。");
    expect(h.byId("range-hint").classList.contains("warn-text")).toBe(true);
    click(h.byId("mapping-reset"));
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）、“初中”（1 条）");
    expect(h.byId("range-hint").textContent).toContain("自动：读取表头含学校名称和在校生数的工作表");
    const en = await started({ lang: "en" });
    choose(en.rowSelect("C", "field"), "");
    await settle();
    expect(en.byId("range-hint").textContent).toBe("A column fix applies to the sheet “小学” only: only that sheet is read now, no longer “初中”. To evaluate them together, click Recognise columns again (which undoes the fixes).");
  });

  it("reads both sheets again when a column's list is walked back to the role the reader found: no fix is left, nor the narrowing", async () => {
    const h = await started();
    choose(h.rowSelect("C", "field"), "");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）");
    choose(h.rowSelect("C", "field"), "teachers");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）、“初中”（1 条）");
    expect(h.byId("range-hint").textContent).toContain("自动：读取表头含学校名称和在校生数的工作表");
    expect(h.byId("sheet").value).toBe("");
    expect(h.byId("mapping-reset-line").hidden).toBe(true);
    click(h.byId("evaluate"));
    await settle();
    expect((h.settings.get(SETTINGS_KEY) as { sheet: string; fixes: object }).fixes).toEqual({});
    expect(writtenText(h)).toContain("城关中学");
  });

  it("keeps a fix that gives a column another role than the reader found, and the narrowing with it", async () => {
    const h = await started();
    choose(h.rowSelect("C", "field"), "");
    await settle();
    choose(h.rowSelect("C", "field"), "qualifiedTeachers");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）");
    expect(h.byId("mapping-reset-line").hidden).toBe(false);
  });

  it("opens automatic again from saved automatic settings (the ribbon's 评估 reads both)", async () => {
    const saved = { sheet: "", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null };
    const h = await started({ saved });
    expect(h.byId("sheet").value).toBe("");
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）、“初中”（1 条）");
  });
});

const rows = (year: number, count: number) => [
  [`示例县${year}年义务教育学校基本情况`, null, null],
  ["学校名称", "小学在校生数", "专任教师数"],
  ...Array.from({ length: count }, (_, i) => [`学校${i + 1}`, 400, 25]),
];
const years = paneSession({ grids: [gridOf(rows(2024, 2), { sheet: "2024年学校" }), gridOf(rows(2025, 3), { sheet: "2025年学校" })], proposal: { sheet: "2025年学校", range: null, from: "used" } });

describe("the pane: a year chosen", () => {
  it("re-reads at once: the sheet and count shown follow the year, and the hint names it", async () => {
    const h = await years.started();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“2025年学校”（3 条）");
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    choose(h.byId("year"), "2024");
    await settle();
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“2024年学校”（2 条）");
    expect(h.byId("range-hint").textContent).toContain("2024 年");
    expect(h.byId("range-hint").textContent).not.toContain("最新年度");
  });
});

const yearOptions = (h: PaneHarness) => h.byId("year").querySelectorAll("option").map((o) => o.value);
const oneYear = paneSession({ grids: [gridOf(rows(2024, 2), { sheet: "2024年学校" })], proposal: { sheet: "2024年学校", range: null, from: "used" } });
// 小学 and 初中 of 2024 on sheets of their own: read together under 自动, whose hint names the year chosen.
const stage2024 = (sheet: string, count: number) => gridOf([["示例县2024年义务教育学校基本情况", null, null], ["学校名称", "在校生数", "专任教师数"], ...Array.from({ length: count }, (_, i) => [`学校${i + 1}`, 400, 25])], { sheet });
const stageSheets2024 = paneSession({ grids: [stage2024("2024年小学", 2), stage2024("2024年初中", 1)], proposal: { sheet: "2024年小学", range: null, from: "used" } });

describe("the pane: the 评估年度 list", () => {
  it("offers the years the school sheets state under a profile with no yearly targets (national-2017; before: 最新 alone), and reads the one chosen", async () => {
    const h = await years.started();
    expect(yearOptions(h)).toEqual(["", "2024", "2025"]);
    choose(h.byId("year"), "2024");
    await settle();
    expect(h.calls.reads.at(-1)?.year).toBe(2024);
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“2024年学校”（2 条）");
  });

  it("offers the profile's target years and the sheets' years together, each once, in order", async () => {
    const h = await oneYear.started();
    expect(yearOptions(h)).toEqual(["", "2024"]);
    choose(h.byId("profile"), "sichuan-guanghan-2024"); // targets 2024 and 2025
    await settle();
    expect(yearOptions(h)).toEqual(["", "2024", "2025"]);
  });

  it("keeps offering every sheet's year once a sheet is chosen", async () => {
    const h = await years.started();
    choose(h.byId("sheet"), "2024年学校");
    await settle();
    expect(yearOptions(h)).toEqual(["", "2024", "2025"]);
  });

  it("keeps a year a school sheet states when the profile changes; one only the old profile targeted gives way to 最新, read again", async () => {
    const h = await oneYear.started();
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    choose(h.byId("year"), "2024");
    await settle();
    choose(h.byId("profile"), "national-2017");
    await settle();
    expect(h.byId("year").value).toBe("2024");
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    choose(h.byId("year"), "2025");
    await settle();
    const reads = h.calls.reads.length;
    choose(h.byId("profile"), "national-2017");
    await settle();
    expect([h.byId("year").value, yearOptions(h)]).toEqual(["", ["", "2024"]]);
    expect(h.calls.reads.length).toBeGreaterThan(reads);
    expect(h.calls.reads.at(-1)?.year).toBeUndefined();
  });

  it("says under the range that the reader no longer reads for the year dropped on a profile change (before: still “（2025 年）”)", async () => {
    const h = await stageSheets2024.started();
    const latest = "自动：读取表头含学校名称和在校生数的工作表（小学、初中分表时一并读取，有多个年度时取最新年度）；如需其他工作表，请在“工作表”中选择。";
    expect([h.byId("sheet").value, h.byId("range-hint").textContent]).toEqual(["", latest]);
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    choose(h.byId("year"), "2025");
    await settle();
    expect(h.byId("range-hint").textContent).toBe("自动：读取 2025 年表头含学校名称和在校生数的工作表（小学、初中分表时一并读取）；如需其他工作表，请在“工作表”中选择。");
    choose(h.byId("profile"), "national-2017");
    await settle();
    expect([h.byId("year").value, h.byId("range-hint").textContent]).toEqual(["", latest]);
  });
});

describe("the pane: the 工作表 list", () => {
  it("does not offer sheets hidden in Excel (a hidden 规则, old data put away); 自动 still reads as the CLI does", async () => {
    const rule = gridOf([["路径", "值"], ["thresholds.cvPrimary", 0.5]], { sheet: "规则" });
    const old = gridOf([["学校名称", "在校生数"], ["旧小学", 100]], { sheet: "旧数据" });
    const h = await started({ grids: [PRIMARY, JUNIOR, rule, old], hiddenSheets: ["规则", "旧数据"] });
    expect(h.byId("sheet").querySelectorAll("option").map((o) => o.textContent)).toEqual(["自动（按学校名称、在校生数表头选表）", "小学", "初中"]);
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“小学”（2 条）、“初中”（1 条）");
  });
});

describe("the pane: the 工作表 list and the rule sheets", () => {
  it("does not offer a visible rule sheet (规则 (2), Rules) as a sheet to read schools from", async () => {
    // Before: 规则 (2) was listed beside 小学 and 初中, as if it could hold schools.
    const rule = gridOf([["路径", "值"], ["passRule.minMet", 6]], { sheet: "规则 (2)" });
    const rules = gridOf([["path", "value"], ["passRule.minMet", 6]], { sheet: "Rules" });
    const h = await started({ grids: [PRIMARY, JUNIOR, rule, rules] });
    expect(h.byId("sheet").querySelectorAll("option").map((o) => o.textContent)).toEqual(["自动（按学校名称、在校生数表头选表）", "小学", "初中"]);
  });
});

describe("the pane on a workbook with no school table: the hint says what automatic looks for, not that a sheet was chosen", () => {
  const empty = paneSession({ grids: [gridOf([[]], { sheet: "Sheet1" })], proposal: { sheet: "Sheet1", range: null, from: "used" } });

  it("says the rule (a header with school name and students) beside the reason nothing was read (zh, en)", async () => {
    const h = await empty.started();
    expect(h.byId("range-hint").textContent).toBe("自动：读取表头含学校名称和在校生数的工作表（小学、初中分表时一并读取，有多个年度时取最新年度）；如需其他工作表，请在“工作表”中选择。");
    expect(h.byId("range-hint").textContent).not.toContain("选定");
    expect(h.byId("mapping-status").textContent).toContain("无法读取学校数据");
    const en = await empty.started({ lang: "en" });
    expect(en.byId("range-hint").textContent).not.toMatch(/chosen|command line/);
  });

  it("says under the table what a school table needs: a header row with at least 学校名称 and 在校生数 (finding 13; before: only that Sheet1 is empty)", async () => {
    const h = await empty.started();
    expect(h.byId("mapping-status").textContent).toBe(
      "无法读取学校数据：工作表“Sheet1”是空的。学校数据表需要一行表头，至少含“学校名称”和“在校生数”两列，其下每所学校一行：请填入数据，或在上方“工作表”中选择学校数据所在的工作表。",
    );
    const en = await empty.started({ lang: "en" });
    expect(en.byId("mapping-status").textContent).toBe(
      'Cannot read the school data: the sheet “Sheet1” is empty. A school table needs a header row with at least 学校名称 (school name) and 在校生数 (students), and one row per school under it: enter the data, or choose the school sheet under Sheet above.',
    );
  });
});

describe("the pane: the 评估年度 list's first entry names the profile's latest target year (finding 13; before: 按表格标题（无则最新目标）)", () => {
  it("names 2025 under sichuan-guanghan-2024 (targets 2024 and 2025), and no year under national-2017, which sets none (zh, en)", async () => {
    const h = await started();
    expect(h.byId("year").querySelectorAll("option")[0]?.textContent).toBe("按表格标题");
    choose(h.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    expect(h.byId("year").querySelectorAll("option")[0]?.textContent).toBe("按表格标题（无则按 2025 年目标）");
    const en = await started({ lang: "en" });
    expect(en.byId("year").querySelectorAll("option")[0]?.textContent).toBe("From the sheet title");
    choose(en.byId("profile"), "sichuan-guanghan-2024");
    await settle();
    expect(en.byId("year").querySelectorAll("option")[0]?.textContent).toBe("From the sheet title (else the 2025 target)");
  });

  it("calls the button that reads the workbook again 重新读取工作簿 / Re-read workbook (before: 识别列, which named only the columns)", async () => {
    expect((await started()).byId("detect").textContent).toBe("重新读取工作簿");
    expect((await started({ lang: "en" })).byId("detect").textContent).toBe("Re-read workbook");
  });
});
