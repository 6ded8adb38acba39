import { quotedSheet, xmlText, xmlValue } from "./xmlText";

describe("xmlText / xmlValue / quotedSheet", () => {
  it("escapes & < > and double quotes, and leaves Chinese and single quotes as they are", () => {
    expect(xmlText('A&B <"县"> \'x\'')).toBe("A&amp;B &lt;&quot;县&quot;&gt; 'x'");
    expect(xmlText("")).toBe("");
  });

  it("undoes the named entities and character references of an attribute value", () => {
    expect(xmlValue("&apos;学校&apos; &amp; &#21439; &#x53BF; &lt;&gt;&quot;")).toBe("'学校' & 县 县 <>\"");
    expect(xmlValue("&unknown;")).toBe("&unknown;");
  });

  it("quotes a sheet name always, a quote inside doubled", () => {
    expect(quotedSheet("差异系数")).toBe("'差异系数'");
    expect(quotedSheet("O'Brien 县")).toBe("'O''Brien 县'");
  });
});
