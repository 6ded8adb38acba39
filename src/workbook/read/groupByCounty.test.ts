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
});
