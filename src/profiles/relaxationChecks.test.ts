import { message } from "../messages/catalogue";
import { ProfileError } from "./ProfileError";
import { roomProblems, sizeProblems, tierProblems } from "./relaxationChecks";
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

describe("roomProblems: an old school's room area is at most the standard's", () => {
  it("refuses 120 over 96 for music, keeps 67 under 90 for art", () => {
    expect(roomProblems({ musicArea: 96, artArea: 90, relaxedOld: { musicArea: 120, artArea: 67 } })).toEqual([
      { path: ["relaxedOld", "musicArea"], code: "profile_relaxed_area_above", params: { value: "120", standard: "96", standardPath: "guarantee.rooms.musicArea" } },
    ]);
  });

  it("keeps an area equal to the standard, and no relaxation", () => {
    expect(roomProblems({ musicArea: 96, artArea: 90, relaxedOld: { musicArea: 96, artArea: 90 } })).toEqual([]);
    expect(roomProblems({ musicArea: 96, artArea: 90, relaxedOld: null })).toEqual([]);
  });
});

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
      ["guarantee.rooms.relaxedOld.musicArea", "profile_relaxed_area_above"],
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

  it("words a relaxed area above its standard with the standard's bound alone, no fixed example (73 is above a standard of 70, and music's, not art's)", () => {
    const raw = { ...own, guarantee: { rooms: { musicArea: 70, relaxedOld: { builtBy: 2016, musicArea: 73, artArea: 95 } } } };
    const said = problems(raw).map(([path, code, params]) => [path, message(`profile_reason_${code}`, params, "zh"), message(`profile_reason_${code}`, params, "en")]);
    expect(said).toEqual([
      [
        "guarantee.rooms.relaxedOld.musicArea",
        "放宽后的面积 73 大于标准面积 70（guarantee.rooms.musicArea）：放宽只能降低要求，这样写不起作用；请改为不大于 70 的面积，不放宽时把 relaxedOld 写为 null",
        "the relaxed area 73 is above the standard's 70 (guarantee.rooms.musicArea): a relaxation can only lower the requirement, and this one would never apply; write an area of at most 70, or make relaxedOld null for none",
      ],
      [
        "guarantee.rooms.relaxedOld.artArea",
        "放宽后的面积 95 大于标准面积 90（guarantee.rooms.artArea）：放宽只能降低要求，这样写不起作用；请改为不大于 90 的面积，不放宽时把 relaxedOld 写为 null",
        "the relaxed area 95 is above the standard's 90 (guarantee.rooms.artArea): a relaxation can only lower the requirement, and this one would never apply; write an area of at most 90, or make relaxedOld null for none",
      ],
    ]);
  });

  it("says what is wrong and what to write, in both languages", () => {
    const [, , params] = problems({ ...own, guarantee: { funding: { tiers: [{ below: 100, fundedAs: 50 }] } } })[0] ?? [];
    expect(message("profile_reason_profile_tier_funded_below", params, "zh")).toBe("核定人数 50 小于该档上限 100：不足 100 人的学校会按少于其实际学生数的人数核定；请改为不小于 100 的人数（如不足 100 人按 100 人核定）");
    expect(message("profile_reason_profile_tier_funded_below", params, "en")).toBe(
      "funded as 50, below the tier's bound of 100: a school of fewer than 100 students would be funded for fewer than it has; write at least 100 (e.g. under 100 funded as 100)",
    );
  });
});
