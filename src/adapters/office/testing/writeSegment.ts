/** Rows of one result sheet queued on a worksheet proxy as the sink queues a segment of a block (tests only). */
import type { SheetSpec } from "../../../workbook/types";
import { sheetLayout } from "../../../workbook/write/sheetLayout";
import { toExcel } from "../cellValues";
import { planTableNames, queueSheetHead, queueSheetTail, queueTableRows, type SheetTarget } from "../queueFormats";
import { detectCapabilities } from "../requirements";

const ALL = detectCapabilities(() => true);

/**
 * Queues rows [from, to) of `spec` (all of them by default) on the existing sheet `name`, with
 * the head when the segment starts the sheet and the tail when it ends it, and syncs once.
 */
export async function writeSegment(context: Excel.RequestContext, name: string, spec: SheetSpec, from = 0, to = Infinity): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(name);
  const layout = sheetLayout(spec);
  const end = Math.min(to, layout.rows.length);
  const target: SheetTarget = { sheet, spec, layout, index: 0, tableNames: planTableNames([spec], new Set(), "run00000")[0] ?? [] };
  context.workbook.application.suspendApiCalculationUntilNextSync();
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  sheet.getRangeByIndexes(from, 0, end - from, layout.width).values = layout.rows.slice(from, end).map((row) => row.map(toExcel));
  if (from === 0) queueSheetHead(target, ALL);
  for (const placed of layout.tables) queueTableRows(sheet, placed, from, end);
  if (end === layout.rows.length) queueSheetTail(target, ALL);
  await context.sync();
}
