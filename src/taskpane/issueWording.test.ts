import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { issueWordings } from "./issueWording";

/** 红旗学校 of messy.xlsx: row 7 gives its teachers for the whole school only (63 qualified, 12 backbone, 9 PE and arts; the junior section 45 qualified). */
const wholeOnly = (school: string, stage: string, indicator: string, field: string, value: number): Issue => ({
  code: "combined_whole_school_only",
  severity: "error",
  cell: "学校基本情况!H7",
  params: { school, stage, row: "学校基本情况!7", indicator, field, value },
});
const HONGQI = [
  wholeOnly("红旗学校", "primary", "L1", "qualifiedTeachers", 63),
  wholeOnly("红旗学校", "primary", "L2", "backboneTeachers", 12),
  wholeOnly("红旗学校", "primary", "L3", "peArtTeachers", 9),
  wholeOnly("红旗学校", "junior", "L1", "qualifiedTeachers", 45),
  wholeOnly("红旗学校", "junior", "L2", "backboneTeachers", 12),
];
const ADVICE_ZH = "请按学段给出教师数";
const ADVICE_EN = "Give the teachers by stage";
const texts = (issues: readonly Issue[], lang: "zh" | "en") => issueWordings(issues, lang).map((w) => message(w.code, w.params, lang));

/** The G3 note (guarantee_rooms_estimated) naming `n` schools, 校1 on row 5, 校2 on row 6…, as schoolPlaces writes them. */
const roomsNote = (n: number): Issue => ({
  code: "guarantee_rooms_estimated",
  severity: "info",
  cell: "学校基本情况!T5",
  params: { item: "G3", count: n, schools: "", schoolRows: Array.from({ length: n }, (_, i) => `校${i + 1}@${i + 5}`).join("\n") },
});

describe("issueWordings: the advice of 红旗学校's five errors once (finding 11 of the pane's walk-through)", () => {
  it("gives the advice on the school's first error only; the others end 补充方法同上", () => {
    const zh = texts(HONGQI, "zh");
    expect(zh.map((t) => t.includes(ADVICE_ZH))).toEqual([true, false, false, false, false]);
    expect(zh[0]).toBe(message("combined_whole_school_only", HONGQI[0]?.params, "zh"));
    expect(zh[1]).toBe("红旗学校（小学）：“县级及以上骨干教师数”只有全校数 12，没有分学段数，指标 L2 无法计算（学校基本情况 第7行；补充方法同上）");
    expect(zh[3]).toBe("红旗学校（初中）：“高于规定学历专任教师数”只有全校数 45，没有分学段数，指标 L1 无法计算（学校基本情况 第7行；补充方法同上）");
  });

  it("says it in English likewise", () => {
    const en = texts(HONGQI, "en");
    expect(en.map((t) => t.includes(ADVICE_EN))).toEqual([true, false, false, false, false]);
    expect(en[2]).toBe("红旗学校 (primary): PE and arts teachers is given only for the whole school (9), not per stage, so L3 cannot be computed (学校基本情况 row 7; for what to add, see above)");
  });

  it("gives it again for another school, and keeps one issue of a school as it is", () => {
    const dongfeng = wholeOnly("东风学校", "junior", "L1", "qualifiedTeachers", 30);
    expect(texts([HONGQI[0] as Issue, dongfeng, HONGQI[1] as Issue], "zh").map((t) => t.includes(ADVICE_ZH))).toEqual([true, true, false]);
    expect(texts([dongfeng], "zh")).toEqual([message("combined_whole_school_only", dongfeng.params, "zh")]);
  });

  it("gives combined_no_stage_data's advice once per school (a 九年一贯制 school without per-stage students raises it for each stage)", () => {
    const noStage = (stage: string): Issue => ({ code: "combined_no_stage_data", severity: "error", cell: "学校!B9", params: { school: "龙泉学校", stage, row: "学校!9" } });
    const zh = texts([noStage("primary"), noStage("junior")], "zh");
    expect(zh[0]).toContain("请按学段给出数据");
    expect(zh[1]).toBe("龙泉学校为一贯制 / 完全中学，但没有分学段数据（在校生数只有全校数），初中学段无法评估（学校 第9行；补充方法同上）");
  });

  it("has nothing to word for no issues", () => {
    expect(issueWordings([], "zh")).toEqual([]);
  });
});

describe("issueWordings: a note naming many schools shows the count, the first three and a way to all (finding 11)", () => {
  it("cuts the sample's G3 note of 25 schools to 3 and 另 22 所, keeping the 25 for 展开全部", () => {
    const note = roomsNote(25);
    const [w] = issueWordings([note], "zh");
    expect(message(w?.code ?? "", w?.params, "zh")).toMatch(/^G3 音乐、美术专用教室：25 所学校（校1（第5行）、校2（第6行）、校3（第7行）、另 22 所）的音乐或美术教室只给了间数和总面积/);
    expect(w?.full).toBe(note.params);
    expect(message(w?.code ?? "", w?.full ?? {}, "zh")).toContain("校25（第29行））");
  });

  it("in English: the first three and 'and 22 more'", () => {
    const [w] = issueWordings([roomsNote(25)], "en");
    expect(message(w?.code ?? "", w?.params, "en")).toMatch(/^G3 Music and art rooms: 25 schools \(校1 \(row 5\), 校2 \(row 6\), 校3 \(row 7\), and 22 more\) give only/);
  });

  it("names five schools whole, and cuts six to three and 另 3 所", () => {
    expect(issueWordings([roomsNote(5)], "zh")[0]?.full).toBeNull();
    const [six] = issueWordings([roomsNote(6)], "zh");
    expect(String(six?.params.schoolRows).split("\n")).toEqual(["校1@5", "校2@6", "校3@7", "另 3 所"]);
  });

  it("keeps one school named as it is (the _one form)", () => {
    const [w] = issueWordings([roomsNote(1)], "zh");
    expect(w?.full).toBeNull();
    expect(message(w?.code ?? "", w?.params, "zh")).toMatch(/^G3 音乐、美术专用教室：1 所学校（校1（第5行））的/);
  });

  it("cuts a list of school sections (a column missing for seven) to three and 另 4 个", () => {
    const sections = ["城关小学@primary", "实验中学@junior", "红旗学校@primary", "红旗学校@junior", "东风小学@primary", "河口小学@primary", "石门小学@primary"];
    const issue: Issue = { code: "read_column_missing_sections", severity: "error", cell: null, params: { sheet: "学校基本情况", field: "teachingArea", indicator: "L4", count: 7, sections: sections.join("\n") } };
    const [w] = issueWordings([issue], "zh");
    expect(message(w?.code ?? "", w?.params, "zh")).toBe("工作表“学校基本情况”中没有“教学及辅助用房面积”列，以下 7 个学校（学段）的指标 L4 因此无法计算：城关小学（小学）、实验中学（初中）、红旗学校（小学）、另 4 个");
  });
});

describe("issueWordings: the items the columns leave 待评估, said in full under the mapping table (R2 of s46, finding 7)", () => {
  const pending = (pendingItems: string, count: number): Issue => ({ code: "read_item_columns_missing", severity: "warning", cell: "学校!A1", params: { sheet: "学校", count, pendingItems } });

  it("names the items by code and points to the line under the table, in either language", () => {
    const two = pending("G5=largestClass|@class_buckets\nQ4=trainingFunds;publicFunding", 2);
    expect(texts([two], "zh")).toEqual(["工作表“学校”中没有找到 G5、Q4 所需的列，这些项目为待评估；各项所缺的列和可识别的表头见上方“列对应关系”表下"]);
    expect(texts([two], "en")).toEqual(["Sheet “学校” has no column for what G5, Q4 need, so they are not yet assessed; what each lacks, and the headers recognised, are under the Column mapping table above"]);
    expect(issueWordings([two], "zh")[0]?.full).toBeNull();
  });

  it("says one item as one", () => {
    expect(texts([pending("G12=certifiedTeachers", 1)], "en")).toEqual(["Sheet “学校” has no column for what G12 needs, so it is not yet assessed; what it lacks, and the headers recognised, are under the Column mapping table above"]);
  });
});
