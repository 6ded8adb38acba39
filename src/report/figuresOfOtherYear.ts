import type { Issue } from "../engine/types";

/**
 * The county figures sheets a read left out as of another year than the one chosen
 * (read_figures_other_year), each once, in the read's order: both front ends name them where they
 * say which sheets were read. Without them a figures sheet of 2024 read for 2023 was said as
 * 未找到县级指标表 — no such sheet — while 数据问题 said it was there and not used.
 *
 * @example figuresOfOtherYear([{ code: "read_figures_other_year", params: { sheet: "县级指标", named: 2024, year: 2023 }, … }]) // ["县级指标"]
 */
export function figuresOfOtherYear(issues: readonly Issue[]): string[] {
  const sheets = issues.flatMap((i) => (i.code === "read_figures_other_year" && typeof i.params.sheet === "string" ? [i.params.sheet] : []));
  return [...new Set(sheets)];
}
