import { bindHelpLink, officeBrowser } from "./helpLink";
import { click, FakeDocument, installDocument } from "./testing/fakeDom";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";
import { paneSession } from "./testing/paneHarness";

const PANE = "https://localhost:3000/taskpane.html";

describe("officeBrowser: Office's browser window where the host has OpenBrowserWindowApi 1.1", () => {
  it("opens through Office.context.ui.openBrowserWindow when the set is supported", () => {
    const opened: string[] = [];
    const asked: string[] = [];
    const open = officeBrowser({ requirements: { isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) }, ui: { openBrowserWindow: (url) => void opened.push(url) } });
    open?.("https://localhost:3000/help.html");
    expect(opened).toEqual(["https://localhost:3000/help.html"]);
    expect(asked).toEqual(["OpenBrowserWindowApi 1.1"]);
  });

  it("is null without the set, without the method (the stand-in host), or without Office's context", () => {
    expect(officeBrowser({ requirements: { isSetSupported: () => false }, ui: { openBrowserWindow: () => undefined } })).toBeNull();
    expect(officeBrowser({ requirements: { isSetSupported: () => true }, ui: {} })).toBeNull();
    expect(officeBrowser(undefined)).toBeNull();
  });
});

describe("bindHelpLink", () => {
  const page = () => {
    const doc = new FakeDocument('<html><body><a id="help-link" href="help.html" target="_blank">帮助</a></body></html>');
    const uninstall = installDocument(doc);
    return { link: doc.getElementById("help-link") as unknown as HTMLAnchorElement, uninstall };
  };

  it("opens help.html beside the pane's page in the user's browser, not in the pane", () => {
    const { link, uninstall } = page();
    const opened: string[] = [];
    bindHelpLink(link, (url) => void opened.push(url), () => PANE);
    click(link as never);
    expect(opened).toEqual(["https://localhost:3000/help.html"]);
    uninstall();
  });

  it("leaves the plain link (target _blank) where Office cannot open a browser window", () => {
    const { link, uninstall } = page();
    bindHelpLink(link, null, () => PANE);
    const event = (link as unknown as { dispatch(type: string): { defaultPrevented: boolean } }).dispatch("click");
    expect(event.defaultPrevented).toBe(false);
    expect([link.getAttribute("href"), link.getAttribute("target")]).toEqual(["help.html", "_blank"]);
    uninstall();
  });
});

describe("the pane header's help link", () => {
  const { started } = paneSession({ grids: [twoSchools("学校")], proposal: usedRangeOf("学校") });

  it("reads 帮助 / Help and points at help.html, the manifest's SupportUrl page", async () => {
    const h = await started();
    expect([h.byId("help-link").textContent, h.byId("help-link").getAttribute("href")]).toEqual(["帮助", "help.html"]);
    const en = await started({ lang: "en" });
    expect(en.byId("help-link").textContent).toBe("Help");
  });
});
