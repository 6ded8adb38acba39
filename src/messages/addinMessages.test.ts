import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_MESSAGES } from "./addinMessages";
import { message } from "./catalogue";

const SRC = join(__dirname, "..");

/** The add-in's code and pages (not tests): where its catalogue entries are used. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" || name === "messages" ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith(".test.ts") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("the add-in's catalogue table", () => {
  const code = sources(SRC).join("\n");
  /** Codes built at run time from a prefix: `addin_feature_${f}`, `addin_progress_${step}`. */
  const prefixes = [...code.matchAll(/`(addin_\w+_)\$\{/g)].map((m) => m[1] ?? "");

  it("finds the prefixes of codes built at run time", () => expect(prefixes).toEqual(expect.arrayContaining(["addin_feature_", "addin_progress_", "addin_failed_"])));

  // A `_one` entry is the singular form message() picks for its code when params.count is 1: used where its code is.
  it.each(Object.keys(ADDIN_MESSAGES))("%s is used", (entry) => {
    const used = entry.replace(/_one$/, "");
    expect(new RegExp(`\\b${used}\\b`).test(code) || prefixes.some((p) => used.startsWith(p))).toBe(true);
  });
});

describe("what the add-in says of its result sheets", () => {
  it("says that below ExcelApi 1.12 result sheets are marked with hidden sheet-level names (sheetTags.ts), not listed in workbook settings", () => {
    expect(message("addin_feature_customProperties", {}, "zh")).toBe("工作表标记（改用隐藏的工作表级名称标记结果表）");
    expect(message("addin_feature_customProperties", {}, "en")).toBe("sheet tags (result sheets are marked with hidden sheet-level names instead)");
  });

  // The sink replaces its result sheets (OfficeWorkbookSink.ts) and keeps a renamed one (OfficeWorkbookSink.test.ts, "keeps a result sheet the user renamed").
  it("tells in the help that each evaluation replaces the result sheets, breaking formulas that refer to them, and that a renamed one is kept", () => {
    const zh = message("addin_help_text", {}, "zh");
    expect(zh).toContain("每次“评估”都会替换上次的结果工作表");
    expect(zh).toContain("将显示 #REF!");
    expect(zh).toContain("请在再次评估前将其改名：改名后的工作表原样保留");
    const en = message("addin_help_text", {}, "en");
    expect(en).toContain("Each Evaluate replaces the result sheets of the last one");
    expect(en).toContain("show #REF!");
    expect(en).toContain("rename it before you evaluate again: a renamed result sheet is kept as it is");
  });
});

describe("the ribbon's buttons in English: by their en-US labels (manifest.xml), without the Chinese an English Office never shows", () => {
  it("says the settings saved and the workbook without settings in English only", () => {
    expect(message("addin_settings_saved", {}, "en")).toBe("Settings saved in this workbook; the ribbon's Evaluate button uses them.");
    expect(message("addin_command_no_settings", {}, "en")).toBe(
      "This workbook has no confirmed settings yet. On the Home tab, click Evaluation pane, confirm the data range, the column mapping and the rules, then click Evaluate; after that the ribbon's Evaluate button uses those settings.",
    );
    expect(message("addin_settings_saved", {}, "zh")).toBe("已保存本工作簿的评估设置，功能区“评估”按钮将直接使用。");
  });
});
