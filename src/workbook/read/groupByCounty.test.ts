import { groupByCounty } from "./groupByCounty";

describe("groupByCounty", () => {
  it("groups rows by county in order of first appearance, each in sheet order, a county-less sheet as one group", () => {
    const rows = [
      { county: "B县", n: 1 },
      { county: "A县", n: 2 },
      { county: "B县", n: 3 },
      { county: null, n: 4 },
    ];
    expect(groupByCounty(rows)).toEqual([
      ["B县", [rows[0], rows[2]]],
      ["A县", [rows[1]]],
      [null, [rows[3]]],
    ]);
  });

  it("gives one group for one county, and none for no rows", () => {
    expect(groupByCounty([{ county: "A县" }, { county: "A县" }])).toEqual([["A县", [{ county: "A县" }, { county: "A县" }]]]);
    expect(groupByCounty([])).toEqual([]);
  });

  it("groups a county written with and without its level word together, under its first spelling; 长沙县 and 长沙市 stay apart", () => {
    const rows = [{ county: "示例县" }, { county: "长沙县" }, { county: "示例" }, { county: "长沙市" }];
    expect(groupByCounty(rows)).toEqual([
      ["示例县", [rows[0], rows[2]]],
      ["长沙县", [rows[1]]],
      ["长沙市", [rows[3]]],
    ]);
  });
});
