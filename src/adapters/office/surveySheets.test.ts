import { memorySettings, type DocumentSettings } from "./documentSettings";
import { SETTINGS_KEY } from "./legacyIdList";
import { MARKER_NAME, markerFormula, sheetTagsFor, TAG_KEY, type Marker, type SheetTags } from "./sheetTags";
import { surveySheets } from "./surveySheets";
import { FakeExcel, type FakeSheet } from "./testing/fakeExcel";

// The summary's A1 title as the writer has always given it (writerMessages.ts), written out.
const SUMMARY_TITLE_ZH = "县域义务教育优质均衡发展评估汇总";
const UNMARKED = { result: false, replaceable: false };
const SNAPSHOT = { result: true, replaceable: false };
/** A result sheet as written, its marker's run (summaryMarker's) with it. */
const OURS = { result: true, replaceable: true, run: "k3j2h5g8" };

/** Markers as ExcelApi 1.12+ writes them (a custom property), or as 1.4–1.11 did (a hidden sheet-scoped name). */
function tagProperty(sheet: FakeSheet, marker: Marker): void {
  sheet.customProperties.set(TAG_KEY, JSON.stringify(marker));
}
function tagName(sheet: FakeSheet, marker: Marker): void {
  sheet.names.set(MARKER_NAME.toLowerCase(), { name: MARKER_NAME, formula: markerFormula(marker), visible: false });
}

function summaryMarker(name: string): Marker {
  return { role: "summary", run: "k3j2h5g8", name };
}

/** Markers as the sink reads them on a host offering `version`. */
function tagsOn(excel: FakeExcel, settings?: DocumentSettings): SheetTags {
  return sheetTagsFor(excel.supports("1.12"), settings);
}

/** What the survey says of each sheet, by name. */
async function survey(excel: FakeExcel, tags: SheetTags | null) {
  const { sheets } = await excel.run((context) => surveySheets(context, tags));
  return sheets.map((s) => [s.name, s.visibility, s.mark, s.scopedNames]);
}

describe("surveySheets", () => {
  it("finds no sheet of ours in a workbook of the user's: all unmarked, the user's own names read (three requests on ExcelApi 1.13, two on 1.7)", async () => {
    for (const [version, syncs, names] of [
      ["1.13", 3, ["我的范围"]],
      ["1.7", 2, null],
    ] as const) {
      const excel = new FakeExcel(version);
      const schools = excel.model.addSheet("学校");
      schools.names.set("我的范围", { name: "我的范围", formula: "=学校!$A$1", visible: true });
      excel.model.addSheet("参数");
      expect(await survey(excel, tagsOn(excel))).toEqual([
        ["学校", "Visible", UNMARKED, names],
        ["参数", "Visible", UNMARKED, version === "1.13" ? [] : null],
      ]);
      expect(excel.syncs).toBe(syncs);
    }
  });

  it("without markers to read, lists the sheets in one request and marks none, not even a tagged one", async () => {
    const excel = new FakeExcel("1.13");
    excel.model.addSheet("学校");
    tagProperty(excel.model.addSheet("汇总"), summaryMarker("汇总"));
    expect(await survey(excel, null)).toEqual([
      ["学校", "Visible", UNMARKED, null],
      ["汇总", "Visible", UNMARKED, null],
    ]);
    expect(excel.syncs).toBe(1);
  });

  it.each(["1.13", "1.7"])("keeps a sheet whose marker names a sheet no longer there (renamed by the user) as ours but not replaceable (ExcelApi %s)", async (version) => {
    const excel = new FakeExcel(version);
    const tag = version === "1.13" ? tagProperty : tagName;
    excel.model.addSheet("学校");
    tag(excel.model.addSheet("汇总2023"), summaryMarker("汇总"));
    tag(excel.model.addSheet("汇总"), summaryMarker("汇总"));
    const marks = (await survey(excel, tagsOn(excel))).map(([name, , mark]) => [name, mark]);
    expect(marks).toEqual([
      ["学校", UNMARKED],
      // Its marker's role and name: the new 汇总 a re-run writes takes its place.
      ["汇总2023", { ...SNAPSHOT, renamedFrom: { role: "summary", name: "汇总" }, run: "k3j2h5g8" }],
      ["汇总", OURS],
    ]);
  });

  it("ignores an old id list entry naming a sheet that is gone, and keeps a sheet whose old id tag names another", async () => {
    const excel = new FakeExcel("1.13");
    const settings = memorySettings({ [SETTINGS_KEY]: [{ role: "schools", id: "{gone}" }] });
    excel.model.addSheet("县级指标").put(0, 0, "项目");
    const moved = excel.model.addSheet("差异系数");
    moved.customProperties.set(TAG_KEY, JSON.stringify({ role: "coefficients", id: "{another-session}" }));
    const marks = (await survey(excel, tagsOn(excel, settings))).map(([name, , mark]) => [name, mark]);
    expect(marks).toEqual([
      ["县级指标", UNMARKED],
      ["差异系数", SNAPSHOT],
    ]);
  });

  it("never takes a user's sheet named like ours for ours, with or without an old id list; our result beside it is", async () => {
    for (const settings of [undefined, memorySettings({ [SETTINGS_KEY]: [{ role: "summary", id: "{gone}" }] })]) {
      const excel = new FakeExcel("1.13");
      const users = excel.model.addSheet("汇总");
      users.put(0, 0, "项目");
      const ours = excel.model.addSheet("汇总 (2)");
      ours.put(0, 0, SUMMARY_TITLE_ZH);
      tagProperty(ours, summaryMarker("汇总 (2)"));
      const marks = (await survey(excel, tagsOn(excel, settings))).map(([name, , mark]) => [name, mark]);
      expect(marks).toEqual([
        ["汇总", UNMARKED],
        ["汇总 (2)", OURS],
      ]);
    }
  });

  it("reads the visibility of hidden and very hidden sheets and their markers too: a half-written run is replaceable", async () => {
    const excel = new FakeExcel("1.13");
    excel.model.addSheet("学校");
    excel.model.addSheet("旧数据").visibility = "Hidden";
    excel.model.addSheet("参数").visibility = "VeryHidden";
    const writing = excel.model.addSheet("~yzjh~k3j2h5g8~0");
    writing.visibility = "Hidden";
    tagProperty(writing, summaryMarker("汇总"));
    expect((await survey(excel, tagsOn(excel))).map(([name, visibility, mark]) => [name, visibility, mark])).toEqual([
      ["学校", "Visible", UNMARKED],
      ["旧数据", "Hidden", UNMARKED],
      ["参数", "VeryHidden", UNMARKED],
      ["~yzjh~k3j2h5g8~0", "Hidden", OURS],
    ]);
  });

  it("sees an Excel 2019 marker on a newer Excel, and leaves the sheet unmarked (kept, never replaced) when Excel refuses its names", async () => {
    const excel = new FakeExcel("1.13");
    excel.model.addSheet("学校");
    tagName(excel.model.addSheet("汇总"), summaryMarker("汇总"));
    expect((await survey(excel, tagsOn(excel))).map(([name, , mark, names]) => [name, mark, names])).toEqual([
      ["学校", UNMARKED, []],
      ["汇总", OURS, [MARKER_NAME]],
    ]);
    excel.viewingOtherWorkbook = true;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect((await survey(excel, tagsOn(excel))).map(([name, , mark, names]) => [name, mark, names])).toEqual([
      ["学校", UNMARKED, null],
      ["汇总", UNMARKED, null],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("loads what the caller queues alongside in the markers' request, adding none", async () => {
    const excel = new FakeExcel("1.7");
    excel.model.addSheet("学校").put(0, 0, "学校名称");
    tagName(excel.model.addSheet("汇总"), summaryMarker("汇总"));
    const { sheets, alongside } = await excel.run((context) => surveySheets(context, tagsOn(excel), (items) => items.map((s) => s.getRange("A1").load("values"))));
    expect(excel.syncs).toBe(2);
    expect(alongside.map((r) => r.values)).toEqual([[["学校名称"]], [[""]]]);
    expect(sheets.map((s) => s.mark)).toEqual([UNMARKED, OURS]);
    // Without markers, what is queued alongside still needs (and gets) its own request.
    const plain = await excel.run((context) => surveySheets(context, null, (items) => items.map((s) => s.getRange("A1").load("values"))));
    expect(excel.syncs).toBe(4);
    expect(plain.alongside[0]?.values).toEqual([["学校名称"]]);
  });
});
