import type { SchoolRecord } from "../../engine/types";
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { isOtherCampus, mergeCampuses, parentIndex, sameNumbers } from "./mergeCampuses";
import { addFields, mergeBlankCells } from "./mergedRecord";
import { readWorkbook } from "./readWorkbook";
import { rowsNotRead } from "./rowsNotRead";
import { gridOf, sourceOf } from "./testing";

function school(name: string, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return { id: name, name, county: "A", type: "primary", stage: "primary", fields: {}, flags: {}, source: null, ...over };
}

describe("parentIndex", () => {
  it("prefers the school whose full name starts the campus name, the longest one", () => {
    const accepted = [school("实验"), school("实验小学"), school("城关小学")];
    expect(parentIndex(accepted, school("实验小学东校区", { flags: { notCounted: true } }))).toBe(1);
  });

  it("falls back to the name without its kind word, and needs the same county and stage", () => {
    expect(parentIndex([school("城关镇中心小学")], school("城关镇中心分校"))).toBe(0);
    expect(parentIndex([school("城关镇中心小学", { county: "B" })], school("城关镇中心分校"))).toBe(-1);
    expect(parentIndex([school("城关中学", { stage: "junior" })], school("城关中学分校"))).toBe(-1);
    expect(parentIndex([school("东关小学")], school("西关小学分校"))).toBe(-1);
  });
});

describe("parentIndex: the 乡镇", () => {
  const accepted = [school("中心小学"), school("中心小学")];
  const campus = school("中心小学东校区", { flags: { notCounted: true } });

  it("gives a campus to the school of its own 乡镇, not to the nearer one of another (folded alike)", () => {
    expect(parentIndex(accepted, campus, { townships: ["甲乡", "乙乡"], township: "甲乡" })).toBe(0);
    expect(parentIndex(accepted, campus, { townships: ["甲乡", "乙乡"], township: "乙乡 " })).toBe(1);
    expect(parentIndex(accepted, campus, { townships: ["甲乡", "乙乡"], township: "丙乡" })).toBe(-1);
  });

  it("lets a blank 乡镇 on either side match any, the nearer school winning as before", () => {
    expect(parentIndex(accepted, campus, { townships: ["甲乡", "乙乡"] })).toBe(1);
    expect(parentIndex(accepted, campus, { townships: ["甲乡", null], township: "甲乡" })).toBe(1);
    expect(parentIndex([school("中心小学")], campus, { townships: [], township: "甲乡" })).toBe(0);
  });
});

describe("mergeCampuses: a 不计校数 campus of one of two schools of one name", () => {
  const students = (value: number, cell: string) => ({ fields: { students: { value, cell } } });
  it("adds the campus's students to the school of its 乡镇 (300 + 50 = 350), the other school's 200 untouched", () => {
    const result = mergeCampuses([
      { record: school("中心小学", students(300, "S!C2")), nameCell: "S!B2", township: "城关镇" },
      { record: school("中心小学", students(200, "S!C3")), nameCell: "S!B3", township: "石桥镇" },
      { record: school("中心小学分校", { ...students(50, "S!C4"), flags: { notCounted: true } }), nameCell: "S!B4", township: "城关镇" },
    ]);
    expect(result.records.map((r) => [r.name, r.fields.students?.value])).toEqual([
      ["城关镇中心小学", 350],
      ["石桥镇中心小学", 200],
    ]);
    expect(result.issues.filter((i) => i.code === "read_campus_merged").map((i) => [i.cell, i.params.parentCell])).toEqual([["S!B4", "S!B2"]]);
  });
});

describe("parentIndex: a tie", () => {
  it("gives the campus to the nearer (later) of two schools that head its name equally", () => {
    // Stems 城关中心 (4 characters) of both names start 城关中心分校: the same score, the later row wins.
    const campus = school("城关中心分校", { flags: { notCounted: true } });
    expect(parentIndex([school("城关中心小学"), school("城关中心学校")], campus)).toBe(1);
    expect(parentIndex([school("城关中心学校"), school("城关中心小学"), school("东关小学")], campus)).toBe(1);
  });
});

describe("addFields", () => {
  it("adds counts at the first cell, and keeps the larger largest class at its own cell", () => {
    const a = { students: { value: 800, cell: "S!B2" }, largestClass: { value: 52, cell: "S!C2" } };
    const b = { students: { value: 200, cell: "S!B3" }, largestClass: { value: 56, cell: "S!C3" }, teachers: { value: 12, cell: "S!D3" } };
    expect(addFields(a, b)).toEqual({ students: { value: 1000, cell: "S!B2" }, largestClass: { value: 56, cell: "S!C3" }, teachers: { value: 12, cell: "S!D3" } });
  });

  it("keeps the parent's largest class and cell when it is the larger one or a tie", () => {
    const a = { largestClass: { value: 56, cell: "S!C2" } };
    expect(addFields(a, { largestClass: { value: 48, cell: "S!C3" } })).toEqual({ largestClass: { value: 56, cell: "S!C2" } });
    expect(addFields(a, { largestClass: { value: 56, cell: "S!C3" } })).toEqual({ largestClass: { value: 56, cell: "S!C2" } });
  });
});

describe("mergeBlankCells", () => {
  it("keeps a blank cell only for a field still without a value, the parent's cell first", () => {
    // Parent: 骨干教师 J2 and 多媒体 R2 blank; campus: 骨干教师 4 (so none missing), 多媒体 R3 and 体艺 K3 blank.
    const fields = { backboneTeachers: { value: 4, cell: "S!J3" } };
    expect(mergeBlankCells(fields, { backboneTeachers: "S!J2", multimediaRooms: "S!R2" }, { multimediaRooms: "S!R3", peArtTeachers: "S!K3" })).toEqual({
      multimediaRooms: "S!R2",
      peArtTeachers: "S!K3",
    });
    expect(mergeBlankCells({}, undefined, undefined)).toEqual({});
  });

  it("keeps a campus's unread boarders cell beside the other's count: the sum is unknown, not the one count (before: dropped)", () => {
    // Parent: 100 boarders at F2; campus: 寄宿生 约50 at F3, not read (a blank one is left out of BlankCells by the reader: none).
    const fields = { boardingStudents: { value: 100, cell: "S!F2" } };
    expect(mergeBlankCells(fields, undefined, { boardingStudents: "S!F3" })).toEqual({ boardingStudents: "S!F3" });
  });

  it("gives a merged school the blank cells left after the sum, and none when nothing is left blank", () => {
    const parent = school("实验小学", { fields: { students: { value: 800, cell: "S!C2" } }, blankCells: { backboneTeachers: "S!J2" } });
    const gives = school("实验小学东校区", { flags: { notCounted: true }, fields: { backboneTeachers: { value: 2, cell: "S!J3" } } });
    const blank = school("实验小学西校区", { flags: { notCounted: true }, fields: { students: { value: 50, cell: "S!C4" } }, blankCells: { backboneTeachers: "S!J4" } });
    const row = (record: SchoolRecord, n: number) => ({ record, nameCell: `S!B${n}` });
    expect(mergeCampuses([row(parent, 2), row(gives, 3)]).records[0]?.blankCells).toBeUndefined();
    expect(mergeCampuses([row(parent, 2), row(blank, 4)]).records[0]?.blankCells).toEqual({ backboneTeachers: "S!J2" });
  });
});

describe("mergeCampuses: a combined school's whole-school L1 parts (SchoolRecord.wholeStageFields)", () => {
  const row = (record: SchoolRecord, n: number) => ({ record, nameCell: `S!B${n}` });
  const qualified = (value: number, cell: string) => ({ qualifiedTeachers: { value, cell } });
  it("adds a campus's parts to the school's stage by stage, at the school's cells (小学 63 + 7 = 70 at H2, 初中 45 + 5 = 50 at I2)", () => {
    const parent = school("红旗学校", { type: "nine_year", stage: null, wholeStageFields: { primary: qualified(63, "S!H2"), junior: qualified(45, "S!I2") } });
    const campus = school("红旗学校分校", { type: "nine_year", stage: null, flags: { notCounted: true }, wholeStageFields: { primary: qualified(7, "S!H3"), junior: qualified(5, "S!I3") } });
    expect(mergeCampuses([row(parent, 2), row(campus, 3)]).records[0]?.wholeStageFields).toEqual({ primary: qualified(70, "S!H2"), junior: qualified(50, "S!I2") });
  });
  it("keeps a blank part's cell only while no campus gives that stage's part, and adds none to a school without them", () => {
    const parent = school("红旗学校", { type: "nine_year", stage: null, wholeStageFields: { junior: qualified(45, "S!I2") }, wholeStageBlankCells: { primary: { qualifiedTeachers: "S!H2" } } });
    const blank = school("红旗学校分校", { type: "nine_year", stage: null, flags: { notCounted: true }, wholeStageBlankCells: { primary: { qualifiedTeachers: "S!H3" } } });
    const gives = school("红旗学校分校", { type: "nine_year", stage: null, flags: { notCounted: true }, wholeStageFields: { primary: qualified(7, "S!H3") } });
    expect(mergeCampuses([row(parent, 2), row(blank, 3)]).records[0]?.wholeStageBlankCells).toEqual({ primary: { qualifiedTeachers: "S!H2" } });
    const merged = mergeCampuses([row(parent, 2), row(gives, 3)]).records[0];
    expect(merged?.wholeStageFields).toEqual({ primary: qualified(7, "S!H3"), junior: qualified(45, "S!I2") });
    expect(merged !== undefined && "wholeStageBlankCells" in merged).toBe(false);
    const plain = mergeCampuses([row(school("实验小学"), 2), row(school("实验小学东校区", { flags: { notCounted: true } }), 3)]).records[0];
    expect(plain !== undefined && "wholeStageFields" in plain).toBe(false);
  });
});

describe("mergeCampuses: the 乡镇 of schools of one name", () => {
  const row = (name: string, cell: string, township?: string) => ({ record: school(name), nameCell: cell, ...(township === undefined ? {} : { township }) });

  it("keeps two 中心小学 of different townships, and drops a copied row whose township is blank as either's, an error saying it is ambiguous", () => {
    const result = mergeCampuses([row("中心小学", "S!B2", "城关镇"), row("中心小学", "S!B3", "石桥镇"), row("中心小学", "S!B4")]);
    expect(result.records.map((r) => r.name)).toEqual(["城关镇中心小学", "石桥镇中心小学"]);
    // Was read_duplicate_school (of S!B2): the row could be either school's, which the message now says.
    expect(result.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell, i.params.first, i.params.townships])).toEqual([
      ["read_school_township_ambiguous", "S!B4", "S!B2", "城关镇、石桥镇"],
    ]);
  });

  it("drops a row with a township after one of the same name with none", () => {
    const result = mergeCampuses([row("中心小学", "S!B2"), row("中心小学", "S!B3", "石桥镇")]);
    expect(result.records).toHaveLength(1);
    expect(result.issues.filter((i) => i.code === "read_duplicate_school").map((i) => i.cell)).toEqual(["S!B3"]);
  });
});

describe("mergeCampuses: a combined school's whole row after its sections", () => {
  it("drops the whole-school row of a school whose sections were read (a 九年一贯制 sheet beside the 小学 and 初中 sheets), said at it", () => {
    const rows = [
      { record: school("东山学校", { type: "primary", stage: "primary" }), nameCell: "小学!A3" },
      { record: school("东山学校（初中部）", { type: "nine_year", stage: "junior" }), nameCell: "初中!A4" },
      { record: school("东山学校", { type: "nine_year", stage: null }), nameCell: "九年一贯制!A4" },
      { record: school("西河学校", { type: "nine_year", stage: null }), nameCell: "九年一贯制!A5" },
    ];
    const result = mergeCampuses(rows);
    // The whole row repeats the two sections: kept, 东山学校 would be a third school, unevaluable, and the county's resources 待评估.
    expect(result.records.map((r) => [r.name, r.stage])).toEqual([
      ["东山学校", "primary"],
      ["东山学校（初中部）", "junior"],
      ["西河学校", null],
    ]);
    expect(result.issues.filter((i) => i.code === "read_duplicate_whole_school").map((i) => [i.cell, i.params.first])).toEqual([["九年一贯制!A4", "小学!A3"]]);
  });

  it("says it as an error, as a 学部 row after the whole row is: the same school given twice, whichever comes first", () => {
    const sections = [
      { record: school("庚学校（小学部）", { type: "nine_year", stage: "primary" }), nameCell: "S!A20" },
      { record: school("庚学校（初中部）", { type: "nine_year", stage: "junior" }), nameCell: "S!A21" },
    ];
    const wholeRow = { record: school("庚学校", { type: "nine_year", stage: null }), nameCell: "S!A22" };
    // The same duplicate in either order: an error each time.
    expect(mergeCampuses([...sections, wholeRow]).issues).toContainEqual({ code: "read_duplicate_whole_school", severity: "error", cell: "S!A22", params: { name: "庚学校", first: "S!A20" } });
    expect(mergeCampuses([wholeRow, ...sections]).issues.filter((i) => i.code === "read_duplicate_school_section").map((i) => i.severity)).toEqual(["error", "error"]);
  });
});

describe("mergeCampuses: a combined school's section rows after its whole row", () => {
  it("drops a section row of a school whose whole row was read before it, an error at its name naming the whole row", () => {
    const rows = [
      { record: school("东方学校", { type: "nine_year", stage: null }), nameCell: "S!A5" },
      { record: school("西街小学"), nameCell: "S!A6" },
      { record: school("东方学校（小学部）", { type: "nine_year", stage: "primary" }), nameCell: "S!A7" },
      { record: school("东方学校（初中部）", { type: "nine_year", stage: "junior" }), nameCell: "S!A8" },
      { record: school("西河学校（小学部）", { type: "nine_year", stage: "primary" }), nameCell: "S!A9" },
      { record: school("东方学校（初中部）", { county: "B", type: "nine_year", stage: "junior" }), nameCell: "S!A10" },
    ];
    const result = mergeCampuses(rows);
    // 东方学校's sections repeat the whole school read first: kept, each stage would count twice.
    expect(result.records.map((r) => [r.name, r.stage, r.county])).toEqual([
      ["东方学校", null, "A"],
      ["西街小学", "primary", "A"],
      ["西河学校（小学部）", "primary", "A"],
      ["东方学校（初中部）", "junior", "B"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell, i.params])).toEqual([
      ["read_duplicate_school_section", "S!A7", { name: "东方学校（小学部）", school: "东方学校", first: "S!A5" }],
      ["read_duplicate_school_section", "S!A8", { name: "东方学校（初中部）", school: "东方学校", first: "S!A5" }],
    ]);
  });

  it("counts a second whole row of the school as the plain duplicate it is", () => {
    const whole = school("东方学校", { type: "nine_year", stage: null });
    const result = mergeCampuses([
      { record: whole, nameCell: "S!A2" },
      { record: whole, nameCell: "S!A3" },
    ]);
    expect(result.records).toHaveLength(1);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([["read_duplicate_school", "S!A3"]]);
  });
});

describe("readWorkbook: a combined school given as a whole row with stage columns and again as section rows", () => {
  const HEAD = ["学校名称", "学校类型", "小学在校生", "初中在校生", "小学专任教师", "初中专任教师", "教学及辅助用房面积（㎡）"];

  it("reads the whole row once, splits its area 1 : 1.1, and leaves the section rows out as duplicates", async () => {
    const grid = gridOf([
      HEAD,
      ["东方学校", "九年一贯制学校", 400, 240, 26, 22, 5600],
      ["西街小学", "小学", 420, null, 24, null, 1700],
      ["东方学校（小学部）", "九年一贯制学校", 400, null, 26, null, 3300],
      ["东方学校（初中部）", "九年一贯制学校", null, 240, null, 22, 2300],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.issues.filter((i) => i.code === "read_duplicate_school_section").map((i) => [i.cell, i.severity, i.params.first])).toEqual([
      ["学校基本情况!A4", "error", "学校基本情况!A2"],
      ["学校基本情况!A5", "error", "学校基本情况!A2"],
    ]);
    expect(rowsNotRead(result.issues)).toEqual([["duplicate", 2]]);
    const sections = evaluate(result.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    // Was five: 东方学校's primary and junior twice. Weighted students 400 + 1.1 × 240 = 664.
    expect(sections.map((x) => [x.name, x.stage, x.students])).toEqual([
      ["东方学校", "primary", 400],
      ["东方学校", "junior", 240],
      ["西街小学", "primary", 420],
    ]);
    // L4: 5600 × 400 / 664 ÷ 400 = 5600 / 664; junior 5600 × 1.1 / 664; 西街 1700 / 420.
    expect(sections[0]?.indicators.L4?.value).toBeCloseTo(8.433734939759036, 12);
    expect(sections[1]?.indicators.L4?.value).toBeCloseTo(9.277108433734941, 12);
    expect(sections[2]?.indicators.L4?.value).toBeCloseTo(4.0476190476190474, 12);
  });
});

describe("mergeCampuses: a whole-school row and 学部 rows of one name in different 乡镇", () => {
  const whole = (cell: string, township?: string) => ({ record: school("中心学校", { type: "nine_year", stage: null }), nameCell: cell, ...(township === undefined ? {} : { township }) });
  const section = (stage: "primary" | "junior", cell: string, township?: string) => ({
    record: school(stage === "primary" ? "中心学校（小学部）" : "中心学校（初中部）", { type: "nine_year", stage }),
    nameCell: cell,
    ...(township === undefined ? {} : { township }),
  });
  const dropped = (result: ReturnType<typeof mergeCampuses>) => result.issues.filter((i) => i.code.startsWith("read_duplicate")).map((i) => [i.code, i.cell, i.params.first]);

  it("keeps 甲乡's whole 中心学校 and 乙乡's 中心学校（小学部）/（初中部）: two schools, none dropped", () => {
    const result = mergeCampuses([whole("S!A2", "甲乡"), section("primary", "S!A4", "乙乡"), section("junior", "S!A5", "乙乡")]);
    // Schools of one name in two 乡镇 are two schools: 乙乡's sections are no duplicate of 甲乡's whole row.
    expect(result.records.map((r) => [r.name, r.stage])).toEqual([
      ["中心学校", null],
      ["中心学校（小学部）", "primary"],
      ["中心学校（初中部）", "junior"],
    ]);
    expect(dropped(result)).toEqual([]);
  });

  it("keeps 乙乡's 学部 rows and, after them, 甲乡's whole row (the reverse order)", () => {
    const result = mergeCampuses([section("primary", "S!A2", "乙乡"), section("junior", "S!A3", "乙乡"), whole("S!A5", "甲乡")]);
    // The 乡镇 tells them apart in this order too: 甲乡's whole row duplicates nothing of 乙乡's.
    expect(result.records.map((r) => [r.name, r.stage])).toEqual([
      ["中心学校（小学部）", "primary"],
      ["中心学校（初中部）", "junior"],
      ["中心学校", null],
    ]);
    expect(dropped(result)).toEqual([]);
  });

  it("still drops them within one 乡镇, or when either row gives no 乡镇, as a plain duplicate is", () => {
    for (const [a, b] of [["甲乡", "甲乡"], ["甲乡", undefined], [undefined, "乙乡"], [undefined, undefined]] as const) {
      expect(dropped(mergeCampuses([whole("S!A2", a), section("primary", "S!A3", b)]))).toEqual([["read_duplicate_school_section", "S!A3", "S!A2"]]);
      expect(dropped(mergeCampuses([section("junior", "S!A2", a), whole("S!A3", b)]))).toEqual([["read_duplicate_whole_school", "S!A3", "S!A2"]]);
    }
  });

  it("matches a row of 乙乡 with the school's row in 乙乡, not the first one of 甲乡", () => {
    const result = mergeCampuses([whole("S!A2", "甲乡"), whole("S!A3", "乙乡"), section("primary", "S!A4", "乙乡")]);
    expect(dropped(result)).toEqual([["read_duplicate_school_section", "S!A4", "S!A3"]]);
    expect(result.records.map((r) => r.name)).toEqual(["甲乡中心学校", "乙乡中心学校"]);
  });
});

describe("isOtherCampus", () => {
  const north = { text: "北校区", cell: "S!B2" };
  it("is true for a campus not read yet for the school, a blank main campus beside a named one too", () => {
    expect(isOtherCampus([north], { text: "南校区", cell: "S!B3" })).toBe(true);
    expect(isOtherCampus([{ text: "", cell: "S!B2" }], { text: "南校区", cell: "S!B3" })).toBe(true);
    expect(isOtherCampus([north, { text: "南校区", cell: "S!B3" }], { text: "东校区", cell: "S!B4" })).toBe(true);
  });

  it("is false for a campus already read, two blank ones, and a row or school without a 校区 column", () => {
    expect(isOtherCampus([north, { text: "南校区", cell: "S!B3" }], { text: "南 校区", cell: "S!B4" })).toBe(false);
    expect(isOtherCampus([{ text: "", cell: "S!B2" }], { text: "", cell: "S!B3" })).toBe(false);
    expect(isOtherCampus([north], undefined)).toBe(false);
    expect(isOtherCampus([], { text: "南校区", cell: "S!B3" })).toBe(false);
  });
});

describe("sameNumbers", () => {
  const a = school("一小", { fields: { students: { value: 500, cell: "S!C2" }, teachers: { value: 30, cell: "S!D2" } } });
  it("is true when every number, at other cells, is the same", () => {
    expect(sameNumbers(a, school("一小", { fields: { students: { value: 500, cell: "S!C3" }, teachers: { value: 30, cell: "S!D3" } } }))).toBe(true);
  });

  it("is false for one number differing, one given on one row only, per-stage numbers differing, or no numbers at all", () => {
    expect(sameNumbers(a, school("一小", { fields: { students: { value: 500, cell: "S!C3" }, teachers: { value: 31, cell: "S!D3" } } }))).toBe(false);
    expect(sameNumbers(a, school("一小", { fields: { students: { value: 500, cell: "S!C3" } } }))).toBe(false);
    const staged = (n: number): SchoolRecord => school("一校", { stage: null, fields: a.fields, stageFields: { primary: { students: { value: n, cell: "S!E2" } } } });
    expect(sameNumbers(staged(300), staged(301))).toBe(false);
    expect(sameNumbers(staged(300), staged(300))).toBe(true);
    expect(sameNumbers(school("一小"), school("一小"))).toBe(false);
  });

  it("needs two numbers other than 0 to call two campuses a copy: one number alike, or zeros alike, says little", () => {
    const only = (students: number, teachers?: number): SchoolRecord =>
      school("一小", { fields: { students: { value: students, cell: "S!C2" }, ...(teachers === undefined ? {} : { teachers: { value: teachers, cell: "S!D2" } }) } });
    expect(sameNumbers(only(500), only(500))).toBe(false);
    expect(sameNumbers(only(0, 0), only(0, 0))).toBe(false);
    expect(sameNumbers(only(500, 0), only(500, 0))).toBe(false);
    expect(sameNumbers(only(500, 30), only(500, 30))).toBe(true);
  });
});

describe("addFields: cells read as 0", () => {
  it("keeps both campuses' cells taken as 0 on the sum, at the parent's cell: (0 + 3) + (2 + 0) = 5", () => {
    const zero = (cell: string) => ({ cell, kind: "blank" as const, header: "体育", field: "peArtTeachers", part: "pe" });
    const sum = addFields({ peArtTeachers: { value: 3, cell: "S!I2", assumedZeros: [zero("S!H2")] } }, { peArtTeachers: { value: 2, cell: "S!H3", assumedZeros: [zero("S!J3")] } });
    expect(sum.peArtTeachers).toEqual({ value: 5, cell: "S!I2", assumedZeros: [zero("S!H2"), zero("S!J3")] });
    expect(addFields({ students: { value: 3, cell: "S!B2" } }, { students: { value: 2, cell: "S!B3" } }).students).toEqual({ value: 5, cell: "S!B2" });
  });
});
