import { message } from "../messages/catalogue";
import { ProfileError } from "./ProfileError";
import { classSizeProblems, sizeProblems, tierProblems } from "./relaxationChecks";
import { resolveProfile } from "./resolveProfile";

const own = { extends: "sichuan-guanghan-2024", id: "deyang-x", name: { zh: "某县", en: "X county" } };

function problems(raw: unknown): Array<[string, string, Readonly<Record<string, string>> | undefined]> {
  try {
    resolveProfile(raw);
  } catch (error) {
    if (error instanceof ProfileError) return error.problems.map((p) => [p.path, p.code, p.params]);
    throw error;
  }
  throw new Error("expected a ProfileError");
}

describe("sizeProblems: an old school's size cap is at least the standard's", () => {
  it("refuses 1500 under 2000 and 2400 under 2500, at their paths", () => {
    expect(sizeProblems({ single: 2000, combined: 2500, relaxedOld: { single: 1500, combined: 2400 } }).map((p) => [p.path.join("."), p.params.value, p.params.standard])).toEqual([
      ["relaxedOld.single", "1500", "2000"],
      ["relaxedOld.combined", "2400", "2500"],
    ]);
  });

  it("keeps a cap equal to the standard's, the national 2400 / 3000, and no relaxation", () => {
    expect(sizeProblems({ single: 2000, combined: 2500, relaxedOld: { single: 2000, combined: 3000 } })).toEqual([]);
    expect(sizeProblems({ single: 2000, combined: 2500, relaxedOld: null })).toEqual([]);
  });
});

describe("tierProblems: a tier funds a school for at least its bound", () => {
  it("refuses under 300 funded as 30 (a 0 dropped), keeps under 100 as 100 and under 500 as 600", () => {
    expect(tierProblems([{ below: 100, fundedAs: 100 }, { below: 300, fundedAs: 30 }, { below: 500, fundedAs: 600 }])).toEqual([
      { path: [1, "fundedAs"], code: "profile_tier_funded_below", params: { value: "30", below: "300" } },
    ]);
  });

  it("has nothing to say of no tiers", () => expect(tierProblems([])).toEqual([]));
});

describe("a hand-edited copy of the Sichuan profile with settings on the wrong side", () => {
  it("is refused with every one at once, at its path, beside a problem elsewhere", () => {
    const raw = {
      ...own,
      cvLimits: { primary: 50, junior: 0.45 },
      guarantee: {
        rooms: { relaxedOld: { builtBy: 2016, musicArea: 120, artArea: 67 } },
        schoolSize: { relaxedOld: { builtBy: 2010, single: 1500, combined: 3000 } },
        funding: { tiers: [{ below: 100, fundedAs: 50 }] },
      },
    };
    expect(problems(raw).map(([path, code]) => [path, code])).toEqual([
      ["cvLimits.primary", "profile_cv_limit_range"],
      ["guarantee.schoolSize.relaxedOld.single", "profile_relaxed_cap_below"],
      ["guarantee.funding.tiers.0.fundedAs", "profile_tier_funded_below"],
    ]);
  });

  it("takes the Sichuan profile's own settings (relaxed 73 / 67 and 2400 / 3000, tiers 100 / 300 / 500)", () => {
    expect(resolveProfile(own).guarantee.funding.tiers).toEqual([
      { below: 100, fundedAs: 100 },
      { below: 300, fundedAs: 300 },
      { below: 500, fundedAs: 500 },
    ]);
  });

  it("blames a negative standard, cap or tier alone, not also the relaxation or bound compared with it", () => {
    const raw = {
      ...own,
      guarantee: { rooms: { musicArea: -96 }, schoolSize: { relaxedOld: { builtBy: 2010, single: -2400, combined: 3000 } }, funding: { tiers: [{ below: 100, fundedAs: -100 }] } },
    };
    expect(problems(raw).map(([path, code]) => [path, code])).toEqual([
      ["guarantee.rooms.musicArea", "profile_positive"],
      ["guarantee.schoolSize.relaxedOld.single", "profile_positive"],
      ["guarantee.funding.tiers.0.fundedAs", "profile_positive"],
    ]);
  });

  it("loads a standard room area lowered under the relaxation it inherits (musicArea 70 under Sichuan's 73): the lesser area applies", () => {
    // requiredRoomArea takes the least area that applies, so a relaxed area above the standard is
    // harmless; refusing it refused a file for a value it never wrote (the base's 73).
    const profile = resolveProfile({ ...own, guarantee: { rooms: { musicArea: 70 } } });
    expect([profile.guarantee.rooms.musicArea, profile.guarantee.rooms.relaxedOld?.musicArea]).toEqual([70, 73]);
  });

  it("says what is wrong and what to write, in both languages", () => {
    const [, , params] = problems({ ...own, guarantee: { funding: { tiers: [{ below: 100, fundedAs: 50 }] } } })[0] ?? [];
    expect(message("profile_reason_profile_tier_funded_below", params, "zh")).toBe("核定人数 50 小于该档上限 100：不足 100 人的学校会按少于其实际学生数的人数核定；请改为不小于 100 的人数（如不足 100 人按 100 人核定）");
    expect(message("profile_reason_profile_tier_funded_below", params, "en")).toBe(
      "funded as 50, below the tier's bound of 100: a school of fewer than 100 students would be funded for fewer than it has; write at least 100 (e.g. under 100 funded as 100)",
    );
  });
});

describe("classSizeProblems", () => {
  it("refuses 大班额 starting at or under the larger stage cap, and 超大班额 at or under 大班额", () => {
    expect(classSizeProblems({ primary: 45, junior: 50, large: 50, superLarge: 50 })).toEqual([
      { path: ["large"], code: "profile_large_class_not_over_cap", params: { value: "50", cap: "50", capPath: "guarantee.classSize.junior" } },
      { path: ["superLarge"], code: "profile_super_large_not_over_large", params: { value: "50", large: "50" } },
    ]);
    // A 小学 cap above the 初中 one: 大班额 is judged against the 小学 cap, the larger.
    expect(classSizeProblems({ primary: 58, junior: 50, large: 56, superLarge: 66 }).map((p) => p.params)).toEqual([{ value: "56", cap: "58", capPath: "guarantee.classSize.primary" }]);
  });

  it("takes the national thresholds (45 / 50, 56, 66), a 小学 cap above the 初中 one under 大班额, and one-pupil margins", () => {
    expect(classSizeProblems({ primary: 45, junior: 50, large: 56, superLarge: 66 })).toEqual([]);
    expect(classSizeProblems({ primary: 50, junior: 45, large: 56, superLarge: 66 })).toEqual([]);
    expect(classSizeProblems({ primary: 45, junior: 50, large: 51, superLarge: 52 })).toEqual([]);
  });

  it("is said at its path in a profile file, in zh and en", () => {
    const found = problems({ ...own, guarantee: { classSize: { large: 66, superLarge: 56 } } });
    expect(found.map(([path, code]) => [path, code])).toEqual([["guarantee.classSize.superLarge", "profile_super_large_not_over_large"]]);
    expect(message("profile_reason_profile_super_large_not_over_large", { value: "56", large: "66" }, "zh")).toBe(
      "超大班额起点 56 人不大于大班额起点 66 人（guarantee.classSize.large）：超大班额是大班额中更大的一档，这样写会使超大班额的班数多于大班额；请改为大于 66 的人数",
    );
  });
});
