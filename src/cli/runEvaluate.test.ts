import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import ExcelJS from "exceljs";
import type { EvaluationInput } from "../engine/types";
import type { Profile } from "../profiles/schema";
import { reportSchema } from "../report/reportSchema";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { WorkbookSource } from "../workbook/types";
import { makeCounty, makeEvaluation, SAMPLE_ISSUES } from "../workbook/write/testing/makeEvaluation";
import { XlsxWorkbookSource } from "../adapters/xlsx/XlsxWorkbookSource";
import { evaluate } from "../engine/evaluate";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { readRuleSheet } from "../workbook/read/readRuleSheet";
import { gridOf } from "../workbook/read/testing";
import { runEvaluate, type EvaluateDeps, type ReadOutcome } from "./runEvaluate";


const INPUT: EvaluationInput = { records: [], countyFigures: [], year: 2024 };
const fakeSource: WorkbookSource = { sheetNames: async () => ["学校基本情况"], readSheet: async () => ({ sheet: "学校基本情况", top: 0, left: 0, values: [], hiddenRows: [], merges: [] }) };

const MAPPING: ColumnMapping = {
  sheet: "学校基本情况",
  headerRows: { top: 2, bottom: 2 },
  dataRows: { top: 3, bottom: 3 },
  columns: [{ column: 3, address: "D", headerCell: "学校基本情况!D3", header: "在校生数", field: "students", stage: null, unitFactor: 1, unit: null, part: null }],
  unmatched: [],
  missing: [],
};

function setup(read: ReadOutcome = { ok: true, input: INPUT, mapping: MAPPING, issues: SAMPLE_ISSUES.slice(0, 1), ruleOverride: null }) {
  const cwd = tempFolder("cli-");
  writeFileSync(join(cwd, "县.xlsx"), "placeholder: the fake source never reads it");
  const calls: { input: EvaluationInput; profile: Profile }[] = [];
  const deps: EvaluateDeps = {
    open: async () => fakeSource,
    read: async () => read,
    evaluate: (input, profile) => {
      calls.push({ input, profile });
      return makeEvaluation({ profileId: profile.id, year: input.year, issues: SAMPLE_ISSUES.slice(1) });
    },
    cwd,
    samplePath: join(cwd, "县.xlsx"),
  };
  return { cwd, deps, calls };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("runEvaluate: --map for a sheet the workbook does not have", () => {
  it("says so with the sheets it has, in the run's language, and evaluates all the same (exit 0)", async () => {
    const { deps, calls } = setup();
    const result = await runEvaluate(["县.xlsx", "--out", "r.xlsx", "--map", "初中!教学仪器设备值=R", "--lang", "en"], deps);
    expect(result.exitCode).toBe(0);
    expect(calls).toHaveLength(1);
    expect(result.stderr).toContain(
      "Note: the sheet “初中” named by --map is not in 县.xlsx (it has: “学校基本情况”), so its column mapping was not used; check the sheet's name (exactly as on its tab in Excel)",
    );
  });

  it("lists the sheets it has as Chinese lists names, each quoted and joined by 、 (a sheet's own name may hold a comma or a space)", async () => {
    const { deps } = setup();
    const sheets = ["初中学校", "小学, 教学点", "县级指标"];
    const result = await runEvaluate(["县.xlsx", "--out", "r.xlsx", "--map", "初中!教学仪器设备值=R"], { ...deps, open: async () => ({ ...fakeSource, sheetNames: async () => sheets }) });
    // Before: 现有：初中学校, 小学, 教学点, 县级指标 — four sheets to the eye, in an English comma list.
    expect(result.stderr).toContain("注意：--map 指定的工作表“初中”在 县.xlsx 中不存在（现有：“初中学校”、“小学, 教学点”、“县级指标”），对它的列对应未使用；请核对工作表名称（须与 Excel 底部标签完全一致）");
  });

  it("says nothing of a --map for the sheet it has", async () => {
    const { deps } = setup();
    const result = await runEvaluate(["县.xlsx", "--out", "r.xlsx", "--map", "学校基本情况!教学仪器设备值=R"], deps);
    expect(result.stderr.filter((line) => line.includes("--map"))).toEqual([]);
  });
});

describe("runEvaluate: --year", () => {
  it("drops the reader's note that the year came from the title when --year chooses one (it said 2024 beside results of 2025)", async () => {
    const fromTitle = { code: "read_year_from_title", severity: "info" as const, cell: "学校基本情况!A1", params: { year: 2024 } };
    const { cwd, deps } = setup({ ok: true, input: { ...INPUT, year: 2024 }, mapping: MAPPING, issues: [fromTitle], ruleOverride: null });
    await runEvaluate(["县.xlsx", "--out", "out/r.xlsx", "--json", "out/r.json", "--year", "2025"], deps);
    const chosen = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "out/r.json"), "utf8")));
    expect(chosen.issues.map((i) => i.code)).not.toContain("read_year_from_title");
    await runEvaluate(["县.xlsx", "--out", "out/r.xlsx", "--json", "out/r2.json"], deps);
    const titled = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "out/r2.json"), "utf8")));
    expect(titled.issues.map((i) => i.code)).toContain("read_year_from_title");
  });
});

describe("runEvaluate: --year other than the workbook's (the tester's fig_name2024_t2024.xlsx --year 2025: no word at all)", () => {
  it("passes the year to the reader (figures of another year are left out) and warns, naming both years", async () => {
    const fromTitle = { code: "read_year_from_title", severity: "info" as const, cell: "学校基本情况!A1", params: { year: 2024 } };
    const { cwd, deps } = setup({ ok: true, input: { ...INPUT, year: 2024 }, mapping: MAPPING, issues: [fromTitle], ruleOverride: null });
    const asked: unknown[] = [];
    const read = deps.read;
    await runEvaluate(["县.xlsx", "--out", "out/r.xlsx", "--json", "out/r.json", "--year", "2025"], { ...deps, read: async (source, options) => (asked.push(options), read(source, options)) });
    expect(asked).toEqual([{ year: 2025 }]);
    const chosen = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "out/r.json"), "utf8")));
    // The national method (the default) plans no target: said so, not "judged against 2025's target".
    expect(chosen.issues.filter((i) => i.code.startsWith("read_year_chosen_differs")).map((i) => [i.cell, i.message])).toEqual([
      ["学校基本情况!A1", "所选的评估年度是 2025 年，而表格写的是 2024 年（所选评估规则未设 2025 年的目标，达标比例不对照目标）。如表中数据是 2024 年的，请改选 2024 年；如确为 2025 年的，请改正表格标题中的年度"],
    ]);
  });
});

describe("runEvaluate: evaluated", () => {
  it("writes the result workbook and the JSON report, prints where and a verdict summary, exits 0", async () => {
    const { cwd, deps, calls } = setup();
    const result = await runEvaluate(["县.xlsx", "--out", "out/r.xlsx", "--json", "out/r.json", "--year", "2025"], deps);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toEqual([
      // out/ did not exist: made, and said, so that a mistyped folder does not stand unseen.
      "已新建文件夹：out（原先不存在）",
      "结果已写入：out/r.xlsx",
      "JSON 报告已写入：out/r.json",
      "示例县：资源配置 未达标，政府保障 未达标，教育质量 待评估，社会认可 待评估；学校（学段）达标 1/2（50.0%，2025年目标 95.0%）；认定：不予认定",
      "数据问题：1 个错误、1 个警告、1 条提示（详见“数据问题”表）",
    ]);
    expect(result.stderr[0]).toBe("正在读取 县.xlsx …");
    // makeCounty: 甲小学 passes, 乙小学 fails, 丙教学点 is out of scope, 丁小学 has no students (in scope, nothing to judge).
    expect(result.stderr).toContain("已评估 1 个县区的 4 个学校（学段）：参评 2 个，已判断达标与否 2 个");
    expect(calls[0]?.input.year).toBe(2025);
    expect(calls[0]?.profile.id).toBe("national-2017");

    const report = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "out/r.json"), "utf8")));
    expect(report.profile).toBe("national-2017");
    expect(report.issues.map((i) => i.code)).toEqual(["missing_numerator", "zero_students", "note_only"]);
    expect(report.mapping).toEqual(MAPPING);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "out/r.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题"]);
    const tables = (wb.getWorksheet("数据问题")?.model as unknown as { tables: { name: string }[] }).tables;
    expect(tables.map((t) => t.name)).toEqual(["YZJH_Issues", "YZJH_Mapping"]);
  });

  it("uses the sample and the default out/<name>-评估结果.xlsx when no input is given", async () => {
    const { cwd, deps } = setup();
    const result = await runEvaluate([], deps);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.slice(0, 2)).toEqual(["已新建文件夹：out（原先不存在）", "结果已写入：out/县-评估结果.xlsx"]);
    expect(existsSync(join(cwd, "out", "县-评估结果.xlsx"))).toBe(true);
  });

  it("merges the workbook's rule sheet over the chosen profile", async () => {
    const { deps, calls, cwd } = setup({ ok: true, input: INPUT, mapping: null, issues: [], ruleOverride: { cvLimits: { primary: 0.4 } } });
    const result = await runEvaluate(["县.xlsx", "--profile", "sichuan-guanghan-2024"], deps);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("已应用工作簿中的规则表");
    expect(calls[0]?.profile.cvLimits).toEqual({ primary: 0.4, junior: 0.45 });
    expect(calls[0]?.profile.id).toBe("sichuan-guanghan-2024");
    expect(filesUnder(cwd)).toContain(join("out", "县-评估结果.xlsx"));
  });

  it("says in every sheet's note and in the JSON report which settings the rule sheet changed, with their cells", async () => {
    const rules = readRuleSheet(gridOf([["路径", "值"], ["standards.primary.L4", 3.8], ["passRule.floorRatio", "80%"]], { sheet: "规则" }));
    const { deps, cwd } = setup({ ok: true, input: INPUT, mapping: null, issues: [], ruleOverride: rules.override });
    expect((await runEvaluate(["县.xlsx", "--out", "out/r.xlsx", "--json", "out/r.json"], deps)).exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(cwd, "out/r.json"), "utf8")) as Record<string, unknown>;
    expect(report.profile).toBe("national-2017");
    expect(report.profileOverrides).toEqual([
      { path: "standards.primary.L4", setting: "小学生均教学及辅助用房面积的标准值", value: 3.8, cell: "规则!B2" },
      { path: "passRule.floorRatio", setting: "其余指标须达到标准的比例", value: 0.8, cell: "规则!B3" },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "out/r.xlsx"));
    const note = "评估规则：国家标准（教督〔2017〕6号），已按本工作簿的规则表调整：小学生均教学及辅助用房面积的标准值 = 3.8（规则!B2）；其余指标须达到标准的比例 = 0.8（规则!B3）";
    expect(wb.getWorksheet("汇总")?.getCell("A2").value).toBe(note);
    expect(wb.getWorksheet("数据问题")?.getCell("A2").value).toBe(note);
  });

  it("says the rule sheet was applied only when a setting of it was taken (all refused: not applied)", async () => {
    const taken = readRuleSheet(gridOf([["路径", "值"], ["passRule.floorRatio", "80%"]], { sheet: "规则" }));
    const refused = readRuleSheet(gridOf([["路径", "值"], ["passRule.floorRatio", "八成"]], { sheet: "规则" }));
    expect(refused.issues.map((i) => i.cell)).toEqual(["规则!B2"]);
    const said = async (override: unknown) => (await runEvaluate(["县.xlsx", "--out", "r.xlsx"], setup({ ok: true, input: INPUT, mapping: null, issues: [], ruleOverride: override }).deps)).stderr;
    expect(await said(taken.override)).toContain("已应用工作簿中的规则表");
    expect(await said(refused.override)).not.toContain("已应用工作簿中的规则表");
  });

  it("reports no settings changed without a rule sheet", async () => {
    const { deps, cwd } = setup();
    await runEvaluate(["县.xlsx", "--out", "out/r.xlsx", "--json", "out/r.json", "--lang", "en"], deps);
    expect((JSON.parse(readFileSync(join(cwd, "out/r.json"), "utf8")) as Record<string, unknown>).profileOverrides).toEqual([]);
  });

  it("accepts a profile file that extends a built-in one", async () => {
    const { deps, calls, cwd } = setup();
    writeFileSync(join(cwd, "p.json"), JSON.stringify({ extends: "national-2017", id: "my-county", name: { zh: "本县", en: "My county" }, passRule: { minMet: 7 } }));
    const result = await runEvaluate(["县.xlsx", "--profile", join(cwd, "p.json"), "--out", "r.xlsx", "--json", "r.json"], deps);
    expect(result.exitCode).toBe(0);
    expect(calls[0]?.profile).toMatchObject({ id: "my-county", passRule: { minMet: 7, floorRatio: 0.85 } });
    // The results name the file beside the profile's name: the JSON's profileFile, and each sheet's 评估规则 line.
    expect((JSON.parse(readFileSync(join(cwd, "r.json"), "utf8")) as Record<string, unknown>).profileFile).toBe(join(cwd, "p.json"));
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(join(cwd, "r.xlsx"));
    expect(summary.getWorksheet("汇总")?.getCell("A2").value).toBe(`评估规则：本县（规则文件 ${join(cwd, "p.json")}）`);
  });

  it("speaks English with --lang en", async () => {
    const { deps } = setup();
    const result = await runEvaluate(["县.xlsx", "--lang", "en", "--out", "r.xlsx"], deps);
    expect(result.stdout[0]).toBe("Result written to: r.xlsx");
  });

  it("says “1 county” in English for one county and “2 counties” for two", async () => {
    const { deps } = setup();
    const one = await runEvaluate(["县.xlsx", "--lang", "en", "--out", "r.xlsx"], deps);
    // makeCounty: 4 sections, 2 in scope with students, both judged.
    expect(one.stderr).toContain("School sections evaluated in 1 county: 4; 2 in scope, 2 judged pass or fail");
    const two = makeEvaluation({ counties: [makeCounty(), makeCounty({ county: "乙县" })] });
    const result = await runEvaluate(["县.xlsx", "--lang", "en", "--out", "r2.xlsx"], { ...deps, evaluate: () => two });
    expect(result.stderr).toContain("School sections evaluated in 2 counties: 8; 4 in scope, 4 judged pass or fail");
  });
});

describe("runEvaluate: could not evaluate (nothing written)", () => {
  it("exits 1 for a missing input file", async () => {
    const { cwd, deps } = setup();
    const result = await runEvaluate(["缺.xlsx", "--json", "r.json"], { ...deps, open: (p) => XlsxWorkbookSource.open(p) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("找不到输入文件：缺.xlsx");
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("exits 1 for a file that is not a workbook", async () => {
    const { cwd, deps } = setup();
    const result = await runEvaluate(["县.xlsx", "--lang", "en"], { ...deps, open: (p) => XlsxWorkbookSource.open(p) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.some((l) => l.startsWith("Cannot read 县.xlsx:") && l.includes("not an .xlsx workbook"))).toBe(true);
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("says in the run's language why a file cannot be opened: not an .xlsx workbook, damaged, not a file", async () => {
    const { cwd, deps } = setup();
    const real = { ...deps, open: (p: string) => XlsxWorkbookSource.open(p) };
    writeFileSync(join(cwd, "坏.xlsx"), Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(64)]));
    const lines = async (args: string[]) => (await runEvaluate(args, real)).stderr.slice(1);
    expect(await lines(["县.xlsx"])).toEqual(["无法读取 县.xlsx：它不是 .xlsx 工作簿（可能是旧的 .xls、CSV 或设置了打开密码的工作簿）。请在 Excel 中将它另存为 .xlsx（不设密码）后再试"]);
    expect(await lines(["坏.xlsx"])).toEqual(["无法读取 坏.xlsx：文件已损坏或不完整，不能作为 .xlsx 工作簿打开。请在 Excel 中打开并另存后再试"]);
    expect(await lines(["坏.xlsx", "--lang", "en"])).toEqual(["Cannot read 坏.xlsx: the file is damaged or incomplete and cannot be opened as an .xlsx workbook. Open it in Excel, save it again and retry"]);
    expect(filesUnder(cwd)).toEqual(["县.xlsx", "坏.xlsx"]);
  });

  it("exits 2 for a bad --range, with the usage", async () => {
    const { cwd, deps } = setup();
    const result = await runEvaluate(["县.xlsx", "--range", "A1:"], deps);
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toBe("区域“A1:”无效，应写作 A1:Z200（或整列 A:Z、整行 3:50）");
    expect(result.stderr[1]).toContain("用法");
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("prints the usage in the run's language after an error: English with --lang EN, both languages for a language it does not know", async () => {
    const { deps } = setup();
    const english = await runEvaluate(["县.xlsx", "--lang", "EN", "--range", "A1:"], deps);
    expect(english.exitCode).toBe(2);
    expect(english.stderr[0]).toBe("Invalid range “A1:”: write it as A1:Z200 (or whole columns A:Z, whole rows 3:50)");
    expect(english.stderr.slice(1).join("\n")).toMatch(/^Usage/);
    expect(english.stderr.join("\n")).not.toContain("用法");
    const unknown = await runEvaluate(["县.xlsx", "--lang", "fr"], deps);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr[0]).toBe("语言“fr”无效，只能是 zh 或 en。Invalid language “fr”: use zh (Chinese) or en (English).");
    expect(unknown.stderr[1]).toContain("用法");
    expect(unknown.stderr[2]).toMatch(/^Usage/);
  });

  it("names the option an unknown one is a slip of, and says it in both languages without a --lang (it may be a mistyped --lang)", async () => {
    const { cwd, deps } = setup();
    const typo = await runEvaluate(["县.xlsx", "--yaer", "2024"], deps);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr.slice(0, 2)).toEqual(["未知选项：--yaer，是否应为 --year？", "Unknown option: --yaer (did you mean --year?)"]);
    expect(typo.stderr[2]).toContain("用法");
    expect(typo.stderr[3]).toMatch(/^Usage/);
    // --lnag: two letters swapped, the language itself not known.
    expect((await runEvaluate(["县.xlsx", "--lnag", "en"], deps)).stderr.slice(0, 2)).toEqual(["未知选项：--lnag，是否应为 --lang？", "Unknown option: --lnag (did you mean --lang?)"]);
    const english = await runEvaluate(["县.xlsx", "--lang", "en", "--yaer", "2024"], deps);
    expect(english.stderr[0]).toBe("Unknown option: --yaer (did you mean --year?)");
    expect(english.stderr.join("\n")).not.toMatch(/用法|未知选项/);
    // Nothing near: the option alone, in both languages.
    expect((await runEvaluate(["县.xlsx", "--colour"], deps)).stderr.slice(0, 2)).toEqual(["未知选项：--colour", "Unknown option: --colour"]);
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("names the built-in profile an unknown id is a slip of (national2017: the hyphen dropped)", async () => {
    const { cwd, deps } = setup();
    const zh = await runEvaluate(["县.xlsx", "--profile", "national2017"], deps);
    expect(zh.exitCode).toBe(2);
    expect(zh.stderr[0]).toBe("未知的规则：national2017，是否应为 national-2017？（内置规则：national-2017, sichuan-guanghan-2024；也可给出 JSON 文件路径）");
    const en = await runEvaluate(["县.xlsx", "--profile", "Sichuan-guanghan-2042", "--lang", "en"], deps);
    expect(en.stderr[0]).toBe("Unknown profile: Sichuan-guanghan-2042; did you mean sichuan-guanghan-2024? (built in: national-2017, sichuan-guanghan-2024; or give a JSON file path)");
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("exits 2 for an unknown profile id (a setting refused: nothing is written)", async () => {
    const { cwd, deps } = setup();
    const result = await runEvaluate(["县.xlsx", "--profile", "nope"], deps);
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toBe("未知的规则：nope（内置规则：national-2017, sichuan-guanghan-2024；也可给出 JSON 文件路径）");
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("lists every problem of an invalid profile file with its path", async () => {
    const { cwd, deps } = setup();
    writeFileSync(join(cwd, "bad.json"), JSON.stringify({ extends: "national-2017", id: "x", cvLimits: { primary: -1 }, passRule: { minMet: 9 }, typo: 1 }));
    const result = await runEvaluate(["县.xlsx", "--profile", join(cwd, "bad.json")], deps);
    // Exit 2 as for any setting refused before reading (1 is a batch with some workbooks failed).
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toBe(`规则文件 ${join(cwd, "bad.json")} 无效：`);
    const lines = result.stderr.slice(1).map((l) => l.trim());
    // Each problem at its path, the mistyped key by name, the reason (with the range allowed) in the run's language, never the validator's English.
    expect(lines).toEqual(
      expect.arrayContaining([
        "cvLimits.primary：须大于 0 且不超过 1：差异系数限值写成小数，如 0.45，不写 45",
        "passRule.minMet：须为 0 到 7 之间的整数（须达标的指标个数，如 6）",
        "typo：不是可用的设置项（请检查拼写）",
      ]),
    );
    expect(lines.join("\n")).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{3,}/);
    expect(filesUnder(cwd)).toEqual(["bad.json", "县.xlsx"]);
  });

  it("reports an unreadable profile file, in the run's language, by line and column", async () => {
    const { deps, cwd } = setup();
    writeFileSync(join(cwd, "broken.json"), "{ not json");
    const result = await runEvaluate(["县.xlsx", "--profile", "broken.json"], deps);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toEqual(["规则文件 broken.json 不是有效的 JSON：第 1 行第 3 列附近有误（如缺少引号、逗号或括号）"]);
    const missing = await runEvaluate(["县.xlsx", "--profile", "../p/nonexist.json", "--lang", "en"], deps);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toEqual(["Profile file not found: ../p/nonexist.json"]);
    expect(filesUnder(cwd)).toEqual(["broken.json", "县.xlsx"]);
  });

  it("prints the reader's issues when the input cannot be evaluated", async () => {
    const fatal = { ok: false as const, issues: [{ code: "no_student_column", severity: "error" as const, cell: "学校基本情况!A1", params: {} }] };
    const { cwd, deps, calls } = setup(fatal);
    const result = await runEvaluate(["县.xlsx", "--json", "r.json"], deps);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual(["正在读取 县.xlsx …", "无法评估 县.xlsx，原因：", expect.stringMatching(/^ {2}\[错误\] 学校基本情况!A1 /)]);
    expect(calls).toHaveLength(0);
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("reports an invalid rule sheet with the cells of its problems", async () => {
    const { deps, cwd } = setup({ ok: true, input: INPUT, mapping: null, issues: [], ruleOverride: { cvLimits: { primary: "high" } } });
    const result = await runEvaluate(["县.xlsx"], deps);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("工作簿中的规则表无效：");
    expect(filesUnder(cwd)).toEqual(["县.xlsx"]);
  });

  it("refuses to write the result over the input", async () => {
    const { deps } = setup();
    const result = await runEvaluate(["县.xlsx", "--out", "县.xlsx"], deps);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toEqual(["结果文件不能与输入文件相同：县.xlsx"]);
  });
});

describe("runEvaluate: where the results go", () => {
  const PLACEHOLDER = "placeholder: the fake source never reads it";

  it.each([
    ["a symbolic link to the input", ["link.xlsx", "--out", "县.xlsx"], "link.xlsx"],
    ["the input through a symbolic link", ["县.xlsx", "--out", "link.xlsx"], "县.xlsx"],
    ["a hard link of the input", ["hard.xlsx", "--out", "县.xlsx"], "hard.xlsx"],
    ["the input by a path with ..", ["县.xlsx", "--json", "sub/../县.xlsx"], "县.xlsx"],
  ])("refuses to write over %s (exit 2), leaving it as it was", async (_, argv, file) => {
    const { cwd, deps } = setup();
    symlinkSync(join(cwd, "县.xlsx"), join(cwd, "link.xlsx"));
    linkSync(join(cwd, "县.xlsx"), join(cwd, "hard.xlsx"));
    mkdirSync(join(cwd, "sub"));
    const result = await runEvaluate(argv, deps);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toEqual([`结果文件不能与输入文件相同：${file}`]);
    expect(readFileSync(join(cwd, "县.xlsx"), "utf8")).toBe(PLACEHOLDER);
    expect(filesUnder(cwd)).toEqual(["hard.xlsx", "link.xlsx", "sub", "县.xlsx"]);
  });

  it.each([
    [["--out", "same.out", "--json", "same.out"], "--out 与 --json 指向同一个文件：same.out，请为 JSON 报告另取文件名"],
    [["--out", "r.out", "--json", "R.OUT"], "--out 与 --json 指向同一个文件：r.out，请为 JSON 报告另取文件名"],
    [["--out", "ok.xlsx", "--json", "afile/r.json"], "无法写入 afile/r.json：afile 是文件，不是文件夹"],
    [["--out", "afile/x.xlsx"], "无法写入 afile/x.xlsx：afile 是文件，不是文件夹"],
    [["--out", "adir"], "无法写入 adir：它是文件夹。--out、--json 应给出文件名（如 adir/结果.xlsx）"],
    [["--out", "ok.xlsx", "--json", "adir"], "无法写入 adir：它是文件夹。--out、--json 应给出文件名（如 adir/结果.xlsx）"],
    [["--out", "结果.xls"], "结果工作簿 结果.xls 须以 .xlsx 结尾：写出的是 .xlsx 格式，用其他扩展名 Excel 会报格式不符或无法打开；请改为 --out 结果.xlsx"],
    [["--out", "结果.csv", "--json", "r.json"], "结果工作簿 结果.csv 须以 .xlsx 结尾：写出的是 .xlsx 格式，用其他扩展名 Excel 会报格式不符或无法打开；请改为 --out 结果.xlsx"],
    [["--out", "结果"], "结果工作簿 结果 须以 .xlsx 结尾：写出的是 .xlsx 格式，用其他扩展名 Excel 会报格式不符或无法打开；请改为 --out 结果.xlsx"],
  ])("refuses %j before reading (exit 2, one message in the run's language), and writes nothing", async (argv, said) => {
    const { cwd, deps, calls } = setup();
    writeFileSync(join(cwd, "afile"), "a file, not a folder");
    mkdirSync(join(cwd, "adir"));
    const result = await runEvaluate(["县.xlsx", ...argv], deps);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toEqual([said]);
    expect(result.stdout).toEqual([]);
    expect(calls).toHaveLength(0);
    expect(filesUnder(cwd)).toEqual(["adir", "afile", "县.xlsx"]);
  });

  it("says it in English with --lang en", async () => {
    const { cwd, deps } = setup();
    writeFileSync(join(cwd, "afile"), "a file, not a folder");
    const result = await runEvaluate(["县.xlsx", "--out", "ok.xlsx", "--json", "afile/r.json", "--lang", "en"], deps);
    expect(result.stderr).toEqual(["Cannot write afile/r.json: afile is a file, not a folder"]);
    expect(filesUnder(cwd)).toEqual(["afile", "县.xlsx"]);
  });

  it("says an empty (0-byte) input is empty, not an .xls or a CSV", async () => {
    const { cwd, deps } = setup();
    writeFileSync(join(cwd, "zero.xlsx"), "");
    const real = { ...deps, open: (p: string) => XlsxWorkbookSource.open(p) };
    const result = await runEvaluate(["zero.xlsx", "--out", "ok.xlsx"], real);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.slice(1)).toEqual(["无法读取 zero.xlsx：文件是空的（0 字节），可能复制或下载未完成。请重新取得该工作簿后再试"]);
    expect(filesUnder(cwd)).toEqual(["zero.xlsx", "县.xlsx"]);
  });
});

describe("runEvaluate: real workbooks through the reader", () => {
  const header = ["学校名称", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）"];
  async function workbook(cwd: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows([header, ...rows]);
    await wb.xlsx.writeFile(join(cwd, "县.xlsx"));
  }
  function realDeps(deps: EvaluateDeps): EvaluateDeps {
    return { ...deps, open: (p) => XlsxWorkbookSource.open(p), read: (source, options) => readWorkbook(source, options), evaluate };
  }

  it("says a required column set aside by --ignore as that (the audit's --ignore E on the students column), in either language", async () => {
    const { cwd, deps } = setup();
    await workbook(cwd, { 学校: [["甲小学", 1000, 60, 5000], ["乙小学", 500, 30, 2000]] });
    // B is 在校生数: before, the reader's message said the students column was missing while listing it among those found.
    const zh = await runEvaluate(["县.xlsx", "--ignore", "B"], realDeps(deps));
    expect(zh.exitCode).toBe(1);
    expect(zh.stderr).toContain("  B 列（“在校生数”）就是必需的“在校生数”列，但已按 --ignore B 不读取：请去掉 --ignore B（或用 --map 指定另一列）");
    const en = await runEvaluate(["县.xlsx", "--ignore", "B", "--lang", "en"], realDeps(deps));
    expect(en.stderr).toContain("  Column B (“在校生数”) is the required students column, but --ignore B set it aside: drop --ignore B (or name another column with --map)");
    // An ignored column that is not the missing one is not blamed: D ignored, B read.
    const other = await runEvaluate(["县.xlsx", "--ignore", "D"], realDeps(deps));
    expect(other.stderr.some((l) => l.includes("--ignore D 不读取"))).toBe(false);
  });

  it("says a --map onto an empty column (ZZ) once, and an --ignore of a column with nothing in it, on stderr in either language", async () => {
    const { cwd, deps } = setup();
    await workbook(cwd, { 学校: [["甲小学", 1000, 60, 5000], ["乙小学", 500, 30, 2000]] });
    // Before: exit 0 and one "缺少…" error per school for the area, and no word at all of --ignore ZY.
    const zh = await runEvaluate(["县.xlsx", "--map", "教学及辅助用房面积=ZZ", "--ignore", "ZY", "--json", "r.json"], realDeps(deps));
    expect(zh.exitCode).toBe(0);
    expect(zh.stderr).toContain("注意：学校!ZZ1 “教学及辅助用房面积”指定的第 ZZ 列在工作表“学校”的表头（第 1 行）以下没有任何数据，未按此读取，该字段视为缺少；请核对列字母（命令行 --map，或任务窗格的“列对应关系”）");
    expect(zh.stderr).toContain("注意：学校!ZY1 --ignore ZY：工作表“学校”的第 ZY 列没有表头（表头在第 1 行），其下也没有数据，忽略它不影响读取；如想不读取某列，请核对列字母");
    // The two schools' missing area is one issue, at ZZ1, not one per school.
    const report = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "r.json"), "utf8")));
    expect(report.issues.filter((i) => i.cell === "学校!ZZ1").map((i) => i.code)).toEqual(["read_mapping_empty_column", "read_column_missing_sections"]);
    expect(report.issues.filter((i) => i.code === "missing_numerator")).toEqual([]);
    const en = await runEvaluate(["县.xlsx", "--map", "在校生数=ZZ", "--lang", "en"], realDeps(deps));
    expect(en.exitCode).toBe(1);
    expect(en.stderr).toContain(
      "  [Error] 学校!ZZ1 Column ZZ, given for students, holds nothing under the header (row 1) of sheet “学校”, so it was not read and the field counts as missing; check the column letter (--map on the command line, or the task pane's Column mapping)",
    );
  });

  it("after a students column it does not recognise, lists the unrecognised columns and the --map that names the likeliest (在籍人数, not 序号), which then reads", async () => {
    const { cwd, deps } = setup();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("学校").addRows([["序号", "学校名称", "在籍人数", "专任教师数"], [1, "甲小学", 1000, 60], [2, "乙小学", 500, 30]]);
    await wb.xlsx.writeFile(join(cwd, "县.xlsx"));
    const zh = await runEvaluate(["县.xlsx"], realDeps(deps));
    expect(zh.exitCode).toBe(1);
    expect(zh.stderr).toContain("  [错误] 学校!A1:D1 工作表“学校”的表头缺少必需的列：在校生数。找到的列为：序号 | 学校名称 | 在籍人数 | 专任教师数");
    expect(zh.stderr).toContain("  表头未识别的列：A “序号”、C “在籍人数”。如“在校生数”在其中某列，用 --map 指定该列，如 --map 在校生数=C");
    const en = await runEvaluate(["县.xlsx", "--lang", "en"], realDeps(deps));
    expect(en.stderr).toContain("  Columns whose headers were not recognised: A “序号”, C “在籍人数”. If students is in one of them, name that column with --map, e.g. --map \"Students=C\"");
    // The advice as given reads the workbook, in either language's words.
    for (const map of ["在校生数=C", "Students=C"]) expect((await runEvaluate(["县.xlsx", "--map", map], realDeps(deps))).exitCode).toBe(0);
  });

  it("applies --range without --sheet to the school sheet chosen", async () => {
    const { cwd, deps } = setup();
    await workbook(cwd, { 学校: [["甲小学", 1000, 60, 5000], ["乙小学", 500, 30, 2000], ["甲中学", 900, 70, 5400]] });
    const result = await runEvaluate(["县.xlsx", "--range", "A1:D3", "--json", "r.json"], realDeps(deps));
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("已读取 2 条学校记录、0 项县级指标");
    const report = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "r.json"), "utf8")));
    expect(report.schools.map((s) => s.name)).toEqual(["甲小学", "乙小学"]);
  });

  it("reads the county and year from the title above a --range that leaves it out (before: 本县, no year, judged against 2025's 100%)", async () => {
    const { cwd, deps } = setup();
    const sample = join(__dirname, "..", "..", "assets", "sample-county.xlsx");
    const result = await runEvaluate([sample, "--range", "A3:AJ43", "--profile", "sichuan-guanghan-2024", "--json", "r.json"], realDeps(deps));
    expect(result.exitCode).toBe(0);
    const raw: unknown = JSON.parse(readFileSync(join(cwd, "r.json"), "utf8"));
    const report = reportSchema.parse(raw);
    // The schema leaves counties open (runBatch.test.ts): read as the report writes them.
    const { counties } = raw as { counties: { county: string | null; passing: { target: unknown } }[] };
    expect(report.year).toBe(2024);
    expect(counties.map((c) => c.county)).toEqual(["示例县"]);
    // sichuan-guanghan-2024: 85% of schools passing by 2024 (100% by 2025).
    expect(counties[0]?.passing.target).toEqual({ year: 2024, share: 0.85 });
    expect(report.issues).toContainEqual(expect.objectContaining({ code: "read_year_from_title", cell: "学校基本情况!A1" }));
  });

  it("the sample with column P given 小学 (--map sportsGroundArea@primary=P): the 13 初中 sections' L5 at their P cells, the cause once at P3, no advice to split split rows", async () => {
    const { cwd, deps } = setup();
    const sample = join(__dirname, "..", "..", "assets", "sample-county.xlsx");
    const result = await runEvaluate([sample, "--map", "sportsGroundArea@primary=P", "--json", "r.json"], realDeps(deps));
    expect(result.exitCode).toBe(0);
    const raw: unknown = JSON.parse(readFileSync(join(cwd, "r.json"), "utf8"));
    reportSchema.parse(raw);
    // The schema leaves params and notEvaluable open: read as the report writes them.
    const report = raw as { issues: { code: string; cell: string | null; params: Record<string, unknown> }[]; schools: { stage: string; notEvaluable: string[] }[] };
    // Rows 31–43 are the sample's 13 初中 sections, P31 24788 the first (第一初级中学).
    const column = report.issues.filter((i) => i.code === "read_stage_column_unread_mapped");
    expect(column.map((i) => [i.cell, i.params.count, i.params.firstCell, i.params.value])).toEqual([["学校基本情况!P3", 13, "P31", "24,788"]]);
    const perSection = report.issues.filter((i) => i.code === "missing_numerator_stage_column");
    expect(perSection.map((i) => i.cell)).toEqual(Array.from({ length: 13 }, (_, k) => `学校基本情况!P${31 + k}`));
    expect(perSection.every((i) => i.params.indicator === "L5")).toBe(true);
    expect(report.issues.filter((i) => i.code === "read_stage_whole_school_one_stage" || i.code === "missing_numerator")).toEqual([]);
    // L5 still cannot be computed for those sections: not evaluable, for that reason.
    const junior = report.schools.filter((s) => s.stage === "junior");
    expect(junior).toHaveLength(13);
    expect(junior.every((s) => s.notEvaluable.includes("missing_numerator_stage_column"))).toBe(true);
  });

  it("reads primary and junior schools kept on sheets of their own", async () => {
    const { cwd, deps } = setup();
    await workbook(cwd, { 小学: [["甲小学", 1000, 60, 5000], ["乙小学", 500, 30, 2000]], 初中: [["甲中学", 900, 70, 5400], ["城关一校", 300, 20, 1500]] });
    const result = await runEvaluate(["县.xlsx", "--json", "r.json"], realDeps(deps));
    expect(result.stderr).toContain("已读取 4 条学校记录、0 项县级指标");
    const report = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "r.json"), "utf8")));
    expect(report.schools.map((s) => [s.name, s.stage])).toEqual([
      ["甲小学", "primary"],
      ["乙小学", "primary"],
      ["甲中学", "junior"],
      ["城关一校", "junior"],
    ]);
  });
});
