import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { ReadOutcome } from "./EvaluateDeps";
import { ignoredRequired } from "./ignoredRequired";

const missingStudents: ReadOutcome = { ok: false, issues: [{ code: "read_missing_columns", severity: "error", cell: null, params: { sheet: "学校", fieldList: "students", found: "" } }] };
const column = (c: number, address: string, header: string, field: string) => ({ column: c, address, headerCell: `学校!${address}1`, header, field, stage: null, unitFactor: 1, unit: null, part: null });
/** The read without the ignores: B 学校名称, E 在校生数（人）, F 班级数. */
const mapping = { sheet: "学校", headerRows: { top: 0, bottom: 0 }, dataRows: { top: 1, bottom: 3 }, columns: [column(1, "B", "学校名称", "name"), column(4, "E", "在校生数（人）", "students"), column(5, "F", "班级数", "classes")], unmatched: [] } as unknown as ColumnMapping;
const readAgain = async (): Promise<ReadOutcome> => ({ ok: false, issues: [], mapping });

describe("ignoredRequired: a required column set aside by --ignore", () => {
  it("names the ignored column that holds the missing field (E, 在校生数（人）), read again without the ignores", async () => {
    const asked: unknown[] = [];
    const found = await ignoredRequired(missingStudents, { mapping: { roles: {}, ignore: [4, 5] } }, async (r) => (asked.push(r.mapping), readAgain()));
    expect(found).toEqual([{ column: "E", header: "在校生数（人）", field: "students" }]);
    expect(asked).toEqual([{ roles: {}, ignore: [] }]);
  });
  it("none when the ignored columns hold other fields, when nothing was ignored, or when the read did not fail for a missing column", async () => {
    expect(await ignoredRequired(missingStudents, { mapping: { ignore: [5] } }, readAgain)).toEqual([]);
    expect(await ignoredRequired(missingStudents, {}, readAgain)).toEqual([]);
    const otherFailure: ReadOutcome = { ok: false, issues: [{ code: "read_no_rows", severity: "error", cell: null, params: {} }] };
    expect(await ignoredRequired(otherFailure, { mapping: { ignore: [4] } }, readAgain)).toEqual([]);
  });
});
