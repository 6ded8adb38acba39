import { message } from "./catalogue";
import { clauseText, listText } from "./listText";

describe("listText and clauseText", () => {
  it("join with the language's separators: 、 and ； in Chinese, a comma and a semicolon in English", () => {
    expect([listText(["甲", "乙", "丙"], "zh"), listText(["甲", "乙"], "en")]).toEqual(["甲、乙、丙", "甲, 乙"]);
    expect([clauseText(["a", "b"], "zh"), clauseText(["a", "b"], "en")]).toEqual(["a；b", "a; b"]);
  });
  it("one item stands alone; none gives an empty text", () => {
    expect([listText(["甲"], "en"), clauseText([], "zh")]).toEqual(["甲", ""]);
  });
  it("the catalogue joins a list parameter the same way", () => {
    expect(message("guarantee_school_data_partial", { schools: "甲小学、乙小学" }, "en")).toContain(listText(["甲小学", "乙小学"], "en"));
  });
});
