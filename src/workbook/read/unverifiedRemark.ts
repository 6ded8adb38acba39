/** Words saying a value is not yet checked (after NFKC folding); standing alone, no figure yet (saysNoData). */
export const UNVERIFIED = "(?:待核实|待核准|待核查|待确认|待审核|尚未核实|未核实|暂定|初步统计|初步数据)";
/** A value with such words after it, in brackets or after a comma or full stop: 96.8%（待核实）, 96.8%，待核实. */
const AFTER = new RegExp(`^(.*[^\\s。.,;:])[\\s。.,;:]*\\(\\s*(${UNVERIFIED})\\s*\\)[\\s。.]*$|^(.*[^\\s。.,;:])[\\s。.]*[,;:。]\\s*(${UNVERIFIED})[\\s。.]*$`);
/** Such words before a value, after a colon or comma: 待核实：86%. */
const BEFORE = new RegExp(`^(${UNVERIFIED})\\s*[:,;]\\s*(.*\\S)$`);

/**
 * A value said to be not yet checked (96.8%（待核实）, 96.8%，待核实, 待核实：86%): the value and those
 * words, so that the value is read as it would be alone and said to be unverified (a warning), as a
 * value with its year in brackets is read with its year said (yearRemark) — not refused as a value
 * that cannot be read, nor taken as 暂无数据 (reviewer R3 of s48, F9). Null for any other text.
 *
 * @example unverifiedRemark("96.8%（待核实）") // { value: "96.8%", remark: "待核实" }
 * @example unverifiedRemark("96.8%，待核实") // { value: "96.8%", remark: "待核实" }; unverifiedRemark("待核实：86%") // { value: "86%", remark: "待核实" }
 * @example unverifiedRemark("待核实") // null; unverifiedRemark("96.8%（2024年）") // null
 */
export function unverifiedRemark(text: string): { readonly value: string; readonly remark: string } | null {
  const folded = text.normalize("NFKC").trim();
  const after = AFTER.exec(folded);
  if (after !== null) return { value: (after[1] ?? after[3] ?? "").trim(), remark: after[2] ?? after[4] ?? "" };
  const before = BEFORE.exec(folded);
  return before === null ? null : { value: (before[2] ?? "").trim(), remark: before[1] ?? "" };
}
