import type { CellValue } from "../types";
import { foldText } from "./text";

/**
 * The four performance levels of the national compulsory-education quality monitoring
 * (国家义务教育质量监测, 水平Ⅰ–Ⅳ). Reports and 创建方案 write the target as "Ⅲ级以上"
 * (rules.md §5 item 9; seeds 000, 001, 003), so a county's own figure arrives the same way.
 */
const NUMERALS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4, 一: 1, 二: 2, 三: 3, 四: 4 };

// After NFKC: Ⅲ → III, full-width digits → ASCII. A leading 达到 / 水平 / 等级 and a trailing 级, 水平 or 以上 carry no number.
const LEVEL_TEXT = /^(?:达到)?(?:水平|等级)?(IV|I{1,3}|[1-4一二三四])(?:级|等|水平)?(?:及?以上)?$/i;

/**
 * A monitoring level as its number 1–4, from how statisticians write it: 3, Ⅲ, III, Ⅲ级, 三级,
 * 水平Ⅲ, Ⅲ级以上 (the level reached — "at least Ⅲ" meets a threshold of Ⅲ). Anything else —
 * another number (a 0.85 share of students put in the level's row), a word such as 良好 — is
 * null: which level it means is not the reader's to guess.
 *
 * @example parseLevel("Ⅲ级以上") // 3
 * @example parseLevel("三级") // 3
 * @example parseLevel(0.85) // null
 */
export function parseLevel(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 4 ? value : null;
  if (typeof value !== "string") return null;
  const numeral = LEVEL_TEXT.exec(foldText(value))?.[1];
  return numeral === undefined ? null : (NUMERALS[numeral.toUpperCase()] ?? null);
}
