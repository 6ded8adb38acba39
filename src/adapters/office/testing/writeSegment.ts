/** Rows of one result sheet queued on a worksheet proxy as the sink queues a segment of a block (tests only). */
import type { SheetSpec } from "../../../workbook/types";
import { sheetLayout } from "../../../workbook/write/sheetLayout";
import { planTableNames, queueSegment, type SheetTarget } from "../queueFormats";
import { detectCapabilities } from "../requirements";

const ALL = detectCapabilities(() => true);

/**
 * Queues rows [from, to) of `spec` (all of them by default) on the existing sheet `name` with the
 * sink's own queueSegment, and syncs once.
 */
export async function writeSegment(context: Excel.RequestContext, name: string, spec: SheetSpec, from = 0, to = Infinity): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(name);
  const layout = sheetLayout(spec);
  const end = Math.min(to, layout.rows.length);
  const target: SheetTarget = { sheet, spec, layout, index: 0, tableNames: planTableNames([spec], new Set(), "run00000")[0] ?? [] };
  context.workbook.application.suspendApiCalculationUntilNextSync();
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  queueSegment(target, from, end - from, ALL);
  await context.sync();
}
