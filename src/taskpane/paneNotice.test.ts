import { goToResult } from "../addin/goToSheet";
import { PaneNotice } from "./paneNotice";
import type { PaneContext } from "./paneContext";
import { FakeDocument, installDocument, type FakeElement } from "./testing/fakeDom";

const PAGE = `<html><body><div id="notice-top"><p id="notice" class="notice" hidden></p></div><div id="evaluate-notice"></div></body></html>`;
/** The notice needs only the pane's state (whether 评估 runs) of its context. */
const ctx = { state: { evaluating: false } } as unknown as PaneContext;

describe("PaneNotice.show", () => {
  let doc: FakeDocument;
  let uninstall: () => void;
  beforeEach(() => (uninstall = installDocument((doc = new FakeDocument(PAGE)))));
  afterEach(() => uninstall());
  const notice = (): FakeElement => doc.getElementById("notice") as FakeElement;

  it("puts a second text on a line of its own, not run on after the first; the same text once", () => {
    const n = new PaneNotice(ctx);
    n.show("学校达标 已不在工作簿中：请重新评估，以写出新的结果工作表");
    n.show("无法转到该工作表或单元格：县级指标!B3 所在的工作表已不在工作簿中");
    n.show("无法转到该工作表或单元格：县级指标!B3 所在的工作表已不在工作簿中");
    expect(notice().textContent).toBe("学校达标 已不在工作簿中：请重新评估，以写出新的结果工作表\n无法转到该工作表或单元格：县级指标!B3 所在的工作表已不在工作簿中");
    expect(notice().hidden).toBe(false);
  });

  it("starts again after clear: one text, no line before it", () => {
    const n = new PaneNotice(ctx);
    n.show("a");
    n.clear();
    n.show("b");
    expect(notice().textContent).toBe("b");
  });
});

describe("PaneNotice.go", () => {
  let doc: FakeDocument;
  let uninstall: () => void;
  let logged: jest.SpyInstance;
  beforeEach(() => {
    uninstall = installDocument((doc = new FakeDocument(PAGE)));
    logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    logged.mockRestore();
    uninstall();
  });
  const notice = (): FakeElement => doc.getElementById("notice") as FakeElement;
  const zh = { state: { evaluating: false }, env: { lang: "zh" } } as unknown as PaneContext;
  /** What Excel's worksheets.getItem throws for a sheet not there. */
  const itemNotFound = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });

  it("says a link to a result sheet the user deleted in the notice, and logs no error: the pane expects it", async () => {
    const n = new PaneNotice(zh);
    n.go(() => goToResult("汇总", () => Promise.reject(itemNotFound)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice().textContent).toContain("汇总");
    expect(notice().hidden).toBe(false);
    expect(logged).not.toHaveBeenCalled();
  });

  it("still logs a failure it does not expect (the host refusing for another reason), and says it", async () => {
    const n = new PaneNotice(zh);
    n.go(() => goToResult("汇总", () => Promise.reject(new Error("GeneralException"))));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice().textContent).toContain("GeneralException");
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
