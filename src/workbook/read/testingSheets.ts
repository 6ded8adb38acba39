import type { CellValue, Grid } from "../types";
import { gridOf } from "./testing";

/**
 * The school sheets the suites of several sheets read (pickSchoolSheets.*.test.ts): one header,
 * two 小学, two 初中, a 教学点, and two counties' schools, each suite's expectations worked from
 * these rows. Test data only.
 */
export const SHEET_HEADER: readonly CellValue[] = ["学校名称", "学校类型", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）"];
export const PRIMARY: readonly (readonly CellValue[])[] = [
  ["甲小学", "小学", 1000, 60, 5000],
  ["乙小学", "小学", 500, 30, 2000],
];
export const JUNIOR: readonly (readonly CellValue[])[] = [
  ["甲中学", "初级中学", 900, 70, 5400],
  ["乙中学", "初级中学", 600, 40, 3000],
];
export const POINTS: readonly (readonly CellValue[])[] = [["杏花村教学点", "教学点", 63, 4, 260]];
export const NORTH: readonly (readonly CellValue[])[] = [
  ["北山一小", "小学", 1000, 60, 5000],
  ["北山一中", "初级中学", 900, 70, 5400],
];
export const SOUTH: readonly (readonly CellValue[])[] = [["南湖一小", "小学", 700, 40, 3000]];

/** A sheet of schools: `header` at row 1, `rows` under it. @example schoolSheet("学校", PRIMARY).values.length // 3 (the header and two schools) */
export function schoolSheet(name: string, rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = SHEET_HEADER): Grid {
  return gridOf([header, ...rows], { sheet: name });
}

/** A sheet with a title line above its header: the title at A1, the header at row 2. */
export function titledSheet(name: string, title: string, rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = SHEET_HEADER): Grid {
  return gridOf([[title], header, ...rows], { sheet: name });
}

/**
 * A sheet for the suites of ranges that leave out its header (rangeNoHeader, rangeUnderHeader): a
 * title in row 1, the header in rows 2–3 (小学 over 在校生数), schools 一小 300, 二小 200, 三小 100
 * in rows 4–6; and a county figures sheet beside it. Test data only.
 */
export const TITLED_TWO_ROW_HEADER: Grid = gridOf([
  ["西岭县2024年义务教育学校基本情况", null, null],
  ["学校名称", "学校类型", "小学"],
  [null, null, "在校生数"],
  ["一小", "小学", 300],
  ["二小", "小学", 200],
  ["三小", "小学", 100],
]);
export const FIGURES_BESIDE: Grid = gridOf([["项目", "数值"], ["小学就近划片入学比例", 1], ["a", 2], ["b", 3], ["c", 4], ["d", 5]], { sheet: "县级指标" });
