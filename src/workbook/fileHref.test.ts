import { fileHref, fileLinkAddress } from "./fileHref";

describe("fileHref", () => {
  it("leaves CJK and other non-ASCII characters raw, as Excel writes a relative hyperlink", () => {
    expect(fileHref("甲县-评估结果.xlsx")).toBe("甲县-评估结果.xlsx");
    expect(fileHref("北山县/学校　表（2024）.xlsx")).toBe("北山县/学校　表（2024）.xlsx"); // the ideographic space and full-width brackets are not ASCII
  });

  it("turns backslashes into slashes and keeps the path's own slashes and dots", () => {
    expect(fileHref("北山县\\子目录\\a.xlsx")).toBe("北山县/子目录/a.xlsx");
    expect(fileHref("../out/a.xlsx")).toBe("../out/a.xlsx");
  });

  it("escapes what would end the path or change its meaning: # ? % and [ ]", () => {
    // # is %23, ? %3F, % %25, [ %5B, ] %5D (their ASCII codes in hex).
    expect(fileHref("1#楼.xlsx")).toBe("1%23楼.xlsx");
    expect(fileHref("a?.xlsx")).toBe("a%3F.xlsx");
    expect(fileHref("100%.xlsx")).toBe("100%25.xlsx");
    expect(fileHref("[2024] 甲县.xlsx")).toBe("%5B2024%5D%20甲县.xlsx");
  });

  it("escapes spaces, control characters and the ASCII a URI never holds", () => {
    // space %20, tab %09, DEL %7F, " %22, < %3C, > %3E, ^ %5E, ` %60, { %7B, | %7C, } %7D.
    expect(fileHref("a b\tc\u007f.xlsx")).toBe("a%20b%09c%7F.xlsx");
    expect(fileHref('"<>^`{|}.xlsx')).toBe("%22%3C%3E%5E%60%7B%7C%7D.xlsx");
  });

  it("escapes what an IRI may not hold beyond ASCII (private use, U+FFF0–FFFF), and a lone surrogate as U+FFFD", () => {
    // U+E000 → %EE%80%80, U+FFFE → %EF%BF%BE; a lone U+D800 becomes U+FFFD → %EF%BF%BD (U+FFFD is in U+FFF0–FFFF).
    expect(fileHref("a\uE000b\uFFFEc.xlsx")).toBe("a%EE%80%80b%EF%BF%BEc.xlsx");
    expect(fileHref("县\uD800.xlsx")).toBe("县%EF%BF%BD.xlsx");
    // A pair of surrogates is one character (𠀀, U+20000) and stays raw.
    expect(fileHref("\uD840\uDC00.xlsx")).toBe("\uD840\uDC00.xlsx");
  });

  it("keeps a first segment with a colon from reading as a scheme: ./ before it (RFC 3986 §4.2); a later one needs none", () => {
    expect(fileHref("甲:乙.xlsx")).toBe("./甲:乙.xlsx");
    expect(fileHref("市/甲:乙.xlsx")).toBe("市/甲:乙.xlsx");
  });

  it("leaves the characters a path may hold as they are", () => {
    expect(fileHref("市/a-b_c.d~e!$&'()*+,;=:@.xlsx")).toBe("市/a-b_c.d~e!$&'()*+,;=:@.xlsx");
    expect(fileHref("")).toBe("");
  });
});

describe("fileHref: edge cases", () => {
  it("escapes a path that is only a space, and a path of digits stays as it is", () => {
    expect(fileHref(" ")).toBe("%20");
    expect(fileHref("2024")).toBe("2024");
  });

  it("escapes a % that already looks like an escape: the name holds those characters", () => {
    // "%20" in a file name is three characters: % becomes %25, the 2 and 0 stay.
    expect(fileHref("%20.xlsx")).toBe("%2520.xlsx");
  });

  it("leaves full-width look-alikes (２０２４％) and an emoji (a surrogate pair, not private use) raw", () => {
    expect(fileHref("２０２４％.xlsx")).toBe("２０２４％.xlsx");
    expect(fileHref("😀.xlsx")).toBe("😀.xlsx");
  });

  it("escapes a U+FFFD the name holds itself, as the lone surrogate it stands for (U+FFF0–FFFF)", () => {
    expect(fileHref("\uFFFD")).toBe("%EF%BF%BD");
  });

  it("puts ./ before a first segment that starts with a colon; a path from the root or with a colon further on needs none", () => {
    expect(fileHref(":a")).toBe("./:a");
    expect(fileHref("/甲:乙")).toBe("/甲:乙");
    expect(fileHref("a/b:c/d")).toBe("a/b:c/d");
  });

  it("turns a UNC path's backslashes into slashes, doubled ones included", () => {
    expect(fileHref("\\\\srv\\share\\a.xlsx")).toBe("//srv/share/a.xlsx");
  });
});

describe("fileLinkAddress", () => {
  it("opens the file at a cell after #, the file's own # and space escaped; without a cell, the file alone", () => {
    expect(fileLinkAddress("北山县-评估结果.xlsx", "学校达标!$A$16")).toBe("北山县-评估结果.xlsx#学校达标!$A$16");
    expect(fileLinkAddress("1#楼 县.xlsx", "'Sheet 1'!$A$2")).toBe("1%23楼%20县.xlsx#'Sheet 1'!$A$2");
    expect(fileLinkAddress("甲 县.xlsx")).toBe("甲%20县.xlsx");
  });
});
