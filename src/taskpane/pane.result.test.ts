/**
 * The pane's result after an evaluation: the links to the result sheets and the data issues' cells
 * once the user renamed or deleted a sheet, the result sheets that took another name beside the
 * user's own, and the 规则 sheet's entries that were not applied.
 */
import { OfficeError, hostReason } from "../adapters/office/OfficeError";
import { ribbonEvaluate } from "../addin/ribbonEvaluate";
import type { SheetSpec } from "../workbook/types";
import { gridOf } from "../workbook/read/testing";
import { click } from "./testing/fakeDom";
import { paneSession, settle, type PaneHarness } from "./testing/paneHarness";

const SCHOOLS = gridOf(
  [
    ["学校名称", "小学在校生数", "初中在校生数", "专任教师数", "网络多媒体教室", "教学仪器设备资产值（万元）"],
    ["九年一贯制学校", 300, 200, 40, 12, 50],
    ["城关小学", 400, null, "二十五", 8, 30],
  ],
  { sheet: "学校" },
);
const USED = { sheet: "学校", range: null, from: "used" } as const;

const { evaluated } = paneSession({ grids: [SCHOOLS], proposal: USED });

/** Excel's answer to worksheets.getItem of a name no sheet has, as the Office adapter passes it on (OfficeError with the host's error as cause). */
function itemNotFound(target: string): OfficeError {
  const host = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
  return new OfficeError("office_navigate_failed", { target, reason: hostReason(host) }, { cause: host });
}

describe("the pane: a link to a sheet renamed or deleted since the evaluation", () => {
  it.each([
    ["zh", "无法转到该工作表或单元格：结果工作表“汇总”已改名或删除（改名后的表作为您的副本保留，不再更新）；请重新评估，以写出新的结果工作表"],
    ["en", "Cannot go to that sheet or cell: the result sheet “Summary” has been renamed or deleted (a renamed one stays as your copy and is not updated); evaluate again to write the result sheets anew"],
  ] as const)("says the result sheet was renamed or deleted and to evaluate again, not Excel's ItemNotFound (%s)", async (lang, said) => {
    const h = await evaluated({ lang });
    const first = h.byId("sheets").querySelectorAll("a")[0];
    const name = first?.textContent ?? "";
    jest.spyOn(h.env.navigator, "activateSheet").mockRejectedValue(itemNotFound(name));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    click(first as never);
    await settle();
    expect(h.byId("notice").textContent).toBe(said);
  });

  it("says a data issue's sheet was renamed or deleted when its cell link finds no sheet", async () => {
    const h = await evaluated();
    const cell = h.byId("issues").querySelectorAll("a")[0];
    expect(cell?.textContent).toMatch(/^学校!/);
    jest.spyOn(h.env.navigator, "selectCell").mockRejectedValue(itemNotFound(cell?.textContent ?? ""));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    click(cell as never);
    await settle();
    expect(h.byId("notice").textContent).toBe(`无法转到该工作表或单元格：${cell?.textContent ?? ""} 所在的工作表“学校”已改名或删除；请重新评估，数据问题将指向工作表现在的位置`);
  });

  it("keeps the host's words for other failures (a protected workbook)", async () => {
    const h = await evaluated();
    const protectedBook = new OfficeError("office_navigate_failed", { target: "汇总", reason: "AccessDenied" }, { cause: Object.assign(new Error("AccessDenied"), { code: "AccessDenied" }) });
    jest.spyOn(h.env.navigator, "activateSheet").mockRejectedValue(protectedBook);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    click(h.byId("sheets").querySelectorAll("a")[0] as never);
    await settle();
    expect(h.byId("notice").textContent).toBe("无法转到该工作表或单元格：无法转到“汇总”（AccessDenied）");
  });
});

/** A sink that, as the Office sink does beside a user's sheet of the same name, gives 汇总 and 数据问题 (in either language) the next free name. */
function besideUsersSheets(h: PaneHarness): void {
  const taken = new Set(["汇总", "数据问题", "Summary", "Data issues"]);
  jest.spyOn(h.env.sink, "writeSheets").mockImplementation(async (specs) => ({ names: specs.map((s) => (taken.has(s.name) ? `${s.name} (2)` : s.name)), kept: [], replaced: [] }));
}

describe("the pane: result sheets written under another name beside the user's own", () => {
  it.each([
    ["zh", "以下结果工作表与您自己的工作表同名，已改用新名称写入（您的工作表未作任何改动）：汇总 → 汇总 (2)、数据问题 → 数据问题 (2)"],
    ["en", "These result sheets share a name with sheets of your own and were written under new names (your sheets are left untouched): Summary → Summary (2), Data issues → Data issues (2)"],
  ] as const)("says once which ones, and that the user's sheets are untouched (%s)", async (lang, said) => {
    const h = await evaluated({ lang }, besideUsersSheets);
    expect(h.byId("sheets").querySelectorAll("a").map((a) => a.textContent)).toContain(lang === "zh" ? "汇总 (2)" : "Summary (2)");
    expect(h.byId("result-notes").querySelectorAll("p").map((p) => p.textContent)).toEqual([said]);
    expect(h.byId("notice").hidden).toBe(true);
  });

  it("says it in the singular for one sheet (en)", async () => {
    const h = await evaluated({ lang: "en" }, (x) => jest.spyOn(x.env.sink, "writeSheets").mockImplementation(async (specs) => ({ names: specs.map((s) => (s.name === "Summary" ? "Summary (2)" : s.name)), kept: [], replaced: [] })));
    expect(h.byId("result-notes").textContent).toBe("This result sheet shares its name with a sheet of your own and was written under a new name (your sheet is left untouched): Summary → Summary (2)");
  });

  it.each([
    ["zh", ["以下结果工作表与您自己的工作表同名，已改用新名称写入（您的工作表未作任何改动）：数据问题 → 数据问题 (2)", "以下结果工作表在上次评估后被修改过，已原样保留（其中的修改不会丢失，但不再随评估更新）；本次结果改用新名称写入：汇总 → 汇总 (2)"]],
    ["en", ["This result sheet shares its name with a sheet of your own and was written under a new name (your sheet is left untouched): Data issues → Data issues (2)", "This result sheet was changed after the last evaluation and is kept as it is (your changes are not lost, but it no longer updates); this evaluation's result was written under a new name: Summary → Summary (2)"]],
  ] as const)("tells a result written beside an earlier one the user changed from one beside a sheet of the user's (%s)", async (lang, said) => {
    const h = await evaluated({ lang }, (x) =>
      jest.spyOn(x.env.sink, "writeSheets").mockImplementation(async (specs) => {
        const names = specs.map((s) => (["汇总", "数据问题", "Summary", "Data issues"].includes(s.name) ? `${s.name} (2)` : s.name));
        return { names, kept: [lang === "zh" ? "汇总" : "Summary"], replaced: [] };
      }),
    );
    expect(h.byId("result-notes").querySelectorAll("p").map((p) => p.textContent)).toEqual([...said]);
  });

  it.each([
    ["zh", "以下结果工作表由本加载项的早期版本写入，无法判断您是否修改过，已原样保留（不再随评估更新，不需要时可自行删除）；本次结果改用新名称写入：汇总 → 汇总 (2)、差异系数 → 差异系数 (2)"],
    ["en", "These result sheets were written by an earlier version of this add-in; as this version cannot tell whether you changed them, they are kept as they are (they no longer update; delete them when you no longer need them); this evaluation's results were written under new names: Summary → Summary (2), Coefficients → Coefficients (2)"],
  ] as const)("says why a result was written beside an earlier version's, not that the user changed it or that it is the user's own (%s)", async (lang, said) => {
    const older = lang === "zh" ? ["汇总", "差异系数"] : ["Summary", "Coefficients"];
    const h = await evaluated({ lang }, (x) =>
      jest.spyOn(x.env.sink, "writeSheets").mockImplementation(async (specs) => ({ names: specs.map((s) => (older.includes(s.name) ? `${s.name} (2)` : s.name)), kept: [], keptOlder: older, replaced: [] })),
    );
    expect(h.byId("result-notes").querySelectorAll("p").map((p) => p.textContent)).toEqual([said]);
  });

  it("says of one earlier version's result that this version, not the earlier one, cannot tell whether it was changed (en)", async () => {
    const h = await evaluated({ lang: "en" }, (x) =>
      jest.spyOn(x.env.sink, "writeSheets").mockImplementation(async (specs) => ({ names: specs.map((s) => (s.name === "Summary" ? "Summary (2)" : s.name)), kept: [], keptOlder: ["Summary"], replaced: [] })),
    );
    expect(h.byId("result-notes").querySelectorAll("p").map((p) => p.textContent)).toEqual([
      "This result sheet was written by an earlier version of this add-in; as this version cannot tell whether you changed it, it is kept as it is (it no longer updates; delete it when you no longer need it); this evaluation's result was written under a new name: Summary → Summary (2)",
    ]);
  });

  it("names an earlier version's result kept in the other language, though this run's sheet of its role kept its own name", async () => {
    // 汇总 of an earlier build, kept (nothing shows it unchanged); evaluated in English, Summary was free: 汇总 stays, stale.
    const h = await evaluated({ lang: "en" }, (x) => jest.spyOn(x.env.sink, "writeSheets").mockImplementation(async (specs) => ({ names: specs.map((s) => s.name), kept: [], keptOlder: ["汇总"], replaced: [] })));
    expect(h.byId("result-notes").querySelectorAll("p").map((p) => p.textContent)).toEqual([
      "This result sheet was written by an earlier version of this add-in; as this version cannot tell whether you changed it, it is kept as it is (it no longer updates; delete it when you no longer need it); this evaluation's result was written under a new name: 汇总 → Summary",
    ]);
  });

  it("says nothing when every result sheet has its own name", async () => {
    const h = await evaluated();
    expect(h.byId("result-notes").querySelectorAll("p")).toEqual([]);
  });

  it("takes the line away when what is shown next could not be evaluated", async () => {
    const h = await evaluated({}, besideUsersSheets);
    expect(h.byId("result-notes").textContent).not.toBe("");
    h.pane.showRibbonOutcome({ kind: "opened_pane", why: "problems", result: { ok: false, issues: [{ code: "read_sheets_empty", severity: "error", cell: null, params: { sheet: "学校" } }] } });
    expect(h.byId("result-notes").textContent).toBe("");
  });
});

/**
 * A sink that says it replaced, on every write after the first, what `replaced` gives of the specs
 * it writes (the Office sink replaces the run before's sheets, which, none changed, are those of
 * these specs); the specs of each write are in `written`.
 */
function replacing(h: PaneHarness, replaced: (specs: readonly SheetSpec[]) => string[]): { written: (readonly SheetSpec[])[] } {
  const written: (readonly SheetSpec[])[] = [];
  jest.spyOn(h.env.sink, "writeSheets").mockImplementation(async (specs) => {
    written.push(specs);
    return { names: specs.map((s) => s.name), kept: [], replaced: written.length === 1 ? [] : replaced(specs) };
  });
  return { written };
}

const names = (specs: readonly SheetSpec[]) => specs.map((s) => s.name);
/** The pane's closing line as a statistician should read it, written out here for `count` sheets written and `replaced` replaced. */
const DONE = {
  zh: (count: number, replaced: number) => (replaced === 0 ? `完成：已写入 ${count} 张结果工作表。` : `完成：已写入 ${count} 张结果工作表，已替换上次评估的 ${replaced} 张结果表。`),
  en: (count: number, replaced: number) =>
    replaced === 0 ? `Done: ${count} result sheets written.` : `Done: ${count} result sheets written; they replaced the ${replaced} result ${replaced === 1 ? "sheet" : "sheets"} of the last evaluation.`,
};

describe("the pane's closing line: the result sheets of the last evaluation that the run replaced", () => {
  /** Evaluates twice with a sink replacing `replaced(specs)` the second time; the line after each run. */
  async function twice(lang: "zh" | "en", replaced: (specs: readonly SheetSpec[]) => string[]) {
    let sink = { written: [] as (readonly SheetSpec[])[] };
    const h = await evaluated({ lang }, (x) => (sink = replacing(x, replaced)));
    const first = h.byId("progress-text").textContent;
    click(h.byId("evaluate"));
    await settle();
    return { first, second: h.byId("progress-text").textContent, specs: sink.written[1] ?? [], h };
  }

  it.each(["zh", "en"] as const)("says nothing of it on a first run, and on the next how many it replaced: all of the last run's (%s)", async (lang) => {
    const { first, second, specs } = await twice(lang, names);
    // Six sheets built (汇总 … 数据问题), counted from what the sink was given, not copied from the line.
    expect(specs.length).toBeGreaterThan(1);
    expect(first).toBe(DONE[lang](specs.length, 0));
    expect(second).toBe(DONE[lang](specs.length, specs.length));
  });

  it.each(["zh", "en"] as const)("says one in the singular (%s)", async (lang) => {
    const { second, specs } = await twice(lang, (s) => names(s).slice(0, 1));
    expect(second).toBe(DONE[lang](specs.length, 1));
    expect(second).toBe(lang === "zh" ? `完成：已写入 ${specs.length} 张结果工作表，已替换上次评估的 1 张结果表。` : `Done: ${specs.length} result sheets written; they replaced the 1 result sheet of the last evaluation.`);
  });

  it.each(["zh", "en"] as const)("counts every earlier result replaced, more than it wrote: eight, the last run's and two left from one before it (%s)", async (lang) => {
    // The run before wrote these specs' sheets; one before that left 汇总 (2) and 数据问题 (2), results too, now gone.
    const earlier = (specs: readonly SheetSpec[]) => [...names(specs), `${specs[0]?.name ?? ""} (2)`, `${specs[specs.length - 1]?.name ?? ""} (2)`];
    const { second, specs } = await twice(lang, earlier);
    expect(earlier(specs)).toHaveLength(8);
    expect(second).toBe(DONE[lang](specs.length, earlier(specs).length));
  });

  it("counts not the earlier result the user changed, which is kept and said as before under the result", async () => {
    // As the Office sink does once the user typed into 汇总: kept, the new 汇总 beside it, the other five of the last run replaced.
    let writes = 0;
    const h = await evaluated({}, (x) =>
      jest.spyOn(x.env.sink, "writeSheets").mockImplementation(async (specs) => {
        const changed = writes++ > 0 ? ["汇总"] : [];
        const replaced = writes > 1 ? names(specs).filter((n) => !changed.includes(n)) : [];
        return { names: specs.map((s) => (changed.includes(s.name) ? `${s.name} (2)` : s.name)), kept: changed, replaced };
      }),
    );
    click(h.byId("evaluate"));
    await settle();
    const built = h.byId("sheets").querySelectorAll("a").length;
    expect(h.byId("progress-text").textContent).toBe(DONE.zh(built, built - 1));
    expect(h.byId("result-notes").textContent).toBe("以下结果工作表在上次评估后被修改过，已原样保留（其中的修改不会丢失，但不再随评估更新）；本次结果改用新名称写入：汇总 → 汇总 (2)");
  });

  it.each([
    ["zh", (n: number) => `评估完成，已更新结果工作表：已替换上次评估的 ${n} 张结果表。`],
    ["en", (n: number) => `Evaluation done; result sheets updated: they replaced the ${n} result sheets of the last evaluation.`],
  ] as const)("says it after the ribbon's 评估 too, which replaced the pane's sheets (%s)", async (lang, said) => {
    const { specs, h } = await twice(lang, names);
    const outcome = await ribbonEvaluate(h.env, { showTaskpane: null, notify: async () => undefined });
    h.pane.showRibbonOutcome(outcome);
    expect(outcome.kind).toBe("evaluated");
    expect(h.byId("progress-text").textContent).toBe(said(specs.length));
  });
});

const RULES = gridOf(
  [
    ["路径", "值"],
    ["cvLimit.primary", 0.45],
    ["cvLimits.primary", "零点五"],
    ["targets", "2024:85%"],
    ["cvLimits.junior", 0.45],
  ],
  { sheet: "规则" },
);

describe("the pane: 规则 entries that were not applied", () => {
  it.each([
    ["zh", "规则表“规则”中有 3 项设置未采用（已忽略，这几项仍按所选评估规则），原因和单元格见工作表："],
    ["en", "3 entries of the rule sheet “规则” were not applied (ignored: the chosen profile's settings stand for them); for why and where, see the sheet "],
  ] as const)("says how many, pointing to the issues sheet by its written name (%s)", async (lang, said) => {
    const h = await evaluated({ lang, grids: [SCHOOLS, RULES] }, besideUsersSheets);
    const line = h.byId("result-notes").querySelectorAll("p.warn-text")[0];
    const issuesSheet = lang === "zh" ? "数据问题 (2)" : "Data issues (2)";
    expect(line?.textContent).toBe(`${said}${issuesSheet}`);
    const activate = jest.spyOn(h.env.navigator, "activateSheet");
    click(line?.querySelectorAll("a")[0] as never);
    await settle();
    expect(activate).toHaveBeenCalledWith(issuesSheet);
  });

  it("says it in the singular for one entry (en), and nothing when every entry applies", async () => {
    const one = gridOf([["路径", "值"], ["cvLimits.primary", "零点五"]], { sheet: "规则" });
    const h = await evaluated({ lang: "en", grids: [SCHOOLS, one] });
    expect(h.byId("result-notes").textContent).toBe("1 entry of the rule sheet “规则” was not applied (ignored: the chosen profile's setting stands for it); for why and where, see the sheet Data issues");
    const fine = gridOf([["路径", "值"], ["cvLimits.primary", 0.45]], { sheet: "规则" });
    const again = await evaluated({ grids: [SCHOOLS, fine] });
    expect(again.byId("result-notes").textContent).toBe("");
  });
});

describe("the pane: what a 规则 value written as JSON should look like", () => {
  it("shows, in the issue, an example of what to write rather than only naming JSON (zh, en)", async () => {
    const h = await evaluated({ grids: [SCHOOLS, RULES] });
    expect(h.byId("issues").textContent).toContain("规则“targets”的值“2024:85%”类型不对（应为JSON 格式的文字，用英文的方括号、花括号和双引号书写，例如 targets 写作 [{\"year\": 2024, \"share\": 0.85}]（2024 年达标比例目标 85%）），已忽略");
    const en = await evaluated({ lang: "en", grids: [SCHOOLS, RULES] });
    expect(en.byId("issues").textContent).toContain("Rule “targets”: “2024:85%” is of the wrong kind (expected JSON text, written with straight brackets, braces and double quotes: for targets, e.g. [{\"year\": 2024, \"share\": 0.85}] (a target of 85% passing in 2024)); ignored");
  });

  it("takes the example as written: a 规则 sheet with it evaluates against that target, with nothing ignored", async () => {
    const rules = gridOf([["路径", "值"], ["targets", '[{"year": 2024, "share": 0.85}]']], { sheet: "规则" });
    const h = await evaluated({ grids: [SCHOOLS, rules] });
    expect(h.byId("result-notes").textContent).toBe("");
    expect(h.byId("glance").textContent).toContain("目标 2024 年 85.0%");
  });
});
