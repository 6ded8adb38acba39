/**
 * `{readValue}`: the number a typed text was read as, in the form it was typed — a percentage when
 * the text holds one (96.8%（2024年） → 96.8%) or when its number is the value in percent, a rate
 * typed without its sign and read as a percentage (96.8（2024年） read 0.968: barePercent) — else the
 * number as it is (0.968 → 0.968). Said as the fraction, 已按 0.968 读取 beside 96.8% looked like
 * another value (reviewer R1). The percentage is formed to 12 significant digits, so that
 * 0.968 × 100's floating-point noise (96.80000000000001) is not shown; the value itself, in the
 * JSON's params, stays unrounded.
 *
 * @example readValueText(0.968, "96.8%（2024年）") // "96.8%"; readValueText(0.968, "96.8（2024年）") // "96.8%"
 * @example readValueText(0.97, "0.97") // "0.97"; readValueText(3, "Ⅲ级（2024年）") // "3"
 */
export function readValueText(value: string | number, text: string | number | undefined): string {
  if (typeof value !== "number" || !typedAsPercent(value, String(text ?? ""))) return String(value);
  return `${percentOf(value)}%`;
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
