import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { campusColumn, campusText, isMainCampus, sameCampus } from "./campusColumn";
import { gridOf } from "./testing";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  const columns = paths.map((path, column) => ({ column, path, headerRow: 0 }));
  return { sheet: "S", top: 0, bottom: 0, columns, codeRows: [], standardRows: [], dataTop: 1, unitLine: null };
}

const NAME: ColumnRole = { column: 0, key: "name", stage: null, part: null, unitFactor: 1, header: "学校名称" };

describe("campusColumn", () => {
  it("finds 校区, 校区名称 and 所在校区 (full-width or spaced), by the header's last cell", () => {
    expect(campusColumn(band([["学校名称"], ["校区"], ["在校生数"]]), [NAME])).toBe(1);
    expect(campusColumn(band([["学校名称"], ["在校生数"], ["校区名称"]]), [NAME])).toBe(2);
    expect(campusColumn(band([["学校名称"], ["学校", " 所在 校区"]]), [NAME])).toBe(1);
  });

  it("takes no number column or group for one: 校区数, 校区面积, a 校区 group over other headers, a column a role reads", () => {
    expect(campusColumn(band([["学校名称"], ["校区数"], ["校区面积"]]), [NAME])).toBeNull();
    expect(campusColumn(band([["学校名称"], ["校区", "面积"]]), [NAME])).toBeNull();
    expect(campusColumn(band([["校区"]]), [NAME])).toBeNull();
  });
});

describe("campusText", () => {
  it("reads a trimmed campus, a blank as empty, and a cell merged down as its top value", () => {
    const grid = gridOf([["校区"], [" 北校区 "], [null], ["本部"], [null]], { merges: ["A4:A5"] });
    expect([1, 2, 3, 4].map((row) => campusText(grid, row, 0))).toEqual(["北校区", "", "本部", "本部"]);
  });
});

describe("sameCampus", () => {
  it("folds spaces and full-width forms, and tells different campuses and blank apart", () => {
    expect(sameCampus("北校区", " 北 校区")).toBe(true);
    expect(sameCampus("（北）校区", "(北)校区")).toBe(true);
    expect(sameCampus("北校区", "南校区")).toBe(false);
    expect(sameCampus("", "南校区")).toBe(false);
    expect(sameCampus("", "")).toBe(true);
  });
});

describe("sameCampus: the main campus", () => {
  it("takes a blank, 本部, 校本部, 主校区, 本校 and 总校 for one campus, the main one", () => {
    expect(sameCampus("", "本部")).toBe(true);
    expect(sameCampus("校本部", "主校区")).toBe(true);
    expect(sameCampus(" 本 部 ", "本校")).toBe(true);
    expect(sameCampus("总校", "")).toBe(true);
  });

  it("tells the main campus from a named one, and a name only containing 本部 from it", () => {
    expect(sameCampus("本部", "南校区")).toBe(false);
    expect(sameCampus("", "分校区")).toBe(false);
    expect(sameCampus("本部", "东本部")).toBe(false);
  });
});

describe("isMainCampus", () => {
  it("takes a blank and the words for the main campus, spaces and full-width forms folded", () => {
    expect(["", "  ", "本部", " 本 部 ", "校本部", "主校区", "本校", "总校"].map(isMainCampus)).toEqual([true, true, true, true, true, true, true, true]);
  });

  it("tells a named campus, even one containing 本部, from the main one", () => {
    expect(["南校区", "分校区", "东本部", "本部南"].map(isMainCampus)).toEqual([false, false, false, false]);
  });
});
