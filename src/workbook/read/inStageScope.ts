import type { Stage } from "../../engine/types";

/**
 * Whether rowFields reads a column in a section of `stage`: that stage's columns and the columns
 * without a stage; for `null` (the whole school's numbers) only the columns without a stage.
 *
 * @example inStageScope({ stage: null }, "primary") // true (骨干教师数 serves each section)
 * @example inStageScope({ stage: "junior" }, "primary") // false
 * @example inStageScope({ stage: "primary" }, null) // false
 */
export function inStageScope(column: { readonly stage: Stage | null }, stage: Stage | null): boolean {
  return stage === null ? column.stage === null : column.stage === stage || column.stage === null;
}
