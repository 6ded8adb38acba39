import { OfficeMockObject } from "office-addin-mock";
import { FakeExcel } from "./testing/fakeExcel";
import { OfficeSheetWatch, type RunIn, type SheetChange } from "./watchSheets";
import type { ExcelRunner } from "./excelRun";

type Args = { worksheetId: string; address: string; changeType: string; type: string; source: string };
type Added = { sheet: string; handler: (args: Args) => Promise<unknown>; removed: boolean };

/**
 * A workbook mock (office-addin-mock) with sheets 学校 and 县级指标; worksheets.getItemOrNullObject
 * of any other name is a null object. Each onChanged.add is recorded with its handler; remove()
 * marks it removed.
 */
function mockWorkbook() {
  const added: Added[] = [];
  const sheet = (name: string) => ({
    name,
    onChanged: {
      add: (handler: Added["handler"]) => {
        const entry: Added = { sheet: name, handler, removed: false };
        added.push(entry);
        return { context, remove: () => void (entry.removed = true) };
      },
    },
  });
  const context: OfficeMockObject = new OfficeMockObject({
    workbook: {
      worksheets: {
        学校: sheet("学校"),
        县级指标: sheet("县级指标"),
        gone: { name: "" },
        getItemOrNullObject: (name: string) => {
          const sheets = context.workbook.worksheets as Record<string, OfficeMockObject>;
          return name === "学校" || name === "县级指标" ? sheets[name] : sheets.gone;
        },
      },
    },
  });
  // Office gives isNullObject after the sync of a *OrNullObject proxy, loaded or not: a plain field here (the mock would want it loaded).
  const sheets = context.workbook.worksheets as Record<string, OfficeMockObject>;
  for (const [name, isNull] of [["学校", false], ["县级指标", false], ["gone", true]] as const) Object.assign(sheets[name] ?? {}, { isNullObject: isNull });
  const runs = { batches: 0, releases: [] as unknown[] };
  const run: ExcelRunner = (batch) => (runs.batches++, batch(context as unknown as Excel.RequestContext));
  const runIn: RunIn = (ctx, batch) => (runs.releases.push(ctx), batch(ctx));
  return { added, run, runIn, runs, context };
}

/** What Excel passes a handler: WorksheetChangedEventArgs. */
const edited = (worksheetId: string, address: string, changeType = "RangeEdited"): Args => ({ worksheetId, address, changeType, type: "WorksheetChanged", source: "Local" });

describe("OfficeSheetWatch (office-addin-mock)", () => {
  it("adds an onChanged handler to each sheet read that is still there, and passes each change on", async () => {
    const { added, run, runIn } = mockWorkbook();
    const heard: SheetChange[] = [];
    await new OfficeSheetWatch(true, run, runIn).watch(["学校", "已删除", "县级指标"], (c) => heard.push(c));
    expect(added.map((a) => a.sheet)).toEqual(["学校", "县级指标"]);
    await added[0]?.handler(edited("{S1}", "E5"));
    await added[1]?.handler(edited("{S2}", "6:6", "RowInserted"));
    expect(heard).toEqual([
      { worksheetId: "{S1}", address: "E5", changeType: "RangeEdited" },
      { worksheetId: "{S2}", address: "6:6", changeType: "RowInserted" },
    ]);
  });

  it("removes the handlers of the watch before, in the context they were added in, and no longer passes on what they report", async () => {
    const { added, run, runIn, runs, context } = mockWorkbook();
    const heard: string[] = [];
    const watch = new OfficeSheetWatch(true, run, runIn);
    await watch.watch(["学校", "县级指标"], (c) => heard.push(`first ${c.address}`));
    await watch.watch(["县级指标"], (c) => heard.push(`second ${c.address}`));
    expect(added.map((a) => [a.sheet, a.removed])).toEqual([["学校", true], ["县级指标", true], ["县级指标", false]]);
    expect(runs.releases).toEqual([context, context]);
    await added[0]?.handler(edited("{S1}", "B2")); // reported by Excel before the removal reached it
    await added[2]?.handler(edited("{S2}", "B3"));
    expect(heard).toEqual(["second B3"]);
  });

  it("stops: every handler removed, nothing passed on after", async () => {
    const { added, run, runIn } = mockWorkbook();
    const heard: SheetChange[] = [];
    const watch = new OfficeSheetWatch(true, run, runIn);
    await watch.watch(["学校"], (c) => heard.push(c));
    await watch.stop();
    await added[0]?.handler(edited("{S1}", "B2"));
    expect([added[0]?.removed, heard]).toEqual([true, []]);
    await watch.stop(); // nothing left to remove: no request
  });

  it("asks nothing of a host without ExcelApi 1.7, and nothing for no sheets", async () => {
    const { added, run, runIn, runs } = mockWorkbook();
    await new OfficeSheetWatch(false, run, runIn).watch(["学校"], () => undefined);
    await new OfficeSheetWatch(true, run, runIn).watch([], () => undefined);
    expect([runs.batches, added]).toEqual([0, []]);
  });

  it("does not throw when the host refuses, and watches again after", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { added, run, runIn } = mockWorkbook();
    let refuse = true;
    const flaky: ExcelRunner = (batch) => (refuse ? Promise.reject(Object.assign(new Error("busy"), { code: "GeneralException" })) : run(batch));
    const watch = new OfficeSheetWatch(true, flaky, runIn);
    await expect(watch.watch(["学校"], () => undefined)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    refuse = false;
    await watch.watch(["学校"], () => undefined);
    expect(added.map((a) => a.sheet)).toEqual(["学校"]);
    warn.mockRestore();
  });
});

describe("OfficeSheetWatch over the fake workbook (as in the end-to-end stand-in)", () => {
  const runIn: RunIn = (context, batch) => batch(context);
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  function workbook() {
    const excel = new FakeExcel();
    const schools = excel.model.addSheet("学校");
    const summary = excel.model.addSheet("汇总");
    return { excel, schools, summary, watch: new OfficeSheetWatch(true, excel.run, runIn) };
  }

  it("hears a value set on the sheet read, by its id and address, and not one set on a result sheet", async () => {
    const { excel, schools, watch } = workbook();
    const heard: SheetChange[] = [];
    await watch.watch(["学校"], (c) => heard.push(c));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").getRange("A1:B2").values = [[1, 2], [3, 4]];
      context.workbook.worksheets.getItem("学校").getRange("E5").values = [[3652]];
      await context.sync();
    });
    await tick();
    expect(heard).toEqual([{ worksheetId: schools.id, address: "E5", changeType: "RangeEdited" }]);
  });

  it("keeps watching a sheet renamed since, and leaves no handler once stopped", async () => {
    const { excel, schools, watch } = workbook();
    const heard: string[] = [];
    await watch.watch(["学校"], (c) => heard.push(c.address));
    schools.name = "学校（改）";
    excel.events.changed(schools, "7:7", "RowInserted");
    await tick();
    expect(heard).toEqual(["7:7"]);
    await watch.stop();
    expect(excel.events.count()).toBe(0);
  });

  it("passes over a removal the host refuses (a sheet deleted since), removes the others and adds the next watch", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { excel, schools } = workbook();
    excel.model.addSheet("规则");
    let refuse = true;
    const refusingOnce = new OfficeSheetWatch(true, excel.run, (context, batch) => (refuse ? ((refuse = false), Promise.reject(Object.assign(new Error("gone"), { code: "ItemNotFound" }))) : batch(context)));
    await refusingOnce.watch(["学校", "规则"], () => undefined);
    expect(excel.events.count()).toBe(2);
    const heard: string[] = [];
    await refusingOnce.watch(["学校"], (c) => heard.push(c.address));
    // 学校's old handler could not be removed (muted); 规则's was; the new one on 学校 is there and heard.
    expect([excel.events.count(), excel.events.count(schools.id), warn.mock.calls.length]).toEqual([2, 2, 1]);
    excel.events.changed(schools, "B2", "RangeEdited");
    await tick();
    expect(heard).toEqual(["B2"]);
    warn.mockRestore();
  });

  it("is refused below ExcelApi 1.7, silently", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const excel = new FakeExcel("1.6");
    excel.model.addSheet("学校");
    await new OfficeSheetWatch(true, excel.run, runIn).watch(["学校"], () => undefined);
    expect([excel.events.count(), warn.mock.calls.length]).toEqual([0, 1]);
    warn.mockRestore();
  });
});
