import type { CellValue } from "../../workbook/types";
import { dateSerial } from "./cellValues";

/**
 * What a result sheet held when it was written, so that a re-run can tell whether the user has
 * changed it since: the box its values fill from A1 and a digest of its rows.
 */
export interface ContentStamp {
  readonly rows: number;
  readonly columns: number;
  readonly digest: string;
}

/** A number as Excel keeps it (15 significant digits), so `0.1 + 0.2` and `0.3` give one key. */
function numberKey(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : "";
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * One cell as written or as Office.js reads it back, in a form both sides share: Excel may keep
 * text that looks like a number as that number, drop the apostrophe that kept it text, turn a
 * date into its serial, or change line breaks; none of that is an edit of the user's.
 *
 * @example cellKey("12.50") === cellKey(12.5) // true; cellKey("a\r\n b") // "a b"; cellKey(null) // ""
 */
export function cellKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberKey(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return numberKey(dateSerial(value));
  if (typeof value === "object") return value.error;
  const text = value.replace(/^'/, "").replace(/\s+/g, " ").trim();
  return NUMBER_TEXT.test(text) ? numberKey(Number(text)) : text;
}

/** FNV-1a over UTF-16 code units, from `seed`: 32 bits. */
function fnv(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16_777_619) >>> 0;
  return hash;
}

/** 64 bits of two FNV-1a runs, as 16 hex digits. @example hash64("") // "811c9dc5050c5d1f" */
function hash64(text: string): string {
  return [fnv(text, 2_166_136_261), fnv(text, 84_696_351)].map((h) => h.toString(16).padStart(8, "0")).join("");
}

/** A row's key: its cells' keys without the empty ones at its end; "" for an empty row. */
function rowKey(row: readonly (CellValue | undefined)[]): string {
  const keys = row.map(cellKey);
  while (keys.length > 0 && keys[keys.length - 1] === "") keys.pop();
  return keys.join("\u0001");
}

/**
 * The digests of a sheet's non-empty rows, in any order: the sheet's digest (contentDigest) sorts
 * them, so that rows read back in several blocks, or a table the user sorted or filtered, give the
 * digest it was written with.
 */
export function rowDigests(rows: readonly (readonly (CellValue | undefined)[])[]): string[] {
  return rows.map(rowKey).filter((key) => key !== "").map(hash64);
}

/**
 * The digest of a sheet's values from the digests of its rows (rowDigests): any typed, deleted or
 * changed value changes it; sorting rows, formats, widths and blank rows do not.
 *
 * @example contentDigest(rowDigests([["汇总"], [null], ["城关小学", 1200]])) === contentDigest(rowDigests([["城关小学", "1200"], ["汇总", ""]])) // true
 */
export function contentDigest(rowHashes: readonly string[]): string {
  return hash64([...rowHashes].sort().join(","));
}

/** The stamp of a sheet about to be written: its rows from A1, `width` cells each. */
export function contentStamp(rows: readonly (readonly CellValue[])[], width: number): ContentStamp {
  return { rows: rows.length, columns: width, digest: contentDigest(rowDigests(rows)) };
}
