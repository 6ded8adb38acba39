/** The engine's public surface: evaluate a county under a rule profile, and the formulas it uses. */
export { evaluate, countyOrder } from "./evaluate";
export { differenceCoefficient, type CvPoint, type CvResult } from "./differenceCoefficient";
export { shortfallAmount } from "./shortfall";
export { cheapestPassPlan } from "./passPlan";
export { splitShares } from "./splitShares";
export { schoolRecord } from "./schoolRecord";
export { scopeExclusion } from "./scope";
/** Whether two county names name the same county (示例县 and 示例), for front ends that group workbooks by county. */
export { sameCounty } from "./countyFigures";
/** The items every school is checked for one by one (rules.md §4 items 3–7, §5 item 4): their figure from school data is a count of schools failing, or for Q4 the lowest school's. */
export { CHECKED_ITEMS, type CheckedItem } from "./guarantee/checkStatus";
/** The items school columns decide and the columns each reads (rules.md §4, §5): which a sheet lacking some columns leaves 待评估. */
export { itemsLeftPending, CLASS_BUCKET_FIELDS, type ItemLeftPending, type FieldList, type Option } from "./guarantee/itemNeeds";
export * from "./types";
