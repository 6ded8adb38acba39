import { builtInProfile } from "../profiles/resolveProfile";
import { optionalHeaders, optionalHint } from "./optionalHint";

const national = builtInProfile("national-2017");
const ALL_BUT_CLASS_SIZE = ["classes", "musicRooms", "musicRoomsArea", "artRoomsCompliant", "teachers", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"];

describe("optionalHint: the items left 待评估 by optional columns not found, under the mapping table", () => {
  it("names the item and its columns, the class-size buckets as one phrase", () => {
    const present = new Set(ALL_BUT_CLASS_SIZE);
    expect(optionalHint(national, present, "zh")).toBe("以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：G5 班额：缺最大班额（或各班额段班数）");
    expect(optionalHint(national, present, "en")).toBe(
      "Columns these items need were not found, so they are not yet assessed (unless the county figures sheet gives them): G5 Class size: needs columns for largest class (or class counts by size)",
    );
  });

  it("joins the parts an item lacks as a list and the items as clauses", () => {
    const present = new Set(["largestClass", "teachers", "trainedTeachers", "certifiedTeachers", "publicFunding"]);
    expect(optionalHint(national, present, "zh")).toBe(
      "以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：G3 音乐、美术专用教室：缺班级数、音乐专用教室数和音乐专用教室面积（或面积达标的音乐专用教室数）、美术专用教室数和美术专用教室面积（或面积达标的美术专用教室数）；Q4 教师培训经费占公用经费比例：缺教师培训经费",
    );
  });

  it("says nothing when every item has its columns", () => {
    expect(optionalHint(national, new Set([...ALL_BUT_CLASS_SIZE, "largestClass"]), "zh")).toBe("");
  });
});

describe("optionalHint: a room count found without its area", () => {
  it("names the area it lacks, not the count the sheet has (a pane trial: 缺音乐专用教室数 beside a mapped 音乐专用教室数)", () => {
    const present = new Set(["classes", "musicRooms", "artRooms", "largestClass", "teachers", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(optionalHint(national, present, "zh")).toBe(
      "以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：G3 音乐、美术专用教室：缺音乐专用教室面积（或面积达标的音乐专用教室数）、美术专用教室面积（或面积达标的美术专用教室数）",
    );
  });
});

describe("optionalHeaders: the headers recognised for what the items lack, behind the line's button (R2 of s46, finding 7)", () => {
  it("names a header for each field lacked, the class-size buckets by their first, in either language", () => {
    const present = new Set(ALL_BUT_CLASS_SIZE);
    expect(optionalHeaders(national, present, "zh")).toBe("（可识别的表头如“最大班额人数”（最大班额）、“56-60人”等各班额段；如表中已有这些列而表头不同，请在上表中为该列选择其字段）");
    expect(optionalHeaders(national, present, "en")).toBe(
      " (headers recognised include “最大班额人数” (largest class), “56-60人” and the other class-size buckets (class counts by size); if the sheet has these columns under other headers, choose each one's field in the table above)",
    );
  });

  it("says nothing when every item has its columns", () => {
    expect(optionalHeaders(national, new Set([...ALL_BUT_CLASS_SIZE, "largestClass"]), "zh")).toBe("");
  });
});
