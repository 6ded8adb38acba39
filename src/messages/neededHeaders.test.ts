import { matchHeaderPath } from "../workbook/read/matchHeaderPath";
import { message } from "./catalogue";
import { NEEDED_HEADERS, neededHeadersText } from "./neededHeaders";

describe("neededHeadersText", () => {
  it("names one header the reader recognises for each field an item lacks, with its English meaning, once each", () => {
    expect(neededHeadersText("G9=trainedTeachers;teachers\nG12=certifiedTeachers;teachers", "en")).toBe(
      "“完成360学时培训教师数” (teachers who completed 360 training hours in 5 years), “专任教师人数” (full-time teachers), “持证教师数” (certified teachers)",
    );
    expect(neededHeadersText("G5=largestClass|@class_buckets", "zh")).toBe("“最大班额人数”（最大班额）、“56-60人”等各班额段");
  });

  it("gives headers the reader really matches to their field", () => {
    for (const [key, header] of Object.entries(NEEDED_HEADERS)) {
      if (key.startsWith("@")) continue;
      expect([key, matchHeaderPath([header])?.key]).toEqual([key, key]);
    }
    expect(matchHeaderPath(["56-60人"])?.key).toBe("classes_56_60");
  });

  it("differs from each field's Chinese name, shown beside it in Chinese", () => {
    for (const [key, header] of Object.entries(NEEDED_HEADERS)) if (!key.startsWith("@")) expect(message(`field_${key}`, {}, "zh")).not.toBe(header);
  });
});

describe("read_item_columns_missing", () => {
  const params = { sheet: "七项指标统计表", count: 2, pendingItems: "G5=largestClass|@class_buckets\nQ4=trainingFunds;publicFunding" };

  it("says which headers are recognised and that a column headed otherwise can be mapped (--map, the pane's Column mapping)", () => {
    const en = message("read_item_columns_missing", params, "en");
    expect(en).toContain("headed e.g. “最大班额人数” (largest class), “56-60人” and the other class-size buckets (class counts by size), “培训经费” (teacher training funds), “公用经费拨款” (public funding)");
    expect(en).toContain("--map");
    expect(en).toContain("Column mapping");
    const zh = message("read_item_columns_missing", params, "zh");
    expect(zh).toContain("表头如“最大班额人数”（最大班额）、“56-60人”等各班额段、“培训经费”（教师培训经费）、“公用经费拨款”（公用经费）");
    expect(zh).toContain("--map");
    expect(zh).toContain("列对应关系");
  });
});
