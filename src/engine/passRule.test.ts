import { failsWhateverMissing, meetsPassRule, passRule, type Indicators } from "./passRule";
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
