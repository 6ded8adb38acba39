import { fileName, paneLang } from "./paneEnv";

describe("paneEnv", () => {
  it("uses English only when Office's display language is English", () => {
    expect(paneLang("en-US")).toBe("en");
    expect(paneLang("EN-gb")).toBe("en");
    expect(paneLang("zh-CN")).toBe("zh");
    expect(paneLang(undefined)).toBe("zh");
  });

  it("takes the file name from a URL or a Windows path", () => {
    expect(fileName("https://contoso.sharepoint.com/Shared%20Documents/%E5%8E%BF.xlsx?web=1")).toBe("县.xlsx");
    expect(fileName("C:\\Users\\a\\flat.xlsx")).toBe("flat.xlsx");
    expect(fileName("")).toBeUndefined();
  });
});
