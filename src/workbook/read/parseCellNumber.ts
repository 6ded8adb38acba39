import type { CellValue } from "../types";
import { isNoCachedResult } from "./noCachedResult";
import { dateText } from "./dateText";
import { foldText } from "./text";

/**
 * What a number cell is meant to hold. `count` (persons, rooms, classes) and `measure` (m², yuan,
 * years) accept plain numbers only; `ratio` also accepts `95%` (→ 0.95) and reports whether the
 * cell carried a percent sign, so that the caller can decide what a bare 95 means.
 */
export type NumberKind = "count" | "measure" | "ratio";

/**
 * How a cell wrote "nothing": a dash (`—`, `-`, `–`, `―`, `−` …, repeated or not), a slash, or a word (`无`,
 * `没有`, `空`). A sheet's 填表说明 may give one of these the meaning "no data" (see noDataMarks).
 */
export type NoneMark = "dash" | "slash" | "word";

type ParsedNumber =
  | { readonly status: "number"; readonly value: number; readonly percent: boolean }
  /** The cell says "nothing" (`—`, `-`, `/`, `无`): an explicit zero, not a missing value, unless the sheet's note says otherwise. */
  | { readonly status: "none"; readonly mark: NoneMark }
  /**
   * Empty: the value is missing (never read as 0). `noResult`: the cell is a formula without a
   * stored result (NO_CACHED_RESULT), blank as Excel shows a formula whose result is "" — the caller
   * may say so at the cell.
   */
  | { readonly status: "blank"; readonly noResult?: true }
  | { readonly status: "invalid"; readonly reason: InvalidReason; readonly text: string };

type InvalidReason = "formula_error" | "not_a_number" | "negative";

/**
 * The characters a dash is typed with, after NFKC folding (`－` → `-`): em and en dash, horizontal
 * bar, hyphens, minus sign, hyphen-minus. noDataMarks reads a note's dash with the same set, so a
 * note's `“―”` and a cell's `―` are the same mark.
 */
export const DASH_CHARS = "—–―‐‑−-";

/**
 * The one table of the ways of writing "nothing" (after NFKC folding, so `／` is `/`): what a
 * cell or a note's quoted mark holds (`pattern`, a regular-expression source matching the whole
 * mark) and how a message names the mark (`shown`). parseCellNumber, noDataMarks and the reader's
 * messages all take them from here, so a mark a cell can hold is one a note can name.
 */
export const NONE_MARKS: Readonly<Record<NoneMark, { readonly pattern: string; readonly shown: string }>> = {
  dash: { pattern: `[${DASH_CHARS}]+`, shown: "—" },
  slash: { pattern: "/", shown: "/" },
  word: { pattern: "无|没有|空", shown: "无" },
};

const NONE = (Object.entries(NONE_MARKS) as [NoneMark, { pattern: string }][]).map(([mark, { pattern }]) => [mark, new RegExp(`^(?:${pattern})$`)] as const);

/**
 * The mark a text already folded (NFKC, no spaces: `／` as `/`) is, whole; null when it is no mark.
 *
 * @example noneMarkOf("——") // "dash"
 * @example noneMarkOf("没有") // "word"
 * @example noneMarkOf("无数据") // null
 */
export function noneMarkOf(text: string): NoneMark | null {
  return NONE.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Whitespace between two characters of a cell's text: only then can digits be split by it. */
const INNER_SPACE = /\S\s+\S/;
const DIGITS_SPLIT = /\d\s+\d/;
/** Digits grouped in thousands by single spaces (`1 234 567.5`, as some locales and exports write them), sign and percent aside. */
const SPACE_GROUPED = /^[+-]?\d{1,3}(?: \d{3})+(?:\.\d*)?$/;

/**
 * Whether a cell's digits are split by whitespace other than between thousands: `1263 1` or
 * `16 52` is no number (foldText, which drops every space, would read 12631 and 1652: a different
 * number, and a student count ten times too large), while `1 652` and `8 712.5` are thousands.
 *
 * @example digitsSplit("1263 1") // true; digitsSplit("1 652") // false; digitsSplit(" 42 ") // false
 */
function digitsSplit(raw: string): boolean {
  if (!INNER_SPACE.test(raw)) return false;
  const spaced = raw.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (!DIGITS_SPLIT.test(spaced)) return false;
  return !SPACE_GROUPED.test(spaced.replace(/ ?%$/, "").replace(/^([+-]) /, "$1"));
}

function invalid(reason: InvalidReason, text: string): ParsedNumber {
  return { status: "invalid", reason, text };
}

function checked(value: number, percent: boolean, text: string): ParsedNumber {
  if (!Number.isFinite(value)) return invalid("not_a_number", text);
  if (value < 0) return invalid("negative", text);
  return { status: "number", value, percent };
}

function parseText(raw: string, kind: NumberKind): ParsedNumber {
  const text = foldText(raw);
  if (text === "") return { status: "blank" };
  const mark = noneMarkOf(text);
  if (mark !== null) return { status: "none", mark };
  if (EXCEL_ERROR.test(text)) return invalid("formula_error", raw.trim());
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1) : text;
  if (percent && kind !== "ratio") return invalid("not_a_number", raw.trim());
  if ((!PLAIN.test(body) && !GROUPED.test(body)) || digitsSplit(raw)) return invalid("not_a_number", raw.trim());
  const digits = body.replace(/,/g, "");
  return checked(percent ? percentToFraction(digits) : Number(digits), percent, raw.trim());
}

/**
 * A percentage as the fraction it denotes, by moving the decimal point two places left in the
 * decimal text rather than dividing by 100: 88.6 / 100 is 0.8859999999999999 in binary floating
 * point, while the text `88.6e-2` parses to the double nearest 0.886, the same number as the
 * literal 0.886. A number is taken by its shortest round-trip text (String(88.6) is "88.6").
 *
 * @example percentToFraction("88.6") // 0.886 (not 0.8859999999999999)
 * @example percentToFraction(12.5) // 0.125
 */
export function percentToFraction(decimal: string | number): number {
  const [mantissa = "", exponent = "0"] = String(decimal).toLowerCase().split("e");
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/**
 * Reads a number the way people type it (workbooks.md "Cell values as people type them"):
 * numbers stored as text, `1,234.5`, `1 234.5`, full-width digits `１２３`, trailing spaces (digits split by
 * a space anywhere but between thousands, `1263 1`, are no number); `—` `-` `/` `无`
 * mean an explicit nothing (`none`, with how it was written; the reader records it as 0 because the
 * user wrote it, unless the sheet's 填表说明 says that mark means no data);
 * a blank cell is `blank` (missing), and so is a formula without a stored result (`noResult`, see
 * noCachedResult.ts); `#DIV/0!`, `#N/A` (as a formula error or typed) and text are `invalid`, as are negative numbers. For `ratio`, `95%` → 0.95 with `percent: true`; a bare 95
 * stays 95 (the caller decides, from the header's unit, whether it meant 95%).
 *
 * @example parseCellNumber("１,２３４.５ ", "measure") // { status: "number", value: 1234.5, percent: false }
 * @example parseCellNumber("95%", "ratio") // { status: "number", value: 0.95, percent: true }
 * @example parseCellNumber({ error: "#DIV/0!" }, "count") // { status: "invalid", reason: "formula_error", text: "#DIV/0!" }
 * @example parseCellNumber({ error: NO_CACHED_RESULT }, "count") // { status: "blank", noResult: true }
 */
export function parseCellNumber(value: CellValue, kind: NumberKind): ParsedNumber {
  if (value === null) return { status: "blank" };
  if (typeof value === "number") return checked(value, false, String(value));
  if (typeof value === "string") return parseText(value, kind);
  if (typeof value === "boolean") return invalid("not_a_number", String(value));
  if (value instanceof Date) return invalid("not_a_number", dateText(value));
  if (isNoCachedResult(value)) return { status: "blank", noResult: true };
  return invalid("formula_error", value.error);
}

/**
 * A number typed in one unit, in the base unit: 0.57 万元 × 10000 = 5700 yuan. The product is
 * rounded to 15 significant digits, which every typed decimal has fewer of, so the binary noise
 * of the multiplication (0.57 × 10000 = 5699.999999999999) does not reach the engine.
 *
 * @example toBaseUnit(0.57, 10000) // 5700
 * @example toBaseUnit(1234.5, 1) // 1234.5
 */
export function toBaseUnit(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}
