import type { CellValue } from "../types";
import { dateText } from "./dateText";

/**
 * A cell as text for recognising headers and labels, trimmed; null for blanks and errors.
 * @example cellText(" 城关小学 ") // "城关小学"; cellText(1652) // "1652"; cellText("  ") // null; cellText({ error: "#N/A" }) // null
 */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return dateText(value);
  return null;
}

/**
 * Text folded for comparing as typed: full-width forms folded (NFKC: `（` → `(`, `１２` → `12`),
 * all whitespace removed; case and punctuation kept.
 *
 * @example foldText(" 实验 小学（东校区）") // "实验小学(东校区)"
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** A breakdown's lead-in (NFKC, no spaces), as written before a part of the row above: `其中:`, `其中`, `(其中)`, `其中、`. */
const LEAD = "(?:\\(其中\\)|其中)[:,、]?";

/**
 * A breakdown's lead-in at the start of a label (its one spelling: lineLabel's breakdowns and
 * stage lines, totalLabel's breakdowns under a total, normaliseText's header parts all drop it).
 *
 * @example "(其中)小学".replace(BREAKDOWN_LEAD, "") // "小学"; BREAKDOWN_LEAD.test("其中:女") // true
 */
export const BREAKDOWN_LEAD = new RegExp(`^${LEAD}`);

/** What a header part opens with that does not name it: `#`, a breakdown's lead-in, repeated. */
const HEADER_LEAD = new RegExp(`^(?:#|${LEAD})+`);

/**
 * Header text reduced to what identifies it: full-width forms folded (NFKC: `（万元）` → `(万元)`,
 * `１２` → `12`, `㎡` → `m2`), whitespace and list punctuation removed, brackets unified, dashes
 * between numbers made `-`, a leading `#` or breakdown lead-in (`其中`, `其中:`, `(其中)`: BREAKDOWN_LEAD) dropped.
 *
 * @example normaliseText(" 其中：专科及 以上 ") // "专科及以上"; normaliseText("26～30人") // "26-30人"
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[【〔［]/g, "(")
    .replace(/[】〕］]/g, ")")
    .replace(/[、,;·'"“”‘’]/g, "")
    .replace(/(\d)[~—–至到-](\d)/g, "$1-$2")
    .replace(HEADER_LEAD, "")
    .replace(/^:+/, "");
}

/** Text wholly in brackets, after NFKC folding (`（` → `(`): `(全称)`, `(人)`, `(城区学校)`; the group is what they hold. */
export const WHOLE_BRACKETS = /^\(([^()]+)\)$/;

/**
 * A block heading's numbering at the start of a (NFKC) text, with the spaces after it: 一、 / 二. /
 * (三) / (3) / 2、 / 2. — not a decimal (2.5). @example "一、城区学校".replace(HEADING_NUMBER, "") // "城区学校"
 */
export const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?=\D))\s*/;

/**
 * Whether a number typed as text has dots between groups of three digits (1.200, 6.080, 1.234.567),
 * as where a dot separates thousands: read as a decimal it may be a thousandth of what was meant.
 * Not a fraction (0.968) or a decimal of other lengths (6.08). Folded first (１．２００).
 * @example dotThousands("6.080") // true; dotThousands("0.968") // false; dotThousands("12.5") // false
 */
export function dotThousands(text: string): boolean {
  return /^[1-9]\d{0,2}(?:\.\d{3})+$/.test(foldText(text.trim()));
}
