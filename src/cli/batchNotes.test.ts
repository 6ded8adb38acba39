import { evaluatedEntry, type OverviewEntry } from "../workbook/write/overviewEntry";
import { makeCounty, makeEvaluation, makeGroup, makeStats } from "../workbook/write/testing/makeEvaluation";
import { INDICATOR_CODES } from "../engine/types";
import type { Stage } from "../engine/types";
import { noteText, sameCountyNotes, unnamedCountyNotes } from "./batchNotes";
import { Run } from "./Run";

const failed = (file: string): OverviewEntry => ({ file, outcome: { ok: false, reasons: ["无法读取"] } });
/** A workbook of `county` whose sections are of `stages` only (a coefficient group per stage read). */
const ofStages = (file: string, county: string, ...stages: Stage[]) => evaluatedEntry(file, makeEvaluation({ counties: [makeCounty({ county, coefficients: stages.map((stage) => makeGroup({ county, stage })) })] }), [], "r.xlsx");
const of = (file: string, ...counties: (string | null)[]) => evaluatedEntry(file, makeEvaluation({ counties: counties.map((county) => makeCounty({ county })) }), [], "r.xlsx");

describe("noteText", () => {
  it("counts the other files, one in the singular", () => {
    expect(noteText({ code: "cli_batch_other_files", items: ["说明.docx"] }, new Run("en"))).toBe("1 other file is not a workbook and was not read");
    expect(noteText({ code: "cli_batch_other_files", items: ["说明.docx", "通知.pdf"] }, new Run("en"))).toBe("2 other files are not workbooks and were not read");
    expect(noteText({ code: "cli_batch_other_files", items: ["说明.docx"] }, new Run("zh"))).toContain("1");
  });
});

describe("sameCountyNotes", () => {
  it("names a county in two workbooks (南湖 is 南湖区) by its first name, with its workbooks in order; none for one workbook, an unnamed county or a failed file", () => {
    const entries = [of("a.xlsx", "南湖区"), failed("坏.xlsx"), of("b.xlsx", "北岭县", null), of("c.xlsx", "南湖"), of("d.xlsx", null)];
    expect(sameCountyNotes(entries)).toEqual([{ code: "cli_batch_same_county", items: ["南湖区", "a.xlsx", "c.xlsx"] }]);
  });

  it("says nothing of a county named twice in one workbook: the workbook is not sent twice", () => {
    expect(sameCountyNotes([of("市.xlsx", "南湖区", "南湖"), of("b.xlsx", "北岭县")])).toEqual([]);
  });

  it("gives nothing for nothing", () => {
    expect(sameCountyNotes([])).toEqual([]);
  });

  it("says a county split by stage over two workbooks (小学 in one, 初中 in the other) as such, with what to do, not as a workbook sent twice", () => {
    const split = [ofStages("东岭县 小学.xlsx", "东岭县", "primary"), ofStages("东岭县 初中.xlsx", "东岭县", "junior")];
    expect(sameCountyNotes(split)).toEqual([{ code: "cli_batch_county_split_stages", items: ["东岭县", "东岭县 小学.xlsx", "东岭县 初中.xlsx"] }]);
    expect(noteText({ code: "cli_batch_county_split_stages", items: ["东岭县", "东岭县 小学.xlsx", "东岭县 初中.xlsx"] }, new Run("zh"))).toBe(
      "“东岭县”的学校分在多个工作簿中，各含不同学段：东岭县 小学.xlsx、东岭县 初中.xlsx。它们各自评估，资源配置和认定只按本工作簿的学段判断，全市合计中也各计一行；请把各学段的学校数据表复制到同一个工作簿中（每个学段一张工作表，一并读取），再重新评估",
    );
    expect(noteText({ code: "cli_batch_county_split_stages", items: ["东岭县", "a.xlsx", "b.xlsx"] }, new Run("en"))).toBe(
      "The schools of “东岭县” are split over several workbooks, each holding other stages: a.xlsx, b.xlsx. Each was evaluated alone, its resource allocation and overall verdict judged on its own stages only, and each is a row of its own in the city totals; copy the stages' school sheets into one workbook (a sheet per stage, read together) and evaluate again",
    );
  });

  it("says a county split by stage as such when its 初中 workbook lists a 九年一贯制 school whole (a 小学 section without any value, students unknown)", () => {
    // As the reader makes it: the school's 小学 section is in scope with students unknown (schools 3) but gives no indicator a value (n 0, missing 3).
    const indicators = Object.fromEntries(INDICATOR_CODES.map((code) => [code, { ...makeStats(code, null, null, null), n: 0, missing: 3 }])) as ReturnType<typeof makeGroup>["indicators"];
    const valueless = makeGroup({ county: "东岭县", stage: "primary", schools: 3, indicators });
    const junior = evaluatedEntry("东岭县 初中.xlsx", makeEvaluation({ counties: [makeCounty({ county: "东岭县", coefficients: [valueless, makeGroup({ county: "东岭县", stage: "junior" })] })] }), [], "r.xlsx");
    expect(sameCountyNotes([ofStages("东岭县 小学.xlsx", "东岭县", "primary"), junior])).toEqual([
      { code: "cli_batch_county_split_stages", items: ["东岭县", "东岭县 小学.xlsx", "东岭县 初中.xlsx"] },
    ]);
    // One indicator valued for one section is a 小学 held: the stage is shared, the plain note stays.
    const oneValue = makeGroup({ county: "东岭县", stage: "primary", schools: 3, indicators: { ...indicators, L1: { ...indicators.L1, n: 1, missing: 2 } } });
    const shared = evaluatedEntry("东岭县 初中.xlsx", makeEvaluation({ counties: [makeCounty({ county: "东岭县", coefficients: [oneValue, makeGroup({ county: "东岭县", stage: "junior" })] })] }), [], "r.xlsx");
    expect(sameCountyNotes([ofStages("东岭县 小学.xlsx", "东岭县", "primary"), shared]).map((n) => n.code)).toEqual(["cli_batch_same_county"]);
  });

  it("keeps the plain note where the workbooks share a stage (one holds both, or both hold 小学) or one holds no section in scope", () => {
    const code = (entries: OverviewEntry[]) => sameCountyNotes(entries).map((n) => n.code);
    expect(code([ofStages("a.xlsx", "东岭县", "primary"), ofStages("b.xlsx", "东岭县", "primary", "junior")])).toEqual(["cli_batch_same_county"]);
    expect(code([ofStages("a.xlsx", "东岭县", "primary"), ofStages("b.xlsx", "东岭县", "primary")])).toEqual(["cli_batch_same_county"]);
    expect(code([ofStages("a.xlsx", "东岭县", "primary"), ofStages("b.xlsx", "东岭县")])).toEqual(["cli_batch_same_county"]);
    // A group of no sections in scope is no stage read.
    const empty = evaluatedEntry("c.xlsx", makeEvaluation({ counties: [makeCounty({ county: "东岭县", coefficients: [makeGroup({ county: "东岭县", stage: "junior", schools: 0 })] })] }), [], "r.xlsx");
    expect(code([ofStages("a.xlsx", "东岭县", "primary"), empty])).toEqual(["cli_batch_same_county"]);
  });
});

describe("unnamedCountyNotes", () => {
  const file = (input: string, shown: string) => ({ input, shown });

  it("says each unnamed workbook, and which county of the batch its file or folder name may be (南湖-补充 beside 南湖区), without merging it", () => {
    const entries = [of("南湖区.xlsx", "南湖区"), of("北山县.xlsx", "北山县"), of("南湖-补充.xlsx", null), of("统计.xlsx", null), of("南湖/学校基本情况.xlsx", null)];
    const files = [file("/青州市/南湖-补充.xlsx", "南湖-补充.xlsx"), file("/青州市/统计.xlsx", "统计.xlsx"), file("/青州市/南湖/学校基本情况.xlsx", "南湖/学校基本情况.xlsx")];
    expect(unnamedCountyNotes(files, entries)).toEqual([
      { code: "cli_batch_county_unnamed_maybe", items: ["南湖-补充.xlsx", "南湖", "南湖区"] },
      { code: "cli_batch_county_unnamed", items: ["统计.xlsx"] },
      // The folder 南湖/ beside 南湖区.xlsx (R4's 青州市2).
      { code: "cli_batch_county_unnamed_maybe", items: ["南湖/学校基本情况.xlsx", "南湖", "南湖区"] },
    ]);
    expect(unnamedCountyNotes([], entries)).toEqual([]);
    // The city's folder is no hint: 南湖市/统计.xlsx beside 南湖区.
    expect(unnamedCountyNotes([file("/南湖市/统计.xlsx", "统计.xlsx")], entries)).toEqual([{ code: "cli_batch_county_unnamed", items: ["统计.xlsx"] }]);
  });

  it("looks at the folder by folderCounty's rule (countyFolder): the city's folder, 广元市教育局/ as 广元市/, is no hint; 利州区/ and 利州区.xlsx in 广元市/ are", () => {
    // 广元县 stands for a county named as its city (长沙县 in 长沙市): 广元市教育局 begins with its stem 广元, and was taken for it (before: 可能是“广元县”).
    const entries = [of("利州区.xlsx", "利州区"), of("广元县.xlsx", "广元县")];
    const notes = unnamedCountyNotes([file("/d/广元市教育局/统计.xlsx", "统计.xlsx"), file("/d/广元市/统计.xlsx", "统计.xlsx"), file("/d/广元市/利州区/统计.xlsx", "利州区/统计.xlsx"), file("/d/广元市/利州区.xlsx", "利州区.xlsx")], entries);
    expect(notes).toEqual([
      { code: "cli_batch_county_unnamed", items: ["统计.xlsx"] },
      { code: "cli_batch_county_unnamed", items: ["统计.xlsx"] },
      { code: "cli_batch_county_unnamed_maybe", items: ["利州区/统计.xlsx", "利州", "利州区"] },
      { code: "cli_batch_county_unnamed_maybe", items: ["利州区.xlsx", "利州", "利州区"] },
    ]);
    expect(unnamedCountyNotes([file("/d/长沙市教育局/统计.xlsx", "统计.xlsx")], [of("长沙县.xlsx", "长沙县")])).toEqual([{ code: "cli_batch_county_unnamed", items: ["统计.xlsx"] }]);
  });

  it("words both notes in zh and en", () => {
    const maybe = { code: "cli_batch_county_unnamed_maybe", items: ["南湖-补充.xlsx", "南湖", "南湖区"] };
    expect(noteText(maybe, new Run("zh"))).toBe(
      "南湖-补充.xlsx 未注明县区（学校行、标题、县级指标和文件或文件夹名中均未找到县区名称），在评估总览中记为“（未注明县区）”，单独成行；其文件（或文件夹）名以“南湖”开头，可能是“南湖区”，但未与之合并：如确属“南湖区”，请在其学校数据表的标题中写明“南湖区”，或将文件改名为以“南湖区”开头，再重新评估",
    );
    expect(noteText(maybe, new Run("en"))).toBe(
      "南湖-补充.xlsx names no county (none in its school rows, titles, county figures, or file or folder name): the overview shows it as “(county not named)”, a row of its own. Its file (or folder) name begins with “南湖”: it may be “南湖区”, but it was not merged with it. If it is “南湖区”, write “南湖区” in its school sheet's title, or rename the file to begin with “南湖区”, and evaluate again",
    );
    expect(noteText({ code: "cli_batch_county_unnamed", items: ["统计.xlsx"] }, new Run("zh"))).toBe(
      "统计.xlsx 未注明县区（学校行、标题、县级指标和文件或文件夹名中均未找到县区名称），在评估总览中记为“（未注明县区）”，单独成行：请在其学校数据表的标题中写明县区全称，或将文件改名为以县区全称开头，再重新评估",
    );
  });
});
