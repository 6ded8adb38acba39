import type { SheetSpec, WorkbookSink } from "../../workbook/types";
import { toExcel } from "./cellValues";
import { memorySettings, type DocumentSettings } from "./documentSettings";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { inSequence } from "./inSequence";
import { freeSheetName } from "../../workbook/write/excelNames";
import { sheetLayout, type SheetLayout } from "../../workbook/write/sheetLayout";
import { isPayloadLimitError, PAYLOAD_BUDGET_BYTES } from "./payload";
import { planSegments, splitBlock, type Block, type Segment } from "./planSegments";
import { hostCapabilities, type Capabilities } from "./requirements";
import { rowCosts } from "./rowCosts";
import { sheetTagsFor, type SheetTags } from "./sheetTags";
import { planTableNames, queueSheetHead, queueSheetTail, queueTableRows, type SheetTarget } from "./queueFormats";

/** Bytes reserved per sheet for its tables, freeze panes, data bars and charts. */
const SHEET_EXTRAS_BYTES = 8_192;

export interface SinkOptions {
  readonly capabilities?: Capabilities;
  /** Where sheet tags live on hosts without worksheet custom properties. */
  readonly settings?: DocumentSettings;
  /** Request budget in bytes (tests shrink it). */
  readonly budgetBytes?: number;
}

interface WriteState {
  readonly targets: readonly SheetTarget[];
}

/**
 * Writes result sheets through Office.js: a constant number of requests to find, tag and create
 * the sheets, then one request per block of rows sized under Excel's 5 MB limit (a refused block
 * is split and retried). Re-runs replace the sheets this add-in tagged and never touch others;
 * a user's sheet that has a result sheet's name keeps it, and the result gets `name (2)`.
 */
export class OfficeWorkbookSink implements WorkbookSink {
  private readonly capabilities: Capabilities;
  private readonly tags: SheetTags;
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRunner = hostExcelRun,
    options: SinkOptions = {},
  ) {
    this.capabilities = options.capabilities ?? hostCapabilities();
    this.tags = sheetTagsFor(this.capabilities.customProperties, options.settings ?? memorySettings());
    this.budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<readonly string[]> {
    const layouts = specs.map(sheetLayout);
    return this.run(async (context) => {
      const existing = context.workbook.worksheets;
      existing.load("items/name,items/id");
      await context.sync();
      const owned = await this.tags.owned(context, existing.items);
      const names = planNames(specs, existing.items, owned);
      const state = await this.createSheets(context, specs, layouts, existing.items, owned, names);
      const costs = layouts.map((l) => withExtras(rowCosts(l)));
      await inSequence(planSegments(costs, this.budget), (block) => this.writeBlock(context, block, state));
      return names;
    });
  }

  /** One request: frees the names of the old result sheets, adds the new ones, deletes the old. */
  private async createSheets(
    context: Excel.RequestContext,
    specs: readonly SheetSpec[],
    layouts: readonly SheetLayout[],
    existing: readonly Excel.Worksheet[],
    owned: ReadonlySet<string>,
    names: readonly string[],
  ): Promise<WriteState> {
    this.suspend(context);
    const old = existing.filter((s) => owned.has(s.id));
    const stamp = Date.now().toString(36);
    old.forEach((s, i) => (s.name = `~yzjh~${stamp}~${i}`));
    const created = names.map((name) => context.workbook.worksheets.add(name).load("id,name"));
    old.forEach((s) => s.delete());
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    created.forEach((sheet, i) => this.tags.tag(sheet, { role: specs[i]?.role ?? "summary", id: sheet.id }));
    await this.tags.commit(created.map((s) => s.id));
    const tableNames = planTableNames(specs, new Set(tables.items.map((t) => t.name.toLowerCase())));
    const targets = created.map((sheet, i) => ({ sheet, spec: specs[i] as SheetSpec, layout: layouts[i] as SheetLayout, index: i, tableNames: tableNames[i] ?? [] }));
    return { targets };
  }

  /** One request for a block of rows; a block the host refuses as too large is halved and retried. */
  private async writeBlock(context: Excel.RequestContext, block: Block, state: WriteState): Promise<void> {
    this.suspend(context);
    for (const segment of block) this.queueSegment(segment, state);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw new Error("writing the result sheets failed", { cause: error });
      const halves = splitBlock(block);
      if (halves === null) throw new Error("a single result row exceeds Excel's request size limit", { cause: error });
      await inSequence(halves, (half) => this.writeBlock(context, half, state));
    }
  }

  private queueSegment(segment: Segment, state: WriteState): void {
    const target = state.targets[segment.sheet];
    if (target === undefined) return;
    const rows = target.layout.rows.slice(segment.start, segment.start + segment.count);
    const range = target.sheet.getRangeByIndexes(segment.start, 0, segment.count, target.layout.width);
    range.values = rows.map((row) => row.map(toExcel));
    if (segment.start === 0) queueSheetHead(target, this.capabilities);
    for (const placed of target.layout.tables) queueTableRows(target.sheet, placed, segment.start, segment.start + segment.count);
    if (segment.start + segment.count === target.layout.rows.length) queueSheetTail(target, this.capabilities);
  }

  /** Calculation and screen updating pause until the next sync, where the host supports it. */
  private suspend(context: Excel.RequestContext): void {
    if (this.capabilities.calculationSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.capabilities.screenUpdatingSuspend) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }
}

function withExtras(costs: number[]): number[] {
  const last = costs.length - 1;
  if (last >= 0) costs[last] = (costs[last] ?? 0) + SHEET_EXTRAS_BYTES;
  return costs;
}

/** Final names: the spec's name unless a user's sheet (or an earlier result) holds it. */
export function planNames(specs: readonly SheetSpec[], existing: readonly Pick<Excel.Worksheet, "name" | "id">[], owned: ReadonlySet<string>): string[] {
  const taken = new Set(existing.filter((s) => !owned.has(s.id)).map((s) => s.name.toLowerCase()));
  return specs.map((spec) => {
    const name = freeSheetName(spec.name, (n) => taken.has(n));
    taken.add(name.toLowerCase());
    return name;
  });
}
