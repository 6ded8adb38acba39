import type ExcelJS from "exceljs";
import { NO_CACHED_RESULT } from "../../workbook/read/noCachedResult";
import type { CellValue } from "../../workbook/types";

type RichText = { readonly richText: readonly { readonly text: string }[] };

function isRichText(v: object): v is RichText {
  return "richText" in v && Array.isArray((v as { richText: unknown }).richText);
}

function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v !== null && isRichText(v)) return v.richText.map((r) => r.text).join("");
  return v === null || v === undefined ? "" : String(v);
}

/**
 * An exceljs cell value as the Grid's CellValue: a formula gives its cached result (exceljs does
 * not calculate), an error result stays an error, a formula without a stored result is the marker
 * NO_CACHED_RESULT, rich text and hyperlinks give their text. The marker is not a blank here only
 * so that the reader can say at the cell why it reads it as one (noCachedResult.ts): exceljs
 * gives no result both for a formula Excel saved with an empty text result (`=IF(…,"",…)`, saved
 * as t="str" with an empty value) and for one a program saved without any.
 *
 * @example toCellValue({ formula: "A1/B1", result: { error: "#DIV/0!" } }) // { error: "#DIV/0!" }
 * @example toCellValue({ formula: "400*2" }) // { error: "#NO_CACHED_RESULT" }
 */
export function toCellValue(raw: ExcelJS.CellValue | undefined): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw;
  if ("error" in raw) return { error: String(raw.error) };
  if (isRichText(raw)) return textOf(raw);
  if ("formula" in raw || "sharedFormula" in raw) return formulaResult((raw as { result?: unknown }).result);
  if ("hyperlink" in raw) return textOf((raw as { text?: unknown }).text);
  return null;
}

function formulaResult(result: unknown): CellValue {
  if (result === null || result === undefined) return { error: NO_CACHED_RESULT };
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean" || result instanceof Date) return result;
  if (typeof result === "object" && "error" in result) return { error: String((result as { error: unknown }).error) };
  return textOf(result);
}
