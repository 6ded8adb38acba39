/** Synthetic result sheets for the adapter tests (independent of the real sheet builder). */
import type { CellValue, Emphasis, SheetSpec, TableSpec } from "../../../workbook/types";

/** A per-school table: name, stage, seven indicator values, met count, pass; every third school fails L4. */
export function schoolsTable(schools: number, name = "YZJH_Schools"): TableSpec {
  const rows: CellValue[][] = [];
  const emphasis: { row: number; column: number; kind: Emphasis }[] = [];
  const links: { row: number; column: number; target: string }[] = [];
  for (let i = 0; i < schools; i++) {
    const fails = i % 3 === 0;
    rows.push([`第${i + 1}小学`, "小学", 4.2 + i / 1000, 1.1, 0.9, fails ? 3.9 : 4.8, 7.5, 2100.25, 2.4, fails ? 6 : 7, fails ? "否" : "是"]);
    if (fails) emphasis.push({ row: i, column: 5, kind: "bad" }, { row: i, column: 10, kind: "bad" });
    else emphasis.push({ row: i, column: 10, kind: "good" });
    links.push({ row: i, column: 0, target: `学校基本情况!A${i + 5}` });
  }
  const header = ["学校", "学段", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "达标项数", "是否达标"];
  const formats = [null, null, "0.00", "0.00", "0.00", "0.00", "0.00", "#,##0", "0.00", "0", null];
  return { name, caption: null, columns: header.map((h, c) => ({ header: h, width: c === 0 ? 20 : 9, numberFormat: formats[c] ?? null, wrap: false })), rows, emphasis, dataBars: [], links };
}

export function coefficientsTable(stage: string): TableSpec {
  const rows: CellValue[][] = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"].map((code, i) => [code, `指标${i + 1}`, 12, 4.1, 0.9, 0.3 + i * 0.04, 0.5, i === 6 ? "未达标" : "达标"]);
  rows.push(["综合", "综合差异系数", 12, null, null, 0.41, 0.65, "仅供参考"]);
  const header = ["代码", "指标", "学校数", "均值", "标准差", "差异系数", "限值", "是否达标"];
  return {
    name: `YZJH_Coef_1_${stage}`,
    caption: stage === "primary" ? "小学" : "初中",
    columns: header.map((h) => ({ header: h, width: 10, numberFormat: h === "差异系数" ? "0.000" : null, wrap: false })),
    rows,
    emphasis: [{ row: 6, column: 5, kind: "bad" }, { row: 7, column: 5, kind: "muted" }],
    dataBars: [{ column: 5, max: 0.5 }],
    links: [],
  };
}

/** Sections meeting each indicator (met, at the floor, below) with the share met, as the writer's count table. */
export function countsTable(stage: string): TableSpec {
  const rows: CellValue[][] = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"].map((code, i) => [code, `指标${i + 1}`, 12, 12 - i, i % 2, i - (i % 2), (12 - i) / 12]);
  const header = ["指标", "名称", "参评学校数", "达标", "达85%未达标", "低于85%", "达标学校比例"];
  return {
    name: `YZJH_Met_1_${stage}`,
    caption: stage === "primary" ? "小学：各项指标达标学校数" : "初中：各项指标达标学校数",
    columns: header.map((h) => ({ header: h, width: 10, numberFormat: h === "达标学校比例" ? "0.0%" : null, wrap: false })),
    rows,
    emphasis: [],
    dataBars: [],
    links: [],
  };
}

/** Summary, coefficients and schools sheets for `schools` schools. */
export function resultSpecs(schools: number): SheetSpec[] {
  return [
    { name: "汇总", role: "summary", title: "优质均衡评估汇总", notes: ["规则：国家标准（2017）", "年份：2024"], tables: [schoolsTable(3, "YZJH_Summary")], freezeColumns: 1 },
    { name: "差异系数", role: "coefficients", title: "校际差异系数", notes: [], tables: [coefficientsTable("primary"), countsTable("primary"), coefficientsTable("junior"), countsTable("junior")], freezeColumns: 2 },
    { name: "学校达标", role: "schools", title: "各校七项指标", notes: ["红色：未达标"], tables: [schoolsTable(schools)], freezeColumns: 1 },
  ];
}
