import { FakeDocument } from "./testing/fakeDom";
import { settle } from "./testing/paneHarness";
import { whenVisible, type Visibility } from "./whenVisible";

type Handler = (args: { visibilityMode: string }) => void;

function hiddenPage() {
  const doc = new FakeDocument("<html><body><button id='b'></button></body></html>");
  doc.visibilityState = "hidden";
  return doc;
}

afterEach(() => jest.restoreAllMocks());

describe("whenVisible", () => {
  it("starts a visible page at once, and only once", () => {
    const doc = new FakeDocument("<html><body></body></html>");
    const start = jest.fn();
    whenVisible({ doc }, start);
    doc.dispatch("visibilitychange");
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts a hidden page when Office shows it as the task pane, not on another visibility mode", () => {
    const handlers: Handler[] = [];
    const start = jest.fn();
    whenVisible({ doc: hiddenPage(), onVisibilityModeChanged: (h) => (handlers.push(h), Promise.resolve()) }, start);
    handlers.forEach((h) => h({ visibilityMode: "Hidden" }));
    expect(start).not.toHaveBeenCalled();
    handlers.forEach((h) => h({ visibilityMode: "Taskpane" }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("handles a host that rejects the visibility event (no shared runtime): no unhandled rejection, and the pane starts when first touched", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const doc = hiddenPage();
    const start = jest.fn();
    const refusal = new Error("SharedRuntime is not supported");
    const visibility: Visibility = { doc, onVisibilityModeChanged: () => Promise.reject(refusal) };
    whenVisible(visibility, start);
    await settle();
    expect(warn).toHaveBeenCalledWith(expect.any(String), refusal); // handled (Jest fails a test on an unhandled rejection)
    expect(start).not.toHaveBeenCalled();
    doc.dispatch("pointerdown");
    doc.dispatch("focusin");
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts on the first focus when the host throws instead of rejecting", () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const doc = hiddenPage();
    const start = jest.fn();
    whenVisible({ doc, onVisibilityModeChanged: () => { throw new Error("not available"); } }, start);
    doc.dispatch("focusin");
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts on the first touch on a host that accepts the event but never reports the pane shown (a page the user clicks is shown)", async () => {
    const doc = hiddenPage();
    const start = jest.fn();
    whenVisible({ doc, onVisibilityModeChanged: () => Promise.resolve() }, start);
    await settle();
    expect(start).not.toHaveBeenCalled();
    doc.dispatch("pointerdown");
    doc.dispatch("focusin");
    expect(start).toHaveBeenCalledTimes(1);
  });
});
