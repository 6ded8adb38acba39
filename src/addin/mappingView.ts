import { FIELD_KEYS } from "../engine/types";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { columnLetters } from "../workbook/address";
import { META_KEYS } from "../workbook/read/keys";

/** One column of the data range as the pane lists it. */
export interface MappingRow {
  readonly column: number;
  readonly address: string;
  readonly header: string;
  /** The recognised field key, or null when the column is not used. */
  readonly field: string | null;
}

export interface MappingView {
  readonly rows: readonly MappingRow[];
  readonly missing: readonly string[];
  readonly headerRows: number | null;
  readonly dataRows: number | null;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Rows in a { top, bottom } span (0-based, inclusive), or a plain count. */
function rowCount(v: unknown): number | null {
  if (typeof v !== "object" || v === null) return num(v);
  const span = v as { top?: unknown; bottom?: unknown };
  const top = num(span.top);
  const bottom = num(span.bottom);
  return top === null || bottom === null ? null : bottom - top + 1;
}
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

function rowOf(entry: unknown, matched: boolean): MappingRow | null {
  if (typeof entry !== "object" || entry === null) return null;
  const e = entry as Record<string, unknown>;
  const column = num(e.column);
  if (column === null) return null;
  const field = matched ? (str(e.field) ?? str(e.key)) : null;
  return { column, address: str(e.address) ?? columnLetters(column), header: str(e.header) ?? "", field };
}

/**
 * The reader's ColumnMapping ({ columns, unmatched, missing, headerRows, dataRows }) as rows for
 * the pane, read defensively: anything unexpected is left out rather than guessed.
 */
export function mappingView(mapping: unknown): MappingView {
  const m = (typeof mapping === "object" && mapping !== null ? mapping : {}) as Record<string, unknown>;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const rows = [...list(m.columns).map((e) => rowOf(e, true)), ...list(m.unmatched).map((e) => rowOf(e, false))]
    .filter((r): r is MappingRow => r !== null)
    .sort((a, b) => a.column - b.column);
  const missing = list(m.missing).map((v) => (typeof v === "string" ? v : str((v as Record<string, unknown> | null)?.field))).filter((v): v is string => v !== null);
  return { rows, missing, headerRows: rowCount(m.headerRows), dataRows: rowCount(m.dataRows) };
}

/** Fields a column can be given, labelled in `lang` (the catalogue's field_ labels where they exist). */
export function fieldOptions(lang: Lang): { key: string; label: string }[] {
  return [...META_KEYS, ...FIELD_KEYS].map((key) => {
    const label = message(`field_${key}`, {}, lang);
    return { key, label: label === `field_${key}` ? key : label };
  });
}

/**
 * The fixes to send the reader after the user chose `field` for `column`: the field now points at
 * that column (a field lives in one column; choosing it again elsewhere moves it).
 *
 * @example withFix({ students: 3 }, 5, "students") // { students: 5 }
 */
export function withFix(fixes: Readonly<Record<string, number>>, column: number, field: string | null): Record<string, number> {
  const next = Object.fromEntries(Object.entries(fixes).filter(([, c]) => c !== column));
  if (field !== null) next[field] = column;
  return next;
}
