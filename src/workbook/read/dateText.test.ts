import { dateText, dateYear, NOT_A_DATE_SHOWN } from "./dateText";

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
