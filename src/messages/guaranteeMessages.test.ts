import { message } from "./catalogue";
import { GUARANTEE_MESSAGES } from "./guaranteeMessages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("GUARANTEE_MESSAGES", () => {
  it("uses the same placeholders in both languages, and is registered in the catalogue", () => {
    for (const [code, m] of Object.entries(GUARANTEE_MESSAGES)) {
      expect([code, placeholders(m.zh)]).toEqual([code, placeholders(m.en)]);
      expect(message(code, {}, "en")).not.toBe(code);
    }
  });
  it("tells a school short either way from one whose verdict hangs on its rurality", () => {
    const params = { school: "青山乡中学", students: 394, funded: 500 };
    expect(message("funding_rurality_unknown_short", params, "zh")).toBe("“青山乡中学”有 394 名学生，表中未注明城乡分类：按非农村学校已达不到公用经费标准；若为农村学校（按 500 人核定），缺口更大");
    expect(message("funding_rurality_unknown", params, "en")).toBe(
      "青山乡中学: 394 students, to be funded for 500 students if it is a rural school, but the workbook does not say whether it is rural: it meets the norm as an urban school, not as a rural one, so G6 cannot be judged for it (add a 城乡分类 column)",
    );
  });
});
