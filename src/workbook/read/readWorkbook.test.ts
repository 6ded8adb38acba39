import { evaluate } from "../../engine/evaluate";
import type { Issue, SchoolRecord } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf, readGridsOk, type ReadOk } from "./testing";
import type { Grid } from "../types";



function byName(result: ReadOk, name: string): SchoolRecord {
  const r = result.input.records.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no record ${name}`);
  return r;
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

/** A dash read as 0 at `cell`, naming itself as the cell taken as 0 (Sourced.assumedZeros). */
const dashZero = (cell: string, field = "multimediaRooms", header = "网络多媒体教室", text = "—") => ({ value: 0, cell, assumedZeros: [{ cell, kind: "dash", header, field, text }] });

describe("readWorkbook: the year of sheets read together", () => {
  it("takes the year from the 初中 sheet's title when the 小学 sheet read with it states none (before: null)", async () => {
    const header = ["学校名称", "在校生数"];
    const primary = gridOf([header, ["甲小学", 300]], { sheet: "小学" });
    const junior = gridOf([["某县2024年初中学校基本情况表"], header, ["甲中学", 400]], { sheet: "初中" });
    const result = await readGridsOk([primary, junior]);
    expect(result.input.year).toBe(2024);
    expect(result.issues.filter((i) => i.code === "read_year_from_title")).toEqual([{ code: "read_year_from_title", severity: "info", cell: "初中!A1", params: { year: 2024 } }]);
  });
});

describe("readWorkbook: a sheet named for one year and titled for another", () => {
  it("takes the title's year and says the name disagrees, at the title", async () => {
    const result = await readGridsOk([gridOf([["某县2024年义务教育学校基本情况表"], ["学校名称", "在校生数"], ["一小", 300]], { sheet: "2023年" })]);
    expect(result.input.year).toBe(2024);
    expect(result.issues.filter((i) => i.code === "read_year_name_differs")).toEqual([{ code: "read_year_name_differs", severity: "warning", cell: "'2023年'!A1", params: { sheet: "2023年", named: 2023, year: 2024 } }]);
    const agree = await readGridsOk([gridOf([["某县2024年义务教育学校基本情况表"], ["学校名称", "在校生数"], ["一小", 300]], { sheet: "2024年" })]);
    expect(agree.issues.map((i) => i.code)).not.toContain("read_year_name_differs");
  });
});

describe("readWorkbook: the county named by the sheet's title", () => {
  it("gives rows that name no county the county of the title, said at the title", async () => {
    const result = await readGridsOk([gridOf([["示例县2024年义务教育学校基本情况表"], ["学校名称", "在校生数"], ["一小", 300], ["一中", 200]])]);
    expect(result.input.records.map((r) => r.county)).toEqual(["示例县", "示例县"]);
    expect(result.issues.filter((i) => i.code === "read_county_from_title")).toEqual([{ code: "read_county_from_title", severity: "info", cell: "学校基本情况!A1", params: { county: "示例县", sheet: "学校基本情况" } }]);
  });

  it("finds the county before a township in the title (白沙县城关镇2024年…), as after the year (白沙县2024年…（城关镇）)", async () => {
    const township = await readGridsOk([gridOf([["白沙县城关镇2024年义务教育学校基本情况表"], ["学校名称", "在校生数"], ["城关一小", 300]])]);
    expect(township.input.records.map((r) => r.county)).toEqual(["白沙县"]);
    expect(township.issues.filter((i) => i.code === "read_county_from_title")).toEqual([{ code: "read_county_from_title", severity: "info", cell: "学校基本情况!A1", params: { county: "白沙县", sheet: "学校基本情况" } }]);
    const after = await readGridsOk([gridOf([["白沙县2024年义务教育学校基本情况表（城关镇）"], ["学校名称", "在校生数"], ["城关一小", 300]])]);
    expect(after.input.records.map((r) => r.county)).toEqual(["白沙县"]);
    // A township alone names no county.
    const alone = await readGridsOk([gridOf([["城关镇2024年义务教育学校基本情况表"], ["学校名称", "在校生数"], ["城关一小", 300]])]);
    expect(alone.input.records.map((r) => r.county)).toEqual([null]);
  });

  it("leaves a county column's own counties, and rows under a title naming none, as they are", async () => {
    const city = await readGridsOk([gridOf([["某市2024年学校基本情况"], ["县区", "学校名称", "在校生数"], ["甲县", "一小", 300], ["乙县", "二小", 200]])]);
    expect(city.input.records.map((r) => r.county)).toEqual(["甲县", "乙县"]);
    const plain = await readGridsOk([gridOf([["2024年学校基本情况"], ["学校名称", "在校生数"], ["一小", 300]])]);
    expect(plain.input.records.map((r) => r.county)).toEqual([null]);
    expect(plain.issues.map((i) => i.code)).not.toContain("read_county_from_title");
  });
});

describe("readWorkbook: layouts", () => {
  it("reads a flat one-row header with one school, numbers stored as text and blank cells", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "专任教师数", "其中：专科及以上", "教学及辅助用房面积（㎡）", "网络多媒体教室"],
      ["城关小学 ", "１,２００", " 80", "78", null, "—"],
    ]);
    const result = await readGridsOk([grid]);
    expect(result.input.year).toBeNull();
    expect(result.input.records).toEqual([
      {
        id: "学校基本情况!2",
        name: "城关小学",
        county: null,
        type: "primary",
        stage: "primary",
        flags: {},
        source: { sheet: "学校基本情况", row: 2 },
        fields: {
          students: { value: 1200, cell: "学校基本情况!B2" },
          teachers: { value: 80, cell: "学校基本情况!C2" },
          qualifiedTeachers: { value: 78, cell: "学校基本情况!D2" },
          multimediaRooms: dashZero("学校基本情况!F2"),
        },
        // The blank area cell: where the engine will say L4's numerator is missing.
        blankCells: { teachingArea: "学校基本情况!E2" },
      },
    ]);
    expect(result.mapping).toMatchObject({ sheet: "学校基本情况", headerRows: { top: 0, bottom: 0 }, dataRows: { top: 1, bottom: 1 } });
    expect(result.mapping.columns.map((c) => [c.address, c.field])).toEqual([
      ["A", "name"],
      ["B", "students"],
      ["C", "teachers"],
      ["D", "qualifiedTeachers"],
      ["E", "teachingArea"],
      ["F", "multimediaRooms"],
    ]);
    expect(result.ruleOverride).toBeNull();
    expect(result.figuresSheets).toEqual([]);
  });

  it("reads the three-row statistics export header: merged groups, 万元, a column-code row, stage-dependent L1", async () => {
    const grid = gridOf(
      [
        ["学校名称", "学段", "在校生数", "专任教师", null, null, null, "固定资产总值"],
        [null, null, "合计", "计", "#按学历分", null, null, "教学仪器设备资产值(万元)"],
        [null, null, null, null, "研究生", "本科", "专科", null],
        ["甲", "乙", 1, 2, 3, 4, 5, 6],
        ["东关学校", "小学", 400, 30, 1, 20, 8, 60.5],
        ["东关学校", "初中", 300, 25, 2, 20, 3, 80],
      ],
      { merges: ["A1:A3", "B1:B3", "C2:C3", "D1:G1", "D2:D3", "E2:G2"] },
    );
    const result = await readGridsOk([grid]);
    const [primary, junior] = result.input.records;
    // 小学 L1 = 研究生 + 本科 + 专科 = 1 + 20 + 8; 初中 L1 = 研究生 + 本科 = 2 + 20.
    expect(primary?.stage).toBe("primary");
    expect(primary?.fields.qualifiedTeachers).toEqual({ value: 29, cell: "学校基本情况!E5" });
    expect(junior?.stage).toBe("junior");
    expect(junior?.fields.qualifiedTeachers).toEqual({ value: 22, cell: "学校基本情况!E6" });
    // 60.5 万元 = 605 000 元.
    expect(primary?.fields.equipmentValue?.value).toBeCloseTo(605000, 6);
    expect(junior?.fields.equipmentValue).toEqual({ value: 800000, cell: "学校基本情况!H6" });
    expect(result.mapping.headerRows).toEqual({ top: 0, bottom: 2 });
    expect(result.mapping.dataRows).toEqual({ top: 4, bottom: 5 });
    expect(result.mapping.columns.find((c) => c.address === "H")).toMatchObject({ field: "equipmentValue", unitFactor: 10000, header: "固定资产总值/教学仪器设备资产值(万元)" });
    // Each column's own header cell: the lowest labelled one not merged across columns (E3, not E1 in D1:G1 or E2 in E2:G2).
    expect(result.mapping.columns.map((c) => [c.field, c.headerCell])).toEqual([
      ["name", "学校基本情况!A1"],
      ["stage", "学校基本情况!B1"],
      ["students", "学校基本情况!C2"],
      ["teachers", "学校基本情况!D2"],
      ["qualifiedTeachers", "学校基本情况!E3"],
      ["qualifiedTeachers", "学校基本情况!F3"],
      ["qualifiedTeachers", "学校基本情况!G3"],
      ["equipmentValue", "学校基本情况!H2"],
    ]);
  });

  it("gives each column's own header cell under a group merged across columns, below a title (H4 in G3:K3, not H3)", async () => {
    const grid = gridOf(
      [
        ["某县学校基本情况表"],
        [null],
        ["序号", "学校名称", "在校生数", null, null, null, "专任教师（人）", null, null, null, null],
        [null, null, "合计", "小学", "初中", null, "合计", "其中：专科及以上", "其中：本科及以上", "骨干教师（县级及以上）", "体育、艺术教师"],
        [1, "城关小学", 600, 600, null, null, 40, 38, 30, 8, 6],
      ],
      { merges: ["A1:K1", "A3:A4", "B3:B4", "C3:E3", "G3:K3"] },
    );
    const result = await readGridsOk([grid]);
    expect(result.mapping.headerRows).toEqual({ top: 2, bottom: 3 });
    expect(result.mapping.columns.map((c) => [c.address, c.headerCell])).toEqual([
      ["B", "学校基本情况!B3"],
      ["C", "学校基本情况!C4"],
      ["D", "学校基本情况!D4"],
      ["E", "学校基本情况!E4"],
      ["G", "学校基本情况!G4"],
      ["H", "学校基本情况!H4"],
      ["I", "学校基本情况!I4"],
      ["J", "学校基本情况!J4"],
      ["K", "学校基本情况!K4"],
    ]);
  });

  it("uses 专科及以上 for a primary row and 本科及以上 for a junior row when both columns exist", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "专科及以上", "本科及以上"],
      ["一小", 100, 9, 5],
      ["一中", 100, 9, 6],
    ]);
    const result = await readGridsOk([grid]);
    expect(byName(result, "一小").fields.qualifiedTeachers).toEqual({ value: 9, cell: "学校基本情况!C2" });
    expect(byName(result, "一中").fields.qualifiedTeachers).toEqual({ value: 6, cell: "学校基本情况!D3" });
  });

  it("adds PE, music and art teachers for L3", async () => {
    const grid = gridOf(
      [
        ["学校名称", "在校生数", "专任教师", null, null],
        [null, null, "体育", "音乐", "美术"],
        ["一小", 100, 2, 1, 1],
      ],
      { merges: ["C1:E1"] },
    );
    expect(byName(await readGridsOk([grid]), "一小").fields.peArtTeachers).toEqual({ value: 4, cell: "学校基本情况!C3" });
  });

  it("skips a title, a unit line, a standards row and total, note and blank rows", async () => {
    const grid = gridOf([
      ["某某县2024年义务教育学校基本情况统计表"],
      ["单位：人、平方米、万元"],
      ["序号", "学校名称", "在校生数", "教学仪器设备值"],
      [null, "国家标准", null, 2000],
      [1, "城关小学", 500, 120],
      [null, null, null, null],
      [2, "西关小学", 300, 60],
      ["合计", null, 800, 180],
      [null, "全县", 800, 180],
      ["填表说明：本表数据截至2024年9月", null, null, null],
    ]);
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "西关小学"]);
    // 万元 from the unit line: 120 × 10 000.
    expect(byName(result, "城关小学").fields.equipmentValue).toEqual({ value: 1200000, cell: "学校基本情况!D5" });
    expect(result.issues).toContainEqual({ code: "read_standard_row", severity: "info", cell: "学校基本情况!B4", params: { row: 4 } });
    expect(result.mapping.dataRows).toEqual({ top: 4, bottom: 6 });
  });

  it("skips numbered block headings, but keeps an unnumbered school row without numbers", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "教学仪器设备值（元）"],
      ["一、城区学校", null, null],
      ["城关小学", 500, 120],
      ["（二）乡镇学校", null, null],
      ["河口小学", null, null],
    ]);
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "河口小学"]);
    expect(result.issues).toContainEqual({ code: "read_heading_urban", severity: "info", cell: "学校基本情况!A2", params: { text: "一、城区学校" } });
    expect(result.issues).toContainEqual({ code: "read_heading_row", severity: "info", cell: "学校基本情况!A4", params: { text: "（二）乡镇学校" } });
  });

  it("skips a bare stage heading (初中) as a heading, and a bracketed note below the data as a note", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "教学仪器设备值（元）"],
      ["城关小学", 500, 120],
      ["初中", null, null],
      ["城关中学", 400, 90],
      ["（注：本表由学校填报）", null, null],
    ]);
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "城关中学"]);
    expect(result.issues.filter((i) => i.code === "read_heading_row")).toEqual([
      { code: "read_heading_row", severity: "info", cell: "学校基本情况!A3", params: { text: "初中" } },
    ]);
  });

  it("reads combined schools given as two section rows, keeping the full names", async () => {
    const grid = gridOf([
      ["学校名称", "在校生数"],
      ["城关学校（小学部）", 600],
      ["城关学校（初中部）", 400],
    ]);
    const records = (await readGridsOk([grid])).input.records;
    expect(records.map((r) => [r.name, r.type, r.stage])).toEqual([
      ["城关学校（小学部）", "nine_year", "primary"],
      ["城关学校（初中部）", "nine_year", "junior"],
    ]);
  });

  it("reads a combined school given as one row with per-stage columns", async () => {
    const grid = gridOf([
      ["学校名称", "办学类型", "小学在校生", "初中在校生", "高中在校生", "小学专任教师", "初中专任教师", "教学及辅助用房面积", "县级以上骨干教师(小学)", "县级以上骨干教师(初中)"],
      ["城关学校", "九年一贯制学校", 166, 210, null, 12, 20, 23226, 2, 3],
      ["县一中", "完全中学", null, 800, 600, null, 60, 9000, null, 9],
      ["一小", "小学", 300, null, null, 18, null, 1500, 3, null],
    ]);
    const result = await readGridsOk([grid]);
    const nine = byName(result, "城关学校");
    expect(nine).toMatchObject({ type: "nine_year", stage: null });
    expect(nine.fields).toEqual({ teachingArea: { value: 23226, cell: "学校基本情况!H2" } });
    expect(nine.stageFields).toEqual({
      primary: {
        students: { value: 166, cell: "学校基本情况!C2" },
        teachers: { value: 12, cell: "学校基本情况!F2" },
        backboneTeachers: { value: 2, cell: "学校基本情况!I2" },
      },
      junior: {
        students: { value: 210, cell: "学校基本情况!D2" },
        teachers: { value: 20, cell: "学校基本情况!G2" },
        backboneTeachers: { value: 3, cell: "学校基本情况!J2" },
      },
    });
    const complete = byName(result, "县一中");
    expect(complete).toMatchObject({ type: "complete_middle", stage: null });
    expect(complete.fields.seniorStudents).toEqual({ value: 600, cell: "学校基本情况!E3" });
    expect(complete.stageFields?.junior?.students?.value).toBe(800);
    // A single-stage school in the same sheet reads its stage's columns.
    expect(byName(result, "一小")).toMatchObject({ stage: "primary", fields: { students: { value: 300 }, backboneTeachers: { value: 3 }, teachingArea: { value: 1500 } } });
    // Blank cells: shared columns in blankCells, a stage's own columns in stageBlankCells.
    expect([nine.blankCells, nine.stageBlankCells]).toEqual([{ seniorStudents: "学校基本情况!E2" }, undefined]);
    expect(complete.blankCells).toBeUndefined();
    expect(complete.stageBlankCells).toEqual({ primary: { students: "学校基本情况!C3", teachers: "学校基本情况!F3", backboneTeachers: "学校基本情况!I3" } });
  });

  it("merges 不计校数 rows into their school by adding numbers", async () => {
    const grid = gridOf([
      ["学校名称", "是否计校数", "在校生数", "专任教师数", "最大班额"],
      ["城关小学", "是", 500, 30, 48],
      ["实验小学", "是", 800, 50, 52],
      ["实验小学东校区", "否", 200, 12, 56],
      ["河湾教学点", "否", 20, 2, 20],
    ]);
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => r.name)).toEqual(["城关小学", "实验小学", "河湾教学点"]);
    // 800 + 200 students, 50 + 12 teachers; the largest class is the larger one (56).
    expect(byName(result, "实验小学").fields).toEqual({
      students: { value: 1000, cell: "学校基本情况!C3" },
      teachers: { value: 62, cell: "学校基本情况!D3" },
      largestClass: { value: 56, cell: "学校基本情况!E4" },
    });
    expect(result.issues).toContainEqual({
      code: "read_campus_merged",
      severity: "info",
      cell: "学校基本情况!A4",
      params: { name: "实验小学东校区", parent: "实验小学", parentCell: "学校基本情况!A3" },
    });
    expect(result.issues).toContainEqual({ code: "read_campus_orphan", severity: "warning", cell: "学校基本情况!A5", params: { name: "河湾教学点" } });
    expect(byName(result, "河湾教学点").flags.notCounted).toBe(true);
  });

  it("builds every record with its properties in one order (sections, combined rows, merged campuses), as schoolRecord sets them", async () => {
    const grid = gridOf([
      ["学校名称", "是否计校数", "办学类型", "小学在校生", "初中在校生", "在校生数", "小学专任教师", "初中专任教师"],
      ["城关学校", "是", "九年一贯制学校", 166, 210, null, 12, null],
      ["一小", "是", "小学", null, null, 300, null, null],
      ["一小东校区", "否", "小学", null, null, 100, null, null],
    ]);
    const records = (await readGridsOk([grid])).input.records;
    const order = ["id", "name", "county", "type", "stage", "fields", "flags", "source", "stageFields", "blankCells", "stageBlankCells"];
    expect(records).toHaveLength(2);
    for (const r of records) expect(Object.keys(r)).toEqual(order.filter((k) => k in r));
    // 城关学校's sections as the row states them: 小学 166 students (D2) and 12 teachers (G2), 初中 210 students (E2), its 初中专任教师 blank (H2).
    expect(records[0]?.stageFields).toEqual({
      primary: { students: { value: 166, cell: "学校基本情况!D2" }, teachers: { value: 12, cell: "学校基本情况!G2" } },
      junior: { students: { value: 210, cell: "学校基本情况!E2" } },
    });
    expect(records[0]?.stageBlankCells).toEqual({ junior: { teachers: "学校基本情况!H2" } });
  });

  it("reads a city sheet with a (merged) county column; the same name in two counties is no duplicate", async () => {
    const grid = gridOf(
      [
        ["县区", "学校名称", "在校生数"],
        ["甲县", "城关小学", 500],
        [null, "东关小学", 300],
        ["乙县", "城关小学", 400],
      ],
      { merges: ["A2:A3"] },
    );
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => [r.county, r.name])).toEqual([
      ["甲县", "城关小学"],
      ["甲县", "东关小学"],
      ["乙县", "城关小学"],
    ]);
    expect(codes(result.issues)).not.toContain("read_duplicate_school");
  });

  it("reads school facts: type column, 民办, 乡村, 建成年份", async () => {
    const grid = gridOf([
      ["学校名称", "办学类型", "办学性质", "城乡分类", "建成年份", "在校生数"],
      ["育才学校", "小学", "民办", "乡村", 2012, 200],
      ["王庄点", "教学点", "公办", "镇区", "2009年", 30],
      ["新区学校", null, "公办", "城区", "不详", 100],
    ]);
    const result = await readGridsOk([grid]);
    expect(byName(result, "育才学校")).toMatchObject({ type: "primary", stage: "primary", flags: { private: true, rural: true, builtYear: 2012 } });
    expect(byName(result, "王庄点")).toMatchObject({ type: "teaching_point", flags: { private: false, rural: false, builtYear: 2009 } });
    expect(byName(result, "新区学校").type).toBe("other");
    // A blank type cell has no text to show: its own code, so the message does not print empty brackets.
    expect(result.issues).toContainEqual({ code: "read_type_unknown_blank", severity: "warning", cell: "学校基本情况!A4", params: { name: "新区学校", text: "" } });
    expect(codes(result.issues)).not.toContain("read_type_unknown");
    expect(result.issues).toContainEqual({ code: "read_flag_unreadable", severity: "warning", cell: "学校基本情况!E4", params: { header: "建成年份", text: "不详" } });
  });
});

describe("readWorkbook: an unmerged second header row is header, not a school", () => {
  const schools: readonly (readonly (string | number | null)[])[] = [
    ["城关小学", 600, 40, 120],
    ["城关中学", 800, 60, 200],
  ];
  const head = ["学校名称", "在校生数", "专任教师数", "教学仪器设备资产值"];

  async function read(rows: readonly (readonly (string | number | null)[])[]): Promise<{ names: string[]; fields: string[]; headerRows: object; dataTop: number; equipment: number | undefined }> {
    const result = await readGridsOk([gridOf(rows)]);
    return {
      names: result.input.records.map((r) => r.name),
      fields: result.mapping.columns.map((c) => `${c.address}=${c.field}${c.stage === null ? "" : `(${c.stage})`}`),
      headerRows: result.mapping.headerRows,
      dataTop: result.mapping.dataRows.top,
      equipment: result.input.records[0]?.fields.equipmentValue?.value,
    };
  }

  it("reads a units row with a note under the name label (（全称） （人） （万元）) as the header's second row", async () => {
    const r = await read([head, ["（全称）", "（人）", "（人）", "（万元）"], ...schools]);
    expect(r.names).toEqual(["城关小学", "城关中学"]);
    expect(r).toMatchObject({ headerRows: { top: 0, bottom: 1 }, dataTop: 2, equipment: 1200000 });
    expect(r.fields).toEqual(["A=name", "B=students", "C=teachers", "D=equipmentValue"]);
  });

  it("reads a row of bare units (人, 万元) under the header as units, not as path labels", async () => {
    const r = await read([head, [null, "人", "人", "万元"], ...schools]);
    expect(r.names).toEqual(["城关小学", "城关中学"]);
    expect(r).toMatchObject({ headerRows: { top: 0, bottom: 1 }, dataTop: 2, equipment: 1200000 });
    expect(r.fields).toEqual(["A=name", "B=students", "C=teachers", "D=equipmentValue"]);
  });

  it("reads 小学 / 初中 under a group label, with 学校名称 typed again instead of merged", async () => {
    const r = await read([
      ["学校名称", "在校生数", null, "专任教师数"],
      ["学校名称", "小学", "初中", "专任教师数"],
      ["城关小学", 600, null, 40],
      ["城关中学", null, 800, 60],
    ]);
    expect(r.names).toEqual(["城关小学", "城关中学"]);
    expect(r).toMatchObject({ headerRows: { top: 0, bottom: 1 }, dataTop: 2 });
    expect(r.fields).toEqual(["A=name", "B=students(primary)", "C=students(junior)", "D=teachers"]);
  });

  it("reads a code row (甲 乙 under 序号 and 学校名称) mixed with units as header", async () => {
    const r = await read([
      ["序号", ...head],
      ["甲", "乙", "（人）", "（人）", "（万元）"],
      [1, ...(schools[0] ?? [])],
      [2, ...(schools[1] ?? [])],
    ]);
    expect(r.names).toEqual(["城关小学", "城关中学"]);
    expect(r.fields).toEqual(["B=name", "C=students", "D=teachers", "E=equipmentValue"]);
  });

  it("still reads a numeric code row (1 2 3 …) and a school without numbers as before", async () => {
    expect((await read([head, [1, 2, 3, 4], ...schools])).names).toEqual(["城关小学", "城关中学"]);
    const r = await read([head, ["城郊小学", null, null, null], ...schools]);
    expect(r.names).toEqual(["城郊小学", "城关小学", "城关中学"]);
    expect(r.dataTop).toBe(1);
  });
});

describe("readWorkbook: a line right under the header is neither header nor a school", () => {
  const HEAD = ["学校名称", "学段", "在校生数", "教学仪器设备值", "网络多媒体教室数（间）"];
  const SCHOOLS = [
    ["红旗小学", "小学", 600, 120, "—"],
    ["青石小学", "小学", 1338, 150, 15],
    ["明德中学", "初中", 938, 200, 15],
  ];
  const NAMES = ["红旗小学", "青石小学", "明德中学"];

  async function readWithLine(line: string, merged: boolean): Promise<ReadOk> {
    return readGridsOk([gridOf([HEAD, [line], ...SCHOOLS], merged ? { merges: ["A2:E2"] } : {})]);
  }

  it.each([false, true])("reads every school under a unit line (merged across the row: %p), the line's 万元 applied, the headers as written", async (merged) => {
    for (const line of ["（单位：人、万元、间）", "单位：人、万元、间"]) {
      const read = await readWithLine(line, merged);
      expect(read.input.records.map((r) => r.name)).toEqual(NAMES);
      expect(read.mapping).toMatchObject({ headerRows: { top: 0, bottom: 0 }, dataRows: { top: 2, bottom: 4 } });
      expect(read.mapping.columns.map((c) => c.header)).toEqual(HEAD);
      // 万元 from the unit line: 150 × 10 000.
      expect(byName(read, "青石小学").fields.equipmentValue).toEqual({ value: 1500000, cell: "学校基本情况!D4" });
    }
  });

  it.each([false, true])("reads every school under a note (merged across the row: %p), and the note makes the dash no data", async (merged) => {
    const read = await readWithLine("（注：无数据填“—”）", merged);
    expect(read.input.records.map((r) => r.name)).toEqual(NAMES);
    expect(read.mapping.columns.map((c) => c.header)).toEqual(HEAD);
    expect(byName(read, "红旗小学").fields.multimediaRooms).toBeUndefined();
    expect(read.issues.filter((i) => i.code === "read_dash_as_missing").map((i) => `${i.cell ?? ""} ${String(i.params.noteCell)}`)).toEqual([
      "学校基本情况!E3 学校基本情况!A2",
    ]);
  });

  it("skips block headings in brackets like numbered ones, not as schools", async () => {
    const read = await readGridsOk([gridOf([HEAD, ["（城区学校）"], ...SCHOOLS.slice(0, 2), ["（乡镇学校）"], ...SCHOOLS.slice(2)])]);
    expect(read.input.records.map((r) => r.name)).toEqual(NAMES);
    expect(read.mapping.columns.map((c) => c.header)).toEqual(HEAD);
    expect(read.issues.filter((i) => i.code.startsWith("read_heading_")).map((i) => [i.code, i.cell])).toEqual([
      ["read_heading_urban", "学校基本情况!A2"],
      ["read_heading_row", "学校基本情况!A5"],
    ]);
  });

  it("reads a first school written with dashes under a one-letter name as a school, not a header row", async () => {
    const read = await readGridsOk([gridOf([HEAD, ["A", "小学", "—", "—", "—"], ...SCHOOLS])]);
    expect(read.input.records.map((r) => r.name)).toEqual(["A", ...NAMES]);
    expect(read.mapping.headerRows).toEqual({ top: 0, bottom: 0 });
  });
});

describe("readWorkbook: a column's header cell is its label, not a unit or note under it", () => {
  const headerCells = (read: ReadOk): string[] => read.mapping.columns.map((c) => `${c.address}:${c.headerCell}`);

  it("names 在校生数 in C1 above a units row, and 学校名称 in A1 above （全称）", async () => {
    const units = await readGridsOk([gridOf([["学校名称", "学段", "在校生数", "教学仪器设备值"], [null, null, "人", "元"], ["新建小学", "小学", null, null], ["一小", "小学", 300, 9000]])]);
    expect(units.input.records.map((r) => r.name)).toEqual(["新建小学", "一小"]);
    expect(headerCells(units)).toEqual(["A:学校基本情况!A1", "B:学校基本情况!B1", "C:学校基本情况!C1", "D:学校基本情况!D1"]);
    const full = await readGridsOk([gridOf([["学校名称", "学段", "在校生数"], ["（全称）"], ["新建小学", "小学", null], ["一小", "小学", 300]])]);
    expect(full.mapping.headerRows).toEqual({ top: 0, bottom: 1 });
    expect(headerCells(full)).toEqual(["A:学校基本情况!A1", "B:学校基本情况!B1", "C:学校基本情况!C1"]);
  });

  it("names 本科 in E3 of a three-row merged header, not its unit in E4", async () => {
    const grid = gridOf(
      [
        ["学校名称", "在校生数", "专任教师", null, null],
        [null, null, "合计", "#按学历分", null],
        [null, null, null, "本科", "专科"],
        [null, "人", "人", "人", "人"],
        ["一中", 600, 40, 30, 8],
      ],
      { merges: ["A1:A3", "B1:B3", "C1:E1", "C2:C3", "D2:E2"] },
    );
    const read = await readGridsOk([grid]);
    expect(read.mapping.headerRows).toEqual({ top: 0, bottom: 3 });
    expect(headerCells(read)).toEqual(["A:学校基本情况!A1", "B:学校基本情况!B1", "C:学校基本情况!C2", "D:学校基本情况!D3", "E:学校基本情况!E3"]);
  });
});

describe("readWorkbook: hidden rows", () => {
  const grid = gridOf(
    [
      ["学校名称", "在校生数"],
      ["一小", 100],
      ["二小", 200],
      ["三小", 300],
    ],
    { hiddenRows: [2, 3] },
  );

  it("reports and skips hidden rows by default", async () => {
    const result = await readGridsOk([grid]);
    expect(result.input.records.map((r) => r.name)).toEqual(["一小"]);
    expect(result.issues).toContainEqual({ code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A3", params: { sheet: "学校基本情况", rows: "3–4", count: 2 } });
  });

  it("reads hidden rows when asked, with a note", async () => {
    const result = await readGridsOk([grid], { includeHidden: true });
    expect(result.input.records.map((r) => r.name)).toEqual(["一小", "二小", "三小"]);
    expect(result.issues).toContainEqual({ code: "read_hidden_rows_included", severity: "info", cell: null, params: { sheet: "学校基本情况", rows: "3–4", count: 2 } });
  });

  it("names the counties of the hidden rows where the sheet has a 县区 column, a blank cell taking the county above", async () => {
    // A city sheet filtered to 乙县: 甲县's rows 2–3 hidden (row 3's 县区 blank, under 甲县), 乙县's row 4 read.
    const city = gridOf(
      [
        ["县区", "学校名称", "在校生数"],
        ["甲县", "一小", 100],
        [null, "二小", 200],
        ["乙县", "三小", 300],
      ],
      { hiddenRows: [1, 2] },
    );
    const result = await readGridsOk([city]);
    expect(result.input.records.map((r) => [r.county, r.name])).toEqual([["乙县", "三小"]]);
    expect(result.issues).toContainEqual({ code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A2", params: { sheet: "学校基本情况", rows: "2–3", count: 2, counties: "甲县" } });
  });

  it("takes a hidden row's county by the rule a visible row's blank 县区 follows: not across a 小计 row, nor in a block writing every row's county", async () => {
    // Row 4 is 甲县's 小计; 三小 (row 5, visible) and 四小 (row 6, hidden) write no county: neither takes 甲县 (三小 is warned read_county_blank), so the hidden row's county is unknown and no counties are named.
    const afterSubtotal = gridOf(
      [
        ["县区", "学校名称", "在校生数"],
        ["甲县", "一小", 100],
        ["甲县", "二小", 200],
        [null, "小计", 300],
        [null, "三小", 300],
        [null, "四小", 400],
        ["乙县", "五小", 500],
      ],
      { hiddenRows: [5] },
    );
    const result = await readGridsOk([afterSubtotal]);
    expect(result.issues.filter((i) => i.code === "read_county_blank").map((i) => i.cell)).toContain("学校基本情况!A5");
    expect(result.issues).toContainEqual({ code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A6", params: { sheet: "学校基本情况", rows: "6", count: 1 } });
    // Blocks writing the county on the first row only: rows 3–4 under 甲县, row 6 under 乙县, each county once.
    const blocks = gridOf(
      [
        ["县区", "学校名称", "在校生数"],
        ["甲县", "一小", 100],
        [null, "二小", 200],
        [null, "三小", 300],
        ["乙县", "四小", 400],
        [null, "五小", 500],
      ],
      { hiddenRows: [2, 3, 5] },
    );
    // One warning per county, each with its own rows and count (one for all told 乙县 of 3 rows, 1 its own).
    const hidden = (await readGridsOk([blocks])).issues.filter((i) => i.code === "read_hidden_rows_skipped");
    expect(hidden).toEqual([
      { code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A3", params: { sheet: "学校基本情况", rows: "3–4", count: 2, counties: "甲县" } },
      { code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A6", params: { sheet: "学校基本情况", rows: "6", count: 1, counties: "乙县" } },
    ]);
    // Without a 县区 column: no counties named (the caveat then goes to every county of the sheet).
    const plain = gridOf(
      [
        ["学校名称", "在校生数"],
        ["一小", 100],
        ["二小", 200],
      ],
      { hiddenRows: [2] },
    );
    expect((await readGridsOk([plain])).issues).toContainEqual({ code: "read_hidden_rows_skipped", severity: "warning", cell: "学校基本情况!A3", params: { sheet: "学校基本情况", rows: "3", count: 1 } });
  });
});

describe("readWorkbook: value problems at their cells", () => {
  const grid = gridOf(
    [
      ["学校名称", "在校生数", "专任教师数", "专科及以上", "体育艺术教师", "持证教师数", "教学及辅助用房面积"],
      ["一小", 300, 20, "二十", 3, 20, { error: "#DIV/0!" }],
      ["二小", "#N/A", 20, 25, 3, 21, -5],
      ["三小", 0, 10, 10, 11, 10, 800],
      ["一小", 100, 5, 5, 1, 5, 400],
    ],
    { sheet: "学校 表" },
  );

  it("reports each unreadable value with its qualified address and leaves the field out", async () => {
    const result = await readGridsOk([grid]);
    const issue = (code: string, cell: string) => result.issues.find((i) => i.code === code && i.cell === cell);
    expect(issue("read_not_a_number", "'学校 表'!D2")?.params).toEqual({ header: "专科及以上", field: "qualifiedTeachers", part: "associateUp", text: "二十" });
    expect(issue("read_formula_error", "'学校 表'!G2")?.params).toEqual({ header: "教学及辅助用房面积", field: "teachingArea", text: "#DIV/0!" });
    expect(issue("read_formula_error", "'学校 表'!B3")?.params).toEqual({ header: "在校生数", field: "students", text: "#N/A" });
    expect(issue("read_negative", "'学校 表'!G3")?.params).toEqual({ header: "教学及辅助用房面积", field: "teachingArea", text: "-5" });
    expect(issue("read_exceeds_teachers", "'学校 表'!D3")?.params).toMatchObject({ field: "qualifiedTeachers", value: 25, teachers: 20 });
    expect(issue("read_exceeds_teachers", "'学校 表'!F3")?.params).toMatchObject({ field: "certifiedTeachers", value: 21, teachers: 20 });
    expect(issue("read_exceeds_teachers", "'学校 表'!E4")?.params).toMatchObject({ field: "peArtTeachers", value: 11, teachers: 10 });
    // Zero students: the record keeps 0 and the engine says so at B4 (zero_students); the reader does not say it twice.
    expect(result.issues.filter((i) => i.cell === "'学校 表'!B4")).toEqual([]);
    expect(result.input.records.find((r) => r.name === "三小")?.fields.students).toEqual({ value: 0, cell: "'学校 表'!B4" });
    expect(issue("read_duplicate_school", "'学校 表'!A5")).toEqual({ code: "read_duplicate_school", severity: "error", cell: "'学校 表'!A5", params: { name: "一小", first: "'学校 表'!A2" } });
    const [one, two, three] = result.input.records;
    expect(result.input.records).toHaveLength(3);
    expect(Object.keys(one?.fields ?? {}).sort()).toEqual(["certifiedTeachers", "peArtTeachers", "students", "teachers"]);
    expect(Object.keys(two?.fields ?? {}).sort()).toEqual(["peArtTeachers", "teachers"]);
    expect(three?.fields.students).toEqual({ value: 0, cell: "'学校 表'!B4" });
    expect(three?.fields.peArtTeachers).toBeUndefined();
  });

  it("keeps the cell of every field left out, unreadable or contradicting the teacher total, for the engine to point at", async () => {
    const result = await readGridsOk([grid]);
    const [one, two, three] = result.input.records;
    expect(one?.blankCells).toEqual({ qualifiedTeachers: "'学校 表'!D2", teachingArea: "'学校 表'!G2" });
    expect(two?.blankCells).toEqual({ students: "'学校 表'!B3", qualifiedTeachers: "'学校 表'!D3", certifiedTeachers: "'学校 表'!F3", teachingArea: "'学校 表'!G3" });
    expect(three?.blankCells).toEqual({ peArtTeachers: "'学校 表'!E4" });
  });
});

describe("readWorkbook: a cell's problem names its column's field in English and the header as written in Chinese", () => {
  // 甲小学: B 在校生数（人） holds "300" typed as text, F 专科及以上 (a part of the primary L1) 二十;
  // 乙中学: D 初中在校生 (a stage's own column, read before B for a junior school) holds −5.
  const grid = gridOf([
    ["学校名称", "在校生数（人）", "专任教师数", "初中在校生", "教学及辅助用房面积", "专科及以上"],
    ["甲小学", "300", 20, null, 1200, "二十"],
    ["乙中学", 400, 30, -5, 1500, null],
  ]);
  const texts = async (code: string, cell: string): Promise<[string, string]> => {
    const issue = (await readGridsOk([grid])).issues.find((i) => i.code === code && i.cell === cell);
    if (issue === undefined) throw new Error(`no ${code} at ${cell}`);
    return [message(issue.code, issue.params, "en"), message(issue.code, issue.params, "zh")];
  };

  it("a number stored as text under a Chinese header", async () => {
    expect(await texts("read_number_as_text", "学校基本情况!B2")).toEqual([
      "Students (在校生数（人）): the number is stored as text (“300”) and was read as 300; Excel's SUM skips such cells",
      "“在校生数（人）”的数字以文本形式存储（“300”），已按 300 读取；Excel 的求和会跳过此类单元格",
    ]);
  });

  it("a stage's own column by the field and its stage, a part column by the field and its part", async () => {
    expect(await texts("read_negative", "学校基本情况!D3")).toEqual(["Students, junior secondary (初中在校生): -5 is negative; not read. Enter the right value and evaluate again", "“初中在校生”的值 -5 为负数，该项未读取；请填入正确的数值后重新评估"]);
    expect(await texts("read_not_a_number", "学校基本情况!F2")).toEqual([
      "Teachers qualified above the required level: associate degree or above (专科及以上): “二十” is not a number; not read. Enter it as a number and evaluate again",
      "“专科及以上”的值“二十”不是数字，该项未读取；请改为数字后重新评估",
    ]);
  });
});

describe("readWorkbook → evaluate: a number left blank is reported at its cell", () => {
  const grid = gridOf([
    ["学校名称", "办学类型", "小学在校生", "初中在校生", "县级以上骨干教师(小学)", "县级以上骨干教师(初中)", "教学及辅助用房面积"],
    ["一小", "小学", 300, null, null, null, 1500], // 骨干教师 E2 blank
    ["城关学校", "九年一贯制学校", 166, 210, 2, null, 23226], // junior 骨干教师 F3 blank
    ["二小", "小学", null, null, 3, null, 1000], // 在校生 C4 blank
  ]);

  it("names the blank cell in missing_numerator / missing_students, and no cell for a column the sheet lacks", async () => {
    const read = await readGridsOk([grid]);
    const { issues } = evaluate(read.input, builtInProfile("national-2017"));
    const located = issues.filter((i) => i.code === "missing_students" || i.params.field === "backboneTeachers");
    expect(located.map((i) => `${String(i.params.school)} ${String(i.params.stage)} ${i.code} ${i.cell ?? "null"}`)).toEqual([
      "一小 primary missing_numerator 学校基本情况!E2",
      "城关学校 junior missing_numerator 学校基本情况!F3",
      "二小 primary missing_students 学校基本情况!C4",
    ]);
    // The sheet has no 网络多媒体教室 column: L7 stays without a cell (the mapping lists the column as missing).
    const l7 = issues.filter((i) => i.code === "missing_numerator" && i.params.indicator === "L7");
    expect(l7.length).toBeGreaterThan(0);
    expect(l7.every((i) => i.cell === null)).toBe(true);
  });
});

describe("readWorkbook: values read as typed, said at info level", () => {
  const grid = gridOf([
    ["学校名称", "在校生数", "网络多媒体教室", "音乐专用教室", "教学及辅助用房", "室内体育用房", "运动场地面积"],
    ["一小", "１,２００ ", "—", "/", 3000, 400, 5000],
    ["二小", 500, "无", "-", 2000, { error: "#DIV/0!" }, 4000],
    ["三小", 300, 5, 1, 1500, null, 2500],
  ]);

  it("reads `—` `/` `无` `-` as 0 with the cell kept, and says so at each cell", async () => {
    const result = await readGridsOk([grid]);
    const [one, two] = result.input.records;
    expect([one?.fields.multimediaRooms, one?.fields.musicRooms, two?.fields.multimediaRooms, two?.fields.musicRooms]).toEqual([
      dashZero("学校基本情况!C2"),
      dashZero("学校基本情况!D2", "musicRooms", "音乐专用教室", "/"),
      dashZero("学校基本情况!C3", "multimediaRooms", "网络多媒体教室", "无"),
      dashZero("学校基本情况!D3", "musicRooms", "音乐专用教室", "-"),
    ]);
    const dashes = result.issues.filter((i) => i.code === "read_dash_as_zero");
    expect(dashes.map((i) => `${i.cell ?? ""} ${i.severity} ${String(i.params.text)}`)).toEqual([
      "学校基本情况!C2 info —",
      "学校基本情况!D2 info /",
      "学校基本情况!C3 info 无",
      "学校基本情况!D3 info -",
    ]);
  });

  it("reads a number stored as text and notes it, a real number without a note", async () => {
    const result = await readGridsOk([grid]);
    expect(result.input.records[0]?.fields.students).toEqual({ value: 1200, cell: "学校基本情况!B2" });
    const notes = result.issues.filter((i) => i.code === "read_number_as_text");
    expect(notes.map((i) => [i.cell, i.severity, i.params.value])).toEqual([["学校基本情况!B2", "info", 1200]]);
  });

  it("keeps the areas beside an unreadable indoor-sports cell and leaves that cell to the engine as one without a value, saying why there", async () => {
    const result = await readGridsOk([grid]);
    const two = result.input.records[1];
    expect([two?.fields.teachingArea?.value, two?.fields.sportsGroundArea?.value, two?.fields.indoorSportsArea, two?.blankCells?.indoorSportsArea]).toEqual([2000, 4000, undefined, "学校基本情况!F3"]);
    expect(result.issues.filter((i) => i.code === "read_indoor_unreadable").map((i) => [i.cell, i.severity])).toEqual([["学校基本情况!F3", "warning"]]);
    expect(result.input.records[0]?.fields.teachingArea).toEqual({ value: 3000, cell: "学校基本情况!E2" });
  });

  it("an unreadable indoor-sports cell: L5 and, where the profile deducts the indoor rooms, L4 are not computed, each named at that cell", async () => {
    // 城关第二小学 (500 students): 教学及辅助用房 2000 m², 室内体育用房 #DIV/0! (D2), 运动场地 4000 m².
    const sheet = gridOf([["学校名称", "在校生数", "教学及辅助用房", "室内体育用房", "运动场地面积"], ["城关第二小学", 500, 2000, { error: "#DIV/0!" }, 4000]]);
    const result = await readGridsOk([sheet]);
    const missingAtIndoor = (deducts: boolean) => {
      const evaluation = evaluate(result.input, { ...builtInProfile("national-2017"), l4DeductsIndoorSports: deducts });
      const named = evaluation.issues.filter((i) => i.code === "missing_numerator" && (i.params.indicator === "L4" || i.params.indicator === "L5"));
      return { l4: evaluation.counties[0]?.sections[0]?.indicators.L4?.value, named: named.map((i) => `${String(i.params.indicator)} ${String(i.params.field)} ${i.cell ?? ""}`) };
    };
    expect(missingAtIndoor(true)).toEqual({ l4: undefined, named: ["L4 indoorSportsArea 学校基本情况!D2", "L5 indoorSportsArea 学校基本情况!D2"] });
    // A profile that does not deduct them needs no indoor area for L4: 2000 m² ÷ 500 students = 4 m² each.
    expect(missingAtIndoor(false)).toEqual({ l4: 4, named: ["L5 indoorSportsArea 学校基本情况!D2"] });
  });

  it("keeps the areas beside a blank indoor-sports cell (read as none) and notes the blank", async () => {
    const result = await readGridsOk([grid]);
    const three = result.input.records[2];
    expect([three?.fields.teachingArea?.value, three?.fields.sportsGroundArea?.value, three?.fields.indoorSportsArea]).toEqual([1500, 2500, undefined]);
    expect(result.issues.filter((i) => i.code === "read_indoor_blank").map((i) => [i.cell, i.severity])).toEqual([["学校基本情况!F4", "info"]]);
    // Read as none, the blank cell is no cell without a value for the engine, which would hold the areas back.
    expect(three?.blankCells?.indoorSportsArea).toBeUndefined();
  });
});

describe("readWorkbook → evaluate: a sheet whose 填表说明 says “无数据填—” reads its dashes as missing", () => {
  const HEADER = ["学校名称", "在校生数", "网络多媒体教室", "音乐专用教室", "美术专用教室"];
  const ONE = ["城关小学", 500, "—", "/", 2]; // C3 "—", D3 "/"
  const TWO = ["河口小学", 400, 8, "无", "－－"]; // D4 "无", E4 "－－" (full-width, doubled)
  /** The four rows of the school sheet, with `note` (when given) on row 6 under the 合计 row. */
  const sheet = (note: string | null): Grid => gridOf([["某县2024年义务教育学校基本情况表"], HEADER, ONE, TWO, ["合计", 900, 8, 0, 2], [note]]);
  const schoolL7 = (read: ReadOk, name: string) => {
    const sections = evaluate(read.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    return sections.find((s) => s.name === name);
  };

  it("leaves a dash cell out as a blank one, says so at the cell with the note's cell, and keeps `/` and `无` as 0", async () => {
    const read = await readGridsOk([sheet("填表说明：1.面积单位为平方米；2.无数据填“—”。")]);
    const [one, two] = read.input.records;
    // C3 and E4 are dashes: missing, their cells kept for the engine; D3 "/" and D4 "无" are not named by the note: 0.
    expect([one?.fields.multimediaRooms, one?.blankCells?.multimediaRooms, one?.fields.musicRooms]).toEqual([undefined, "学校基本情况!C3", dashZero("学校基本情况!D3", "musicRooms", "音乐专用教室", "/")]);
    expect([two?.fields.artRooms, two?.blankCells?.artRooms, two?.fields.musicRooms]).toEqual([undefined, "学校基本情况!E4", dashZero("学校基本情况!D4", "musicRooms", "音乐专用教室", "无")]);
    const notes = read.issues.filter((i) => i.code.startsWith("read_dash_as"));
    expect(notes.map((i) => `${i.code} ${i.cell ?? ""} ${i.severity} ${String(i.params.text)} ${String(i.params.noteCell)}`)).toEqual([
      "read_dash_as_missing 学校基本情况!C3 info — 学校基本情况!A6",
      "read_dash_as_zero 学校基本情况!D3 info / undefined",
      "read_dash_as_zero 学校基本情况!D4 info 无 undefined",
      "read_dash_as_missing 学校基本情况!E4 info －－ 学校基本情况!A6",
    ]);
    // The note row is not a school.
    expect(read.input.records.map((r) => r.name)).toEqual(["城关小学", "河口小学"]);
  });

  it("makes the indicator that needs the dash cell not evaluable, with missing_numerator at that cell", async () => {
    const read = await readGridsOk([sheet("3.无数据填“—”")]);
    const one = schoolL7(read, "城关小学");
    expect([one?.included, one?.evaluable, one?.notEvaluable, one?.indicators.L7]).toEqual([true, false, ["missing_numerator"], undefined]);
    const { issues } = evaluate(read.input, builtInProfile("national-2017"));
    const l7 = issues.filter((i) => i.code === "missing_numerator" && i.params.indicator === "L7");
    expect(l7.map((i) => `${String(i.params.school)} ${i.cell ?? "null"}`)).toEqual(["城关小学 学校基本情况!C3"]);
    // 河口小学's L7 is its 8 rooms: 8 / 400 × 100 = 2 per hundred students.
    expect(schoolL7(read, "河口小学")?.indicators.L7?.value).toBeCloseTo(2, 12);
  });

  it("an indoor-sports dash the note declares no data is an unknown indoor area, not none: L4 and L5 are named missing at it", async () => {
    // 城关小学 (500): 教学及辅助用房 3000, 室内体育用房 "—" (G3), 运动场地 5000.
    const grid = gridOf([["某县2024年义务教育学校基本情况表"], ["学校名称", "在校生数", "教学及辅助用房", "室内体育用房", "运动场地面积"], ["城关小学", 500, 3000, "—", 5000], ["无数据填“—”"]]);
    const read = await readGridsOk([grid]);
    expect([read.input.records[0]?.blankCells?.indoorSportsArea, read.issues.some((i) => i.code === "read_indoor_blank")]).toEqual(["学校基本情况!D3", false]);
    const missing = evaluate(read.input, builtInProfile("national-2017")).issues.filter((i) => i.code === "missing_numerator" && i.params.field === "indoorSportsArea");
    expect(missing.map((i) => `${String(i.params.indicator)} ${i.cell ?? ""}`)).toEqual(["L4 学校基本情况!D3", "L5 学校基本情况!D3"]);
  });

  it("cites for each mark the note that names it: the dashes the 数据不详 note in A7, the slash the 无数据 note in A6", async () => {
    const grid = gridOf([["某县2024年义务教育学校基本情况表"], HEADER, ONE, TWO, ["合计", 900, 8, 0, 2], ["无数据填“/”"], ["数据不详填“—”"]]);
    const read = await readGridsOk([grid]);
    const notes = read.issues.filter((i) => i.code.startsWith("read_dash_as"));
    expect(notes.map((i) => `${i.code} ${i.cell ?? ""} ${String(i.params.noteCell)}`)).toEqual([
      "read_dash_as_missing 学校基本情况!C3 学校基本情况!A7",
      "read_dash_as_missing 学校基本情况!D3 学校基本情况!A6",
      "read_dash_as_zero 学校基本情况!D4 undefined",
      "read_dash_as_missing 学校基本情况!E4 学校基本情况!A7",
    ]);
  });

  it("reads a dash as missing when the note joins no data with a case that is not 0 (无数据或不适用)", async () => {
    const read = await readGridsOk([sheet("说明：无数据或不适用的填“—”")]);
    expect([read.input.records[0]?.fields.multimediaRooms, read.input.records[0]?.blankCells?.multimediaRooms]).toEqual([undefined, "学校基本情况!C3"]);
    expect(read.issues.filter((i) => i.code === "read_dash_as_missing").map((i) => `${i.cell ?? ""} ${String(i.params.noteCell)}`)).toEqual([
      "学校基本情况!C3 学校基本情况!A6",
      "学校基本情况!E4 学校基本情况!A6",
    ]);
  });

  it("finds the note above the header too, in a merged cell", async () => {
    const grid = gridOf([["说明：缺数据用“—”表示", null, null, null, null], HEADER, ONE, TWO], { merges: ["A1:E1"] });
    const read = await readGridsOk([grid]);
    expect(read.issues.filter((i) => i.code === "read_dash_as_missing").map((i) => `${i.cell ?? ""} ${String(i.params.noteCell)}`)).toEqual([
      "学校基本情况!C3 学校基本情况!A1",
      "学校基本情况!E4 学校基本情况!A1",
    ]);
  });

  it.each([null, "填表说明：没有的填“—”", "备注：无则填—"])("reads a dash as 0 as before when the sheet's note is %p (none, or has-none: zero)", async (note) => {
    const read = await readGridsOk([sheet(note)]);
    expect(read.input.records[0]?.fields.multimediaRooms).toEqual(dashZero("学校基本情况!C3"));
    expect(read.issues.filter((i) => i.code.startsWith("read_dash_as")).map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual([
      "read_dash_as_zero 学校基本情况!C3",
      "read_dash_as_zero 学校基本情况!D3",
      "read_dash_as_zero 学校基本情况!D4",
      "read_dash_as_zero 学校基本情况!E4",
    ]);
    // 0 rooms: L7 = 0 / 500 × 100 = 0, below the standard.
    expect([schoolL7(read, "城关小学")?.indicators.L7?.value, schoolL7(read, "城关小学")?.indicators.L7?.status]).toEqual([0, "below"]);
  });

  it.each([
    "说明：无数据请勿填“—”，请留空",
    "说明：请勿在无数据时填“—”，无数据请留空",
    "说明：严禁用“—”表示无数据，无数据的单元格请留空",
    "说明：数值为0或无数据的填“—”",
    "说明：无数据或为0的填“—”",
    "说明：建校年份不详的填“—”",
  ])("reads a dash as 0 when the note %p forbids it, says either, or is about one subject", async (note) => {
    const read = await readGridsOk([sheet(note)]);
    expect(read.input.records[0]?.fields.multimediaRooms).toEqual(dashZero("学校基本情况!C3"));
    expect(read.issues.filter((i) => i.code === "read_dash_as_missing")).toEqual([]);
  });

  it("keeps a dash 0 when two notes contradict each other, and says so at the first", async () => {
    const grid = gridOf([["某县2024年义务教育学校基本情况表"], HEADER, ONE, TWO, [null], ["填表说明：1.无数据填“—”"], ["2.没有的填“—”"]]);
    const read = await readGridsOk([grid]);
    expect(read.input.records[0]?.fields.multimediaRooms).toEqual(dashZero("学校基本情况!C3"));
    expect(read.issues.filter((i) => i.code === "read_dash_as_missing")).toEqual([]);
    expect(read.issues.filter((i) => i.code === "read_no_data_notes_contradict")).toEqual([
      { code: "read_no_data_notes_contradict", severity: "info", cell: "学校基本情况!A6", params: { mark: "—", noteCell: "学校基本情况!A6", otherCell: "学校基本情况!A7" } },
    ]);
    // The second note is a note, not a block heading.
    expect(read.issues.filter((i) => i.code === "read_heading_row")).toEqual([]);
  });

  it("does not search the school rows for the note (a 备注 column's text is about its own school)", async () => {
    const grid = gridOf([[...HEADER, "备注"], ["城关小学", 300, "—", 1, 1, "无数据填“—”"]]);
    const read = await readGridsOk([grid]);
    expect(read.input.records[0]?.fields.multimediaRooms).toEqual(dashZero("学校基本情况!C2"));
  });
});

describe("readWorkbook: sheets", () => {
  const schools = gridOf([
    ["学校名称", "在校生数"],
    ["一小", 100],
  ]);
  const figures = gridOf(
    [
      ["项目", "数值"],
      ["初中三年巩固率", "96%"],
      ["教师5年360学时培训完成率", 1],
      ["是否存在有编不补", "否"],
    ],
    { sheet: "县级指标" },
  );
  const rules = gridOf(
    [
      ["路径", "值"],
      ["cvLimits.primary", 0.45],
      ["scope.includePrivate", "否"],
      ["cvLimits.senior", 0.4],
    ],
    { sheet: "规则" },
  );

  it("finds the school sheet among others and reads county figures and rules", async () => {
    const result = await readGridsOk([rules, figures, schools]);
    expect(result.mapping.sheet).toBe("学校基本情况");
    expect(result.figuresSheets).toEqual(["县级指标"]);
    expect(result.input.countyFigures).toEqual([
      { county: null, code: "Q1_consolidation", value: 0.96, cell: "县级指标!B2" },
      { county: null, code: "G9_training_rate", value: 1, cell: "县级指标!B3" },
      { county: null, code: "V_unfilled_posts", value: false, cell: "县级指标!B4" },
    ]);
    expect(result.ruleSheet).toBe("规则");
    expect(result.ruleOverride).toEqual({ cvLimits: { primary: 0.45 }, scope: { includePrivate: false } });
    expect(result.issues).toContainEqual({ code: "read_rule_unknown_path", severity: "error", cell: "规则!A4", params: { path: "cvLimits.senior" } });
  });

  it("reads the sheet and range the user chose", async () => {
    const other = gridOf(
      [
        ["x"],
        ["学校名称", "在校生数"],
        ["二小", 200],
        ["三小", 300],
      ],
      { sheet: "初中" },
    );
    const result = await readGridsOk([schools, other], { sheet: "初中", range: "A2:B3" });
    expect(result.input.records.map((r) => r.name)).toEqual(["二小"]);
    expect(result.mapping.headerRows).toEqual({ top: 1, bottom: 1 });
  });

  it("reads the title above a range that leaves it out, for the county and year only (before: 本县, year null)", async () => {
    const titled = gridOf([
      ["示例县2024年义务教育学校基本情况表"],
      ["填报单位：示例县教育局"],
      ["学校名称", "在校生数"],
      ["一小", 300],
      ["二小", 200],
    ]);
    for (const options of [{ range: "A3:B5" }, { sheet: "学校基本情况", range: "A3:B5" }]) {
      const result = await readGridsOk([titled], options);
      expect(result.input.year).toBe(2024);
      expect(result.input.records.map((r) => [r.name, r.county])).toEqual([["一小", "示例县"], ["二小", "示例县"]]);
      expect(result.issues).toContainEqual({ code: "read_year_from_title", severity: "info", cell: "学校基本情况!A1", params: { year: 2024 } });
      expect(result.issues).toContainEqual({ code: "read_county_from_title", severity: "info", cell: "学校基本情况!A1", params: { county: "示例县", sheet: "学校基本情况" } });
      expect(result.mapping.headerRows).toEqual({ top: 2, bottom: 2 });
    }
    // A range of the school rows only, right of column A: the title in A1 is still its title.
    const right = gridOf([["示例县2024年学校基本情况"], [null, "学校名称", "在校生数"], [null, "一小", 300]]);
    expect((await readGridsOk([right], { range: "B2:C3" })).input.year).toBe(2024);
  });

  it("keeps a range's own title, and takes none from another table above it (before: 乙县 2023 for 示例县's 2024 table)", async () => {
    const two = gridOf([
      ["乙县2023年小学基本情况", null, null],
      ["学校名称", "在校生数", "专任教师数"],
      ["乙一小", 300, 20],
      [null, null, null],
      ["示例县2024年初中基本情况", null, null],
      ["学校名称", "在校生数", "专任教师数"],
      ["一中", 800, 50],
    ]);
    // The title inside the range (A5), or right above it (A6: the lines under 乙县's last school row): 示例县, 2024 either way.
    for (const range of ["A5:C7", "A6:C7"]) {
      const result = await readGridsOk([two], { range });
      expect([range, result.input.year, result.input.records.map((r) => [r.name, r.county])]).toEqual([range, 2024, [["一中", "示例县"]]]);
    }
  });

  it("reads no title more than 30 rows above a range, and none of its rows as schools", async () => {
    const far = gridOf([["示例县2024年学校基本情况"], ...Array.from({ length: 30 }, () => [null, null]), ["学校名称", "在校生数"], ["一小", 300]]);
    const result = await readGridsOk([far], { range: "A32:B33" });
    expect(result.input.year).toBeNull();
    expect(result.input.records.map((r) => [r.name, r.county])).toEqual([["一小", null]]);
    const near = await readGridsOk([far], { range: "A31:B33" });
    expect(near.input.year).toBe(2024);
    expect(near.input.records.map((r) => r.name)).toEqual(["一小"]);
  });

  it("warns when schools go on under the range given, at the first left out (before: 三小 dropped silently)", async () => {
    const grid = gridOf([["学校名称", "在校生数"], ["一小", 300], ["二小", 200], ["三小", 100], ["合计", 600]]);
    const short = await readGridsOk([grid], { range: "A1:B3" });
    expect(short.input.records.map((r) => r.name)).toEqual(["一小", "二小"]);
    expect(short.issues).toContainEqual({ code: "read_range_ends_above_schools", severity: "warning", cell: "学校基本情况!A4", params: { range: "A1:B3", sheet: "学校基本情况", name: "三小" } });
    // Under the range: the total row, a blank row, or nothing — the table ends there.
    for (const range of ["A1:B4", "A1:B5", "A1:B9"]) expect(codes((await readGridsOk([grid], { range })).issues)).not.toContain("read_range_ends_above_schools");
    expect(codes((await readGridsOk([grid])).issues)).not.toContain("read_range_ends_above_schools");
  });

  it("warns as well when the school under the range has its students typed with their unit (三小 100人): the reader reads 100 there (it was dropped silently)", async () => {
    const grid = gridOf([["学校名称", "在校生数"], ["一小", 300], ["二小", 200], ["三小", "100人"], ["合计", 600]]);
    const short = await readGridsOk([grid], { range: "A1:B3" });
    expect(short.input.records.map((r) => r.name)).toEqual(["一小", "二小"]);
    expect(short.issues.filter((i) => i.code === "read_range_ends_above_schools").map((i) => [i.cell, i.params.name])).toEqual([["学校基本情况!A4", "三小"]]);
    // The whole sheet read: 三小 is a school of 100 students.
    expect((await readGridsOk([grid])).input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([["一小", 300], ["二小", 200], ["三小", 100]]);
  });

  it("warns when another sheet also looks like a school sheet", async () => {
    // A sheet of schools of no stage that can be told (一小 is a 小学, 育才学校 is neither): not a 小学 / 初中 pair to read together.
    const second = gridOf([["校名", "学生数"], ["育才学校", 500]], { sheet: "名单" });
    const result = await readGridsOk([schools, second]);
    // At the other sheet's header, so that the task pane can link it.
    expect(result.issues).toContainEqual({ code: "read_other_school_sheets", severity: "warning", cell: "名单!A1", params: { sheet: "学校基本情况", others: "名单" } });
  });

  it("applies the user's column fixes", async () => {
    const grid = gridOf([["学校", "人数", "备用"], ["一小", 100, 7]]);
    const result = await readGridsOk([grid], { mapping: { students: 2 } });
    expect(result.input.records[0]?.fields.students).toEqual({ value: 7, cell: "学校基本情况!C2" });
  });
});

describe("readWorkbook: fatal inputs", () => {
  it("fails without any recognisable header, saying what is missing and what was found", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["编号", "单位", "金额"], [1, "x", 2]], { sheet: "Sheet1" })]));
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "read_no_header", severity: "error", cell: null, params: { sheet: "Sheet1", sheetList: "Sheet1", count: 1, fieldList: "name,students", foundRow: 1, found: "编号 | 单位 | 金额" } }],
    });
  });

  it("says a workbook's sheets are empty rather than listing no headers found", async () => {
    const empty = await readWorkbook(sourceOf([gridOf([], { sheet: "Sheet1" }), gridOf([[null, null]], { sheet: "Sheet2" })]));
    expect(empty).toEqual({ ok: false, issues: [{ code: "read_sheets_empty", severity: "error", cell: "Sheet1!A1", params: { sheet: "Sheet1", sheetList: "Sheet1、Sheet2", count: 2, fieldList: "name,students" } }] });
    expect(message("read_sheets_empty", (empty.issues[0] as Issue).params, "zh")).toBe("工作表“Sheet1”、“Sheet2”都是空的，没有任何数据");
    expect(message("read_sheets_empty", (empty.issues[0] as Issue).params, "en")).toBe("The sheets “Sheet1”, “Sheet2” are empty: they hold no data");
    // A range typed outside the data: the range is empty, not the sheet (it said 学校基本情况 是空的, at A1).
    const outside = await readWorkbook(sourceOf([gridOf([["学校名称", "在校生数"], ["一小", 300]])]), { sheet: "学校基本情况", range: "ZZ1:ZZ9" });
    expect(outside).toEqual({ ok: false, issues: [{ code: "read_range_empty", severity: "error", cell: "学校基本情况!ZZ1", params: { range: "ZZ1:ZZ9", sheet: "学校基本情况" } }] });
    const numbers = await readWorkbook(sourceOf([gridOf([[1, 2], [3, 4]], { sheet: "Sheet1" })]));
    expect(numbers).toEqual({ ok: false, issues: [{ code: "read_no_header_texts", severity: "error", cell: "Sheet1!A1", params: { sheet: "Sheet1", sheetList: "Sheet1", count: 1, fieldList: "name,students" } }] });
    expect(message("read_no_header_texts", (numbers.issues[0] as Issue).params, "zh")).toBe("在工作表“Sheet1”中找不到学校数据的表头：缺少 学校名称、在校生数 列，表中也没有像表头的文字");
  });

  it("names the header texts of the first sheet that has any, with that sheet, and each sheet looked in by itself (zh, en, the pane's words)", async () => {
    const result = await readWorkbook(sourceOf([gridOf([], { sheet: "Sheet1" }), gridOf([["编号", "单位"]], { sheet: "Sheet2" })]));
    const issue = result.issues[0] as Issue;
    expect(issue).toMatchObject({ code: "read_no_header", params: { sheet: "Sheet2", sheetList: "Sheet1、Sheet2", count: 2, foundRow: 1, found: "编号 | 单位" } });
    expect(message(issue.code, issue.params, "zh")).toBe("在工作表“Sheet1”、“Sheet2”中都找不到学校数据的表头：缺少 学校名称、在校生数 列。“Sheet2”第 1 行为：编号 | 单位");
    expect(message(issue.code, issue.params, "en")).toContain("No school header found in the sheets “Sheet1”, “Sheet2”: ");
    expect(message(issue.code, issue.params, "en")).toContain("Row 1 of “Sheet2” reads: 编号 | 单位");
    expect(message("addin_no_school_table", issue.params, "zh")).toBe("工作表“Sheet1”、“Sheet2”中都没有学校数据表（“Sheet2”第 1 行为 编号 | 单位，其中没有 学校名称、在校生数 列）。请在上方“工作表”中选择学校数据所在的工作表。");
  });

  it("fails when the header has a name column but no student column, giving the header found so that a front end can let the user point at the students", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["学校名称", "专任教师数", "班级数", "在籍人数"], ["一小", 20, 6, 300]])]));
    expect(result).toMatchObject({
      ok: false,
      // At the header's cells, A1 to D1: where the reader looked.
      issues: [{ code: "read_missing_columns", severity: "error", cell: "学校基本情况!A1:D1", params: { sheet: "学校基本情况", fieldList: "students", found: "学校名称 | 专任教师数 | 班级数 | 在籍人数" } }],
    });
    const mapping = result.ok ? null : result.mapping;
    expect(mapping?.columns.map((c) => [c.address, c.field])).toEqual([["A", "name"], ["B", "teachers"], ["C", "classes"]]);
    expect(mapping?.unmatched).toEqual([{ column: 3, header: "在籍人数" }]);
    expect(mapping?.missing).toContain("students");
    // Pointing at D as the students, the same sheet reads.
    const fixed = await readWorkbook(sourceOf([gridOf([["学校名称", "专任教师数", "班级数", "在籍人数"], ["一小", 20, 6, 300]])]), { mapping: { roles: { students: 3 } } });
    expect(fixed.ok && fixed.input.records[0]?.fields.students?.value).toBe(300);
  });

  it("puts a missing column's error at the header's cells: a header of two rows (3–4) from B to E under a title", async () => {
    const rows = [["2024年学校基本情况"], [], [null, "学校名称", "教师（人）", null, "在籍人数"], [null, null, "专任教师", "骨干教师", null], [null, "一小", 20, 4, 300]];
    const result = await readWorkbook(sourceOf([gridOf(rows)]));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: "read_missing_columns", cell: "学校基本情况!B3:E4", params: { fieldList: "students" } });
  });

  it("fails when the header has no school rows under it", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["学校名称", "在校生数"], ["合计", 0], [null, null]])]));
    expect(result).toEqual({ ok: false, issues: [{ code: "read_no_rows", severity: "error", cell: null, params: { sheet: "学校基本情况", headerRow: 1 } }] });
  });

  it("fails for an unknown sheet and an empty workbook", async () => {
    const missing = await readWorkbook(sourceOf([gridOf([["学校名称", "在校生数"]])]), { sheet: "无此表" });
    expect(missing.ok).toBe(false);
    expect(missing.issues[0]).toMatchObject({ code: "read_sheet_not_found", severity: "error" });
    const empty = await readWorkbook(sourceOf([]));
    expect(empty).toEqual({ ok: false, issues: [{ code: "read_no_sheets", severity: "error", cell: null, params: {} }] });
  });

  it("wraps a sheet that cannot be read in an Error with the cause", async () => {
    const source = { sheetNames: () => Promise.resolve(["A"]), readSheet: () => Promise.reject(new Error("disk")) };
    await expect(readWorkbook(source)).rejects.toMatchObject({ message: "cannot read sheet A", cause: new Error("disk") });
  });
});

describe("readWorkbook: a bureau's whole-school rows with 高于规定学历教师 per stage and 教学及辅助用房面积（全校）", () => {
  // A 九年一贯制 school on one row: per-stage students and L1 teachers, the area for the whole school (numbers partly stored as text).
  const grid = gridOf(
    [
      ["学校名称", "办学类型", "在校生数", "在校生数", "高于规定学历教师", "高于规定学历教师", "教学及辅助用房面积（全校）"],
      ["学校名称", "办学类型", "小学", "初中", "小学（专科及以上）", "初中（本科及以上）", "教学及辅助用房面积（全校）"],
      ["城关学校", "九年一贯制学校", 166, 210, 8, "12", "2686"],
      ["城西小学", "小学", 1380, null, 64, null, 6693],
    ],
    { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"] },
  );

  it("reads L1 per stage and the whole school's area, with nothing missing or unmatched", async () => {
    const read = await readGridsOk([grid]);
    expect(byName(read, "城关学校")).toMatchObject({
      stage: null,
      fields: { teachingArea: { value: 2686, cell: "学校基本情况!G3" } },
      stageFields: {
        primary: { qualifiedTeachers: { value: 8, cell: "学校基本情况!E3" } },
        junior: { qualifiedTeachers: { value: 12, cell: "学校基本情况!F3" } },
      },
    });
    expect(byName(read, "城西小学").fields).toMatchObject({ qualifiedTeachers: { value: 64 }, teachingArea: { value: 6693 } });
    expect(read.mapping?.columns.filter((c) => c.field === "qualifiedTeachers").map((c) => [c.address, c.stage, c.part])).toEqual([
      ["E", "primary", "associateUp"],
      ["F", "junior", "bachelorUp"],
    ]);
    expect(codes(read.issues)).not.toContain("read_columns_unmatched");
    expect(read.issues.filter((i) => i.code === "read_columns_missing").map((i) => i.params.fieldList)).not.toContainEqual(expect.stringMatching(/qualifiedTeachers|teachingArea/));
  });

  it("→ evaluate: L1 and L4 of both sections, the area split by the engine (hand-computed)", async () => {
    const read = await readGridsOk([grid]);
    const evaluation = evaluate(read.input, builtInProfile("national-2017"));
    const sections = evaluation.counties.flatMap((c) => c.sections);
    const of = (name: string, stage: string) => sections.find((s) => s.name === name && s.stage === stage);
    // L1 = teachers ÷ students × 100: 8 ÷ 166 × 100, 12 ÷ 210 × 100.
    expect(of("城关学校", "primary")?.indicators.L1?.value).toBeCloseTo(4.819277108433735, 12);
    expect(of("城关学校", "junior")?.indicators.L1?.value).toBeCloseTo(5.714285714285714, 12);
    // L4: the area split by weighted students (primary 166, junior 210 × 1.1 = 231): 2686 × 166/397 ÷ 166 = 2686 ÷ 397; junior 2686 × 1.1 ÷ 397.
    expect(of("城关学校", "primary")?.indicators.L4?.value).toBeCloseTo(6.765743073047859, 12);
    expect(of("城关学校", "junior")?.indicators.L4?.value).toBeCloseTo(7.442317380352645, 12);
    // 城西小学: 64 ÷ 1380 × 100 and 6693 ÷ 1380.
    expect(of("城西小学", "primary")?.indicators.L1?.value).toBeCloseTo(4.63768115942029, 12);
    expect(of("城西小学", "primary")?.indicators.L4?.value).toBeCloseTo(4.85, 12);
  });
});

describe("readWorkbook → evaluate: 举办者 (the statistics export's sponsor) decides a 民办 school's scope", () => {
  const grid = gridOf([
    ["学校名称", "办学类型", "举办者", "在校生数"],
    ["城关一小", "小学", "教育部门", 1812],
    ["龙潭小学", "小学", "县级教育部门", "642"],
    ["育才学校", "小学", "民办", 965],
    ["启明小学", "小学", "民办（非营利性）", 300],
    ["厂矿子弟小学", "小学", "地方企业", 200],
    ["村办小学", "小学", null, 100],
    ["联办小学", "小学", "合作办学", 120],
  ]);

  it("reads the private flag, a blank as unknown and an unknown text as a warning at its cell", async () => {
    const read = await readGridsOk([grid]);
    const flags = read.input.records.map((r) => [r.name, r.flags.private]);
    expect(flags).toEqual([
      ["城关一小", false],
      ["龙潭小学", false],
      ["育才学校", true],
      ["启明小学", true],
      ["厂矿子弟小学", false],
      ["村办小学", undefined],
      ["联办小学", undefined],
    ]);
    expect(read.issues.filter((i) => i.code === "read_private_unreadable")).toEqual([
      { code: "read_private_unreadable", severity: "warning", cell: "学校基本情况!C8", params: { header: "举办者", text: "合作办学" } },
    ]);
  });

  it("leaves the 民办 schools out of scope when the profile does not include private schools", async () => {
    const read = await readGridsOk([grid]);
    const national = builtInProfile("national-2017");
    const evaluation = evaluate(read.input, { ...national, scope: { ...national.scope, includePrivate: false } });
    const sections = evaluation.counties.flatMap((c) => c.sections);
    expect(sections.filter((s) => !s.included).map((s) => [s.name, s.exclusion])).toEqual([
      ["育才学校", "private"],
      ["启明小学", "private"],
    ]);
    expect(sections.filter((s) => s.included)).toHaveLength(5);
  });
});
