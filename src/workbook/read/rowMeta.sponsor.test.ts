import { message } from "../../messages/catalogue";
import type { Issue } from "../../engine/types";
import type { ColumnKey, ColumnRole } from "./keys";
import { rowFlags } from "./rowMeta";
import { gridOf } from "./testing";

function role(column: number, key: ColumnKey, header: string): ColumnRole {
  return { column, key, stage: null, part: null, unitFactor: 1, header };
}

/** One row 某学校 | 办学性质 | 隶属关系 | 举办者 (row 2 of the sheet); a null header leaves that column out. */
function flagsOf(nature: string | null, ownership: string | null, sponsor: string | null, withColumns = { nature: true, ownership: true }): { flags: ReturnType<typeof rowFlags>; issues: Issue[] } {
  const roles = [role(0, "name", "学校名称"), role(3, "sponsor", "举办者")];
  if (withColumns.nature) roles.push(role(1, "private", "办学性质"));
  if (withColumns.ownership) roles.push(role(2, "countyRun", "隶属关系"));
  const issues: Issue[] = [];
  const grid = gridOf([["学校名称", "办学性质", "隶属关系", "举办者"], ["某学校", nature, ownership, sponsor]]);
  return { flags: rowFlags(grid, 1, roles, issues), issues };
}

const ALONE = { nature: false, ownership: false };

describe("rowFlags: 举办者 alone says private and county-run (the tester's scope4_sponsor_levels)", () => {
  it.each([
    // Hand reading of the statistics export's categories: the level decides county-run.
    ["地级教育部门", { private: false, countyRun: false }],
    ["地级其他部门", { private: false, countyRun: false }],
    ["省级其他部门", { private: false, countyRun: false }],
    ["地方企业", { private: false, countyRun: false }],
    ["部队", { private: false, countyRun: false }],
    ["其他部门办", { private: false, countyRun: false }],
    ["县级教育部门", { private: false, countyRun: true }],
    ["县级其他部门", { private: false, countyRun: true }],
    ["民办", { private: true }],
  ])("%s → %j, no issue", (text, flags) => {
    expect(flagsOf(null, null, text, ALONE)).toEqual({ flags, issues: [] });
  });

  it("地级教育部门 is no read_private_unreadable (地级 is public)", () => {
    expect(flagsOf(null, null, "地级教育部门", ALONE).issues).toEqual([]);
  });
});

describe("rowFlags: 办学性质 first, 举办者 where it is blank (the tester's scope1)", () => {
  it("启航小学: 办学性质 blank, 举办者 民办 → private", () => {
    expect(flagsOf(null, null, "民办")).toEqual({ flags: { private: true }, issues: [] });
  });

  it("新华小学: 办学性质 公办, 举办者 民办 → 办学性质's 公办 is used, a warning at both cells naming both", () => {
    const { flags, issues } = flagsOf("公办", null, "民办");
    expect(flags).toEqual({ private: false });
    const params = { header: "办学性质", text: "公办", sponsorHeader: "举办者", sponsorText: "民办" };
    expect(issues).toEqual([
      { code: "read_sponsor_private_conflict", severity: "warning", cell: "学校基本情况!B2", params },
      { code: "read_sponsor_private_conflict", severity: "warning", cell: "学校基本情况!D2", params },
    ]);
    expect(message("read_sponsor_private_conflict", params, "zh")).toBe("“办学性质”为“公办”，而“举办者”为“民办”，两列对是否民办的说法矛盾；已按“办学性质”的“公办”处理，请核对并改正其中一列");
    expect(message("read_sponsor_private_conflict", params, "en")).toBe("办学性质 says “公办” but 举办者 says “民办”: the two disagree on whether the school is private; 办学性质 (“公办”) was used; check the school and correct one of them");
  });

  it("办学性质 公办 and 举办者 地级教育部门 agree (public); the sponsor adds not county-run", () => {
    expect(flagsOf("公办", null, "地级教育部门")).toEqual({ flags: { private: false, countyRun: false }, issues: [] });
  });

  it("an unreadable 举办者 beside a readable 办学性质 is a warning of its own, not 'treated as public'", () => {
    const { flags, issues } = flagsOf("公办", null, "合作办学");
    expect(flags).toEqual({ private: false });
    expect(issues).toEqual([{ code: "read_sponsor_unreadable", severity: "warning", cell: "学校基本情况!D2", params: { header: "举办者", text: "合作办学" } }]);
    expect(message("read_sponsor_unreadable", issues[0]?.params ?? {}, "zh")).toContain("县级教育部门");
  });

  it("an unreadable 举办者 with 办学性质 blank still says the school is treated as public", () => {
    expect(flagsOf(null, null, "合作办学").issues.map((i) => [i.code, i.cell])).toEqual([["read_private_unreadable", "学校基本情况!D2"]]);
  });
});

describe("rowFlags: 隶属关系 first, 举办者 where it is blank (the tester's scope3_lishu)", () => {
  it("隶属关系 部队 is read: not county-run, no 'not a yes / no' warning", () => {
    expect(flagsOf("公办", "部队", null)).toEqual({ flags: { private: false, countyRun: false }, issues: [] });
  });

  it("隶属关系 blank, 举办者 部队 → not county-run", () => {
    expect(flagsOf("公办", null, "部队")).toEqual({ flags: { private: false, countyRun: false }, issues: [] });
  });

  it("隶属关系 县级 against 举办者 地方企业: 隶属关系 used, a warning at both cells", () => {
    const { flags, issues } = flagsOf("公办", "县级", "地方企业");
    expect(flags).toEqual({ private: false, countyRun: true });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["read_sponsor_county_conflict", "学校基本情况!C2"],
      ["read_sponsor_county_conflict", "学校基本情况!D2"],
    ]);
    expect(message("read_sponsor_county_conflict", issues[0]?.params ?? {}, "en")).toContain("隶属关系 (“县级”) was used");
  });
});
