import { evaluate } from "../../engine/evaluate";
import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { rowsNotRead } from "./rowsNotRead";
import { gridOf, issuesWith, readGridsOk, type GridOptions } from "./testing";
import { rowsNotReadText } from "../write/rowsNotReadText";

// R2 finding 3 (wbB row 8): a closed school listed by its name, every data cell blank, 备注 2024年8月已撤并.
const HEAD = ["序号", "学校名称", "学段", "在校生数", "专任教师数", "高于规定学历教师数", "备注"];
const OPEN_A: readonly CellValue[] = [1, "城北小学", "小学", 968, 58, 55];
const OPEN_B: readonly CellValue[] = [2, "王庄小学", "小学", 312, 20, 19];
const CLOSED: readonly CellValue[] = [3, "石岭小学", "小学", null, null, null, "2024年8月已撤并"];

type Rows = readonly (readonly CellValue[])[];

async function readOf(rows: Rows, options: GridOptions = {}, includeHidden = false) {
  return readGridsOk([gridOf([HEAD, ...rows], options)], { includeHidden });
}

const NAME_ONLY = ["read_row_name_only", "read_row_name_only_remark"];
function nameOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => NAME_ONLY.includes(i.code));
}

describe("nameOnlyCheck: a school row with a name and no data is left out, said once at its name (R2 finding 3)", () => {
  it("says one warning at the name cell, quoting the 备注, and reads no record of the row (before: a record and 8 errors)", async () => {
    const read = await readOf([OPEN_A, CLOSED, OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([
      { code: "read_row_name_only_remark", severity: "warning", cell: "学校基本情况!B3", params: { row: 3, name: "石岭小学", header: "备注", remark: "2024年8月已撤并" } },
    ]);
    expect(read.input.records.map((r) => r.name)).toEqual(["城北小学", "王庄小学"]);
  });

  it("tells the statistician in zh and en that the row was left out of the evaluation and what to do", async () => {
    const [issue] = nameOnly((await readOf([OPEN_A, CLOSED, OPEN_B])).issues);
    if (issue === undefined) throw new Error("no issue");
    expect(message(issue.code, issue.params, "zh")).toBe(
      "第 3 行只有学校名称“石岭小学”，没有任何数据（备注：2024年8月已撤并），已不计入评估（不作为参评学校，也不计为缺数据的学校）；如该校已撤并或停办，请删除此行，否则请补填数据",
    );
    expect(message(issue.code, issue.params, "en")).toBe(
      "Row 3 has a school name, “石岭小学”, and no data at all (备注: 2024年8月已撤并); left out of the evaluation (not among the schools evaluated, nor among those missing data). If the school has closed or merged, delete the row; otherwise fill in its data",
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
    expect(rowsNotReadText(issues, "zh", false)).toBe("另有 1 个学校行未读取（只有学校名称、没有数据 1 行）");
    expect(rowsNotReadText(issues, "en", false)).toBe("1 school row was not read (a school name and no data: 1)");
  });

  it("says read_row_name_only without a remark when the row's 备注 is blank or the sheet has no 备注 column", async () => {
    const read = await readOf([OPEN_A, [3, "石岭小学", "小学"], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([{ code: "read_row_name_only", severity: "warning", cell: "学校基本情况!B3", params: { row: 3, name: "石岭小学" } }]);
    const issue = nameOnly(read.issues)[0];
    if (issue === undefined) throw new Error("no issue");
    expect(message(issue.code, issue.params, "zh")).toBe("第 3 行只有学校名称“石岭小学”，没有任何数据，已不计入评估（不作为参评学校，也不计为缺数据的学校）；如该校已撤并或停办，请删除此行，否则请补填数据");
    const bare = await readGridsOk([gridOf([["学校名称", "在校生数", "专任教师数"], ["城北小学", 968, 58], ["石岭小学"]])]);
    expect(nameOnly(bare.issues).map((i) => [i.code, i.cell])).toEqual([["read_row_name_only", "学校基本情况!A3"]]);
    expect(bare.input.records).toHaveLength(1);
  });

  it("keeps a row with a 0 students and the rest blank: a 0 is a number, the school is read missing its other values", async () => {
    const read = await readOf([OPEN_A, [3, "石岭小学", "小学", 0], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(read.input.records.map((r) => r.name)).toEqual(["城北小学", "石岭小学", "王庄小学"]);
  });

  it("keeps a row with some numbers and others blank, and a row of dashes, as schools missing data", async () => {
    const some = await readOf([OPEN_A, [3, "石岭小学", "小学", 300, null, null], OPEN_B]);
    expect(nameOnly(some.issues)).toEqual([]);
    expect(some.input.records).toHaveLength(3);
    const dashes = await readOf([OPEN_A, [3, "石岭小学", "小学", "—", "—", "—"], OPEN_B]);
    expect(nameOnly(dashes.issues)).toEqual([]);
    expect(dashes.input.records).toHaveLength(3);
  });

  it("keeps a combined school's section row without data when the school's other section has data (a section missing data)", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校（小学部）", "小学", 412, 30, 29], [3, "马坊学校（初中部）", "初中"], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(read.input.records.map((r) => r.name)).toContain("马坊学校（初中部）");
  });

  it("keeps a row whose values are merged over it and the row above (a shared value), whatever its name", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校", "小学", 412, 30, 29], [3, "马坊分校", "小学"], OPEN_B], { merges: ["D3:D4", "E3:E4", "F3:F4"] });
    expect(nameOnly(read.issues)).toEqual([]);
  });

  it("keeps a school row whose stage lines under it give its numbers", async () => {
    const read = await readOf([OPEN_A, [2, "马坊学校", "九年一贯制学校"], [null, "小学", null, 412, 30, 29], [null, "初中", null, 300, 25, 24], OPEN_B]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(read.input.records.map((r) => r.name)).toContain("马坊学校");
  });

  it("keeps every row of a list of names only (a form not filled in): each school is read missing its data, as before", async () => {
    const read = await readOf([[1, "城北小学", "小学"], [2, "石岭小学", "小学"]]);
    expect(nameOnly(read.issues)).toEqual([]);
    expect(read.input.records).toHaveLength(2);
  });

  it("says a hidden name-only row as name-only, not among the hidden school rows, read or not", async () => {
    for (const includeHidden of [false, true]) {
      const read = await readOf([OPEN_A, CLOSED, OPEN_B], { hiddenRows: [2] }, includeHidden);
      expect(nameOnly(read.issues).map((i) => i.cell)).toEqual(["学校基本情况!B3"]);
      expect(issuesWith(read.issues, "read_hidden_rows_skipped")).toEqual([]);
      expect(issuesWith(read.issues, "read_hidden_rows_included")).toEqual([]);
      expect(read.input.records).toHaveLength(2);
    }
  });

  it("says a name-only row under the 合计 the same way, the total still checked against the two schools (968 + 312 = 1280)", async () => {
    const read = await readOf([OPEN_A, OPEN_B, [null, "合计", null, 1280, 78, 74], CLOSED]);
    expect(nameOnly(read.issues).map((i) => i.cell)).toEqual(["学校基本情况!B5"]);
    expect(read.issues.filter((i) => i.code.startsWith("read_total_row_mismatch"))).toEqual([]);
    expect(read.input.records).toHaveLength(2);
  });
});
