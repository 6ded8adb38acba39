import ExcelJS from "exceljs";
import CellXform from "exceljs/lib/xlsx/xform/sheet/cell-xform";

/**
 * An ISO 8601 date cell (`<c t="d"><v>2024-09-01T00:00:00</v></c>`, ECMA-376 §18.18.11 ST_CellType
 * "d"), which some exporters write and Excel opens as that date. exceljs 4.4 parses its text with
 * parseFloat: 2024-09-01 became the number 2024, read silently as 2,024 students. The date is
 * read here as exceljs reads any date, its wall-clock time as UTC (the zone, if any, is ignored);
 * text that is no date stays text, for the reader to report.
 *
 * @example isoDate("2024-09-01T00:00:00") // Date 2024-09-01T00:00:00Z; isoDate("九月") // null
 */
export function isoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(text.trim());
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((p) => Number(p ?? 0));
  const ms = Math.round(Number(`0.${m[7] ?? "0"}`) * 1000);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, ms));
  return Number.isNaN(date.getTime()) ? null : date;
}

type Model = CellXform["model"];

/** The parsed cell made a date (or its text) again, after exceljs's parseFloat. */
function asDate(model: Model, text: string): void {
  const date = isoDate(text);
  const value: unknown = date ?? text;
  if (model.type === ExcelJS.ValueType.Formula) model.result = value;
  else {
    model.type = date === null ? ExcelJS.ValueType.String : ExcelJS.ValueType.Date;
    model.value = value;
  }
}

const parseClose = CellXform.prototype.parseClose;
const reconcile = CellXform.prototype.reconcile;

/** Reads t="d" cells as dates: hooks exceljs's cell parser once, when this module loads (no extra pass over the sheet, no cost for other cells). */
CellXform.prototype.parseClose = function (this: CellXform, name: string): boolean {
  const text = name === "c" && this.t === "d" ? this.model.value : undefined;
  const done = parseClose.call(this, name);
  if (typeof text === "string") asDate(this.model, text);
  return done;
};

/** A date-formatted formula's result exceljs would convert from a serial again: a Date result is kept as it is. */
CellXform.prototype.reconcile = function (this: CellXform, model: Model, options: unknown): void {
  const result = model.result;
  reconcile.call(this, model, options);
  if (result instanceof Date) model.result = result;
};
