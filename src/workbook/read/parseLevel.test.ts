import { parseLevel } from "./parseLevel";

describe("parseLevel", () => {
  it.each([
    [1, 1],
    ["Ⅰ级", 1],
    ["II", 2],
    ["二级", 2],
    ["Ⅲ级以上", 3],
    ["水平Ⅳ", 4],
    ["４", 4],
    [" Ⅲ 级 ", 3],
  ] as const)("%p → %p", (written, level) => expect(parseLevel(written)).toBe(level));

  it.each([0, 2.5, 5, 0.85, -3, "IIII", "Ⅴ", "优秀", "3级以下", "", true, null])("%p is no level", (written) => expect(parseLevel(written)).toBeNull());
});
