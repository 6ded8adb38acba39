import { gridOf } from "../../workbook/read/testing";
import type { Grid } from "../../workbook/types";

/**
 * The pane suites' small school sheet: a 九年一贯制 school with both stages' students and a 小学, in
 * one header row the reader recognises (students by stage, teachers, rooms, equipment in 万元).
 */
export function twoSchools(sheet = "学校"): Grid {
  return gridOf(
    [
      ["学校名称", "小学在校生数", "初中在校生数", "专任教师数", "网络多媒体教室", "教学仪器设备资产值（万元）"],
      ["九年一贯制学校", 300, 200, 40, 12, 50],
      ["城关小学", 400, null, 25, 8, 30],
    ],
    { sheet },
  );
}

/** The proposal of a sheet's whole used range, as the stand-in navigator makes it. */
export const usedRangeOf = (sheet: string) => ({ sheet, range: null, from: "used" }) as const;
