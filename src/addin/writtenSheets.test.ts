import { keptRenamed, renamedSheets, writtenSheets } from "./writtenSheets";

describe("writtenSheets", () => {
  it("pairs each sheet built with the name the sink gave it, in order, and finds those renamed", () => {
    const specs = [
      { name: "汇总", role: "summary" },
      { name: "差异系数", role: "coefficients" },
      { name: "数据问题", role: "issues" },
    ] as const;
    const written = writtenSheets(specs, { names: ["汇总 (2)", "差异系数", "数据问题 (3)"], kept: [] });
    expect(written).toEqual([
      { role: "summary", planned: "汇总", name: "汇总 (2)", besideKept: null },
      { role: "coefficients", planned: "差异系数", name: "差异系数", besideKept: null },
      { role: "issues", planned: "数据问题", name: "数据问题 (3)", besideKept: null },
    ]);
    expect(renamedSheets(written).map((s) => s.name)).toEqual(["汇总 (2)", "数据问题 (3)"]);
  });

  it("finds none renamed when every name was free, and keeps the built name where the sink gave none", () => {
    const written = writtenSheets([{ name: "汇总", role: "summary" }], { names: [], kept: [] });
    expect(written).toEqual([{ role: "summary", planned: "汇总", name: "汇总", besideKept: null }]);
    expect(renamedSheets(written)).toEqual([]);
  });

  it("tells a result written beside an earlier one the user changed (kept, any case) from one beside a user's own sheet", () => {
    const specs = [
      { name: "Summary", role: "summary" },
      { name: "Schools", role: "schools" },
      { name: "Data issues", role: "issues" },
    ] as const;
    const written = writtenSheets(specs, { names: ["Summary (2)", "Schools (2)", "Data issues"], kept: ["summary"] });
    expect(written.map((s) => [s.name, s.besideKept])).toEqual([
      ["Summary (2)", "summary"],
      ["Schools (2)", null],
      ["Data issues", null],
    ]);
  });

  it("does not call a result that kept its name beside anything, even when a sheet of another case was kept", () => {
    const written = writtenSheets([{ name: "汇总", role: "summary" }], { names: ["汇总"], kept: ["汇总"] });
    expect(written[0]?.besideKept).toBeNull();
  });

  it("tells a result written beside a kept sheet that had itself been written beside a user's sheet (汇总 (2) kept, 汇总 (3) written)", () => {
    const written = writtenSheets([{ name: "汇总", role: "summary" }, { name: "数据问题", role: "issues" }], { names: ["汇总 (3)", "数据问题 (2)"], kept: ["汇总 (2)"] });
    expect(written.map((s) => [s.name, s.besideKept])).toEqual([
      ["汇总 (3)", "汇总 (2)"],
      ["数据问题 (2)", null],
    ]);
    expect(writtenSheets([{ name: "汇总", role: "summary" }], { names: ["汇总 (2)"], kept: ["汇总 2023", "汇总 (x)"] })[0]?.besideKept).toBeNull();
  });

  it("tells a result written beside an earlier version's result, kept since nothing shows it unchanged, from one beside a changed result or a user's sheet", () => {
    const specs = [
      { name: "汇总", role: "summary" },
      { name: "差异系数", role: "coefficients" },
      { name: "学校达标", role: "schools" },
      { name: "数据问题", role: "issues" },
    ] as const;
    const written = writtenSheets(specs, { names: ["汇总 (2)", "差异系数 (2)", "学校达标 (2)", "数据问题"], kept: ["差异系数"], keptOlder: ["汇总", "学校达标"] });
    expect(written).toEqual([
      { role: "summary", planned: "汇总", name: "汇总 (2)", besideKept: null, besideOlder: "汇总" },
      { role: "coefficients", planned: "差异系数", name: "差异系数 (2)", besideKept: "差异系数" },
      { role: "schools", planned: "学校达标", name: "学校达标 (2)", besideKept: null, besideOlder: "学校达标" },
      { role: "issues", planned: "数据问题", name: "数据问题", besideKept: null },
    ]);
  });

  it("pairs an earlier version's kept result with this run's sheet of its role when that sheet kept its own name (evaluated in the other language, or the user's sheet of that name gone)", () => {
    // The earlier build wrote 汇总 in Chinese; this run is in English, so Summary was free. And an old 学校达标 (2), written
    // beside a user's 学校达标 that has since been deleted: this run took 学校达标. Both old ones stay, stale, and must be named.
    const written = writtenSheets([{ name: "Summary", role: "summary" }, { name: "学校达标", role: "schools" }, { name: "数据问题", role: "issues" }], { names: ["Summary", "学校达标", "数据问题"], kept: [], keptOlder: ["汇总", "学校达标 (2)"] });
    expect(written.map((s) => [s.name, s.besideOlder])).toEqual([
      ["Summary", "汇总"],
      ["学校达标", "学校达标 (2)"],
      ["数据问题", undefined],
    ]);
    // Where an older sheet holds the very name, that one is named, not another of the role.
    expect(writtenSheets([{ name: "Summary", role: "summary" }], { names: ["Summary (2)"], kept: [], keptOlder: ["汇总", "Summary"] })[0]?.besideOlder).toBe("Summary");
    // 汇总 (2) gave way to the user's own 汇总, not to the older Summary: it is said beside the user's sheet, as before.
    expect(writtenSheets([{ name: "汇总", role: "summary" }], { names: ["汇总 (2)"], kept: [], keptOlder: ["Summary"] })[0]?.besideOlder).toBeUndefined();
  });
});

describe("keptRenamed", () => {
  const written = writtenSheets(
    [
      { name: "汇总", role: "summary" },
      { name: "学校达标", role: "schools" },
    ],
    { names: ["汇总", "学校达标 (2)"], kept: [] },
  );

  it("pairs each renamed result with this run's sheet of its role, under the name that sheet got", () => {
    const renamed = [
      { name: "学校达标旧", role: "schools" },
      { name: "汇总10月", role: "summary" },
    ] as const;
    expect(keptRenamed(written, renamed)).toEqual([
      { kept: "学校达标旧", name: "学校达标 (2)" },
      { kept: "汇总10月", name: "汇总" },
    ]);
  });

  it("leaves out one whose role this run did not write, and gives none for none", () => {
    expect(keptRenamed(written, [{ name: "缺口测算旧", role: "shortfalls" }])).toEqual([]);
    expect(keptRenamed(written, [])).toEqual([]);
  });
});
