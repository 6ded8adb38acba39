import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { reportSchema, type ReportContract } from "../report/reportSchema";
import { defaultDeps } from "./main";
import { runEvaluate, type EvaluateDeps } from "./runEvaluate";

const SAMPLE = resolve(__dirname, "..", "..", "assets", "sample-county.xlsx");
const CITY = resolve(__dirname, "..", "..", "test", "fixtures", "city-multi-county.xlsx");

/** A city's folder: two workbooks that evaluate (one county; a city list of several), a damaged one, Excel's lock file and an earlier result. */
function cityFolder(): { cwd: string; folder: string } {
  const cwd = mkdtempSync(join(tmpdir(), "batch-"));
  const folder = join(cwd, "某市");
  mkdirSync(folder);
  copyFileSync(SAMPLE, join(folder, "甲县.xlsx"));
  copyFileSync(CITY, join(folder, "乙区各县.xlsx"));
  writeFileSync(join(folder, "丙县.xlsx"), Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(64)]));
  writeFileSync(join(folder, "~$甲县.xlsx"), "Excel's lock file of an open workbook");
  copyFileSync(SAMPLE, join(folder, "甲县-评估结果.xlsx"));
  return { cwd, folder };
}

/** The overview's table as header → value objects, one per data row. */
async function overviewRows(path: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet("评估总览");
  if (!sheet) throw new Error("no 评估总览 sheet");
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const headerAt = rows.findIndex((r) => r[0] === "工作簿");
  const header = rows[headerAt] ?? [];
  return rows.slice(headerAt + 1).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

/** The real pieces, without the progress lines on the test's stderr. */
function quietDeps(cwd: string): EvaluateDeps {
  const { onProgress: _progress, ...deps } = defaultDeps(cwd);
  return deps;
}

/** A file's JSON report: the contract's part, and the counties it names (beyond the contract, as the report writes them). */
function report(path: string): ReportContract & { counties: { county: string | null }[] } {
  const raw = JSON.parse(readFileSync(path, "utf8")) as { counties: { county: string | null }[] };
  return { ...reportSchema.parse(raw), counties: raw.counties };
}

describe("runEvaluate over a folder (a batch)", () => {
  it("evaluates each workbook into the output folder, keeps going past a damaged one, and writes an overview row per county", async () => {
    const { cwd } = cityFolder();
    const result = await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    // One workbook could not be evaluated: the batch says so in its exit status.
    expect(result.exitCode).toBe(1);
    expect(readdirSync(join(cwd, "out")).sort()).toEqual(["乙区各县-评估结果.xlsx", "甲县-评估结果.xlsx", "评估总览.xlsx"].sort());
    expect(readdirSync(join(cwd, "json")).sort()).toEqual(["乙区各县.json", "甲县.json"].sort());
    expect(result.stderr.some((l) => l.includes("~$甲县.xlsx") && l.includes("甲县-评估结果.xlsx"))).toBe(true);
    expect(result.stderr).toContain("无法读取 某市/丙县.xlsx：文件已损坏或不完整，不能作为 .xlsx 工作簿打开。请在 Excel 中打开并另存后再试");
    expect(result.stdout.at(-1)).toBe("共 3 个工作簿：2 个已评估，1 个未能评估");

    const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
    for (const [file, json] of [["甲县.xlsx", "甲县.json"], ["乙区各县.xlsx", "乙区各县.json"]] as const) {
      const r = report(join(cwd, "json", json));
      expect(rows.filter((row) => row["工作簿"] === file).map((row) => row["县区"])).toEqual(r.counties.map((c) => c.county ?? "本县"));
      for (const county of r.counties) {
        const row = rows.find((x) => x["工作簿"] === file && x["县区"] === (county.county ?? "本县"));
        // Recounted from the report's per-school rows, not from its county summary.
        const sections = r.schools.filter((s) => s.county === county.county && s.included);
        expect(row?.["参评学校（学段）数"]).toBe(sections.length);
        expect(row?.["达标学校（学段）数"]).toBe(sections.filter((s) => s.pass === true).length);
        expect(row?.["结果工作簿 / 未能评估的原因"]).toBe(`${json.replace(".json", "")}-评估结果.xlsx`);
      }
    }
    const damaged = rows.filter((row) => row["工作簿"] === "丙县.xlsx");
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.["认定"]).toBe("未能评估");
    expect(String(damaged[0]?.["结果工作簿 / 未能评估的原因"])).toContain("文件已损坏或不完整");
  }, 60_000);

  it("takes several workbooks named one by one, with the overview in --out's folder, in English", async () => {
    const { cwd, folder } = cityFolder();
    const result = await runEvaluate([join(folder, "甲县.xlsx"), "某市/乙区各县.xlsx", "--out", "结果", "--lang", "en"], quietDeps(cwd));
    expect(result.exitCode).toBe(0);
    expect(readdirSync(join(cwd, "结果")).sort()).toEqual(["乙区各县-评估结果.xlsx", "甲县-评估结果.xlsx", "评估总览.xlsx"].sort());
    expect(result.stdout.at(-1)).toBe("2 workbooks: 2 evaluated, 0 could not be evaluated");
  }, 60_000);

  it.each([
    [["某市", "--out", "r.xlsx"], "With several workbooks --out names a folder (each workbook gets its own result), not a file: r.xlsx"],
    [["某市", "--json", "r.json"], "With several workbooks --json names a folder (each workbook gets its own result), not a file: r.json"],
    [["某市/甲县.xlsx", "另/甲县.xlsx"], "某市/甲县.xlsx and 另/甲县.xlsx have the same name, so their results would overwrite each other"],
    [["空"], "The folder 空 holds no .xlsx workbook"],
  ])("refuses %j before reading anything, and writes nothing", async (argv, said) => {
    const { cwd } = cityFolder();
    mkdirSync(join(cwd, "空"));
    mkdirSync(join(cwd, "另"));
    copyFileSync(SAMPLE, join(cwd, "另", "甲县.xlsx"));
    const result = await runEvaluate([...argv, "--lang", "en"], quietDeps(cwd));
    expect(result.exitCode).toBe(2);
    expect(result.stderr.some((l) => l.includes(said))).toBe(true);
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("keeps going when one workbook raises an internal error, and names it in the overview", async () => {
    const { cwd } = cityFolder();
    const deps = quietDeps(cwd);
    let calls = 0;
    const flaky = { ...deps, evaluate: (...args: Parameters<typeof deps.evaluate>) => (++calls === 1 ? (() => { throw new Error("boom"); })() : deps.evaluate(...args)) };
    const result = await runEvaluate(["某市/甲县.xlsx", "某市/乙区各县.xlsx"], flaky);
    expect(result.exitCode).toBe(1);
    const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
    expect(rows.find((r) => r["工作簿"] === "甲县.xlsx")?.["结果工作簿 / 未能评估的原因"]).toBe("评估过程中出现程序错误：boom");
    expect(rows.some((r) => r["工作簿"] === "乙区各县.xlsx" && r["认定"] !== "未能评估")).toBe(true);
    expect(existsSync(join(cwd, "out", "甲县-评估结果.xlsx"))).toBe(false);
  }, 60_000);
});
