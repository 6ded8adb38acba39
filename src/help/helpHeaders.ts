import type { ColumnKey } from "../workbook/read/keys";

/**
 * Headers as bureaus write them, shown as examples beside each column on the help page; each is one
 * the reader matches to its column (helpHeaders.test.ts runs matchHeaderPath over every one), so
 * that the page never shows a header the reader does not take. `@class_buckets`: the class-size buckets.
 */
export const HELP_HEADERS: Readonly<Partial<Record<ColumnKey | "@class_buckets", readonly string[]>>> = {
  name: ["学校名称", "校名"],
  students: ["在校生数", "在校学生数", "学生人数"],
  qualifiedTeachers: ["专科及以上学历教师数", "本科及以上学历教师数"],
  backboneTeachers: ["县级及以上骨干教师", "骨干教师数"],
  peArtTeachers: ["体育、艺术专任教师数", "体育艺术教师数"],
  teachingArea: ["教学及辅助用房面积（㎡）", "教学辅助用房面积"],
  indoorSportsArea: ["室内体育用房", "体育馆面积"],
  sportsGroundArea: ["运动场地面积（㎡）", "运动场面积"],
  sportsTotalArea: ["体育运动场馆面积"],
  equipmentValue: ["教学仪器设备资产值（万元）", "仪器设备值（万元）"],
  multimediaRooms: ["网络多媒体教室", "多媒体教室数"],
  classes: ["班级数", "教学班数"],
  largestClass: ["最大班额人数"],
  "@class_buckets": ["25人及以下", "56-60人", "66人及以上"],
  musicRooms: ["音乐室间数"],
  musicRoomsArea: ["音乐室面积"],
  musicRoomsCompliant: ["音乐室达标间数"],
  artRooms: ["美术室间数"],
  artRoomsArea: ["美术室面积"],
  artRoomsCompliant: ["美术室达标间数"],
  teachers: ["专任教师", "专任教师人数"],
  certifiedTeachers: ["持证教师数", "教师资格证持有人数"],
  trainedTeachers: ["完成360学时培训教师数"],
  publicFunding: ["公用经费拨款"],
  trainingFunds: ["培训经费"],
  boardingStudents: ["寄宿生数", "寄宿学生数"],
  seniorStudents: ["高中在校生数"],
  county: ["县区", "县（市、区）"],
  township: ["乡镇（街道）"],
  type: ["办学类型", "学校类型"],
  stage: ["学段"],
  counted: ["是否计校数"],
  private: ["办学性质", "是否民办"],
  sponsor: ["举办者"],
  countyRun: ["是否县属", "隶属关系"],
  rural: ["城乡分类", "城乡分类代码", "是否乡村"],
  boarding: ["是否寄宿制"],
  builtYear: ["建成年份", "建校年份"],
  builtBy2016: ["2016年及以前建成"],
  builtBy2010: ["2010年及以前建成"],
};
