import type { ColumnRole } from "./keys";
import { classify, isSchoolRow } from "./rowKind";
import { gridOf } from "./testing";

const role = (column: number, key: ColumnRole["key"]): ColumnRole => ({ column, key, stage: null, part: null, unitFactor: 1, header: key });
/** Column A 序号, B the name, C the students. */
const FIELDS = [role(2, "students")];
const COLUMNS = { nameColumn: 1, campusColumn: null };
const kindOf = (cells: (string | number | null)[]) => classify(gridOf([cells]), 0, COLUMNS, FIELDS);

describe("classify", () => {
  it.each([
    // A stage named alone with numbers is a stage line, with a breakdown's lead-in or in brackets too.
    [[1, "初中", 400], "stageLine", null],
    [[1, "其中：初中", 400], "stageLine", null],
    [[1, "（其中）小学", 600], "stageLine", null],
    [[1, "（初中部）", 400], "stageLine", null],
    // A part of the row above naming no stage: a breakdown, wherever its 其中 puts it among the total labels.
    [[1, "其中：女", 480], "breakdown", null],
    [[1, "其中：农村", 600], "breakdown", 1],
    // A total, by its label in the name cell or left of it (序号 合计 beside a stage: the 合计 says it).
    [[null, "合计", 1600], "total", 1],
    [["合计", "初中", 1600], "total", 0],
    [[1, "城区", 200], "total", null],
    // Without numbers: a stage named alone heads a block, a stage breakdown is a total's.
    [[null, "初中", null], "heading", null],
    [[null, "其中：小学", null], "total", 1],
    [[null, "（其中）小学", null], "total", 1],
    [[1, "新城小学", 420], "school", null],
    [[null, null, null], "blank", null],
    // A heading typed in the 序号 column beside a blank name cell: as in the name cell, at its own cell (before: blank, or a row without a name).
    [["一、城区学校", null, null], "heading", 0],
    [["（一）小学", null, null], "heading", 0],
    [["农村学校：", null, null], "heading", 0],
    [["乡镇学校", null, null], "areaHeading", 0],
    [["村小及教学点", null, null], "areaHeading", 0],
    [["二、农村学校", null, 240], "total", 0],
    [["乡镇学校（3所）", null, 240], "total", 0],
    // A serial number or other text there is no label: the row is read by its name cell as before.
    [[7, null, 240], "unnamed", null],
    [["新城小学", null, 240], "unnamed", null],
    [["新城小学", null, null], "blank", null],
    // A standards line typed in A stays one.
    [["达标值", null, null], "standard", null],
    // Group labels in the name cell: a township group's subtotal or heading, never a school so named (before: schools).
    [[null, "乡镇学校", 240], "total", null],
    [[null, "二、乡镇学校", 240], "total", null],
    [[null, "乡镇学校（5所）", null], "areaHeading", null],
    [[null, "乡镇中心校", null], "areaHeading", null],
    [[null, "村小及教学点", null], "areaHeading", null],
    // A village group's short name beside numbers is a school's (review R4: were subtotals); so is a group label with a serial number.
    [[1, "中心校", 500], "school", null],
    [[null, "乡镇中心校", 300], "school", null],
    [[null, "村小", 40], "school", null],
    [[3, "乡镇学校", 300], "school", null],
    [["3", "民办学校", 90], "school", null],
    [[null, "村小及教学点", 45], "total", null],
    // A side's subtotal keeps its serial, as before 7e72373 (1 | 城区 | 200 above).
    [[2, "二、农村学校", 240], "total", null],
  ] as const)("%p is a %p row, its label at %p", (cells, kind, labelColumn) => {
    expect(kindOf([...cells])).toEqual({ kind, labelColumn });
  });
});

describe("classify: a heading left of the name cell in a column read for something (县区)", () => {
  const county = { ...COLUMNS, roleColumns: [0, 1, 2] };
  const kindIn = (cells: (string | number | null)[]) => classify(gridOf([cells]), 0, county, FIELDS);

  it("takes a numbered or bracketed heading there, but 城区, 农村 or a township there is the column's value", () => {
    expect(kindIn(["二、农村学校", null, null])).toEqual({ kind: "heading", labelColumn: 0 });
    expect(kindIn(["（城区学校）", null, null])).toEqual({ kind: "heading", labelColumn: 0 });
    expect(kindIn(["城区", null, null])).toEqual({ kind: "blank", labelColumn: null });
    expect(kindIn(["石桥镇", null, null])).toEqual({ kind: "blank", labelColumn: null });
    expect(kindIn(["城区", null, 240])).toEqual({ kind: "unnamed", labelColumn: null });
  });

  it("takes no number in such a column for a serial: 5 | 乡镇学校 | 240 is the group's subtotal", () => {
    expect(kindIn([5, "乡镇学校", 240])).toEqual({ kind: "total", labelColumn: null });
  });
});

describe("classify: a label left of the name cell in a column headed with other words (片区)", () => {
  const area = { ...COLUMNS, labelledColumns: [0] };
  const kindIn = (cells: (string | number | null)[]) => classify(gridOf([cells]), 0, area, FIELDS);

  it("takes 城区 or 乡镇学校 there beside numbers for the column's value on a row without a name (review R4: was a subtotal)", () => {
    expect(kindIn(["城区", null, 300])).toEqual({ kind: "unnamed", labelColumn: null });
    expect(kindIn(["乡镇学校", null, 225])).toEqual({ kind: "unnamed", labelColumn: null });
  });

  it("still takes a numbered or bracketed label there beside numbers for a subtotal, and a bare one without numbers for a heading", () => {
    expect(kindIn(["二、农村学校", null, 240])).toEqual({ kind: "total", labelColumn: 0 });
    expect(kindIn(["（城区学校）", null, 1800])).toEqual({ kind: "total", labelColumn: 0 });
    expect(kindIn(["城区", null, null])).toEqual({ kind: "heading", labelColumn: 0 });
  });

  it("takes no number there for a serial: 5 | 乡镇学校 | 240 is the group's subtotal", () => {
    expect(kindIn([5, "乡镇学校", 240])).toEqual({ kind: "total", labelColumn: null });
  });
});

describe("isSchoolRow", () => {
  it.each(["新城小学", "城关学校（初中部）"])("%p with students is a school", (name) => expect(isSchoolRow(gridOf([[1, name, 420]]), 0, COLUMNS, FIELDS)).toBe(true));
  // A numbered name with numbers is a school (before: 2.县城中学 | 800 was read as a subtotal, the school dropped).
  it.each(["1.城关小学", "2.县城中学", "3、农村小学"])("%p with students is a school", (name) => expect(isSchoolRow(gridOf([[1, name, 800]]), 0, COLUMNS, FIELDS)).toBe(true));
  it.each(["其中：女", "城区", "农村学校", "二、农村学校", "（城区学校）", "初中", "小学部", "（初中部）", "合计"])("%p with students is none", (name) => expect(isSchoolRow(gridOf([[1, name, 200]]), 0, COLUMNS, FIELDS)).toBe(false));
});
