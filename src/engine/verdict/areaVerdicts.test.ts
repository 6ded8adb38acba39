import { INDICATOR_CODES, STAGES } from "../types";
import type { CoefficientGroup, IndicatorCode, IndicatorStats } from "../types";
import { cvReasons } from "./areaVerdicts";
import { parseCvReason } from "./cvReason";

/** A group whose every CV is over its limit: cvReasons names each indicator of the stage. */
function allOver(stage: CoefficientGroup["stage"]): CoefficientGroup {
  const stats = (code: IndicatorCode): IndicatorStats => ({ code, n: 5, missing: 0, mean: 1, sd: 0.6, cv: 0.6, limit: 0.5, met: false });
  const indicators = { L1: stats("L1"), L2: stats("L2"), L3: stats("L3"), L4: stats("L4"), L5: stats("L5"), L6: stats("L6"), L7: stats("L7") };
  return { county: "测试县", stage, schools: 5, indicators, averageCv: null, legacyLimit: 0.65 };
}

describe("cvReasons", () => {
  it("names each indicator over its limit, 7 indicators × 2 stages, as parseCvReason reads them back", () => {
    const reasons = cvReasons([allOver("primary"), allOver("junior")]);
    expect(reasons).toHaveLength(14);
    expect(reasons.slice(0, 3)).toEqual(["L1_primary_cv", "L2_primary_cv", "L3_primary_cv"]);
    expect(reasons.map(parseCvReason)).toEqual(STAGES.flatMap((stage) => INDICATOR_CODES.map((code) => ({ code, stage }))));
  });
});
