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

const settings = new Map<string, unknown>();
const info = { host: "Excel", platform: "OfficeOnline" };

const office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(callback?: (i: typeof info) => void) {
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: config.displayLanguage,
    requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && excel.supports(version) },
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
  addin: { showAsTaskpane: async () => undefined },
  actions: { associate: () => undefined },
};

function dump(): StandInDump {
  return {
    sheets: excel.model.sheets.map((s) => ({ name: s.name, grid: s.grid() })),
    syncs: excel.syncs,
    maxRequestBytes: Math.max(0, ...excel.requests.map((r) => r.bytes)),
    settings: Object.fromEntries(settings),
  };
}

Object.assign(window, { Office: office, Excel: { run: excel.run }, __yzjh: { dump } });
