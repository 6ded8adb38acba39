import { findHeader, isCodeRow, isStandardRow, likelyHeaderRow } from "./findHeader";
import { gridOf, readGridsOk } from "./testing";

describe("findHeader", () => {
  it("finds a flat one-row header at the top", () => {
    const band = findHeader(gridOf([["学校名称", "在校生数", "专任教师数"], ["一小", 300, 20]]));
    expect(band).toMatchObject({ top: 0, bottom: 0, dataTop: 1, codeRows: [], standardRows: [], unitLine: null });
    expect(band?.columns.map((c) => c.path)).toEqual([["学校名称"], ["在校生数"], ["专任教师数"]]);
  });

  it("skips a title and a unit line above the header and remembers the unit line", () => {
    const band = findHeader(
      gridOf([["某某县2024年义务教育学校基本情况统计表"], [null], ["单位：人、平方米、万元"], ["学校名称", "在校生数"], ["一小", 300]], { merges: ["A1:B1"] }),
    );
    expect(band).toMatchObject({ top: 3, bottom: 3, dataTop: 4, unitLine: "单位：人、平方米、万元" });
  });

  it("reads a three-row merged header as group paths and sets the code row aside", () => {
    const grid = gridOf(
      [
        ["学校名称", "在校生数", null, "专任教师", null, null, null],
        [null, "合计", "小学", "计", "#按学历分", null, null],
        [null, null, null, null, "研究生", "本科", "专科"],
        ["甲", 1, 2, 3, 4, 5, 6],
        ["一小", 300, 300, 20, 1, 12, 7],
      ],
      { merges: ["A1:A3", "B1:C1", "B2:B3", "C2:C3", "D1:G1", "D2:D3", "E2:G2"] },
    );
    const band = findHeader(grid);
    expect(band).toMatchObject({ top: 0, bottom: 2, codeRows: [3], dataTop: 4 });
    expect(band?.columns.map((c) => c.path.join("/"))).toEqual([
      "学校名称",
      "在校生数/合计",
      "在校生数/小学",
      "专任教师/计",
      "专任教师/#按学历分/研究生",
      "专任教师/#按学历分/本科",
      "专任教师/#按学历分/专科",
    ]);
    // Own header cells: A1 (A1:A3), B2 (B2:B3, under B1:C1), C2, D2 (D2:D3, under D1:G1), E3–G3 (under E2:G2).
    expect(band?.columns.map((c) => c.headerRow)).toEqual([0, 1, 1, 1, 2, 2, 2]);
  });

  it("carries unmerged group labels right over the labels below them", () => {
    const band = findHeader(gridOf([["学校名称", "专任教师", null, "班级数"], [null, "合计", "专科及以上", null], ["一小", 20, 19, 6]]));
    expect(band?.bottom).toBe(1);
    expect(band?.columns.map((c) => c.path.join("/"))).toEqual(["学校名称", "专任教师/合计", "专任教师/专科及以上", "班级数"]);
    // Unmerged: 学校名称 and 班级数 have nothing below them, so their own cells are in row 1 (A1, D1).
    expect(band?.columns.map((c) => c.headerRow)).toEqual([0, 1, 1, 0]);
  });

  it("takes an unmerged units row into the band even with （全称） under the name label, and leaves codes out of paths", () => {
    const units = findHeader(gridOf([["学校名称", "在校生数", "专任教师数"], ["（全称）", "（人）", "（人）"], ["一小", 300, 20]]));
    expect(units).toMatchObject({ top: 0, bottom: 1, dataTop: 2 });
    expect(units?.columns.map((c) => c.path.join("/"))).toEqual(["学校名称/（全称）", "在校生数/（人）", "专任教师数/（人）"]);
    const coded = findHeader(gridOf([["序号", "学校名称", "在校生数"], ["甲", "乙", "（人）"], [1, "一小", 300]]));
    expect(coded).toMatchObject({ bottom: 1, dataTop: 2 });
    expect(coded?.columns.map((c) => c.path.join("/"))).toEqual(["序号", "学校名称", "在校生数/（人）"]);
  });

  it("does not take a school row without numbers for a header row", () => {
    const band = findHeader(gridOf([["学校名称", "在校生数"], ["城郊小学", null], ["一小", 300]]));
    expect(band).toMatchObject({ bottom: 0, dataTop: 1 });
  });

  it("sets a standards row and an L-code row aside", () => {
    const band = findHeader(gridOf([["学校名称", "在校生数", "专任教师"], [null, "L1", "L2"], ["国家标准", null, 4.2], ["一小", 300, 20]]));
    expect(band).toMatchObject({ codeRows: [1], standardRows: [2], dataTop: 3 });
  });

  it("works on a grid that does not start at A1", () => {
    const band = findHeader(gridOf([["学校名称", "在校生数"], ["一小", 300]], { top: 4, left: 2 }));
    expect(band).toMatchObject({ top: 4, dataTop: 5 });
    expect(band?.columns.map((c) => c.column)).toEqual([2, 3]);
  });

  it("returns null without a name or student header", () => {
    const grid = gridOf([["说明"], ["项目", "数值"], ["巩固率", "96%"]]);
    expect(findHeader(grid)).toBeNull();
    // Row 2 has two texts, row 1 one, row 3 one besides the number-like 96%.
    expect(likelyHeaderRow(grid)).toEqual({ row: 2, texts: ["项目", "数值"] });
    // Placed at row 5 (top 4, 0-based): rows 5 to 7 of the sheet.
    expect(likelyHeaderRow(gridOf([["说明"], ["项目", "数值"]], { top: 4 }))?.row).toBe(6);
    expect(likelyHeaderRow(gridOf([[1, 2], [null, 3]]))).toBeNull();
  });
});

describe("findHeader: a line under the header is neither header nor its labels", () => {
  const HEAD = ["学校名称", "在校生数", "专任教师数"];
  const ONE = ["一小", 300, 20];
  const PATHS = ["学校名称", "在校生数", "专任教师数"];
  const bandOf = (line: string, merged: boolean) => findHeader(gridOf([HEAD, [line], ONE], merged ? { merges: ["A2:C2"] } : {}));

  it.each([false, true])("skips a unit line under the header (merged across the row: %p) and keeps it as the band's unit line", (merged) => {
    for (const line of ["（单位：人、平方米、元、间）", "单位：人、万元"]) {
      const band = bandOf(line, merged);
      expect(band).toMatchObject({ top: 0, bottom: 0, dataTop: 2, unitLine: line });
      expect(band?.columns.map((c) => c.path.join("/"))).toEqual(PATHS);
    }
  });

  it.each([
    ["（注：无数据填“—”）", false],
    ["（注：无数据填“—”）", true],
    ["（城区学校）", false],
    ["（新建）", false],
    // A header-like word still joins the band only in the name cell alone, not merged across the row.
    ["（全称）", true],
  ])("leaves %p (merged across the row: %p) under the header to the rows below", (line, merged) => {
    const band = bandOf(line, merged);
    expect(band).toMatchObject({ top: 0, bottom: 0, dataTop: 1, unitLine: null });
    expect(band?.columns.map((c) => c.path.join("/"))).toEqual(PATHS);
  });

  it("still takes a short header word in brackets alone under the name label into the band", () => {
    for (const word of ["（全称）", "（名称）", "（人）"]) {
      expect(findHeader(gridOf([HEAD, [word], ONE]))).toMatchObject({ bottom: 1, dataTop: 2 });
    }
  });

  it("does not take a row of dashes for a header row, even under a code-like name", () => {
    const band = findHeader(gridOf([HEAD, ["A", "—", "—"], ONE]));
    expect(band).toMatchObject({ bottom: 0, dataTop: 1 });
    expect(band?.columns.map((c) => c.path.join("/"))).toEqual(PATHS);
  });
});

describe("findHeader: a block heading typed alone under the header, unmerged, is a line of the table (Q4 of s48)", () => {
  const HEAD = ["序号", "学校名称", "在校生数", "专任教师数"];
  const ONE = [1, "一小", 300, 20];
  const PATHS = ["序号", "学校名称", "在校生数", "专任教师数"];

  // Before: each joined the band as its second row, column A read 序号/一、城区学校 and the heading was lost.
  it.each(["一、城区学校", "一、城区学校（5所）", "（一）小学", "城区学校：", "农村学校", "（城区学校）", "城区", "乡镇学校", "村小及教学点", "石桥镇"])(
    "leaves %p in the 序号 column to the rows below",
    (heading) => {
      const band = findHeader(gridOf([HEAD, [heading], ONE]));
      expect(band).toMatchObject({ top: 0, bottom: 0, dataTop: 1 });
      expect(band?.columns.map((c) => c.path.join("/"))).toEqual(PATHS);
    },
  );

  it("leaves two headings (一、农村学校 over （一）小学) to the rows below, under a header merged down over rows 3–4", () => {
    const band = findHeader(gridOf([["某县统计表"], ["单位：人"], HEAD, [null, null, null, null], ["一、农村学校"], ["（一）小学"], ONE], { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4"] }));
    expect(band).toMatchObject({ top: 2, bottom: 3, dataTop: 4 });
    expect(band?.columns.map((c) => c.path.join("/"))).toEqual(PATHS);
  });

  it.each(["序", "No.", "编号"])("leaves 农村学校 (also the rural column's label) under a serial column headed %p to the rows below", (serial) => {
    const band = findHeader(gridOf([[serial, "学校名称", "在校生数", "专任教师数"], ["农村学校"], ONE]));
    expect(band).toMatchObject({ top: 0, bottom: 0, dataTop: 1 });
  });

  it("leaves a numbered heading typed in a 县区 column to the rows below", () => {
    const band = findHeader(gridOf([["县区", "学校名称", "在校生数"], ["二、农村学校"], ["甲县", "一小", 300]]));
    expect(band).toMatchObject({ bottom: 0, dataTop: 1 });
  });

  it("still takes a lower header row of one label into the band: a stage sub-header, a unit, 乡镇 under 所在地, 农村学校 under 学校属性", () => {
    expect(findHeader(gridOf([["学校名称", "在校生数"], [null, "小学"], ["一小", 300]]))).toMatchObject({ bottom: 1, dataTop: 2 });
    expect(findHeader(gridOf([["学校名称", "在校生数"], [null, "（人）"], ["一小", 300]]))).toMatchObject({ bottom: 1, dataTop: 2 });
    expect(findHeader(gridOf([["所在地", "学校名称", "在校生数"], ["乡镇"], ["石桥镇", "一小", 300]]))).toMatchObject({ bottom: 1, dataTop: 2 });
    // 农村学校 is the rural column's label: under 学校属性 it names that column; under 序号 it heads a block (above).
    expect(findHeader(gridOf([["学校名称", "在校生数", "学校属性"], [null, null, "农村学校"], ["一小", 300, "是"]]))).toMatchObject({ bottom: 1, dataTop: 2 });
  });
});

describe("findHeader: each column's own header cell is a label, not a unit or note under it", () => {
  it("passes over a units row and a bracketed note: 在校生数 in row 1, not 人 or （人） in row 2", () => {
    const units = findHeader(gridOf([["学校名称", "学段", "在校生数"], [null, null, "人"], ["新建小学", "小学", null], ["一小", "小学", 300]]));
    expect(units).toMatchObject({ bottom: 1, dataTop: 2 });
    expect(units?.columns.map((c) => c.headerRow)).toEqual([0, 0, 0]);
    const noted = findHeader(gridOf([["学校名称", "在校生数", "专任教师数"], ["（全称）", "（人）", "（人）"], ["一小", 300, 20]]));
    expect(noted?.columns.map((c) => c.headerRow)).toEqual([0, 0, 0]);
  });

  it("under a three-row merged header with a units row: 本科 in row 3, not its unit in row 4; a stage sub-header still counts", () => {
    const grid = gridOf(
      [
        ["学校名称", "在校生数", null, "专任教师", null, null],
        [null, "小学", "初中", "合计", "#按学历分", null],
        [null, null, null, null, "本科", "专科"],
        [null, "人", "人", "人", "人", "人"],
        ["一小", 300, null, 20, 12, 7],
      ],
      { merges: ["A1:A3", "B1:C1", "B2:B3", "C2:C3", "D1:F1", "D2:D3", "E2:F2"] },
    );
    const band = findHeader(grid);
    expect(band).toMatchObject({ top: 0, bottom: 3, dataTop: 4 });
    // A1 (A1:A3); B2, C2 (小学 / 初中 in B2:B3, C2:C3); D2 (合计, D2:D3); E3, F3 (本科, 专科).
    expect(band?.columns.map((c) => c.headerRow)).toEqual([0, 1, 1, 1, 2, 2]);
  });
});

describe("row shapes", () => {
  it("recognises code rows", () => {
    expect(isCodeRow(["甲", "乙", 1, 2, 3])).toBe(true);
    expect(isCodeRow([null, "L1", "L2", "L3"])).toBe(true);
    expect(isCodeRow(["一小", 300, 20, 5])).toBe(false);
    expect(isCodeRow([1, 5, 9])).toBe(false);
  });

  it("recognises the statistics export's codes with gaps where columns were deleted (甲 乙 丙, then 1 2 4 7), not a school row (Q1 of s48)", () => {
    expect(isCodeRow(["甲", "乙", "丙", 1, 2, 4, 7])).toBe(true);
    expect(isCodeRow(["甲", "乙", 3, 4, 9, 10])).toBe(true);
    // One text code is a school's short name as well (甲 | 300 | 400 | 500): still a school.
    expect(isCodeRow(["甲", 300, 400, 500])).toBe(false);
    // Numbers that do not rise are no column numbering.
    expect(isCodeRow(["甲", "乙", 3, 2, 5])).toBe(false);
    expect(isCodeRow(["甲", "乙", 3, 3, 5])).toBe(false);
  });

  it("takes only small numbers for column codes: a school's counts beside a short name and county are a school (R1 of s48, F4)", () => {
    // School A of county 甲, 600 students and 3000 m²: 3000 is far beyond 4 × 2 columns (before: a code row, dropped).
    expect(isCodeRow(["A", "甲", 600, 3000])).toBe(false);
    expect(isCodeRow(["甲", "乙", 30, 45, 60])).toBe(false); // the first, 30 > 4 × 3
    expect(isCodeRow(["甲", "乙", 5])).toBe(false); // one number is no run, and 5 > 4 × 1 (was a code row: one number counts up by one trivially)
    // The export's codes stay codes: 3 ≤ 4 × 4, 1 ≤ 4 × 4, and 1 … 35 with gaps.
    expect(isCodeRow(["甲", "乙", 3, 4, 9, 10])).toBe(true);
    expect(isCodeRow(["甲", "乙", "丙", 1, 2, 4, 7])).toBe(true);
    expect(isCodeRow(["甲", "乙", 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 31, 33, 34, 35])).toBe(true);
  });

  it.each<[string, (string | number)[]]>([
    ["乙 戊, 在校生 1 2 3 and 骨干教师 25 26", ["乙", "戊", 1, 2, 3, 25, 26]],
    ["乙 戊, 1 2 3, 校舍 27 28 and 运动场 31", ["乙", "戊", 1, 2, 3, 27, 28, 31]],
    ["甲 乙 and a run 21 22 23 from the middle of the export", ["甲", "乙", 21, 22, 23]],
    ["乙 戊 and 骨干教师 25 26 alone", ["乙", "戊", 25, 26]],
  ])("takes the code row of a sheet cut to a few of the export's columns, %s, for codes (R5 of s48: bounding the largest code read it as a school 乙 of type 戊)", (_, row) => {
    expect(isCodeRow(row)).toBe(true);
  });

  it("recognises the export's codes when only 学校名称 is kept of its text columns (乙, then 1 … 9 11 …), with five numbers or more after the lone text code", () => {
    expect(isCodeRow(["乙", 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13])).toBe(true);
    expect(isCodeRow(["甲", 1, 2, 4, 7, 9])).toBe(true);
    // Four: a school 甲 may have as few numbers; and a lone text before large numbers is a school's short name.
    expect(isCodeRow(["甲", 1, 2, 4, 7])).toBe(false);
    expect(isCodeRow(["甲", 300, 400, 500, 600, 700])).toBe(false);
  });

  it("sets the lone-text code row aside under its header: the first school is the row under it (before: a school 乙 with errors)", () => {
    const grid = gridOf([
      ["学校名称", "在校生数", "班数", "专任教师", "体育教师", "教学及辅助用房面积", "运动场地面积"],
      ["乙", 1, 3, 5, 6, 9, 11],
      ["城关小学", 600, 14, 36, 3, 3000, 5000],
    ]);
    expect(findHeader(grid)).toMatchObject({ top: 0, bottom: 0, codeRows: [1], dataTop: 2 });
  });

  it("reads anonymised schools A and B of county 甲 as schools, not as code rows dropped without a word (R1 of s48, F4)", async () => {
    const read = await readGridsOk([gridOf([["学校名称", "所属县", "在校生数", "教学及辅助用房面积"], ["A", "甲", 600, 3000], ["B", "甲", 420, 2100], ["C", "甲", 800, 500]])]);
    expect(read.input.records.map((r) => [r.name, r.fields.students?.value])).toEqual([
      ["A", 600],
      ["B", 420],
      ["C", 800],
    ]);
  });

  it("skips such a code row under a three-row merged header: the first school is the row under it", () => {
    const grid = gridOf(
      [
        ["学校名称", "统计三级", "在校生数", null, "专任教师", null],
        [null, null, "合计", "其中：小学", "合计", "#按学历分"],
        [null, null, null, null, null, "本科"],
        ["甲", "乙", 1, 2, 5, 7],
        ["城关小学", "青石县", 600, 600, 36, 20],
      ],
      { merges: ["A1:A3", "B1:B3", "C1:D1", "C2:C3", "D2:D3", "E1:F1", "E2:E3"] },
    );
    expect(findHeader(grid)).toMatchObject({ top: 0, bottom: 2, codeRows: [3], dataTop: 4 });
  });

  it("recognises standards rows but not schools", () => {
    expect(isStandardRow([1, "达标值", 4.2])).toBe(true);
    expect(isStandardRow(["标准", 4.2])).toBe(true);
    expect(isStandardRow(["标准化小学", 300])).toBe(false);
    // A school named 标准… (w1-bound B13, w7-relax B18–B19): its name ends as a school's does (before: dropped as standards).
    expect(isStandardRow([9, "标准初中", "初级中学", "初中", 1000])).toBe(false);
    expect(isStandardRow([15, "标准化初中", "初级中学", "初中", 1000])).toBe(false);
    expect(isStandardRow(["标准化九年一贯制学校", 300])).toBe(false);
    expect(isStandardRow(["省定标准", 4.2])).toBe(true);
  });

  it("takes students typed with their unit as a student count, as the reader reads them (省标准 | 1000人 is a school); 约1000 is none", () => {
    expect(isStandardRow([2, "省标准", "小学", 1000], [3])).toBe(false);
    expect(isStandardRow([2, "省标准", "小学", "1000人"], [3])).toBe(false);
    expect(isStandardRow([2, "省标准", "小学", "1,000 人"], [3])).toBe(false);
    expect(isStandardRow([2, "省标准", "小学", "约1000"], [3])).toBe(true);
    expect(isStandardRow([2, "省标准", "小学", null], [3])).toBe(true);
  });

  it("reads a row naming a stage before 标准 / 标准值 as standards when it counts no students (s1: 初中标准值 | | 5.3 — before: read as a school)", () => {
    // Student counts at index 2: the standards rows leave them blank.
    expect(isStandardRow([null, "初中标准值", null, 5.3, 1, 0.9], [2])).toBe(true);
    expect(isStandardRow([null, "小学标准", null, 4.2], [2])).toBe(true);
    expect(isStandardRow([null, "国家标准", null, 4.2], [2])).toBe(true);
    expect(isStandardRow([null, "初中达标值（省定）", null, 4.2], [2])).toBe(true);
    // A row counting students is a school whatever its name says.
    expect(isStandardRow([1, "初中标准值", 1000, 5.3], [2])).toBe(false);
    // A name ending as a school's does stays a school without students (reported as missing them, never dropped).
    expect(isStandardRow([15, "标准化初中", null, null], [2])).toBe(false);
    expect(isStandardRow([15, "标准化初中（城关校区）", null, null], [2])).toBe(false);
  });
});
