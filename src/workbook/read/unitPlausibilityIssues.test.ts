import type { Fields, SchoolRecord } from "../../engine/types";
import type { HeaderBand } from "./findHeader";
import type { ColumnKey, ColumnRole } from "./keys";
import { baseUnitOf, cellOutlierIssues, LOOKS_LIKE_WAN_BELOW_YUAN, outlierCode, unitPlausibilityIssues, unreadMoneyCells, unreadMoneyColumns } from "./unitPlausibilityIssues";
import { MU_IN_M2 } from "./units";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import { message } from "../../messages/catalogue";

const BAND: HeaderBand = {
  sheet: "学校",
  top: 0,
  bottom: 0,
  columns: [
    { column: 0, path: ["学校名称"], headerRow: 0 },
    { column: 1, path: ["在校生数"], headerRow: 0 },
    { column: 2, path: ["教学仪器设备值"], headerRow: 0 },
    { column: 3, path: ["体育运动场馆面积（亩）"], headerRow: 0 },
    { column: 4, path: ["教学仪器设备值（元）"], headerRow: 0 },
  ],
  codeRows: [],
  standardRows: [],
  dataTop: 1,
  unitLine: null,
};

function role(column: number, key: ColumnKey, unitFactor: number): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor, header: BAND.columns[column]?.path.join("/") ?? "" };
}

/** A school whose fields stand in `column` (the column of the roles the test reads them with: each column is judged on its own cells). */
function school(row: number, fields: Record<string, number>, extra: Partial<SchoolRecord> = {}, column = "C"): SchoolRecord {
  const sourced: Fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: v, cell: `学校!${column}${row}` }]));
  return { id: `学校!${row}`, name: `校${row}`, county: null, type: "primary", stage: "primary", fields: sourced, flags: {}, source: { sheet: "学校", row }, ...extra };
}

const EQUIPMENT_IN_YUAN = [role(0, "name", 1), role(1, "students", 1), role(2, "equipmentValue", 1)];
/** The same money read as 元 because its header says so (E: 教学仪器设备值（元）). */
const EQUIPMENT_STATED_YUAN = [role(0, "name", 1), role(1, "students", 1), role(4, "equipmentValue", 1)];

describe("cell outliers: one school typed in another unit", () => {
  it("says a cell 10⁴ times the median (元 typed into a 万元 column), at that cell; real spread says nothing", () => {
    const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
    const rows = [wan(2, 1000, 260), wan(3, 900, 300), wan(4, 1100, 280), wan(5, 1000, 2_600_000)];
    expect(cellOutlierIssues(rows).map((i) => [i.cell, i.params.field])).toEqual([["学校!C5", "equipmentValue"]]);
    // Five times the median (a well-equipped school) is real, and under three schools there is no median to go by.
    expect(cellOutlierIssues([wan(2, 1000, 260), wan(3, 900, 300), wan(4, 1000, 1300)])).toEqual([]);
    expect(cellOutlierIssues([wan(2, 1000, 260), wan(5, 1000, 2_600_000)])).toEqual([]);
  });

  it("blames no resource cell of a row whose students its classes cannot hold (1e15 students): its students' cell is said instead (checkFields)", () => {
    const rows = [2, 3, 4, 5].map((r) => school(r, { students: 1000, classes: 25, largestClass: 45, equipmentValue: 2_600_000 }));
    // 2 600 000 yuan over 1e15 students is 2.6e-9 yuan each against a median of 2600: an outlier only because the students are wrong.
    const typo = school(6, { students: 1e15, classes: 25, largestClass: 45, equipmentValue: 2_600_000 });
    expect(cellOutlierIssues([...rows, typo])).toEqual([]);
    // Without a largest class nothing says the students are in doubt: the resource cell is the one said, as before.
    const { largestClass: _, ...unbounded } = typo.fields;
    expect(cellOutlierIssues([...rows, { ...typo, fields: unbounded }]).map((i) => [i.cell, i.code])).toEqual([["学校!C6", "read_value_outlier_small"]]);
  });

  it("names the direction the numbers show: 元 typed into a 万元 column, 万元 typed into a 元 column", () => {
    // 万元 column (C ×10000): 2 600 000 万元 for 1000 students = 26 000 000 000 / 1000 = 26 000 000 yuan each, far above
    // the median of 2600, 3333.3, 2545.5 and 26 000 000 yuan each: (2600 + 3333.3) / 2 = 2966.7 → 2970.
    const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
    const rows = [wan(2, 1000, 260), wan(3, 900, 300), wan(4, 1100, 280), wan(5, 1000, 2_600_000)];
    const inWan = [{ ...role(2, "equipmentValue", 10000), unit: "万元" }];
    expect(cellOutlierIssues(rows, inWan)).toEqual([
      { code: "read_value_outlier_yuan_in_wan", severity: "error", cell: "学校!C5", params: { field: "equipmentValue", perStudent: 26_000_000, median: 2970, baseUnit: "yuan", unit: "万元" } },
    ]);
    // 元 column (the trial's 金河中学: 168.5 for 600 students = 0.2808 yuan each among 2250, 1900, 2600 → median (1900 + 2250) / 2 = 2075) — far below.
    const yuan = [school(2, { students: 800, equipmentValue: 1_800_000 }), school(3, { students: 500, equipmentValue: 950_000 }), school(4, { students: 1000, equipmentValue: 2_600_000 }), school(5, { students: 600, equipmentValue: 168.5 })];
    expect(cellOutlierIssues(yuan, EQUIPMENT_IN_YUAN)).toEqual([
      { code: "read_value_outlier_wan_in_yuan", severity: "error", cell: "学校!C5", params: { field: "equipmentValue", perStudent: 0.281, median: 2080, baseUnit: "yuan", unit: "元" } },
    ]);
    // Without the columns' units only the direction is said: a slipped digit or another unit, a warning, the value kept.
    expect(cellOutlierIssues(rows).map((i) => [i.code, i.severity])).toEqual([["read_value_outlier_large", "warning"]]);
    expect(cellOutlierIssues(yuan).map((i) => [i.code, i.severity])).toEqual([["read_value_outlier_small", "warning"]]);
  });

  it("a money cell in the other unit is an error and not used (unreadMoneyCells); an area cell stays a warning, its value kept", () => {
    const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
    const rows = [wan(2, 1000, 260), wan(3, 900, 300), wan(4, 1100, 280), wan(5, 1000, 2_600_000)];
    const issues = cellOutlierIssues(rows, [{ ...role(2, "equipmentValue", 10000), unit: "万元" }]);
    expect(unreadMoneyCells(issues)).toEqual([{ sheet: "学校", column: 2, key: "equipmentValue", cell: "学校!C5" }]);
    // 12 m² of grounds for 713 students among 6.7 and 10.7 m² a student: 12 亩 meant, most likely, but an urban school may have next to none.
    const grounds = [school(2, { students: 1263, sportsGroundArea: 8139 }, {}, "D"), school(3, { students: 713, sportsGroundArea: 12 }, {}, "D"), school(4, { students: 1207, sportsGroundArea: 12866 }, {}, "D")];
    const area = cellOutlierIssues(grounds, [role(3, "sportsGroundArea", 1)]);
    expect(area.map((i) => [i.code, i.severity, i.cell])).toEqual([["read_value_outlier_mu_in_m2", "warning", "学校!D3"]]);
    expect(unreadMoneyCells(area)).toEqual([]);
    // The plain directions and other readers' outliers are not dropped.
    expect(unreadMoneyCells(cellOutlierIssues(rows))).toEqual([]);
  });

  it("checks a combined school's money in per-stage columns, each stage over its own students (before: only a record's own fields were looked at)", () => {
    const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
    // 初中 typed in 元 (1 200 000) into the 万元 column D: 12 000 000 000 yuan / 400 = 30 000 000 a student; 小学 180 万元 / 600 = 3000.
    const stages = { primary: { students: { value: 600, cell: "学校!B5" }, equipmentValue: { value: 1_800_000, cell: "学校!C5" } }, junior: { students: { value: 400, cell: "学校!E5" }, equipmentValue: { value: 12_000_000_000, cell: "学校!D5" } } };
    const combined = school(5, {}, { type: "nine_year", stage: null, stageFields: stages });
    // Per student: 2600, 3333.3, 2545.5, 3000 and 30 000 000 → median 3000.
    const roles = [{ ...role(2, "equipmentValue", 10000), unit: "万元" }, { ...role(3, "equipmentValue", 10000), unit: "万元" }];
    expect(cellOutlierIssues([wan(2, 1000, 260), wan(3, 900, 300), wan(4, 1100, 280), combined], roles)).toEqual([
      { code: "read_value_outlier_yuan_in_wan", severity: "error", cell: "学校!D5", params: { field: "equipmentValue", perStudent: 30_000_000, median: 3000, baseUnit: "yuan", unit: "万元" } },
    ]);
  });

  it("outlierCode: by direction and the column's unit", () => {
    expect(outlierCode("equipmentValue", true, 1)).toBe("read_value_outlier_wan_in_yuan");
    expect(outlierCode("equipmentValue", false, 10000)).toBe("read_value_outlier_yuan_in_wan");
    expect(outlierCode("publicFunding", false, 1000)).toBe("read_value_outlier_yuan_in_wan");
    expect(outlierCode("sportsGroundArea", true, 1)).toBe("read_value_outlier_mu_in_m2");
    expect(outlierCode("teachingArea", false, MU_IN_M2)).toBe("read_value_outlier_m2_in_mu");
    // Far above in a column of the base unit, far below in a converted one: no unit to name.
    expect(outlierCode("equipmentValue", false, 1)).toBe("read_value_outlier_large");
    expect(outlierCode("equipmentValue", true, 10000)).toBe("read_value_outlier_small");
    expect(outlierCode("teachingArea", true, null)).toBe("read_value_outlier_small");
  });
});

describe("unitPlausibilityIssues: money read as 元 that looks like 万元", () => {
  it("an error at the header cell when the median per student is about 10⁴ below the standard of a column stated in 元, and the column is not read (before: a warning, the values used)", () => {
    // 250 / 1000 = 0.25, 80 / 500 = 0.16, 180 / 800 = 0.225 yuan per student: median 0.225 → shown as 0.23.
    const records = [school(2, { students: 1000, equipmentValue: 250 }, {}, "E"), school(3, { students: 500, equipmentValue: 80 }, {}, "E"), school(4, { students: 800, equipmentValue: 180 }, {}, "E")];
    expect(unitPlausibilityIssues(records, EQUIPMENT_STATED_YUAN, BAND)).toEqual([
      { code: "read_money_unit_suspect", severity: "error", cell: "学校!E1", params: { column: "E", header: "教学仪器设备值（元）", field: "equipmentValue", perStudent: 0.23, baseUnit: "yuan", headerCell: "学校!E1" } },
    ]);
    // The values contradict the 元 stated as much as a column stating nothing: not used, as wb3c's unstated column is not.
    expect(unreadMoneyColumns(records, EQUIPMENT_STATED_YUAN, BAND)).toEqual([{ column: 4, key: "equipmentValue", perStudent: 0.225, code: "read_money_unit_suspect" }]);
  });

  it("a column stating no unit anywhere that looks like 万元: an error at its header cell, and the column is not read", () => {
    // The trial's 西岭县: 230 / 1000 = 0.23, 180 / 800 = 0.225, 240 / 900 = 0.2667, 130 / 500 = 0.26 → median (0.23 + 0.26) / 2 = 0.245 → 0.24 (two digits, 0.245 held as 0.24499…).
    const records = [school(2, { students: 1000, equipmentValue: 230 }), school(3, { students: 800, equipmentValue: 180 }), school(4, { students: 900, equipmentValue: 240 }), school(5, { students: 500, equipmentValue: 130 })];
    expect(unitPlausibilityIssues(records, EQUIPMENT_IN_YUAN, BAND)).toEqual([
      {
        code: "read_money_unit_unstated",
        severity: "error",
        cell: "学校!C1",
        params: { column: "C", header: "教学仪器设备值", field: "equipmentValue", perStudent: 0.24, baseUnit: "yuan", headerCell: "学校!C1" },
      },
    ]);
    expect(unreadMoneyColumns(records, EQUIPMENT_IN_YUAN, BAND)).toEqual([{ column: 2, key: "equipmentValue", perStudent: (230 / 1000 + 130 / 500) / 2, code: "read_money_unit_unstated" }]);
    // A unit line stating 元 that the values contradict: the stated unit's error, and the column is not read either.
    const yuanLine = { ...BAND, unitLine: "单位：人、平方米、元" };
    expect(unitPlausibilityIssues(records, EQUIPMENT_IN_YUAN, yuanLine).map((i) => [i.code, i.severity])).toEqual([["read_money_unit_suspect", "error"]]);
    expect(unreadMoneyColumns(records, EQUIPMENT_IN_YUAN, yuanLine).map((u) => [u.column, u.code])).toEqual([[2, "read_money_unit_suspect"]]);
    // Real yuan without a unit (2300 a student) stays read, with nothing said here.
    const real = records.map((r) => ({ ...r, fields: { ...r.fields, equipmentValue: { value: (r.fields.equipmentValue?.value ?? 0) * 10000, cell: "学校!C2" } } }));
    expect(unreadMoneyColumns(real, EQUIPMENT_IN_YUAN, BAND)).toEqual([]);
    expect(unitPlausibilityIssues(real, EQUIPMENT_IN_YUAN, BAND)).toEqual([]);
  });

  it("judges each column on its own cells: a 初中 column without a unit beside a 小学 one in 元 is not hidden by the other's millions", () => {
    // Combined schools: 小学 in E (元, stated) 2 300 000 / 1000 = 2300 a student; 初中 in C (no unit) 150 / 500 = 0.3,
    // 90 / 400 = 0.225, 70 / 300 = 0.2333 → median 0.2333. Over whole schools (2 300 150 / 1500 ≈ 1533) C was read as 元.
    const combined = (row: number, primary: [number, number], junior: [number, number]): SchoolRecord => ({
      ...school(row, {}),
      stage: null,
      type: "nine_year",
      stageFields: {
        primary: { students: { value: primary[0], cell: `学校!B${row}` }, equipmentValue: { value: primary[1], cell: `学校!E${row}` } },
        junior: { students: { value: junior[0], cell: `学校!B${row}` }, equipmentValue: { value: junior[1], cell: `学校!C${row}` } },
      },
    });
    const records = [combined(2, [1000, 2_300_000], [500, 150]), combined(3, [800, 1_800_000], [400, 90]), combined(4, [900, 2_400_000], [300, 70])];
    const roles = [role(0, "name", 1), role(1, "students", 1), role(2, "equipmentValue", 1), role(4, "equipmentValue", 1)];
    expect(unreadMoneyColumns(records, roles, BAND)).toEqual([{ column: 2, key: "equipmentValue", perStudent: 70 / 300, code: "read_money_unit_unstated" }]);
    expect(unitPlausibilityIssues(records, roles, BAND).map((i) => [i.code, i.cell])).toEqual([["read_money_unit_unstated", "学校!C1"]]);
  });

  it("says nothing of real yuan or of a column stated in 万元; of one school far below the rest, only at its cell, not of the column", () => {
    const real = [school(2, { students: 1000, equipmentValue: 2_500_000 }), school(3, { students: 500, equipmentValue: 10 }), school(4, { students: 800, equipmentValue: 1_800_000 })];
    // 10 yuan for 500 students (10 万元 meant?): 0.02 a student against a median of 2250 — its cell is said, the column is not.
    expect(unitPlausibilityIssues(real, EQUIPMENT_IN_YUAN, BAND).map((i) => [i.code, i.cell, i.params])).toEqual([["read_value_outlier_wan_in_yuan", "学校!C3", { field: "equipmentValue", perStudent: 0.02, median: 2250, baseUnit: "yuan", unit: "元" }]]);
    const wan = [school(2, { students: 1000, equipmentValue: 2_500_000 })];
    expect(unitPlausibilityIssues(wan, [role(2, "equipmentValue", 10000)], BAND)).toEqual([]);
  });

  it("edge cases: one school, all equal, zero students and no money say nothing unless the one school is implausible", () => {
    expect(unitPlausibilityIssues([school(2, { students: 300, equipmentValue: 60 })], EQUIPMENT_IN_YUAN, BAND).map((i) => i.params.perStudent)).toEqual([0.2]);
    const equal = [1, 2, 3].map((i) => school(i + 1, { students: 100, equipmentValue: 100 * LOOKS_LIKE_WAN_BELOW_YUAN }));
    expect(unitPlausibilityIssues(equal, EQUIPMENT_IN_YUAN, BAND)).toEqual([]);
    const nothing = [school(2, { students: 0, equipmentValue: 5 }), school(3, { students: 300, equipmentValue: 0 }), school(4, { students: 300 })];
    expect(unitPlausibilityIssues(nothing, EQUIPMENT_IN_YUAN, BAND)).toEqual([]);
  });

  it("takes a combined school's students from its stages", () => {
    // 250 yuan for 600 + 400 students: 0.25 per student.
    const combined = school(2, { equipmentValue: 250 }, { type: "nine_year", stage: null, stageFields: { primary: { students: { value: 600, cell: "学校!B2" } }, junior: { students: { value: 400, cell: "学校!C2" } } } });
    expect(unitPlausibilityIssues([combined], EQUIPMENT_IN_YUAN, BAND).map((i) => i.params.perStudent)).toEqual([0.25]);
  });
});

describe("unitPlausibilityIssues: a converted column that looks already converted", () => {
  it("warns when an area in 亩 gives thousands of m² per student (the numbers were m²)", () => {
    // 8000 × 666.67 = 5 333 333 m² for 1000 students: 5333 m² per student.
    const records = [school(2, { students: 1000, sportsTotalArea: 8000 * MU_IN_M2 }, {}, "D")];
    expect(unitPlausibilityIssues(records, [role(3, "sportsTotalArea", MU_IN_M2)], BAND)).toEqual([
      { code: "read_unit_converted_suspect", severity: "warning", cell: "学校!D1", params: { column: "D", header: "体育运动场馆面积（亩）", field: "sportsTotalArea", perStudent: 5300, baseUnit: "m2" } },
    ]);
  });

  it("accepts a real area in 亩 (12 亩 for 1000 students: 8 m² each)", () => {
    expect(unitPlausibilityIssues([school(2, { students: 1000, sportsTotalArea: 12 * MU_IN_M2 }, {}, "D")], [role(3, "sportsTotalArea", MU_IN_M2)], BAND)).toEqual([]);
  });

  it("an error when money in 万元 gives tens of millions per student (the numbers were 元), and the column is not read (before: a warning, the values used)", () => {
    const records = [school(2, { students: 1000, equipmentValue: 2_500_000 * 10000 })];
    const wan = { ...role(2, "equipmentValue", 10000), unit: "万元" };
    expect(unitPlausibilityIssues(records, [wan], BAND)).toEqual([
      { code: "read_money_unit_already_yuan", severity: "error", cell: "学校!C1", params: { column: "C", header: "教学仪器设备值", field: "equipmentValue", perStudent: 25_000_000, baseUnit: "yuan", headerCell: "学校!C1", unit: "万元" } },
    ]);
    // 2 500 000 × 10 000 / 1000 = 25 000 000 yuan per student.
    expect(unreadMoneyColumns(records, [wan], BAND)).toEqual([{ column: 2, key: "equipmentValue", perStudent: 25_000_000, code: "read_money_unit_already_yuan", unit: "万元" }]);
  });

  it("says nothing just under 1 000 000 yuan per student, and warns just over it", () => {
    // 99 900 万元 for 1000 students = 999 000 000 / 1000 = 999 000 yuan each; 100 100 万元 → 1 001 000.
    const under = [school(2, { students: 1000, equipmentValue: 99_900 * 10000 })];
    const over = [school(2, { students: 1000, equipmentValue: 100_100 * 10000 })];
    expect(unitPlausibilityIssues(under, [role(2, "equipmentValue", 10000)], BAND)).toEqual([]);
    expect(unitPlausibilityIssues(over, [role(2, "equipmentValue", 10000)], BAND).map((i) => [i.code, i.params.perStudent])).toEqual([["read_money_unit_already_yuan", 1_000_000]]);
    expect(unreadMoneyColumns(under, [role(2, "equipmentValue", 10000)], BAND)).toEqual([]);
  });
});

describe("unitPlausibilityIssues: an area read as m² that looks like 亩 or 万平方米", () => {
  const GROUNDS_IN_M2 = [role(0, "name", 1), role(1, "students", 1), role(3, "sportsGroundArea", 1)];

  it("warns at the header cell when the median teaching or ground area per student is under 1 m²", () => {
    // Grounds typed in 亩: 12.2 / 1263 = 0.00966, 8.9 / 713 = 0.01248, 19.3 / 1207 = 0.01599 m² per student; median 0.01248 → 0.012.
    const records = [school(2, { students: 1263, sportsGroundArea: 12.2 }, {}, "D"), school(3, { students: 713, sportsGroundArea: 8.9 }, {}, "D"), school(4, { students: 1207, sportsGroundArea: 19.3 }, {}, "D")];
    expect(unitPlausibilityIssues(records, GROUNDS_IN_M2, BAND)).toEqual([
      { code: "read_area_unit_suspect", severity: "warning", cell: "学校!D1", params: { column: "D", header: "体育运动场馆面积（亩）", field: "sportsGroundArea", perStudent: 0.012, baseUnit: "m2", limit: 1 } },
    ]);
    // The teaching rooms in 万平方米: 0.56 / 1000 = 0.00056 m² per student.
    const teaching = unitPlausibilityIssues([school(2, { students: 1000, teachingArea: 0.56 }, {}, "D")], [role(3, "teachingArea", 1)], BAND);
    expect(teaching.map((i) => [i.code, i.params.perStudent])).toEqual([["read_area_unit_suspect", 0.00056]]);
  });

  it("says nothing of real m², of a column converted from 亩, or of the indoor rooms; of one small school among normal ones, only at its cell", () => {
    const real = [school(2, { students: 1263, sportsGroundArea: 8139 }, {}, "D"), school(3, { students: 713, sportsGroundArea: 12 }, {}, "D"), school(4, { students: 1207, sportsGroundArea: 12866 }, {}, "D")];
    // 12 m² of grounds for 713 students (12 亩 meant?): 0.0168 a student against a median of 6.44.
    expect(unitPlausibilityIssues(real, GROUNDS_IN_M2, BAND).map((i) => [i.code, i.cell])).toEqual([["read_value_outlier_mu_in_m2", "学校!D3"]]);
    expect(unitPlausibilityIssues([school(2, { students: 1263, sportsGroundArea: 12.2 * MU_IN_M2 }, {}, "D")], [role(3, "sportsGroundArea", MU_IN_M2)], BAND)).toEqual([]);
    // 386 m² of indoor rooms for 1263 students is 0.31 m² each, and real.
    expect(unitPlausibilityIssues([school(2, { students: 1263, indoorSportsArea: 386 }, {}, "D")], [role(3, "indoorSportsArea", 1)], BAND)).toEqual([]);
  });

  it("edge cases: exactly 1 m² per student, zero students and no area say nothing", () => {
    expect(unitPlausibilityIssues([school(2, { students: 500, teachingArea: 500 }, {}, "D")], [role(3, "teachingArea", 1)], BAND)).toEqual([]);
    const nothing = [school(2, { students: 0, teachingArea: 5 }, {}, "D"), school(3, { students: 300, teachingArea: 0 }, {}, "D"), school(4, { students: 300 }, {}, "D")];
    expect(unitPlausibilityIssues(nothing, [role(3, "teachingArea", 1)], BAND)).toEqual([]);
  });
});

describe("unitPlausibilityIssues: each column on its own values", () => {
  it("warns at a 初中 column stated 元 holding 万元 beside a 小学 column in 元 (before: one median pooled over both hid it)", async () => {
    const head = ["学校名称", "办学类型", "小学在校生", "初中在校生", "专任教师数", "小学教学仪器设备值（元）", "初中教学仪器设备值（元）"];
    // Per student by hand, school k = 1…5: 小学 (2 000 000 + 1000k) / (600 + 10k) ≈ 3300 yuan; 初中 (150 + k) / (400 + 10k) ≈ 0.37 yuan, under 20.
    const rows = [1, 2, 3, 4, 5].map((k) => [`第${k}学校`, "九年一贯制学校", 600 + k * 10, 400 + k * 10, 60, 2_000_000 + k * 1000, 150 + k]);
    const result = await readWorkbook(sourceOf([gridOf([head, ...rows])]));
    const said = result.issues.filter((i) => i.code === "read_money_unit_suspect");
    // The median of the 初中 column: school 3, 153 / 430.
    expect(said.map((i) => [i.cell, i.params.header, i.params.perStudent])).toEqual([["学校基本情况!G1", "初中教学仪器设备值（元）", Number((153 / 430).toPrecision(2))]]);
    // The 初中 column is not used; the 小学 one is: school 1's 2 001 000.
    if (!result.ok) throw new Error("expected ok");
    expect(result.input.records[0]?.stageFields?.junior?.equipmentValue).toBeUndefined();
    expect(result.input.records[0]?.stageFields?.primary?.equipmentValue?.value).toBe(2_001_000);
  });
});

describe("unitPlausibilityIssues: a column-wide slip silences only its own column's cells", () => {
  /** A school with its money in C and its grounds in D (each column judged on its own cells). */
  function split(row: number, students: number, equipment: number, grounds: number): SchoolRecord {
    const fields: Fields = { students: { value: students, cell: `学校!B${row}` }, equipmentValue: { value: equipment, cell: `学校!C${row}` }, sportsGroundArea: { value: grounds, cell: `学校!D${row}` } };
    return { ...school(row, {}), fields };
  }
  const ROLES = [role(0, "name", 1), role(1, "students", 1), { ...role(2, "equipmentValue", 10000), unit: "万元" }, role(3, "sportsGroundArea", 1)];

  it("still says the 元 typed into the 万元 money column when the grounds column looks like 亩 (m2.xlsx Q5 — before: every cell check was off)", () => {
    // Money (万元 × 10000) per student: 2600, 3333.3, 2545.5 and 26 000 000 → median (2600 + 3333.3) / 2 = 2966.7 → 2970.
    // Grounds typed in 亩: 12.2 / 1000 = 0.0122, 8.9 / 900 = 0.009889, 19.3 / 1100 = 0.017545, 0.01 / 1000 = 0.00001
    // → median (0.009889 + 0.0122) / 2 = 0.011044 → 0.011; school 5's 0.00001 is ~1100 times under it, but the column is said once.
    const records = [split(2, 1000, 2_600_000, 12.2), split(3, 900, 3_000_000, 8.9), split(4, 1100, 2_800_000, 19.3), split(5, 1000, 26_000_000_000, 0.01)];
    expect(unitPlausibilityIssues(records, ROLES, BAND)).toEqual([
      { code: "read_area_unit_suspect", severity: "warning", cell: "学校!D1", params: { column: "D", header: "体育运动场馆面积（亩）", field: "sportsGroundArea", perStudent: 0.011, baseUnit: "m2", limit: 1 } },
      { code: "read_value_outlier_yuan_in_wan", severity: "error", cell: "学校!C5", params: { field: "equipmentValue", perStudent: 26_000_000, median: 2970, baseUnit: "yuan", unit: "万元" } },
    ]);
  });
});

describe("cell far below the median: a slipped digit, warned at its cell, the value kept (reviewer R1, finding 8)", () => {
  /** A school with its 万元 figure converted to 元, as the reader gives it. */
  const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
  // Per student by hand: 3 000 000 / 1200 = 2500; 2 100 000 / 960 = 2187.5; 95 000 / 450 = 211.11 (9.5 typed for 95);
  // 660 000 / 300 = 2200; 800 000 / 380 = 2105.26. Sorted: 211.11, 2105.26, 2187.5, 2200, 2500 → median 2187.5 (shown 2190).
  const county = [wan(2, 1200, 300), wan(3, 960, 210), wan(4, 450, 9.5), wan(5, 300, 66), wan(6, 380, 80)];

  it("warns at 9.5 typed for 95 万元 (211 元 a student, about a tenth of the median), and the value stays as typed", () => {
    const issues = cellOutlierIssues(county);
    // 2187.5 / 211.11 = 10.36 → 1/10.
    expect(issues).toEqual([{ code: "read_value_below_median", severity: "warning", cell: "学校!C4", params: { field: "equipmentValue", perStudent: 211, median: 2190, baseUnit: "yuan", times: 10 } }]);
    expect(unreadMoneyCells(issues)).toEqual([]);
  });

  it("says nothing at a fifth of the median, and warns just under it", () => {
    // 1000 students each: 2500, 2500, 2500, 500, 499 a student → median 2500; 500 × 5 = 2500 is not under it, 499 × 5 = 2495 is (2500 / 499 = 5.01 → 1/5).
    const rows = [2, 3, 4].map((r) => school(r, { students: 1000, equipmentValue: 2_500_000 }));
    const issues = cellOutlierIssues([...rows, school(5, { students: 1000, equipmentValue: 500_000 }), school(6, { students: 1000, equipmentValue: 499_000 })]);
    expect(issues.map((i) => [i.cell, i.params.times])).toEqual([["学校!C6", 5]]);
  });

  it("says nothing of an area far under the median: an old town-centre school's grounds are a tenth of a rural school's (reviewer R3, finding 7)", () => {
    // 1263 pupils on 1500 m² of grounds = 1.19 m² a pupil, against rural schools of 10–12: real, not a slipped digit. Teaching rooms likewise: 0.65 of a median 6.25 is said by no check.
    const ground = (row: number, m2: number, students: number) => school(row, { students, sportsGroundArea: m2 });
    expect(cellOutlierIssues([ground(2, 1500, 1263), ground(3, 10_700, 1000), ground(4, 11_000, 1000), ground(5, 12_000, 1000)])).toEqual([]);
    const area = (row: number, m2: number) => school(row, { students: 1000, teachingArea: m2, indoorSportsArea: m2 / 10 });
    expect(cellOutlierIssues([area(2, 6000), area(3, 6500), area(4, 7000), area(5, 650)])).toEqual([]);
  });

  it("edge cases: one school, two, all equal and zero students give no median to go by or nothing under it; a blank cell is left out of the median", () => {
    expect(cellOutlierIssues([wan(4, 450, 9.5)])).toEqual([]);
    expect(cellOutlierIssues([wan(2, 1200, 300), wan(4, 450, 9.5)])).toEqual([]);
    expect(cellOutlierIssues([2, 3, 4, 5].map((r) => wan(r, 1000, 250)))).toEqual([]);
    // Zero students: no value per student, so only two schools remain.
    expect(cellOutlierIssues([wan(2, 1200, 300), wan(3, 0, 9.5), wan(4, 450, 9.5)])).toEqual([]);
    // A blank cell (row 3) is no value: 211.11, 2200, 2500 → median 2200; 2200 / 211.11 = 10.42 → 1/10.
    const blank = school(3, { students: 960 });
    expect(cellOutlierIssues([wan(2, 1200, 300), blank, wan(4, 450, 9.5), wan(5, 300, 66)]).map((i) => [i.cell, i.params.median, i.params.times])).toEqual([["学校!C4", 2200, 10]]);
  });

  it("says nothing more in a column refused whole for its unit: its header says it once", () => {
    // The same figures read as 元 (no unit stated): 0.25, 0.21875, 0.0211, 0.22, 0.2105 → median 0.21875, under 20.
    const asYuan = county.map((r) => ({ ...r, fields: { ...r.fields, equipmentValue: { value: (r.fields.equipmentValue?.value ?? 0) / 10000, cell: r.fields.equipmentValue?.cell ?? null } } }));
    expect(unitPlausibilityIssues(asYuan, EQUIPMENT_IN_YUAN, BAND).map((i) => [i.code, i.cell])).toEqual([["read_money_unit_unstated", "学校!C1"]]);
  });

  it("reads 9.5 typed as text in a 万元 column as typed (95 000 元) and warns at its cell", async () => {
    const head = ["学校名称", "办学类型", "在校生数", "教学仪器设备值（万元）"];
    const rows = [["一小", "小学", 1200, "300"], ["二小", "小学", 960, 210], ["中心小学", "小学", 450, "9.5"], ["四小", "小学", 300, 66], ["五小", "小学", 380, 80]];
    const result = await readWorkbook(sourceOf([gridOf([head, ...rows])]));
    expect(result.issues.filter((i) => i.code === "read_value_below_median").map((i) => [i.cell, i.params.perStudent, i.params.median])).toEqual([["学校基本情况!D4", 211, 2190]]);
    if (!result.ok) throw new Error("expected ok");
    expect(result.input.records[2]?.fields.equipmentValue?.value).toBeCloseTo(95_000, 6);
  });
});

describe("a money cell typed 0 among schools with values: no fraction of the median, a likely unknown value, warned at its cell and read as 0", () => {
  /** A school with its 万元 figure converted to 元, as the reader gives it. */
  const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
  // Per student by hand: 3 000 000 / 1200 = 2500; 2 100 000 / 960 = 2187.5; 660 000 / 300 = 2200; 800 000 / 380 = 2105.26; row 4's 0 left out of the median.
  // Sorted: 2105.26, 2187.5, 2200, 2500 → median (2187.5 + 2200) / 2 = 2193.75 (shown 2190).
  const county = [wan(2, 1200, 300), wan(3, 960, 210), wan(4, 450, 0), wan(5, 300, 66), wan(6, 380, 80)];

  it("warns at the 0 (before: nothing, the school failing L6 on it unsaid), naming the median; no below-median warning of 1/∞", () => {
    expect(cellOutlierIssues(county)).toEqual([{ code: "read_value_zero", severity: "warning", cell: "学校!C4", params: { field: "equipmentValue", median: 2190, baseUnit: "yuan" } }]);
  });

  it("reads the 0 as 0 and warns in both languages", async () => {
    const head = ["学校名称", "办学类型", "在校生数", "教学仪器设备值（万元）"];
    const rows = [["一小", "小学", 1200, 300], ["二小", "小学", 960, 210], ["中心小学", "小学", 450, 0], ["四小", "小学", 300, 66], ["五小", "小学", 380, 80]];
    const result = await readWorkbook(sourceOf([gridOf([head, ...rows])]));
    expect(result.issues.filter((i) => i.code === "read_value_zero").map((i) => [i.cell, i.params.median])).toEqual([["学校基本情况!D4", 2190]]);
    if (!result.ok) throw new Error("expected ok");
    expect(result.input.records[2]?.fields.equipmentValue?.value).toBe(0);
    expect(message("read_value_zero", { field: "equipmentValue", median: 2190, baseUnit: "yuan" }, "zh")).toBe("“教学仪器设备值”填为 0，而各校中位数为每生 2190 元：可能是不知道数值时填了 0。仍按 0 读取，该校此项可能因此不达标；请核对此单元格，有数请填写，不知道请留空");
    expect(message("read_value_zero", { field: "equipmentValue", median: 2190, baseUnit: "yuan" }, "en")).toBe("Teaching equipment value is 0 while the schools' median is 2190 yuan per student: perhaps a 0 typed for a value not known. It was read as 0, and the school may fail this indicator because of it; please check the cell: enter the value, or leave it blank if it is not known");
  });

  it("warns of public funding's 0 too, not of an area's (a school without grounds is real)", () => {
    // 1000 students each: 800 000, 900 000, 1 000 000 yuan → 800, 900, 1000 a student, median 900.
    const funding = [2, 3, 4].map((r, i) => school(r, { students: 1000, publicFunding: 800_000 + i * 100_000 }));
    expect(cellOutlierIssues([...funding, school(5, { students: 1000, publicFunding: 0 })])).toEqual([{ code: "read_value_zero", severity: "warning", cell: "学校!C5", params: { field: "publicFunding", median: 900, baseUnit: "yuan" } }]);
    const grounds = [2, 3, 4].map((r) => school(r, { students: 1000, sportsGroundArea: 10_000 }));
    expect(cellOutlierIssues([...grounds, school(5, { students: 1000, sportsGroundArea: 0 })])).toEqual([]);
  });

  it("edge cases: all 0, zero students, a dash or blank part read as 0 (said by its own warning), a column refused whole: nothing", () => {
    expect(cellOutlierIssues([2, 3, 4, 5].map((r) => wan(r, 1000, 0)))).toEqual([]);
    expect(cellOutlierIssues([...county.filter((r) => r.id !== "学校!4"), wan(4, 0, 0)])).toEqual([]);
    const blank = school(4, { students: 450 });
    const dash: SchoolRecord = { ...blank, fields: { ...blank.fields, equipmentValue: { value: 0, cell: "学校!C4", assumedZeros: [{ cell: "学校!C4", kind: "dash", header: "教学仪器设备值（万元）", field: "equipmentValue", text: "—" }] } } };
    expect(cellOutlierIssues([...county.filter((r) => r.id !== "学校!4"), dash])).toEqual([]);
    expect(cellOutlierIssues(county, [], new Set(["学校!2"]))).toEqual([]);
  });
});

describe("a money cell typed 0 where too few schools have a value for a median (reviewer R1 s43, finding 10: nothing was said)", () => {
  const wan = (row: number, students: number, value: number) => school(row, { students, equipmentValue: value * 10000 });
  const NO_MEDIAN = (cell: string, field = "equipmentValue") => ({ code: "read_value_zero_no_median", severity: "warning", cell, params: { field } });

  it("warns at the 0 of 3 schools (300 and 210 万元 for 1200 and 960 students: 2 values above 0, no median), without a median", () => {
    expect(cellOutlierIssues([wan(2, 1200, 300), wan(3, 960, 210), wan(4, 450, 0)])).toEqual([NO_MEDIAN("学校!C4")]);
  });

  it("warns at each of three 0s among 5 schools (2 values above 0), and at public funding's 0 beside one school with a value", () => {
    const five = [wan(2, 1200, 300), wan(3, 960, 0), wan(4, 450, 0), wan(5, 300, 66), wan(6, 380, 0)];
    expect(cellOutlierIssues(five)).toEqual([NO_MEDIAN("学校!C3"), NO_MEDIAN("学校!C4"), NO_MEDIAN("学校!C6")]);
    const funding = [school(2, { students: 1000, publicFunding: 900_000 }), school(3, { students: 800, publicFunding: 0 })];
    expect(cellOutlierIssues(funding)).toEqual([NO_MEDIAN("学校!C3", "publicFunding")]);
  });

  it("says nothing of an area's 0, of a dash read as 0, nor of a column with no value above 0", () => {
    expect(cellOutlierIssues([school(2, { students: 1000, sportsGroundArea: 10_000 }), school(3, { students: 800, sportsGroundArea: 0 })])).toEqual([]);
    const blank = school(4, { students: 450 });
    const dash: SchoolRecord = { ...blank, fields: { ...blank.fields, equipmentValue: { value: 0, cell: "学校!C4", assumedZeros: [{ cell: "学校!C4", kind: "dash", header: "教学仪器设备值（万元）", field: "equipmentValue", text: "—" }] } } };
    expect(cellOutlierIssues([wan(2, 1200, 300), wan(3, 960, 210), dash])).toEqual([]);
    expect(cellOutlierIssues([wan(2, 1200, 0), wan(3, 960, 0)])).toEqual([]);
  });

  it("words it in zh and en with no median", () => {
    expect(message("read_value_zero_no_median", { field: "equipmentValue" }, "zh")).toBe("“教学仪器设备值”填为 0，而其他学校填有数值：可能是不知道数值时填了 0。仍按 0 读取，该校此项可能因此不达标；请核对此单元格，有数请填写，不知道请留空");
    expect(message("read_value_zero_no_median", { field: "equipmentValue" }, "en")).toBe("Teaching equipment value is 0 while other schools give a value: perhaps a 0 typed for a value not known. It was read as 0, and the school may fail this indicator because of it; please check the cell: enter the value, or leave it blank if it is not known");
  });
});

describe("baseUnitOf", () => {
  it("gives 元 for the money measured per student and m² for the areas", () => {
    expect(baseUnitOf("equipmentValue")).toBe("yuan");
    expect(baseUnitOf("publicFunding")).toBe("yuan");
    expect(baseUnitOf("teachingArea")).toBe("m2");
    expect(baseUnitOf("sportsGroundArea")).toBe("m2");
  });
});
