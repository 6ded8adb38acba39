import type { HeaderBand } from "./findHeader";
import { fixKey, matchColumns, parseFixKey } from "./matchColumns";
import { matchHeaderPath } from "./matchHeaderPath";

function band(paths: readonly (readonly string[])[], unitLine: string | null = null): HeaderBand {
  return { sheet: "S", top: 0, bottom: 2, columns: paths.map((path, column) => ({ column, path, headerRow: 2 })), codeRows: [], standardRows: [], dataTop: 3, unitLine };
}

describe("matchHeaderPath: the statistics export paths (workbooks.md)", () => {
  it.each([
    [["在校生数", "合计"], "students", null, null],
    [["专任教师", "#按学历分", "研究生"], "qualifiedTeachers", "graduate", null],
    [["专任教师", "#按学历分", "本科"], "qualifiedTeachers", "bachelor", null],
    [["专任教师", "#按学历分", "专科"], "qualifiedTeachers", "associate", null],
    [["专任教师", "#按授课课程分", "体育与健康"], "peArtTeachers", "pe", null],
    [["专任教师", "#按授课课程分", "艺术", "音乐"], "peArtTeachers", "music", null],
    [["专任教师", "#按授课课程分", "艺术", "美术"], "peArtTeachers", "art", null],
    [["教基1102", "县级以上骨干教师(小学)"], "backboneTeachers", null, "primary"],
    [["教基1102", "县级以上骨干教师(初中)"], "backboneTeachers", null, "junior"],
    [["专任教师（人）", "骨干教师（县级及以上）"], "backboneTeachers", null, null],
    [["骨干教师(县级以上)"], "backboneTeachers", null, null],
    [["专任教师", "#按授课课程分", "艺术（音乐、美术）"], "peArtTeachers", "arts", null],
    [["本学年校舍建筑面积", "教学及辅助用房", "计"], "teachingArea", null, null],
    [["本学年校舍建筑面积", "教学及辅助用房", "室内体育用房"], "indoorSportsArea", null, null],
    [["本学年校舍建筑面积", "教学及辅助用房", "体育馆"], "indoorSportsArea", null, null],
    [["占地面积及其他办学条件", "占地面积（平方米）", "其中", "运动场地面积"], "sportsGroundArea", null, null],
    [["体育运动场馆面积（㎡）"], "sportsTotalArea", null, null],
    [["固定资产总值", "教学仪器设备资产值(万元)"], "equipmentValue", null, null],
    [["网络多媒体教室"], "multimediaRooms", null, null],
    [["统计三级"], "county", null, null],
    [["县（市、区）"], "county", null, null],
    [["办学类型"], "type", null, null],
    [["是否计校数"], "counted", null, null],
    [["校名"], "name", null, null],
    [["学段"], "stage", null, null],
    [["学生数"], "students", null, null],
    [["专任教师", "其中：专科及以上"], "qualifiedTeachers", "associateUp", null],
    [["专任教师", "本科及以上"], "qualifiedTeachers", "bachelorUp", null],
    [["小学在校生"], "students", null, "primary"],
    [["初中在校生数"], "students", null, "junior"],
    [["小学专任教师"], "teachers", null, "primary"],
    [["高中在校生"], "seniorStudents", null, null],
    [["班额", "25人及以下"], "classes_le25", null, null],
    [["班额", "46～50人"], "classes_46_50", null, null],
    [["66人及以上"], "classes_ge66", null, null],
    [["音乐专用教室", "间数"], "musicRooms", null, null],
    [["音乐专用教室", "面积（㎡）"], "musicRoomsArea", null, null],
    [["美术教室数"], "artRooms", null, null],
    // The fields' own labels, which the pane lists and the messages asking for the column give (before: left unmatched).
    [["面积达标的音乐专用教室数"], "musicRoomsCompliant", null, null],
    [["面积达标的美术专用教室数"], "artRoomsCompliant", null, null],
    [["音乐专用教室面积达标数"], "musicRoomsCompliant", null, null],
    [["达标美术室间数"], "artRoomsCompliant", null, null],
    [["音乐室达标间数"], "musicRoomsCompliant", null, null],
    [["公用经费（元）"], "publicFunding", null, null],
    [["教师培训经费"], "trainingFunds", null, null],
    [["持有教师资格证人数"], "certifiedTeachers", null, null],
    [["完成5年360学时培训人数"], "trainedTeachers", null, null],
    [["寄宿生数"], "boardingStudents", null, null],
    [["最大班额"], "largestClass", null, null],
    [["城乡分类"], "rural", null, null],
    [["办学性质"], "private", null, null],
    [["建成年份"], "builtYear", null, null],
  ])("%j → %s", (path, key, part, stage) => {
    expect(matchHeaderPath(path)).toMatchObject({ key, part, stage });
  });

  it.each([[["生均教学及辅助用房面积"]], [["每百名学生拥有网络多媒体教室数"]], [["序号"]], [["寄宿生", "女"]], [["专任教师", "女"]], [["高中专任教师"]]])(
    "leaves computed or unrelated columns unmatched: %j",
    (path) => expect(matchHeaderPath(path)).toBeNull(),
  );

  it("takes the unit from the header", () => {
    expect(matchHeaderPath(["教学仪器设备资产值（万元）"])?.unit).toBe("万元");
    expect(matchHeaderPath(["教学及辅助用房面积(m2)"])).toMatchObject({ key: "teachingArea", unit: "m2" });
  });

  it("reads a units or notes row under the header: bare units, units and notes in brackets, a stage in brackets", () => {
    expect(matchHeaderPath(["在校生数", "人"])).toMatchObject({ key: "students", unit: "人" });
    expect(matchHeaderPath(["教学仪器设备资产值", "万元"])).toMatchObject({ key: "equipmentValue", unit: "万元" });
    expect(matchHeaderPath(["教学仪器设备资产值", "（单位：万元）"])).toMatchObject({ key: "equipmentValue", unit: "万元" });
    expect(matchHeaderPath(["学校名称", "（全称）"])).toMatchObject({ key: "name" });
    expect(matchHeaderPath(["在校生数", "（初中）"])).toMatchObject({ key: "students", stage: "junior" });
    expect(matchHeaderPath(["音乐教室", "间"])).toMatchObject({ key: "musicRooms", unit: "间" });
  });

  it("knows the same units bare in a units row as in brackets (年, 班 too)", () => {
    expect(matchHeaderPath(["建成年份", "年"])).toMatchObject({ key: "builtYear", unit: "年" });
    expect(matchHeaderPath(["建成年份", "（年）"])).toMatchObject({ key: "builtYear", unit: "年" });
    expect(matchHeaderPath(["班额", "25人及以下", "班"])).toMatchObject({ key: "classes_le25", unit: "班" });
    expect(matchHeaderPath(["班额", "25人及以下（班）"])).toMatchObject({ key: "classes_le25", unit: "班" });
  });
});

describe("matchColumns", () => {
  it("converts 万元 from the header and from the unit line, and says when it assumed 元", () => {
    const m1 = matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备资产值(万元)"]]));
    expect(m1.roles.find((r) => r.key === "equipmentValue")?.unitFactor).toBe(10000);
    const m2 = matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备值"]], "单位：人、平方米、万元"));
    expect(m2.roles.find((r) => r.key === "equipmentValue")?.unitFactor).toBe(10000);
    const m3 = matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备值"]]));
    expect(m3.roles.find((r) => r.key === "equipmentValue")?.unitFactor).toBe(1);
    // Said at the column's own header cell (C3: the band's header row 2), so the user can find it.
    expect(m3.issues).toEqual([{ code: "read_unit_assumed", severity: "info", cell: "S!C3", params: { column: "C", header: "教学仪器设备值" } }]);
    const m4 = matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备值（元）"]], "单位：万元"));
    expect(m4.roles.find((r) => r.key === "equipmentValue")?.unitFactor).toBe(1);
  });

  it("reads the header's unit over a unit line that disagrees with it, and warns at the column naming both", () => {
    const line = "单位：人、平方米、元";
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备值（万元）"], ["教学及辅助用房面积"]], line));
    // 万元 from the header (×10000), not the line's 元; one warning, at the money column's header cell C3.
    expect(m.roles.find((r) => r.key === "equipmentValue")).toMatchObject({ unitFactor: 10000, unit: "万元" });
    expect(m.issues).toEqual([{ code: "read_unit_line_differs", severity: "warning", cell: "S!C3", params: { column: "C", header: "教学仪器设备值（万元）", unit: "万元", lineUnit: "元", unitLine: line } }]);
    // The other way round: the header's 元 under a 万元 line stays ×1, said too.
    const back = matchColumns(band([["学校名称"], ["在校生数"], ["公用经费（元）"]], "单位：万元"));
    expect(back.roles.find((r) => r.key === "publicFunding")?.unitFactor).toBe(1);
    expect(back.issues.map((i) => [i.code, i.cell, i.params.unit, i.params.lineUnit])).toEqual([["read_unit_line_differs", "S!C3", "元", "万元"]]);
    // Agreeing units (万元 and 万元; 亩 over an area under a line naming 亩), or no line: nothing said.
    expect(matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备值（万元）"]], "单位：万元")).issues).toEqual([]);
    expect(matchColumns(band([["学校名称"], ["在校生数"], ["运动场地面积（亩）"]], "单位：人、亩")).issues).toEqual([]);
    expect(matchColumns(band([["学校名称"], ["在校生数"], ["教学仪器设备值（万元）"]])).issues).toEqual([]);
    // A line naming 元 and 万元 (columns in either) says nothing of one column: no warning at a （元） or （万元） header.
    expect(matchColumns(band([["学校名称"], ["在校生数"], ["公用经费（元）"], ["教学仪器设备值（万元）"]], "单位：人、平方米、元、万元")).issues).toEqual([]);
  });

  it("warns of an area header's unit against a unit line's other area unit", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["运动场地面积（㎡）"]], "单位：人、亩、万元"));
    // ㎡ (folded to m2 for matching) is named 平方米: read ×1, the line's 亩 named beside it.
    expect(m.roles.find((r) => r.key === "sportsGroundArea")?.unitFactor).toBe(1);
    expect(m.issues.map((i) => [i.code, i.params.unit, i.params.lineUnit])).toEqual([["read_unit_line_differs", "平方米", "亩"]]);
  });

  it("lists unmatched columns, duplicates and missing fields", () => {
    const m = matchColumns(band([["序号"], ["学校名称"], ["在校生数"], ["学生数"], ["体育运动场馆面积"]]));
    expect(m.unmatched).toEqual([
      { column: 0, header: "序号" },
      { column: 3, header: "学生数" },
    ]);
    expect(m.issues).toContainEqual({ code: "read_duplicate_column", severity: "warning", cell: "S!D3", params: { column: "D", header: "学生数", first: "C" } });
    expect(m.missing).toEqual(["qualifiedTeachers", "backboneTeachers", "peArtTeachers", "teachingArea", "equipmentValue", "multimediaRooms"]);
  });

  it("reads the visible one of two columns of the same meaning, and names the hidden one at its header cell", () => {
    const paths = [["学校名称"], ["专任教师数"], ["在校生数"], ["在校生数"]];
    const students = (hidden: number[]) => matchColumns(band(paths), {}, hidden).roles.find((r) => r.key === "students")?.column;
    // C hidden (last year's counts kept out of sight), D visible (this year's): D is read, C named hidden at C3.
    const m = matchColumns(band(paths), {}, [2]);
    expect(m.roles.map((r) => [r.column, r.key])).toEqual([
      [0, "name"],
      [1, "teachers"],
      [3, "students"],
    ]);
    expect(m.unmatched).toEqual([{ column: 2, header: "在校生数" }]);
    expect(m.issues).toEqual([{ code: "read_duplicate_column_hidden", severity: "warning", cell: "S!C3", params: { column: "C", header: "在校生数", first: "D" } }]);
    // The hidden one right of the visible one: the visible C is read, the hidden D named hidden.
    expect(students([3])).toBe(2);
    expect(matchColumns(band(paths), {}, [3]).issues.map((i) => [i.code, i.cell])).toEqual([["read_duplicate_column_hidden", "S!D3"]]);
    // Nothing hidden, or both hidden: the first is read, the second a plain duplicate, as before; the hidden one read is noted.
    expect(students([])).toBe(2);
    expect(students([2, 3])).toBe(2);
    expect(matchColumns(band(paths), {}, [2, 3]).issues.map((i) => i.code)).toEqual(["read_duplicate_column", "read_hidden_column_read"]);
  });

  it("applies the user's fixes over what was recognised", () => {
    const m = matchColumns(band([["学校"], ["人数"], ["在校生数"]]), { students: 1 });
    expect(m.roles.map((r) => [r.column, r.key])).toEqual([
      [0, "name"],
      [1, "students"],
    ]);
    expect(m.unmatched).toEqual([{ column: 2, header: "在校生数" }]);
  });

  it("marks the roles the user gave (byHand), and only those, for the mapping table to say so", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["教学及辅助用方面积（㎡）"]]), { roles: { teachingArea: 2 } });
    expect(m.roles.map((r) => [r.column, r.key, r.byHand])).toEqual([
      [0, "name", undefined],
      [1, "students", undefined],
      [2, "teachingArea", true],
    ]);
  });

  it("reports a fix with a bad column", () => {
    expect(matchColumns(band([["学校名称"], ["在校生数"]]), { students: -1 }).issues).toEqual([
      { code: "read_mapping_bad_column", severity: "error", cell: null, params: { field: "students", column: "-1" } },
    ]);
  });
});

describe("matchColumns: fixes by role (field, stage, part) and ignored columns", () => {
  const staged = () => band([["学校名称"], ["小学在校生数"], ["初中在校生数"], ["人数"]]);
  const shape = (m: ReturnType<typeof matchColumns>) => m.roles.map((r) => [r.column, fixKey(r)]);

  it("re-confirming one per-stage column leaves the other stage's column as it was", () => {
    const m = matchColumns(staged(), { roles: { "students@primary": 1 } });
    expect(shape(m)).toEqual([
      [0, "name"],
      [1, "students@primary"],
      [2, "students@junior"],
    ]);
    expect(m.issues).toEqual([]);
  });

  it("a plain field fix (settings saved by earlier versions) still means the whole field from that column: no per-stage column is read before it", () => {
    // a4a4922 read { students: 3 } as "students from D, no other students column"
    const m = matchColumns(staged(), { students: 3 });
    expect(shape(m)).toEqual([
      [0, "name"],
      [3, "students"],
    ]);
    expect(m.unmatched.map((u) => u.column)).toEqual([1, 2]);
    expect(m.issues).toEqual([]);
  });

  it("a fix for all stages (the pane's stage list at none) replaces every recognised column of the field, parts and stages included", () => {
    const m = matchColumns(band([["学校名称"], ["专任教师", "本科"], ["专任教师", "专科"], ["初中专任教师本科及以上"], ["甲"]]), { roles: { qualifiedTeachers: 4 } });
    expect(shape(m)).toEqual([
      [0, "name"],
      [4, "qualifiedTeachers"],
    ]);
  });

  // Trial W1 (P2): 县级及以上骨干教师 = N dropped 县级 (O) without a word; L2 became 9 instead of 9 + 20.
  it("warns at each part column a fix of the whole field elsewhere takes the place of, naming the field and the fixed column", () => {
    const b = band([["学校名称"], ["在校生数"], ["县级及以上骨干教师", "省市级"], ["县级及以上骨干教师", "县级"], ["骨干教师合计"]]);
    const m = matchColumns(b, { roles: { backboneTeachers: 4 } });
    expect(shape(m)).toEqual([
      [0, "name"],
      [1, "students"],
      [4, "backboneTeachers"],
    ]);
    expect(m.issues.filter((i) => i.code === "read_fix_drops_part")).toEqual([
      { code: "read_fix_drops_part", severity: "warning", cell: "S!C3", params: { column: "C", header: "县级及以上骨干教师/省市级", field: "backboneTeachers", fixColumn: "E" } },
      { code: "read_fix_drops_part", severity: "warning", cell: "S!D3", params: { column: "D", header: "县级及以上骨干教师/县级", field: "backboneTeachers", fixColumn: "E" } },
    ]);
  });

  it("does not warn for the part column the whole field is fixed to, nor for a whole-field column replaced (nothing was being added up)", () => {
    const parts = matchColumns(band([["学校名称"], ["县级及以上骨干教师", "省市级"], ["县级及以上骨干教师", "县级"]]), { roles: { backboneTeachers: 1 } });
    expect(parts.issues.filter((i) => i.code === "read_fix_drops_part").map((i) => i.cell)).toEqual(["S!C3"]);
    const whole = matchColumns(band([["学校名称"], ["县级及以上骨干教师数"], ["甲"]]), { roles: { backboneTeachers: 2 } });
    expect(whole.issues.filter((i) => i.code === "read_fix_drops_part")).toEqual([]);
  });

  it("a fix of one stage or one part replaces only its own role", () => {
    expect(shape(matchColumns(staged(), { roles: { "students@primary": 3 } }))).toEqual([
      [0, "name"],
      [2, "students@junior"],
      [3, "students@primary"],
    ]);
  });

  it("reports a fix for all stages that a stage's own fixed column is read before, at the fixed column's header", () => {
    const m = matchColumns(staged(), { roles: { "students@primary": 1, students: 3 } });
    expect(shape(m)).toEqual([
      [0, "name"],
      [1, "students@primary"],
      [3, "students"],
    ]);
    expect(m.issues).toEqual([{ code: "addin_mapping_fix_shadowed", severity: "warning", cell: "S!D3", params: { column: "D", field: "students", other: "B" } }]);
  });

  it("reads a per-student column the user maps as a total, and warns at its header that it is one", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["生均运动场面积"], ["学校代码"]]), { roles: { sportsTotalArea: 2, county: 3 } });
    expect(m.roles.find((r) => r.column === 2)?.key).toBe("sportsTotalArea");
    expect(m.issues.filter((i) => i.code === "read_fix_per_student").map((i) => [i.cell, i.params])).toEqual([["S!C3", { column: "C", header: "生均运动场面积", field: "sportsTotalArea" }]]);
  });

  it("reports a part fixed beside a column of the whole field, which is read instead of the parts", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["高于规定学历专任教师数"], ["本科人数"]]), { roles: { "qualifiedTeachers#bachelor": 3 } });
    expect(m.roles.map((r) => r.column)).toEqual([0, 1, 2, 3]);
    expect(m.issues.map((i) => [i.code, i.cell, i.params])).toEqual([["addin_mapping_fix_shadowed", "S!D3", { column: "D", field: "qualifiedTeachers", other: "C" }]]);
  });

  it("moves a per-stage role to the column chosen, leaving its old column unused", () => {
    const m = matchColumns(staged(), { roles: { "students@junior": 3 } });
    expect(shape(m)).toEqual([
      [0, "name"],
      [1, "students@primary"],
      [3, "students@junior"],
    ]);
    expect(m.unmatched).toEqual([{ column: 2, header: "初中在校生数" }]);
  });

  it("leaves an ignored column unused although it was recognised, and says the field is missing", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["网络多媒体教室"]]), { ignore: [2] });
    expect(shape(m)).toEqual([
      [0, "name"],
      [1, "students"],
    ]);
    expect(m.unmatched).toEqual([{ column: 2, header: "网络多媒体教室" }]);
    expect(m.missing).toContain("multimediaRooms");
  });

  it("takes the unit of a header the aliases do not know: 场地A（亩） mapped to sportsGroundArea is ×10000/15 (before: ×1)", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["场地A（亩）"]]), { roles: { sportsGroundArea: 2 } });
    expect(m.roles.find((r) => r.column === 2)?.unitFactor).toBeCloseTo(10000 / 15, 10);
  });

  it("gives a column a part of a sum and keeps a 万元 header's factor", () => {
    const m = matchColumns(band([["学校名称"], ["在校生数"], ["本科人数"], ["设备值（万元）"]]), { roles: { "qualifiedTeachers#bachelor": 2, equipmentValue: 3 } });
    expect(m.roles.find((r) => r.column === 2)).toMatchObject({ key: "qualifiedTeachers", stage: null, part: "bachelor" });
    expect(m.roles.find((r) => r.column === 3)).toMatchObject({ key: "equipmentValue", unitFactor: 10000 });
  });

  it("reports a fix naming no role", () => {
    expect(matchColumns(band([["学校名称"], ["在校生数"]]), { roles: { "students@senior": 1 } }).issues).toEqual([
      { code: "read_mapping_bad_column", severity: "error", cell: null, params: { field: "students@senior", column: "1" } },
    ]);
  });

  it("writes and reads role keys", () => {
    expect(fixKey({ key: "backboneTeachers", stage: "junior", part: null })).toBe("backboneTeachers@junior");
    expect(parseFixKey("qualifiedTeachers@primary#associateUp")).toEqual({ key: "qualifiedTeachers", stage: "primary", part: "associateUp" });
    expect(parseFixKey("name")).toEqual({ key: "name", stage: null, part: null });
    expect([parseFixKey("name@primary"), parseFixKey("students@senior"), parseFixKey("students#x"), parseFixKey("nothing"), parseFixKey("")]).toEqual([null, null, null, null, null]);
  });
});

describe("matchHeaderPath: wordings of the trial forms (rules.md §2 numerators)", () => {
  it.each([
    [["学校名称（全称）"], "name", null],
    [["单位名称(盖章)"], "name", null],
    // L2: county level and above, the level in brackets before 人数.
    [["骨干教师（县级及以上）人数"], "backboneTeachers", null],
    // L3: PE + music + art teachers, one column.
    [["体育、音乐、美术教师数"], "peArtTeachers", null],
    // L4: 教学及辅助用房 worded out.
    [["教学及教辅用房面积"], "teachingArea", null],
    [["教学用房及辅助用房面积"], "teachingArea", null],
    // L1 primary: 专科 and above.
    [["学历达标教师（专科及以上）"], "qualifiedTeachers", "associateUp"],
    // L1 with the teachers' group named first in one header (专任教师中…).
    [["专任教师中高于规定学历（人）"], "qualifiedTeachers", null],
    [["专任教师中具有高于规定学历的教师数"], "qualifiedTeachers", null],
    [["专任教师中专科及以上学历（人）"], "qualifiedTeachers", "associateUp"],
    [["专任教师中本科及以上（人）"], "qualifiedTeachers", "bachelorUp"],
    // L6 and L7.
    [["仪器设备（万元）"], "equipmentValue", null],
    [["班班通教室（间）"], "multimediaRooms", null],
    [["班班通教室"], "multimediaRooms", null],
  ])("%j → %s", (path, key, part) => {
    expect(matchHeaderPath(path)).toMatchObject({ key, part, stage: null });
  });

  it.each([[["仪器设备"]], [["仪器设备（台件）"]], [["学校名称（全称）", "备注"]], [["学历达标教师（本科及以上）"]]])("leaves %j unmatched", (path) => {
    expect(matchHeaderPath(path)?.key === "equipmentValue" || matchHeaderPath(path)?.part === "associateUp" || matchHeaderPath(path)?.key === "name").toBe(false);
  });

  it("reads 仪器设备（万元） ×10000", () => {
    expect(matchColumns(band([["学校名称"], ["仪器设备（万元）"]])).roles[1]).toMatchObject({ key: "equipmentValue", unitFactor: 10000 });
  });
});

describe("matchColumns: class-size buckets as bureaus head them (rules.md §4 item 5)", () => {
  it.each([
    [["56人-60人"], "classes_56_60"],
    [["56人—60人"], "classes_56_60"],
    [["26人～30人"], "classes_26_30"],
    [["班额", "31至35人"], "classes_31_35"],
    [["61-65人班数"], "classes_61_65"],
    [["25及以下"], "classes_le25"],
  ])("%j → %s (before: 56人-60人, 56人—60人, 26人～30人, 61-65人班数 and 25及以下 were not read)", (path, key) => {
    expect(matchHeaderPath(path)).toMatchObject({ key, part: null, stage: null });
  });

  // The bucket row of B3 (w6-guarantee-perschool.xlsx): …/46-50人/51-55人/56-65人/66人及以上 beside a 最大班额-less sheet.
  const BUCKETS = [["25人及以下"], ["26-30人"], ["31-35人"], ["36-40人"], ["41-45人"], ["46-50人"], ["51-55人"], ["56-65人"], ["66人及以上"]];

  it("reads a merged 56-65人 bucket as its own field and says nothing, as the buckets partition the sizes (before: warned, not read)", () => {
    const { roles, issues } = matchColumns(band([["学校名称"], ["在校生数"], ...BUCKETS]));
    // Column J (0-based 9) is 56-65人.
    expect(roles.filter((r) => r.key.startsWith("classes_")).map((r) => [r.column, r.key])).toEqual([
      [2, "classes_le25"], [3, "classes_26_30"], [4, "classes_31_35"], [5, "classes_36_40"], [6, "classes_41_45"],
      [7, "classes_46_50"], [8, "classes_51_55"], [9, "classes_56_65"], [10, "classes_ge66"],
    ]);
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged"))).toEqual([]);
  });

  it.each([
    ["45人及以下", "classes_le45"],
    ["46-55人", "classes_46_55"],
    ["56人及以上", "classes_ge56"],
    ["56-65人班数", "classes_56_65"],
  ])("maps the merged header %s to %s", (header, key) => {
    expect(matchHeaderPath([header])).toMatchObject({ key, part: null, stage: null });
  });

  it.each([
    ["51-60人", "read_class_bucket_merged_missing", { sizes: "≤50 / ≥61" }],
    ["36-45人", "read_class_bucket_merged_missing", { sizes: "≤35 / ≥46" }],
    ["0人及以上", "read_class_bucket_merged_unsupported", { otherColumn: "C", otherHeader: "0人及以上" }],
  ])("has no field for %s, a merge no bureau form uses: unread and warned at its header as %s", (header, code, why) => {
    expect(matchHeaderPath([header])).toBeNull();
    const { issues } = matchColumns(band([["学校名称"], ["在校生数"], [header]]));
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged")).map((i) => [i.code, i.cell])).toEqual([[code, "S!C3"]]);
    expect(issues.find((i) => i.code === code)?.params).toMatchObject(why);
  });

  it("reads 45人及以下 | 46-55人 | 56-65人 | 66人及以上 (a bureau's four buckets), all four", () => {
    const { roles, issues } = matchColumns(band([["学校名称"], ["45人及以下"], ["46-55人"], ["56-65人"], ["66人及以上"]]));
    expect(roles.map((r) => r.key)).toEqual(["name", "classes_le45", "classes_46_55", "classes_56_65", "classes_ge66"]);
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged"))).toEqual([]);
  });

  it("warns at overlapping merged buckets that partition nothing and leaves them unread: 46-55人 beside 51-60人 (no bucket starts at 56, none ends at 50)", () => {
    const { roles, issues } = matchColumns(band([["学校名称"], ["45人及以下"], ["46-55人"], ["51-60人"], ["61-65人"], ["66人及以上"]]));
    // 45人及以下 too: no chain of these buckets from 0 to ∞ runs through it. The standard ones stay read, as always.
    expect(roles.map((r) => r.key)).toEqual(["name", "classes_61_65", "classes_ge66"]);
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged")).map((i) => [i.code, i.cell, i.params.header, i.params.fieldList])).toEqual([
      ["read_class_bucket_merged_overlap", "S!B3", "45人及以下", "classes_le25,classes_26_30,classes_31_35,classes_36_40,classes_41_45"],
      ["read_class_bucket_merged_overlap", "S!C3", "46-55人", "classes_46_50,classes_51_55"],
      ["read_class_bucket_merged_overlap", "S!D3", "51-60人", "classes_51_55,classes_56_60"],
    ]);
    // Each names the pair that overlaps and the sizes both count: 46-55人 (C) and 51-60人 (D) share 51–55.
    expect(issues[0]?.params).toMatchObject({ overlapColumn: "C", overlapHeader: "46-55人", otherColumn: "D", otherHeader: "51-60人", sizes: "51–55" });
  });

  it.each(["56—65人", "56~65人", "56至65人", "56人-65人"])("says the same of %s", (header) => {
    const { issues } = matchColumns(band([["学校名称"], ["在校生数"], [header]]));
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged")).map((i) => [i.code, i.cell, i.params.fieldList, i.params.sizes])).toEqual([
      ["read_class_bucket_merged_missing", "S!C3", "classes_56_60,classes_61_65", "≤55 / ≥66"],
    ]);
  });

  it("says nothing of a 56人及以上 total beside the buckets it adds up, all read (the engine uses the finer ones)", () => {
    const all = [...BUCKETS.slice(0, 7), ["56-60人"], ["61-65人"], ["66人及以上"], ["56人及以上"]];
    const { roles, issues } = matchColumns(band(all));
    expect(roles.map((r) => r.key).slice(7)).toEqual(["classes_56_60", "classes_61_65", "classes_ge66", "classes_ge56"]);
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged"))).toEqual([]);
  });

  it("names the buckets still unread when a 56人及以上 column stands beside 66人及以上", () => {
    const { issues } = matchColumns(band([["学校名称"], ["56人及以上"], ["66人及以上"]]));
    expect(issues.filter((i) => i.code.startsWith("read_class_bucket_merged")).map((i) => [i.code, i.cell, i.params.fieldList, i.params.sizes])).toEqual([
      ["read_class_bucket_merged_missing", "S!B3", "classes_56_60,classes_61_65,classes_ge66", "≤55"],
    ]);
  });
});
