/**
 * The host fails while the pane sets up the watch on the sheets an evaluation read (Excel busy,
 * a request refused): the result is right, but an edit made now would not mark it out of date, so
 * a line under the result says so (before, only the console did); a watch that works again hides it.
 */
import { click } from "./testing/fakeDom";
import { twoSchools, usedRangeOf } from "./testing/twoSchools";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = twoSchools();
const USED = usedRangeOf("学校");
const UNWATCHED_ZH = "未能监视所读取的工作表：此后修改数据，这里不会提示结果已过期；修改数据后请重新评估。";
const UNWATCHED_EN = "The sheets read could not be watched: edits made now will not mark this result out of date; evaluate again after changing the data.";

const { started } = paneSession({ grids: [SCHOOLS], proposal: USED });

describe("the pane: a watch the host failed to set up", () => {
  it("says under the result that edits will not mark it out of date", async () => {
    const h = await started();
    h.watch.failing = true;
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("progress-text").textContent).toBe("完成：已写入 6 张结果工作表。");
    expect(h.byId("result").hidden).toBe(false);
    expect(h.byId("result-unwatched").hidden).toBe(false);
    expect(h.byId("result-unwatched").textContent).toBe(UNWATCHED_ZH);
  });

  it("says it in English, and hides it once an evaluation's watch works again", async () => {
    const h = await started({ lang: "en" });
    h.watch.failing = true;
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("result-unwatched").textContent).toBe(UNWATCHED_EN);
    expect(h.byId("result-unwatched").hidden).toBe(false);
    h.watch.failing = false;
    click(h.byId("evaluate"));
    await settle();
    expect(h.watch.watched).toEqual(["学校"]);
    expect(h.byId("result-unwatched").hidden).toBe(true);
  });

  it("says nothing when the watch is set up", async () => {
    const h = await started();
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("result").hidden).toBe(false);
    expect(h.byId("result-unwatched").hidden).toBe(true);
  });
});
