import { CATALOGUE, message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { qualified } from "../workbook/address";
import type { MappingLine } from "../workbook/write/ResultContext";

interface MappedColumn {
  readonly address: string;
  readonly header: string;
  readonly field: string;
  readonly stage: string | null;
  /** The column's own header cell (the lowest one no other column shares), when the reader gives it. */
  readonly headerCell?: unknown;
}

function isColumn(v: unknown): v is MappedColumn {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return typeof c.address === "string" && typeof c.header === "string" && typeof c.field === "string";
}

function fieldLabel(column: MappedColumn, lang: Lang): string {
  const code = `field_${column.field}`;
  const name = CATALOGUE.has(code) ? message(code, {}, lang) : column.field;
  return column.stage ? `${name}（${message(`stage_${column.stage}`, {}, lang)}）` : name;
}

/**
 * The reader's ColumnMapping ({ sheet, headerRows, columns: [{ address, header, field, stage }] })
 * as lines for the 数据问题 sheet: field name, header text, header cell. Anything else gives none.
 */
export function mappingLines(mapping: unknown, lang: Lang = "zh"): MappingLine[] {
  if (typeof mapping !== "object" || mapping === null) return [];
  const m = mapping as { sheet?: unknown; headerRows?: { top?: unknown }; columns?: unknown };
  if (typeof m.sheet !== "string" || !Array.isArray(m.columns)) return [];
  const sheet = m.sheet;
  const row = typeof m.headerRows?.top === "number" ? m.headerRows.top + 1 : null;
  // The column's own header cell, not the top header row's, which may be a group cell merged across several columns.
  const cellOf = (c: MappedColumn): string | null => (typeof c.headerCell === "string" ? c.headerCell : row === null ? null : qualified(sheet, `${c.address}${row}`));
  return m.columns.filter(isColumn).map((c) => ({ field: fieldLabel(c, lang), header: c.header, cell: cellOf(c) }));
}
