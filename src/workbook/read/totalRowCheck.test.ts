import type { CellValue } from "../types";
import type { ColumnKey, ColumnRole } from "./keys";
import type { Classified, RowKind } from "./rowKind";
import { message } from "../../messages/catalogue";
import { totalRowCheck } from "./totalRowCheck";
import { gridOf } from "./testing";

function role(column: number, key: ColumnKey, header: string): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor: 1, header };
}

// Columns A 学校名称, B 在校生数, C 教学仪器设备值（万元）; row 0 the header.
const ROLES = [role(1, "students", "在校生数"), role(2, "equipmentValue", "教学仪器设备值（万元）")];

/** A sheet of `rows` under a header, each row's kind given, school rows read unless `unread` lists them. */
function check(rows: readonly (readonly CellValue[])[], kinds: readonly RowKind[], unread: readonly number[] = []) {
  const grid = gridOf([["学校名称", "在校生数", "教学仪器设备值（万元）"], ...rows]);
  const classified = new Map<number, Classified>(kinds.map((kind, i) => [i + 1, { kind, labelColumn: null }]));
  const schoolRows = kinds.flatMap((k, i) => (k === "school" && !unread.includes(i + 1) ? [i + 1] : []));
  return totalRowCheck({ grid, kinds: classified, nameColumn: 0, schoolRows, fieldRoles: ROLES });
}

const SCHOOLS: CellValue[][] = [["一小", 1652, 330.25], ["二小", 980, 120.5], ["三小", 412, 60]];

describe("totalRowCheck: the sheet's own 合计 against the rows read", () => {
  it("finds nothing when 合计 agrees: 1652 + 980 + 412 = 3044 students, 330.25 + 120.5 + 60 = 510.75 万元", () => {
    expect(check([...SCHOOLS, ["合计", 3044, 510.75]], ["school", "school", "school", "total"])).toBeNull();
  });

  it("warns at the total's label when a school row was not read (hidden 二小): 3044 against 2064, 510.75 against 390.25", () => {
    const issue = check([...SCHOOLS, ["合计", 3044, 510.75]], ["school", "school", "school", "total"], [2]);
    expect([issue?.code, issue?.severity, issue?.cell]).toEqual(["read_total_row_mismatch_few", "warning", "学校基本情况!A5"]);
    expect(issue?.params.totalColumns).toBe("B“在校生数” 3,044 / 2,064\nC“教学仪器设备值（万元）” 510.75 / 390.25");
    expect(message(issue?.code ?? "", issue?.params ?? {}, "zh")).toBe("第 5 行“合计”与读取的学校行相加不符（合计行 / 学校行相加）：B“在校生数” 3,044 / 2,064；C“教学仪器设备值（万元）” 510.75 / 390.25。可能有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或合计行本身有误，请核对");
    // English: the letter set apart from the quote, the columns as clauses (their numbers hold commas themselves).
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toContain("(the total row / the rows' sum): B “在校生数” 3,044 / 2,064; C “教学仪器设备值（万元）” 510.75 / 390.25. School rows");
  });

  it("reads text numbers as the reader does: a total that Excel's SUM made without the text 1,652 disagrees (1392 against 3044)", () => {
    const rows = [["一小", "1,652", 330.25], ...SCHOOLS.slice(1), ["合计", 1392, 510.75]];
    expect(check(rows, ["school", "school", "school", "total"])?.params.totalColumns).toBe("B“在校生数” 1,392 / 3,044");
  });

  it("lets a hand-typed total round half a unit (510.75 万元 typed 511), not a whole one (512)", () => {
    expect(check([...SCHOOLS, ["合计", 3044, 511]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([...SCHOOLS, ["合计", 3044, 512]], ["school", "school", "school", "total"])?.params.totalColumns).toBe("C“教学仪器设备值（万元）” 512 / 510.75");
  });

  it("skips a column whose total cell is blank or no number, and counts a blank school cell as nothing", () => {
    expect(check([...SCHOOLS, ["合计", null, "—"]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([["一小", 1652, null], ["二小", 980, 120.5], ["合计", 2632, 120.5]], ["school", "school", "total"])).toBeNull();
  });

  it("says nothing for a subtotal (小计), an average, two total rows, a breakdown or stage line, or a total above a school", () => {
    const wrong = ["合计", 1, 1];
    expect(check([...SCHOOLS, ["小计", 1, 1]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([...SCHOOLS, ["平均", 1, 1]], ["school", "school", "school", "total"])).toBeNull();
    expect(check([SCHOOLS[0] ?? [], wrong, ...SCHOOLS.slice(1)], ["school", "total", "school", "school"])).toBeNull();
    expect(check([...SCHOOLS, wrong, ["其中：小学", 1, 1]], ["school", "school", "school", "total", "breakdown"])).toBeNull();
    expect(check([...SCHOOLS, wrong, ["总计", 1, 1]], ["school", "school", "school", "total", "total"])).toBeNull();
  });

  it("takes 全县合计 and 总 计 (spaces folded) as a grand total; one school alone is checked too", () => {
    expect(check([...SCHOOLS, ["全县合计", 3000, 510.75]], ["school", "school", "school", "total"])?.code).toBe("read_total_row_mismatch_few");
    expect(check([["一小", 1652, 330.25], ["总 计", 1652, 330.25]], ["school", "total"])).toBeNull();
  });

  it("names five columns and counts the rest (read_total_row_mismatch) when more disagree", () => {
    const keys: ColumnKey[] = ["students", "classes", "teachers", "qualifiedTeachers", "backboneTeachers", "peArtTeachers"];
    const roles = keys.map((k, i) => role(i + 1, k, k));
    const grid = gridOf([["学校名称", ...keys], ["一小", 1, 1, 1, 1, 1, 1], ["合计", 2, 2, 2, 2, 2, 2]]);
    const kinds = new Map<number, Classified>([[1, { kind: "school", labelColumn: null }], [2, { kind: "total", labelColumn: null }]]);
    const issue = totalRowCheck({ grid, kinds, nameColumn: 0, schoolRows: [1], fieldRoles: roles });
    expect([issue?.code, issue?.params.count, String(issue?.params.totalColumns).split("\n").length]).toEqual(["read_total_row_mismatch", 6, 5]);
    expect(message(issue?.code ?? "", issue?.params ?? {}, "en")).toContain("in 6 columns, among them: B “students” 2 / 1; ");
  });
});
