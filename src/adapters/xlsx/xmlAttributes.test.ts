import { startTags, xmlAttributes } from "./xmlAttributes";

describe("xmlAttributes / startTags", () => {
  it("reads a tag's attributes unescaped, in either quote, a > inside a value kept", () => {
    expect([...xmlAttributes(`<sheet sheetId="3" name="&apos;甲&apos; 县" r:id='rId4' note="a > b"/>`)]).toEqual([
      ["sheetId", "3"],
      ["name", "'甲' 县"],
      ["r:id", "rId4"],
      ["note", "a > b"],
    ]);
  });

  it("finds the start tags of one element only (sheet, not sheets), each whole", () => {
    const xml = '<workbook><sheets><sheet name="汇总" r:id="rId4"/><sheet name="a>b" r:id="rId5"></sheet></sheets></workbook>';
    expect(startTags(xml, "sheet")).toEqual(['<sheet name="汇总" r:id="rId4"/>', '<sheet name="a>b" r:id="rId5">']);
    expect(startTags(xml, "definedName")).toEqual([]);
  });
});
