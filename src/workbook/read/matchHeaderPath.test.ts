import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../types";
import { analysePath, matchHeaderPath } from "./matchHeaderPath";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import { MU_IN_M2 } from "./units";

describe("matchHeaderPath: backbone teachers by level (L2 = county level and above, rules.md §2)", () => {
  it.each([
    [["县级及以上骨干教师", "省级"], "levelProvince"],
    [["县级及以上骨干教师", "市级"], "levelCity"],
    [["县级及以上骨干教师", "县级"], "levelCounty"],
    [["骨干教师", "国家级"], "levelNational"],
    [["骨干教师数", "县（区）级"], "levelCounty"],
    [["骨干教师", "省级骨干教师"], "levelProvince"],
    [["省级骨干教师数"], "levelProvince"],
    [["市级骨干教师"], "levelCity"],
    [["县级骨干教师人数"], "levelCounty"],
    // Merged upper levels (keys.ts LEVEL_COVERS), as bureaus write them; before, each was unmatched (trial W1).
    [["县级及以上骨干教师", "省市级"], "levelProvinceCity"],
    [["县级及以上骨干教师", "省市级", "人"], "levelProvinceCity"],
    [["骨干教师", "省、市级"], "levelProvinceCity"],
    [["骨干教师", "省级、市级"], "levelProvinceCity"],
    [["骨干教师", "省级和市级"], "levelProvinceCity"],
    [["省市级骨干教师数"], "levelProvinceCity"],
    [["骨干教师", "省级及以上"], "levelProvinceUp"],
    [["省级以上骨干教师"], "levelProvinceUp"],
    [["骨干教师", "市级及以上"], "levelCityUp"],
    [["骨干教师", "地市级以上"], "levelCityUp"],
  ])("%j → a level part (%s)", (path, part) => {
    expect(matchHeaderPath(path)).toMatchObject({ key: "backboneTeachers", part, stage: null });
  });

  it.each([[["骨干教师数", "合计"]], [["县级及以上骨干教师", "小计"]], [["骨干教师", "县级及以上"]], [["骨干教师", "县级以上"]]])(
    "%j → the county-up total itself",
    (path) => expect(matchHeaderPath(path)).toMatchObject({ key: "backboneTeachers", part: null }),
  );

  it("keeps the stage of a per-stage level column", () => {
    expect(matchHeaderPath(["小学", "骨干教师", "县级"])).toMatchObject({ key: "backboneTeachers", part: "levelCounty", stage: "primary" });
  });

  it.each([
    // School level is below county level: never part of L2.
    [["骨干教师", "校级"]],
    [["校级骨干教师数"]],
    // A level outside a backbone group is not a backbone count.
    [["专任教师", "县级"]],
    [["省级"]],
    [["县级"]],
    // Rotation figures name levels too.
    [["骨干教师交流轮岗", "县级"]],
    [["县级骨干教师交流人数"]],
    // Shares are computed, not counts.
    [["骨干教师", "县级占比"]],
  ])("leaves a near-miss unmatched: %j", (path) => {
    expect(matchHeaderPath(path)).toBeNull();
  });

  it("still reads 专任教师/合计 as the teachers and 在校生数/合计 as the students", () => {
    expect(matchHeaderPath(["专任教师", "合计"])).toMatchObject({ key: "teachers" });
    expect(matchHeaderPath(["在校生数", "合计"])).toMatchObject({ key: "students" });
  });
});

describe("matchHeaderPath: PE and arts teachers under their own group", () => {
  it.each([
    [["体育艺术教师", "体育"], "pe"],
    [["体育艺术教师", "音乐"], "music"],
    [["体育艺术教师", "美术"], "art"],
    [["体艺教师", "艺术"], "arts"],
    [["音体美教师数", "美术"], "art"],
    [["体育、艺术（音乐、美术）教师", "音乐"], "music"],
    [["音乐美术教师数"], "musicArt"],
    [["音乐、美术专任教师"], "musicArt"],
    [["音美教师"], "musicArt"],
    [["体育艺术教师", "音乐美术"], "musicArt"],
    [["专任教师", "音乐和美术"], "musicArt"],
  ])("%j → %s", (path, part) => {
    expect(matchHeaderPath(path)).toMatchObject({ key: "peArtTeachers", part });
  });

  it.each([[["体育场地", "体育"]], [["在校生数", "体育"]], [["体育运动场馆", "美术"]], [["艺术团", "音乐"]]])("leaves a near-miss unmatched: %j", (path) => {
    expect(matchHeaderPath(path)).toBeNull();
  });
});

describe("matchHeaderPath: teachers above the required degree", () => {
  it.each([[["专任教师", "具有高于规定学历"]], [["具有高于规定学历的专任教师数"]], [["具备高于规定学历教师"]]])("%j → qualifiedTeachers", (path) => {
    expect(matchHeaderPath(path)).toMatchObject({ key: "qualifiedTeachers", part: null });
  });

  it("does not take a teaching certificate or a rate for it", () => {
    expect(matchHeaderPath(["具有教师资格证人数"])).toMatchObject({ key: "certifiedTeachers" });
    expect(matchHeaderPath(["具有高于规定学历教师比例"])).toBeNull();
  });
});

describe("matchHeaderPath: units after the name, in a units row, and in 亩", () => {
  it.each([
    [["教学仪器设备值/万元"], "equipmentValue", "万元"],
    [["体育运动场馆面积/平方米"], "sportsTotalArea", "平方米"],
    [["教学仪器设备值：万元"], "equipmentValue", "万元"],
    [["在校生数/人"], "students", "人"],
    [["教学仪器设备值", "万元"], "equipmentValue", "万元"],
    [["体育运动场馆面积", "平方米"], "sportsTotalArea", "平方米"],
    [["体育运动场馆面积（亩）"], "sportsTotalArea", "亩"],
    [["运动场地面积亩"], "sportsGroundArea", "亩"],
    [["教学及辅助用房面积（万平方米）"], "teachingArea", "万平方米"],
    // Short forms people type: 平米 / 平方 for 平方米, a bare 万 for 万元.
    [["教学及辅助用房面积（平米）"], "teachingArea", "平米"],
    [["室内体育用房面积(平方)"], "indoorSportsArea", "平方"],
    [["运动场地面积平米"], "sportsGroundArea", "平米"],
    [["教学仪器设备值（万）"], "equipmentValue", "万"],
    [["公用经费/万"], "publicFunding", "万"],
  ])("%j → %s in %s", (path, key, unit) => {
    expect(matchHeaderPath(path)).toMatchObject({ key, unit });
  });

  it("takes a unit off only at the end, and a bare 元 only behind a slash", () => {
    expect(analysePath(["公用经费/元"])).toEqual({ segments: ["公用经费"], stage: null, unit: "元" });
    // No header word ends in 万元 but the unit; 元 alone may end a word, so it stays.
    expect(analysePath(["单元"])).toEqual({ segments: ["单元"], stage: null, unit: null });
  });

  it.each([
    [["教学及辅助用房面积（万元）"]],
    [["教学仪器设备值（亩）"]],
    [["教学仪器设备值（平方米）"]],
    [["体育艺术专任教师数（%）"]],
    [["在校生数（平方米）"]],
    [["在校生数（万）"]],
    [["教学及辅助用房面积（万）"]],
  ])("leaves a column in a unit it cannot be in unread: %j", (path) => {
    expect(matchHeaderPath(path)).toBeNull();
  });

  it("knows 1 亩 = 10000 ÷ 15 m²", () => {
    expect(MU_IN_M2).toBeCloseTo(666.6666666666666, 12);
  });
});

describe("matchHeaderPath: a whole-school or total qualifier in brackets (教学及辅助用房面积（全校）)", () => {
  it.each([
    [["教学及辅助用房面积（全校）"], null],
    [["教学及辅助用房面积(全校)"], null],
    [["教学及辅助用房面积（含室内体育用房）"], null],
    [["教学及辅助用房面积（总）"], null],
    [["教学及辅助用房面积（合计）"], null],
    [["教学及辅助用房面积（㎡）"], "m2"],
    [["教学及辅助用房面积（平方米）"], "平方米"],
    // Unit and qualifier together, in either order.
    [["教学及辅助用房面积（全校）（平方米）"], "平方米"],
    [["教学及辅助用房面积（平方米）（全校）"], "平方米"],
    // The qualifier on the group over 面积.
    [["教学及辅助用房（全校）", "面积"], null],
  ])("%j → teachingArea for the whole school (unit %p)", (path, unit) => {
    expect(matchHeaderPath(path)).toEqual({ key: "teachingArea", part: null, stage: null, unit });
  });

  it("reads other totals so too: 专任教师（全校）, 骨干教师（合计）", () => {
    expect(matchHeaderPath(["专任教师（全校）"])).toEqual({ key: "teachers", part: null, stage: null, unit: null });
    expect(matchHeaderPath(["骨干教师（合计）"])).toEqual({ key: "backboneTeachers", part: null, stage: null, unit: null });
  });

  // A 完全中学's 在校生数（全校） = 700 初中 + 500 高中 = 1200: read as the students, its junior section's L1 would be 70 ÷ 1200 × 100 = 5.83, not 10.
  it.each([[["在校生数（全校）"]], [["在校生数（合计）"]], [["在校学生数(总计)"]], [["在校生数（全校）", "合计"]], [["在校生数（全校）（人）"]]])(
    "leaves the whole school's students %j unrecognised: for a 完全中学 they include the senior ones",
    (path) => expect(matchHeaderPath(path)).toBeNull(),
  );

  it("still reads a stage's whole-school students, the senior ones, and 在校生数（含随班就读）", () => {
    expect(matchHeaderPath(["初中在校生数（全校）"])).toEqual({ key: "students", part: null, stage: "junior", unit: null });
    expect(matchHeaderPath(["高中在校生数（全校）"])).toEqual({ key: "seniorStudents", part: null, stage: null, unit: null });
    expect(matchHeaderPath(["在校生数（含随班就读）"])).toEqual({ key: "students", part: null, stage: null, unit: null });
    expect(matchHeaderPath(["在校生数"])).toEqual({ key: "students", part: null, stage: null, unit: null });
  });

  it("says in analysePath that a whole-school qualifier was dropped, and not for a unit or 含随班就读", () => {
    expect(analysePath(["在校生数（全校）"])).toEqual({ segments: ["在校生数"], stage: null, unit: null, whole: true });
    expect(analysePath(["在校生数（含随班就读）"])).toEqual({ segments: ["在校生数"], stage: null, unit: null });
    expect(analysePath(["在校生数（人）"])).toEqual({ segments: ["在校生数"], stage: null, unit: "人" });
  });

  // rules.md §2 L5 = 运动场地 (outdoor) + 室内体育用房: a ground area that includes the indoor rooms is L5's total.
  it.each([["运动场地面积（含室内体育用房）"], ["运动场地面积（含体育馆）"], ["运动场地面积(包括风雨操场)"], ["体育运动场地面积（含室内体育用房）（平方米）"], ["运动场（含室内运动场馆）"]])(
    "reads %p as the sports total, not the outdoor ground",
    (header) => expect(matchHeaderPath([header])?.key).toBe("sportsTotalArea"),
  );

  it("reads 教学及辅助用房（含室内体育用房）as the teaching area, which contains them by definition", () => {
    expect(matchHeaderPath(["教学及辅助用房面积（含体育馆）"])).toEqual({ key: "teachingArea", part: null, stage: null, unit: null });
    expect(matchHeaderPath(["教学及教辅用房面积（含室内体育用房）（㎡）"])).toEqual({ key: "teachingArea", part: null, stage: null, unit: "m2" });
    expect(matchHeaderPath(["教学及辅助用房（含室内体育用房）", "面积"])).toEqual({ key: "teachingArea", part: null, stage: null, unit: null });
  });

  it.each([[["在校生数（含室内体育用房）"]], [["专任教师（含体育馆）"]], [["室外运动场地（含室内体育用房）"]], [["仪器设备值（含体育馆）"]]])(
    "leaves 含室内体育用房 on any other header %j unrecognised",
    (path) => expect(matchHeaderPath(path)).toBeNull(),
  );

  it.each([
    [["教学及辅助用房面积（小学）"], "primary"],
    [["教学及辅助用房面积（初中）"], "junior"],
    [["教学及辅助用房面积（初中部）"], "junior"],
  ])("%j is one stage's area, not the whole school's", (path, stage) => {
    expect(matchHeaderPath(path)).toEqual({ key: "teachingArea", part: null, stage, unit: null });
  });

  it.each([[["生均教学及辅助用房面积"]], [["生均教学及辅助用房面积（全校）"]], [["教学及辅助用房面积", "生均"]], [["生均教学及辅助用房面积（㎡）"]]])(
    "%j is per student, never the total",
    (path) => expect(matchHeaderPath(path)).toBeNull(),
  );

  it.each([
    // Each counts what the indicator leaves out: not any （含…） is a total.
    [["骨干教师（含校级）"]],
    [["在校生数（含高中）"]],
    [["专任教师（含代课教师）"]],
    [["教学及辅助用房面积（不含室内体育用房）"]],
    // A bracket alone is no column.
    [["（全校）"]],
  ])("%j stays unrecognised", (path) => expect(matchHeaderPath(path)).toBeNull());
});

describe("matchHeaderPath: 高于规定学历教师 over its per-stage degree columns (L1, rules.md §2)", () => {
  it.each([
    [["高于规定学历教师", "小学（专科及以上）"], "primary", "associateUp"],
    [["高于规定学历教师", "初中（本科及以上）"], "junior", "bachelorUp"],
    [["高于规定学历教师", "小学(大专及以上学历)"], "primary", "associateUp"],
    [["具有高于规定学历的专任教师数", "初中【本科及以上】"], "junior", "bachelorUp"],
    // Without the degree: the stage's own count.
    [["高于规定学历教师", "小学"], "primary", null],
    [["高于规定学历教师", "初中"], "junior", null],
  ])("%j → qualifiedTeachers of %s (%s)", (path, stage, part) => {
    expect(matchHeaderPath(path)).toEqual({ key: "qualifiedTeachers", part, stage, unit: null });
  });

  it("takes off the stage only: 小学（专科及以上） is what the header under 高于规定学历教师 says", () => {
    expect(analysePath(["高于规定学历教师", "初中（本科及以上）"])).toEqual({ segments: ["高于规定学历教师", "本科及以上"], stage: "junior", unit: null });
  });

  it("still does not read the indicator itself (每百名学生拥有高于规定学历教师数)", () => {
    expect(matchHeaderPath(["每百名学生拥有高于规定学历教师数", "小学（专科及以上）"])).toBeNull();
  });
});

describe("matchHeaderPath: 举办者, the statistics export's sponsor field", () => {
  // Its own key since 办学性质 beside it was taken for the same meaning and 举办者 left unread (tester tS finding 3).
  it.each([[["举办者"]], [["举办者类型"]], [["学校举办者"]]])("%j → the sponsor's column (read by rowMeta withSponsor)", (path) => {
    expect(matchHeaderPath(path)).toEqual({ key: "sponsor", part: null, stage: null, unit: null });
  });

  it("does not take 举办单位 (a body's name, no category) for it", () => expect(matchHeaderPath(["举办单位"])).toBeNull());
});

describe("readWorkbook with qualified headers: 运动场地面积（含室内体育用房）, 在校生数（全校）", () => {
  async function read(rows: readonly (readonly CellValue[])[]) {
    const result = await readWorkbook(sourceOf([gridOf(rows)]));
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
    return result;
  }
  const fieldsOf = (columns: readonly { address: string; field: string }[]) => columns.map((c) => `${c.address}:${c.field}`);

  // 一小: the 8000 m² of ground already include the 800 m² indoor, as the header says: L5 = 8000 ÷ 1000 = 8
  // (before: read as the outdoor ground and the indoor added on top, (8000 + 800) ÷ 1000 = 8.8).
  it.each(["运动场地面积（含室内体育用房）", "运动场地面积（含体育馆）"])("reads %p as L5's total, the indoor rooms not added again", async (header) => {
    const result = await read([
      ["学校名称", "办学类型", "在校生数", "教学及辅助用房面积", "室内体育用房面积", header],
      ["一小", "小学", 1000, 6000, 800, 8000],
      ["二小", "小学", 500, 3000, null, "4000"],
    ]);
    expect(fieldsOf(result.mapping.columns).slice(3)).toEqual(["D:teachingArea", "E:indoorSportsArea", "F:sportsTotalArea"]);
    const one = result.input.records.find((r) => r.name === "一小");
    expect(one?.fields.sportsTotalArea).toEqual({ value: 8000, cell: "学校基本情况!F2" });
    expect(one?.fields.sportsGroundArea).toBeUndefined();
    const sections = evaluate(result.input, builtInProfile("national-2017")).counties[0]?.sections ?? [];
    expect(sections.find((s) => s.name === "一小")?.indicators.L5?.value).toBeCloseTo(8000 / 1000, 12);
    expect(sections.find((s) => s.name === "二小")?.indicators.L5?.value).toBeCloseTo(4000 / 500, 12); // blank indoor, total as text
  });

  it("still adds the indoor rooms to a plain 运动场地面积: (8000 + 800) ÷ 1000 = 8.8, for one school", async () => {
    const result = await read([["学校名称", "办学类型", "在校生数", "室内体育用房面积", "运动场地面积"], ["一小", "小学", 1000, 800, 8000]]);
    const l5 = evaluate(result.input, builtInProfile("national-2017")).counties[0]?.sections[0]?.indicators.L5?.value;
    expect(l5).toBeCloseTo((8000 + 800) / 1000, 12);
  });

  // 一中 (完全中学): 1200 whole-school = 700 初中 + 500 高中. Read as the junior students, C would give L1 = 70 ÷ 1200 × 100 = 5.83, not 70 ÷ 700 × 100 = 10.
  it("leaves 在校生数（全校） unread beside a 完全中学 row: no other students column → the sheet lacks students, and the note at C1 says why", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["学校名称", "办学类型", "在校生数（全校）", "本科及以上专任教师"], ["一中", "完全中学", 1200, 70], ["二中", "初级中学", 800, 50]])]));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.cell, i.params?.fieldList ?? i.params?.text])).toEqual([
      ["read_missing_columns", "学校基本情况!A1:D1", "students"],
      ["read_students_whole_senior", "学校基本情况!C1", "完全中学"],
    ]);
  });

  it("leaves 在校生数（全校） unread beside 高中在校生数: no section gets 1200 (or 1200 − 500 guessed), the header is named unmatched", async () => {
    const result = await read([
      ["学校名称", "办学类型", "在校生数（全校）", "高中在校生数", "本科及以上专任教师"],
      ["一中", "完全中学", 1200, 500, 70],
      ["二中", "初级中学", "800", null, 50],
    ]);
    expect(fieldsOf(result.mapping.columns)).toEqual(["A:name", "B:type", "D:seniorStudents", "E:qualifiedTeachers"]);
    expect(result.input.records.map((r) => r.fields.students)).toEqual([undefined, undefined]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "read_columns_unmatched", params: expect.objectContaining({ headers: "在校生数（全校）" }) }));
  });

  it("reads a stage's own 初中在校生数（全校） as that stage's students, for one school", async () => {
    const result = await read([["学校名称", "办学类型", "初中在校生数（全校）", "本科及以上专任教师"], ["一中", "初级中学", 700, 70]]);
    expect(result.mapping.columns.find((c) => c.address === "C")).toMatchObject({ field: "students", stage: "junior" });
    const junior = evaluate(result.input, builtInProfile("national-2017")).counties[0]?.sections[0];
    expect(junior?.students).toBe(700);
    expect(junior?.indicators.L1?.value).toBeCloseTo((70 / 700) * 100, 12);
  });
});

describe("matchHeaderPath: the whole-school qualifier and the unit in one bracket (（全校，㎡）)", () => {
  it.each([
    ["教学及辅助用房面积（全校，㎡）", "teachingArea", "m2"],
    ["教学及辅助用房面积（全校/㎡）", "teachingArea", "m2"],
    ["教学及辅助用房面积（㎡，全校）", "teachingArea", "m2"],
    ["体育运动场馆面积（全校，平方米）", "sportsTotalArea", "平方米"],
    ["教学仪器设备值（全校，万元）", "equipmentValue", "万元"],
    ["网络多媒体教室（合计，间）", "multimediaRooms", "间"],
  ])("%p → %p in %p, as （全校）（㎡） is", (header, key, unit) => {
    expect(matchHeaderPath([header])).toEqual({ key, part: null, stage: null, unit });
    expect(analysePath([header]).whole).toBe(true);
  });

  it("still leaves the whole school's students unread (在校生数（全校，人）: a 完全中学's counts its senior students)", () => {
    expect(matchHeaderPath(["在校生数（全校，人）"])).toBeNull();
  });

  it("does not take a bracket of other words with a unit for the qualifier", () => {
    expect(analysePath(["教学及辅助用房面积（新建，㎡）"]).whole).toBeUndefined();
  });
});

describe("matchHeaderPath: the 城乡分类代码 of the statistics export", () => {
  it("reads 城乡分类代码 as the rurality (it was thrown out with the other codes, and a 220 school was taken as urban)", () => {
    expect(matchHeaderPath(["城乡分类代码"])).toMatchObject({ key: "rural" });
    expect(matchHeaderPath(["城乡代码"])).toMatchObject({ key: "rural" });
  });
  it("still leaves other codes unread", () => {
    expect(matchHeaderPath(["学校代码"])).toBeNull();
    expect(matchHeaderPath(["学校标识码代码"])).toBeNull();
    expect(matchHeaderPath(["行政区划代码"])).toBeNull();
  });
  it("through the reader: code 220 makes a school rural, 121 not", async () => {
    const read = await readWorkbook(sourceOf([gridOf([["学校名称", "在校生数", "城乡分类代码"], ["石桥村小", 85, 220], ["城关小学", 900, "121"]])]));
    expect(read.ok && read.input.records.map((r) => [r.name, r.flags.rural])).toEqual([["石桥村小", true], ["城关小学", false]]);
  });
});
