import { mappingLines } from "./mappingLines";
import type { ColumnMapping } from "../workbook/read/readWorkbook";

describe("mappingLines", () => {
  // As the reader gives it: 骨干教师 under a group header merged over row 3, its own cell on row 4.
  const mapping: ColumnMapping = {
    sheet: "学校基本情况",
    headerRows: { top: 2, bottom: 3 },
    dataRows: { top: 4, bottom: 20 },
    columns: [
      { column: 3, address: "D", headerCell: "学校基本情况!D3", header: "在校生数（人）", field: "students", stage: null, unitFactor: 1, part: null },
      { column: 9, address: "J", headerCell: "学校基本情况!J4", header: "骨干教师(小学)", field: "backboneTeachers", stage: "primary", unitFactor: 1, part: null },
      { column: 10, address: "K", headerCell: "学校基本情况!K3", header: "备用", field: "oddKey", stage: null, unitFactor: 1, part: null },
    ],
    unmatched: [],
    missing: [],
  };

  it("names each mapped field with its stage, its header and the column's own header cell", () => {
    expect(mappingLines(mapping, "zh")).toEqual([
      { field: "在校生数", header: "在校生数（人）", cell: "学校基本情况!D3" },
      { field: "县级及以上骨干教师数（小学）", header: "骨干教师(小学)", cell: "学校基本情况!J4" },
      { field: "oddKey", header: "备用", cell: "学校基本情况!K3" }, // a field without a label stays as written
    ]);
  });

  it("names the fields in English for an English run", () => {
    expect(mappingLines(mapping, "en").map((l) => l.field)).toEqual(["Students", "Backbone teachers (county level or above) (Primary)", "oddKey"]);
  });

  it("names the part a column adds to its field, as the task pane does", () => {
    const parts: ColumnMapping = { ...mapping, columns: [{ column: 4, address: "E", headerCell: "学校基本情况!E4", header: "本科", field: "qualifiedTeachers", stage: "junior", unitFactor: 1, part: "bachelor" }] };
    expect(mappingLines(parts, "zh")[0]?.field).toBe("高于规定学历专任教师数：本科（初中）");
    expect(mappingLines(parts, "en")[0]?.field).toMatch(/: bachelor's degree \(Junior middle\)$/);
  });

  it("gives nothing without a mapping", () => {
    expect(mappingLines(null, "zh")).toEqual([]);
  });
});
