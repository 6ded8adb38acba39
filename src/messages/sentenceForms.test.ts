import { CATALOGUE, message } from "./catalogue";
import { countMessage } from "./countMessage";

describe("English counts: one thing in the singular, never “(s)”", () => {
  it.each([
    ["guarantee_rooms_estimated", { item: "G3", count: 1, schools: "甲小学", schoolRows: "甲小学" }, "G3 Music and art rooms: 1 school (甲小学) gives only the number and total area of its music or art rooms, and its compliant rooms"],
    ["read_stage_sheet", { sheet: "小学", stage: "primary", count: 1 }, "sheet “小学” was read as primary (1 school);"],
    ["read_sheet_part", { sheet: "S", count: 1 }, "as part of one list (1 school)"],
    ["read_type_from_stage", { count: 1, name: "甲校" }, "1 school (“甲校”) gives no school type and its name does not tell it: it is taken"],
    ["read_type_from_sheet", { count: 2, name: "甲校", sheet: "初中", type: "junior" }, "2 schools (e.g. “甲校”) give no school type and their names do not tell it: each is taken as a junior secondary school from their sheet “初中”"],
    ["addin_mapping_read", { range: "学校!A1:F4", header: "1", count: 1 }, "Read 学校!A1:F4: header row 1, 1 school row."],
    ["addin_command_problems", { count: 1, first: "x" }, "Could not evaluate: 1 problem: x. Click Evaluation pane (评估设置) to see and fix it."],
    ["addin_command_problems", { count: 2, first: "x" }, "Could not evaluate: 2 problems, the first: x."],
  ] as const)("%s %j", (code, params, said) => {
    expect(message(code, params, "en")).toContain(said);
  });

  // Texts the writer builds say what they count (countMessage): their {n}.
  it.each([
    ["out_reason_classes_over", 1, "1 class over the size cap"],
    ["out_reason_classes_over", 3, "3 classes over the size cap"],
    ["out_reason_classes_over_floor", 1, "at least 1 class over the size cap"],
    ["out_reason_students_over", 1, "1 student over the size cap in all"],
  ] as const)("%s %d", (code, n, said) => {
    expect(countMessage(code, n, { n }, "en")).toContain(said);
  });

  it("says a subject and its verb in the same number when a teacher count exceeds the full-time teachers", () => {
    expect(message("read_exceeds_teachers", { field: "qualifiedTeachers", value: 999, teachers: 20, teachersCell: "学校!C2" }, "en")).toBe(
      "The count of teachers qualified above the required level (999) is more than that of full-time teachers (20, 学校!C2); not read",
    );
  });

  it("has no English text that leaves the count to the reader with “(s)”", () => {
    expect([...CATALOGUE].filter(([, m]) => m.en.includes("(s)")).map(([code]) => code)).toEqual([]);
  });
});

describe("English inside a sentence: a label or sentence set in it loses its own capital, codes and names keep theirs", () => {
  it("after a head and a colon", () => {
    expect(message("out_reason_detail", { head: "G13 Nearby enrolment", detail: "Primary nearby enrolment not given" }, "en")).toBe("G13 Nearby enrolment: primary nearby enrolment not given");
    expect(message("out_reason_detail", { head: "G6 Public funding", detail: "The profile sets no norm" }, "en")).toBe("G6 Public funding: the profile sets no norm");
    expect(message("out_reason_detail", { head: "X", detail: "Excel says so" }, "en")).toBe("X: Excel says so");
    expect(message("out_reason_detail", { head: "X", detail: "CV over" }, "en")).toBe("X: CV over");
    expect(message("out_reason_detail", { head: "X", detail: "L1 short" }, "en")).toBe("X: L1 short");
    expect(message("out_reason_detail", { head: "X", detail: "甲小学 fails" }, "en")).toBe("X: 甲小学 fails");
    // Chinese has no capitals: the text is as given.
    expect(message("out_reason_detail", { head: "G6 公用经费", detail: "规则未设标准" }, "zh")).toBe("G6 公用经费：规则未设标准");
  });

  it("for field labels, stages and verdicts", () => {
    expect(message("read_rooms_area_disagree", { field: "musicRoomsArea", otherField: "musicRooms", value: 2, otherCell: "学校!S5" }, "en")).toMatch(
      /^The music rooms area figure is 0 while the music rooms figure is 2 \(学校!S5\)/,
    );
    expect(message("read_stage_sheet", { sheet: "初中", stage: "junior", count: 3 }, "en")).toContain("was read as junior secondary (3 schools)");
    // summaryLines passes the verdicts as their labels (Not met, Not yet assessed).
    const summary = message("cli_summary_county", { county: "甲县", resources: "Not met", guarantee: "Not yet assessed", quality: "Met", recognition: "Met", passing: 1, evaluated: 2, share: "", recognised: "Not recognised as quality-balanced" }, "en");
    expect(summary).toBe("甲县: resource allocation: not met, government guarantee: not yet assessed, education quality: met, social recognition: met; school sections passing 1/2; overall: not recognised as quality-balanced");
  });

  it("lowers each item of a list of labels, and only the first word of a sentence", () => {
    expect(message("read_item_pending", { code: "G3", itemName: "G3", needs: "musicRoomsArea|musicRoomsCompliant;classes" }, "en")).toBe("G3 Music and art rooms: needs columns for music rooms area (or music rooms meeting the area rule), classes");
    expect(message("addin_not_evaluable", { reason: "The header lacks School name, Students" }, "en")).toBe("Cannot evaluate: the header lacks School name, Students");
  });
});

describe("unread columns", () => {
  it("puts a space between the column letter and the quoted header in English only", () => {
    const params = { sheet: "S", headers: "x", unreadColumns: "G“生均公用经费（元）”\nAD“备注”" };
    expect(message("read_columns_unmatched", params, "en")).toContain("were not read: G “生均公用经费（元）”, AD “备注”;");
    expect(message("read_columns_unmatched", params, "zh")).toContain("未读取：G“生均公用经费（元）”、AD“备注”；");
  });
});
