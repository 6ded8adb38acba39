import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { batchSources, relativeReason, sourcePaths } from "./batchSources";

const cwd = tempFolder("sources-");

describe("batchSources", () => {
  it("gives each folder as typed, a file's folder as typed, and a file named without a folder itself, each once", async () => {
    mkdirSync(join(cwd, "某市", "北山县"), { recursive: true });
    writeFileSync(join(cwd, "乙县.xlsx"), "x");
    writeFileSync(join(cwd, "某市", "甲县.xlsx"), "x");
    const absolute = join(cwd, "某市");
    expect(await batchSources([absolute, "乙县.xlsx", "某市/甲县.xlsx", "某市/北山县", "某市/丙县.xlsx"], cwd)).toEqual([absolute, "乙县.xlsx", "某市", "某市/北山县"]);
  });
});

describe("sourcePaths", () => {
  it("gives each folder given and each workbook named, absolute, each once (before: a named workbook's folder, cwd for one named without a folder)", () => {
    expect(sourcePaths(["青州市", "补报/北山县.xlsx", "东湖县.xlsx", join(cwd, "青州市"), "./东湖县.xlsx"], cwd)).toEqual([join(cwd, "青州市"), join(cwd, "补报", "北山县.xlsx"), join(cwd, "东湖县.xlsx")]);
  });
});

describe("relativeReason", () => {
  it("names the workbook as its row does wherever the reason names it", () => {
    expect(relativeReason("无法评估 /tmp/某市/丙县.xlsx，原因：\n[错误] /tmp/某市/丙县.xlsx 是空的", "/tmp/某市/丙县.xlsx", "丙县.xlsx")).toBe("无法评估 丙县.xlsx，原因：\n[错误] 丙县.xlsx 是空的");
    expect(relativeReason("评估过程中出现程序错误：boom", "/tmp/某市/丙县.xlsx", "丙县.xlsx")).toBe("评估过程中出现程序错误：boom");
    expect(relativeReason("无法读取 x", "", "丙县.xlsx")).toBe("无法读取 x");
  });
});
