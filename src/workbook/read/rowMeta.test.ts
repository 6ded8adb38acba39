import { message } from "../../messages/catalogue";
import type { ColumnRole } from "./keys";
import { rowFlags } from "./rowMeta";
import { gridOf } from "./testing";
import type { Issue } from "../../engine/types";

const ROLES: readonly ColumnRole[] = [
  { column: 0, key: "name", stage: null, part: null, unitFactor: 1, header: "学校名称" },
  { column: 1, key: "private", stage: null, part: null, unitFactor: 1, header: "办学性质" },
  { column: 2, key: "boarding", stage: null, part: null, unitFactor: 1, header: "是否寄宿制" },
];

function flagsOf(row: readonly (string | null)[]): { flags: ReturnType<typeof rowFlags>; issues: Issue[] } {
  const issues: Issue[] = [];
  const flags = rowFlags(gridOf([["学校名称", "办学性质", "是否寄宿制"], row]), 1, ROLES, issues);
  return { flags, issues };
}

describe("rowFlags: an 办学性质 that is neither 公办 nor 民办", () => {
  it.each(["公民合办", "集体", "其他部门办"])("%s: private stays unknown (public), and the warning says the school is treated as public and included", (text) => {
    const { flags, issues } = flagsOf(["联办小学", text, null]);
    expect(flags.private).toBeUndefined();
    expect(issues).toEqual([{ code: "read_private_unreadable", severity: "warning", cell: "学校基本情况!B2", params: { header: "办学性质", text } }]);
    expect(message("read_private_unreadable", { header: "办学性质", text }, "zh")).toContain("按公办学校处理");
    expect(message("read_private_unreadable", { header: "办学性质", text }, "en")).toContain("treated as public");
  });

  it("reads 民办 and 公办 without an issue", () => {
    expect(flagsOf(["育才小学", "民办", null])).toEqual({ flags: { private: true }, issues: [] });
    expect(flagsOf(["甲小学", "公办", null])).toEqual({ flags: { private: false }, issues: [] });
  });

  it("keeps the plain yes / no warning for other flags", () => {
    expect(flagsOf(["甲小学", null, "不详"]).issues.map((i) => i.code)).toEqual(["read_flag_unreadable"]);
  });
});

describe("rowFlags: a 举办者 column (the statistics export's sponsor field) gives the private flag", () => {
  const roles: readonly ColumnRole[] = [
    { column: 0, key: "name", stage: null, part: null, unitFactor: 1, header: "学校名称" },
    { column: 1, key: "private", stage: null, part: null, unitFactor: 1, header: "举办者" },
  ];
  function sponsorOf(value: string | number | null): { flags: ReturnType<typeof rowFlags>; issues: Issue[] } {
    const issues: Issue[] = [];
    const flags = rowFlags(gridOf([["学校名称", "举办者"], ["某学校", value]]), 1, roles, issues);
    return { flags, issues };
  }

  // A 举办者 with a level also says whether the county runs the school (sponsor.ts: 县级 yes; 其他部门, 地方企业 no; 教育部门, 事业单位, 民办 unsaid).
  it.each([
    ["教育部门", { private: false }],
    ["县级教育部门", { private: false, countyRun: true }],
    ["其他部门", { private: false, countyRun: false }],
    ["地方企业", { private: false, countyRun: false }],
    ["事业单位", { private: false }],
    ["集体", { private: false, countyRun: true }],
    ["民办", { private: true }],
    ["民办（非营利性）", { private: true }],
  ])("%s → %j, no issue", (text, flags) => {
    expect(sponsorOf(text)).toEqual({ flags, issues: [] });
  });

  it("a blank 举办者 leaves the flag unknown without an issue", () => {
    expect(sponsorOf(null)).toEqual({ flags: {}, issues: [] });
    expect(sponsorOf("  ")).toEqual({ flags: {}, issues: [] });
  });

  it.each(["合作办学", "教育局", "1"])("%p is a warning at its cell, saying the school is treated as public", (text) => {
    expect(sponsorOf(text)).toEqual({ flags: {}, issues: [{ code: "read_private_unreadable", severity: "warning", cell: "学校基本情况!B2", params: { header: "举办者", text } }] });
  });

  it("a number stored as a number is read as its text, not as yes / no (1 is no sponsor)", () => {
    expect(sponsorOf(1).issues.map((i) => i.code)).toEqual(["read_private_unreadable"]);
  });
});
