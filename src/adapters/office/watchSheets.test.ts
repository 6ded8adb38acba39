import { OfficeMockObject } from "office-addin-mock";
import { FakeExcel } from "./testing/fakeExcel";
import type { SheetChange } from "../../workbook/sheetWatch";
import { OfficeSheetWatch, type RunIn } from "./watchSheets";
import type { ExcelRunner } from "./excelRun";

type Args = { worksheetId: string; address?: string; changeType?: string; type: string; source: string };
type Added = { sheet: string; handler: (args: Args) => Promise<unknown>; removed: boolean };

/** The `added` entry of worksheets.onDeleted. */
const WORKBOOK = "worksheets.onDeleted";

/**
 * A workbook mock (office-addin-mock) with sheets 学校 ({S1}) and 县级指标 ({S2});
 * worksheets.getItemOrNullObject of any other name is a null object. Each onChanged.add, and
 * worksheets.onDeleted.add (as WORKBOOK), is recorded with its handler; remove() marks it removed.
 */
function mockWorkbook() {
  const added: Added[] = [];
  const event = (sheet: string) => ({
    add: (handler: Added["handler"]) => {
      const entry: Added = { sheet, handler, removed: false };
      added.push(entry);
      return { context, remove: () => void (entry.removed = true) };
    },
  });
  const sheet = (name: string, id: string) => ({ name, id, onChanged: event(name) });
  const context: OfficeMockObject = new OfficeMockObject({
    workbook: {
      worksheets: {
        学校: sheet("学校", "{S1}"),
        县级指标: sheet("县级指标", "{S2}"),
        gone: { name: "", id: "" },
        onDeleted: event(WORKBOOK),
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
/** What Excel passes an onDeleted handler: WorksheetDeletedEventArgs. */
const deleted = (worksheetId: string): Args => ({ worksheetId, type: "WorksheetDeleted", source: "Local" });

describe("OfficeSheetWatch (office-addin-mock)", () => {
  it("adds an onChanged handler to each sheet read that is still there, and passes each change on", async () => {
    const { added, run, runIn } = mockWorkbook();
    const heard: SheetChange[] = [];
    await new OfficeSheetWatch(true, run, runIn).watch(["学校", "已删除", "县级指标"], (c) => heard.push(c));
    expect(added.map((a) => a.sheet)).toEqual(["学校", "县级指标", WORKBOOK]);
    await added[0]?.handler(edited("{S1}", "E5"));
    await added[1]?.handler(edited("{S2}", "6:6", "RowInserted"));
    expect(heard).toEqual([
      { kind: "changed", worksheetId: "{S1}", address: "E5", changeType: "RangeEdited" },
      { kind: "changed", worksheetId: "{S2}", address: "6:6", changeType: "RowInserted" },
    ]);
  });

  it("passes on the deletion of a sheet read, by its id, and not of any other sheet", async () => {
    const { added, run, runIn } = mockWorkbook();
    const heard: SheetChange[] = [];
    await new OfficeSheetWatch(true, run, runIn).watch(["县级指标"], (c) => heard.push(c));
    const onDeleted = added.find((a) => a.sheet === WORKBOOK);
    await onDeleted?.handler(deleted("{S1}")); // 学校: not read
    await onDeleted?.handler(deleted("{RESULT}"));
    expect(heard).toEqual([]);
    await onDeleted?.handler(deleted("{S2}"));
    expect(heard).toEqual([{ kind: "deleted", worksheetId: "{S2}", address: "", changeType: "SheetDeleted" }]);
  });

  it("adds no deletion handler when none of the sheets read is there any more", async () => {
    const { added, run, runIn } = mockWorkbook();
    await new OfficeSheetWatch(true, run, runIn).watch(["已删除"], () => undefined);
    expect(added).toEqual([]);
  });

  it("removes the handlers of the watch before, in the context they were added in, and no longer passes on what they report", async () => {
    const { added, run, runIn, runs, context } = mockWorkbook();
    const heard: string[] = [];
    const watch = new OfficeSheetWatch(true, run, runIn);
    await watch.watch(["学校", "县级指标"], (c) => heard.push(`first ${c.changeType} ${c.address}`));
    await watch.watch(["县级指标"], (c) => heard.push(`second ${c.changeType} ${c.address}`));
    expect(added.map((a) => [a.sheet, a.removed])).toEqual([["学校", true], ["县级指标", true], [WORKBOOK, true], ["县级指标", false], [WORKBOOK, false]]);
    expect(runs.releases).toEqual([context, context, context]);
    await added[0]?.handler(edited("{S1}", "B2")); // reported by Excel before the removal reached it
    await added[2]?.handler(deleted("{S1}"));
    await added[3]?.handler(edited("{S2}", "B3"));
    await added[4]?.handler(deleted("{S1}")); // 学校 is no longer watched
    await added[4]?.handler(deleted("{S2}"));
    expect(heard).toEqual(["second RangeEdited B3", "second SheetDeleted "]);
  });

  it("stops: every handler removed, nothing passed on after", async () => {
    const { added, run, runIn } = mockWorkbook();
    const heard: SheetChange[] = [];
    const watch = new OfficeSheetWatch(true, run, runIn);
    await watch.watch(["学校"], (c) => heard.push(c));
    await watch.stop();
    await added[0]?.handler(edited("{S1}", "B2"));
    await added[1]?.handler(deleted("{S1}"));
    expect([added.map((a) => [a.sheet, a.removed]), heard]).toEqual([[["学校", true], [WORKBOOK, true]], []]);
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
    await expect(watch.watch(["学校"], () => undefined)).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    refuse = false;
    await expect(watch.watch(["学校"], () => undefined)).resolves.toBe(true);
    expect(added.map((a) => a.sheet)).toEqual(["学校", WORKBOOK]);
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
    expect(heard).toEqual([{ kind: "changed", worksheetId: schools.id, address: "E5", changeType: "RangeEdited" }]);
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
    expect([excel.events.count(), excel.events.countDeleted()]).toEqual([3, 1]);
    const heard: string[] = [];
    await refusingOnce.watch(["学校"], (c) => heard.push(c.address));
    // 学校's old handler could not be removed (muted); 规则's and the old onDeleted were; the new ones are there, and heard.
    expect([excel.events.count(), excel.events.count(schools.id), excel.events.countDeleted(), warn.mock.calls.length]).toEqual([3, 2, 1, 1]);
    excel.events.changed(schools, "B2", "RangeEdited");
    await tick();
    expect(heard).toEqual(["B2"]);
    warn.mockRestore();
  });

  it("hears a sheet read deleted, by the user or by a request, and not another sheet deleted", async () => {
    const { excel, schools, watch } = workbook();
    const figures = excel.model.addSheet("县级指标");
    const heard: SheetChange[] = [];
    await watch.watch(["学校", "县级指标"], (c) => heard.push(c));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").delete(); // as the sink replacing a result sheet
      await context.sync();
    });
    await tick();
    expect(heard).toEqual([]);
    excel.model.deleteSheet(figures); // the user, in Excel's sheet tabs
    await tick();
    expect(heard).toEqual([{ kind: "deleted", worksheetId: figures.id, address: "", changeType: "SheetDeleted" }]);
    excel.model.addSheet("说明");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("学校").delete();
      await context.sync();
    });
    await tick();
    expect(heard.map((c) => [c.worksheetId, c.changeType])).toEqual([[figures.id, "SheetDeleted"], [schools.id, "SheetDeleted"]]);
  });

  it("hears no sheet deleted once stopped, and leaves no onDeleted handler", async () => {
    const { excel, schools, watch } = workbook();
    const heard: SheetChange[] = [];
    await watch.watch(["学校"], (c) => heard.push(c));
    expect(excel.events.countDeleted()).toBe(1);
    await watch.stop();
    expect(excel.events.countDeleted()).toBe(0);
    excel.model.deleteSheet(schools);
    await tick();
    expect(heard).toEqual([]);
  });

  it("watches one onDeleted handler at a time: the watch before's is removed", async () => {
    const { excel, schools, watch } = workbook();
    const heard: string[] = [];
    await watch.watch(["学校"], () => heard.push("first"));
    await watch.watch(["学校"], () => heard.push("second"));
    expect(excel.events.countDeleted()).toBe(1);
    excel.model.deleteSheet(schools);
    await tick();
    expect(heard).toEqual(["second"]);
  });

  it("watches the same sheets again in one request, keeping their handlers, the new listener heard and the old one not", async () => {
    const { excel, schools, watch } = workbook();
    const heard: string[] = [];
    await watch.watch(["学校"], (c) => heard.push(`first ${c.address}`));
    const before = excel.syncs;
    await watch.watch(["学校"], (c) => heard.push(`second ${c.address}`));
    // One request: the sheets' ids, the same as watched; nothing removed nor added.
    expect([excel.syncs - before, excel.events.count(schools.id), excel.events.countDeleted()]).toEqual([1, 1, 1]);
    excel.events.changed(schools, "B2", "RangeEdited");
    await tick();
    expect(heard).toEqual(["second B2"]);
  });

  it("watches a new sheet under a watched name (学校 renamed, a new 学校 made) instead of the renamed one", async () => {
    const { excel, schools, watch } = workbook();
    const heard: string[] = [];
    await watch.watch(["学校"], (c) => heard.push(`old ${c.address}`));
    schools.name = "学校（旧）";
    const fresh = excel.model.addSheet("学校");
    await watch.watch(["学校"], (c) => heard.push(`new ${c.address}`));
    expect([excel.events.count(schools.id), excel.events.count(fresh.id), excel.events.countDeleted()]).toEqual([0, 1, 1]);
    excel.events.changed(schools, "B2", "RangeEdited");
    excel.events.changed(fresh, "C3", "RangeEdited");
    await tick();
    expect(heard).toEqual(["new C3"]);
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
