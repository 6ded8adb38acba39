import { message } from "../messages/catalogue";
import { inheritedFrom } from "./inheritedFrom";
import { ProfileError } from "./ProfileError";
import { BUILT_IN_PROFILES, resolveProfile } from "./resolveProfile";

function problems(raw: unknown, lookup?: (id: string) => unknown): ProfileError["problems"] {
  try {
    resolveProfile(raw, lookup);
  } catch (error) {
    if (error instanceof ProfileError) return error.problems;
    throw error;
  }
  throw new Error("expected a ProfileError");
}

const own = { extends: "national-2017", id: "deyang-x", name: { zh: "某县", en: "X county" } };
const SINGLE = ["guarantee", "schoolSize", "relaxedOld", "single"];

describe("inheritedFrom", () => {
  // A county file extending a city's, which extends the national profile (2400 / 3000 for old schools).
  const city = { extends: "national-2017", id: "city", name: { zh: "市", en: "City" }, guarantee: { schoolSize: { combined: 2800 } } };
  const lookup = (id: string) => (id === "city" ? city : BUILT_IN_PROFILES[id]);

  it("names the profile up the chain that wrote the setting, skipping one that did not", () => {
    expect(inheritedFrom({ extends: "city", guarantee: { schoolSize: { single: 2500 } } }, SINGLE, lookup)).toBe("national-2017");
    expect(inheritedFrom({ extends: "national-2017" }, ["guarantee", "schoolSize", "combined"], lookup)).toBe("national-2017");
    expect(inheritedFrom({ extends: "city" }, ["guarantee", "schoolSize", "combined"], lookup)).toBe("city");
  });

  it("gives none when the file writes it itself (a relaxedOld of its own, even with builtBy alone: then single is inherited), or nothing is extended", () => {
    expect(inheritedFrom({ extends: "city", guarantee: { schoolSize: { relaxedOld: { single: 2400 } } } }, SINGLE, lookup)).toBeNull();
    expect(inheritedFrom({ extends: "city", guarantee: { schoolSize: { relaxedOld: { builtBy: 2012 } } } }, SINGLE, lookup)).toBe("national-2017");
    expect(inheritedFrom({ guarantee: {} }, SINGLE, lookup)).toBeNull();
    expect(inheritedFrom({ extends: "nowhere" }, SINGLE, lookup)).toBeNull();
  });

  it("stops at a cycle", () => {
    const loop = (id: string) => ({ a: { extends: "b" }, b: { extends: "a" } })[id];
    expect(inheritedFrom({ extends: "a" }, SINGLE, loop)).toBeNull();
  });
});

describe("a raised size cap over an inherited relaxed one", () => {
  it("is refused (the relaxation would tighten), said as inherited from national-2017, not as the file's own 2400", () => {
    const found = problems({ ...own, guarantee: { schoolSize: { single: 2500 } } });
    expect(found.map((p) => [p.path, p.code, p.params])).toEqual([
      ["guarantee.schoolSize.relaxedOld.single", "profile_relaxed_cap_inherited", { value: "2400", standard: "2500", standardPath: "guarantee.schoolSize.single", from: "national-2017" }],
    ]);
    const params = found[0]?.params ?? {};
    expect(message("profile_reason_profile_relaxed_cap_inherited", params, "zh")).toBe(
      "此项并未写出，是继承自规则 national-2017 的值：放宽后的规模上限 2400 小于标准上限 2500（guarantee.schoolSize.single）。放宽只能提高上限，否则老校反而按更严的上限判定；提高标准上限时，请一并写出不小于 2500 的放宽上限，不放宽时把 relaxedOld 写为 null",
    );
    expect(message("profile_reason_profile_relaxed_cap_inherited", params, "en")).toBe(
      "not written here but inherited from the profile national-2017: the relaxed size cap 2400 is below the standard's 2500 (guarantee.schoolSize.single). A relaxation can only raise the cap, or old schools would be judged by a stricter one; when raising the standard's cap, write a relaxed cap of at least 2500 as well, or make relaxedOld null for none",
    );
  });

  it("keeps the plain wording when the file wrote the relaxed cap itself, and loads when it raises both", () => {
    const found = problems({ ...own, guarantee: { schoolSize: { single: 2500, relaxedOld: { builtBy: 2010, single: 2400, combined: 3000 } } } });
    expect(found.map((p) => [p.path, p.code])).toEqual([["guarantee.schoolSize.relaxedOld.single", "profile_relaxed_cap_below"]]);
    expect(resolveProfile({ ...own, guarantee: { schoolSize: { single: 2500, relaxedOld: { builtBy: 2010, single: 2500, combined: 3000 } } } }).guarantee.schoolSize.single).toBe(2500);
  });
});

describe("a raised class-size cap or 大班额 start over an inherited threshold", () => {
  it("is refused at the inherited threshold, said as inherited from national-2017 (初中 cap 56 over 大班额 56; 大班额 66 over 超大班额 66)", () => {
    const cap = problems({ ...own, guarantee: { classSize: { junior: 56 } } });
    expect(cap.map((p) => [p.path, p.code, p.params])).toEqual([
      ["guarantee.classSize.large", "profile_large_class_inherited", { value: "56", cap: "56", capPath: "guarantee.classSize.junior", from: "national-2017" }],
    ]);
    expect(message("profile_reason_profile_large_class_inherited", cap[0]?.params ?? {}, "zh")).toBe(
      "此项并未写出，是继承自规则 national-2017 的值：大班额起点 56 人不大于班额上限 56 人（guarantee.classSize.junior）。大班额的班级必定超过班额上限，否则未超上限的班级会计为大班额，而班额（G5）仍判为达标；提高班额上限时，请一并写出大于 56 的大班额起点",
    );
    const large = problems({ ...own, guarantee: { classSize: { large: 66 } } });
    expect(large.map((p) => [p.path, p.code, p.params])).toEqual([
      ["guarantee.classSize.superLarge", "profile_super_large_inherited", { value: "66", large: "66", from: "national-2017" }],
    ]);
    expect(message("profile_reason_profile_super_large_inherited", large[0]?.params ?? {}, "en")).toBe(
      "not written here but inherited from the profile national-2017: 超大班额 (very large classes) starting at 66 pupils is not above the 大班额 start of 66 (guarantee.classSize.large). Very large classes are the larger part of the large ones, or more of them would be counted than of large classes; when raising the 大班额 start, write a 超大班额 start above 66 as well",
    );
  });

  it("keeps the plain wording when the file wrote the threshold itself, and loads a Sichuan-style 初中 cap 55 with 大班额 56", () => {
    expect(problems({ ...own, guarantee: { classSize: { junior: 56, large: 56 } } }).map((p) => p.code)).toEqual(["profile_large_class_not_over_cap"]);
    expect(resolveProfile({ ...own, guarantee: { classSize: { junior: 55, large: 56 } } }).guarantee.classSize).toEqual({ primary: 45, junior: 55, large: 56, superLarge: 66 });
  });
});
