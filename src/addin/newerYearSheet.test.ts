import type { ReadOptions } from "../workbook/read/readWorkbook";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { gridOf, sourceOf } from "../workbook/read/testing";
import type { Grid, WorkbookSource } from "../workbook/types";
import { CachedSource } from "./cachedSource";
import { withNewerYearNote } from "./newerYearSheet";

const titled = (sheet: string, year: number | null, columns = ["学校名称", "小学在校生数", "专任教师数"]) =>
  gridOf([...(year === null ? [] : [[`示例县${year}年义务教育学校基本情况`, null, null]]), columns, ["城关小学", 400, 25], ["河口小学", 300, 20]], { sheet });

/** The reader, counting its parses by their options. */
function counted() {
  const reads: ReadOptions[] = [];
  const read = (source: WorkbookSource, options: ReadOptions) => (reads.push(options), readWorkbook(source, options));
  return { reads, read };
}

/** `sheet` read as the user chose it, with the notes on the other sheets. */
async function chosenRead(source: WorkbookSource, sheet: string) {
  const { reads, read } = counted();
  const options = { sheet };
  const result = await withNewerYearNote(source, read, options, await read(source, options));
  return { reads, issues: result.issues.map((i) => ({ code: i.code, cell: i.cell, params: i.params })) };
}

const withHidden = (grids: readonly Grid[], hidden: readonly string[]): WorkbookSource => ({ ...sourceOf(grids), hiddenSheets: () => Promise.resolve(hidden) });

describe("withNewerYearNote", () => {
  it("reads once when the chosen sheet is the only one, or the others are figures, results or a note", async () => {
    const figures = gridOf([["项目", "数值"], ["生均公用经费（元）", 800]], { sheet: "县级指标" });
    const result = gridOf([["项目", "结论"], ["资源配置", "未达标"]], { sheet: "汇总" });
    const cover = gridOf([["填表说明"]], { sheet: "说明" });
    for (const grids of [[titled("学校", 2024)], [cover, titled("学校", 2024), figures, result]]) {
      const { reads, issues } = await chosenRead(sourceOf(grids), "学校");
      expect(reads).toEqual([{ sheet: "学校" }]);
      expect(issues.map((i) => i.code)).not.toContain("addin_sheet_newer_year_exists");
    }
  });

  it("says a later year's sheet when the user chose an older one (the reader's own choice asked once)", async () => {
    const { reads, issues } = await chosenRead(sourceOf([titled("2023年学校", 2023), titled("2024年学校", 2024)]), "2023年学校");
    expect(reads).toEqual([{ sheet: "2023年学校" }, {}]);
    expect(issues[0]).toEqual({ code: "addin_sheet_newer_year_exists", cell: "'2023年学校'!A1", params: { sheet: "2023年学校", year: 2023, newer: "2024年学校", latest: 2024 } });
  });

  it("gives the years every school sheet states, not the chosen sheet's alone (the 评估年度 list offers them)", async () => {
    const source = sourceOf([titled("2023年学校", 2023), titled("2024年学校", 2024)]);
    const { read } = counted();
    const alone = await read(source, { sheet: "2023年学校" });
    expect(alone.ok && alone.sheetYears).toEqual([2023]);
    const result = await withNewerYearNote(source, read, { sheet: "2023年学校" }, alone);
    expect(result.ok && result.sheetYears).toEqual([2023, 2024]);
  });

  it("copies the reader's notes on the school sheets left unread, visible and hidden, when it would read the sheet chosen too", async () => {
    const grids = [titled("学校", null), titled("学校备份", null, ["学校名称", "小学在校生数"]), titled("2019旧数据", null, ["学校名称", "小学在校生数"])];
    const { issues } = await chosenRead(withHidden(grids, ["2019旧数据"]), "学校");
    // pickSchoolSheets' unreadIssues: each list at its first sheet's header (A1: no title line); 学校备份 holds
    // exactly 学校's schools, so it is said as a copy of it (copyIssues), no longer as a sheet left unread.
    expect(issues.filter((i) => i.code.startsWith("read_") && (i.code.endsWith("school_sheets") || i.code === "read_sheet_copy"))).toEqual([
      { code: "read_sheet_copy", cell: "学校备份!A1", params: { sheet: "学校备份", original: "学校" } },
      { code: "read_hidden_school_sheets", cell: "'2019旧数据'!A1", params: { others: "2019旧数据" } },
    ]);
  });

  it("names the other school sheets, at the chosen header, when the reader would read another of the same year", async () => {
    const grids = [titled("学校", 2024), titled("学校备份", 2024, ["学校名称", "小学在校生数"])];
    const { issues } = await chosenRead(sourceOf(grids), "学校备份");
    expect(issues.filter((i) => i.code.includes("school_sheets"))).toEqual([{ code: "addin_sheet_other_school_sheets", cell: "学校备份!A2", params: { sheet: "学校备份", others: "学校" } }]);
  });

  it("asks the reader's own choice once per generation of a cached source, and again once it is cleared", async () => {
    const source = new CachedSource(sourceOf([titled("2023年学校", 2023), titled("2024年学校", 2024)]));
    const { reads, read } = counted();
    const note = async () => (await withNewerYearNote(source, read, { sheet: "2023年学校" }, await read(source, { sheet: "2023年学校" }))).issues[0]?.code;
    expect([await note(), await note()]).toEqual(["addin_sheet_newer_year_exists", "addin_sheet_newer_year_exists"]);
    source.clear();
    await note();
    // Each note: the chosen read, then the reader's own choice only the first time in a generation.
    expect(reads).toEqual([{ sheet: "2023年学校" }, {}, { sheet: "2023年学校" }, { sheet: "2023年学校" }, {}]);
  });
});

describe("withNewerYearNote on an uncached source (the ribbon's)", () => {
  it("reads each other sheet from the workbook once, for the look at it and the reader's own choice together", async () => {
    const grids = [titled("学校", null), titled("学校备份", null, ["学校名称", "小学在校生数"])];
    const inner = sourceOf(grids);
    const sheetReads: string[] = [];
    const source: WorkbookSource = { sheetNames: () => inner.sheetNames(), readSheet: (name, range) => (sheetReads.push(name), inner.readSheet(name, range)) };
    const chosen = await readWorkbook(source, { sheet: "学校" }); // reads 学校, and 学校备份 for county figures
    const before = sheetReads.length;
    const { issues } = await withNewerYearNote(source, readWorkbook, { sheet: "学校" }, chosen);
    expect(sheetReads.slice(before).sort()).toEqual(["学校", "学校备份"]); // 学校备份 for the look, 学校 for the reader's own choice: once each
    // 学校备份 holds exactly 学校's schools: the reader's own choice says it as a copy (read_sheet_copy).
    expect(issues.map((i) => i.code)).toContain("read_sheet_copy");
  });
});
