import { mappingLines } from "./mappingLines";
import type { ColumnMapping } from "../read/readWorkbook";
import { mappingOf } from "../read/testing";

describe("mappingLines", () => {
  // As the reader gives it: 骨干教师 under a group header merged over row 3, its own cell on row 4.
  const mapping: ColumnMapping = mappingOf(
    "学校基本情况",
    { top: 2, bottom: 3 },
    [
      { column: 3, header: "在校生数（人）", field: "students", headerRow: 2 },
      { column: 9, header: "骨干教师(小学)", field: "backboneTeachers", stage: "primary" },
      { column: 10, header: "备用", field: "oddKey", headerRow: 2 },
    ],
    { dataRows: { top: 4, bottom: 20 } },
  );

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
    const parts: ColumnMapping = mappingOf("学校基本情况", { top: 2, bottom: 3 }, [{ column: 4, header: "本科", field: "qualifiedTeachers", stage: "junior", part: "bachelor" }]);
    expect(mappingLines(parts, "zh")[0]?.field).toBe("高于规定学历专任教师数：本科（初中）");
    expect(mappingLines(parts, "en")[0]?.field).toMatch(/: bachelor's degree \(Junior secondary\)$/);
  });

  it("lists the other sheets read with columns of their own after the first sheet's, each at its own cell (before: the first sheet's only)", () => {
    const primary = mappingOf("小学", { top: 0, bottom: 0 }, [{ column: 4, header: "在校生数", field: "students" }]);
    const junior = mappingOf("初中", { top: 0, bottom: 0 }, [{ column: 5, header: "在校生数", field: "students" }]);
    expect(mappingLines({ ...primary, otherSheets: [junior] }, "zh")).toEqual([
      { field: "在校生数", header: "在校生数", cell: "小学!E1" },
      { field: "在校生数", header: "在校生数", cell: "初中!F1" },
    ]);
  });

  it("marks a column the user mapped (--map, the pane), in either language (before: it read as one the reader recognised)", () => {
    const base = mappingOf("学校基本情况", 2, [{ column: 13, header: "教学及辅助用方面积（㎡）", field: "teachingArea" }]);
    const column = base.columns[0];
    if (column === undefined) throw new Error("no column");
    const byHand: ColumnMapping = { ...base, columns: [{ ...column, byHand: true }] };
    expect(mappingLines(byHand, "zh")).toEqual([{ field: "教学及辅助用房面积（手动指定）", header: "教学及辅助用方面积（㎡）", cell: "学校基本情况!N3" }]);
    expect(mappingLines(byHand, "en")[0]?.field).toBe("Teaching and auxiliary floor area (set by hand)");
    expect(mappingLines(base, "zh")[0]?.field).toBe("教学及辅助用房面积");
  });

  it("gives nothing without a mapping", () => {
    expect(mappingLines(null, "zh")).toEqual([]);
  });
});
