import type { SchoolType, Stage } from "../../engine/types";
import type { CellValue } from "../types";
import type { ColumnRole, ColumnKey } from "./keys";
import { kindConflicts } from "./kindConflicts";
import { gridOf } from "./testing";

function role(column: number, key: ColumnKey): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor: 1, header: String(key) };
}

/** Columns A name, B type, C stage; sheet row 2 (0-based 1) is read. */
const ROLES = [role(0, "name"), role(1, "type"), role(2, "stage")];

function conflicts(cells: readonly CellValue[], type: SchoolType, stage: Stage | null, roles: readonly ColumnRole[] = ROLES): string[] {
  const grid = gridOf([["学校名称", "学校类型", "学段"], cells]);
  return kindConflicts(grid, 1, roles, { name: String(cells[0]), type, stage }).map((i) => `${i.code} ${i.cell ?? ""}`);
}

describe("kindConflicts", () => {
  it("says the stage cell when the name's section says the other stage", () => {
    expect(conflicts(["城东学校(初中部)", "九年一贯制学校", "小学部"], "nine_year", "primary")).toEqual(["read_stage_name_conflict 学校基本情况!C2"]);
  });

  it("says the stage cell when a 完全中学 is given a 小学 stage, and a 初中 a 小学 one", () => {
    expect(conflicts(["县二中", "完全中学", "小学"], "complete_middle", "primary")).toEqual(["read_stage_type_conflict 学校基本情况!C2"]);
    expect(conflicts(["东关中学", "初级中学", "小学"], "junior", "primary")).toEqual(["read_stage_type_conflict 学校基本情况!C2"]);
  });

  it("says the type cell for 中学 named schools typed 小学, and 教学点 named ones typed 初中", () => {
    expect(conflicts(["东关中学", "小学", "小学"], "primary", "primary")).toEqual(["read_type_name_conflict 学校基本情况!B2"]);
    expect(conflicts(["王村教学点", "初级中学", "初中"], "junior", "junior")).toEqual(["read_type_name_conflict 学校基本情况!B2"]);
    expect(conflicts(["王村教学点", "小学", null], "primary", "primary")).toEqual(["read_type_name_teaching_point 学校基本情况!B2"]);
  });

  it("says nothing without a 学段 or type column, for blank cells, or when the stage came from elsewhere", () => {
    expect(conflicts(["丙小学", null, null], "primary", "primary")).toEqual([]);
    expect(conflicts(["丙小学", "小学", "初中"], "primary", "junior", [role(0, "name")])).toEqual([]);
    // A 学段 value that names no stage did not decide the stage.
    expect(conflicts(["丙小学", "小学", "其他"], "primary", "primary")).toEqual([]);
    // A type value the reader does not know did not decide the type.
    expect(conflicts(["东关中学", "幼儿园", null], "junior", "junior")).toEqual([]);
  });

  it("says nothing for agreeing rows, 九年一贯制 sections, teaching points named 小学, 特教 keywords in ordinary names", () => {
    expect(conflicts(["城关学校(小学部)", "九年一贯制学校", "小学"], "nine_year", "primary")).toEqual([]);
    expect(conflicts(["红星学校", "九年一贯制学校", "初中"], "nine_year", "junior")).toEqual([]);
    expect(conflicts(["河湾小学", "教学点", "小学"], "teaching_point", "primary")).toEqual([]);
    expect(conflicts(["启明小学", "小学", "小学"], "primary", "primary")).toEqual([]);
    expect(conflicts(["县一中", "完全中学", "初中"], "complete_middle", "junior")).toEqual([]);
  });
});
