import { withDrawing } from "./withDrawing";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="main" xmlns:r="rels">';

describe("withDrawing", () => {
  it("puts <drawing> after pageSetup and before tableParts", () => {
    const sheet = `${HEAD}<sheetData/><pageMargins left="0.7"/><pageSetup paperSize="9"/><tableParts count="1"><tablePart r:id="rId7"/></tableParts></worksheet>`;
    expect(withDrawing(sheet, "rId8")).toBe(`${HEAD}<sheetData/><pageMargins left="0.7"/><pageSetup paperSize="9"/><drawing r:id="rId8"/><tableParts count="1"><tablePart r:id="rId7"/></tableParts></worksheet>`);
  });

  it("does not take a data bar's own extLst (inside conditionalFormatting) for the sheet's, nor a > inside an attribute for a tag's end", () => {
    const cf = '<conditionalFormatting sqref="F10:F17"><cfRule type="dataBar"><extLst><ext uri="{B025F937}"><x14:id>{7A1F}</x14:id></ext></extLst></cfRule></conditionalFormatting>';
    const links = '<hyperlinks><hyperlink ref="A1" tooltip="a &gt; b > c"/></hyperlinks>';
    const sheet = `${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${cf}${links}<headerFooter/><extLst><ext/></extLst></worksheet>`;
    expect(withDrawing(sheet, "rId2")).toBe(`${HEAD}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${cf}${links}<headerFooter/><drawing r:id="rId2"/><extLst><ext/></extLst></worksheet>`);
  });

  it("ends the sheet with it when nothing that follows <drawing> is there", () => {
    expect(withDrawing(`${HEAD}<sheetData/><pageSetup/></worksheet>`, "rId1")).toBe(`${HEAD}<sheetData/><pageSetup/><drawing r:id="rId1"/></worksheet>`);
  });

  it("goes before legacyDrawing when a sheet has one (comments)", () => {
    expect(withDrawing(`${HEAD}<sheetData/><legacyDrawing r:id="rId3"/></worksheet>`, "rId4")).toBe(`${HEAD}<sheetData/><drawing r:id="rId4"/><legacyDrawing r:id="rId3"/></worksheet>`);
  });

  it("throws on a part that is no worksheet, or one that has a drawing already", () => {
    expect(() => withDrawing("<workbook/>", "rId1")).toThrow("not a worksheet part");
    expect(() => withDrawing(`${HEAD}<sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2")).toThrow("already has a drawing");
  });
});
