import { parseLevel } from "../workbook/read/parseLevel";

/**
 * `{readValue}`: the number a typed text was read as, in the form it was typed — a percentage when
 * the text holds one (96.8%（2024年） → 96.8%) or when its number is the value in percent, a rate
 * typed without its sign and read as a percentage (96.8（2024年） read 0.968: barePercent) — else the
 * number as it is (0.968 → 0.968). Said as the fraction, 已按 0.968 读取 beside 96.8% looked like
 * another value (reviewer R1). The percentage is formed to 12 significant digits, so that
 * 0.968 × 100's floating-point noise (96.80000000000001) is not shown; the value itself, in the
 * JSON's params, stays unrounded.
 *
 * A quality-monitoring level typed as one (Ⅲ级, 三级, 3级) is said as the level, Ⅲ级 (level Ⅲ), not
 * as the number 3 it is read as.
 *
 * @example readValueText(0.968, "96.8%（2024年）") // "96.8%"; readValueText(0.968, "96.8（2024年）") // "96.8%"
 * @example readValueText(0.97, "0.97") // "0.97"; readValueText(3, "Ⅲ级（2024年）") // "Ⅲ级"; in English "level Ⅲ"
 */
export function readValueText(value: string | number, text: string | number | undefined, lang: "zh" | "en" = "zh"): string {
  const typed = String(text ?? "");
  if (typeof value !== "number") return value;
  // A percentage first: 100%（含一级教师） is 100%, whatever level its remark names (reviewer R1 of s45, F6).
  if (typedAsPercent(value, typed)) return `${percentOf(value)}%`;
  if (typedAsLevel(value, typed)) return lang === "zh" ? `${ROMAN[value - 1]}级` : `level ${ROMAN[value - 1]}`;
  return plainNumber(value);
}

/** A number without an exponent, as a sheet shows it: 1e-7 → 0.0000001 (String gives 1e-7 below 1e-6). */
function plainNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) && Number.isFinite(value) ? value.toLocaleString("en-US", { maximumSignificantDigits: 15, useGrouping: false }) : text;
}

/** The levels as the 质量监测 reports write them (水平Ⅰ–Ⅳ, one character each). */
const ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"] as const;
/** A remark in brackets at the end of a typed value (Ⅲ级（2024年）), which says nothing of the level. */
const END_REMARK = /[（(][^（）()]*[）)]\s*$/;

/** Whether the text writes the value as a level, as the reader reads one (parseLevel: Ⅲ级, 三级, 3级, 达到Ⅲ级以上), not as a bare number (3). */
function typedAsLevel(value: number, text: string): boolean {
  const bare = text.replace(END_REMARK, "").trim();
  return Number.isNaN(Number(bare.normalize("NFKC"))) && parseLevel(bare) === value;
}

function percentOf(value: number): number {
  return Number((value * 100).toPrecision(12));
}

/** Whether the text writes the value as a percentage: with its sign, or its first number the value × 100 and not the value itself. */
function typedAsPercent(value: number, text: string): boolean {
  const folded = text.normalize("NFKC");
  if (folded.includes("%")) return true;
  const typed = Number(/\d+(?:\.\d+)?/.exec(folded)?.[0] ?? NaN);
  return typed !== value && typed === percentOf(value);
}
