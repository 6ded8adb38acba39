import { renamedSheets, writtenSheets } from "./writtenSheets";

describe("writtenSheets", () => {
  it("pairs each sheet built with the name the sink gave it, in order, and finds those renamed", () => {
    const specs = [
      { name: "汇总", role: "summary" },
      { name: "差异系数", role: "coefficients" },
      { name: "数据问题", role: "issues" },
    ] as const;
    const written = writtenSheets(specs, ["汇总 (2)", "差异系数", "数据问题 (3)"]);
    expect(written).toEqual([
      { role: "summary", planned: "汇总", name: "汇总 (2)" },
      { role: "coefficients", planned: "差异系数", name: "差异系数" },
      { role: "issues", planned: "数据问题", name: "数据问题 (3)" },
    ]);
    expect(renamedSheets(written).map((s) => s.name)).toEqual(["汇总 (2)", "数据问题 (3)"]);
  });

  it("finds none renamed when every name was free, and keeps the built name where the sink gave none", () => {
    const written = writtenSheets([{ name: "汇总", role: "summary" }], []);
    expect(written).toEqual([{ role: "summary", planned: "汇总", name: "汇总" }]);
    expect(renamedSheets(written)).toEqual([]);
  });
});
