import type { CellValue } from "../types";

/*
 * One small county's school rows for the total-row suites (totalRowChecks.above / .groups /
 * .partial, totalRowSides), so that each suite's hand sums stand on the same rows:
 * 城区: 1652 + 980 = 2,632 students, 80 + 50 = 130 teachers; 镇区 (乡镇): 412 + 300 = 712, 30 + 20 = 50;
 * 乡村 (村小及教学点): 45 + 18 = 63, 6 + 2 = 8. 农村 (镇区 + 乡村): 775 / 58. All six: 3,407 / 188.
 * Tests only.
 */

/** The header row: name, stage, kind of school, students, teachers (columns A–E). */
export const HEADER: CellValue[] = ["学校名称", "学段", "学校类型", "在校生数（人）", "专任教师（人）"];
export const C1: CellValue[] = ["城关第一小学", "小学", "小学", 1652, 80];
export const C2: CellValue[] = ["城关第二小学", "小学", "小学", 980, 50];
export const T1: CellValue[] = ["石岭小学", "小学", "小学", 412, 30];
export const T2: CellValue[] = ["南湾小学", "小学", "小学", 300, 20];
export const V1: CellValue[] = ["大湾村小", "小学", "小学", 45, 6];
export const V2: CellValue[] = ["何家教学点", "小学", "教学点", 18, 2];
/** Out of scope, read as no school: a plain total may count it or not. */
export const SENIOR: CellValue[] = ["县第一高级中学", "高中", "高级中学", 2400, 180];

/**
 * A total row: its label in the name column, students and teachers.
 * @example tot("合计", 3407, 188) // ["合计", null, null, 3407, 188]
 */
export const tot = (label: string, students: number, teachers: number): CellValue[] => [label, null, null, students, teachers];
