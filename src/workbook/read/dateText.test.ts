import { dateNumber, dateText, dateYear, NOT_A_DATE_SHOWN } from "./dateText";

/** A date as exceljs makes it from a serial of a date-formatted cell: (serial − 25569) days after 1970-01-01, UTC. */
function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

describe("dateText", () => {
  it("shows a date of Excel's range as yyyy-mm-dd", () => {
    expect(dateText(fromSerial(45292))).toBe("2024-01-01");
    // 2958465 is Excel's last date, 9999-12-31.
    expect(dateText(fromSerial(2958465))).toBe("9999-12-31");
  });

  it("shows what Excel shows (#####) for a number no date can hold, instead of throwing", () => {
    // 1e9 days is past the largest JS date: exceljs gives an invalid Date, whose toISOString throws.
    expect(() => fromSerial(1e9).toISOString()).toThrow(RangeError);
    expect(dateText(fromSerial(1e9))).toBe(NOT_A_DATE_SHOWN);
    expect(dateText(new Date(Number.NaN))).toBe(NOT_A_DATE_SHOWN);
    // Beyond 9999-12-31 (a valid JS date, year 10000) and negative serials: Excel shows ##### too.
    expect(dateText(fromSerial(2958466))).toBe(NOT_A_DATE_SHOWN);
    expect(dateText(fromSerial(3e6))).toBe(NOT_A_DATE_SHOWN);
    expect(dateText(fromSerial(-5))).toBe(NOT_A_DATE_SHOWN);
    expect(NOT_A_DATE_SHOWN).toBe("#####");
  });
});

describe("dateYear", () => {
  it("gives the year of a date of Excel's range, null otherwise (never NaN)", () => {
    expect(dateYear(fromSerial(45292))).toBe(2024);
    expect(dateYear(fromSerial(2958465))).toBe(9999);
    expect(dateYear(fromSerial(1e9))).toBeNull();
    expect(dateYear(new Date(Number.NaN))).toBeNull();
    expect(dateYear(fromSerial(3e6))).toBeNull();
    expect(dateYear(fromSerial(-5))).toBeNull();
  });
});

describe("Excel's first 60 days (1900 date system: it counts a 1900-02-29 that never was)", () => {
  it("shows serials 1–59 a day after exceljs's count from 1899-12-30, 60 as 1900-02-29, 0 as 1900-01-00, 61 on as counted", () => {
    // Excel: 1 is 1900-01-01; 38 is 1900-02-07 (31 days of January, then 7); 59 is 1900-02-28.
    expect([1, 38, 59, 60, 0, 61, 62].map((n) => dateText(fromSerial(n)))).toEqual(["1900-01-01", "1900-02-07", "1900-02-28", "1900-02-29", "1900-01-00", "1900-03-01", "1900-03-02"]);
    // A time of day in those days keeps its day.
    expect(dateText(fromSerial(38.75))).toBe("1900-02-07");
  });

  it("gives them the year 1900, as Excel's YEAR does (YEAR(0) is 1900)", () => {
    expect([0, 1, 60, 61].map((n) => dateYear(fromSerial(n)))).toEqual([1900, 1900, 1900, 1900]);
  });
});

describe("dateNumber", () => {
  it("gives the number a date-formatted cell holds (what SUM counts), times as fractions", () => {
    expect([1652, 38, 45292, 0, 2958465].map((n) => dateNumber(fromSerial(n)))).toEqual([1652, 38, 45292, 0, 2958465]);
    expect(dateNumber(fromSerial(45292.25))).toBe(45292.25);
    // 0.1 of a day is 8,640,000 ms: the text of the number is 45292.1, not float noise.
    expect(String(dateNumber(fromSerial(45292.1)))).toBe("45292.1");
    expect(dateNumber(new Date(Number.NaN))).toBeNull();
  });
});
