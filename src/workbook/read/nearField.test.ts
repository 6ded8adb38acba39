import { FIELD_KEYS } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { matchHeaderPath } from "./matchHeaderPath";
import { isSlipOf, nearField } from "./nearField";

/**
 * Headers the reader knows (aliases.ts), each with its field: the vocabulary a suggestion must not
 * confuse. Each is checked below to be read as that field, so that the list stays the reader's own.
 */
const KNOWN_HEADERS: readonly (readonly [string, string])[] = [
  ["音乐教室", "musicRooms"],
  ["美术教室", "artRooms"],
  ["音乐室", "musicRooms"],
  ["美术室", "artRooms"],
  ["音乐专用教室数", "musicRooms"],
  ["美术专用教室数", "artRooms"],
  ["音乐室间数", "musicRooms"],
  ["美术室间数", "artRooms"],
  ["音乐专用教室面积", "musicRoomsArea"],
  ["美术专用教室面积", "artRoomsArea"],
  ["音乐教室达标数", "musicRoomsCompliant"],
  ["美术教室达标数", "artRoomsCompliant"],
  ["面积达标的音乐专用教室数", "musicRoomsCompliant"],
  ["面积达标的美术专用教室数", "artRoomsCompliant"],
  ["体育教师数", "peArtTeachers"],
  ["音乐教师数", "peArtTeachers"],
  ["美术教师数", "peArtTeachers"],
  ["专任教师人数", "teachers"],
  ["持证教师数", "certifiedTeachers"],
  ["持教师资格证教师数", "certifiedTeachers"],
  ["完成360学时培训教师数", "trainedTeachers"],
  ["教师培训经费", "trainingFunds"],
  ["公用经费", "publicFunding"],
  ["在校生数", "students"],
  ["寄宿生数", "boardingStudents"],
  ["寄宿学生数", "boardingStudents"],
  ["高中在校生数", "seniorStudents"],
  ["班级数", "classes"],
  ["教学班数", "classes"],
  ["最大班额", "largestClass"],
  ["运动场地面积", "sportsGroundArea"],
  ["体育场地面积", "sportsGroundArea"],
  ["体育运动场地面积", "sportsGroundArea"],
  ["运动场馆面积", "sportsTotalArea"],
  ["体育运动场馆面积", "sportsTotalArea"],
  ["室内体育用房面积", "indoorSportsArea"],
  ["体育馆面积", "indoorSportsArea"],
  ["教学及辅助用房面积", "teachingArea"],
  ["教学及教辅用房面积", "teachingArea"],
  ["教学仪器设备值", "equipmentValue"],
  ["教学仪器设备总值", "equipmentValue"],
  ["网络多媒体教室数", "multimediaRooms"],
  ["多媒体教室数", "multimediaRooms"],
  ["县级及以上骨干教师数", "backboneTeachers"],
  ["县级骨干教师数", "backboneTeachers"],
  ["市级骨干教师数", "backboneTeachers"],
  ["高于规定学历专任教师数", "qualifiedTeachers"],
  ["专科及以上学历教师数", "qualifiedTeachers"],
  ["本科及以上学历教师数", "qualifiedTeachers"],
];

describe("isSlipOf", () => {
  it("takes one homophone typed for a character of the name (用方 for 用房), one dropped, or two swapped", () => {
    expect(isSlipOf("教学及辅助用方面积", "教学及辅助用房面积")).toBe(true);
    expect(isSlipOf("教学及辅助房面积", "教学及辅助用房面积")).toBe(true);
    expect(isSlipOf("教学及辅用助房面积", "教学及辅助用房面积")).toBe(true);
  });

  it("does not take a character the labels or known headers use: it changes what the column counts", () => {
    // 数 (a count) for 值 (a value); 师 (teachers) for 室 (rooms).
    expect(isSlipOf("教学仪器设备数", "教学仪器设备值")).toBe(false);
    expect(isSlipOf("音乐专用教师数", "音乐专用教室数")).toBe(false);
  });

  it("does not take a qualifier no label uses either: 兼任 teachers are not 专任 ones (nor 外聘, 代课, 非…)", () => {
    expect(isSlipOf("体育艺术兼任教师数", "体育艺术专任教师数")).toBe(false);
    expect(isSlipOf("体育艺术代任教师数", "体育艺术专任教师数")).toBe(false);
    expect(nearField(["体育、艺术兼任教师数"], ["peArtTeachers"])).toBeNull();
    // A homophone slip in the same label is still asked about.
    expect(isSlipOf("体育艺术专仁教师数", "体育艺术专任教师数")).toBe(true);
  });

  it("does not take two slips, a changed digit, a name under 5 characters, or the name itself", () => {
    expect(isSlipOf("美术专用教室数", "音乐专用教室数")).toBe(false);
    expect(isSlipOf("完成3年360学时培训教师数", "完成5年360学时培训教师数")).toBe(false);
    expect(isSlipOf("公用经废", "公用经费")).toBe(false);
    expect(isSlipOf("教学及辅助用房面积", "教学及辅助用房面积")).toBe(false);
  });

  it("pairs no two field labels", () => {
    const labels = FIELD_KEYS.map((key) => message(`field_${key}`, {}, "zh").replace(/、/g, ""));
    const pairs = labels.flatMap((a) => labels.filter((b) => isSlipOf(a, b)).map((b) => `${a} ~ ${b}`));
    expect(pairs).toEqual([]);
  });
});

describe("nearField", () => {
  it("names the missing field an unread header is a slip of, its unit and brackets aside (教学及辅助用方面积（㎡）)", () => {
    expect(nearField(["教学及辅助用方面积（㎡）"], ["teachingArea", "equipmentValue"])).toBe("teachingArea");
    // Under a group: the whole path is the name (教学及辅助用方 / 面积).
    expect(nearField(["教学及辅助用方", "面积"], ["teachingArea"])).toBe("teachingArea");
  });

  it("names none when that field was found (not among those wanted)", () => {
    expect(nearField(["教学及辅助用方面积（㎡）"], ["equipmentValue"])).toBeNull();
  });

  it("uses the reader's own header vocabulary: each known header is read as its field", () => {
    expect(KNOWN_HEADERS.filter(([header, field]) => matchHeaderPath([header])?.key !== field)).toEqual([]);
  });

  it("suggests no known header for another field, whatever is missing (音乐教室 is never 美术教室's)", () => {
    const confused = KNOWN_HEADERS.flatMap(([header, field]) => {
      const near = nearField([header], FIELD_KEYS.filter((k) => k !== field));
      return near === null ? [] : [`${header} → ${near}`];
    });
    expect(confused).toEqual([]);
  });
});
