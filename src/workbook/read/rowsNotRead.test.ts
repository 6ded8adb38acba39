import type { Issue } from "../../engine/types";
import { READER_MESSAGES } from "../../messages/readerMessages";
import { readWorkbook } from "./readWorkbook";
import { rowsNotRead } from "./rowsNotRead";
import { gridOf, sourceOf } from "./testing";

const issue = (code: string, params: Issue["params"] = {}): Issue => ({ code, severity: "warning", cell: null, params });

async function issuesOf(rows: Parameters<typeof gridOf>[0], hiddenRows: readonly number[] = []): Promise<Issue[]> {
  const result = await readWorkbook(sourceOf([gridOf(rows, { hiddenRows })]));
  if (!result.ok) throw new Error("not read", { cause: result.issues });
  return result.issues;
}

describe("rowsNotRead: the school rows the reader left out, by reason", () => {
  it("counts a duplicate, a row without a name and two hidden rows as the reader reports them", async () => {
    const issues = await issuesOf(
      [
        ["学校名称", "在校生数", "班级数"],
        ["一小", 600, 14],
        [null, 300, 7],
        ["一小", 600, 14],
        ["三小", 200, 6],
        ["四小", 100, 4],
      ],
      [4, 5],
    );
    const counts = new Map(rowsNotRead(issues));
    expect(counts).toEqual(new Map([["noName", 1], ["duplicate", 1], ["hidden", 2]]));
  });

  it("does not count rows that are no school (合计, 标准)", async () => {
    const issues = await issuesOf([
      ["学校名称", "在校生数", "班级数"],
      ["一小", 600, 14],
      ["二小", 300, 7],
      ["合计", 900, 21],
    ]);
    expect(issues.map((i) => i.code)).toContain("read_total_row");
    expect(rowsNotRead(issues)).toEqual([]);
    expect(rowsNotRead([issue("read_standard_row")])).toEqual([]);
  });

  it("counts a whole-school row after its school's 学部 rows as a duplicate, as a 学部 row after the whole row is", () => {
    // A whole-school row after its 学部 rows is left out as the 学部 row is in the other order: both count (c2.xlsx's 庚学校 row).
    expect(rowsNotRead([issue("read_duplicate_whole_school"), issue("read_duplicate_school_section"), issue("read_standard_row")])).toEqual([["duplicate", 2]]);
  });

  it("one issue is one row, except the hidden rows of a sheet, which one issue counts", () => {
    const issues = [issue("read_campus_rows_copied"), issue("read_campus_rows_copied_main"), issue("read_hidden_rows_skipped", { count: 3 }), issue("read_school_township_ambiguous"), issue("read_hidden_rows_skipped", { count: 1 })];
    expect(rowsNotRead(issues)).toEqual([["copiedCampus", 2], ["hidden", 4], ["township", 1]]);
    // A section row of a school whose whole row was read is a duplicate like a plain one.
    expect(rowsNotRead([issue("read_duplicate_school"), issue("read_duplicate_school_section"), issue("read_duplicate_school_section")])).toEqual([["duplicate", 3]]);
  });

  it("nothing left out, or no issues at all: an empty list", () => {
    expect(rowsNotRead([])).toEqual([]);
    expect(rowsNotRead([issue("read_number_as_text"), issue("read_hidden_rows_included", { count: 2 })])).toEqual([]);
  });

  it("counts every reader message that says its row was not read (but the whole-school row, whose sections were read)", () => {
    // Found by either language's wording, so that a message reworded in one is still found by the other.
    const saysRowNotRead = (zh: string, en: string) => /此行未读取|没有学校名称，未读取|学校行未读取/.test(zh) || /this row was not read|no school name; not read|rows? of “\{sheet\}” (were|was) not read/.test(en);
    const rowLeftOut = Object.entries(READER_MESSAGES)
      .filter(([code, m]) => saysRowNotRead(m.zh, m.en) && !code.endsWith("_one"))
      .map(([code]) => code);
    // Written out: a code added, or one whose wording no longer says so in either language, fails here and is looked at.
    expect(rowLeftOut.sort()).toEqual([
      "read_campus_rows_copied",
      "read_campus_rows_copied_main",
      "read_duplicate_school",
      "read_duplicate_school_section",
      "read_duplicate_whole_school",
      "read_hidden_rows_skipped",
      "read_name_formula_error",
      "read_row_no_name",
      "read_school_township_ambiguous",
    ]);
    // An issue is raised under its plain code; `_one` is only the singular wording of one (message()).
    for (const code of rowLeftOut) expect([code, rowsNotRead([issue(code, { count: 1 })]).length]).toEqual([code, 1]);
  });
});
