import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultDeps } from "../../src/cli/main";
import { runEvaluate, type RunResult } from "../../src/cli/runEvaluate";
import { tempFolder } from "../../src/testing/tempFolder";

/**
 * The command line on real files (exceljs, the reader, the engine — src/cli/main.ts's defaultDeps):
 * inputs that cannot be evaluated end with a non-zero exit, a message saying what is missing and
 * where, and no result files (workbooks.md "The machine-readable report", last paragraph); a good
 * input is never modified and gives the same result twice.
 */

type Row = readonly (string | number | null)[];

let dir: string;

beforeEach(() => {
  dir = tempFolder("cli-fatal-");
});

async function writeXlsx(name: string, sheets: Readonly<Record<string, readonly Row[]>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(args: readonly string[]): Promise<RunResult> {
  return runEvaluate(args, { ...defaultDeps(dir), onProgress: () => undefined });
}

/** Runs with --out / --json into the temp dir. */
async function runOn(input: string, ...extra: string[]): Promise<RunResult> {
  return run([input, "--out", join(dir, "out", "r.xlsx"), "--json", join(dir, "out", "r.json"), "--profile", "national-2017", ...extra]);
}

function expectNothingWritten(): void {
  expect(existsSync(join(dir, "out"))).toBe(false);
  const written = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json") || f.includes("评估结果"));
  expect(written).toEqual([]);
}

const NO_STUDENTS: Record<string, readonly Row[]> = {
  学校基本情况: [
    ["学校名称", "学段", "专任教师数", "教学及辅助用房面积（㎡）"],
    ["城关一小", "小学", 40, 3000],
    ["城关中学", "初中", 55, 5200],
  ],
};

const GOOD_HEADER: Row = ["学校名称", "学段", "在校生数", "高于规定学历教师数", "县级及以上骨干教师数", "体育、艺术专任教师数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数（间）"];

describe("evaluate on files that cannot be evaluated", () => {
  it("(1) a sheet with school names but no student column: exit 1, says the student column is missing, lists the headers found, writes nothing", async () => {
    const input = await writeXlsx("no-students.xlsx", NO_STUDENTS);
    const result = await runOn(input);
    expect(result.exitCode).toBe(1);
    const text = result.stderr.join("\n");
    expect(text).toContain("缺少必需的列：在校生数。");
    for (const header of ["学校名称", "学段", "专任教师数", "教学及辅助用房面积（㎡）"]) expect(text).toContain(header);
    expectNothingWritten();
  });

  it("(5) --lang en gives the English message for (1)", async () => {
    const input = await writeXlsx("no-students.xlsx", NO_STUDENTS);
    const result = await runOn(input, "--lang", "en");
    expect(result.exitCode).toBe(1);
    const text = result.stderr.join("\n");
    expect(text).toContain("has no column the reader recognises as Students;");
    expect(text).toContain("专任教师数");
    // Nothing but the headers quoted from the file and the Chinese headers the reader expects (学校名称, 在校生数) is Chinese.
    const withoutHeaders = ["学校基本情况", "学校名称", "在校生数", "学段", "专任教师数", "教学及辅助用房面积（㎡）", "no-students.xlsx"].reduce((t, h) => t.split(h).join(""), text);
    expect(withoutHeaders).not.toMatch(/[\u4e00-\u9fff]/);
    expectNothingWritten();
  });

  it("(2) a header and only a 合计 row, no school rows: exit 1, names the sheet, writes nothing", async () => {
    const input = await writeXlsx("no-rows.xlsx", { 学校基本情况: [GOOD_HEADER, ["合计", null, 1200, 80, 12, 10, 6000, 9000, 3000000, 30]] });
    const result = await runOn(input);
    expect(result.exitCode).toBe(1);
    const text = result.stderr.join("\n");
    expect(text).toContain("学校基本情况");
    expect(text).toContain("没有学校数据行");
    expectNothingWritten();
  });

  it("(3) a text file renamed .xlsx: exit 1, says it is not an .xlsx workbook, writes nothing", async () => {
    const input = join(dir, "notes.xlsx");
    writeFileSync(input, "学校名称,在校生数\n城关一小,300\n", "utf8");
    const result = await runOn(input);
    expect(result.exitCode).toBe(1);
    const text = result.stderr.join("\n");
    expect(text).toContain("notes.xlsx");
    expect(text).toContain("无法读取");
    // Said in the run's language, from the catalogue: no English detail in a Chinese run.
    expect(text).toContain("它不是 .xlsx 工作簿");
    expect(text).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{3,}/);
    expectNothingWritten();
  });

  it("(3c) a .csv or .xls file: exit 1, says plainly it is one (its name says so), with the same advice, writes nothing", async () => {
    const csv = join(dir, "学校.csv");
    writeFileSync(csv, "学校名称,在校生数\n城关一小,300\n", "utf8");
    const zh = await runOn(csv);
    expect(zh.exitCode).toBe(1);
    expect(zh.stderr.join("\n")).toContain("学校.csv：这是 CSV 文件（纯文本），不是 .xlsx 工作簿。请在 Excel 中打开它，另存为 .xlsx 后再试");
    expect((await runOn(csv, "--lang", "en")).stderr.join("\n")).toContain("学校.csv: it is a CSV file (plain text), not an .xlsx workbook. Open it in Excel");
    // An old binary workbook begins with the OLE signature D0 CF 11 E0.
    const xls = join(dir, "学校.XLS");
    writeFileSync(xls, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    expect((await runOn(xls)).stderr.join("\n")).toContain("学校.XLS：这是旧的 .xls 工作簿（Excel 97–2003 格式），不是 .xlsx 工作簿。请在 Excel 中将它另存为 .xlsx（不设密码）后再试");
    expectNothingWritten();
  });

  it("(3d) a workbook whose only sheet holds a note: names the sheet in quotes and its first row as a row, not as a header", async () => {
    const input = await writeXlsx("县.xlsx", { 说明: [["本表为填报说明"], ["请按要求填写"]] });
    const result = await runOn(input);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.join("\n")).toContain("在工作表“说明”中找不到学校数据的表头：缺少 学校名称、在校生数 列。该表第 1 行为：本表为填报说明");
    expect(result.stderr.join("\n")).not.toContain("找到的表头");
    expectNothingWritten();
  });

  it("(3b) a truncated zip renamed .xlsx: exit 1, says it cannot be read, writes nothing", async () => {
    const input = join(dir, "broken.xlsx");
    writeFileSync(input, Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(60, 7)]));
    const result = await runOn(input);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.join("\n")).toContain("broken.xlsx");
    expectNothingWritten();
  });

  it("(4) a missing path: exit 1, says the input file is not found, writes nothing", async () => {
    const result = await runOn(join(dir, "nowhere", "县.xlsx"));
    expect(result.exitCode).toBe(1);
    expect(result.stderr.join("\n")).toContain("找不到输入文件");
    expect(result.stderr.join("\n")).toContain("县.xlsx");
    expectNothingWritten();
  });

  it("(4) --lang en: the missing path in English", async () => {
    const result = await runOn(join(dir, "missing.xlsx"), "--lang", "en");
    expect(result.exitCode).toBe(1);
    expect(result.stderr.join("\n")).toContain("Input file not found");
    expectNothingWritten();
  });
});

const GOOD: Record<string, readonly Row[]> = {
  学校基本情况: [
    ["某县2024年义务教育学校基本情况统计表"],
    GOOD_HEADER,
    ["城关一小", "小学", 800, 40, 9, 8, 3700, 6100, 1700000, 19],
    ["城关二小", "小学", 450, 18, 4, 4, 2000, 3300, 950000, 11],
    ["城关中学", "初中", 1000, 56, 11, 10, 6000, 10500, 2600000, 25],
    ["河西中学", "初中", 600, 30, 6, 5, 3400, 6200, 1400000, 14],
    ["合计", null, 2850, 144, 30, 27, 15100, 26100, 6650000, 69],
  ],
  县级指标: [
    ["项目", "数值"],
    ["初中三年巩固率", "96%"],
  ],
};

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Every cell value of every sheet, by sheet name and address. */
async function cellValues(file: string): Promise<Record<string, Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, Record<string, unknown>> = {};
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => (cells[cell.address] = cell.value)));
    out[ws.name] = cells;
  });
  return out;
}

describe("evaluate on a good file", () => {
  it("leaves the source file's bytes unchanged and gives the same sheets twice", async () => {
    const input = await writeXlsx("县.xlsx", GOOD);
    const before = sha256(input);
    const first = await run([input, "--out", join(dir, "a.xlsx"), "--json", join(dir, "a.json")]);
    expect(first.exitCode).toBe(0);
    const second = await run([input, "--out", join(dir, "b.xlsx"), "--json", join(dir, "b.json")]);
    expect(second.exitCode).toBe(0);
    expect(sha256(input)).toBe(before);

    const [a, b] = await Promise.all([cellValues(join(dir, "a.xlsx")), cellValues(join(dir, "b.xlsx"))]);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(4);
    for (const cells of Object.values(a)) expect(Object.keys(cells).length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe(readFileSync(join(dir, "a.json"), "utf8"));
    // The four schools were read and evaluated, the 合计 row was not taken for a school.
    const report = JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as { schools: { name: string }[] };
    expect(report.schools.map((s) => s.name).sort()).toEqual(["城关中学", "城关一小", "城关二小", "河西中学"].sort());
  });
});
