import type { MappingRow, MappingView } from "../addin/mappingView";
import type { ColumnKey } from "../workbook/read/keys";
import { missingRequired, unrecognisedColumns } from "./unrecognisedColumns";

const row = (column: number, header: string, key: ColumnKey | null): MappingRow => ({ column, address: "", header, role: key === null ? null : { key, stage: null, part: null }, unitFactor: 1, unit: null });
const view = (missing: string[]): MappingView => ({ rows: [row(0, "序号", null), row(1, "学校名称", "name"), row(4, "在册人数", null), row(5, "备注", null)], missing, extent: null, headerRows: null });

describe("missingRequired and unrecognisedColumns", () => {
  it("gives the required fields missing (students, the name), and every column not recognised", () => {
    expect(missingRequired(view(["students"]))).toEqual(["students"]);
    expect(missingRequired(view(["teachingArea", "name"]))).toEqual(["name"]);
    expect(unrecognisedColumns(view(["students"]))).toEqual([0, 4, 5]);
  });

  it("gives no required field when only optional ones are missing or none are, and no column when every one was recognised", () => {
    expect(missingRequired(view(["teachingArea"]))).toEqual([]);
    expect(missingRequired(view([]))).toEqual([]);
    expect(unrecognisedColumns({ rows: [row(1, "学校名称", "name")], missing: ["students"], extent: null, headerRows: null })).toEqual([]);
  });
});
