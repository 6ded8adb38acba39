import type { CellValue } from "../types";
import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";

/**
 * A 县区 written only on the first school row of its block (not merged): the blank rows below it
 * take it, noted once at the first of them, as the county-figures reader does
 * (read_figure_county_from_above); a row whose block is another one (after a 小计 / 合计 row, a
 * heading or a blank row) keeps its warning.
 */
type Ok = Extract<ReadResult, { ok: true }>;

const HEAD: readonly CellValue[] = ["县区", "学校名称", "学段", "在校生数", "专任教师数"];

async function read(rows: readonly (readonly CellValue[])[]): Promise<Ok> {
  return readGridsOk([gridOf([HEAD, ...rows], { sheet: "全市学校" })]);
}

function withCode(issues: readonly Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

describe("readSchoolRows: a 县区 written on a block's first row only", () => {
  it("gives the blank rows under it that county, with one note naming the rows and the cell (before: each warned, read as no county)", async () => {
    // Rows 2–3 甲县 (A2 written), rows 5–7 乙县 (A5 written, A6 and A7 blank); row 4 is 甲县's 小计.
    const result = await read([
      ["甲县", "一小", "小学", 300, 20],
      [null, "二小", "小学", 200, 12],
      ["甲县", "小计", null, 500, 32],
      ["乙县", "三小", "小学", 400, 25],
      [null, "四小", "小学", 100, 8],
      [null, "一中", "初中", 600, 40],
    ]);
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["一小", "甲县"],
      ["二小", "甲县"],
      ["三小", "乙县"],
      ["四小", "乙县"],
      ["一中", "乙县"],
    ]);
    expect(withCode(result.issues, "read_county_blank")).toEqual([]);
    expect(withCode(result.issues, "read_county_from_above")).toEqual([
      { code: "read_county_from_above", severity: "info", cell: "全市学校!A3", params: { county: "甲县", countyCell: "全市学校!A2", rows: "3" } },
      { code: "read_county_from_above", severity: "info", cell: "全市学校!A6", params: { county: "乙县", countyCell: "全市学校!A5", rows: "6–7" } },
    ]);
  });

  it("names a combined school's 高中部 row among the rows that took the county (before: it took it unsaid)", async () => {
    // A2 乙县; rows 3 (初中部) and 4 (高中部) leave 县区 blank. The 高中部 row's county decides whose school its numbers join.
    const result = await read([
      ["乙县", "三小", "小学", 400, 25],
      [null, "清溪完全中学（初中部）", "初中", 800, 60],
      [null, "清溪完全中学（高中部）", "高中", 700, 60],
    ]);
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["三小", "乙县"],
      ["清溪完全中学（初中部）", "乙县"],
    ]);
    // Row 4 is read as a senior part (here one whose school is not found by name), never as a school of its own.
    expect(withCode(result.issues, "read_senior_part_alone").map((i) => i.cell)).toEqual(["全市学校!B4"]);
    expect(withCode(result.issues, "read_county_from_above")).toEqual([
      { code: "read_county_from_above", severity: "info", cell: "全市学校!A3", params: { county: "乙县", countyCell: "全市学校!A2", rows: "3–4" } },
    ]);
  });

  it("says in zh and en which rows took which county from where, and what to do if they are not its", () => {
    const params = { county: "乙县", countyCell: "全市学校!A5", rows: "6–7" };
    expect(message("read_county_from_above", params, "zh")).toContain("第 6–7 行");
    expect(message("read_county_from_above", params, "zh")).toContain("全市学校!A5");
    expect(message("read_county_from_above", params, "en")).toContain("rows 6–7");
    expect(message("read_county_from_above", params, "en")).toContain("乙县");
  });

  it("keeps the warning for a blank 县区 after a 小计 row, a heading or a blank row: the county above is another block's", async () => {
    const result = await read([
      ["甲县", "一小", "小学", 300, 20],
      [null, "小计", null, 300, 20],
      [null, "二小", "小学", 200, 12],
      ["乙县", "三小", "小学", 400, 25],
      [null, null, null, null, null],
      [null, "四小", "小学", 100, 8],
      ["丙县", "五小", "小学", 400, 25],
      [null, "二、乡镇学校", null, null, null],
      [null, "六小", "小学", 100, 8],
    ]);
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["一小", "甲县"],
      ["二小", null],
      ["三小", "乙县"],
      ["四小", null],
      ["五小", "丙县"],
      ["六小", null],
    ]);
    expect(withCode(result.issues, "read_county_blank").map((i) => i.cell)).toEqual(["全市学校!A4", "全市学校!A7", "全市学校!A10"]);
    expect(withCode(result.issues, "read_county_from_above")).toEqual([]);
  });

  it("keeps the warning for the first school row when no county is written above it", async () => {
    const result = await read([
      [null, "一小", "小学", 300, 20],
      ["甲县", "二小", "小学", 200, 12],
    ]);
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["一小", null],
      ["二小", "甲县"],
    ]);
    expect(withCode(result.issues, "read_county_blank").map((i) => i.cell)).toEqual(["全市学校!A2"]);
  });

  it("fills nothing in blocks that write the county on every school row (C2-blank-midblock): a blank there is a real blank, warned", async () => {
    // 一小 and 二小 both write 北山县 on consecutive school rows: the block writes every row's county, so
    // 市直 schools left blank (rows 4 and 8) are not 北山县's / 南湖区's (before: filled with a 提示 only).
    const result = await read([
      ["北山县", "北山县一小", "小学", 500, 30],
      ["北山县", "北山县二小", "小学", 300, 20],
      [null, "青州市实验小学", "小学", 1500, 90],
      ["北山县", "北山县三小", "小学", 800, 50],
      ["南湖区", "南湖区一小", "小学", 500, 30],
      ["南湖区", "南湖区二小", "小学", 600, 40],
      [null, "青州市第二实验小学", "小学", 900, 60],
    ]);
    expect(result.input.records.filter((r) => r.county === null).map((r) => r.name)).toEqual(["青州市实验小学", "青州市第二实验小学"]);
    expect(withCode(result.issues, "read_county_blank").map((i) => i.cell)).toEqual(["全市学校!A4", "全市学校!A8"]);
    expect(withCode(result.issues, "read_county_from_above")).toEqual([]);
  });

  it("fills a first-row-only block on a sheet whose other blocks write every row's county (wb8-city-3counties)", async () => {
    // 青石县 on every row, then 北山县 on its block's first row only (its previous school row wrote 青石县), then 南湖区 on every row.
    const result = await read([
      ["青石县", "一小", "小学", 500, 30],
      ["青石县", "二小", "小学", 300, 20],
      ["青石县", "小计", null, 800, 50],
      ["北山县", "三小", "小学", 800, 50],
      [null, "四小", "小学", 400, 30],
      [null, "一中", "初中", 600, 40],
      ["南湖区", "五小", "小学", 500, 30],
      ["南湖区", "二中", "初中", 600, 40],
    ]);
    expect(result.input.records.map((r) => r.county)).toEqual(["青石县", "青石县", "北山县", "北山县", "北山县", "南湖区", "南湖区"]);
    expect(withCode(result.issues, "read_county_blank")).toEqual([]);
    expect(withCode(result.issues, "read_county_from_above").map((i) => i.params.rows)).toEqual(["6–7"]);
  });

  it("still fills alternating first-row-only blocks, where no two consecutive school rows write the same county (C3-alternating)", async () => {
    const result = await read([
      ["北山县", "北山县一小", "小学", 500, 30],
      [null, "北山县二小", "小学", 300, 20],
      ["南湖区", "南湖区一小", "小学", 500, 30],
      [null, "南湖区二小", "小学", 600, 40],
      ["北山县", "北山县三小", "小学", 800, 50],
    ]);
    expect(result.input.records.map((r) => r.county)).toEqual(["北山县", "北山县", "南湖区", "南湖区", "北山县"]);
    expect(withCode(result.issues, "read_county_blank")).toEqual([]);
  });

  it("reads an unmerged 市直学校 line without numbers in the name column as a heading that ends the block (C5-heading-in-name-col)", async () => {
    // Before: 市直学校 was a school of unknown type (read_type_unknown_blank), and 北山县 reached the 市直 schools under it.
    const result = await read([
      ["北山县", "北山县一小", "小学", 500, 30],
      [null, "北山县二小", "小学", 300, 20],
      [null, "市直学校", null, null, null],
      [null, "青州市实验小学", "小学", 1200, 80],
      [null, "青州市第二实验小学", "小学", 900, 60],
    ]);
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["北山县一小", "北山县"],
      ["北山县二小", "北山县"],
      ["青州市实验小学", null],
      ["青州市第二实验小学", null],
    ]);
    expect(withCode(result.issues, "read_area_heading_row").map((i) => i.cell)).toEqual(["全市学校!B4"]);
    expect(withCode(result.issues, "read_county_blank").map((i) => i.cell)).toEqual(["全市学校!A5", "全市学校!A6"]);
    expect(withCode(result.issues, "read_type_unknown_blank")).toEqual([]);
  });

  it("keeps a named row without any number as a school (reported), but does not carry the county across it", async () => {
    // 东关学校 could be a school whose data are all blank: it stays, and stays reported; it takes no county, nor do the rows under it.
    const result = await read([
      ["北山县", "北山县一小", "小学", 500, 30],
      [null, "东关学校", null, null, null],
      [null, "青州市实验小学", "小学", 1200, 80],
    ]);
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([
      ["北山县一小", "北山县"],
      ["东关学校", null],
      ["青州市实验小学", null],
    ]);
    expect(withCode(result.issues, "read_county_blank").map((i) => i.cell)).toEqual(["全市学校!A3", "全市学校!A4"]);
  });
});
