import { evaluate } from "../../engine/evaluate";
import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { NO_CACHED_RESULT } from "./noCachedResult";
import { rowsNotRead } from "./rowsNotRead";
import { gridOf, issuesWith, readGridsOk, type GridOptions } from "./testing";
import { rowsNotReadText } from "../write/rowsNotReadText";

// R2 finding 3 (wbB row 8): a closed school listed by its name, every data cell blank, 备注 2024年8月已撤并.
// R4's findings 1, 2, 5, 7, 8: a name-only row without such a remark is a school missing data, as at 4ff0422.
const HEAD = ["序号", "学校名称", "学段", "在校生数", "专任教师数", "高于规定学历教师数", "备注"];
const OPEN_A: readonly CellValue[] = [1, "城北小学", "小学", 968, 58, 55];
const OPEN_B: readonly CellValue[] = [2, "王庄小学", "小学", 312, 20, 19];
const CLOSED: readonly CellValue[] = [3, "石岭小学", "小学", null, null, null, "2024年8月已撤并"];

type Rows = readonly (readonly CellValue[])[];

async function readOf(rows: Rows, options: GridOptions = {}, includeHidden = false) {
  return readGridsOk([gridOf([HEAD, ...rows], options)], { includeHidden });
}

const NAME_ONLY = ["read_row_name_only_remark", "read_row_name_only_remark_column"];
function nameOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => NAME_ONLY.includes(i.code));
}
const names = (read: { input: { records: readonly { name: string }[] } }): string[] => read.input.records.map((r) => r.name);

describe("nameOnlyCheck: a closed school's row, a name, no data and 备注 已撤并, is left out, said once at its name (R2 finding 3)", () => {
  it("says one warning at the name cell, quoting the 备注, and reads no record of the row (before: a record and 8 errors)", async () => {
    const read = await readOf([OPEN_A, CLOSED, OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([
      { code: "read_row_name_only_remark", severity: "warning", cell: "学校基本情况!B3", params: { row: 3, name: "石岭小学", header: "备注", remark: "2024年8月已撤并" } },
    ]);
    expect(names(read)).toEqual(["城北小学", "王庄小学"]);
  });

  it("tells the statistician in zh and en that the remark says closed, the row was left out, and what to do if not", async () => {
    const [issue] = nameOnly((await readOf([OPEN_A, CLOSED, OPEN_B])).issues);
    if (issue === undefined) throw new Error("no issue");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 3 行只有学校名称“石岭小学”，没有任何数据，备注写明“2024年8月已撤并”，按已撤并或停办的学校不计入评估（不作为参评学校，也不计为缺数据的学校）；如该校仍在办学，请补填数据",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "Row 3 has a school name, “石岭小学”, and no data at all, and its 备注 says “2024年8月已撤并”: taken for a closed school and left out of the evaluation (not among the schools evaluated, nor among those missing data). If the school still runs, fill in its data",
    );
  });

  it("leaves the row out of the sections evaluated: 2 sections, none missing students, no issue at row 3 but the warning", async () => {
    const read = await readOf([OPEN_A, CLOSED, OPEN_B]);
    const evaluation = evaluate(read.input, builtInProfile("national-2017"));
    const sections = evaluation.counties.flatMap((c) => c.sections);
    expect(sections.map((s) => s.name)).toEqual(["城北小学", "王庄小学"]);
    // L1 = 高于规定学历教师 ÷ 在校生 × 100 (rules.md §2), by hand: 55 ÷ 968 × 100 and 19 ÷ 312 × 100.
    expect(sections[0]?.indicators.L1?.value).toBeCloseTo(5.681818181818, 10);
    expect(sections[1]?.indicators.L1?.value).toBeCloseTo(6.089743589744, 10);
    const atRow3 = [...read.issues, ...evaluation.issues].filter((i) => i.cell?.endsWith("3") === true && /![A-Z]+3$/.test(i.cell));
    expect(atRow3.map((i) => i.code)).toEqual(["read_row_name_only_remark"]);
  });

  it("counts the row among the school rows not read, for the summary (zh and en)", async () => {
    const { issues } = await readOf([OPEN_A, CLOSED, OPEN_B]);
    expect(rowsNotRead(issues)).toEqual([["nameOnly", 1]]);
    expect(rowsNotReadText(issues, "zh", false)).toBe("另有 1 个学校行未读取（备注已撤并或停办、没有数据 1 行）");
    expect(rowsNotReadText(issues, "en", false)).toBe("1 school row was not read (closed by its remark, no data: 1)");
  });

  it("finds the closing in a 说明 column, or in any text cell outside the columns read (a header 情况, or none), quoting it with its header or letter", async () => {
    const explained = await readGridsOk([gridOf([["学校名称", "在校生数", "专任教师数", "情况说明"], ["城北小学", 968, 58], ["石岭小学", null, null, "已并入城北小学"]])]);
    expect(nameOnly(explained.issues).map((i) => i.params)).toEqual([{ row: 3, name: "石岭小学", header: "情况说明", remark: "已并入城北小学" }]);
    const other = await readGridsOk([gridOf([["学校名称", "在校生数", "专任教师数", "情况"], ["城北小学", 968, 58], ["石岭小学", null, null, "2023年停办"]])]);
    expect(nameOnly(other.issues).map((i) => i.params)).toEqual([{ row: 3, name: "石岭小学", header: "情况", remark: "2023年停办" }]);
    const bare = await readGridsOk([gridOf([["学校名称", "在校生数", "专任教师数"], ["城北小学", 968, 58], ["石岭小学", null, null, "已撤销"]])]);
    expect(nameOnly(bare.issues).map((i) => [i.code, i.params])).toEqual([["read_row_name_only_remark_column", { row: 3, name: "石岭小学", column: "D", remark: "已撤销" }]]);
    // Said as the column, not a bare letter (F1 of s47: "D写明").
    const [said] = nameOnly(bare.issues);
    expect(said === undefined ? "" : message(said.code, said.params, "zh")).toContain("没有任何数据，D 列写明“已撤销”");
    expect(said === undefined ? "" : message(said.code, said.params, "en")).toContain("and column D says “已撤销”");
    expect(names(bare)).toEqual(["城北小学"]);
  });

  it("leaves out a closed section of a combined school whose other section has data (马坊学校（初中部）, 备注 2024年已撤并)", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校（小学部）", "小学", 412, 30, 29], [3, "马坊学校（初中部）", "初中", null, null, null, "2024年已撤并"], OPEN_B]);
    expect(nameOnly(read.issues).map((i) => i.cell)).toEqual(["学校基本情况!B4"]);
    expect(names(read)).toEqual(["城北小学", "马坊学校（小学部）", "王庄小学"]);
  });

  it("says a hidden closed row as such, not among the hidden school rows, read or not", async () => {
    for (const includeHidden of [false, true]) {
      const read = await readOf([OPEN_A, CLOSED, OPEN_B], { hiddenRows: [2] }, includeHidden);
      expect(nameOnly(read.issues).map((i) => i.cell)).toEqual(["学校基本情况!B3"]);
      expect(issuesWith(read.issues, "read_hidden_rows_skipped")).toEqual([]);
      expect(issuesWith(read.issues, "read_hidden_rows_included")).toEqual([]);
      expect(read.input.records).toHaveLength(2);
    }
  });

  it("says a closed row under the 合计 the same way, the total still checked against the two schools (968 + 312 = 1280)", async () => {
    const read = await readOf([OPEN_A, OPEN_B, [null, "合计", null, 1280, 78, 74], CLOSED]);
    expect(nameOnly(read.issues).map((i) => i.cell)).toEqual(["学校基本情况!B5"]);
    expect(read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch"))).toEqual([]);
    expect(read.input.records).toHaveLength(2);
  });
});

describe("nameOnlyCheck: every other row with a name and no data is a school missing data, as at 4ff0422 (R4)", () => {
  it("keeps a name-only row whose 备注 is blank, says something else, or plans or denies a closing", async () => {
    for (const remark of [null, "新建校，数据待补", "拟于2025年撤并", "尚未撤并"]) {
      const read = await readOf([OPEN_A, [3, "石岭小学", "小学", null, null, null, remark], OPEN_B]);
      expect([remark, nameOnly(read.issues)]).toEqual([remark, []]);
      expect(names(read)).toEqual(["城北小学", "石岭小学", "王庄小学"]);
      expect(rowsNotRead(read.issues)).toEqual([]);
    }
  });

  it("R4 F1: keeps a county not yet filled in (乙县's rows, names only) as schools of 乙县 missing data", async () => {
    const head = ["县区", "学校名称", "学段", "在校生数", "专任教师数"];
    const read = await readGridsOk([gridOf([head, ["甲县", "一小", "小学", 500, 30], ["甲县", "二小", "小学", 400, 25], ["乙县", "乙县一小", "小学"], ["乙县", "乙县一中", "初中"]])]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(read.input.records.map((r) => [r.county, r.name])).toEqual([
      ["甲县", "一小"],
      ["甲县", "二小"],
      ["乙县", "乙县一小"],
      ["乙县", "乙县一中"],
    ]);
  });

  it("R4 F2: keeps a name row whose data sit on the unnamed row under it, even with 备注 已撤并 (the row under is said as before)", async () => {
    const read = await readOf([OPEN_A, [3, "石岭小学", "小学", null, null, null, "已撤并"], [null, null, "小学", 120, 9, 8], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toEqual(["城北小学", "石岭小学", "王庄小学"]);
    expect(issuesWith(read.issues, "read_row_no_name").map((i) => i.cell)).toEqual(["学校基本情况!B4"]);
  });

  it("R4 F5: keeps a half-filled form (2 schools filled, 3 named only) as 5 schools, 3 missing data", async () => {
    const empty = [1, 2, 3].map((n) => [n + 2, `第${n}村小学`, "小学"]);
    const read = await readOf([OPEN_A, OPEN_B, ...empty]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toEqual(["城北小学", "王庄小学", "第1村小学", "第2村小学", "第3村小学"]);
  });

  it("R4 F7: keeps a row of formulas without stored results (even with 备注 已撤并) and says each formula cell", async () => {
    const f = { error: NO_CACHED_RESULT };
    const read = await readOf([OPEN_A, [3, "五小", "小学", f, f, f, "已撤并"], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toEqual(["城北小学", "五小", "王庄小学"]);
    expect(issuesWith(read.issues, "read_formula_no_result").map((i) => i.cell)).toEqual(["学校基本情况!D3", "学校基本情况!E3", "学校基本情况!F3"]);
  });

  it("R4 F8: keeps a blank 城关四小 above 城关四小（东校区） with data", async () => {
    const read = await readOf([OPEN_A, [3, "城关四小", "小学"], [4, "城关四小（东校区）", "小学", 700, 41, 40]]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toEqual(["城北小学", "城关四小", "城关四小（东校区）"]);
  });

  it("reads a closed school's row with data in it as a school (备注 已撤并, numbers filled), and warns at its name that the remark says closed (Q2 of s48: nothing was said)", async () => {
    const read = await readOf([OPEN_A, [3, "石岭小学", "小学", 60, 5, 5, "2024年8月已撤并"], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toEqual(["城北小学", "石岭小学", "王庄小学"]);
    expect(issuesWith(read.issues, "read_row_closed_remark_with_data")).toEqual([
      { code: "read_row_closed_remark_with_data", severity: "warning", cell: "学校基本情况!B3", params: { row: 3, name: "石岭小学", header: "备注", remark: "2024年8月已撤并" } },
    ]);
  });

  it("keeps a closed row with a 0 students, or a dash in each field: a value to say, not nothing", async () => {
    for (const values of [[0, null, null], ["—", "—", "—"], [300, null, null]]) {
      const read = await readOf([OPEN_A, [3, "石岭小学", "小学", ...values, "已撤并"], OPEN_B]);
      expect(nameOnly(read.issues)).toEqual([]);
      expect(read.input.records).toHaveLength(3);
    }
  });

  it("keeps a closed row whose values are merged over it and the row above (a shared value)", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校", "小学", 412, 30, 29], [3, "马坊分校", "小学", null, null, null, "已撤并"], OPEN_B], { merges: ["D3:D4", "E3:E4", "F3:F4"] });
    expect(nameOnly(read.issues)).toEqual([]);
  });

  it("keeps a school row whose stage lines under it give its numbers, whatever its 备注", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校", "九年一贯制学校", null, null, null, "原马坊中学并入"], [null, "小学", null, 412, 30, 29], [null, "初中", null, 300, 25, 24], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toContain("马坊学校");
  });

  it("keeps a section row without data and without a closing, beside its school's section with data (a section missing data)", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校（小学部）", "小学", 412, 30, 29], [3, "马坊学校（初中部）", "初中"], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(names(read)).toContain("马坊学校（初中部）");
  });
});

describe("closedWithDataCheck: a row read with data whose remark says the school is closed is evaluated and warned (Q2 of s48)", () => {
  const WITH_DATA = "read_row_closed_remark_with_data";
  const warned = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.code.startsWith(WITH_DATA));

  it("tells the statistician in zh and en that the row was evaluated although its remark says closed, and what to do either way", async () => {
    const [issue] = warned((await readOf([OPEN_A, [3, "王庄小学", "小学", 143, 9, 9, "本校已撤并"]])).issues);
    if (issue === undefined) throw new Error("no issue");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 3 行“王庄小学”的备注写明“本校已撤并”，但该行填有数据，已按仍在办学的学校读取并参评；如该校已撤并或停办，请删除该行或清空其数据后重新评估（只有名称、没有数据的已撤并学校不计入评估）；如仍在办学，请改正备注",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "Row 3 (“王庄小学”): its 备注 says “本校已撤并”, but the row holds data, so it was read and evaluated as a school still running. If the school is closed or merged away, delete the row or clear its data and evaluate again (a closed school's row with a name and no data is left out); if it still runs, correct its 备注",
    );
  });

  it("evaluates the row as any school: 3 sections, 石岭小学's L1 = 5 ÷ 60 × 100 by hand", async () => {
    const read = await readOf([OPEN_A, [3, "石岭小学", "小学", 60, 5, 5, "2024年7月停办"], OPEN_B]);
    const sections = evaluate(read.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    expect(sections.map((s) => s.name)).toEqual(["城北小学", "石岭小学", "王庄小学"]);
    expect(sections[1]?.indicators.L1?.value).toBeCloseTo(8.333333333333, 10);
    expect(warned(read.issues).map((i) => i.params["remark"])).toEqual(["2024年7月停办"]);
  });

  it("names a remark in a column without a header by its letter", async () => {
    const read = await readGridsOk([gridOf([["学校名称", "在校生数", "专任教师数"], ["城北小学", 968, 58], ["石岭小学", 60, 5, "停办"]])]);
    expect(warned(read.issues).map((i) => [i.code, i.params])).toEqual([["read_row_closed_remark_with_data_column", { row: 3, name: "石岭小学", column: "D", remark: "停办" }]]);
    const [said] = warned(read.issues);
    expect(said === undefined ? "" : message(said.code, said.params, "zh")).toContain("“石岭小学”的 D 列写明“停办”");
    expect(said === undefined ? "" : message(said.code, said.params, "en")).toContain("column D says “停办”");
  });

  it("warns a closed school whose numbers stand on its stage lines", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校", "九年一贯制学校", null, null, null, "已撤并"], [null, "小学", null, 412, 30, 29], [null, "初中", null, 300, 25, 24], OPEN_B]);
    expect(warned(read.issues).map((i) => i.cell)).toEqual(["学校基本情况!B3"]);
  });

  it("says nothing of a school that took another in, plans a closing or has no closing in its remark", async () => {
    for (const remark of ["2024年石岭小学并入本校", "原马坊中学并入", "拟于2025年撤并", "一年级停招", "新建校", null]) {
      const read = await readOf([OPEN_A, [3, "城关二小", "小学", 1487, 90, 88, remark]]);
      expect([remark, warned(read.issues)]).toEqual([remark, []]);
    }
  });

  it("says nothing of a closed row with no data: it is left out, said by read_row_name_only_remark alone", async () => {
    const read = await readOf([OPEN_A, CLOSED, OPEN_B]);
    expect(warned(read.issues)).toEqual([]);
    expect(nameOnly(read.issues)).toHaveLength(1);
  });

  it("keeps, unwarned, a school whose remark says it took a closed one in or was formed from closed ones (reviewer R2 of s48)", async () => {
    // No data: kept as a school missing data (was left out of the evaluation).
    const empty = await readOf([OPEN_A, [2, "城关二小", "小学", null, null, null, "本校接收已撤并的石岭小学学生"]]);
    expect([names(empty), nameOnly(empty.issues)]).toEqual([["城北小学", "城关二小"], []]);
    // With data: no warning to delete the row (was read_row_closed_remark_with_data).
    for (const remark of ["本校于2024年撤并石岭小学", "本校（原石岭小学撤并组建）", "原石岭小学撤并，本校设于原址", "撤并后新建"]) {
      const read = await readOf([OPEN_A, [3, "城关二小", "小学", 1487, 90, 88, remark]]);
      expect([remark, warned(read.issues)]).toEqual([remark, []]);
    }
    const history = await readGridsOk([gridOf([["学校名称", "学段", "在校生数", "专任教师数", "学校沿革", "备注"], ["城北小学", "小学", 968, 58], ["城关二小", "小学", 1487, 90, "1998年由石岭小学、南湾小学撤并组建", "正常办学"]])]);
    expect(warned(history.issues)).toEqual([]);
  });

  it("leaves out a name-only row whose remark says 本校已撤并 (before: a school missing data, 8 errors)", async () => {
    const read = await readOf([OPEN_A, [3, "西岭小学", "小学", null, null, null, "本校已于2024年8月撤并至城北小学"], OPEN_B]);
    expect(nameOnly(read.issues).map((i) => i.params)).toEqual([{ row: 3, name: "西岭小学", header: "备注", remark: "本校已于2024年8月撤并至城北小学" }]);
    expect(names(read)).toEqual(["城北小学", "王庄小学"]);
  });
});
