import type { MappingRow, MappingView } from "../addin/mappingView";
import type { ColumnKey } from "../workbook/read/keys";
import { unrecognisedColumns } from "./unrecognisedColumns";

const row = (column: number, header: string, key: ColumnKey | null): MappingRow => ({ column, address: "", header, role: key === null ? null : { key, stage: null, part: null }, unitFactor: 1, unit: null });
const view = (missing: string[]): MappingView => ({ rows: [row(0, "序号", null), row(1, "学校名称", "name"), row(4, "在册人数", null), row(5, "备注", null)], missing, extent: null, headerRows: null });

describe("unrecognisedColumns", () => {
  it("gives every column not recognised when a required field is missing (students or the name)", () => {
    expect(unrecognisedColumns(view(["students"]))).toEqual([0, 4, 5]);
    expect(unrecognisedColumns(view(["teachingArea", "name"]))).toEqual([0, 4, 5]);
  });

  it("gives none when only optional fields are missing, none are, or the header has no column left unrecognised", () => {
    expect(unrecognisedColumns(view(["teachingArea"]))).toEqual([]);
    expect(unrecognisedColumns(view([]))).toEqual([]);
    expect(unrecognisedColumns({ rows: [row(1, "学校名称", "name")], missing: ["students"], extent: null, headerRows: null })).toEqual([]);
  });
});
