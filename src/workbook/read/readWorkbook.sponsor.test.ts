import { type ReadResult } from "./readWorkbook";
import { gridOf, readGridsOk } from "./testing";
import type { Grid } from "../types";

type Ok = Extract<ReadResult, { ok: true }>;

async function readOk(grid: Grid): Promise<Ok> {
  return readGridsOk([grid]);
}

const HEADER = ["学校名称", "办学性质", "举办者", "在校生数", "专任教师数", "教学及辅助用房面积", "网络多媒体教室"];
const numbers = [300, 20, 1500, 6];

describe("readWorkbook: 办学性质 and 举办者 both read (the tester's scope1 and scope4)", () => {
  const grid = gridOf([
    HEADER,
    ["城关第一小学", "公办", "县级教育部门", ...numbers],
    ["启航小学", null, "民办", ...numbers],
    ["新华小学", "公办", "民办", ...numbers],
    ["城关第二初中", null, "地级教育部门", ...numbers],
    ["八一小学", "公办", "部队", ...numbers],
  ]);

  it("each school's flags: 办学性质 first, 举办者 where it is blank, and the level of 举办者 for county-run", async () => {
    const result = await readOk(grid);
    expect(result.input.records.map((r) => [r.name, r.flags])).toEqual([
      ["城关第一小学", { private: false, countyRun: true }],
      ["启航小学", { private: true }],
      ["新华小学", { private: false }],
      ["城关第二初中", { private: false, countyRun: false }],
      ["八一小学", { private: false, countyRun: false }],
    ]);
  });

  it("no 'same meaning' or 'not recognised' for 举办者; the 公办 / 民办 contradiction at C4 and B4; no 'treated as public' for 地级", async () => {
    const { issues } = await readOk(grid);
    expect(issues.filter((i) => /duplicate_column|unmatched|private_unreadable/.test(i.code))).toEqual([]);
    expect(issues.filter((i) => i.code === "read_sponsor_private_conflict").map((i) => i.cell)).toEqual(["学校基本情况!B4", "学校基本情况!C4"]);
  });
});
