import type { ColumnMapping } from "./readWorkbook";
import { headerCell, headerExtent, mappingExtent } from "./mappingExtent";
import { mappingOf } from "./testing";

const MAPPING: ColumnMapping = mappingOf(
  "学校",
  { top: 1, bottom: 2 },
  [
    { column: 2, header: "小学在校生数", field: "students", stage: "primary" },
    { column: 5, header: "设备值（万元）", field: "equipmentValue", unitFactor: 10000, unit: "万元" },
  ],
  { dataRows: { top: 3, bottom: 14 }, unmatched: [{ column: 1, header: "序号" }], missing: [] },
);

describe("mappingExtent", () => {
  it("gives the header's first row to the last school row over the header's columns, recognised or not", () => {
    // header rows 1–2 (0-based) are sheet rows 2–3; the last school row 14 is sheet row 15; columns B (序号) to F
    expect(mappingExtent(MAPPING)).toBe("学校!B2:F15");
    expect(mappingExtent({ ...MAPPING, sheet: "学校 表" })).toBe("'学校 表'!B2:F15");
  });
});

describe("headerExtent", () => {
  it("gives the header's rows over its columns, whatever school rows follow (a failed read has none)", () => {
    // header rows 1–2 (0-based) are sheet rows 2–3; columns B (序号) to F
    expect(headerExtent(MAPPING)).toBe("学校!B2:F3");
    expect(headerExtent({ ...MAPPING, dataRows: { top: 3, bottom: 3 } })).toBe("学校!B2:F3");
  });

  it("gives none for a header without columns", () => {
    expect(headerExtent({ ...MAPPING, columns: [], unmatched: [] })).toBeNull();
  });
});

describe("headerCell", () => {
  it("gives the header's top row at its leftmost column, recognised or not (序号 in B), and none without columns", () => {
    // header row 1 (0-based) is sheet row 2; B is the 序号 column left of every recognised one
    expect(headerCell(MAPPING)).toBe("学校!B2");
    expect(headerCell({ ...MAPPING, columns: [], unmatched: [] })).toBeNull();
  });
});
