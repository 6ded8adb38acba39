import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import ExcelJS from "exceljs";
import { reportSchema, type ReportContract } from "../report/reportSchema";
import { message } from "../messages/catalogue";
import { defaultDeps } from "./main";
import { runEvaluate, type EvaluateDeps } from "./runEvaluate";
import * as overviewTotals from "../workbook/write/overviewTotals";


const SAMPLE = resolve(__dirname, "..", "..", "assets", "sample-county.xlsx");
const CITY = resolve(__dirname, "..", "..", "test", "fixtures", "city-multi-county.xlsx");

/** A city's folder: two workbooks that evaluate (one county; a city list of several), a damaged one, Excel's lock file and an earlier result. */
function cityFolder(): { cwd: string; folder: string } {
  const cwd = tempFolder("batch-");
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
  const rows: { at: number; values: unknown[] }[] = [];
  sheet.eachRow((row, at) => rows.push({ at, values: (row.values as unknown[]).slice(1) }));
  const headerAt = rows.findIndex((r) => r.values[0] === "工作簿");
  const header = rows[headerAt]?.values ?? [];
  // The first table ends at the first blank row (the coefficients table follows it).
  const body = rows.slice(headerAt + 1).filter((r, i) => r.at === (rows[headerAt]?.at ?? 0) + i + 1);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r.values[i] ?? null])));
}

/**
 * A table of a sheet as header → value objects: the one whose caption begins with `caption` (its
 * header the next row), or with `header` the one whose header's first cell is `caption`; its body
 * runs to the first blank row.
 */
function tableBelow(wb: ExcelJS.Workbook, sheet: string, caption: string, header = false): Record<string, unknown>[] {
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)?.eachRow({ includeEmpty: true }, (row, at) => (rows[at] = (row.values as unknown[]).slice(1)));
  const at = rows.findIndex((r) => r !== undefined && typeof r[0] === "string" && (header ? r[0] === caption : r[0].startsWith(caption)));
  const headerAt = header ? at : at + 1;
  const names = (rows[headerAt] ?? []).map(String);
  const body: Record<string, unknown>[] = [];
  for (let i = headerAt + 1; rows[i] !== undefined && (rows[i] ?? []).some((v) => v !== undefined && v !== null); i++) body.push(Object.fromEntries(names.map((h, k) => [h, rows[i]?.[k] ?? null])));
  return body;
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
    const totals = jest.spyOn(overviewTotals, "cityTotals");
    const result = await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    // The city's totals worked out once for 全市合计, 全市缺口合计 and 评估总览.json (before: three times).
    expect(totals).toHaveBeenCalledTimes(1);
    totals.mockRestore();
    // One workbook could not be evaluated: the batch says so in its exit status.
    expect(result.exitCode).toBe(1);
    expect(readdirSync(join(cwd, "out")).sort()).toEqual(["乙区各县-评估结果.xlsx", "甲县-评估结果.xlsx", "评估总览.xlsx"].sort());
    expect(readdirSync(join(cwd, "json")).sort()).toEqual(["乙区各县.json", "甲县.json", "评估总览.json"].sort());
    expect(result.stderr.some((l) => l.includes("~$甲县.xlsx") && l.includes("甲县-评估结果.xlsx"))).toBe(true);
    expect(result.stderr).toContain("无法读取 某市/丙县.xlsx：文件已损坏或不完整，不能作为 .xlsx 工作簿打开。请在 Excel 中打开并另存后再试");
    expect(result.stdout.at(-1)).toBe("共 3 个工作簿：2 个已评估，1 个未能评估");

    const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
    // As the fixtures give them (checked by an independent calculation): the loop below then cannot pass on nothing.
    // The workbook that could not be evaluated comes last, after the counties (overviewOrder).
    expect(rows.map((r) => [r["工作簿"], r["县区"], r["达标学校（学段）数"], r["参评学校（学段）数"]])).toEqual([
      ["甲县.xlsx", "示例县", 33, 37],
      ["乙区各县.xlsx", "甲县", 7, 8],
      ["乙区各县.xlsx", "乙县", 7, 8],
      ["乙区各县.xlsx", "丙区", 8, 8],
      ["丙县.xlsx", null, null, null],
    ]);
    for (const [file, json] of [["甲县.xlsx", "甲县.json"], ["乙区各县.xlsx", "乙区各县.json"]] as const) {
      const r = report(join(cwd, "json", json));
      expect(rows.filter((row) => row["工作簿"] === file).map((row) => row["县区"])).toEqual(r.counties.map((c) => c.county ?? "（未注明县区）"));
      for (const county of r.counties) {
        const row = rows.find((x) => x["工作簿"] === file && x["县区"] === (county.county ?? "（未注明县区）"));
        // Recounted from the report's per-school rows, not from its county summary.
        const sections = r.schools.filter((s) => s.county === county.county && s.included);
        expect(row?.["参评学校（学段）数"]).toBe(sections.length);
        expect(row?.["达标学校（学段）数"]).toBe(sections.filter((s) => s.pass === true).length);
        // The result's name, linked to the file beside the overview.
        const result = `${json.replace(".json", "")}-评估结果.xlsx`;
        // Written as Excel writes a link to a file: the name as it is (no space or # in these names to escape).
        expect(row?.["结果工作簿 / 未能评估的原因"]).toEqual({ text: result, hyperlink: result });
      }
    }
    const damaged = rows.filter((row) => row["工作簿"] === "丙县.xlsx");
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.["认定"]).toBe("未能评估");
    expect(String(damaged[0]?.["结果工作簿 / 未能评估的原因"])).toContain("文件已损坏或不完整");
  }, 60_000);

  it("says on 评估总览 what each county still needs, as its own report totals it, and lists every failing section with a link to its row", async () => {
    const { cwd } = cityFolder();
    await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "out", "评估总览.xlsx"));
    const needs = tableBelow(wb, "评估总览", "各县区缺口（达到标准尚需");
    type Own = { schools: { name: string; county: string | null; stage: string; included: boolean; pass: boolean | null }[] };
    const own = (json: string) => JSON.parse(readFileSync(join(cwd, "json", json), "utf8")) as Own;
    const stages: Record<string, string> = { primary: "小学", junior: "初中" };
    const codes = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"];
    const amount = (r: Record<string, unknown>, code: string) => Object.entries(r).find(([h]) => h.startsWith(`${code} 缺口`))?.[1] ?? null;
    const expected = [["甲县.xlsx", own("甲县.json"), "甲县-评估结果.xlsx"], ["乙区各县.xlsx", own("乙区各县.json"), "乙区各县-评估结果.xlsx"]] as const;
    // Each county's stages with the seven cells of its own 缺口测算's totals, the same numbers (719.5999999999995, not 719.6), in the county table's order; the damaged workbook last, no figure.
    const rows: unknown[][] = [];
    for (const [file, , result] of expected) {
      const county = new ExcelJS.Workbook();
      await county.xlsx.readFile(join(cwd, "out", result));
      for (const t of tableBelow(county, "缺口测算", "县域指标缺口合计")) rows.push([file, t["县区"], t["学段"], ...codes.map((k) => amount(t, k)), t["数据不全、缺口未计入的学校（学段）数"]]);
    }
    expect(rows.length).toBe(2 + 3 * 2);
    expect(needs.map((r) => [r["工作簿"], r["县区"], r["学段"], ...codes.map((k) => amount(r, k)), r["数据不全、缺口未计入的学校（学段）数"]])).toEqual([...rows, ["丙县.xlsx", null, null, ...codes.map(() => null), null]]);
    expect(needs.at(-1)?.["说明"]).toBe("未能评估");
    // 全市缺口合计: those rows added up per stage.
    const city = tableBelow(wb, "评估总览", "全市缺口合计");
    for (const row of city) {
      const ofStage = rows.filter((r) => r[2] === row["学段"]);
      codes.forEach((k, i) => expect(amount(row, k)).toBeCloseTo(ofStage.reduce((n, r) => n + Number(r[3 + i]), 0), 9));
      expect(row["说明"]).toBe("不含未能评估的 1 个工作簿");
    }
    expect(city.map((r) => r["学段"])).toEqual(["小学", "初中"]);
    // 未达标学校: every section the county reports say fails, in their order, each linked to its own row on the county's 学校达标.
    const failing = tableBelow(wb, "未达标学校", "工作簿", true);
    const fails = expected.flatMap(([file, r]) => r.schools.filter((s) => s.included && s.pass === false).map((s) => [file, s.county ?? "（未注明县区）", s.name, stages[s.stage]]));
    expect(fails.length).toBeGreaterThan(0);
    expect(failing.map((r) => [r["工作簿"], r["县区"], r["学校"], r["学段"]])).toEqual(fails);
    for (const row of failing) {
      const link = row["评估结果中的行"] as { text: string; hyperlink: string };
      const [file, at] = link.hyperlink.split("#");
      const result = new ExcelJS.Workbook();
      await result.xlsx.readFile(join(cwd, "out", file ?? ""));
      const cellRow = Number(/\$(\d+)$/.exec(at ?? "")?.[1]);
      expect(at).toBe(`学校达标!$A$${cellRow}`);
      expect(link.text).toBe(`学校达标 第${cellRow}行`);
      expect(result.getWorksheet("学校达标")?.getCell(`B${cellRow}`).value).toBe(row["学校"]);
    }
    const overview = JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as { workbooks: { counties?: { failingSchools: { school: string; resultCell: string }[] }[] }[] };
    expect(overview.workbooks.flatMap((w) => (w.counties ?? []).flatMap((c) => c.failingSchools.map((f) => f.school)))).toEqual(fails.map((f) => f[2]));
  }, 60_000);

  it("takes several workbooks named one by one, with the overview in --out's folder, in English", async () => {
    const { cwd, folder } = cityFolder();
    const result = await runEvaluate([join(folder, "甲县.xlsx"), "某市/乙区各县.xlsx", "--out", "结果", "--lang", "en"], quietDeps(cwd));
    expect(result.exitCode).toBe(0);
    expect(readdirSync(join(cwd, "结果")).sort()).toEqual(["乙区各县-评估结果.xlsx", "甲县-评估结果.xlsx", "评估总览.xlsx"].sort());
    expect(result.stdout.at(-1)).toBe("2 workbooks: 2 evaluated, 0 could not be evaluated");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "结果", "评估总览.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Overview", "Failing schools"]);
    // The sample's first failing section, 城关第三小学 (L4 4.14 and L5 6.75 m² a student: at 85% of 4.5 and 7.5, below them), its third row on Schools, row 12.
    expect(tableBelow(wb, "Failing schools", "Workbook", true)[0]).toMatchObject({ Workbook: "甲县.xlsx", School: "城关第三小学", "Indicators not met": "85%+, not met: L4, L5", "Row in the result": { text: "Schools row 12", hyperlink: "甲县-评估结果.xlsx#Schools!$A$12" } });
    expect(tableBelow(wb, "Overview", "City shortfall totals").map((r) => [r["County"], r["Stage"]])).toEqual([["4 counties", "Primary"], ["4 counties", "Junior secondary"]]);
  }, 60_000);

  it.each([
    [["某市", "--out", "r.xlsx"], "With several workbooks --out names a folder (each workbook gets its own result), not a file: r.xlsx"],
    [["某市", "--json", "r.json"], "With several workbooks --json names a folder (each workbook gets its own result), not a file: r.json"],
    // An existing file where the folder should be: it failed every county, then called the results it had written stale.
    [["某市", "--out", "notes.txt"], "With several workbooks --out names a folder (each workbook gets its own result), not a file: notes.txt"],
    [["某市", "--out", "bo", "--json", "notes.txt"], "With several workbooks --json names a folder (each workbook gets its own result), not a file: notes.txt"],
    [["某市", "--out", "notes.txt/bo"], "Cannot write notes.txt/bo: notes.txt is a file, not a folder"],
    [["空"], "No workbook to evaluate in 空"],
    [["某市/~$甲县.xlsx"], "No workbook to evaluate: every file given is an Excel lock file (its name starting ~$) or a result of this tool (its name with -评估结果, evaluation result, or 评估总览, overview): ~$甲县.xlsx."],
  ])("refuses %j before reading anything, and writes nothing", async (argv, said) => {
    const { cwd } = cityFolder();
    mkdirSync(join(cwd, "空"));
    writeFileSync(join(cwd, "notes.txt"), "a file of the user's");
    const result = await runEvaluate([...argv, "--lang", "en"], quietDeps(cwd));
    expect(result.exitCode).toBe(2);
    expect(result.stderr.some((l) => l.includes(said))).toBe(true);
    expect(existsSync(join(cwd, "out"))).toBe(false);
    expect(readdirSync(cwd).sort()).toEqual(["notes.txt", "某市", "空"].sort());
    expect(readFileSync(join(cwd, "notes.txt"), "utf8")).toBe("a file of the user's");
  });

  it("walks each county's folder with --recursive, tells same-named workbooks apart, says a county found in two workbooks, repeats a workbook's issue counts on each county's row", async () => {
    const { cwd, folder } = cityFolder();
    for (const county of ["北山县", "南湖区"]) {
      mkdirSync(join(folder, county));
      copyFileSync(county === "北山县" ? SAMPLE : CITY, join(folder, county, "学校基本情况.xlsx"));
    }
    const without = await runEvaluate(["某市", "--json", "j0"], quietDeps(cwd));
    expect(without.stderr).toContain("注意：未读取子文件夹：北山县、南湖区（加 --recursive 可一并评估）");
    const result = await runEvaluate(["某市", "--recursive", "--json", "json"], quietDeps(cwd));
    expect(readdirSync(join(cwd, "out")).sort()).toEqual(["乙区各县-评估结果.xlsx", "北山县-学校基本情况-评估结果.xlsx", "南湖区-学校基本情况-评估结果.xlsx", "甲县-评估结果.xlsx", "评估总览.xlsx"].sort());
    // 甲县.xlsx and 北山县/学校基本情况.xlsx are both the sample: one county sent twice, or misnamed.
    expect(result.stderr).toContain("注意：“示例县”出现在多个工作簿中：北山县/学校基本情况.xlsx、甲县.xlsx，请核对是否重复或县区名称有误");
    // Its folder says 北山县, its rows 示例县; 南湖区's folder holds a city list of three counties, which no one name can match.
    expect(result.stderr).toContain("注意：北山县/学校基本情况.xlsx 中的学校属于“示例县”，与文件（或文件夹）名中的县区不同，请核对是否发错了工作簿或县区名称有误");
    expect(result.stderr.filter((l) => l.includes("与文件（或文件夹）名中的县区不同"))).toHaveLength(2);
    const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
    const city = rows.filter((r) => r["工作簿"] === "南湖区/学校基本情况.xlsx");
    const cityReport = JSON.parse(readFileSync(join(cwd, "json", "南湖区-学校基本情况.json"), "utf8")) as { issues: { level: string }[] };
    expect(city).toHaveLength(3);
    // The workbook's warnings on each of its counties' rows (the report's issues at level warning), the notes saying they are per workbook.
    const warnings = cityReport.issues.filter((i) => i.level === "warning").length;
    expect(city.map((r) => r["数据警告"])).toEqual([warnings, warnings, warnings]);
    const overviewJson = JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as { notes: string[] };
    expect(overviewJson.notes.filter((n) => n.startsWith("数据错误、数据警告按工作簿计数"))).toEqual([]);
    // Each result names its workbook by its path from the folder given: both are 学校基本情况.xlsx (before: 数据来源：学校基本情况.xlsx on each).
    const source = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(cwd, "out", name));
      return wb.getWorksheet("汇总")?.getCell("A4").value;
    };
    expect([await source("北山县-学校基本情况-评估结果.xlsx"), await source("南湖区-学校基本情况-评估结果.xlsx"), await source("甲县-评估结果.xlsx")]).toEqual(["数据来源：北山县/学校基本情况.xlsx", "数据来源：南湖区/学校基本情况.xlsx", "数据来源：甲县.xlsx"]);
    expect((JSON.parse(readFileSync(join(cwd, "json", "北山县-学校基本情况.json"), "utf8")) as { source: string }).source).toBe("北山县/学校基本情况.xlsx");
  }, 60_000);

  it("writes 评估总览.json for scripts: per workbook evaluated or why not, per county the passing share and coefficients as each workbook's own report has them", async () => {
    const { cwd } = cityFolder();
    await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    const overview = JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as {
      profile: string;
      workbooks: { file: string; evaluated: boolean; reasons?: string[]; counties?: { county: string | null; passing: { passing: number; inScope: number }; coefficients: { stage: string; cv: Record<string, number | null>; met: Record<string, boolean | null> }[] }[] }[];
    };
    expect(overview.profile).toBe("national-2017");
    expect(overview.workbooks.map((w) => [w.file, w.evaluated])).toEqual([["丙县.xlsx", false], ["甲县.xlsx", true], ["乙区各县.xlsx", true]]);
    const own = report(join(cwd, "json", "乙区各县.json"));
    const counties = overview.workbooks[2]?.counties ?? [];
    expect(counties.map((c) => [c.county, c.passing.passing, c.passing.inScope, c.coefficients.length])).toEqual([
      ["甲县", 7, 8, 2],
      ["乙县", 7, 8, 2],
      ["丙区", 8, 8, 2],
    ]);
    expect(counties.map((c) => c.county)).toEqual(own.counties.map((c) => c.county));
    for (const c of counties) {
      const sections = own.schools.filter((s) => s.county === c.county && s.included);
      expect(c.passing).toMatchObject({ inScope: sections.length, passing: sections.filter((s) => s.pass === true).length });
      for (const g of c.coefficients) {
        const theirs = own.coefficients.find((x) => x.county === c.county && x.stage === g.stage);
        for (const code of ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const) {
          expect(g.cv[code]).toBe(theirs?.indicators[code].cv);
          expect(g.met[code]).toBe(theirs?.indicators[code].met);
        }
      }
    }
  }, 60_000);

  it("refuses a result workbook given back as data, even renamed (its 学校达标 sheet read as schools gave 0/37 and 259 errors)", async () => {
    const { cwd } = cityFolder();
    expect((await runEvaluate(["某市/甲县.xlsx", "--out", "东城区结果.xlsx"], quietDeps(cwd))).exitCode).toBe(0);
    const again = await runEvaluate(["东城区结果.xlsx", "--out", "x.xlsx"], quietDeps(cwd));
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain("  [错误] 这是本工具写出的评估结果工作簿（工作表：汇总、差异系数、学校达标、缺口测算、政府保障与质量、数据问题），不是学校数据；请给出原始的学校数据工作簿");
    expect(existsSync(join(cwd, "x.xlsx"))).toBe(false);
  }, 60_000);

  it("says when a workbook that failed this time has a result of an earlier run beside the overview", async () => {
    const { cwd, folder } = cityFolder();
    await runEvaluate(["某市"], quietDeps(cwd));
    expect(existsSync(join(cwd, "out", "甲县-评估结果.xlsx"))).toBe(true);
    writeFileSync(join(folder, "甲县.xlsx"), "damaged since");
    const again = await runEvaluate(["某市"], quietDeps(cwd));
    expect(again.stderr).toContain("注意：out/甲县-评估结果.xlsx 是此前一次评估的结果：该工作簿本次未能评估，此文件未更新");
  }, 60_000);

  it("says when the workbooks answer to different years' targets, naming them per year, and not when --year sets one", async () => {
    const { cwd, folder } = cityFolder();
    // flat.xlsx's title states no year (the profile's latest target); the sample's says 2024.
    copyFileSync(resolve(__dirname, "..", "..", "test", "fixtures", "flat.xlsx"), join(folder, "平县.xlsx"));
    const mixed = await runEvaluate(["某市", "--profile", "sichuan-guanghan-2024"], quietDeps(cwd));
    expect(mixed.stderr).toContain("注意：各工作簿的评估年度不同，达标比例各按其年度目标判断：2024 年（甲县.xlsx、乙区各县.xlsx）；未注明年度，按规则的最新目标（平县.xlsx）。如需按同一年度评估，请加 --year");
    const one = await runEvaluate(["某市", "--profile", "sichuan-guanghan-2024", "--year", "2025"], quietDeps(cwd));
    expect(one.stderr.some((l) => l.includes("评估年度不同"))).toBe(false);
  }, 60_000);

  it("says nothing about years under a profile without yearly targets (national-2017), where the year judges nothing", async () => {
    const { cwd, folder } = cityFolder();
    copyFileSync(resolve(__dirname, "..", "..", "test", "fixtures", "flat.xlsx"), join(folder, "平县.xlsx"));
    // The same workbooks as above: titles of 2024 and of no year.
    const result = await runEvaluate(["某市", "--profile", "national-2017"], quietDeps(cwd));
    expect(result.stderr.some((l) => l.includes("评估年度不同"))).toBe(false);
    expect(result.stdout.some((l) => l.includes("规则未设年度目标"))).toBe(true);
  }, 60_000);

  it("points out a JSON report of an earlier run beside a workbook that failed this time, as it does the result workbook", async () => {
    const { cwd, folder } = cityFolder();
    await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    writeFileSync(join(folder, "甲县.xlsx"), "damaged since");
    const again = await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    expect(again.stderr).toContain("注意：json/甲县.json 是此前一次评估的结果：该工作簿本次未能评估，此文件未更新");
  }, 60_000);

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

  /** Every text in the overview sheet (notes, table, reasons), a link by its text. */
  async function overviewTexts(path: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const texts: string[] = [];
    wb.getWorksheet("评估总览")?.eachRow((row) => (row.values as unknown[]).forEach((v) => texts.push(typeof v === "object" && v !== null && "text" in v ? String(v.text) : String(v ?? ""))));
    return texts;
  }

  it("keeps a top-level workbook's result name with and without --recursive, numbers the subfolder's, and says so", async () => {
    const { cwd, folder } = cityFolder();
    copyFileSync(SAMPLE, join(folder, "北山县-学校基本情况.xlsx"));
    mkdirSync(join(folder, "北山县"));
    copyFileSync(CITY, join(folder, "北山县", "学校基本情况.xlsx"));
    await runEvaluate(["某市", "--out", "r0"], quietDeps(cwd));
    const result = await runEvaluate(["某市", "--recursive", "--out", "r1", "--json", "j1"], quietDeps(cwd));
    // Before: with --recursive the subfolder's workbook took 北山县-学校基本情况-评估结果.xlsx and the top-level one moved to …-2, silently.
    const outs = async (out: string) => (await overviewRows(join(cwd, out, "评估总览.xlsx"))).filter((r) => String(r["工作簿"]).includes("北山县")).map((r) => [r["工作簿"], r["结果工作簿 / 未能评估的原因"]]);
    const top = "北山县-学校基本情况-评估结果.xlsx";
    expect(await outs("r0")).toEqual([["北山县-学校基本情况.xlsx", { text: top, hyperlink: top }]]);
    const sub = "北山县-学校基本情况-2-评估结果.xlsx";
    expect((await outs("r1")).filter((r, i, all) => all.findIndex((x) => x[0] === r[0]) === i)).toEqual([
      ["北山县/学校基本情况.xlsx", { text: sub, hyperlink: sub }],
      ["北山县-学校基本情况.xlsx", { text: top, hyperlink: top }],
    ]);
    const note = `北山县/学校基本情况.xlsx 的结果写入 ${sub}：与 北山县-学校基本情况.xlsx 的结果同名，已加编号区分`;
    expect(result.stderr).toContain(`注意：${note}`);
    expect((JSON.parse(readFileSync(join(cwd, "j1", "评估总览.json"), "utf8")) as { notes: string[] }).notes).toContain(note);
  }, 60_000);

  it("points out a workbook holding another county than the one its file name begins with, also where the name does not end in 县/区", async () => {
    const { cwd, folder } = cityFolder();
    copyFileSync(SAMPLE, join(folder, "东湖县2024年学校基本情况.xlsx"));
    copyFileSync(SAMPLE, join(folder, "北山县-学校基本情况.xlsx"));
    const result = await runEvaluate(["某市"], quietDeps(cwd));
    for (const file of ["东湖县2024年学校基本情况.xlsx", "北山县-学校基本情况.xlsx", "甲县.xlsx"]) {
      expect(result.stderr).toContain(`注意：${file} 中的学校属于“示例县”，与文件（或文件夹）名中的县区不同，请核对是否发错了工作簿或县区名称有误`);
    }
  }, 60_000);

  it("lists a workbook of a year the profile sets no target for among the years that differ", async () => {
    const { cwd, folder } = cityFolder();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    for (const sheet of wb.worksheets) sheet.getCell("A1").value = String(sheet.getCell("A1").value).replace("2024", "2023");
    await wb.xlsx.writeFile(join(folder, "旧县.xlsx"));
    const result = await runEvaluate(["某市", "--profile", "sichuan-guanghan-2024"], quietDeps(cwd));
    // Before: 旧县.xlsx was in no group, and the overview showed 不适用 beside counties judged against 85%.
    expect(result.stderr).toContain("注意：各工作簿的评估年度不同，达标比例各按其年度目标判断：2024 年（甲县.xlsx、乙区各县.xlsx）；2023 年，规则未设该年度目标，不判断是否达到目标（旧县.xlsx）。如需按同一年度评估，请加 --year");
  }, 60_000);

  it("names the results of an earlier run whose workbook is gone, and deletes none of them", async () => {
    const { cwd, folder } = cityFolder();
    await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    rmSync(join(folder, "甲县.xlsx"));
    const again = await runEvaluate(["某市", "--json", "json"], quietDeps(cwd));
    // Before: out/甲县-评估结果.xlsx stayed beside the new overview without a word.
    for (const file of ["out/甲县-评估结果.xlsx", "json/甲县.json"]) {
      expect(again.stderr).toContain(`注意：${file} 是此前一次评估留下的结果：本次没有工作簿写入该文件，它未更新，也未删除`);
      expect(existsSync(join(cwd, file))).toBe(true);
    }
    expect(again.stderr.filter((l) => l.includes("此前一次评估"))).toHaveLength(2);
    const notes = (JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as { notes: string[] }).notes;
    expect(notes.filter((n) => n.includes("此前一次评估留下的结果"))).toHaveLength(2);
  }, 60_000);

  it("gives a CSV its row with the advice to save it as .xlsx, and counts the other files not read", async () => {
    const { cwd, folder } = cityFolder();
    writeFileSync(join(folder, "汇总.csv"), "学校名称,在校生数\n一小,100\n");
    writeFileSync(join(folder, "说明.txt"), "notes");
    writeFileSync(join(folder, "通知.pdf"), "%PDF");
    const result = await runEvaluate(["某市"], quietDeps(cwd));
    const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
    expect(rows.filter((r) => r["工作簿"] === "汇总.csv").map((r) => [r["认定"], r["结果工作簿 / 未能评估的原因"]])).toEqual([
      ["未能评估", "无法读取 汇总.csv：它是 CSV 文件，本工具只读取 .xlsx、.xlsm 工作簿。请在 Excel 或 WPS 中打开它并另存为 .xlsx 后再试"],
    ]);
    expect(result.stderr).toContain("注意：另有 2 个文件不是工作簿，未读取");
    expect(result.stderr.some((l) => l.includes("说明.txt"))).toBe(false);
  }, 60_000);

  it("shows the failure reasons by the workbook's name from the folder given, and the folder as typed, not the machine's paths", async () => {
    const { cwd, folder } = cityFolder();
    mkdirSync(join(folder, "北山县"));
    writeFileSync(join(folder, "北山县", "坏.xlsx"), Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(64)]));
    const elsewhere = tempFolder("batch-cwd-");
    const out = join(cwd, "r");
    await runEvaluate([folder, "--recursive", "--out", out], quietDeps(elsewhere));
    const rows = await overviewRows(join(out, "评估总览.xlsx"));
    const reasons = rows.filter((r) => r["认定"] === "未能评估").map((r) => r["结果工作簿 / 未能评估的原因"]);
    // Before: 无法读取 /tmp/batch-…/某市/丙县.xlsx：…
    expect(reasons).toEqual([
      "无法读取 北山县/坏.xlsx：文件已损坏或不完整，不能作为 .xlsx 工作簿打开。请在 Excel 中打开并另存后再试",
      "无法读取 丙县.xlsx：文件已损坏或不完整，不能作为 .xlsx 工作簿打开。请在 Excel 中打开并另存后再试",
    ]);
    // The folder as the user typed it, once (before: it and each subfolder, all as machine paths).
    expect((await overviewTexts(join(out, "评估总览.xlsx"))).filter((t) => t.startsWith("数据来源"))).toEqual([`数据来源：${folder}`]);
  }, 60_000);

  describe("a workbook that names no county, in a folder named for one", () => {
    /** The real pieces, reading every workbook as if neither its rows, its title nor its county figures named a county. */
    function unnamedDeps(cwd: string): EvaluateDeps {
      const deps = quietDeps(cwd);
      const read: EvaluateDeps["read"] = async (source, request) => {
        const outcome = await deps.read(source, request);
        if (!outcome.ok) return outcome;
        const input = { ...outcome.input, records: outcome.input.records.map((r) => ({ ...r, county: null })), countyFigures: outcome.input.countyFigures.map((f) => ({ ...f, county: null })) };
        return { ...outcome, input };
      };
      return { ...deps, read };
    }

    function folders(): string {
      const cwd = tempFolder("batch-folder-county-");
      for (const [folder, file] of [["青石县", "七项指标统计表.xlsx"], ["统计", "学校综合表.xlsx"]] as const) {
        mkdirSync(join(cwd, "某市", folder), { recursive: true });
        copyFileSync(SAMPLE, join(cwd, "某市", folder, file));
      }
      return cwd;
    }

    it("takes the folder's county for it, in the overview, its result workbook, its JSON report and on stdout, with a note; a folder naming no county leaves it unnamed", async () => {
      const cwd = folders();
      const result = await runEvaluate(["某市", "--recursive", "--json", "json"], unnamedDeps(cwd));
      expect(result.exitCode).toBe(0);
      const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
      expect(rows.map((r) => [r["工作簿"], r["县区"]])).toEqual([
        ["青石县/七项指标统计表.xlsx", "青石县"],
        ["统计/学校综合表.xlsx", "（未注明县区）"],
      ]);
      const note = "青石县/七项指标统计表.xlsx 中未注明县区，已按其所在文件夹（或文件名）作为“青石县”评估";
      expect(result.stderr).toContain(`注意：${note}`);
      const overviewJson = JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as { notes: string[]; workbooks: { counties: { county: string | null }[] }[] };
      expect(overviewJson.notes).toContain(note);
      expect(overviewJson.workbooks.map((w) => w.counties.map((c) => c.county))).toEqual([["青石县"], [null]]);
      // The county's own results say the same: its stdout line, its report's counties and schools, its 汇总, and a note among its issues.
      expect(result.stdout.some((l) => l.startsWith("青石县：资源配置"))).toBe(true);
      expect(result.stdout.some((l) => l.startsWith("（未注明县区）："))).toBe(true);
      const own = report(join(cwd, "json", "青石县-七项指标统计表.json"));
      expect(own.counties.map((c) => c.county)).toEqual(["青石县"]);
      expect(new Set(own.schools.map((s) => s.county))).toEqual(new Set(["青石县"]));
      const raw = JSON.parse(readFileSync(join(cwd, "json", "青石县-七项指标统计表.json"), "utf8")) as { issues: { code: string; level: string }[] };
      expect(raw.issues.filter((i) => i.code === "cli_county_from_folder")).toEqual([expect.objectContaining({ level: "info" })]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(cwd, "out", "青石县-七项指标统计表-评估结果.xlsx"));
      const counties = new Set<string>();
      wb.getWorksheet("汇总")?.eachRow((row) => counties.add(String((row.values as unknown[])[1] ?? "")));
      expect(counties.has("青石县")).toBe(true);
      expect(counties.has("（未注明县区）")).toBe(false);
    }, 60_000);

    it("keeps the county a workbook names, and guesses none when its file and folder name two different counties", async () => {
      const cwd = tempFolder("batch-folder-county-");
      mkdirSync(join(cwd, "某市", "青石县"), { recursive: true });
      copyFileSync(SAMPLE, join(cwd, "某市", "青石县", "白马县.xlsx"));
      copyFileSync(SAMPLE, join(cwd, "某市", "青石县", "named.xlsx"));
      const unnamed = unnamedDeps(cwd);
      // named.xlsx keeps its rows' 示例县 (read as they are); 白马县.xlsx in 青石县/ names no county and two are offered.
      let opened = "";
      const open: EvaluateDeps["open"] = (path) => ((opened = path), unnamed.open(path));
      const deps: EvaluateDeps = { ...unnamed, open, read: async (source, request) => (opened.endsWith("named.xlsx") ? quietDeps(cwd).read(source, request) : unnamed.read(source, request)) };
      const result = await runEvaluate(["某市", "--recursive"], deps);
      const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
      expect(rows.map((r) => [r["工作簿"], r["县区"]]).sort()).toEqual([
        ["青石县/named.xlsx", "示例县"],
        ["青石县/白马县.xlsx", "（未注明县区）"],
      ]);
      expect(result.stderr.some((l) => l.includes("已按其所在文件夹"))).toBe(false);
    }, 60_000);
  });
});

describe("runEvaluate over two cities' folders into one --out", () => {
  /** 青州市 and 云州市 under cwd, each with a 北山县2024年.xlsx (the sample), 青州市 with 南湖区.xlsx too. */
  function twoCities(): string {
    const cwd = tempFolder("batch-cities-");
    for (const city of ["青州市", "云州市"]) mkdirSync(join(cwd, city));
    copyFileSync(SAMPLE, join(cwd, "青州市", "北山县2024年.xlsx"));
    copyFileSync(SAMPLE, join(cwd, "青州市", "南湖区.xlsx"));
    copyFileSync(CITY, join(cwd, "云州市", "北山县2024年.xlsx"));
    return cwd;
  }

  it("refuses a second city's batch into --out holding the first's overview, writes nothing, and names the first's folder; the same city again runs", async () => {
    const cwd = twoCities();
    expect((await runEvaluate(["青州市", "--out", "shared"], quietDeps(cwd))).exitCode).toBe(0);
    const before = Object.fromEntries(readdirSync(join(cwd, "shared")).map((f) => [f, readFileSync(join(cwd, "shared", f))]));
    expect(Object.keys(before).sort()).toEqual(["北山县2024年-评估结果.xlsx", "南湖区-评估结果.xlsx", "评估总览.xlsx"].sort());
    const other = await runEvaluate(["云州市", "--out", "shared"], quietDeps(cwd));
    // Before: exit 0, 青州市's overview and 北山县2024年's result replaced, 南湖区's called a leftover of this run.
    expect(other.exitCode).toBe(2);
    expect(other.stderr).toContain(`输出文件夹 shared 中已有另一批评估的结果（其“评估总览.xlsx”读取的是 青州市），本次评估会覆盖或混淆它们，未写入任何文件。请用 --out 另选一个输出文件夹，或先移走该文件夹中的结果`);
    expect(readdirSync(join(cwd, "shared")).sort()).toEqual(Object.keys(before).sort());
    for (const [file, bytes] of Object.entries(before)) expect(readFileSync(join(cwd, "shared", file)).equals(bytes)).toBe(true);
    // The same city again, and the other city into a folder of its own, run as before.
    expect((await runEvaluate(["青州市", "--out", "shared"], quietDeps(cwd))).exitCode).toBe(0);
    expect((await runEvaluate(["云州市", "--out", "yun"], quietDeps(cwd))).exitCode).toBe(0);
  }, 60_000);

  it("refuses as well a second city's batch whose --json folder holds the first's 评估总览.json, its --out being its own", async () => {
    const cwd = twoCities();
    expect((await runEvaluate(["青州市", "--out", "qing", "--json", "json"], quietDeps(cwd))).exitCode).toBe(0);
    const before = readFileSync(join(cwd, "json", "评估总览.json"), "utf8");
    expect(JSON.parse(before)).toMatchObject({ sources: [join(cwd, "青州市")] });
    const other = await runEvaluate(["云州市", "--out", "yun", "--json", "json"], quietDeps(cwd));
    expect(other.exitCode).toBe(2);
    expect(other.stderr.some((l) => l.includes("读取的是 青州市"))).toBe(true);
    // Before: "输出文件夹 yun 中已有另一批评估的结果…请用 --out 另选" — yun did not exist; the clash is in --json's folder.
    expect(other.stderr).toContain("JSON 报告文件夹 json 中已有另一批评估的结果（其“评估总览.json”读取的是 青州市），本次评估会覆盖或混淆它们，未写入任何文件。请用 --json 另选一个 JSON 报告文件夹，或先移走该文件夹中的结果");
    const en = await runEvaluate(["云州市", "--out", "yun", "--json", "json", "--lang", "en"], quietDeps(cwd));
    expect(en.stderr).toContain("The JSON report folder json (--json) holds the results of another batch (its 评估总览.json read 青州市); this run would overwrite or mix them up, so nothing was written. Choose another folder for the JSON reports with --json, or move those results away first");
    expect(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")).toBe(before);
    expect(existsSync(join(cwd, "yun"))).toBe(false);
  }, 60_000);
});

describe("runEvaluate over workbooks named one by one, and a folder, into one --out", () => {
  /** 甲县.xlsx and 乙县.xlsx named in cwd (丙县.xlsx beside them), 云州市 a folder inside it with its own 北山县.xlsx and 南湖区.xlsx. */
  function filesAndCity(): string {
    const cwd = tempFolder("batch-files-");
    copyFileSync(SAMPLE, join(cwd, "甲县.xlsx"));
    copyFileSync(SAMPLE, join(cwd, "乙县.xlsx"));
    mkdirSync(join(cwd, "云州市"));
    copyFileSync(CITY, join(cwd, "云州市", "北山县.xlsx"));
    copyFileSync(SAMPLE, join(cwd, "云州市", "南湖区.xlsx"));
    copyFileSync(SAMPLE, join(cwd, "丙县.xlsx"));
    return cwd;
  }

  it("refuses a folder's batch inside the folder of workbooks named one by one (before: the batch's source was cwd, holding every folder under it)", async () => {
    const cwd = filesAndCity();
    expect((await runEvaluate(["甲县.xlsx", "乙县.xlsx", "--out", "shared", "--json", "json"], quietDeps(cwd))).exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8"))).toMatchObject({ sources: [join(cwd, "甲县.xlsx"), join(cwd, "乙县.xlsx")] });
    const before = readFileSync(join(cwd, "shared", "评估总览.xlsx"));
    const other = await runEvaluate(["云州市", "--out", "shared"], quietDeps(cwd));
    expect(other.exitCode).toBe(2);
    expect(other.stderr).toContain("输出文件夹 shared 中已有另一批评估的结果（其“评估总览.xlsx”读取的是 甲县.xlsx、乙县.xlsx），本次评估会覆盖或混淆它们，未写入任何文件。请用 --out 另选一个输出文件夹，或先移走该文件夹中的结果");
    expect(readFileSync(join(cwd, "shared", "评估总览.xlsx")).equals(before)).toBe(true);
    // The same files again, one of them with another beside it, or the folder holding them: the same workbooks, run as before.
    for (const argv of [["甲县.xlsx", "乙县.xlsx"], ["乙县.xlsx", "丙县.xlsx"], ["."]]) expect((await runEvaluate([...argv, "--out", "shared"], quietDeps(cwd))).exitCode).toBe(0);
  }, 60_000);

  it("refuses workbooks named one by one into the --out of a folder inside their folder (before: cwd held it)", async () => {
    const cwd = filesAndCity();
    expect((await runEvaluate(["云州市", "--out", "yun"], quietDeps(cwd))).exitCode).toBe(0);
    const other = await runEvaluate(["甲县.xlsx", "乙县.xlsx", "--out", "yun"], quietDeps(cwd));
    // Before: exit 0, 云州市's overview replaced by one of 甲县 and 乙县.
    expect(other.exitCode).toBe(2);
    expect(other.stderr.some((l) => l.includes("读取的是 云州市"))).toBe(true);
    // 云州市's workbooks named one by one are of that batch.
    expect((await runEvaluate(["云州市/北山县.xlsx", "云州市/南湖区.xlsx", "--out", "yun"], quietDeps(cwd))).exitCode).toBe(0);
  }, 60_000);
});

describe("runEvaluate into a folder holding the user's own files under the names a batch writes", () => {
  it("refuses before reading (exit 2), names them and writes nothing; once they are moved away it runs, and a re-run replaces its own results", async () => {
    const { cwd, folder } = cityFolder();
    // The statistician's own city summary, named as this tool names its overview (skipped as input by its name); cityFolder's 甲县-评估结果.xlsx is the sample, a bureau's workbook too.
    copyFileSync(CITY, join(folder, "评估总览.xlsx"));
    const before = Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f))]));
    // Results beside the data: before, 评估总览.xlsx and 甲县-评估结果.xlsx were replaced without a word (exit 1, for 丙县 alone).
    const refused = await runEvaluate(["某市", "--out", "某市"], quietDeps(cwd));
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain(
      "评估结果要写入的位置已有 2 个文件，本工具无法确认是它写出的：某市/评估总览.xlsx（作者为“示例县教育局”）、某市/甲县-评估结果.xlsx（作者为“示例县教育局”）。本次评估会覆盖它们，未写入任何文件。如果它们是以前的评估结果、可以覆盖，请先将它们移走或删除；否则请用 --out（JSON 报告用 --json）另选一个文件夹",
    );
    expect(readdirSync(folder).sort()).toEqual(Object.keys(before).sort());
    for (const [file, bytes] of Object.entries(before)) expect(readFileSync(join(folder, file)).equals(bytes)).toBe(true);
    const en = await runEvaluate(["某市", "--out", "某市", "--lang", "en"], quietDeps(cwd));
    expect(en.stderr).toContain(
      'Where this run writes its results there are 2 files this tool cannot tell it wrote: 某市/评估总览.xlsx (its author is "示例县教育局"), 某市/甲县-评估结果.xlsx (its author is "示例县教育局"). This run would overwrite them, so nothing was written. If they are earlier results that may be replaced, move or delete them first; otherwise choose another folder with --out (--json for the JSON reports)',
    );
    rmSync(join(folder, "评估总览.xlsx"));
    rmSync(join(folder, "甲县-评估结果.xlsx"));
    // 丙县.xlsx is damaged: exit 1 both times, the second over the first's own results.
    expect((await runEvaluate(["某市", "--out", "某市"], quietDeps(cwd))).exitCode).toBe(1);
    const again = await runEvaluate(["某市", "--out", "某市"], quietDeps(cwd));
    expect(again.exitCode).toBe(1);
    expect(again.stdout.at(-1)).toBe("共 3 个工作簿：2 个已评估，1 个未能评估");
  }, 60_000);
});

describe("runEvaluate over a folder where a county's result cannot be written", () => {
  it("keeps the county's row, its evaluation and its place in the totals, says its result was not written and why, and exits 1", async () => {
    const { cwd, folder } = cityFolder();
    rmSync(join(folder, "丙县.xlsx"));
    copyFileSync(SAMPLE, join(folder, "甲县副本.xlsx"));
    const deps = quietDeps(cwd);
    let calls = 0;
    // A folder where 甲县's result goes, made once the checks before reading have passed: its write then fails (root ignores a read-only file).
    const blocking = { ...deps, evaluate: (...args: Parameters<typeof deps.evaluate>) => (++calls === 1 && mkdirSync(join(cwd, "out", "甲县-评估结果.xlsx", "x"), { recursive: true }), deps.evaluate(...args)) };
    const result = await runEvaluate(["某市", "--json", "json"], blocking);
    expect(result.exitCode).toBe(1);
    const rows = await overviewRows(join(cwd, "out", "评估总览.xlsx"));
    const jia = rows.find((r) => r["工作簿"] === "甲县.xlsx");
    // The sample's figures, as the first test has them: before, 县区, 达标 and 参评 were blank and 认定 said 未能评估.
    expect([jia?.["县区"], jia?.["达标学校（学段）数"], jia?.["参评学校（学段）数"]]).toEqual(["示例县", 33, 37]);
    expect(jia?.["认定"]).not.toBe("未能评估");
    expect(String(jia?.["结果工作簿 / 未能评估的原因"])).toMatch(/^评估结果未能写入 甲县-评估结果\.xlsx：/);
    // 示例县 in 甲县.xlsx and 甲县副本.xlsx: before, the note went with 甲县.xlsx's row.
    expect(result.stderr).toContain("注意：“示例县”出现在多个工作簿中：甲县.xlsx、甲县副本.xlsx，请核对是否重复或县区名称有误");
    expect(result.stdout.at(-1)).toBe("共 3 个工作簿：3 个已评估，0 个未能评估；其中 1 个的评估结果未能写入");
    const overview = JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as { totals: Record<string, unknown>; workbooks: Record<string, unknown>[] };
    // 甲县 37 + 乙区各县 8 + 8 + 8 + 甲县副本 37 in scope; 33 + 7 + 7 + 8 + 33 passing; five county rows, no workbook failed.
    expect(overview.totals).toMatchObject({ counties: 5, workbooksFailed: 0, inScope: 98, passing: 88 });
    expect(overview.workbooks.find((w) => w["file"] === "甲县.xlsx")).toMatchObject({ evaluated: true, written: false, result: "甲县-评估结果.xlsx" });
    expect(existsSync(join(cwd, "json", "甲县.json"))).toBe(false);
  }, 60_000);

  it("a folder there before the run (the audit's 南湖县): the county still evaluated and counted, the folder named as what stopped the write, not as an earlier result", async () => {
    const { cwd, folder } = cityFolder();
    rmSync(join(folder, "丙县.xlsx"));
    mkdirSync(join(cwd, "out", "甲县-评估结果.xlsx"), { recursive: true });
    const result = await runEvaluate(["某市"], quietDeps(cwd));
    expect(result.exitCode).toBe(1);
    // Before: 甲县 failed unread (a misuse of --out), its row 未能评估 with no county, and the folder called 此前一次评估的结果.
    const jia = (await overviewRows(join(cwd, "out", "评估总览.xlsx"))).find((r) => r["工作簿"] === "甲县.xlsx");
    expect([jia?.["县区"], jia?.["达标学校（学段）数"], jia?.["参评学校（学段）数"]]).toEqual(["示例县", 33, 37]);
    expect(result.stderr.some((l) => l.includes("该位置已有同名文件夹。该工作簿仍已评估并计入评估总览"))).toBe(true);
    expect(result.stderr.some((l) => l.includes("此前一次评估的结果"))).toBe(false);
    expect(result.stdout.at(-1)).toBe("共 2 个工作簿：2 个已评估，0 个未能评估；其中 1 个的评估结果未能写入");
    // The line before its verdicts ends at its bracket (before: a colon, read as dangling over the lines under it).
    const heading = result.stdout.indexOf("== 某市/甲县.xlsx ==");
    expect(result.stdout[heading + 1]).toBe("已评估，但评估结果未能写入（原因见错误输出，也写在评估总览中）");
    expect(result.stdout[heading + 2]).toMatch(/^示例县：资源配置 /);
  }, 60_000);
});

describe("runEvaluate over a city with a workbook that names no county (reviewer R4, finding 3)", () => {
  /** The sample retitled for `county` (its title the only place it names its county), without its 县级指标 sheet where `figures` is false. */
  async function retitled(path: string, title: string, figures: boolean): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const schools = wb.getWorksheet("学校基本情况");
    if (!schools) throw new Error("no school sheet");
    schools.getCell("A1").value = `${title}2024年义务教育学校办学条件统计表`;
    const figureSheet = wb.getWorksheet("县级指标");
    if (!figureSheet) throw new Error("no figures sheet");
    if (figures) figureSheet.getCell("A1").value = `${title}2024年政府保障与教育质量指标`;
    else wb.removeWorksheet(figureSheet.id);
    await wb.xlsx.writeFile(path);
  }

  /** 青州市: 南湖区 and 北山县, each titled for its county, and 南湖-补充.xlsx titled 南湖2024年… (no level word: no county) without county figures. */
  async function city(): Promise<string> {
    const cwd = tempFolder("batch-unnamed-");
    const folder = join(cwd, "青州市");
    mkdirSync(folder);
    await retitled(join(folder, "南湖区.xlsx"), "南湖区", true);
    await retitled(join(folder, "北山县.xlsx"), "北山县", true);
    await retitled(join(folder, "南湖-补充.xlsx"), "南湖", false);
    return cwd;
  }

  async function sheetTexts(path: string, sheet: string): Promise<string[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const texts: string[] = [];
    wb.getWorksheet(sheet)?.eachRow((row) => (row.values as unknown[]).forEach((v) => texts.push(typeof v === "object" && v !== null && "text" in v ? String(v.text) : String(v ?? ""))));
    return texts;
  }

  it("warns in the workbook's 数据问题 and JSON, says it in the overview's notes and on stderr with the county it may be, and counts its row apart in 全市合计; exit 0", async () => {
    const cwd = await city();
    const result = await runEvaluate(["青州市", "--json", "json"], quietDeps(cwd));
    // A warning, not a failure: every workbook was evaluated and written.
    expect(result.exitCode).toBe(0);
    const note =
      "南湖-补充.xlsx 未注明县区（学校行、标题、县级指标和文件或文件夹名中均未找到县区名称），在评估总览中记为“（未注明县区）”，单独成行；其文件（或文件夹）名以“南湖”开头，可能是“南湖区”，但未与之合并：如确属“南湖区”，请在其学校数据表的标题中写明“南湖区”，或将文件改名为以“南湖区”开头，再重新评估";
    expect(result.stderr).toContain(`注意：${note}`);
    const overview = join(cwd, "out", "评估总览.xlsx");
    expect(await sheetTexts(overview, "评估总览")).toContain(note);
    const overviewJson = JSON.parse(readFileSync(join(cwd, "json", "评估总览.json"), "utf8")) as { notes: string[]; totals: { counties: number; distinct: number; unnamed: number } };
    expect(overviewJson.notes).toContain(note);
    // Three rows: 南湖区 and 北山县, two counties, and the unnamed workbook's row, no county known (before: "3 个县区", counties 3 and nothing more).
    expect(overviewJson.totals).toMatchObject({ counties: 3, distinct: 2, unnamed: 1 });
    const rows = await overviewRows(overview);
    expect(rows.map((r) => [r["工作簿"], r["县区"]])).toEqual([
      ["北山县.xlsx", "北山县"],
      ["南湖-补充.xlsx", "（未注明县区）"],
      ["南湖区.xlsx", "南湖区"],
    ]);
    // 全市合计's, then 全市缺口合计's on its 小学 and 初中 rows: the same rows added up.
    expect((await sheetTexts(overview, "评估总览")).filter((t) => t.endsWith("未注明县区）") && t.startsWith("3 行"))).toEqual(Array(3).fill("3 行（2 个县区；另有 1 行未注明县区）"));
    // The workbook's own results: the warning among its issues (a warning, counted in its 数据警告 on the overview), and on its 数据问题 sheet.
    const own = JSON.parse(readFileSync(join(cwd, "json", "南湖-补充.json"), "utf8")) as { issues: { code: string; severity: string; level: string; message: string }[] };
    const unnamed = own.issues.filter((i) => i.code === "cli_county_unnamed");
    expect(unnamed).toEqual([expect.objectContaining({ severity: "warning", level: "warning" })]);
    const warning = message("cli_county_unnamed", {}, "zh");
    expect(warning.startsWith("工作簿未注明县区：学校行未填县区（无县区列或该列为空）")).toBe(true);
    expect(await sheetTexts(join(cwd, "out", "南湖-补充-评估结果.xlsx"), "数据问题")).toContain(warning);
    const warnings = own.issues.filter((i) => i.level === "warning").length;
    expect(rows.find((r) => r["工作簿"] === "南湖-补充.xlsx")?.["数据警告"]).toBe(warnings);
    // Only the unnamed workbook: the named ones carry no such warning.
    const named = JSON.parse(readFileSync(join(cwd, "json", "南湖区.json"), "utf8")) as { issues: { code: string }[] };
    expect(named.issues.some((i) => i.code === "cli_county_unnamed")).toBe(false);
  }, 60_000);
});
