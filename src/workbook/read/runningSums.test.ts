import { firstAtLeast, prefixSums, rangeSum, rowsAbove, runningSums } from "./runningSums";
import { gridOf } from "./testing";
import type { ColumnRole } from "./keys";

describe("prefixSums", () => {
  it("starts at 0 and adds each value: 2, 5, 1 → 0, 2, 7, 8; none → 0 alone", () => {
    expect([...prefixSums(3, (i) => [2, 5, 1][i] ?? 0)]).toEqual([0, 2, 7, 8]);
    expect([...prefixSums(0, () => 9)]).toEqual([0]);
  });
});

describe("firstAtLeast and rowsAbove: where a value stands among ascending values, by halving", () => {
  it("the first index whose value is at least the one sought, from `from` on; the length when none is", () => {
    const sums = [0, 2, 7, 8];
    expect([firstAtLeast(sums, 5), firstAtLeast(sums, 7), firstAtLeast(sums, 9), firstAtLeast(sums, -1)]).toEqual([2, 2, 4, 0]);
    expect([firstAtLeast(sums, 1, 3), firstAtLeast(sums, 1, 4), firstAtLeast(Float64Array.from(sums), 8)]).toEqual([3, 4, 3]);
  });

  it("rowsAbove counts the sorted rows above a row, equal rows not among them; none for an empty list", () => {
    expect([rowsAbove([2, 5, 7], 6), rowsAbove([2, 5, 7], 5), rowsAbove([2, 5, 7], 2), rowsAbove([2, 5, 7], 8), rowsAbove([], 3)]).toEqual([2, 1, 0, 3, 0]);
  });
});

describe("runningSums: a column's numbers added from the top, any range in two reads", () => {
  const role: ColumnRole = { column: 1, key: "students", stage: null, part: null, unitFactor: 1, header: "在校生数" };
  it("1652, blank, \"412\" typed as text, 0 → 0, 1652, 1652, 2064, 2064; rows 2–3 add up to 412", () => {
    const grid = gridOf([["学校名称", "在校生数"], ["一小", 1652], ["二小", null], ["三小", "412"], ["四小", 0]]);
    const sums = runningSums(grid, [1, 2, 3, 4], [role]);
    expect([...(sums.sums[0] ?? [])]).toEqual([0, 1652, 1652, 2064, 2064]);
    expect(rangeSum(sums, 0, 1, 3)).toBe(412);
  });
});
