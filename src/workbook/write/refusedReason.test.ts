import type { Issue } from "../../engine/types";
import { refusedColumns } from "./refusedColumns";
import { reasonText, refusedCells } from "./refusedReason";

const section = { school: "河湾中学", stage: "junior", section: "学校基本情况!23#junior", row: "学校基本情况!23" };
const missingL1: Issue = { code: "missing_numerator", severity: "error", cell: "学校基本情况!I23", params: { ...section, indicator: "L1", field: "qualifiedTeachers" } };
const exceeds: Issue = { code: "read_exceeds_teachers", severity: "error", cell: "学校基本情况!I23", params: { value: 999, teachers: 50 } };

describe("refusedCells", () => {
  it("takes the cells whose value the reader refused: its errors and a unit that does not fit", () => {
    const mismatch: Issue = { code: "read_unit_mismatch", severity: "warning", cell: "学校基本情况!K8", params: {} };
    expect([...refusedCells([exceeds, mismatch])]).toEqual(["学校基本情况!I23", "学校基本情况!K8"]);
  });

  it("leaves out a cell that only holds no data (a dash the sheet calls missing), notes, and the engine's own missing_ issues", () => {
    const dash: Issue = { code: "read_dash_as_missing", severity: "warning", cell: "学校基本情况!R17", params: {} };
    const note: Issue = { code: "read_indoor_blank", severity: "info", cell: "学校基本情况!O9", params: {} };
    const shared: Issue = { code: "read_shared_value_one_section", severity: "warning", cell: "学校基本情况!O10", params: {} };
    expect([...refusedCells([dash, note, shared, missingL1])]).toEqual([]);
  });
});

describe("reasonText", () => {
  it("says a refused value was not used, at its cell, and points to Data issues (zh and en)", () => {
    const refused = new Set(["学校基本情况!I23"]);
    expect(reasonText(missingL1, refused, "en")).toBe(
      "河湾中学 (junior secondary): the value at 学校基本情况!I23 for Teachers qualified above the required level was not used (see Data issues), so L1 cannot be computed (学校基本情况 row 23)",
    );
    expect(reasonText(missingL1, refused, "zh")).toBe("河湾中学（初中）学校基本情况!I23 的“高于规定学历专任教师数”数值未被采用（见“数据问题”表），指标 L1 无法计算（学校基本情况 第23行）");
  });

  it("says the same of a refused student count", () => {
    const students: Issue = { code: "missing_students", severity: "error", cell: "学校基本情况!E6", params: { ...section, field: "students" } };
    expect(reasonText(students, new Set(["学校基本情况!E6"]), "en")).toBe(
      "河湾中学 (junior secondary): the number of students at 学校基本情况!E6 was not used (see Data issues); the section cannot be evaluated (学校基本情况 row 23)",
    );
  });

  it("says a value of a column refused whole for its unit was not read for that, naming the header cell, not that it is missing (reviewer R1, finding 7)", () => {
    const columns = refusedColumns([{ code: "read_money_unit_unstated", severity: "error", cell: "学校基本情况!P3", params: {} }]);
    const l6: Issue = { code: "missing_numerator", severity: "error", cell: "学校基本情况!P7", params: { school: "石桥镇中心小学", stage: "primary", section: "学校基本情况!7#primary", row: "学校基本情况!7", indicator: "L6", field: "equipmentValue" } };
    expect(reasonText(l6, new Set(), "zh", columns)).toBe("石桥镇中心小学（小学）的“教学仪器设备值”一列单位存疑，未读取（见 学校基本情况!P3 及“数据问题”表），指标 L6 无法计算（学校基本情况 第7行）");
    expect(reasonText(l6, new Set(), "en", columns)).toBe(
      "石桥镇中心小学 (primary): the teaching equipment value column was not read, its unit being in doubt (see 学校基本情况!P3 and Data issues), so L6 cannot be computed (学校基本情况 row 7)",
    );
    // Another column of the same row stays “no value”.
    expect(reasonText({ ...l6, cell: "学校基本情况!Q7" }, new Set(), "en", columns)).toContain("no value for");
  });

  it("keeps “no value” for a cell that is blank, or an issue at no cell", () => {
    expect(reasonText(missingL1, new Set(), "en")).toBe("河湾中学 (junior secondary): no value for Teachers qualified above the required level, so L1 cannot be computed (学校基本情况 row 23)");
    expect(reasonText({ ...missingL1, cell: null }, new Set(["学校基本情况!I23"]), "en")).toContain("no value for");
  });

  it("says a number given for the whole school only without the advice 数据问题 gives, so that L1–L3 do not repeat it in one cell", () => {
    const whole: Issue = { code: "combined_whole_school_only", severity: "error", cell: "学校基本情况!H7", params: { school: "红旗学校", stage: "primary", row: "学校基本情况!7", indicator: "L1", field: "qualifiedTeachers", value: 63 } };
    expect(reasonText(whole, new Set(), "zh")).toBe("红旗学校（小学）：“高于规定学历专任教师数”只有全校数 63，没有分学段数，指标 L1 无法计算（学校基本情况 第7行；如何补充见“数据问题”表）");
    expect(reasonText(whole, new Set(), "en")).toBe("红旗学校 (primary): Teachers qualified above the required level is given only for the whole school (63), not per stage, so L1 cannot be computed (学校基本情况 row 7; see Data issues for what to add)");
  });
});
