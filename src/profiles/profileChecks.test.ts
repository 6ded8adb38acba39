import { message } from "../messages/catalogue";
import { ProfileError } from "./ProfileError";
import { resolveFileProfile } from "./resolveFileProfile";
import { resolveProfile } from "./resolveProfile";

function problemsOf(fn: () => unknown): Array<[string, string]> {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProfileError) return error.problems.map((p) => [p.path, p.code]);
    throw error;
  }
  throw new Error("expected a ProfileError");
}

const own = { id: "qingzhou-2025", name: { zh: "青州市", en: "Qingzhou" } };

describe("a county item's threshold is checked by its unit (the tester's pct.json)", () => {
  it("refuses 85 for a ratio (0.85 meant), -6000 yuan, all at once at their paths", () => {
    const items = { R1_recognition: { threshold: 85 }, G13_nearby_junior: { threshold: 95 }, G7_special_primary: { threshold: -6000 } };
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", ...own, countyItems: items })).sort()).toEqual([
      ["countyItems.G13_nearby_junior.threshold", "profile_ratio_range"],
      ["countyItems.G7_special_primary.threshold", "profile_not_negative"],
      ["countyItems.R1_recognition.threshold", "profile_ratio_range"],
    ]);
  });

  it("keeps the edges: a ratio of 0 and 1, 0 yuan, level 1 and 4; refuses level 5 and 0", () => {
    const ok = { G13_nearby_junior: { threshold: 1 }, R1_recognition: { threshold: 0 }, G7_special_primary: { threshold: 0 } };
    expect(resolveProfile({ extends: "national-2017", ...own, countyItems: ok }).countyItems.G13_nearby_junior?.threshold).toBe(1);
    const level = (threshold: number) => ({ Q9_level: { item: "Q9", comparison: "at_least", threshold, unit: "level" } });
    expect(resolveProfile({ extends: "national-2017", ...own, countyItems: level(4) }).countyItems.Q9_level?.threshold).toBe(4);
    expect(resolveProfile({ extends: "national-2017", ...own, countyItems: level(1) }).countyItems.Q9_level?.threshold).toBe(1);
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", ...own, countyItems: level(5) }))).toEqual([["countyItems.Q9_level.threshold", "profile_level_range"]]);
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", ...own, countyItems: level(0) }))).toEqual([["countyItems.Q9_level.threshold", "profile_level_range"]]);
  });
});

describe("a year and a count of students are whole numbers in range (the rest of pct.json)", () => {
  it("refuses 16 for the year built by (2016 meant) and half a student as the teaching-point minimum", () => {
    const raw = { extends: "national-2017", ...own, scope: { teachingPointMinStudents: 0.5 }, guarantee: { schoolSize: { relaxedOld: { builtBy: 16 } } } };
    expect(problemsOf(() => resolveProfile(raw)).sort()).toEqual([
      ["guarantee.schoolSize.relaxedOld.builtBy", "profile_built_by_year"],
      ["scope.teachingPointMinStudents", "profile_student_count"],
    ]);
  });

  it("keeps 1900 and 2100, and 0 students (every teaching point in scope)", () => {
    const at = (builtBy: number) => ({ extends: "national-2017", ...own, scope: { teachingPointMinStudents: 0 }, guarantee: { schoolSize: { relaxedOld: { builtBy } } } });
    expect(resolveProfile(at(1900)).guarantee.schoolSize.relaxedOld?.builtBy).toBe(1900);
    expect(resolveProfile(at(2100)).scope.teachingPointMinStudents).toBe(0);
    expect(problemsOf(() => resolveProfile(at(1899)))).toEqual([["guarantee.schoolSize.relaxedOld.builtBy", "profile_built_by_year"]]);
  });
});

describe("the reasons say what is allowed (the tester's bad.json)", () => {
  it("a whole number for minMet, 0–1 with the 0.85 hint for floorRatio and shares, not empty for a name", () => {
    const raw = { extends: "national-2017", id: "bad-city", name: { zh: "错误", en: "" }, passRule: { floorRatio: 85, minMet: 6.5 }, targets: [{ year: 2024, share: 85 }] };
    expect(problemsOf(() => resolveProfile(raw)).sort()).toEqual([
      ["name.en", "profile_not_empty"],
      ["passRule.floorRatio", "profile_ratio_range"],
      ["passRule.minMet", "profile_min_met"],
      ["targets.0.share", "profile_ratio_range"],
    ]);
  });

  it("a JSON array is not a profile: one problem, not one per missing key", () => {
    expect(problemsOf(() => resolveProfile([{ extends: "national-2017" }]))).toEqual([["", "profile_not_object"]]);
  });

  it("a profile without extends missing keys is told to give every setting (or extend one)", () => {
    const problems = problemsOf(() => resolveProfile({ ...own, sources: [], cvLimits: { primary: 0.5, junior: 0.45 } }));
    expect(problems).toContainEqual(["standards", "profile_missing_standalone"]);
    expect(problems.filter(([, code]) => code === "profile_missing")).toEqual([]);
  });
});

describe("an unknown extends (the tester's badext.json, extfile.json)", () => {
  it("names the id and the built-in ones, and still reports the file's other problems", () => {
    let caught: unknown;
    try {
      resolveProfile({ extends: "national-2018", id: "bad-ext", name: { zh: "错误", en: "" }, cvLimits: { primary: 45, junior: 0.45 } });
    } catch (error) {
      caught = error;
    }
    if (!(caught instanceof ProfileError)) throw new Error("expected a ProfileError");
    expect(caught.problems.map((p) => [p.path, p.code]).sort()).toEqual([
      ["cvLimits.primary", "profile_cv_limit_range"],
      ["extends", "profile_unknown_extends"],
      ["name.en", "profile_not_empty"],
    ]);
    expect(caught.problems.find((p) => p.path === "extends")?.params).toEqual({ id: "national-2018", profiles: "national-2017, sichuan-guanghan-2024" });
  });

  it("blames no county item for the comparison and unit its missing base would give (a copy of the Sichuan profile extending national-2019)", () => {
    // The threshold typed as text is the file's own mistake, and is still said.
    const items = { G7_special_primary: { threshold: 6080 }, G7_special_junior: { threshold: "6100" } };
    expect(problemsOf(() => resolveProfile({ extends: "national-2019", ...own, countyItems: items })).sort()).toEqual([
      ["countyItems.G7_special_junior.threshold", "profile_number_as_text"],
      ["extends", "profile_unknown_extends"],
    ]);
  });

  it("says a county item's comparison and unit left out of a profile without extends are missing, not of a value not allowed", () => {
    const items = { G7_special_primary: { item: "G7", threshold: 6080 } };
    expect(problemsOf(() => resolveProfile({ ...own, countyItems: items })).filter(([path]) => path.startsWith("countyItems"))).toEqual([
      ["countyItems.G7_special_primary.comparison", "profile_missing_standalone"],
      ["countyItems.G7_special_primary.unit", "profile_missing_standalone"],
    ]);
  });
});

describe("resolveFileProfile: a profile file carries its own id and name (the tester's noid.json)", () => {
  it("refuses a file that inherits them, or takes a built-in id", () => {
    expect(problemsOf(() => resolveFileProfile({ extends: "national-2017", cvLimits: { primary: 0.25, junior: 0.2 } })).sort()).toEqual([
      ["id", "profile_file_own_id"],
      ["name", "profile_file_own_id"],
    ]);
    expect(problemsOf(() => resolveFileProfile({ extends: "national-2017", id: "national-2017", name: own.name }))).toEqual([["id", "profile_file_built_in_id"]]);
  });

  it("refuses a name in one language only (bad5.json: {zh: 坏} would be “National method (2017)” in English), at name.en / name.zh", () => {
    expect(problemsOf(() => resolveFileProfile({ extends: "national-2017", id: "t-bad5", name: { zh: "坏" } }))).toEqual([["name.en", "profile_file_own_name"]]);
    expect(problemsOf(() => resolveFileProfile({ extends: "national-2017", id: "t-bad5", name: { en: "Bad" } }))).toEqual([["name.zh", "profile_file_own_name"]]);
    expect(problemsOf(() => resolveFileProfile({ extends: "national-2017", id: "t-bad5", name: {} }))).toEqual([["name.zh", "profile_file_own_name"], ["name.en", "profile_file_own_name"]]);
  });

  it("takes a file with its own id and name", () => {
    expect(resolveFileProfile({ extends: "national-2017", ...own, cvLimits: { primary: 0.25, junior: 0.2 } }).cvLimits.primary).toBe(0.25);
  });
});

describe("a county item the base defines keeps its item, unit and comparison (the tester's P2-unit-override.json, P7-comparison.json)", () => {
  it("refuses a unit, a comparison or an item changed in an extending profile, at their paths, with why", () => {
    // Before: G12 read as a "number" ≥ 95 judged a 100% certificate rate (1.0) not met.
    expect(problemsOf(() => resolveFileProfile({ extends: "national-2017", ...own, countyItems: { G12_certificate_rate: { unit: "number", threshold: 95 } } }))).toEqual([
      ["countyItems.G12_certificate_rate.unit", "profile_item_definition"],
    ]);
    const changed = { G11_rotation_rate: { comparison: "below", threshold: 0.1 }, Q9_monitoring_level: { item: "Q4" }, G1_layout: { comparison: "at_least", unit: "ratio", threshold: 0.5 } };
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", ...own, countyItems: changed })).sort()).toEqual([
      ["countyItems.G11_rotation_rate.comparison", "profile_item_definition"],
      ["countyItems.G1_layout.comparison", "profile_item_definition"],
      ["countyItems.G1_layout.unit", "profile_item_definition"],
      ["countyItems.Q9_monitoring_level.item", "profile_item_definition"],
    ]);
    // Said once at the path: an unknown unit is not also "not one of the allowed values".
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", ...own, countyItems: { G8_pay_ratio: { unit: "percent" } } }))).toEqual([["countyItems.G8_pay_ratio.unit", "profile_item_definition"]]);
    // Through a parent that extends in turn (四川 extends national-2017), and a threshold problem beside it still said.
    expect(problemsOf(() => resolveProfile({ extends: "sichuan-guanghan-2024", ...own, countyItems: { G7_special_primary: { unit: "number", threshold: -1 } } })).sort()).toEqual([
      ["countyItems.G7_special_primary.threshold", "profile_not_negative"],
      ["countyItems.G7_special_primary.unit", "profile_item_definition"],
    ]);
  });

  it("takes the same unit and comparison written again, a threshold alone, a new item defined in full, and a profile without extends defining its items", () => {
    const same = resolveProfile({ extends: "national-2017", ...own, countyItems: { G12_certificate_rate: { item: "G12", comparison: "at_least", unit: "ratio", threshold: 0.95 } } });
    expect(same.countyItems.G12_certificate_rate).toEqual({ item: "G12", comparison: "at_least", unit: "ratio", threshold: 0.95 });
    const added = resolveProfile({ extends: "national-2017", ...own, countyItems: { G16_class_cap: { item: "G16", comparison: "at_most", threshold: 3, unit: "number" } } });
    expect(added.countyItems.G16_class_cap?.comparison).toBe("at_most");
    const national = JSON.parse(JSON.stringify(resolveProfile({ extends: "national-2017", ...own }))) as { countyItems: Record<string, unknown> };
    const standalone = { ...national, countyItems: { ...national.countyItems, G12_certificate_rate: { item: "G12", comparison: "yes", threshold: null, unit: "boolean" } } };
    expect(resolveFileProfile(standalone).countyItems.G12_certificate_rate?.unit).toBe("boolean");
  });

  it("says in either language that only the threshold can be changed, and why", () => {
    expect(message("profile_reason_profile_item_definition", {}, "zh")).toBe(
      "不能修改：评估项的所属指标（item）、单位（unit）和比较方式（comparison）是其定义的一部分，改动会改变阈值的含义和达标判定（如把持证率的单位改为 number，100% 会被判为未达标）。继承的规则（extends）和规则表只能修改该项的阈值（threshold）",
    );
    expect(message("profile_reason_profile_item_definition", {}, "en")).toBe(
      "cannot be changed: an item's item, unit and comparison are part of its definition, and changing them changes what its threshold means and how it is judged (a certificate rate with unit number judged 100% not met). A profile that extends another, and a rule sheet, can change only the item's threshold",
    );
  });
});

describe("a year's target is given once (the tester's dup.json: two targets for 2024, the first won)", () => {
  it("refuses the second target of a year at its year, with the other problems at once", () => {
    const targets = [{ year: 2024, share: 0.85 }, { year: 2025, share: 1 }, { year: 2024, share: 0.9 }];
    expect(problemsOf(() => resolveProfile({ extends: "national-2017", ...own, targets, passRule: { minMet: 6.5 } })).sort()).toEqual([
      ["passRule.minMet", "profile_min_met"],
      ["targets.2.year", "profile_target_year_twice"],
    ]);
    const reason = message("profile_reason_profile_target_year_twice", {}, "zh");
    expect(reason).toContain("重复");
    expect(message("profile_reason_profile_target_year_twice", {}, "en")).toContain("only one target");
  });

  it("keeps distinct years, in any order, and an empty list", () => {
    expect(resolveProfile({ extends: "national-2017", ...own, targets: [{ year: 2025, share: 1 }, { year: 2024, share: 0.85 }] }).targets).toEqual([{ year: 2025, share: 1 }, { year: 2024, share: 0.85 }]);
    expect(resolveProfile({ extends: "national-2017", ...own, targets: [] }).targets).toEqual([]);
  });
});
