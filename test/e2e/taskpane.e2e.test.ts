/**
 * End to end in headless Chromium: the real bundled task pane, served on localhost with a stand-in
 * office.js over an in-memory workbook filled from test/fixtures/flat.xlsx. The test lets the pane
 * take the selection, clicks 评估, and checks that the sheets written are the CLI's for the same
 * data (names and every cell value; a 数据问题 message the add-in words its own way, without the
 * command line's options, excepted, and on the other sheets a text the add-in says its own way in
 * place of the CLI's, the rest of the cell the same), then saves docs/taskpane.png; a second 评估 (the ribbon's,
 * then the pane's again) replaces them, and the pane says how many it replaced.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { XlsxWorkbookSource } from "../../src/adapters/xlsx/XlsxWorkbookSource";
import { runEvaluate } from "../../src/cli/runEvaluate";
import { evaluate } from "../../src/engine/evaluate";
import { CATALOGUE, message } from "../../src/messages/catalogue";
import { readWorkbook } from "../../src/workbook/read/readWorkbook";
import { noFundingNormAdvice } from "../../src/workbook/write/noFundingNorm";
import { buildForTest } from "./buildForTest";
import { cellMap, fixtureSheets } from "./fixtureConfig";
import { serveStatic } from "./serveStatic";
import type { StandInConfig, StandInDump } from "./standin/config";

const root = resolve(__dirname, "..", "..");
const FIXTURE = join(root, "test", "fixtures", "flat.xlsx");
const SHEET = "七项指标统计表";
const RANGE = "A1:J15";
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let work = "";
let server: { url: string; close: () => Promise<void> } | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error("chromium missing: apt-get install -y chromium fonts-noto-cjk (scripts/ensure-system-deps.sh)");
  work = mkdtempSync(join(tmpdir(), "yzjh-e2e-"));
  const built = await buildForTest(work);
  server = await serveStatic(built.site, built.standIn);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The CLI on the same file, sheet and range (in `lang`): its result workbook, read back. */
async function cliSheets(lang: "zh" | "en" = "zh"): Promise<{ name: string; cells: Map<string, unknown> }[]> {
  return cliSheetsOf(FIXTURE, ["--sheet", SHEET, "--range", RANGE, "--lang", lang], `cli-result-${lang}.xlsx`);
}

/** The CLI on `file` with `args`: its result workbook (written as `name` in the work folder), read back. */
async function cliSheetsOf(file: string, args: readonly string[], name: string): Promise<{ name: string; cells: Map<string, unknown> }[]> {
  const out = join(work, name);
  const run = await runEvaluate([file, "--out", out, ...args], {
    open: (p) => XlsxWorkbookSource.open(p),
    read: (source, options) => readWorkbook(source, options),
    evaluate,
    cwd: root,
    samplePath: FIXTURE,
  });
  expect(run.exitCode).toBe(0);
  const result = await XlsxWorkbookSource.open(out);
  const sheets = [];
  for (const name of await result.sheetNames()) {
    const grid = await result.readSheet(name);
    sheets.push({ name, cells: cellMap(grid.top, grid.left, grid.values) });
  }
  return sheets;
}

/** What only a command-line user can act on: an option, the command line itself, the README. */
const CLI_WORDS = /命令行|command line|--[a-z]|README/;

/**
 * Whether the pane's `a` at `key` is the add-in's own wording of the CLI's `e` (message's "addin"
 * front): a 数据问题 message (column 2) whose code (column 1 of its row) the add-in says its own
 * way, the CLI's naming the command line and the pane's not.
 */
function addinWording(actual: Map<string, unknown>, key: string, a: unknown, e: unknown): boolean {
  const [row, column] = key.split(",");
  const code = actual.get(`${row},1`);
  if (column !== "2" || typeof code !== "string" || !CATALOGUE.has(`addin_${code}`)) return false;
  return typeof a === "string" && typeof e === "string" && CLI_WORDS.test(e) && !CLI_WORDS.test(a);
}

/**
 * The CLI's texts that the add-in says its own way (out_basis_no_funding_norm on 汇总 and
 * 政府保障与质量), each with the add-in's, in both languages: those of no parameters, and the
 * sheets' sentences whose parameters do not depend on the workbook.
 */
const ADDIN_SENTENCES: readonly (readonly [string, string])[] = [...CATALOGUE.entries()]
  .filter(([code, text]) => CATALOGUE.has(`addin_${code}`) && !/\{/.test(text.zh + text.en))
  .flatMap(([code]) => (["zh", "en"] as const).map((lang) => [message(code, {}, lang), message(code, {}, lang, "addin")] as const))
  // And those the sheets fill with the same parameters whatever the workbook: the G6 advice names the 规则 rows (noFundingNormAdvice).
  .concat((["zh", "en"] as const).map((lang) => [noFundingNormAdvice(lang), noFundingNormAdvice(lang, "addin")] as const))
  // Inside an English sentence a text starts in lower case ({detail:lower}).
  .flatMap(([cli, addin]) => [[cli, addin] as const, [lowerFirst(cli), lowerFirst(addin)] as const]);

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether the pane's `a` is the CLI's `e` with one of those texts said the add-in's way: the rest of the cell exactly the same. */
function addinSentence(a: unknown, e: unknown): boolean {
  return typeof a === "string" && typeof e === "string" && ADDIN_SENTENCES.some(([cli, addin]) => e.includes(cli) && e.replace(cli, addin) === a);
}

function expectSameCells(actual: Map<string, unknown>, expected: Map<string, unknown>, sheet: string): void {
  const diffs: string[] = [];
  const issues = sheet === "数据问题" || sheet === "Data issues";
  for (const key of new Set([...actual.keys(), ...expected.keys()])) {
    const a = actual.get(key);
    const e = expected.get(key);
    const same = typeof a === "number" && typeof e === "number" ? Math.abs(a - e) <= 1e-12 * Math.max(1, Math.abs(e)) : a === e;
    if (!same && !(issues && addinWording(actual, key, a, e)) && !addinSentence(a, e)) diffs.push(`${sheet}!${key}: pane ${JSON.stringify(a)} vs CLI ${JSON.stringify(e)}`);
  }
  expect(diffs.slice(0, 20)).toEqual([]);
}

async function standInConfig(extra: Partial<StandInConfig> = {}): Promise<StandInConfig> {
  return {
    apiVersion: "1.13",
    displayLanguage: "zh-CN",
    documentUrl: "https://example.invalid/bureau/flat.xlsx",
    sheets: await fixtureSheets(FIXTURE),
    selection: { sheet: SHEET, top: 0, left: 0, bottom: 14, right: 9 },
    ...extra,
  };
}

/** A page of the built add-in (or any URL on the server) over the stand-in workbook; page errors are collected. */
async function openPage(pathOrUrl: string, config: StandInConfig): Promise<{ page: Page; errors: string[] }> {
  const page = await (browser as Browser).newPage({ viewport: { width: 380, height: 1100 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((c) => Object.assign(window, { __YZJH_CONFIG: c }), config);
  await page.goto(pathOrUrl.startsWith("http") ? pathOrUrl : `${server?.url}/${pathOrUrl}`);
  return { page, errors };
}

const dumpOf = async (page: Page) => (await page.evaluate(() => (window as unknown as { __yzjh: { dump(): StandInDump } }).__yzjh.dump())) as StandInDump;
const invoke = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __yzjh: { invoke(n: string): Promise<void> } }).__yzjh.invoke(n), name);
/** Waits until the page has registered the ribbon's 评估 with Office.actions.associate. */
const actionRegistered = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __yzjh: { dump(): StandInDump } }).__yzjh.dump().actions.includes("evaluate"));

const RESULT_NAMES = ["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"];

it("evaluates the selected range in the pane and writes the CLI's sheets", async () => {
  const config = await standInConfig();
  const sheets = config.sheets;
  const { page, errors } = await openPage("taskpane.html", config);
  await page.waitForSelector("#mapping tbody tr");
  expect(await page.inputValue("#range")).toBe(RANGE);
  expect(await page.inputValue("#sheet")).toBe(SHEET);
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  expect(errors).toEqual([]);
  expect(await page.isHidden("#notice")).toBe(true);
  // Read out by a screen reader: 完成 in a polite status region (the accessibility tree's, not only the attribute).
  const done = page.getByRole("status").filter({ hasText: "完成：已写入 6 张结果工作表。" });
  expect([await done.count(), await done.getAttribute("aria-live")]).toEqual([1, "polite"]);

  const dump = (await page.evaluate(() => (window as unknown as { __yzjh: { dump(): StandInDump } }).__yzjh.dump())) as StandInDump;
  const expected = await cliSheets();
  expect(expected.map((s) => s.name)).toEqual(RESULT_NAMES);
  expect(expected.reduce((n, s) => n + s.cells.size, 0)).toBeGreaterThan(300);
  const written = dump.sheets.filter((s) => !sheets.some((f) => f.name === s.name));
  expect(written.map((s) => s.name)).toEqual(expected.map((s) => s.name));
  for (const [i, sheet] of written.entries()) {
    const cli = expected[i];
    if (cli) expectSameCells(cellMap(0, 0, sheet.grid), cli.cells, sheet.name);
  }
  // The user's own sheets are exactly as they were.
  for (const original of sheets) {
    const now = dump.sheets.find((s) => s.name === original.name);
    expectSameCells(cellMap(0, 0, now?.grid ?? []), new Map(original.cells.map(([r, c, v]) => [`${r},${c}`, v])), original.name);
  }
  expect(dump.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  expect(dump.settings["yzjh.settings"]).toMatchObject({ sheet: SHEET, range: RANGE });

  const sheetLinks = await page.locator("#sheets li").allTextContents();
  expect(sheetLinks).toEqual(expected.map((s) => s.name));
  await page.screenshot({ path: join(root, "docs", "taskpane.png"), fullPage: true });

  // The ribbon's 评估 in the same (shared) runtime: re-evaluates with the settings just saved.
  expect(dump.actions).toEqual(["evaluate"]);
  await invoke(page, "evaluate");
  const again = await dumpOf(page);
  expect(again.syncs).toBeGreaterThan(dump.syncs);
  expect(again.sheets.map((s) => s.name)).toEqual(dump.sheets.map((s) => s.name));
  expect(again.sheets.map((s) => s.grid)).toEqual(dump.sheets.map((s) => s.grid));
  expect(again.panesShown).toBe(0);
  expect(again.dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // It replaced the pane's result sheets, none changed: the pane says how many, counted from the sheets the CLI writes.
  const replaced = `已替换上次评估的 ${expected.length} 张结果表`;
  await page.waitForSelector(`#progress-text:has-text('${replaced}')`);
  expect(await page.textContent("#progress-text")).toBe(`评估完成，已更新结果工作表：${replaced}。`);

  // 评估 again in the pane: the ribbon's sheets are replaced in turn, and the pane's closing line says so.
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成：已写入')");
  const second = page.getByRole("status").filter({ hasText: `完成：已写入 ${expected.length} 张结果工作表，${replaced}。` });
  expect(await second.count()).toBe(1);
  expect(await page.textContent("#result-notes")).toBe("");
  expect((await dumpOf(page)).sheets.map((s) => s.name)).toEqual(dump.sheets.map((s) => s.name));
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, "second-run.png"), fullPage: true });
  expect(errors).toEqual([]);

  await expectCompactTable(page);

  // The 380 px pane at 200% zoom is 190 CSS px wide: the lists and the result tiles stay usable and
  // inside the pane (before the narrow layout, a list shrank to 18 px, its arrow only, and a tile overflowed).
  // Every row opened (全部展开更正), so that its lists are there to measure.
  await page.click("#mapping-open-all");
  await page.setViewportSize({ width: 190, height: 1100 });
  const narrow = await page.evaluate(() => {
    const widths = (selector: string) => Array.from(document.querySelectorAll(selector), (e) => e.getBoundingClientRect().width);
    return { lists: widths("#mapping select, #sheet, #range"), tiles: widths("#glance .tile"), overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  expect(narrow.overflow).toBe(0);
  expect([narrow.lists.length > 20, narrow.tiles.length]).toEqual([true, 3]);
  expect(Math.min(...narrow.lists)).toBeGreaterThanOrEqual(120);
  expect(Math.min(...narrow.tiles)).toBeGreaterThanOrEqual(120);

  // Other settings chosen: the issues are the last evaluation's, greyed with the tiles under the line saying so.
  await page.setViewportSize({ width: 320, height: 1100 });
  await page.selectOption("#profile", "sichuan-guanghan-2024");
  const greyed = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).opacity);
  expect([await greyed("#glance"), await greyed("#issues-title"), await greyed("#issues")]).toEqual(["0.45", "0.5", "0.5"]);
  expect(await page.textContent("#result-stale")).toBe(message("addin_result_stale_issues", {}, "zh"));
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, "settings-changed.png"), fullPage: true });
  await page.close();
});

/**
 * At 320 px the column table is a line per column, two at most (a long header or role wraps): no
 * taller than its rows × (two lines of its cells' line height + a row's padding and rule), where each
 * column was two lists and its header, some 92 px. Opening a row (its role's button) shows its
 * field and stage lists, the focus on the field list.
 */
async function expectCompactTable(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 1100 });
  const table = await page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>("#mapping tbody tr"));
    const tr = getComputedStyle(rows[0] as HTMLElement);
    const line = parseFloat(getComputedStyle(rows[0]?.querySelector("td") as HTMLElement).lineHeight);
    const perRow = 2 * line + parseFloat(tr.paddingTop) + parseFloat(tr.paddingBottom) + parseFloat(tr.borderBottomWidth);
    return { rows: rows.length, perRow, height: (document.querySelector("#mapping") as HTMLElement).getBoundingClientRect().height };
  });
  expect(table.rows).toBe(10); // flat.xlsx's A:J
  expect(table.perRow).toBeLessThanOrEqual(40);
  expect(table.height).toBeLessThanOrEqual(table.rows * table.perRow);
  const row = page.locator("#mapping tbody tr").nth(2);
  expect(await row.locator("select").first().isVisible()).toBe(false);
  await row.locator("button.role-text").click();
  expect([await row.locator("select.field").isVisible(), await row.locator("select.stage").isVisible()]).toEqual([true, true]);
  expect(await row.locator("select.field").evaluate((s) => s === document.activeElement)).toBe(true);
  await row.locator("button.role-text").click();
}

/** The stand-in's user: types into a cell, or inserts a row, in the grid (Excel then raises Worksheet.onChanged). */
const userEdit = (page: Page, sheet: string, row: number, column: number, value: number) =>
  page.evaluate(([s, r, c, v]) => (window as unknown as { __yzjh: { edit(s: string, r: number, c: number, v: number): void } }).__yzjh.edit(s, r, c, v), [sheet, row, column, value] as const);
const userInsertRow = (page: Page, sheet: string, at: number) =>
  page.evaluate(([s, a]) => (window as unknown as { __yzjh: { insertRow(s: string, a: number): void } }).__yzjh.insertRow(s, a), [sheet, at] as const);
const userDeleteSheet = (page: Page, sheet: string) => page.evaluate((s) => (window as unknown as { __yzjh: { deleteSheet(s: string): void } }).__yzjh.deleteSheet(s), sheet);
const userRenameSheet = (page: Page, sheet: string, to: string) =>
  page.evaluate(([s, t]) => (window as unknown as { __yzjh: { renameSheet(s: string, t: string): void } }).__yzjh.renameSheet(s, t), [sheet, to] as const);
/** The sheets with a Worksheet.onChanged handler, and how many each. */
const watched = async (page: Page) => Object.entries((await dumpOf(page)).changeHandlers).filter(([, n]) => n > 0);
/** The fixture's result lists no data issue (未发现数据问题): the line says nothing of the issues' cells. */
const DATA_STALE = "数据已修改，结果可能已过期，请重新评估";

/**
 * flat.xlsx's 七项指标统计表 split by its 学段 column into a 小学 sheet (9 schools) and an 初中 sheet
 * (5 schools), each with the header row: the layout of a bureau that keeps a sheet per stage.
 */
async function stageSheetsFile(): Promise<string> {
  const flat = await XlsxWorkbookSource.open(FIXTURE);
  const [header = [], ...rows] = (await flat.readSheet(SHEET)).values;
  const workbook = new ExcelJS.Workbook();
  for (const stage of ["小学", "初中"]) workbook.addWorksheet(stage).addRows([header, ...rows.filter((r) => r[1] === stage)].map((r) => [...r]));
  const path = join(work, "stage-sheets.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

it("reads 小学 and 初中 both when no sheet is chosen, as the CLI without --sheet does, names both before 评估, and writes the CLI's sheets", async () => {
  const file = await stageSheetsFile();
  const sheets = await fixtureSheets(file);
  const config = await standInConfig({ sheets, documentUrl: "https://example.invalid/bureau/stage-sheets.xlsx", selection: { sheet: "小学", top: 0, left: 0, bottom: 0, right: 0 } });
  const { page, errors } = await openPage("taskpane.html", config);
  await page.waitForSelector("#mapping tbody tr");
  expect(await page.inputValue("#sheet")).toBe("");
  // 9 + 5 schools, counted from flat.xlsx's 学段 column.
  expect(await page.textContent("#school-sheets")).toBe("学校数据表：“小学”（9 条）、“初中”（5 条）");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  const expected = await cliSheetsOf(file, ["--lang", "zh"], "cli-stage-sheets.xlsx");
  const written = (await dumpOf(page)).sheets.filter((s) => !sheets.some((f) => f.name === s.name));
  expect(written.map((s) => s.name)).toEqual(expected.map((s) => s.name));
  for (const [i, sheet] of written.entries()) {
    const cli = expected[i];
    if (cli) expectSameCells(cellMap(0, 0, sheet.grid), cli.cells, sheet.name);
  }
  // 自动 is saved as such: the ribbon's 评估 reads both sheets too.
  expect((await dumpOf(page)).settings["yzjh.settings"]).toMatchObject({ sheet: "", range: null });
  expect(errors).toEqual([]);
  await page.close();
});

it("says the result may be out of date once the data it read changes, not for its own writes or a result sheet edited, and keeps that sheet on the next evaluation", async () => {
  const { page, errors } = await openPage("taskpane.html", await standInConfig());
  await page.waitForSelector("#mapping tbody tr");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  // The writer's own values went to the six result sheets (each raising onChanged there): nothing said.
  expect(await watched(page)).toEqual([[SHEET, 1]]);
  await page.waitForTimeout(100);
  expect(await page.isHidden("#result-stale")).toBe(true);
  await userEdit(page, "汇总", 3, 1, 1);
  await page.waitForTimeout(100);
  expect(await page.isHidden("#result-stale")).toBe(true);
  // A number typed into the school sheet: D3, 明德小学's 高于规定学历教师数 (0-based row 2, column 3).
  await userEdit(page, SHEET, 2, 3, 3652);
  await page.waitForSelector(`#result-stale:has-text('${DATA_STALE}')`);
  // The issues listed point to cells (read_item_columns_missing stands at the header's first cell), which the edit may have moved.
  expect(await page.textContent("#result-stale")).toBe(`${DATA_STALE}（下列问题所指的单元格可能已移位）`);
  expect(await page.getAttribute("#result", "class")).toContain("stale-data");
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, "stale-after-edit.png"), fullPage: true });
  // Evaluating again reads the data as it is now: the line goes, and one handler watches the sheet (the earlier one removed).
  await page.click("#evaluate");
  await page.waitForSelector("#result-stale", { state: "hidden" });
  expect(await watched(page)).toEqual([[SHEET, 1]]);
  // 汇总 had a number typed into it: kept as the user's, with the typed value, the new result beside it, and said.
  await page.waitForSelector("#result-notes:has-text('汇总 → 汇总 (2)')");
  expect(await page.textContent("#result-notes")).toContain("以下结果工作表在上次评估后被修改过，已原样保留");
  // The other five of the last run were replaced, and the closing line counts those, not the kept 汇总.
  await page.waitForSelector("#progress:not(.running)");
  expect(await page.textContent("#progress-text")).toBe(`完成：已写入 ${RESULT_NAMES.length} 张结果工作表，已替换上次评估的 ${RESULT_NAMES.length - 1} 张结果表。`);
  const sheets = (await dumpOf(page)).sheets;
  expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总", "汇总 (2)"]));
  expect(sheets.find((s) => s.name === "汇总")?.grid[3]?.[1]).toBe(1);
  expect(await page.textContent("#sheets")).toContain("汇总 (2)");
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, "kept-edited-result.png"), fullPage: true });
  await userInsertRow(page, SHEET, 5);
  await page.waitForSelector(`#result-stale:has-text('${DATA_STALE}')`);
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, "stale-after-insert.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

it("names a result sheet the user renamed, kept and not updated, with the new one, in the closing line once (zh, not again on the ribbon's run, and en)", async () => {
  const { page, errors } = await openPage("taskpane.html", await standInConfig());
  await page.waitForSelector("#mapping tbody tr");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  // The statistician keeps this month's 汇总 under a name of their own, then evaluates again.
  await userRenameSheet(page, "汇总", "汇总10月");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('汇总10月')");
  // Five of the six replaced; 汇总10月 kept as it was, the new 汇总 written.
  const kept = "您改过名或复制的早先结果表已保留，未随本次评估更新：“汇总10月”（本次结果见“汇总”）。";
  expect(await page.textContent("#progress-text")).toBe(`完成：已写入 6 张结果工作表，已替换上次评估的 5 张结果表。${kept}`);
  const names = (await dumpOf(page)).sheets.map((s) => s.name);
  expect(names).toEqual([SHEET, "汇总10月", ...RESULT_NAMES]);
  // The ribbon's 评估 finds it still there and keeps it again, but does not say so again: the run before did.
  await invoke(page, "evaluate");
  await page.waitForSelector("#progress-text:has-text('评估完成')");
  expect(await page.textContent("#progress-text")).toBe("评估完成，已更新结果工作表：已替换上次评估的 6 张结果表。");
  expect((await dumpOf(page)).sheets.map((s) => s.name)).toEqual(names);
  expect(errors).toEqual([]);
  await page.close();

  const english = await openPage("taskpane.html", await standInConfig({ displayLanguage: "en-US" }));
  await english.page.waitForSelector("#mapping tbody tr");
  await english.page.click("#evaluate");
  await english.page.waitForSelector("#progress:not(.running) #progress-text:has-text('Done')");
  await userRenameSheet(english.page, "Schools", "Schools Oct");
  await english.page.click("#evaluate");
  await english.page.waitForSelector("#progress:not(.running) #progress-text:has-text('Schools Oct')");
  expect(await english.page.textContent("#progress-text")).toBe(
    "Done: 6 result sheets written; they replaced the 5 result sheets of the last evaluation. The earlier result sheet you renamed or copied was kept and not updated: “Schools Oct” (this evaluation's is “Schools”).",
  );
  expect(english.errors).toEqual([]);
  await english.page.close();
});

it("keeps the results of a version before content stamps, the one the user typed into too, and says why the new ones are beside them", async () => {
  const { page, errors } = await openPage("taskpane.html", await standInConfig());
  await page.waitForSelector("#mapping tbody tr");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  const first = await dumpOf(page);
  await page.close();
  // As an earlier build left them: markers without the stamp of their values; the statistician then typed a correction into 汇总 (D4), not renaming it.
  const unstamped = (props: Readonly<Record<string, string>> | undefined) => Object.fromEntries(Object.entries(props ?? {}).map(([k, v]) => [k, JSON.stringify({ ...(JSON.parse(v) as object), content: undefined })]));
  const older = reopened(first).map((s) => ({ ...s, customProperties: unstamped(s.customProperties), cells: s.name === "汇总" ? [...s.cells, [3, 3, "已核对：0.412", false] as const] : s.cells }));
  const again = await openPage("taskpane.html", await standInConfig({ sheets: older, settings: first.settings }));
  await again.page.waitForSelector("#mapping tbody tr");
  await again.page.click("#evaluate");
  await again.page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  const after = await dumpOf(again.page);
  expect(after.sheets.map((s) => s.name)).toEqual([SHEET, ...RESULT_NAMES, ...RESULT_NAMES.map((n) => `${n} (2)`)]);
  expect(after.sheets.find((s) => s.name === "汇总")?.grid[3]?.[3]).toBe("已核对：0.412");
  expect(await again.page.textContent("#result-notes")).toBe(`以下结果工作表由本加载项的早期版本写入，无法判断您是否修改过，已原样保留（不再随评估更新，不需要时可自行删除）；本次结果改用新名称写入：${RESULT_NAMES.map((n) => `${n} → ${n} (2)`).join("、")}`);
  expect(await again.page.textContent("#progress-text")).toBe(`完成：已写入 ${RESULT_NAMES.length} 张结果工作表。`);
  if (process.env.E2E_SHOTS) await again.page.screenshot({ path: join(process.env.E2E_SHOTS, "kept-older-results.png"), fullPage: true });
  expect([...errors, ...again.errors]).toEqual([]);
  await again.page.close();
});

it("says on the 资源配置 tile that a school row hidden in the sheet was not read, as 汇总 does", async () => {
  // Row 6 of 七项指标统计表 hidden (0-based 5), as a filter left on hides it: the reader skips it, and 资源配置 stands on the others.
  const base = await standInConfig();
  const sheets = base.sheets.map((s) => (s.name === SHEET ? { ...s, hiddenRows: [5] } : s));
  const { page, errors } = await openPage("taskpane.html", { ...base, sheets });
  await page.waitForSelector("#mapping tbody tr");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  const caveat = "另有 1 个学校行隐藏或筛选掉，未读取（第 6 行），结论只据已读取的学校";
  const tile = page.locator("#glance .tile").first();
  expect(await tile.locator(".sub").innerText()).toContain(caveat);
  expect(await tile.getAttribute("class")).not.toContain("good");
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, "hidden-row.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

it("says a sheet the result was read from was deleted, not a result sheet deleted", async () => {
  const { page, errors } = await openPage("taskpane.html", await standInConfig());
  await page.waitForSelector("#mapping tbody tr");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  await userDeleteSheet(page, "汇总");
  await page.waitForTimeout(100);
  expect(await page.isHidden("#result-stale")).toBe(true);
  await userDeleteSheet(page, SHEET);
  await page.waitForSelector("#result-stale:has-text('评估所读取的工作表已被删除')");
  expect(await page.getAttribute("#result", "class")).toContain("stale-data");
  expect(errors).toEqual([]);
  await page.close();
});

it("speaks English in an English Office: the pane, and sheets equal to the CLI's with --lang en", async () => {
  const config = await standInConfig({ displayLanguage: "en-US" });
  const { page, errors } = await openPage("taskpane.html", config);
  await page.waitForSelector("#mapping tbody tr");
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('Done')");
  expect(errors).toEqual([]);
  const dump = await dumpOf(page);
  const expected = await cliSheets("en");
  const written = dump.sheets.filter((s) => !config.sheets.some((f) => f.name === s.name));
  expect(written.map((s) => s.name)).toEqual(expected.map((s) => s.name));
  expect(written.map((s) => s.name)).toEqual(["Summary", "Coefficients", "Schools", "Shortfalls", "Guarantee & quality", "Data issues"]);
  for (const [i, sheet] of written.entries()) {
    const cli = expected[i];
    if (cli) expectSameCells(cellMap(0, 0, sheet.grid), cli.cells, sheet.name);
  }
  // No Chinese of the tool's own in the pane: the Chinese left is the workbook's (its sheet name, headers).
  expect(await page.locator("body").innerText()).toContain("Quality-balance evaluation");
  for (const part of ["#title", "#progress-text", "#result-basis", "#glance", "#sheets", "#evaluate"]) {
    expect([part, (await page.locator(part).innerText()).match(/\p{Script=Han}+/gu)]).toEqual([part, null]);
  }
  await page.screenshot({ path: join(root, "docs", "taskpane-en.png"), fullPage: true });
  await page.close();
});

/** A workbook as the stand-in held it after a run, saved and opened again: its values and each sheet's custom properties (the result sheets' markers). */
function reopened(dump: StandInDump): StandInConfig["sheets"] {
  return dump.sheets.map((s) => ({
    name: s.name,
    cells: s.grid.flatMap((row, r) => row.flatMap((v, c) => (v === null || v === "" ? [] : [[r, c, v, false] as const]))),
    hiddenRows: [],
    merges: [],
    customProperties: s.customProperties,
  }));
}

it("takes the user to an issue's cell on its sheet, and in English, on the workbook opened again, replaces the Chinese result sheets and nothing else", async () => {
  const sample = join(root, "assets", "sample-county.xlsx");
  const sheets = await fixtureSheets(sample);
  const config = await standInConfig({ sheets, documentUrl: "https://example.invalid/bureau/sample-county.xlsx", selection: { sheet: "学校基本情况", top: 5, left: 1, bottom: 5, right: 1 } });
  const { page, errors } = await openPage("taskpane.html", config);
  await page.waitForSelector("#mapping tbody tr");
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  // 石门教学点 (row 26) gives 最大班额 40 in AG with no class in the 36–40 band; 县级指标's row 6 holds 特殊教育学校初中生均公用经费（元） in B.
  for (const [link, sheet, address] of [["学校基本情况!AG26", "学校基本情况", "AG26"], ["县级指标!B6", "县级指标", "B6"]] as const) {
    await page.locator("#issues a.cell", { hasText: link }).click();
    await page.waitForFunction((a) => (window as unknown as { __yzjh: { dump(): StandInDump } }).__yzjh.dump().selection?.address === a, address);
    expect((await dumpOf(page)).selection).toEqual({ sheet, address, active: sheet });
  }
  const zh = await dumpOf(page);
  expect(zh.sheets.map((s) => s.name)).toEqual(["学校基本情况", "县级指标", ...RESULT_NAMES]);
  await page.close();

  const english = await openPage("taskpane.html", { ...config, displayLanguage: "en-US", sheets: reopened(zh), settings: zh.settings });
  await english.page.waitForSelector("#mapping tbody tr");
  await english.page.click("#evaluate");
  await english.page.waitForSelector("#progress:not(.running) #progress-text:has-text('Done')");
  expect(await english.page.textContent("#progress-text")).toBe("Done: 6 result sheets written; they replaced the 6 result sheets of the last evaluation.");
  const en = await dumpOf(english.page);
  expect(en.sheets.map((s) => s.name)).toEqual(["学校基本情况", "县级指标", "Summary", "Coefficients", "Schools", "Shortfalls", "Guarantee & quality", "Data issues"]);
  for (const original of sheets) {
    const now = en.sheets.find((s) => s.name === original.name);
    expectSameCells(cellMap(0, 0, now?.grid ?? []), new Map(original.cells.map(([r, c, v]) => [`${r},${c}`, v])), original.name);
  }
  expect([...errors, ...english.errors]).toEqual([]);
  await english.page.close();
});

it("keeps a field's label in the column table to two lines at 320 px, a third not half shown under the first two", async () => {
  // stats-export.xlsx's O, 专任教师/#按授课课程分/艺术（音乐、美术）: its field 艺术（音乐、美术）（体育、艺术专任教师数） takes three lines at 320 px.
  const sheets = await fixtureSheets(join(root, "test", "fixtures", "stats-export.xlsx"));
  const { page, errors } = await openPage("taskpane.html", await standInConfig({ sheets, selection: { sheet: "学校综合表", top: 0, left: 0, bottom: 0, right: 0 } }));
  await page.setViewportSize({ width: 320, height: 1100 });
  await page.waitForSelector("#mapping tbody tr");
  const role = page.locator('#mapping button.role-text[aria-label^="更改 O 列"]');
  expect(await role.getAttribute("title")).toBe("艺术（音乐、美术）（体育、艺术专任教师数）");
  // Measured, not read from the style: a line height of `normal` parses to NaN, and a check against NaN passes whatever the boxes are.
  const heights = await page.$$eval("#mapping button.role-text", (buttons) => buttons.map((b) => b.getBoundingClientRect().height));
  // A label of one line (学校名称's) is the line: 16 px, taskpane.css's line-height for the button.
  const line = Math.min(...heights);
  expect(line).toBe(16);
  // Every label one line or two whole lines; O's, three lines long, clamped to two, not 48 px with its third line half shown.
  expect(heights.filter((h) => h !== line && h !== 2 * line)).toEqual([]);
  expect(await role.evaluate((b) => b.getBoundingClientRect().height)).toBe(2 * line);
  if (process.env.E2E_SHOTS) await page.locator(".table-wrap").screenshot({ path: join(process.env.E2E_SHOTS, "two-line-labels.png") });
  expect(errors).toEqual([]);
  await page.close();
});

it("gives the focus to the corrected column's row after 恢复自动识别, the button gone, not to the top of the page", async () => {
  const { page, errors } = await openPage("taskpane.html", await standInConfig());
  await page.setViewportSize({ width: 320, height: 1100 });
  await page.waitForSelector("#mapping tbody tr");
  // Column C set to (不使用) from its row's field list: the reset line appears.
  const row = page.locator("#mapping tbody tr").nth(2);
  await row.locator("button.role-text").click();
  await row.locator("select.field").selectOption("");
  await page.waitForSelector("#mapping-reset-line:not([hidden])");
  await page.focus("#mapping-reset");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#mapping-reset-line[hidden]", { state: "attached" });
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    return [active?.className ?? null, active?.closest("tr")?.querySelector("td")?.textContent ?? null];
  });
  expect(focused).toEqual(["role-text", "C"]);
  expect(errors).toEqual([]);
  await page.close();
});

/** messy.xlsx's 学校基本情况 (columns A–AJ, a hidden row, a school repeated) in the pane at `width` px, its column table drawn. */
async function openMessy(width: number): Promise<{ page: Page; errors: string[] }> {
  const sheets = await fixtureSheets(join(root, "test", "fixtures", "messy.xlsx"));
  const opened = await openPage("taskpane.html", await standInConfig({ sheets, selection: { sheet: "学校基本情况", top: 5, left: 1, bottom: 5, right: 1 } }));
  await opened.page.setViewportSize({ width, height: 1100 });
  await opened.page.waitForSelector("#mapping tbody tr");
  return opened;
}

it("keeps a column's two letters on one line in the three-column table of a wide pane (messy.xlsx's AA–AJ at 700 px)", async () => {
  const { page, errors } = await openMessy(700);
  // 16 numbered schools, less row 10 (hidden) and row 22 (城关小学 again): 14, under a header on rows 3–4.
  expect(await page.textContent("#mapping-rows")).toBe("已读取 学校基本情况!A3:AJ24：表头在第 3–4 行，学校 14 条。另有 2 个学校行未读取（隐藏或筛选掉 1 行、与已读取的学校重复 1 行）。");
  // Each letter cell's text on one line: a range over it gives one box per line it takes.
  const letters = await page.$$eval("#mapping td.col", (cells) =>
    cells.map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return [td.textContent, range.getClientRects().length];
    }),
  );
  expect(letters).toHaveLength(36); // A to AJ
  expect(letters.filter(([, lines]) => lines !== 1)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("keeps the keyboard's place on an issue whose list 展开全部 shows whole (messy.xlsx's G3 note)", async () => {
  const { page, errors } = await openMessy(320);
  await page.click("#evaluate");
  await page.waitForSelector("#progress:not(.running) #progress-text:has-text('完成')");
  // The schools read with two rooms or more of music or art (S, U), given by 间数 and 总面积 only, whose total does not tell each
  // room's: rows 6–9, 11–13, 17 and 18 (向阳小学's two art rooms; row 10 hidden, 22 a repeat, 19–21 and 23 one room each, 24's “无”), nine, three named before 另 6 所.
  const line = page.locator("#issues li", { hasText: "另 6 所" });
  await line.locator("button.show-all").focus();
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? "" }));
  expect(focused.tag).toBe("LI");
  expect(focused.text).toContain("9 所学校（城关小学（第6行）、阳光小学（第7行）、朝阳小学（第8行）、明珠小学（第9行）、新华小学（第11行）、城关中学（第12行）、第二中学（第13行）、红旗小学（第17行）、向阳小学（第18行））");
  expect(focused.text).not.toContain("另 6 所");
  expect(errors).toEqual([]);
  await page.close();
});

it("opens the task pane from the ribbon when the workbook has no settings (shared runtime)", async () => {
  const config = await standInConfig();
  const { page, errors } = await openPage("taskpane.html", config);
  await actionRegistered(page);
  await invoke(page, "evaluate");
  const dump = await dumpOf(page);
  expect(dump.panesShown).toBe(1);
  expect(dump.dialogs).toEqual([]);
  expect(dump.sheets.map((s) => s.name)).toEqual(config.sheets.map((s) => s.name));
  expect(errors).toEqual([]);
  await page.close();
});

// Hosts without a shared runtime ignore <Runtimes> and load the function file — the same
// taskpane.html — hidden in a runtime of its own: Office.addin.showAsTaskpane is unavailable there
// (SharedRuntime 1.1 unsupported). The tests click 评估 as soon as the action is registered, without
// waiting for the pane to render, as Office does with a hidden function file.
describe("taskpane.html as a hidden function file (hosts without a shared runtime)", () => {
  it("shows a message naming 评估设置 when the workbook has no settings, and writes nothing", async () => {
    const config = await standInConfig({ sharedRuntime: false });
    const { page, errors } = await openPage("taskpane.html", config);
    await actionRegistered(page);
    await invoke(page, "evaluate");
    const dump = await dumpOf(page);
    expect(dump.panesShown).toBe(0);
    expect(dump.dialogs).toHaveLength(1);
    expect(new URL(dump.dialogs[0] ?? "").pathname).toBe("/notice.html");
    expect(dump.sheets.map((s) => s.name)).toEqual(config.sheets.map((s) => s.name));
    expect(errors).toEqual([]);

    const notice = await openPage(dump.dialogs[0] ?? "", config);
    await notice.page.setViewportSize({ width: 420, height: 260 });
    expect(await notice.page.textContent("#text")).toContain("请在“开始”选项卡点击“评估设置”");
    expect(await notice.page.textContent("#ok")).toBe("确定");
    await notice.page.screenshot({ path: join(root, "docs", "ribbon-notice.png") });
    expect(notice.errors).toEqual([]);
    await notice.page.close();
    await page.close();
  });

  it("evaluates with the settings saved in the workbook, without pane or message", async () => {
    const settings = { "yzjh.settings": { sheet: SHEET, range: RANGE, fixes: {}, profileId: "national-2017", year: null } };
    const config = await standInConfig({ sharedRuntime: false, settings });
    const { page, errors } = await openPage("taskpane.html", config);
    await actionRegistered(page);
    await invoke(page, "evaluate");
    const dump = await dumpOf(page);
    expect(dump.sheets.map((s) => s.name)).toEqual([...config.sheets.map((s) => s.name), ...RESULT_NAMES]);
    expect(dump.dialogs).toEqual([]);
    expect(dump.panesShown).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
