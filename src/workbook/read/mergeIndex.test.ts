import type { CellValue, Grid } from "../types";
import { mergeAt, mergesByRow } from "./mergeIndex";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

describe("mergeAt", () => {
  const grid = gridOf([["a"]], { merges: ["F2:I3", "A1:A1", "B5:B9"] });

  it("finds the merged area a cell lies in, and none outside every area", () => {
    expect(mergeAt(grid, 2, 6)).toEqual({ top: 1, left: 5, bottom: 2, right: 8 });
    expect(mergeAt(grid, 1, 5)).toEqual({ top: 1, left: 5, bottom: 2, right: 8 });
    expect(mergeAt(grid, 8, 1)).toEqual({ top: 4, left: 1, bottom: 8, right: 1 });
    expect(mergeAt(grid, 3, 6)).toBeUndefined();
    expect(mergeAt(grid, 1, 9)).toBeUndefined();
    expect(mergeAt(gridOf([["a"]]), 0, 0)).toBeUndefined();
  });

  it("builds the index once per grid", () => {
    expect(mergesByRow(grid)).toBe(mergesByRow(grid));
  });
});

/** A sheet of `pairs` combined schools written as 小学部 / 初中部 rows, 教学用房..多媒体 (D:G) merged over each pair. */
function pairSheet(pairs: number): { grid: Grid; reads: () => number } {
  const rows: CellValue[][] = [["学校名称", "在校生数", "专任教师数", "教学及辅助用房面积（㎡）", "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数（间）"]];
  const merges: string[] = [];
  for (let i = 0; i < pairs; i++) {
    rows.push([`第${i + 1}学校（小学部）`, 600, 40, 6000, 8000, 900000, 20], [`第${i + 1}学校（初中部）`, 400, 30, null, null, null, null]);
    merges.push(`D${2 * i + 2}:G${2 * i + 3}`);
  }
  const plain = gridOf(rows, { merges });
  let count = 0;
  const grid: Grid = {
    ...plain,
    get merges() {
      count++;
      return plain.merges;
    },
  };
  return { grid, reads: () => count };
}

describe("reading a sheet with merged cells", () => {
  it("looks at the merge list a number of times that does not grow with the rows (no scan per row)", async () => {
    const counts: number[] = [];
    for (const pairs of [20, 80]) {
      const { grid, reads } = pairSheet(pairs);
      const result = await readWorkbook(sourceOf([grid]));
      if (!result.ok) throw new Error("expected ok");
      expect(result.input.records).toHaveLength(pairs);
      counts.push(reads());
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
