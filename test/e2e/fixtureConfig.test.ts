import { join } from "node:path";
import ExcelJS from "exceljs";
import { fixtureSheets } from "./fixtureConfig";
import { tempFolder } from "../../src/testing/tempFolder";

describe("fixtureSheets", () => {
  it("gives the stand-in a date cell as Excel holds it: the serial number in a date format, not text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学校");
    ws.getCell("A1").value = "建成日期";
    ws.getCell("A2").value = new Date(Date.UTC(2012, 8, 1));
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    ws.getCell("A3").value = 41153;
    const path = join(tempFolder("fixture-"), "dates.xlsx");
    await wb.xlsx.writeFile(path);
    const [sheet] = await fixtureSheets(path);
    // 2012-09-01 is 15584 days after 1970-01-01, serial 15584 + 25569 = 41153; the plain number stays General.
    expect(sheet?.cells).toEqual([
      [0, 0, "建成日期", false],
      [1, 0, 41153, false, "yyyy-mm-dd"],
      [2, 0, 41153, false],
    ]);
  });
});
