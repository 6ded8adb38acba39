import { quotedSheet, xmlValue } from "./xmlText";

describe("xmlValue / quotedSheet", () => {
  it("undoes the named entities and character references of an attribute value", () => {
    expect(xmlValue("&apos;学校&apos; &amp; &#21439; &#x53BF; &lt;&gt;&quot;")).toBe("'学校' & 县 县 <>\"");
    expect(xmlValue("&unknown;")).toBe("&unknown;");
  });

  it("quotes a sheet name always, a quote inside doubled", () => {
    expect(quotedSheet("差异系数")).toBe("'差异系数'");
    expect(quotedSheet("O'Brien 县")).toBe("'O''Brien 县'");
  });
});
