import { CLASS_BUCKET_FIELDS } from "../engine/guarantee/itemNeeds";
import { needsParam, needsText, pendingItemCodes, pendingItemsText, pendingParam } from "./needsText";

describe("needsParam / needsText: what an item lacks, carried by an issue and said in either language", () => {
  it("keeps needs, options and fields wanted together apart in the parameter", () => {
    expect(needsParam([["classes"], [["musicRooms", "musicRoomsArea"], "musicRoomsCompliant"]])).toBe("classes;musicRooms+musicRoomsArea|musicRoomsCompliant");
    expect(needsParam([["largestClass", CLASS_BUCKET_FIELDS]])).toBe("largestClass|@class_buckets");
  });

  it("says a need's first option, the others in brackets (或…), fields wanted together with 和", () => {
    expect(needsText("largestClass|@class_buckets", "zh")).toBe("最大班额（或各班额段班数）");
    expect(needsText("musicRooms+musicRoomsArea|musicRoomsCompliant", "zh")).toBe("音乐专用教室数和音乐专用教室面积（或面积达标的音乐专用教室数）");
    expect(needsText("musicRooms+musicRoomsArea|musicRoomsCompliant", "en")).toBe("Music rooms and Music rooms area (or music rooms meeting the area rule)");
    expect(needsText("largestClass|@class_buckets|classes", "zh")).toBe("最大班额（或各班额段班数或班级数）");
    // Needs apart by the list separator: no 或 or 和 of one need reads as the next's.
    expect(needsText("classes;musicRooms+musicRoomsArea|musicRoomsCompliant;artRoomsCompliant", "zh")).toBe("班级数、音乐专用教室数和音乐专用教室面积（或面积达标的音乐专用教室数）、面积达标的美术专用教室数");
  });

  it("lists several needs, and a single field alone", () => {
    expect(needsText("trainingFunds;publicFunding", "zh")).toBe("教师培训经费、公用经费");
    expect(needsText("trainingFunds;publicFunding", "en")).toBe("Teacher training funds, Public funding");
    expect(needsText("classes", "zh")).toBe("班级数");
  });
});

describe("pendingParam / pendingItemsText: the items left 待评估, in one issue parameter", () => {
  it("keeps each item's code and needs on a line of its own and says them as clauses", () => {
    const param = pendingParam([{ item: "G5", missing: [["largestClass", CLASS_BUCKET_FIELDS]] }, { item: "Q4", missing: [["trainingFunds"]] }]);
    expect(param).toBe("G5=largestClass|@class_buckets\nQ4=trainingFunds");
    expect(pendingItemsText(param, "zh")).toBe("G5 班额：缺最大班额（或各班额段班数）；Q4 教师培训经费占公用经费比例：缺教师培训经费");
    expect(pendingItemsText(param, "en")).toBe("G5 Class size: needs columns for largest class (or class counts by size); Q4 Teacher training funds share of public funding: needs columns for teacher training funds");
  });
});

describe("pendingItemCodes", () => {
  it("gives the codes of a pendingParam in order, one a line; one item; an empty param as one empty code", () => {
    expect(pendingItemCodes("G3=classes\nG5=largestClass|@class_buckets\nQ4=trainingFunds")).toEqual(["G3", "G5", "Q4"]);
    expect(pendingItemCodes("G5=largestClass")).toEqual(["G5"]);
    expect(pendingItemCodes("")).toEqual([""]);
  });
});
