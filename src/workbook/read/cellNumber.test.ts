import { MU_IN_M2 } from "./units";
import { cellNumber, columnNumberAt, numberInColumnUnit, numberKindOf, positiveAt } from "./cellNumber";
import type { CellValue } from "../types";
import { gridOf } from "./testing";
import type { ColumnRole } from "./keys";

const STUDENTS = { key: "students", unitFactor: 1 } as const;
/** 教学仪器设备值（万元）: the header's unit is 万元, 10000 yuan. */
const EQUIPMENT_WAN = { key: "equipmentValue", unitFactor: 10000 } as const;
/** 运动场地面积（亩）: 1 亩 = 10000 / 15 m². */
const GROUND_MU = { key: "sportsGroundArea", unitFactor: MU_IN_M2 } as const;

describe("cellNumber: a school sheet's number cell as the reader reads it", () => {
  it("reads a bare or text number in the header's unit: 330.25 万元 is 3,302,500 yuan, text 1,652 is 1652", () => {
    expect(cellNumber(330.25, EQUIPMENT_WAN)).toEqual({ status: "number", typed: 330.25, base: 3302500, unit: null });
    expect(cellNumber("1,652", STUDENTS)).toEqual({ status: "number", typed: 1652, base: 1652, unit: null });
  });

  it("reads a number typed with its unit in that unit, which wins over the header's: 269.76万元 is 2,697,600 yuan, 1,300,000元 is 1,300,000", () => {
    expect(cellNumber("269.76万元", EQUIPMENT_WAN)).toEqual({ status: "number", typed: 269.76, base: 2697600, unit: "万元" });
    expect(cellNumber("1,300,000元", EQUIPMENT_WAN)).toEqual({ status: "number", typed: 1300000, base: 1300000, unit: "元" });
    expect(cellNumber("713 人", STUDENTS)).toEqual({ status: "number", typed: 713, base: 713, unit: "人" });
  });

  it("leaves blank, nothing marks and what is no number as parseCellNumber says, a unit of another kind among them", () => {
    expect(cellNumber(null, STUDENTS)).toEqual({ status: "blank" });
    expect(cellNumber("—", STUDENTS)).toEqual({ status: "none", mark: "dash" });
    expect(cellNumber("约200", STUDENTS)).toEqual({ status: "invalid", reason: "not_a_number", text: "约200" });
    expect(cellNumber("20间", STUDENTS)).toEqual({ status: "invalid", reason: "not_a_number", text: "20间" });
    expect(cellNumber("-5人", STUDENTS)).toMatchObject({ status: "invalid", reason: "not_a_number" });
  });

  it("reads areas and money as measures, the rest as counts", () => {
    expect([numberKindOf("teachingArea"), numberKindOf("publicFunding"), numberKindOf("students"), numberKindOf("multimediaRooms")]).toEqual(["measure", "measure", "count", "count"]);
  });
});

describe("numberInColumnUnit: a cell in the unit its column's 合计 is written in", () => {
  it("keeps a bare number as typed (330.25 in a 万元 column) and a text one as read", () => {
    expect(numberInColumnUnit(330.25, EQUIPMENT_WAN)).toBe(330.25);
    expect(numberInColumnUnit(" 1786 ", STUDENTS)).toBe(1786);
  });

  it("converts a cell's own unit to the column's: 269.76万元 → 269.76, 1,300,000元 → 130 (万元), 5000㎡ → 7.5 亩, 1263人 → 1263", () => {
    expect(numberInColumnUnit("269.76万元", EQUIPMENT_WAN)).toBeCloseTo(269.76, 10);
    expect(numberInColumnUnit("1,300,000元", EQUIPMENT_WAN)).toBeCloseTo(130, 10);
    // 5000 m² ÷ (10000 / 15) m² per 亩 = 5000 × 15 / 10000 = 7.5 亩
    expect(numberInColumnUnit("5000㎡", GROUND_MU)).toBeCloseTo(7.5, 10);
    expect(numberInColumnUnit("1263人", STUDENTS)).toBe(1263);
  });

  it("is null for a blank, a dash, 约200 and 20间 of students: nothing the reader takes as a number", () => {
    expect([null, "—", "约200", "20间"].map((v) => numberInColumnUnit(v, STUDENTS))).toEqual([null, null, null, null]);
  });
});

describe("columnNumberAt: a row's cell of a column, as its column adds up", () => {
  it("reads the cell of the role's column in the row (0-based): E2 \"1263人\" as 1263, E3 blank as none", () => {
    const grid = gridOf([["学校名称", null, null, null, "在校生数"], ["一小", null, null, null, "1263人"], ["二小"]]);
    const role = { ...STUDENTS, column: 4 } as ColumnRole;
    expect([columnNumberAt(grid, 1, role), columnNumberAt(grid, 2, role)]).toEqual([1263, null]);
  });
});

describe("positiveAt: a cell holding a number above 0, as the reader reads it", () => {
  const values: CellValue[] = [50, "50人", "1,652", 0.5, 0, "0", "—", "无", "约50", "#N/A", -3, null];
  const grid = gridOf([["在校生数"], ...values.map((v) => [v])]);
  const role = { ...STUDENTS, column: 0 } as ColumnRole;
  it.each(values.map((value, i) => [value, i + 1, i < 4] as const))("%p (row %i) → %p", (_, row, positive) => {
    expect(positiveAt(grid, row, role)).toBe(positive);
  });
});
