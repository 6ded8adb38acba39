/**
 * A stand-in for office.js, served in place of it in the end-to-end test: Office.onReady reports
 * Excel, Excel.run runs over the in-memory workbook of src/adapters/office/testing (the same one the
 * unit tests use), and document settings live in memory. The workbook comes from
 * window.__YZJH_CONFIG, injected by the test before the page loads.
 */
import { FakeExcel } from "../../../src/adapters/office/testing/fakeExcel";
import type { StandInConfig, StandInDump } from "./config";

const config = (window as unknown as { __YZJH_CONFIG: StandInConfig }).__YZJH_CONFIG;
const excel = new FakeExcel(config.apiVersion);
for (const s of config.sheets) {
  const sheet = excel.model.addSheet(s.name);
  for (const [r, c, v, isError] of s.cells) sheet.put(r, c, v, isError);
  s.hiddenRows.forEach((r) => sheet.hiddenRows.add(r));
  sheet.merges.push(...s.merges);
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

function dump(): StandInDump {
  return {
    sheets: excel.model.sheets.map((s) => ({ name: s.name, grid: s.grid() })),
    syncs: excel.syncs,
    maxRequestBytes: Math.max(0, ...excel.requests.map((r) => r.bytes)),
    settings: Object.fromEntries(settings),
    panesShown,
    dialogs,
    actions: [...actions.keys()],
  };
}

Object.assign(window, { Office: office, Excel: { run: excel.run }, __yzjh: { dump, invoke } });
