import type { Issue } from "../../engine/types";
import { refusedColumns, refusingHeader } from "./refusedColumns";

const issue = (code: string, cell: string | null): Issue => ({ code, severity: "error", cell, params: {} });

describe("refusedColumns and refusingHeader", () => {
  const columns = refusedColumns([issue("read_money_unit_unstated", "学校基本情况!P3"), issue("read_money_unit_already_yuan", "'初中 表'!M2")]);

  it("names the header cell of a refused column for each school's cell below it, on its own sheet (a quoted name too)", () => {
    expect(refusingHeader("学校基本情况!P4", columns)).toBe("学校基本情况!P3");
    expect(refusingHeader("学校基本情况!P12", columns)).toBe("学校基本情况!P3");
    expect(refusingHeader("'初中 表'!M9", columns)).toBe("'初中 表'!M2");
  });

  it("names nothing for another column, another sheet, the header itself, a cell above it, or no cell", () => {
    expect(refusingHeader("学校基本情况!Q4", columns)).toBeNull();
    expect(refusingHeader("初中!P4", columns)).toBeNull();
    expect(refusingHeader("学校基本情况!P3", columns)).toBeNull();
    expect(refusingHeader("学校基本情况!P2", columns)).toBeNull();
    expect(refusingHeader(null, columns)).toBeNull();
  });

  it("takes only the errors that refuse a whole column: not a single cell's slip, not an area warning, not one without a cell", () => {
    const none = refusedColumns([issue("read_value_outlier_yuan_in_wan", "S!P10"), issue("read_area_unit_suspect", "S!N3"), issue("read_money_unit_suspect", null)]);
    expect(none.size).toBe(0);
    expect(refusingHeader("S!P11", none)).toBeNull();
    expect(refusingHeader("S!N5", none)).toBeNull();
  });
});
