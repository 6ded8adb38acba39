import { message } from "../../messages/catalogue";
import { settingMeaning, settingPaths } from "../../profiles/settingNames";
import { nameKeys, nearestName, pathOfName } from "./settingByName";

describe("pathOfName", () => {
  it.each(["zh", "en"] as const)("maps every setting's %s name, with and without its unit, back to its own path", (lang) => {
    for (const path of settingPaths()) {
      const name = settingMeaning(path, lang);
      for (const key of nameKeys(name)) expect([name, key, pathOfName(key)]).toEqual([name, key, path]);
    }
  });

  it("gives every name key to one setting only (zh and en together): two settings of one name would be a silent wrong mapping", () => {
    const owners = new Map<string, Set<string>>();
    for (const path of settingPaths()) for (const lang of ["zh", "en"] as const) for (const key of nameKeys(settingMeaning(path, lang))) owners.set(key, (owners.get(key) ?? new Set()).add(path));
    const shared = [...owners].filter(([, paths]) => paths.size > 1).map(([key, paths]) => `${key}: ${[...paths].join(", ")}`);
    expect(shared).toEqual([]);
    // 78 settings of distinct names, as the help page lists them.
    expect(new Set(settingPaths().map((p) => settingMeaning(p, "zh"))).size).toBe(settingPaths().length);
  });

  it("reads the help page's words as a user types them: half-width brackets, spaces, without the unit, English in any case", () => {
    expect(pathOfName("小学生均公用经费标准（元/生·年）")).toBe("guarantee.funding.norm.primary");
    expect(pathOfName("小学生均公用经费标准")).toBe("guarantee.funding.norm.primary");
    expect(pathOfName(" 初中生均公用经费标准 (元/生·年) ")).toBe("guarantee.funding.norm.junior");
    expect(pathOfName("初中差异系数上限")).toBe("cvLimits.junior");
    expect(pathOfName("小学每百名学生拥有高于规定学历教师数的标准值")).toBe("standards.primary.L1");
    expect(pathOfName("primary: CLASS-SIZE CAP")).toBe("guarantee.classSize.primary");
    expect(pathOfName("大班额")).toBe("guarantee.classSize.large");
    expect(pathOfName("超大班额（人及以上）")).toBe("guarantee.classSize.superLarge");
  });

  it("names no setting for words that are none: 班额上限 alone (which stage?), a path, a blank", () => {
    expect(pathOfName("班额上限")).toBeNull();
    expect(pathOfName("guarantee.classSize.primary")).toBeNull();
    expect(pathOfName("")).toBeNull();
  });
});

describe("nearestName", () => {
  it("suggests the one name a slip away, as the help page words it in the language written", () => {
    // 上线 for 上限: one character replaced.
    expect(nearestName("小学班额上线")).toBe("小学班额上限（人）");
    // "primary: clas-size cap": one letter dropped.
    expect(nearestName("Primary: clas-size cap")).toBe("Primary: class-size cap (students)");
  });

  it("suggests none when two are as near (特大班额: 大班额 and 超大班额) or none is (教师工资)", () => {
    expect(nearestName("特大班额")).toBeNull();
    expect(nearestName("教师工资")).toBeNull();
  });
});

describe("the examples the unknown-setting errors give", () => {
  // A user copies the example name the error offers: it must be one the reader takes (and the one the path beside it names).
  it.each([
    ["zh", "cli"],
    ["zh", "addin"],
    ["en", "cli"],
    ["en", "addin"],
  ] as const)("are names the reader takes, of guarantee.classSize.primary (%s, %s)", (lang, front) => {
    const text = message("read_rule_unknown_path", { path: "X", profile: "P" }, lang, front);
    const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? "");
    expect(quoted.map(pathOfName).filter((p) => p !== null)).toEqual(["guarantee.classSize.primary"]);
    expect(text).toContain("guarantee.classSize.primary");
  });
});
