import { memorySettings } from "../adapters/office/documentSettings";
import type { PaneEnv } from "../addin/paneEnv";
import { FakeDocument, installDocument } from "./testing/fakeDom";
import { settle } from "./testing/paneHarness";
import { readFileSync } from "node:fs";
import { join } from "node:path";

type VisibilityHandler = (args: { visibilityMode: string }) => void;

/** Loads the page's entry (taskpane.ts) under a stand-in Office, as Excel loads the page: visible, or hidden as the ribbon's function file. */
function loadPage(visibilityState: "visible" | "hidden") {
  const doc = new FakeDocument(readFileSync(join(__dirname, "taskpane.html"), "utf8"));
  doc.visibilityState = visibilityState;
  const uninstall = installDocument(doc);
  const asked = { proposals: 0, sheetLists: 0 };
  const env: PaneEnv = {
    lang: "zh",
    source: { sheetNames: async () => (asked.sheetLists++, ["学校"]), readSheet: async () => ({ sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], merges: [] }) },
    sink: { writeSheets: async () => ({ names: [], kept: [], replaced: [] }) },
    navigator: { proposeRange: async () => (asked.proposals++, { sheet: "学校", range: null, from: "used" }), activateSheet: async () => undefined, selectCell: async () => undefined },
    settings: memorySettings(),
    deps: { read: async () => ({ ok: false, issues: [] }), evaluate: () => ({ profileId: "x", year: null, counties: [], issues: [] }), build: () => [] },
    missing: [],
  };
  const shown: VisibilityHandler[] = [];
  const associated: string[] = [];
  const office = {
    HostType: { Excel: "Excel" },
    onReady: (callback: (info: { host: string }) => void) => callback({ host: "Excel" }),
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: () => true } },
    addin: { onVisibilityModeChanged: (handler: VisibilityHandler) => void shown.push(handler) },
    actions: { associate: (name: string) => void associated.push(name) },
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = office;
  jest.doMock("../addin/hostEnv", () => ({ hostEnv: () => env }));
  // The entry runs on import; a fresh copy per test, as each page load runs it afresh.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jest.isolateModules(() => require("./taskpane"));
  const cleanup = () => {
    uninstall();
    delete g.Office;
    delete g.evaluate;
    jest.dontMock("../addin/hostEnv");
  };
  return { doc, asked, shown, associated, cleanup };
}

describe("taskpane.ts: the page starts the pane only when it is seen", () => {
  it("starts the pane at once on a visible page", async () => {
    const page = loadPage("visible");
    await settle();
    expect(page.associated).toEqual(["evaluate"]);
    expect(page.asked.sheetLists).toBeGreaterThan(0);
    page.cleanup();
  });

  it("registers the ribbon command but reads nothing while the page is hidden (the function file), and starts once Office shows it", async () => {
    const page = loadPage("hidden");
    await settle();
    expect(page.associated).toEqual(["evaluate"]);
    expect(page.asked).toEqual({ proposals: 0, sheetLists: 0 });
    page.shown.forEach((handler) => handler({ visibilityMode: "Taskpane" }));
    await settle();
    expect(page.asked.sheetLists).toBeGreaterThan(0);
    page.cleanup();
  });

  it("starts a hidden page when the document becomes visible", async () => {
    const page = loadPage("hidden");
    page.doc.visibilityState = "visible";
    page.doc.dispatch("visibilitychange");
    await settle();
    expect(page.asked.sheetLists).toBeGreaterThan(0);
    page.cleanup();
  });
});
