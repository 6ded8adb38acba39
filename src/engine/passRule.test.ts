import { evaluateIndicator } from "./evaluateIndicator";
import { failsWhateverMissing, meetsPassRule, passRule, type Indicators } from "./passRule";
import { NATIONAL } from "./testing/fixtures";
import { INDICATOR_CODES, type IndicatorCode, type IndicatorStatus } from "./types";

const RULE = { minMet: 6, floorRatio: 0.85 };

/** Indicators with the given statuses (the rest met); only `status` matters to the rule. */
function withStatuses(statuses: Partial<Record<IndicatorCode, IndicatorStatus>>, omit: IndicatorCode[] = []): Indicators {
  const out: Indicators = {};
  for (const code of INDICATOR_CODES) {
    if (omit.includes(code)) continue;
    out[code] = { code, numerator: 1, value: 1, standard: 1, floor: 0.85, status: statuses[code] ?? "met", ratio: 1, shortfall: 0, cells: [] };
  }
  return out;
}

describe("passRule", () => {
  it("7 met passes", () => {
    expect(passRule(withStatuses({}), RULE)).toEqual({ metCount: 7, pass: true });
  });
  it("6 met and one at the floor passes", () => {
    expect(passRule(withStatuses({ L6: "floor" }), RULE)).toEqual({ metCount: 6, pass: true });
  });
  it("two below standard (even both at the floor) fails", () => {
    expect(passRule(withStatuses({ L2: "floor", L6: "floor" }), RULE)).toEqual({ metCount: 5, pass: false });
  });
  it("6 met and one below the floor fails", () => {
    expect(passRule(withStatuses({ L3: "below" }), RULE)).toEqual({ metCount: 6, pass: false });
  });
  it("is not evaluable when one indicator is absent", () => {
    expect(passRule(withStatuses({}, ["L5"]), RULE)).toEqual({ metCount: null, pass: null });
  });
  it("follows the profile's minMet", () => {
    expect(passRule(withStatuses({ L2: "floor", L6: "floor" }), { minMet: 5, floorRatio: 0.85 })).toEqual({ metCount: 5, pass: true });
  });
});

describe("meetsPassRule", () => {
  it("needs minMet at standard and none below the floor", () => {
    expect([meetsPassRule(6, false, RULE), meetsPassRule(5, false, RULE), meetsPassRule(7, true, RULE), meetsPassRule(0, false, { minMet: 0, floorRatio: 0.85 })]).toEqual([true, false, false, true]);
  });
});

const STATUSES: readonly IndicatorStatus[] = ["met", "floor", "below"];

/** Every way to give the missing codes a status: the sections they could turn out to be. */
function completions(statuses: Partial<Record<IndicatorCode, IndicatorStatus>>, missing: readonly IndicatorCode[]): Partial<Record<IndicatorCode, IndicatorStatus>>[] {
  const [first, ...rest] = missing;
  if (first === undefined) return [statuses];
  return STATUSES.flatMap((status) => completions({ ...statuses, [first]: status }, rest));
}

describe("failsWhateverMissing", () => {
  it("fails a section only when what it has decides it: 4 met, 2 at the floor, 1 missing fails; 5 met, 1 at the floor, 1 missing does not", () => {
    expect(failsWhateverMissing(withStatuses({ L2: "floor", L3: "floor" }, ["L7"]), RULE)).toBe(true);
    expect(failsWhateverMissing(withStatuses({ L2: "floor" }, ["L7"]), RULE)).toBe(false);
    expect(failsWhateverMissing(withStatuses({ L2: "below" }, ["L6", "L7"]), RULE)).toBe(true);
    expect(failsWhateverMissing(withStatuses({}, [...INDICATOR_CODES]), RULE)).toBe(false);
  });
  it("agrees with passRule on every combination: true exactly when no status of the missing indicators could make the section pass", () => {
    // 4^7 combinations of met / floor / below / missing, each against every completion of its missing ones, for minMet 5, 6 and 7.
    for (const rule of [{ minMet: 5, floorRatio: 0.85 }, RULE, { minMet: 7, floorRatio: 0.85 }]) {
      let disagreements = 0;
      for (let combination = 0; combination < 4 ** INDICATOR_CODES.length; combination++) {
        const statuses: Partial<Record<IndicatorCode, IndicatorStatus>> = {};
        const missing: IndicatorCode[] = [];
        INDICATOR_CODES.forEach((code, k) => {
          const state = Math.floor(combination / 4 ** k) % 4;
          const status = STATUSES[state];
          if (status === undefined) missing.push(code);
          else statuses[code] = status;
        });
        const couldPass = completions(statuses, missing).some((full) => passRule(withStatuses(full), rule).pass === true);
        if (failsWhateverMissing(withStatuses(statuses, missing), rule) === couldPass) disagreements++;
      }
      expect([rule.minMet, disagreements]).toEqual([rule.minMet, 0]);
    }
  });
});

describe("passRule on computed indicators (rules.md §2): 10 000 primary students", () => {
  // Numerators exactly at the primary standards for 10 000 students (rules.md §2 table):
  // L1 420 ÷ 10000 × 100 = 4.2, L2 100 → 1.0, L3 90 → 0.9, L4 45 000 ÷ 10000 = 4.5, L5 75 000 → 7.5,
  // L6 20 000 000 → 2000, L7 230 → 2.3.
  const AT_STANDARD: Record<IndicatorCode, number> = { L1: 420, L2: 100, L3: 90, L4: 45_000, L5: 75_000, L6: 20_000_000, L7: 230 };
  function computed(over: Partial<Record<IndicatorCode, number>>, omit: IndicatorCode[] = []): Indicators {
    const out: Indicators = {};
    for (const code of INDICATOR_CODES) {
      if (!omit.includes(code)) out[code] = evaluateIndicator({ code, stage: "primary", numerator: over[code] ?? AT_STANDARD[code], students: 10000, cells: [] }, NATIONAL);
    }
    return out;
  }
  it("all 7 exactly at standard: 7 met, passes", () => {
    expect(passRule(computed({}), RULE)).toEqual({ metCount: 7, pass: true });
  });
  it("6 met and the 7th exactly at 85%: passes (L6 17 000 000 ÷ 10000 = 1700 = 0.85 × 2000)", () => {
    expect(passRule(computed({ L6: 17_000_000 }), RULE)).toEqual({ metCount: 6, pass: true });
  });
  it("6 met and the 7th at 85% minus a hair: fails (L6 16 999 999 ÷ 10000 = 1699.9999 < 1700)", () => {
    expect(passRule(computed({ L6: 16_999_999 }), RULE)).toEqual({ metCount: 6, pass: false });
  });
  it("the 85% floor whose product is not exact in binary: L7 195.5 rooms → 1.955 = 0.85 × 2.3 passes, 195.4 → 1.954 fails", () => {
    // 0.85 × 2.3 = 1.9549999999999998 in binary, the floor; 195.5 ÷ 10000 × 100 = 1.955 is at it; 1.954 is under it.
    expect(passRule(computed({ L7: 195.5 }), RULE)).toEqual({ metCount: 6, pass: true });
    expect(passRule(computed({ L7: 195.4 }), RULE)).toEqual({ metCount: 6, pass: false });
  });
  it("6 met and the 7th a hair under standard: still 6 met, passes (L1 419.99 → 4.1999 ≥ 3.57)", () => {
    expect(passRule(computed({ L1: 419.99 }), RULE)).toEqual({ metCount: 6, pass: true });
  });
  it("two exactly at 85%: only 5 met, fails (L6 1700 and L4 38 250 ÷ 10000 = 3.825 = 0.85 × 4.5)", () => {
    expect(passRule(computed({ L6: 17_000_000, L4: 38_250 }), RULE)).toEqual({ metCount: 5, pass: false });
  });
  it("a 0 numerator is below its floor, never missing: 6 met, fails (L2 0 ÷ 10000 × 100 = 0 < 0.85)", () => {
    expect(passRule(computed({ L2: 0 }), RULE)).toEqual({ metCount: 6, pass: false });
  });
  it("a blank numerator (the indicator absent) leaves it undecided, not failed: metCount and pass null", () => {
    expect(passRule(computed({}, ["L2"]), RULE)).toEqual({ metCount: null, pass: null });
    expect(passRule({}, RULE)).toEqual({ metCount: null, pass: null });
  });
  it("all 7 exactly at standard pass under minMet 7 too; 6 met + the floor does not", () => {
    const all7 = { minMet: 7, floorRatio: 0.85 };
    expect([passRule(computed({}), all7).pass, passRule(computed({ L6: 17_000_000 }), all7).pass]).toEqual([true, false]);
  });
});
