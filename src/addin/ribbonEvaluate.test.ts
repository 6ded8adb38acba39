import { memorySettings } from "../adapters/office/documentSettings";
import type { Evaluation, Issue } from "../engine/types";
import type { SheetSpec } from "../workbook/types";
import { SETTINGS_KEY } from "./addinSettings";
import type { PaneEnv } from "./paneEnv";
import { ribbonEvaluate, type RibbonHost } from "./ribbonEvaluate";
import type { ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import { mappingOf } from "../workbook/read/testing";
import { ADDIN_MESSAGES } from "../messages/addinMessages";
import { message } from "../messages/catalogue";
import { READER_MESSAGES } from "../messages/readerMessages";

const evaluation: Evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
const SAVED = { sheet: "学校", range: "A3:K40", fixes: { students: 4 }, profileId: "sichuan-guanghan-2024", year: 2025 };
const MISSING: Issue = { code: "no_header", severity: "error", cell: "学校!A1", params: {} };

const READ_MAPPING = mappingOf("学校", 0, [{ column: 0, header: "学校名称", field: "name" }]);

function env(saved: unknown, read: (options: ReadOptions) => Promise<ReadResult> = async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping: READ_MAPPING, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] })) {
  const reads: ReadOptions[] = [];
  const written: (readonly SheetSpec[])[] = [];
  const e: PaneEnv = {
    lang: "zh",
    source: { sheetNames: async () => ["学校"], readSheet: async () => ({ sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], merges: [] }) },
    sink: { writeSheets: async (specs) => (written.push(specs), { names: specs.map((s) => s.name), kept: [], replaced: [] }) },
    navigator: { proposeRange: async () => ({ sheet: "学校", range: null, from: "used" }), activateSheet: async () => undefined, selectCell: async () => undefined },
    settings: memorySettings(saved === undefined ? {} : { [SETTINGS_KEY]: saved }),
    deps: {
      read: async (_s, options) => (reads.push(options), read(options)),
      evaluate: (input) => ({ ...evaluation, year: input.year }),
      build: () => [{ name: "汇总", role: "summary", title: "t", notes: [], tables: [], freezeColumns: 0 }],
    },
    missing: [],
  };
  return { e, reads, written };
}

/** A host with or without a shared runtime, recording what the command asked of it. */
function host(shared: boolean) {
  const calls = { panes: 0, notices: [] as string[] };
  const h: RibbonHost = {
    showTaskpane: shared ? async () => void calls.panes++ : null,
    notify: async (text) => void calls.notices.push(text),
  };
  return { h, calls };
}

afterEach(() => jest.restoreAllMocks());

describe("ribbonEvaluate: saved settings", () => {
  it.each([true, false])("evaluates with the saved range, fixes and year, without pane or message (shared runtime: %s)", async (shared) => {
    const { e, reads, written } = env(SAVED);
    const { h, calls } = host(shared);
    const outcome = await ribbonEvaluate(e, h);
    // The saved year reaches the reader too: county figures of another year are left out.
    expect(reads).toEqual([{ sheet: "学校", range: "A3:K40", mapping: { roles: { students: 4 }, ignore: [] }, year: 2025 }]);
    expect(written).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: "evaluated", result: { ok: true, sheetNames: ["汇总"], evaluation: { year: 2025 } } });
    expect(calls).toEqual({ panes: 0, notices: [] });
  });
});

describe("ribbonEvaluate: saved fixes on a sheet edited since", () => {
  it("writes nothing and says which column changed when a fixed column now holds another header (a column was inserted)", async () => {
    const mapping = {
      sheet: "学校",
      headerRows: { top: 0, bottom: 0 },
      dataRows: { top: 1, bottom: 5 },
      columns: [{ column: 4, address: "E", headerCell: "学校!E1", header: "专任教师数", field: "teachers", stage: null, unitFactor: 1, unit: null, part: null }],
      unmatched: [],
      missing: [],
    };
    const { e, written } = env({ ...SAVED, fixes: {}, ignored: [4], headers: { "4": "网络多媒体教室" } }, async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] }));
    const { h, calls } = host(false);
    const outcome = await ribbonEvaluate(e, h);
    expect(written).toEqual([]);
    expect(outcome.kind).toBe("notified");
    expect(calls.notices[0]).toContain("学校!E1：E 列的表头已由“网络多媒体教室”变为“专任教师数”");
  });
});

describe("ribbonEvaluate: no settings", () => {
  it("opens the task pane where the host has a shared runtime, and writes nothing", async () => {
    const { e, reads, written } = env(undefined);
    const { h, calls } = host(true);
    expect(await ribbonEvaluate(e, h)).toEqual({ kind: "opened_pane", why: "no_settings" });
    expect(calls).toEqual({ panes: 1, notices: [] });
    expect(reads).toHaveLength(0);
    expect(written).toHaveLength(0);
  });

  it("tells the user to click 评估设置 where the pane cannot be opened (no shared runtime)", async () => {
    const { e, written } = env(undefined);
    const { h, calls } = host(false);
    const outcome = await ribbonEvaluate(e, h);
    expect(outcome.kind).toBe("notified");
    expect(calls.panes).toBe(0);
    expect(calls.notices).toHaveLength(1);
    expect(calls.notices[0]).toContain("“评估设置”");
    expect(written).toHaveLength(0);
  });

  it("treats malformed saved settings as none", async () => {
    const { e } = env({ sheet: "学校", range: 5 });
    expect((await ribbonEvaluate(e, host(true).h)).kind).toBe("opened_pane");
  });

  it("falls back to the message when the host refuses to show the pane", async () => {
    const { e } = env(undefined);
    const notices: string[] = [];
    const refusing: RibbonHost = { showTaskpane: async () => Promise.reject(new Error("not now")), notify: async (t) => void notices.push(t) };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await ribbonEvaluate(e, refusing)).kind).toBe("notified");
    expect(notices).toHaveLength(1);
  });
});

describe("ribbonEvaluate: problems and failures are never silent", () => {
  it("opens the pane with the result when the saved range cannot be read", async () => {
    const { e, written } = env(SAVED, async () => ({ ok: false, issues: [MISSING] }));
    const { h, calls } = host(true);
    expect(await ribbonEvaluate(e, h)).toMatchObject({ kind: "opened_pane", why: "problems", result: { ok: false, issues: [MISSING] } });
    expect(calls.panes).toBe(1);
    expect(written).toHaveLength(0);
  });

  it("names the count and the first problem with its cell where the pane cannot be opened", async () => {
    const { e } = env(SAVED, async () => ({ ok: false, issues: [MISSING, { ...MISSING, cell: null }] }));
    const { h, calls } = host(false);
    await ribbonEvaluate(e, h);
    expect(calls.notices[0]).toMatch(/^未能评估：发现 2 个问题，第一个是：学校!A1：.+。请点击“评估设置”查看并更正。$/);
  });

  it("reports a thrown error (e.g. the workbook is protected) with its reason", async () => {
    const { e } = env(SAVED);
    const failing = { ...e, sink: { writeSheets: async () => Promise.reject(new Error("protected")) } };
    const { h, calls } = host(false);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await ribbonEvaluate(failing, h)).toEqual({ kind: "notified", text: "写入结果工作表失败：protected。请点击“评估设置”重试。" });
    expect(calls.notices).toHaveLength(1);
  });

  it("says in English what failed, with the host's reason rather than the reader's English wrapper", async () => {
    const wrapped = new Error("cannot read sheet 学校", { cause: new Error("The requested resource doesn't exist.") });
    const { e } = env(SAVED, async () => Promise.reject(wrapped));
    const { h, calls } = host(false);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await ribbonEvaluate({ ...e, lang: "en" }, h);
    expect(calls.notices).toEqual(["Reading the workbook failed: The requested resource doesn't exist. Click Evaluation pane (评估设置) to try again."]);
  });

  it("hands the failure's text to the pane it opens (shared runtime)", async () => {
    const { e } = env(SAVED, async () => Promise.reject(new Error("busy")));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await ribbonEvaluate(e, host(true).h)).toEqual({ kind: "opened_pane", why: "error", text: "读取工作簿失败：busy。请点击“评估设置”重试。" });
  });

  it("reads the saved year's school sheets, as --year does, where the profile sets no target for it (national-2017 sets none)", async () => {
    const { e, reads } = env({ ...SAVED, profileId: "national-2017", year: 2023 });
    await ribbonEvaluate(e, host(false).h);
    expect(reads.map((r) => r.year)).toEqual([2023]);
  });

  it.each([
    [{ profileId: "beijing-2030" }, "保存的设置使用评估规则“beijing-2030”，本版本没有该规则；请在“评估设置”中选择评估规则后再评估。"],
  ])("stops, reading nothing, at saved rules this version does not have (%o), as the pane says", async (rules, said) => {
    const { e, reads, written } = env({ ...SAVED, ...rules });
    const { h, calls } = host(false);
    await ribbonEvaluate(e, h);
    expect(reads).toEqual([]);
    expect(written).toHaveLength(0);
    // The first problem's own full stop gives way to the sentence around it: never "后再评估。。请点击".
    expect(calls.notices).toEqual([`未能评估：发现 1 个问题：${said.replace(/。$/, "")}。请点击“评估设置”查看并更正。`]);
  });

  const FIX_MOVED: Issue = { code: "addin_saved_fix_column_changed", severity: "error", cell: "学校基本情况!F4", params: { column: "F", was: "在校生数（人）", now: "班级数（个）" } };
  const FIX_MOVED_TO: Issue = { code: "addin_saved_fix_column_changed_to", severity: "error", cell: "学校基本情况!N4", params: { column: "N", was: "教学及辅助用方面积（㎡）", now: "体育、艺术教师/美术", to: "O" } };
  const PROFILE_GONE: Issue = { code: "addin_saved_profile_unknown", severity: "error", cell: null, params: { profile: "hunan-2019" } };
  const NO_HEADER: Issue = { code: "read_no_header", severity: "error", cell: null, params: { sheet: "县级指标", sheetList: "县级指标", count: 1, fieldList: "学校名称、在校生数", foundRow: 1, found: "项目 | 数值 | 备注" } };
  it.each([
    // The advice to open 评估设置 said once, by the message around the problem (a reviewer read it twice in a row).
    ["zh", FIX_MOVED, "未能评估：发现 1 个问题：学校基本情况!F4：F 列的表头已由“在校生数（人）”变为“班级数（个）”，保存的列更正是为原表头设置的，未予使用，工作表中已找不到原表头。请点击“评估设置”查看并更正。"],
    ["en", FIX_MOVED, "Could not evaluate: 1 problem: at 学校基本情况!F4, the header of column F changed from “在校生数（人）” to “班级数（个）”; the saved column fix was made for the old header and is not applied, and no column holds that header now. Click Evaluation pane (评估设置) to see and fix it."],
    ["zh", FIX_MOVED_TO, "未能评估：发现 1 个问题：学校基本情况!N4：N 列的表头已由“教学及辅助用方面积（㎡）”变为“体育、艺术教师/美术”，保存的列更正是为原表头设置的，未予使用；原表头现在在 O 列。请点击“评估设置”查看并更正。"],
    ["en", FIX_MOVED_TO, "Could not evaluate: 1 problem: at 学校基本情况!N4, the header of column N changed from “教学及辅助用方面积（㎡）” to “体育、艺术教师/美术”; the saved column fix was made for the old header and is not applied; that header is now in column O. Click Evaluation pane (评估设置) to see and fix it."],
    ["zh", PROFILE_GONE, "未能评估：发现 1 个问题：保存的设置使用评估规则“hunan-2019”，本版本没有该规则；请在“评估设置”中选择评估规则后再评估。请点击“评估设置”查看并更正。"],
    ["en", PROFILE_GONE, "Could not evaluate: 1 problem: the saved settings use the rule profile “hunan-2019”, which this version does not have; choose a profile in the Evaluation pane (评估设置), then evaluate. Click Evaluation pane (评估设置) to see and fix it."],
    ["zh", NO_HEADER, "未能评估：发现 1 个问题：在工作表“县级指标”中找不到学校数据的表头：缺少 学校名称、在校生数 列。该表第 1 行为：项目 | 数值 | 备注。请点击“评估设置”查看并更正。"],
  ] as const)("joins the first problem to the message without doubling its full stop (%s, %o)", async (lang, issue, said) => {
    const { e } = env(SAVED, async () => ({ ok: false, issues: [issue] }));
    const { h, calls } = host(false);
    await ribbonEvaluate({ ...e, lang }, h);
    expect(calls.notices).toEqual([said]);
  });

  // Every reader and add-in message that closes its sentence itself, in either language, as the first problem.
  const CLOSED = Object.keys(ADDIN_MESSAGES).concat(Object.keys(READER_MESSAGES)).filter((code) => /[。.]$/.test(message(code, {}, "zh")) || /\.$/.test(message(code, {}, "en")));
  it("has messages that close their sentence to test with", () => expect(CLOSED.length).toBeGreaterThan(10));
  it.each(CLOSED.flatMap((code) => [["zh", code], ["en", code]] as const))("never doubles the closing punctuation of the first problem (%s, %s)", async (lang, code) => {
    const { e } = env(SAVED, async () => ({ ok: false, issues: [{ code, severity: "error", cell: null, params: {} }, FIX_MOVED] }));
    const { h, calls } = host(false);
    await ribbonEvaluate({ ...e, lang }, h);
    expect(calls.notices[0]).not.toMatch(/[。.．!！;；,，:：]\s*[。.．]/u);
  });

  it.each([
    ["zh", new Error("工作簿受保护。"), "写入结果工作表失败：工作簿受保护。请点击“评估设置”重试。"],
    ["en", new Error("The workbook is protected."), "Writing the result sheets failed: The workbook is protected. Click Evaluation pane (评估设置) to try again."],
  ] as const)("joins a failure's reason to the message without doubling its full stop (%s)", async (lang, error, said) => {
    const { e } = env(SAVED);
    const failing = { ...e, lang, sink: { writeSheets: async () => Promise.reject(error) } };
    const { h, calls } = host(false);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await ribbonEvaluate(failing, h);
    expect(calls.notices).toEqual([said]);
  });

  it("reports a mistyped saved range as a problem, not a failure", async () => {
    const { e, reads } = env({ ...SAVED, range: "A1:B" });
    const { h, calls } = host(false);
    await ribbonEvaluate(e, h);
    expect(reads).toEqual([]);
    expect(calls.notices[0]).toBe("未能评估：发现 1 个问题：“A1:B”不是有效的单元格区域（应为 A1:K40 这样的形式）。请点击“评估设置”查看并更正。");
  });
});
