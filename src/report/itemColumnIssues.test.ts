import { evaluate } from "../engine/evaluate";
import { AT_STANDARD_PRIMARY, NATIONAL, recordOf } from "../engine/testing/fixtures";
import type { CountyFigure, Evaluation, SchoolRecord } from "../engine/types";
import { message } from "../messages/catalogue";
import { mappingOf } from "../workbook/read/testing";
import { itemColumnIssues } from "./itemColumnIssues";

/** The L1–L7 columns and the counts G3, G6, G9, G12 and Q4 read: everything but G5's class sizes. */
const ALL_BUT_CLASS_SIZE = {
  ...AT_STANDARD_PRIMARY,
  classes: 200,
  musicRoomsCompliant: 17,
  artRoomsCompliant: 17,
  teachers: 500,
  trainedTeachers: 500,
  certifiedTeachers: 500,
  publicFunding: 8_000_000,
  trainingFunds: 400_000,
};
const mappingFor = (fields: readonly string[]) => mappingOf("学校", 2, fields.map((field, column) => ({ column, header: field, field })));
const evaluated = (records: readonly SchoolRecord[], countyFigures: readonly CountyFigure[] = []): Evaluation => evaluate({ records, countyFigures, year: 2024 }, NATIONAL);
const oneSchool = [recordOf(ALL_BUT_CLASS_SIZE)];
const sayAll = (e: Evaluation, fields: readonly string[], lang: "zh" | "en") => itemColumnIssues(mappingFor(fields), e, NATIONAL).map((i) => message(i.code, i.params, lang));

describe("itemColumnIssues: the items left 待评估 because the sheet lacks their columns are named, with what each lacks", () => {
  it("names G5 and its two ways of being judged, in Chinese and English, for one school", () => {
    const fields = Object.keys(ALL_BUT_CLASS_SIZE);
    expect(sayAll(evaluated(oneSchool), fields, "zh")).toEqual(["工作表“学校”中没有找到以下项目所需的列，该项目为待评估：G5 班额：缺最大班额（或各班额段班数）。请补充这些列（可识别的表头如“最大班额人数”（最大班额）、“56-60人”等各班额段），或在县级指标表中给出该项目；如表中已有这些列而表头不同，请指定其对应的字段（命令行 --map，如 --map 公用经费=K；或任务窗格的“列对应关系”）"]);
    expect(sayAll(evaluated(oneSchool), fields, "en")).toEqual([
      "Sheet “学校” has no column for what this item needs, so it is not yet assessed: G5 Class size: needs columns for largest class (or class counts by size). Add the columns (headed e.g. “最大班额人数” (largest class), “56-60人” and the other class-size buckets (class counts by size)), or give the item on the county figures sheet; if the sheet has them under other headers, say which field each column holds (--map on the command line, e.g. --map publicFunding=K, or the task pane's Column mapping)",
    ]);
    // the header row 2 (0-based) is sheet row 3, its first column A
    expect(itemColumnIssues(mappingFor(fields), evaluated(oneSchool), NATIONAL)[0]).toMatchObject({ severity: "warning", cell: "学校!A3" });
  });

  it("says every such item in one warning, each with its needs: G3's classes and each room kind, Q4's two funding columns", () => {
    const bare = [recordOf(AT_STANDARD_PRIMARY)];
    const said = sayAll(evaluated(bare), Object.keys(AT_STANDARD_PRIMARY), "zh");
    expect(said).toHaveLength(1);
    const items = (said[0] ?? "").replace(/^.*待评估：/, "").replace(/。请补充.*$/, "").split("；");
    expect(items.map((s) => s.slice(0, s.indexOf(" ")))).toEqual(["G3", "G5", "G7", "G9", "G12", "Q4"]);
    expect(items[0]).toBe("G3 音乐、美术专用教室：缺班级数、音乐专用教室数和音乐专用教室面积（或面积达标的音乐专用教室数）、美术专用教室数和美术专用教室面积（或面积达标的美术专用教室数）");
    expect(items[5]).toBe("Q4 教师培训经费占公用经费比例：缺教师培训经费、公用经费");
  });

  it("says nothing of an item a county figure answered, though its columns are missing", () => {
    const classSize: CountyFigure = { county: null, code: "G5_class_size", value: true, cell: "县级指标!B5" };
    expect(sayAll(evaluated(oneSchool, [classSize]), Object.keys(ALL_BUT_CLASS_SIZE), "zh")).toEqual([]);
  });

  it("says nothing when the column is there but its cells are blank: the reader and the engine say that", () => {
    expect(sayAll(evaluated(oneSchool), [...Object.keys(ALL_BUT_CLASS_SIZE), "largestClass"], "zh")).toEqual([]);
  });

  it("says nothing without a mapping (a stand-in reader) or without schools", () => {
    expect(itemColumnIssues(null, evaluated(oneSchool), NATIONAL)).toEqual([]);
    expect(sayAll(evaluated([]), Object.keys(ALL_BUT_CLASS_SIZE), "zh")).toEqual([]);
  });

  it("names an item once for the sheet, whatever the schools hold (one with 0 students)", () => {
    const two = [recordOf(ALL_BUT_CLASS_SIZE, { name: "甲小学" }), recordOf({ ...ALL_BUT_CLASS_SIZE, students: 0 }, { id: "S!3", name: "乙小学" })];
    expect(sayAll(evaluated(two), Object.keys(ALL_BUT_CLASS_SIZE), "zh")).toEqual([expect.stringContaining("：G5 班额：缺")]);
  });
});
