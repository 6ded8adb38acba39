import { mappingLines } from "./mappingLines";
import { message } from "../messages/catalogue";

describe("mappingLines", () => {
  const mapping = {
    sheet: "学校基本情况",
    headerRows: { top: 2, bottom: 3 },
    dataRows: { top: 4, bottom: 20 },
    columns: [
      { column: 3, address: "D", header: "在校生数（人）", field: "students", stage: null, unitFactor: 1, part: null },
      { column: 9, address: "J", header: "骨干教师(小学)", field: "backboneTeachers", stage: "primary", unitFactor: 1, part: null },
    ],
    unmatched: [],
    missing: [],
  };

  it("names each mapped field, its header and the header cell on the first header row", () => {
    const lines = mappingLines(mapping, "zh");
    expect(lines[0]).toEqual({ field: message("field_students", {}, "zh"), header: "在校生数（人）", cell: "学校基本情况!D3" });
    expect(lines[1]?.field.endsWith("（小学）")).toBe(true);
    expect(lines[1]?.cell).toBe("学校基本情况!J3");
  });

  it("takes the column's own header cell when the reader gives it (a group cell merged over several columns is not it)", () => {
    const own = { ...mapping, columns: [{ ...mapping.columns[1], headerCell: "学校基本情况!J4" }] };
    expect(mappingLines(own, "zh")[0]?.cell).toBe("学校基本情况!J4");
  });

  it("gives nothing for anything that is not a mapping", () => {
    expect(mappingLines(null, "zh")).toEqual([]);
    expect(mappingLines([{ field: "x" }], "zh")).toEqual([]);
    expect(mappingLines({ sheet: "S", columns: [{ header: "h" }] }, "en")).toEqual([]);
  });
});
