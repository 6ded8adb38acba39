import type { CellValue, ColumnSpec, SheetSpec, TableSpec } from "../../types";

const column = (header: string, numberFormat: string | null = null): ColumnSpec => ({ header, width: 10, numberFormat, wrap: false });
const table = (name: string, caption: string, columns: ColumnSpec[], rows: CellValue[][]): TableSpec => ({ name, caption, columns, rows, emphasis: [], dataBars: [], links: [] });

/**
 * A 差异系数 sheet by hand, with the writer's headers, for the chart tests. Laid out (0-based rows):
 * title 0, note 1, blank 2, caption 3, header 4, L1–L3 in 5–7, 综合 8 (no chart point), blank 9,
 * caption 10, header 11, L1–L2 in 12–13. Five columns wide, so charts start in column 6 (G).
 * CV: L1 0.3012345678, L2 0.612, L3 none (not evaluable); limit 0.5 each. Counts: L1 2 / 1 / 0, L2 1 / 1 / 1.
 */
export function chartSheet(caption = "甲县 · 小学"): SheetSpec {
  const cv = table("CV", caption, [column("指标"), column("名称"), column("学校数", "0"), column("差异系数", "0.000"), column("限值", "0.00")], [
    ["L1", "生均教学及辅助用房面积", 3, 0.3012345678, 0.5],
    ["L2", "生均体育运动场馆面积", 3, 0.612, 0.5],
    ["L3", "生均教学仪器设备值", 3, null, 0.5],
    ["综合", "综合差异系数（参考）", 3, 0.4, 0.65],
  ]);
  const counts = table("Counts", "甲县 · 小学：各项指标达标学校数", [column("指标"), column("达标", "0"), column("达85%未达标", "0"), column("低于85%", "0")], [
    ["L1", 2, 1, 0],
    ["L2", 1, 1, 1],
  ]);
  return { name: "差异系数", role: "coefficients", title: "校际差异系数", notes: ["评估规则：国家标准"], tables: [cv, counts], freezeColumns: 0 };
}
