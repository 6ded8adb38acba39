import { message } from "../messages/catalogue";
import { ProfileError } from "./ProfileError";
import { mistypedItems } from "./mistypedItems";
import { resolveProfile } from "./resolveProfile";

/** The problems resolveProfile throws for `raw`, as [path, code]; [] when it resolves. */
function problemsOf(raw: unknown): [string, string][] {
  try {
    resolveProfile(raw);
    return [];
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return error.problems.map((p) => [p.path, p.code]);
  }
}

const own = (countyItems: unknown) => ({ extends: "national-2017", id: "my-county", name: { zh: "我县", en: "My county" }, countyItems });
const R1 = { item: "R1", comparison: "at_least", threshold: 0.9, unit: "ratio" };

describe("mistypedItems", () => {
  it("refuses a county item under a key one slip from the base's, naming the key meant (before: the whole item taken as a new one, R1 kept at 0.85)", () => {
    expect(problemsOf(own({ R1_recognitoin: R1 }))).toEqual([["countyItems.R1_recognitoin", "profile_item_key_typo"]]);
    // The threshold alone: said once as the slip, not also as an item lacking item, unit and comparison.
    expect(problemsOf(own({ R1_recognitoin: { threshold: 0.9 } }))).toEqual([["countyItems.R1_recognitoin", "profile_item_key_typo"]]);
    // Two slips (a letter dropped, one replaced); one in other case; a whole entry of the item meant.
    expect(problemsOf(own({ G12_certficate_rote: { threshold: 0.9 } }))).toEqual([["countyItems.G12_certficate_rote", "profile_item_key_typo"]]);
    expect(problemsOf(own({ r1_recognition: { threshold: 0.9 } }))).toEqual([["countyItems.r1_recognition", "profile_item_key_typo"]]);
    expect(problemsOf(own({ G12_certificate_rat: { item: "G12", comparison: "at_least", threshold: 0.9, unit: "ratio" } }))).toEqual([["countyItems.G12_certificate_rat", "profile_item_key_typo"]]);
  });

  it("keeps a new item of another indicator under a key near one of the base's (review: G16 under G12_certificate_rate2 was refused)", () => {
    const G16 = { item: "G16", comparison: "at_least", threshold: 0.5, unit: "ratio" };
    for (const key of ["G12_certificate_rate2", "G13_certificate_rate", "G7_special_senior", "Q9_monitoring_lvl"]) expect([key, problemsOf(own({ [key]: G16 }))]).toEqual([key, []]);
    expect(resolveProfile(own({ G13_certificate_rate: G16 })).countyItems["G13_certificate_rate"]?.item).toBe("G16");
  });

  it("keeps the key right and an item of the profile's own, far from every key of the base", () => {
    expect(problemsOf(own({ R1_recognition: { threshold: 0.9 } }))).toEqual([]);
    expect(resolveProfile(own({ R1_recognition: { threshold: 0.9 } })).countyItems["R1_recognition"]?.threshold).toBe(0.9);
    expect(problemsOf(own({ G16_preschool_share: { item: "G16", comparison: "at_least", threshold: 0.5, unit: "ratio" } }))).toEqual([]);
  });

  it("names no key when two of the base's are as near, or the profile extends none", () => {
    const base = { countyItems: { G13_nearby_primary: {}, G13_nearby_primarz: {}, G13_nearby_junior: {} } };
    expect(mistypedItems(base, { countyItems: { G13_nearby_primarx: {} } })).toEqual([]);
    // primray is a swap from primary but also two slips from primarz: no guess.
    expect(mistypedItems(base, { countyItems: { G13_nearby_primray: {} } })).toEqual([]);
    expect(mistypedItems(base, { countyItems: { G13_nearby_junoir: {} } })).toEqual([{ path: "countyItems.G13_nearby_junoir", code: "profile_item_key_typo", message: "not a county item of the base profile: G13_nearby_junior?", cell: null, params: { suggestion: "G13_nearby_junior" } }]);
    expect(mistypedItems(null, { countyItems: { R1_recognitoin: {} } })).toEqual([]);
    expect(mistypedItems(base, { countyItems: [] })).toEqual([]);
  });

  it("says the key meant, and why a slip matters, in Chinese and English", () => {
    const params = { suggestion: "R1_recognition" };
    expect(message("profile_reason_profile_item_key_typo", params, "zh")).toBe("评估规则中没有这个评估项，是否应为“R1_recognition”？拼错的键名会成为一个新的评估项，而“R1_recognition”仍按原阈值判定，因此不予采用：请改正键名");
    expect(message("profile_reason_profile_item_key_typo", params, "en")).toContain("did you mean “R1_recognition”?");
  });
});
