import type { SchoolFlags } from "../types";
import { builtBy, recordBuiltBy } from "./recordValues";
import { schoolRecord } from "./testRecords";

const row = (flags: SchoolFlags, n = 2): ReturnType<typeof schoolRecord> => schoolRecord({ name: `小学${n}`, row: n, flags });

describe("recordBuiltBy: one row built in or before a profile's relaxation year", () => {
  it("from 建成年份 when given, whatever a yes / no column says", () => {
    // 2009 ≤ 2010; 2012 > 2010; 2016 ≤ 2016; 2018 > 2016 though the 2016 column says yes.
    expect(recordBuiltBy(row({ builtYear: 2009 }), 2010, "builtBy2010")).toBe(true);
    expect(recordBuiltBy(row({ builtYear: 2012 }), 2010, "builtBy2010")).toBe(false);
    expect(recordBuiltBy(row({ builtYear: 2016 }), 2016, "builtBy2016")).toBe(true);
    expect(recordBuiltBy(row({ builtYear: 2018, builtBy2016: true }), 2016, "builtBy2016")).toBe(false);
  });
  it("else from the yes / no column, only when the column names the profile's year", () => {
    expect(recordBuiltBy(row({ builtBy2016: true }), 2016, "builtBy2016")).toBe(true);
    expect(recordBuiltBy(row({ builtBy2016: false }), 2016, "builtBy2016")).toBe(false);
    // The 2016 column says nothing about 2010; a 2010 column says nothing about a profile year of 2012.
    expect(recordBuiltBy(row({ builtBy2016: true }), 2010, "builtBy2010")).toBe(false);
    expect(recordBuiltBy(row({ builtBy2010: true }), 2012, "builtBy2010")).toBe(false);
    expect(recordBuiltBy(row({}), 2016, "builtBy2016")).toBe(false);
  });
});

describe("builtBy: a school of several rows is old when any row is", () => {
  it("rows built 2018 and 2015 → built by 2016; rows 2018 and no year → not", () => {
    expect(builtBy([row({ builtYear: 2018 }), row({ builtYear: 2015 }, 3)], 2016, "builtBy2016")).toBe(true);
    expect(builtBy([row({ builtYear: 2018 }), row({}, 3)], 2016, "builtBy2016")).toBe(false);
    expect(builtBy([], 2016, "builtBy2016")).toBe(false);
  });
});
