/**
 * A stand-in for office.js, served in place of it in the end-to-end test: Office.onReady reports
 * Excel, Excel.run runs over the in-memory workbook of src/adapters/office/testing (the same one the
 * unit tests use), and document settings live in memory. The workbook comes from
 * window.__YZJH_CONFIG, injected by the test before the page loads.
 */
import { a1 } from "../../../src/workbook/address";
import { FakeExcel } from "../../../src/adapters/office/testing/fakeExcel";
import type { StandInConfig, StandInDump } from "./config";

const config = (window as unknown as { __YZJH_CONFIG: StandInConfig }).__YZJH_CONFIG;
const excel = new FakeExcel(config.apiVersion);
for (const s of config.sheets) {
  const sheet = excel.model.addSheet(s.name);
  for (const [r, c, v, isError, numberFormat] of s.cells) {
    sheet.put(r, c, v, isError);
    if (numberFormat !== undefined) sheet.cell(r, c).numberFormat = numberFormat;
  }
  s.hiddenRows.forEach((r) => sheet.hiddenRows.add(r));
  sheet.merges.push(...s.merges);
  for (const [key, value] of Object.entries(s.customProperties ?? {})) sheet.customProperties.set(key, value);
}
const selected = config.selection ? excel.model.sheet(config.selection.sheet) : undefined;
if (config.selection && selected) {
  const { top, left, bottom, right } = config.selection;
  excel.model.activeSheet = selected;
  excel.model.selection = { sheet: selected, box: { top, left, bottom, right } };
}

const settings = new Map<string, unknown>(Object.entries(config.settings ?? {}));
const info = { host: "Excel", platform: "OfficeOnline" };
const sharedRuntime = config.sharedRuntime ?? true;
const actions = new Map<string, (event: { completed(): void }) => void>();
const dialogs: string[] = [];
let panesShown = 0;

function isSetSupported(set: string, version: string): boolean {
  if (set === "SharedRuntime") return sharedRuntime && version === "1.1";
  return set === "ExcelApi" && excel.supports(version);
}

/** A dialog the user closes at once (Office reports that as DialogEventReceived). */
function displayDialogAsync(url: string, _options: unknown, callback: (r: { status: string; value: unknown }) => void): void {
  dialogs.push(url);
  const dialog = {
    close: () => undefined,
    addEventHandler: (type: string, handler: (arg: unknown) => void) => {
      if (type === "dialogEventReceived") setTimeout(() => handler({ error: 12006 }), 0);
    },
  };
  setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
}

/** Runs a ribbon action as Office would on a button click; resolves when it calls event.completed(). */
function invoke(name: string): Promise<void> {
  const action = actions.get(name) ?? ((window as unknown as Record<string, unknown>)[name] as ((e: { completed(): void }) => void) | undefined);
  if (!action) return Promise.reject(new Error(`no action ${name}`));
  return new Promise((resolve) => action({ completed: resolve }));
}

const office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  onReady(callback?: (i: typeof info) => void) {
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: config.displayLanguage,
    requirements: { isSetSupported },
    ui: { displayDialogAsync, messageParent: () => undefined },
    document: {
      url: config.documentUrl,
      settings: {
        get: (key: string) => settings.get(key) ?? null,
        set: (key: string, value: unknown) => void settings.set(key, value),
        remove: (key: string) => void settings.delete(key),
        saveAsync: (callback?: (r: { status: string }) => void) => callback?.({ status: "succeeded" }),
      },
    },
  },
  addin: { showAsTaskpane: async () => void panesShown++ },
  actions: { associate: (name: string, handler: (event: { completed(): void }) => void) => void actions.set(name, handler) },
};

/**
 * Excel.run as Office.js has it: `run(batch)` in a new context, or `run(context, batch)` in the
 * context of an earlier batch (the one that added an event handler: Office removes it only there).
 */
function run<T>(first: Excel.RequestContext | ((context: Excel.RequestContext) => Promise<T>), batch?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof first === "function") return excel.run(first);
  if (batch === undefined) return Promise.reject(new Error("Excel.run(context) without a batch"));
  return batch(first);
}

function sheetOrThrow(name: string) {
  const sheet = excel.model.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The user types `value` into a cell (0-based row and column): Excel raises onChanged, RangeEdited, on the sheet. */
function edit(sheetName: string, row: number, column: number, value: string | number | null): void {
  const sheet = sheetOrThrow(sheetName);
  sheet.write(row, column, value);
  excel.events.changed(sheet, a1(row, column), "RangeEdited");
}

/** The user inserts a whole row before 0-based `at` (cells, hidden rows and merges below move down): onChanged, RowInserted, `6:6`. */
function insertRow(sheetName: string, at: number): void {
  const sheet = sheetOrThrow(sheetName);
  const below = [...sheet.cells].filter(([key]) => Number(key.split(",")[0]) >= at);
  below.forEach(([key]) => sheet.cells.delete(key));
  for (const [key, cell] of below) sheet.cells.set(`${Number(key.split(",")[0]) + 1},${key.split(",")[1]}`, cell);
  const merges = sheet.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
  sheet.merges.splice(0, merges.length, ...merges);
  const hidden = [...sheet.hiddenRows].map((r) => (r >= at ? r + 1 : r));
  sheet.hiddenRows.clear();
  hidden.forEach((r) => sheet.hiddenRows.add(r));
  excel.events.changed(sheet, `${at + 1}:${at + 1}`, "RowInserted");
}

/** The user deletes a sheet from its tab: the model raises worksheets.onDeleted (FakeExcel wires it). */
function deleteSheet(sheetName: string): void {
  excel.model.deleteSheet(sheetOrThrow(sheetName));
}

/** The user renames a sheet from its tab (double-click, type): its id, cells and custom properties stay. */
function renameSheet(sheetName: string, to: string): void {
  sheetOrThrow(sheetName).name = to;
}

/** The active sheet and the selected range's A1 (a single cell as one address), or null. */
function selectionNow(): StandInDump["selection"] {
  const now = excel.model.selection;
  if (!now) return null;
  const { top, left, bottom, right } = now.box;
  const first = a1(top, left);
  return { sheet: now.sheet.name, address: top === bottom && left === right ? first : `${first}:${a1(bottom, right)}`, active: excel.model.activeSheet?.name ?? null };
}

function dump(): StandInDump {
  return {
    sheets: excel.model.sheets.map((s) => ({ name: s.name, grid: s.grid(), customProperties: Object.fromEntries(s.customProperties) })),
    syncs: excel.syncs,
    maxRequestBytes: Math.max(0, ...excel.requests.map((r) => r.bytes)),
    settings: Object.fromEntries(settings),
    panesShown,
    dialogs,
    actions: [...actions.keys()],
    changeHandlers: Object.fromEntries(excel.model.sheets.map((s) => [s.name, excel.events.count(s.id)])),
    selection: selectionNow(),
  };
}

Object.assign(window, { Office: office, Excel: { run }, __yzjh: { dump, invoke, edit, insertRow, deleteSheet, renameSheet } });
