import type { SchoolRecord } from "../engine/types";
import { listText } from "../messages/listText";
import { sheetsRead } from "../report/schoolSheets";
import type { Run } from "./Run";

// The count is shared with the task pane, which shows the same line before 评估 (src/report/schoolSheets.ts).
export { sheetsRead, type SheetCount } from "../report/schoolSheets";

/** The line's form: with the figures sheets, with only some of another year (`otherYear`), with none found, or (a reader not saying: null) the school sheets only. */
function figuresCode(figuresSheets: readonly string[] | null, otherYear: readonly string[]): string {
  if (figuresSheets === null) return "cli_read_sheets_only";
  if (figuresSheets.length > 0) return "cli_read_sheets";
  return otherYear.length > 0 ? "cli_read_sheets_figures_other_year" : "cli_read_sheets_no_figures";
}

/**
 * The console lines saying which sheets were read: each school sheet with its records and the
 * county figures sheets (null: the reader does not say them; so that a sheet left unread shows) —
 * or, none read, those left out as of another year (`asked.figuresOtherYear`) — and, for a range given without a
 * sheet beside other school sheets (`asked.othersUnread`: read_other_school_sheets), the sheet it
 * was applied to, the others not read.
 *
 * @example sheetsReadLine(run zh, records of 小学 (20) and 初中 (19), ["县级指标"], { sheet: null, range: null, othersUnread: false }) // 学校数据表：“小学”（20 条）、“初中”（19 条）；县级指标表：“县级指标”
 */
export function sheetsReadLine(run: Run, records: readonly Pick<SchoolRecord, "source">[], figuresSheets: readonly string[] | null, asked: { readonly sheet: string | null; readonly range: string | null; readonly othersUnread: boolean; readonly figuresOtherYear?: readonly string[] }): void {
  const read = sheetsRead(records);
  const sheets = listText(read.map((s) => run.t("cli_sheet_records", { sheet: s.sheet, count: s.count })), run.lang);
  const otherYear = asked.figuresOtherYear ?? [];
  const code = figuresCode(figuresSheets, otherYear);
  const named = code === "cli_read_sheets_figures_other_year" ? otherYear : (figuresSheets ?? []);
  const figures = listText(named.map((f) => run.t("cli_sheet_name", { sheet: f })), run.lang);
  run.err(code, { sheets, figures });
  const first = read[0];
  if (asked.range !== null && asked.sheet === null && asked.othersUnread && first !== undefined) run.err("cli_range_one_sheet", { range: asked.range, sheet: first.sheet });
}
