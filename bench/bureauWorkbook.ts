import ExcelJS from "exceljs";
import type { Stage } from "../src/engine/types";
import { generateSchools, type BenchSize, type SchoolPlan, type SharedValues } from "./generate";

/**
 * A bureau-like input workbook for the read → evaluate → write benchmark: a title row, a unit
 * line, one flat header row, then one row per section (a 九年一贯制 school as two rows, 小学部 and
 * 初中部, with its shared areas and equipment already split 1 : 1.1 as bureaus keep them).
 */

export const INPUT_SHEET = "学校基本情况";

const HEADERS = [
  "县区", "学校名称", "办学类型", "学段", "在校生数", "班级数", "专任教师数", "高于规定学历教师数", "县级及以上骨干教师数",
  "体育艺术专任教师数", "持教师资格证教师数", "完成360学时培训教师数", "最大班额", "教学及辅助用房面积（㎡）",
  "室内体育用房面积（㎡）", "运动场地面积（㎡）", "教学仪器设备值（万元）", "网络多媒体教室数（间）", "音乐专用教室数",
  "音乐专用教室面积（㎡）", "美术专用教室数", "美术专用教室面积（㎡）",
];

const TYPE_LABEL = { primary: "小学", junior: "初级中学", nine_year: "九年一贯制学校" } as const;
const STAGE_LABEL: Readonly<Record<Stage, string>> = { primary: "小学", junior: "初中" };
const JUNIOR_WEIGHT = 1.1;

/** Shared values for one section of a combined school: its weighted-student share (rules.md §2). */
function sectionShare(plan: SchoolPlan, stage: Stage): number {
  const p = plan.stages.primary?.students ?? 0;
  const j = (plan.stages.junior?.students ?? 0) * JUNIOR_WEIGHT;
  return stage === "primary" ? p / (p + j) : j / (p + j);
}

function sharedCells(s: SharedValues, share: number): (number | string)[] {
  const area = (v: number): number => Math.round(v * share * 100) / 100;
  const rooms = (v: number): number => Math.round(v * share);
  // A section's share of rooms rounds to whole rooms; its rooms' area goes with them (no area beside 0 rooms).
  const roomArea = (count: number, total: number): number => (rooms(count) === 0 ? 0 : area(total));
  return [
    area(s.teachingArea), area(s.indoorSportsArea), area(s.sportsGroundArea), Math.round((s.equipmentValue * share) / 100) / 100,
    rooms(s.multimediaRooms), rooms(s.musicRooms), roomArea(s.musicRooms, s.musicRoomsArea), rooms(s.artRooms), roomArea(s.artRooms, s.artRoomsArea),
  ];
}

function sectionRows(plan: SchoolPlan): (number | string)[][] {
  const combined = plan.type === "nine_year";
  return (["primary", "junior"] as const).flatMap((stage) => {
    const v = plan.stages[stage];
    if (v === undefined) return [];
    const name = combined ? `${plan.name}（${stage === "primary" ? "小学部" : "初中部"}）` : plan.name;
    const type = TYPE_LABEL[plan.type as keyof typeof TYPE_LABEL];
    const own = [v.students, v.classes, v.teachers, v.qualifiedTeachers, v.backboneTeachers, v.peArtTeachers, v.certifiedTeachers, v.trainedTeachers, v.largestClass];
    return [[plan.county, name, type, STAGE_LABEL[stage], ...own, ...sharedCells(plan.shared, combined ? sectionShare(plan, stage) : 1)]];
  });
}

/**
 * Writes the workbook for `size` sections to `path` (streamed, so writing it costs little memory)
 * and returns the number of data rows.
 */
export async function writeBureauWorkbook(path: string, size: BenchSize): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: true });
  const ws = wb.addWorksheet(INPUT_SHEET);
  ws.addRow(["某某市2024年义务教育学校基本情况统计表"]).commit();
  ws.addRow(["单位：人、平方米、万元、间"]).commit();
  ws.addRow(HEADERS).commit();
  let rows = 0;
  for (const plan of generateSchools(size)) {
    for (const row of sectionRows(plan)) {
      ws.addRow(row).commit();
      rows++;
    }
  }
  ws.commit();
  await wb.commit();
  return rows;
}
