/**
 * A year in brackets after a value: (2024年), (2024年度), (2023学年), (2024年数据), (2023-2024学年),
 * (2024—2025学年), a bare (2024), (截至2024年), (2024年12月), after NFKC folding; the year's words
 * optional only after a lone year ((2024), not (2023-24)). A sentence's full stop before the bracket
 * (96.8%。（2024年）) and 分别 / 均 (为) opening it (（分别为2024年数据）, after two values) are no part of
 * the value or the year. The value before it is anything: a number,
 * a percentage, a monitoring level (Ⅲ级, folded to III级); the caller reads it as it would read it
 * alone and keeps the year only when that succeeds.
 */
// The value greedy up to its last character that is no space or full stop: a lazy value before [\s。]* took 0.6 s on a cell of 20,000 。 (reviewer R1 of s46).
const YEAR_REMARK = /^(.*[^\s。])[\s。]*\(\s*(?:(?:分别|均)(?:为|是)?)?\s*((?:截至|截止)?\s*(?:19|20)\d{2}(?:\s*[-—–~至到]\s*(?:19|20)?\d{2}\s*(?:年度?|学年度?)|\s*(?:年度?|学年度?)(?:\d{1,2}月(?:底|末)?)?)?(?:数据|统计|统计数据|底|末|秋季|春季|秋季学期|春季学期)?)\s*\)\s*$/;

/**
 * A value with the year it is of in brackets after it (96.8%（2024年）): the value and the year, so
 * that the value is read as it would be alone and the year said, not used (reviewer R4, point 5).
 * Null for any other text: a remark that is more than a year (上年95.1%, 2024年为95%) is no year
 * remark, and a value is never taken out of it.
 *
 * @example yearRemark("96.8%（2024年）") // { value: "96.8%", year: "2024年" }
 * @example yearRemark("96.8%（2024—2025学年）") // { value: "96.8%", year: "2024—2025学年" }; yearRemark("96.8%（2024）") // { value: "96.8%", year: "2024" }
 * @example yearRemark("96.8%。（2024年）") // { value: "96.8%", year: "2024年" }; yearRemark("96.8%（分别为2024年数据）") // { value: "96.8%", year: "2024年数据" }
 * @example yearRemark("Ⅲ级（2024年）") // { value: "III级", year: "2024年" } (NFKC folds Ⅲ to III)
 * @example yearRemark("96.8%（上年95.1%）") // null; yearRemark("2024年") // null
 */
export function yearRemark(text: string): { readonly value: string; readonly year: string } | null {
  const found = YEAR_REMARK.exec(text.normalize("NFKC").trim());
  return found === null ? null : { value: (found[1] ?? "").trim(), year: (found[2] ?? "").replace(/\s+/g, "") };
}
