/**
 * Where the keyboard's focus is after 评估: the button is disabled while the run lasts, which drops
 * the focus to the page (Chromium); once the run ends, done or failed, the focus comes back to the
 * button, unless the user has put it elsewhere meanwhile or it was never there (a mouse click in
 * this harness, the ribbon's 评估).
 */
import { click } from "./testing/fakeDom";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";
import { paneSession, pressFromKeyboard, settle } from "./testing/paneHarness";

const SCHOOLS = twoSchools();
const USED = usedRangeOf("学校");

const { started } = paneSession({ grids: [SCHOOLS], proposal: USED });

/** A write held until `release` is called, so that the test can look at the pane while the run waits. */
function heldWrite() {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  return { beforeWrite: () => held, release: () => release() };
}

describe("the pane: the focus after 评估", () => {
  it("drops to the page while the run waits and comes back to the re-enabled 评估 button when it is done", async () => {
    const write = heldWrite();
    const h = await started({ beforeWrite: write.beforeWrite });
    const button = h.byId("evaluate");
    await pressFromKeyboard(button);
    expect(button.disabled).toBe(true);
    expect(h.doc.activeElement).toBe(h.doc.body);
    write.release();
    await settle();
    expect(h.byId("progress-text").textContent).toBe("完成：已写入 6 张结果工作表。");
    expect(button.disabled).toBe(false);
    expect(h.doc.activeElement).toBe(button);
  });

  it("comes back to the button when the run fails", async () => {
    const h = await started();
    const button = h.byId("evaluate");
    h.env.sink.writeSheets = () => Promise.reject(new Error("GeneralException"));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await pressFromKeyboard(button);
    expect(h.byId("notice").hidden).toBe(false);
    expect(h.doc.activeElement).toBe(button);
  });

  it("leaves the focus where the user put it while the run waited", async () => {
    const write = heldWrite();
    const h = await started({ beforeWrite: write.beforeWrite });
    const button = h.byId("evaluate");
    await pressFromKeyboard(button);
    h.byId("profile").focus();
    write.release();
    await settle();
    expect(h.doc.activeElement).toBe(h.byId("profile"));
  });

  it("does not take the focus when it was not on the button (a click that did not focus it)", async () => {
    const h = await started();
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("progress-text").textContent).toBe("完成：已写入 6 张结果工作表。");
    expect(h.doc.activeElement).toBe(h.doc.body);
  });
});
