import { evaluate } from "../engine/evaluate";
import { AT_STANDARD_PRIMARY, NATIONAL, fieldsOf, recordOf } from "../engine/testing/fixtures";
import type { AssumedZero, EvaluationInput, Issue, SchoolRecord } from "../engine/types";
import { message } from "../messages/catalogue";
import { resolveProfile } from "../profiles/resolveProfile";
import { assumedZeroWarnings, blankPartNotes, runIssues, zerosByValueCell } from "./assumedZeroIssues";

const PE: AssumedZero = { cell: "学校!H12", kind: "blank", header: "体育", field: "peArtTeachers", part: "pe" };

/**
 * A primary school of 10 000 students at every standard but L3 (standard 0.9 per 100 students),
 * whose 体育 part at 学校!H12 was blank and taken as 0: peArt teachers ÷ 10000 × 100.
 */
function school(peArt: number, zeros: readonly AssumedZero[] = [PE], over: Partial<SchoolRecord> = {}): SchoolRecord {
  const fields = fieldsOf(AT_STANDARD_PRIMARY);
  return recordOf({}, { fields: { ...fields, peArtTeachers: { value: peArt, cell: "学校!I12", assumedZeros: zeros } }, name: "石桥镇小学", ...over });
}

function warnings(records: readonly SchoolRecord[]): Issue[] {
  const input: EvaluationInput = { records, countyFigures: [], year: null };
  return assumedZeroWarnings(evaluate(input, NATIONAL), zerosByValueCell(records));
}

describe("assumedZeroWarnings", () => {
  it("warns at the blank part when the indicator resting on it is below the floor: 70 → 0.7, 77.8% of 0.9", () => {
    const [w] = warnings([school(70)]);
    expect(w).toEqual({ code: "read_blank_part_not_met", severity: "warning", cell: "学校!H12", params: { school: "石桥镇小学", stage: "primary", indicator: "L3", header: "体育", address: "H12", at: "学校!H12", section: "S!2#primary" } });
    // The cell said as a cell with its sheet (before: “（H12）”, which read like an indicator code beside L3).
    expect(message(w?.code ?? "", w?.params ?? {}, "zh")).toBe("石桥镇小学（小学）L3 未达标，所依据的“体育”（单元格 学校!H12）为空白，已按 0 计；如实际不为 0，请填写");
    expect(message(w?.code ?? "", w?.params ?? {}, "en")).toBe("石桥镇小学 (primary): L3 is not met and rests on “体育” (cell 学校!H12), which is blank and was counted as 0; if it is not 0, fill it in");
  });

  it("warns at 85% or above but under standard too (80 → 0.8, 88.9% of 0.9), not when met (90 → 0.9)", () => {
    expect(warnings([school(80)]).map((w) => w.cell)).toEqual(["学校!H12"]);
    expect(warnings([school(90)])).toEqual([]);
  });

  it("says a dash as such, and each cell once, in the parts' order", () => {
    const dash: AssumedZero = { cell: "学校!J12", kind: "dash", header: "美术", field: "peArtTeachers", part: "art", text: "—" };
    const found = warnings([school(70, [PE, dash])]);
    expect(found.map((w) => `${w.code} ${w.cell}`)).toEqual(["read_blank_part_not_met 学校!H12", "read_dash_not_met 学校!J12"]);
    expect(message("read_dash_not_met", found[1]?.params ?? {}, "zh")).toBe("石桥镇小学（小学）L3 未达标，所依据的“美术”（单元格 学校!J12）填写为“—”，已按 0 计；如实际不为 0，请填写数字");
    expect(message("read_dash_not_met", found[1]?.params ?? {}, "en")).toBe("石桥镇小学 (primary): L3 is not met and rests on “美术” (cell 学校!J12), which holds “—” and was read as 0; if it is not 0, enter the number");
  });

  it("gives no warning for a 0 in a part L4 subtracts (室内体育用房: a larger value only lowers L4), but gives L5's, which adds it (wb9-typed-values)", () => {
    // 40 000 − 0 m² for 10 000 students: L4 4.0 < 4.5; grounds 60 000 + indoor 0: L5 6.0 < 7.5. Both not met.
    const indoor: AssumedZero = { cell: "学校!L7", kind: "dash", header: "室内体育用房面积", field: "indoorSportsArea", text: "无" };
    const base = fieldsOf({ ...AT_STANDARD_PRIMARY, teachingArea: 40000 });
    const { sportsTotalArea: _total, ...rest } = base;
    const fields = { ...rest, sportsGroundArea: { value: 60000, cell: "学校!M7" }, indoorSportsArea: { value: 0, cell: "学校!L7", assumedZeros: [indoor] } };
    const found = warnings([recordOf({}, { fields, name: "河口乡中心小学" })]);
    expect(found.map((w) => `${w.code} ${w.cell} ${w.params.indicator}`)).toEqual(["read_dash_not_met 学校!L7 L5"]);
  });

  it("names the cell's address without its sheet or $ signs: '学校 表'!$H$12 → H12", () => {
    const [w] = warnings([school(70, [{ ...PE, cell: "'学校 表'!$H$12" }])]);
    expect(w?.params.address).toBe("H12");
    expect(w?.cell).toBe("'学校 表'!$H$12");
  });

  it("says nothing for a school out of scope (a special school’s L3 is not judged), nor without assumed zeros", () => {
    expect(warnings([school(70, [PE], { type: "special" })])).toEqual([]);
    expect(warnings([school(70, [])])).toEqual([]);
  });
});

describe("blankPartNotes", () => {
  const zero = (cell: string, header: string, field: string): AssumedZero => ({ cell, kind: "blank", header, field });
  const rec = (id: string, key: "peArtTeachers" | "qualifiedTeachers", zeros: readonly AssumedZero[]): SchoolRecord =>
    recordOf({}, { id, fields: { [key]: { value: 3, cell: "学校!Z1", assumedZeros: zeros } } });

  it("makes one note per column, at its first cell, with how many blank cells were counted as 0 (a cell read for two stages once)", () => {
    const records = [rec("a", "peArtTeachers", [zero("学校!H3", "体育", "peArtTeachers")]), rec("b", "peArtTeachers", [zero("学校!H5", "体育", "peArtTeachers")]), rec("c", "peArtTeachers", [zero("学校!H5", "体育", "peArtTeachers")])];
    const notes = blankPartNotes(zerosByValueCell([...records, rec("d", "qualifiedTeachers", [zero("学校!G4", "专科", "qualifiedTeachers")])]));
    expect(notes.map((n) => `${n.code} ${n.severity} ${n.cell} ${n.params.count}`)).toEqual(["read_blank_part_as_zero info 学校!H3 2", "read_blank_part_as_zero info 学校!G4 1"]);
    expect(message(notes[0]?.code ?? "", notes[0]?.params ?? {}, "zh")).toBe("“体育”列有 2 个单元格空白而同行其他部分有数，均按 0 计入合计（第一个即此单元格）；如实际不为 0，请填写");
  });

  it("keys a column by sheet and letter however the cell is written: 学校!$H$3, 学校!H5 and '学校'!H7 are one column of 3 (学校!$H$5 is H5 again)", () => {
    const records = [rec("a", "peArtTeachers", [zero("学校!$H$3", "体育", "peArtTeachers")]), rec("b", "peArtTeachers", [zero("学校!H5", "体育", "peArtTeachers")]), rec("c", "peArtTeachers", [zero("'学校'!H7", "体育", "peArtTeachers")]), rec("d", "peArtTeachers", [zero("学校!$H$5", "体育", "peArtTeachers")])];
    expect(blankPartNotes(zerosByValueCell(records)).map((n) => `${n.cell} ${n.params.count}`)).toEqual(["学校!$H$3 3"]);
  });

  it("leaves out a dash (it has its own note at its cell) and a record without assumed zeros", () => {
    expect(blankPartNotes(zerosByValueCell([rec("a", "peArtTeachers", [{ ...zero("学校!H3", "体育", "peArtTeachers"), kind: "dash" }]), recordOf({ students: 3 })]))).toEqual([]);
  });
});

describe("runIssues", () => {
  it("lists the reader's issues and notes, then the engine's and the warnings, counted once", () => {
    const records = [school(70)];
    const input: EvaluationInput = { records, countyFigures: [], year: null };
    const listed = runIssues([{ code: "read_total_row", severity: "info", cell: "学校!A20", params: {} }], input, evaluate(input, NATIONAL), NATIONAL);
    expect(listed.map((i) => `${i.code} ${i.cell}`)).toEqual(["read_total_row 学校!A20", "read_blank_part_as_zero 学校!H12", "read_blank_part_not_met 学校!H12"]);
  });

  it("gathers the cells read as 0 once per run: each value's assumed zeros are read as often as by one zerosByValueCell", () => {
    let reads = 0;
    const counted = { value: 70, cell: "学校!I12", get assumedZeros() { reads += 1; return [PE]; } };
    const record = recordOf({}, { fields: { ...fieldsOf(AT_STANDARD_PRIMARY), peArtTeachers: counted }, name: "石桥镇小学" });
    const input: EvaluationInput = { records: [record], countyFigures: [], year: null };
    const evaluation = evaluate(input, NATIONAL);
    reads = 0;
    zerosByValueCell([record]);
    const once = reads;
    reads = 0;
    expect(runIssues([], input, evaluation, NATIONAL).map((i) => i.code)).toEqual(["read_blank_part_as_zero", "read_blank_part_not_met"]);
    expect(once).toBeGreaterThan(0);
    expect(reads).toBe(once);
  });

  it("quotes the profile in effect in the reader's issues that state one of its values (a teaching-point cut-off of 100, not 50)", () => {
    const input: EvaluationInput = { records: [school(70)], countyFigures: [], year: null };
    const profile = resolveProfile({ extends: "national-2017", id: "tp100", scope: { teachingPointMinStudents: 100 } });
    const named: Issue = { code: "read_type_name_teaching_point", severity: "warning", cell: "学校!B3", params: { name: "王村教学点", text: "小学", type: "primary" } };
    const [listed] = runIssues([named], input, evaluate(input, profile), profile);
    expect(listed?.params).toEqual({ name: "王村教学点", text: "小学", type: "primary", min: 100 });
  });
});
