import type { ColumnRole } from "./keys";
import { boxBelow, schoolBelow } from "./schoolBelow";
import { gridOf } from "./testing";

const role = (column: number, key: ColumnRole["key"]): ColumnRole => ({ column, key, stage: null, part: null, unitFactor: 1, header: key });
const ROLES = [role(0, "name"), role(1, "students")];
/** Row 44 (0-based 43), as boxBelow reads it under A3:B43. */
const row44 = (values: (string | number | null)[]) => gridOf([values], { top: 43 });

describe("boxBelow", () => {
  it("is the row under a range, across its columns", () => {
    // B3:C43 → B44:C44.
    const grid = gridOf(Array.from({ length: 41 }, () => ["一小", 300]), { top: 2, left: 1 });
    expect(boxBelow(grid)).toEqual({ top: 43, left: 1, bottom: 43, right: 2 });
  });

  it("is null for an empty grid and under Excel's last row", () => {
    expect(boxBelow(gridOf([], { top: 2 }))).toBeNull();
    expect(boxBelow(gridOf([["一小", 300]], { top: 1048575 }))).toBeNull();
  });
});

describe("schoolBelow", () => {
  it("finds a school row: a name and a number of students, at its name cell", () => {
    expect(schoolBelow(row44(["新城小学", 420]), ROLES)).toEqual({ name: "新城小学", cell: "学校基本情况!A44" });
    // Numbers stored as text are numbers; senior students count as students.
    expect(schoolBelow(row44(["新城小学", "420"]), ROLES)).toEqual({ name: "新城小学", cell: "学校基本情况!A44" });
    expect(schoolBelow(row44(["新城中学", null, 800]), [...ROLES, role(2, "seniorStudents")])).toEqual({ name: "新城中学", cell: "学校基本情况!A44" });
  });

  it("finds a school whose students are typed with their unit, as the reader reads them (420人, 1,200人, ４２０人)", () => {
    for (const students of ["420人", "1,200人", "４２０人"]) expect(schoolBelow(row44(["新城小学", students]), ROLES)).toEqual({ name: "新城小学", cell: "学校基本情况!A44" });
    expect(schoolBelow(row44(["新城中学", null, "800人"]), [...ROLES, role(2, "seniorStudents")])).toEqual({ name: "新城中学", cell: "学校基本情况!A44" });
  });

  it("finds none when the students cell holds no number the reader reads (约420, 见附表), as before", () => {
    for (const students of ["约420", "见附表"]) expect(schoolBelow(row44(["新城小学", students]), ROLES)).toBeNull();
  });

  it("finds none in a total, blank, note or numbered row", () => {
    expect(schoolBelow(row44(["合计", 9000]), ROLES)).toBeNull();
    expect(schoolBelow(row44([null, null]), ROLES)).toBeNull();
    expect(schoolBelow(row44(["填表人：张三", null]), ROLES)).toBeNull();
    expect(schoolBelow(row44([41, 300]), ROLES)).toBeNull();
    expect(schoolBelow(row44(["新城小学", "—"]), ROLES)).toBeNull();
    expect(schoolBelow(row44(["新城小学", 420]), [role(1, "students")])).toBeNull();
  });

  // The reader skips each of these rows under a school table (a breakdown, a 城乡 subtotal, a stage
  // line), so a range ending above one leaves no school out.
  it.each(["其中：女", "城区", "农村学校", "初中", "小学部"])("finds none in a %p row with students, which the reader does not read as a school", (label) => {
    expect(schoolBelow(row44([label, 200]), ROLES)).toBeNull();
  });
});
