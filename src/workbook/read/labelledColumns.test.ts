import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { labelledColumns } from "./labelledColumns";

const role = (column: number, key: ColumnRole["key"]): ColumnRole => ({ column, key, stage: null, part: null, unitFactor: 1, header: key });
const bandOf = (paths: (readonly string[] | null)[]): HeaderBand => ({
  sheet: "学校基本情况",
  top: 0,
  bottom: 0,
  columns: paths.flatMap((path, column) => (path === null ? [] : [{ column, path, headerRow: 0 }])),
  codeRows: [],
  standardRows: [],
  dataTop: 1,
  unitLine: null,
});

describe("labelledColumns", () => {
  it("takes 片区 and 备注 left of the name, not 序号 / 编号 / No., a column read for something (县区) or one without a header", () => {
    const band = bandOf([["片区"], ["序号"], ["县区"], null, ["编号"], [" No. "], ["备注"], ["学校名称"], ["在校生数"]]);
    expect(labelledColumns(band, [role(2, "county"), role(7, "name"), role(8, "students")], 7)).toEqual([0, 6]);
  });

  it("reads a two-row header by its lower label: 基本信息 over 序号 is a serial column, 基本信息 over 片区 is not", () => {
    const band = bandOf([["基本信息", "序号"], ["基本信息", "片区"], ["学校名称"]]);
    expect(labelledColumns(band, [role(2, "name")], 2)).toEqual([1]);
  });

  it("takes nothing right of the name (学段 there is no label of a row without a name)", () => {
    expect(labelledColumns(bandOf([["学校名称"], ["片区"]]), [role(0, "name")], 0)).toEqual([]);
  });
});
