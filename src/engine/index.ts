/** The engine's public surface: evaluate a county under a rule profile, and the formulas it uses. */
export { evaluate, countyOrder } from "./evaluate";
export { differenceCoefficient, type CvPoint, type CvResult } from "./differenceCoefficient";
export { shortfallAmount } from "./shortfall";
export { cheapestPassPlan } from "./passPlan";
export { splitShares } from "./splitShares";
export { schoolRecord } from "./schoolRecord";
export { scopeExclusion } from "./scope";
export * from "./types";
