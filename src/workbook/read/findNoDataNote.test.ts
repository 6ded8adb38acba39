import { findNoDataNote } from "./findNoDataNote";
import { gridOf } from "./testing";

describe("findNoDataNote", () => {
  const grid = gridOf(
    [
      ["学校名称", "在校生数", "备注"],
      ["一小", 300, "无数据填“/”"],
      [null, "填表说明：1.单位为人；2.无数据填“—”。"],
    ],
    { top: 4, left: 1 },
  );

  it("gives each mark with the first declaring cell among the rows it may search, at its sheet address", () => {
    // values[2][1] is sheet row 7 (0-based 6), column C (0-based 2).
    const note = findNoDataNote(grid, (row) => row !== 5);
    expect([...(note?.marks ?? [])]).toEqual([["dash", "学校基本情况!C7"]]);
  });

  it("takes a school row's cell only when allowed to search it, and gives null when nothing declares", () => {
    // values[1][2] is D6: the slash note there, the dash note still C7.
    expect([...(findNoDataNote(grid, () => true)?.marks ?? [])]).toEqual([
      ["slash", "学校基本情况!D6"],
      ["dash", "学校基本情况!C7"],
    ]);
    expect(findNoDataNote(grid, (row) => row === 4)).toBeNull();
    expect(findNoDataNote(gridOf([["学校名称"], ["没有的填“—”"]]), () => true)).toBeNull();
  });

  it("cites for each mark the note that names it, not the sheet's first note", () => {
    const note = findNoDataNote(gridOf([["学校名称"], ["无数据填“/”"], ["数据不详填“—”"]]), () => true);
    expect([...(note?.marks ?? [])]).toEqual([
      ["slash", "学校基本情况!A2"],
      ["dash", "学校基本情况!A3"],
    ]);
  });

  it("keeps the default for a mark that one note makes no data and another a zero, listing the two cells", () => {
    const two = findNoDataNote(gridOf([["学校名称"], ["填表说明：1.无数据填“—”"], ["2.没有的填“—”"]]), () => true);
    expect([[...(two?.marks ?? [])], two?.contradictions]).toEqual([[], [{ mark: "dash", missingCell: "学校基本情况!A2", zeroCell: "学校基本情况!A3" }]]);
    // The zero note first, in the same cell's row: the same contradiction, whichever comes first.
    const reversed = findNoDataNote(gridOf([["没有的填“—”", "“—”表示无数据"]]), () => true);
    expect(reversed?.contradictions).toEqual([{ mark: "dash", missingCell: "学校基本情况!B1", zeroCell: "学校基本情况!A1" }]);
  });

  it("keeps a mark no data when the other note makes a different mark a zero", () => {
    const note = findNoDataNote(gridOf([["1.无数据填“—”"], ["2.没有的填“/”"]]), () => true);
    expect([[...(note?.marks ?? [])], note?.contradictions]).toEqual([[["dash", "学校基本情况!A1"]], []]);
  });
});
