import { evaluatedEntry, type OverviewEntry } from "./overviewEntry";
import { countyGroups, overviewRows } from "./overviewOrder";
import { makeCounty, makeEvaluation } from "./testing/makeEvaluation";

const failed = (file: string): OverviewEntry => ({ file, outcome: { ok: false, reasons: ["无法读取"] } });
const of = (file: string, ...counties: (string | null)[]) => evaluatedEntry(file, makeEvaluation({ counties: counties.map((county) => makeCounty({ county })) }), [], "r.xlsx");
const shown = (entries: OverviewEntry[]) => overviewRows(entries).map((r) => `${r.entry.file}:${r.county?.county ?? "-"}`);

describe("overviewRows", () => {
  it("keeps the files' order, brings a county's later rows up to its first, and puts the files not evaluated last", () => {
    const entries = [of("a.xlsx", "南湖区"), failed("坏.xlsx"), of("b.xlsx", "北岭县", "中和县"), of("c.xlsx", "南湖区"), of("d.xlsx", "中和县"), failed("旧.xls")];
    expect(shown(entries)).toEqual(["a.xlsx:南湖区", "c.xlsx:南湖区", "b.xlsx:北岭县", "b.xlsx:中和县", "d.xlsx:中和县", "坏.xlsx:-", "旧.xls:-"]);
  });

  it("takes 南湖 for 南湖区 (sameCounty), and never groups counties not named, nor workbooks without a county", () => {
    expect(shown([of("a.xlsx", "南湖区"), of("b.xlsx", "北岭县"), of("c.xlsx", "南湖")])).toEqual(["a.xlsx:南湖区", "c.xlsx:南湖", "b.xlsx:北岭县"]);
    expect(shown([of("a.xlsx", null), of("b.xlsx"), of("c.xlsx", null)])).toEqual(["a.xlsx:-", "b.xlsx:-", "c.xlsx:-"]);
  });

  it("gives nothing for nothing, and a lone failed file its row", () => {
    expect(overviewRows([])).toEqual([]);
    expect(shown([failed("坏.xlsx")])).toEqual(["坏.xlsx:-"]);
  });
});

describe("countyGroups", () => {
  const groups = (entries: OverviewEntry[]) => countyGroups(entries).map((g) => ({ name: g.name, rows: g.rows.map((r) => `${r.entry.file}:${r.county?.county ?? "-"}`) }));

  it("puts the rows naming one county together under its first name (南湖 is 南湖区), each unnamed row and county-less workbook apart, failed files in none", () => {
    const entries = [of("a.xlsx", "南湖区", null), failed("坏.xlsx"), of("b.xlsx", "北岭县", null), of("c.xlsx"), of("d.xlsx", "南湖")];
    expect(groups(entries)).toEqual([
      { name: "南湖区", rows: ["a.xlsx:南湖区", "d.xlsx:南湖"] },
      { name: null, rows: ["a.xlsx:-"] },
      { name: "北岭县", rows: ["b.xlsx:北岭县"] },
      { name: null, rows: ["b.xlsx:-"] },
      { name: null, rows: ["c.xlsx:-"] },
    ]);
  });

  it("gives nothing for nothing or only failed files", () => {
    expect(countyGroups([])).toEqual([]);
    expect(countyGroups([failed("坏.xlsx")])).toEqual([]);
  });
});
