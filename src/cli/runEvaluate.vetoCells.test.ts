// s52 H5, through the command line on real workbooks: the county's veto items where a veto row's cell
// gives no answer. 汇总's veto table and the JSON report are read back and compared with what a
// statistician expects, worked out by hand in each test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempFolder } from "../testing/tempFolder";
import { defaultDeps } from "./main";
import { runEvaluate } from "./runEvaluate";

type Rows = (string | number | null)[][];

interface Outcome {
  readonly exitCode: number;
  /** V_school_choice in the JSON report's one county. */
  readonly veto: unknown;
  /** The JSON report's issues, [code, severity, cell]. */
  readonly issues: [string, string, string | null][];
  /** 汇总's row for 违规择校 in the 一票否决 table: verdict and cell. */
  readonly summary: string[];
}

/** A cell's value as text: a link's text (the cell column links to the source cell). */
function cellText(v: unknown): string {
  if (v !== null && typeof v === "object" && "text" in v) return String(v.text);
  return v === null || v === undefined ? "" : String(v);
}

/** The sheets written to 县.xlsx and evaluated by the command line (the real reader and engine), in Chinese. */
async function cli(sheets: Record<string, Rows>): Promise<Outcome> {
  const cwd = tempFolder("veto-cells-");
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(join(cwd, "县.xlsx"));
  const result = await runEvaluate(["县.xlsx", "--out", "out.xlsx", "--json", "r.json"], { ...defaultDeps(cwd), onProgress: () => undefined });
  const report = JSON.parse(readFileSync(join(cwd, "r.json"), "utf8")) as { counties: { veto: { code: string }[] }[]; issues: { code: string; severity: string; cell: string | null }[] };
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(join(cwd, "out.xlsx"));
  const summary: string[] = [];
  out.getWorksheet("汇总")?.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map(cellText);
    if (cells[1] === "违规择校") summary.push(...cells.slice(2));
  });
  return {
    exitCode: result.exitCode,
    veto: report.counties[0]?.veto.find((v) => v.code === "V_school_choice"),
    issues: report.issues.map((i) => [i.code, i.severity, i.cell]),
    summary,
  };
}

const PRIMARY_ONLY: Rows = [["学校名称", "学段", "在校生数"], ["一小", "小学", 600], ["二小", "小学", 400]];
const BOTH_STAGES: Rows = [["学校名称", "学段", "在校生数"], ["一小", "小学", 600], ["一中", "初中", 500]];
const BLANK_JUNIOR: Rows = [["项目", "小学", "初中"], ["违规择校", "无", null], ["以考试方式招生", "无", "无"]];

describe("违规择校 | 无 | (blank) under 小学 | 初中", () => {
  it("clears a county of 小学 schools only: 无 at B2 on 汇总, no word of the blank 初中 cell", async () => {
    const r = await cli({ 学校: PRIMARY_ONLY, 县级指标: BLANK_JUNIOR });
    expect(r.exitCode).toBe(0);
    expect(r.veto).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
    expect(r.summary).toEqual(["无", "县级指标!B2"]);
    expect(r.issues.filter((i) => i[2] === "县级指标!C2")).toEqual([]);
  });

  it("holds a county with a 初中 school 待评估 at C2, warning there, as before", async () => {
    const r = await cli({ 学校: BOTH_STAGES, 县级指标: BLANK_JUNIOR });
    expect(r.veto).toEqual({ code: "V_school_choice", present: null, cell: "县级指标!C2" });
    expect(r.summary).toEqual(["待评估", "县级指标!C2"]);
    expect(r.issues.filter((i) => i[2] === "县级指标!C2")).toEqual([["read_figure_veto_cell_blank", "warning", "县级指标!C2"]]);
  });
});

// A county split over two figures sheets, 违规择校 | 无 on one and 待核实 on the other, was cleared on the 无 alone.
describe("违规择校 | 无 on one figures sheet, 待核实 on another", () => {
  const list = (answer: string): Rows => [["项目", "数值"], ["违规择校", answer]];

  it("holds the county 待评估 at the 待核实 cell, warning there, not cleared on the 无", async () => {
    const r = await cli({ 学校: BOTH_STAGES, 县级指标: list("无"), 县级指标2: list("待核实") });
    expect(r.veto).toEqual({ code: "V_school_choice", present: null, cell: "县级指标2!B2" });
    expect(r.summary).toEqual(["待评估", "县级指标2!B2"]);
    expect(r.issues.filter((i) => i[2] === "县级指标2!B2")).toEqual([["read_figure_veto_pending", "warning", "县级指标2!B2"]]);
  });

  it("clears it when both sheets say 无", async () => {
    const r = await cli({ 学校: BOTH_STAGES, 县级指标: list("无"), 县级指标2: list("无") });
    expect(r.veto).toEqual({ code: "V_school_choice", present: false, cell: "县级指标!B2" });
    expect(r.summary).toEqual(["无", "县级指标!B2"]);
  });
});
