import type { Evaluation, SchoolRecord } from "../engine/types";
import type { ColumnMapping, ReadOptions, ReadResult } from "../workbook/read/readWorkbook";
import { gridOf, mappingOf } from "../workbook/read/testing";
import { readRuleSheet } from "../workbook/read/readRuleSheet";
import { profileText } from "../workbook/write/profileText";
import type { SheetSpec, WorkbookSink, WorkbookSource } from "../workbook/types";
import { buildResultSheets } from "../workbook/write/buildResultSheets";
import { message } from "../messages/catalogue";
import { profileReason } from "../messages/profileMessages";
import { failureText, StepFailure } from "./failure";
import { readRequest, runPipeline, type PipelineDeps, type PipelineRequest } from "./runPipeline";
import { evaluate } from "../engine/evaluate";
import { AT_STANDARD_PRIMARY, fieldsOf, recordOf } from "../engine/testing/fixtures";

const source: WorkbookSource = { sheetNames: async () => ["学校"], readSheet: async () => ({ sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], merges: [] }) };
const evaluation: Evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
const mapping: ColumnMapping = mappingOf(
  "学校",
  0,
  [
    { column: 0, header: "学校名称", field: "name" },
    { column: 3, header: "在校生数", field: "students", stage: "primary" },
  ],
  { dataRows: { top: 1, bottom: 9 } },
);

/** Runs the pipeline on the stand-in reader's mapping with the real sheet builder; returns the mapping table's rows. */
async function mappingRows(lang: PipelineRequest["lang"]) {
  const written: SheetSpec[] = [];
  const sink: WorkbookSink = { writeSheets: async (specs) => (written.push(...specs), { names: specs.map((s) => s.name), kept: [], replaced: [] }) };
  const deps: PipelineDeps = {
    read: async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] }),
    evaluate: () => evaluation,
    build: buildResultSheets,
  };
  const request: PipelineRequest = { sheet: "学校", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null, lang };
  await runPipeline(source, sink, request, deps);
  const table = written.flatMap((s) => s.tables).find((t) => t.name === "YZJH_Mapping");
  if (!table) throw new Error("no mapping table");
  return table.rows;
}

describe("runPipeline: the column mapping on the data-problems sheet", () => {
  it("names the fields in the run's language (English)", async () => {
    expect((await mappingRows("en")).map((r) => r.slice(0, 2))).toEqual([
      ["School name", "学校名称"],
      ["Students (Primary)", "在校生数"],
    ]);
  });

  it("names the fields in Chinese for a Chinese run", async () => {
    expect((await mappingRows("zh")).map((r) => r.slice(0, 2))).toEqual([
      ["学校名称", "学校名称"],
      ["在校生数（小学）", "在校生数"],
    ]);
  });
});

describe("runPipeline: the steps it reports", () => {
  it("passes the sink's word on its write's turn to the caller, after the steps of its own", async () => {
    const sink: WorkbookSink = { writeSheets: async (specs, onTurn) => (onTurn?.("queued"), onTurn?.("writing"), { names: specs.map((s) => s.name), kept: [], replaced: [] }) };
    const read: PipelineDeps["read"] = async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] });
    const steps: string[] = [];
    const request: PipelineRequest = { sheet: "学校", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null, lang: "zh" };
    await runPipeline(source, sink, request, { read, evaluate: () => evaluation, build: () => [] }, (step) => steps.push(step));
    expect(steps).toEqual(["reading", "evaluating", "writing", "queued", "writing"]);
  });
});

describe("runPipeline: the earlier result sheets the write replaced", () => {
  it("passes on the sink's word, with the names it used and those it kept beside", async () => {
    const sink: WorkbookSink = { writeSheets: async () => ({ names: ["汇总 (2)"], kept: ["汇总"], replaced: ["差异系数", "学校达标"] }) };
    const read: PipelineDeps["read"] = async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] });
    const request: PipelineRequest = { sheet: "学校", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null, lang: "zh" };
    const build = (): SheetSpec[] => [{ name: "汇总", role: "summary", title: "汇总", notes: [], tables: [], freezeColumns: 0 }];
    const result = await runPipeline(source, sink, request, { read, evaluate: () => evaluation, build });
    expect(result).toMatchObject({ ok: true, sheetNames: ["汇总 (2)"], replaced: ["差异系数", "学校达标"], written: [{ role: "summary", planned: "汇总", name: "汇总 (2)", besideKept: "汇总" }] });
  });
});

describe("runPipeline: what reaches the user is the catalogue's, never an English exception", () => {
  const sink: WorkbookSink = { writeSheets: async (specs) => ({ names: specs.map((s) => s.name), kept: [], replaced: [] }) };
  const okRead: PipelineDeps["read"] = async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] });
  const base: PipelineRequest = { sheet: "学校", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null, lang: "en" };

  it("reports a mistyped range as a problem and reads nothing", async () => {
    const reads: unknown[] = [];
    const deps: PipelineDeps = { read: async (s, o) => (reads.push(o), okRead(s, o)), evaluate: () => evaluation, build: () => [] };
    const result = await runPipeline(source, sink, { ...base, range: "A1:B" }, deps);
    expect(result).toEqual({ ok: false, issues: [{ code: "addin_range_invalid", severity: "error", cell: null, params: { range: "A1:B" } }] });
    expect(reads).toEqual([]);
    expect(message("addin_range_invalid", { range: "A1:B" }, "en")).toBe("“A1:B” is not a valid cell range (write it like A1:K40)");
  });

  it.each([
    ["A1:XFE10", "addin_range_column_beyond", "“A1:XFE10” reaches past the sheet's last column, XFD: check the column letters"],
    ["XFF1:XFG9", "addin_range_column_beyond", "“XFF1:XFG9” reaches past the sheet's last column, XFD: check the column letters"],
    ["A1:B1048577", "addin_range_row_beyond", "“A1:B1048577” reaches past the sheet's last row, 1048576: check the row numbers"],
  ])("refuses a range past the sheet's last column or row, %s, and reads nothing (Excel would refuse it deep in a read)", async (typed, code, text) => {
    const reads: unknown[] = [];
    const deps: PipelineDeps = { read: async (s, o) => (reads.push(o), okRead(s, o)), evaluate: () => evaluation, build: () => [] };
    const result = await runPipeline(source, sink, { ...base, range: typed }, deps);
    expect(result).toEqual({ ok: false, issues: [{ code, severity: "error", cell: null, params: { range: typed } }] });
    expect(reads).toEqual([]);
    expect(message(code, { range: typed }, "en")).toBe(text);
  });

  it("reads a range that ends on the sheet's last column and row (A1:XFD1048576, what a whole-sheet selection gives)", async () => {
    const reads: { range?: string }[] = [];
    const deps: PipelineDeps = { read: async (s, o) => (reads.push(o), okRead(s, o)), evaluate: () => evaluation, build: () => [] };
    await runPipeline(source, sink, { ...base, range: "A1:XFD1048576" }, deps);
    expect(reads[0]?.range).toBe("A1:XFD1048576");
  });

  it.each([
    ["A:Z", "A1:Z1048576"],
    ["$3:$50", "A3:XFD50"],
    ["B2:K40", "B2:K40"],
  ])("reads a range typed as Excel writes it, whole columns and rows too: %s as %s", async (typed, read) => {
    const reads: { range?: string }[] = [];
    const deps: PipelineDeps = { read: async (s, o) => (reads.push(o), okRead(s, o)), evaluate: () => evaluation, build: () => [] };
    await runPipeline(source, sink, { ...base, range: typed }, deps);
    expect(reads.map((o) => o.range)).toEqual([read]);
  });

  it("names a bad rule-sheet value by the catalogue's words for the problem, at its cell", async () => {
    const deps: PipelineDeps = { read: async () => ({ ...(await okRead(source, {})), ruleOverride: { cvLimits: { primary: "high" } } }), evaluate: () => evaluation, build: () => [] };
    const result = await runPipeline(source, sink, base, deps);
    expect(result).toEqual({ ok: false, issues: [{ code: "addin_rule_sheet_problem", severity: "error", cell: null, params: { path: "cvLimits.primary", profileProblem: "invalid_type" } }] });
    const issue = result.ok ? undefined : result.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe("Rule sheet problem: cvLimits.primary: the value is of the wrong kind (e.g. text where a number belongs)");
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe("规则表有误：cvLimits.primary：值的类型不对（如应为数字却写了文字）");
  });

  it("says a rule sheet that is not a set of settings is one, and words a problem the catalogue has no entry for as invalid", async () => {
    const deps: PipelineDeps = { read: async () => ({ ...(await okRead(source, {})), ruleOverride: ["cvLimits"] }), evaluate: () => evaluation, build: () => [] };
    const result = await runPipeline(source, sink, { ...base, lang: "zh" }, deps);
    const issue = result.ok ? undefined : result.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe("规则表有误：/：内容不是一组“路径 | 值”设置");
    expect(message("addin_rule_sheet_problem", { path: "x", profileProblem: profileReason("something_new") }, "zh")).toBe("规则表有误：x：值无效");
  });

  it.each([
    ["reading", "Reading the workbook failed: InvalidArgument: bad address", { read: async () => Promise.reject(new Error("cannot read sheet 学校", { cause: new Error("InvalidArgument: bad address") })) }],
    ["writing", "Writing the result sheets failed: The workbook is protected", { sink: { writeSheets: async () => Promise.reject(new Error("writing the result sheets failed", { cause: new Error("The workbook is protected.") })) } }],
  ])("a failure while %s names the step and gives the host's reason", async (step, text, change) => {
    const deps: PipelineDeps = { read: okRead, evaluate: () => evaluation, build: () => [], ...("read" in change ? { read: change.read } : {}) };
    const failing = await runPipeline(source, "sink" in change ? change.sink : sink, base, deps).catch((e: unknown) => e);
    expect(failing).toBeInstanceOf(StepFailure);
    expect((failing as StepFailure).step).toBe(step);
    expect(failureText(failing, "en")).toBe(text);
  });
});

describe("runPipeline: column fixes made for a header the column no longer holds", () => {
  const sink: WorkbookSink = { writeSheets: async (specs) => ({ names: specs.map((s) => s.name), kept: [], replaced: [] }) };
  const okRead: PipelineDeps["read"] = async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] });
  const deps: PipelineDeps = { read: okRead, evaluate: () => evaluation, build: () => [] };
  // the stand-in mapping has 学校名称 over A and 在校生数 over D (header row 1)
  const saved: PipelineRequest = { sheet: "学校", range: null, fixes: { "students@primary": 3 }, ignored: [], profileId: "national-2017", year: null, lang: "zh" };

  it("evaluates nothing, and says which column changed, when a column was inserted since the fix was saved", async () => {
    const result = await runPipeline(source, sink, { ...saved, headers: { "3": "专任教师数" } }, deps);
    expect(result).toEqual({ ok: false, issues: [{ code: "addin_saved_fix_column_changed", severity: "error", cell: "学校!D1", params: { column: "D", was: "专任教师数", now: "在校生数" } }] });
    const issue = result.ok ? undefined : result.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe("D 列的表头已由“专任教师数”变为“在校生数”，保存的列更正是为原表头设置的，未予使用，工作表中已找不到原表头");
  });

  it("evaluates when each fixed column holds its header, and when the settings kept none (saved before headers were kept)", async () => {
    expect((await runPipeline(source, sink, { ...saved, headers: { "3": "在校生数" } }, deps)).ok).toBe(true);
    expect((await runPipeline(source, sink, saved, deps)).ok).toBe(true);
  });

  it("names a column the header no longer reaches with an empty header", async () => {
    const result = await runPipeline(source, sink, { ...saved, fixes: {}, ignored: [7], headers: { "7": "备注" } }, deps);
    expect(result.ok ? [] : result.issues.map((i) => i.params)).toEqual([{ column: "H", was: "备注", now: "" }]);
  });
});

describe("runPipeline: a read the caller already made (the pane's check before it evaluates)", () => {
  const base: PipelineRequest = { sheet: "学校", range: null, fixes: { teachers: 3 }, ignored: [4], profileId: "national-2017", year: null, lang: "zh" };
  const school = (name: string, i: number): SchoolRecord => ({ id: `学校!${i + 2}`, name, county: null, type: "primary", stage: "primary", fields: {}, flags: {}, source: { sheet: "学校", row: i + 2 } });
  const readOf = (names: readonly string[]): Extract<ReadResult, { ok: true }> => ({ ok: true, input: { records: names.map(school), countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] });
  /** Counts the reader's calls; reads the three schools of the workbook as it is now. */
  function counted() {
    const reads: ReadOptions[] = [];
    const evaluated: string[][] = [];
    const deps: PipelineDeps = {
      read: async (_s, o) => (reads.push(o), readOf(["甲", "乙", "丙"])),
      evaluate: (input) => (evaluated.push(input.records.map((r) => r.name)), evaluation),
      build: () => [],
    };
    return { reads, evaluated, deps };
  }
  const sink: WorkbookSink = { writeSheets: async (specs) => ({ names: specs.map((s) => s.name), kept: [], replaced: [] }) };

  it("evaluates the known read, without reading again, when it was read with the request's options", async () => {
    const { reads, evaluated, deps } = counted();
    const known = { options: { sheet: "学校", mapping: { roles: { teachers: 3 }, ignore: [4] } }, read: readOf(["甲", "乙"]) };
    const result = await runPipeline(source, sink, base, deps, undefined, known);
    expect(reads).toEqual([]);
    expect(evaluated).toEqual([["甲", "乙"]]);
    expect(result.ok && result.read).toBe(known.read);
  });

  it("reads again, once, with the request's options when the known read was made with others", async () => {
    const { reads, evaluated, deps } = counted();
    const known = { options: { sheet: "学校", mapping: { roles: { teachers: 3 }, ignore: [] } }, read: readOf(["甲", "乙"]) };
    await runPipeline(source, sink, base, deps, undefined, known);
    expect(reads).toEqual([{ sheet: "学校", mapping: { roles: { teachers: 3 }, ignore: [4] } }]);
    expect(evaluated).toEqual([["甲", "乙", "丙"]]);
  });

  it("still stops on a known read whose fixed column holds another header than the one the fix was chosen for", async () => {
    const { reads, deps } = counted();
    const request: PipelineRequest = { ...base, fixes: { "students@primary": 3 }, ignored: [], headers: { "3": "专任教师数" } };
    const result = await runPipeline(source, sink, request, deps, undefined, { options: { sheet: "学校", mapping: { roles: { "students@primary": 3 }, ignore: [] } }, read: readOf(["甲"]) });
    expect(reads).toEqual([]);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["addin_saved_fix_column_changed"]);
  });

  it("gives the known read's problems as the run's, and evaluates nothing", async () => {
    const { reads, evaluated, deps } = counted();
    const problem = { code: "read_missing_columns", severity: "error" as const, cell: null, params: { sheet: "学校", fieldList: "name", found: "" } };
    const result = await runPipeline(source, sink, { ...base, fixes: {}, ignored: [] }, deps, undefined, { options: { sheet: "学校" }, read: { ok: false, issues: [problem] } });
    expect(result).toEqual({ ok: false, issues: [problem] });
    expect([reads, evaluated]).toEqual([[], []]);
  });
});

describe("runPipeline: a 规则 sheet's changes are said, as the CLI says them", () => {
  it("puts them in the sheets' notes with their cells, and gives them back for the pane's basis line", async () => {
    const rules = readRuleSheet(gridOf([["路径", "值"], ["passRule.floorRatio", "80%"]], { sheet: "规则" }));
    const written: SheetSpec[] = [];
    const sink: WorkbookSink = { writeSheets: async (specs) => (written.push(...specs), { names: specs.map((s) => s.name), kept: [], replaced: [] }) };
    const deps: PipelineDeps = {
      read: async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: rules.override, ruleSheet: "规则", figuresSheets: [], sheetYears: [] }),
      evaluate: () => evaluation,
      build: buildResultSheets,
    };
    const request: PipelineRequest = { sheet: "学校", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null, lang: "zh" };
    const result = await runPipeline(source, sink, request, deps);
    expect(result.ok && result.profile.passRule.floorRatio).toBe(0.8);
    expect(result.ok && result.ruleOverrides).toEqual([{ path: "passRule.floorRatio", value: 0.8, cell: "规则!B2" }]);
    expect(written[0]?.notes[0]).toBe("评估规则：国家标准（教督〔2017〕6号），已按本工作簿的规则表调整：其余指标须达到标准的比例 = 0.8（规则!B2）");
    // The pane's basis line names the profile as the notes do (resultView.ts showBasis).
    const basis = result.ok ? profileText(result.profile.name.en, result.ruleOverrides ?? [], "en") : "";
    expect(message("addin_result_basis", { profile: basis, year: 2024 }, "en")).toBe(
      "Rule profile: National method (2017), adjusted by this workbook's rule sheet: Share of the standard the other indicators must reach = 0.8 (规则!B2); year: 2024",
    );
  });
});

describe("runPipeline: a verdict resting on a cell read as 0", () => {
  it("lists the note on the blank part and the warning at it, as the CLI does (runIssues), and the 学校达标 flag names the cell", async () => {
    // 10 000 students at every standard but L3: (0 + 70) ÷ 10000 × 100 = 0.7, below 85% of 0.9; 体育 学校!H2 blank, taken as 0.
    const fields = fieldsOf(AT_STANDARD_PRIMARY, "学校");
    const pe = { cell: "学校!H2", kind: "blank" as const, header: "体育", field: "peArtTeachers", part: "pe" };
    const record: SchoolRecord = recordOf({}, { id: "学校!2", name: "石桥镇小学", fields: { ...fields, peArtTeachers: { value: 70, cell: "学校!I2", assumedZeros: [pe] } } });
    const written: SheetSpec[] = [];
    const sink: WorkbookSink = { writeSheets: async (specs) => (written.push(...specs), { names: specs.map((s) => s.name), kept: [], replaced: [] }) };
    const read: PipelineDeps["read"] = async () => ({ ok: true, input: { records: [record], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null, ruleSheet: null, figuresSheets: [], sheetYears: [] });
    const request: PipelineRequest = { sheet: "学校", range: null, fixes: {}, ignored: [], profileId: "national-2017", year: null, lang: "zh" };
    const result = await runPipeline(source, sink, request, { read, evaluate, build: buildResultSheets });
    // The sheet's other warning (read_item_columns_missing: no class-size or room columns) stands at the header's first cell.
    const atCells = result.issues.filter((i) => i.cell !== null);
    expect(atCells.map((i) => `${i.code} ${i.severity} ${i.cell ?? ""}`)).toEqual(["read_blank_part_as_zero info 学校!H2", "read_blank_part_not_met warning 学校!H2", "read_item_columns_missing warning 学校!A1"]);
    const rows = written.flatMap((s) => s.tables).find((t) => t.name === "YZJH_Schools")?.rows ?? [];
    expect(JSON.stringify(rows)).toContain("低于85%（所依据的 学校!H2 未填数字，已按 0 计，请核对）");
  });
});

describe("readRequest: the pane's 评估年度 reaches the reader (county figures of another year left out)", () => {
  it("passes a chosen year, and none when the pane chose none", () => {
    const base = { sheet: "", range: null, fixes: {}, ignored: [] };
    expect(readRequest({ ...base, year: 2025 })).toEqual({ year: 2025 });
    expect(readRequest({ ...base, year: null })).toEqual({});
    expect(readRequest(base)).toEqual({});
  });
});
