import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { groupedMissingColumns } from "./missingColumnGroups";

const missingColumn = (fieldList: string, sheet = "学校基本情况"): Issue => ({ code: "read_columns_missing", severity: "warning", cell: `${sheet}!A3`, params: { sheet, fieldList } });
/** The engine's missing value of a section: no cell when the sheet has no column for the field. */
const missing = (school: string, stage: string, row: number, field: string, indicator: string, cell: string | null = null, sheet = "学校基本情况"): Issue => ({
  code: "missing_numerator",
  severity: "error",
  cell,
  params: { school, stage, section: `${sheet}!${row}#${stage}`, row: `${sheet}!${row}`, field, indicator },
});

describe("groupedMissingColumns", () => {
  it("says a missing column's sections once, where the first was, naming each (messy2.xlsx: three L4 errors before, one now)", () => {
    const engine = [missing("城关小学", "primary", 5, "teachingArea", "L4"), missing("实验中学", "junior", 6, "teachingArea", "L4"), missing("东风小学", "primary", 9, "sportsGroundArea", "L5", "学校基本情况!P9"), missing("东风小学", "primary", 9, "teachingArea", "L4")];
    expect(groupedMissingColumns([missingColumn("teachingArea,equipmentValue")], engine)).toEqual([
      // At the header's first cell, where the reader said the column is missing.
      { code: "read_column_missing_sections", severity: "error", cell: "学校基本情况!A3", params: { sheet: "学校基本情况", field: "teachingArea", indicator: "L4", count: 3, sections: "城关小学@primary\n实验中学@junior\n东风小学@primary" } },
      engine[2],
    ]);
  });

  it("takes the column the near-header question is about as missing too", () => {
    const near: Issue = { code: "read_column_near_field", severity: "warning", cell: "学校基本情况!N3", params: { sheet: "学校基本情况", field: "teachingArea", column: "N", header: "教学及辅助用方面积（㎡）" } };
    expect(groupedMissingColumns([near], [missing("城关小学", "primary", 5, "teachingArea", "L4")]).map((i) => [i.params.count, i.cell])).toEqual([[1, "学校基本情况!N3"]]);
    // At the near header (N3) rather than the header's first cell, whichever the reader said first.
    for (const reader of [[missingColumn("teachingArea"), near], [near, missingColumn("teachingArea")]]) expect(groupedMissingColumns(reader, [missing("城关小学", "primary", 5, "teachingArea", "L4")])[0]?.cell).toBe("学校基本情况!N3");
  });

  it("leaves a section alone when its own sheet has the column (小学 sheet lacks it, 初中 sheet has it), at a blank cell, or no reader word says the column is missing", () => {
    const junior = missing("一中", "junior", 4, "teachingArea", "L4", null, "初中");
    expect(groupedMissingColumns([missingColumn("teachingArea", "小学")], [junior])).toEqual([junior]);
    const blank = missing("甲", "primary", 5, "teachingArea", "L4", "学校基本情况!N5");
    expect(groupedMissingColumns([missingColumn("teachingArea")], [blank])).toEqual([blank]);
    const alone = missing("甲", "primary", 5, "teachingArea", "L4");
    expect(groupedMissingColumns([], [alone])).toEqual([alone]);
    expect(groupedMissingColumns([], [])).toEqual([]);
  });

  it("words the group in either language, each section with its stage", () => {
    const [group] = groupedMissingColumns([missingColumn("teachingArea")], [missing("城关小学", "primary", 5, "teachingArea", "L4"), missing("实验中学", "junior", 6, "teachingArea", "L4")]);
    if (group === undefined) throw new Error("no group");
    expect(message(group.code, group.params, "zh")).toBe("工作表“学校基本情况”中没有“教学及辅助用房面积”列，以下 2 个学校（学段）的指标 L4 因此无法计算：城关小学（小学）、实验中学（初中）");
    expect(message(group.code, group.params, "en")).toBe("Sheet “学校基本情况” has no column for teaching and auxiliary floor area, so L4 cannot be computed for 2 school sections: 城关小学 (primary), 实验中学 (junior secondary)");
    expect(message(group.code, { ...group.params, count: 1, sections: "城关小学@primary" }, "en")).toBe("Sheet “学校基本情况” has no column for teaching and auxiliary floor area, so L4 cannot be computed for 1 school section: 城关小学 (primary)");
  });
});
