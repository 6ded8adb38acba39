import { passRule, type Indicators } from "./passRule";
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
