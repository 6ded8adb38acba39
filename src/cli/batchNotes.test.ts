import { evaluatedEntry, type OverviewEntry } from "../workbook/write/overviewEntry";
import { makeCounty, makeEvaluation } from "../workbook/write/testing/makeEvaluation";
import { noteText, sameCountyNotes } from "./batchNotes";
import { Run } from "./Run";

const failed = (file: string): OverviewEntry => ({ file, outcome: { ok: false, reasons: ["无法读取"] } });
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
});
