import { xmlValue } from "./xmlText";

describe("xmlValue", () => {
  it("undoes the named entities and character references of an attribute value", () => {
    expect(xmlValue("&apos;学校&apos; &amp; &#21439; &#x53BF; &lt;&gt;&quot;")).toBe("'学校' & 县 县 <>\"");
    expect(xmlValue("&unknown;")).toBe("&unknown;");
  });
});
