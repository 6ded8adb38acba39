import type { SheetSpec, WorkbookSink } from "../../workbook/types";
import { freeSheetName } from "../../workbook/write/excelNames";
import { sheetLayout } from "../../workbook/write/sheetLayout";
import { toExcel } from "./cellValues";
import type { DocumentSettings } from "./documentSettings";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { hostReason, OfficeError, officeStep } from "./OfficeError";
import { inSequence } from "./inSequence";
import { isPayloadLimitError, MAX_OPERATIONS_PER_REQUEST, PAYLOAD_BUDGET_BYTES, type Cost } from "./payload";
import { planSegments, splitBlock, type Block, type Segment } from "./planSegments";
import { isTable, planTableNames, queueSheetHead, queueSheetTail, queueTableRows, type SheetTarget } from "./queueFormats";
import { hostCapabilities, type Capabilities } from "./requirements";
import { rowCosts, segmentCost } from "./rowCosts";
import { MARKER_NAME, newRunId, SETTINGS_KEY, sheetTagsFor, type SheetMark, type SheetTags } from "./sheetTags";

export interface SinkOptions {
  readonly capabilities?: Capabilities;
  /**
   * The workbook's document settings, where versions before sheet markers listed result-sheet
   * ids: the sink removes that list, so that such a version cannot take a user's sheet for one.
   */
  readonly settings?: DocumentSettings;
  /** Request budget in bytes (tests shrink it). */
  readonly budgetBytes?: number;
  /** Operations per request at most (tests shrink it). */
  readonly maxOperations?: number;
  /** The run's token (tests fix it). */
  readonly runId?: () => string;
}

/** The workbook as found: its sheets, what their markers say, and the names new tables must avoid. */
interface Survey {
  readonly sheets: readonly Excel.Worksheet[];
  readonly marks: readonly SheetMark[];
  readonly takenTableNames: ReadonlySet<string>;
}

/** A run under way: the final sheet names, the old result sheets, the new sheets as they are written. */
interface WriteState {
  readonly run: string;
  readonly names: readonly string[];
  readonly old: readonly Excel.Worksheet[];
  readonly targets: readonly SheetTarget[];
}

/** The name a new result sheet carries until it is complete. */
function writingName(run: string, index: number): string {
  return `~yzjh~${run}~${index}`;
}

/**
 * Writes result sheets through Office.js. It finds the sheets this add-in wrote by the marker
 * each carries (sheetTags.ts), adds the new sheets under names of this run, marks them, and
 * writes them in blocks of rows sized under Excel's 5 MB request limit and a cap on operations
 * (a refused block is split and retried). Only when every new sheet is complete does it delete
 * the old result sheets and give the new ones their names; a failure before that deletes the
 * new sheets and leaves the old ones as they were. A sheet without the marker is never touched,
 * and a user's sheet holding a result's name keeps it (the result gets `name (2)`).
 *
 * Formulas of the user's that refer to an old result sheet show #REF! once it is deleted: the
 * sheets are replaced, not rewritten in place, so that a failure never leaves half a result.
 */
export class OfficeWorkbookSink implements WorkbookSink {
  private readonly capabilities: Capabilities;
  private readonly tags: SheetTags;
  private readonly budget: Cost;
  private readonly settings: DocumentSettings | null;
  private readonly runId: () => string;

  constructor(
    private readonly run: ExcelRunner = hostExcelRun,
    options: SinkOptions = {},
  ) {
    this.capabilities = options.capabilities ?? hostCapabilities();
    this.tags = sheetTagsFor(this.capabilities.customProperties);
    this.budget = { bytes: options.budgetBytes ?? PAYLOAD_BUDGET_BYTES, operations: options.maxOperations ?? MAX_OPERATIONS_PER_REQUEST };
    this.settings = options.settings ?? null;
    this.runId = options.runId ?? newRunId;
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<readonly string[]> {
    const run = this.runId();
    const names = await officeStep("office_write_failed", {}, () =>
      this.run(async (context) => {
        const survey = await this.survey(context);
        const state = await this.createSheets(context, specs, survey, run);
        await this.orRollBack(context, state, () => this.writeRows(context, state));
        await officeStep("office_replace_failed", {}, () => this.replace(context, state));
        return state.names;
      }),
    );
    await this.forgetIdList();
    return names;
  }

  /** Two requests: the sheets; then their markers, their tables and every defined name. */
  private async survey(context: Excel.RequestContext): Promise<Survey> {
    const worksheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const sheets = worksheets.items;
    const marks = this.tags.queueRead(sheets);
    const tables = sheets.map((s) => s.tables.load("items/name"));
    const sheetNames = sheets.map((s) => s.names.load("items/name"));
    const workbookNames = context.workbook.names.load("items/name");
    await context.sync();
    const read = marks();
    // What stays once the old result sheets are gone: their tables and sheet-scoped names go with them.
    const staying = (_: unknown, i: number) => !read[i]?.replaceable;
    const taken = [MARKER_NAME, ...workbookNames.items, ...tables.filter(staying).flatMap((t) => t.items), ...sheetNames.filter(staying).flatMap((n) => n.items)].map((n) => (typeof n === "string" ? n : n.name));
    return { sheets, marks: read, takenTableNames: new Set(taken.map((n) => n.toLowerCase())) };
  }

  /** One request: the new sheets under this run's names, each with its marker (so no later refusal can lose it). */
  private async createSheets(context: Excel.RequestContext, specs: readonly SheetSpec[], survey: Survey, run: string): Promise<WriteState> {
    const names = planNames(
      specs,
      survey.sheets.filter((_, i) => !survey.marks[i]?.replaceable).map((s) => s.name),
    );
    const tableNames = planTableNames(specs, survey.takenTableNames, run);
    this.suspend(context);
    const targets = specs.map((spec, i) => {
      const sheet = context.workbook.worksheets.add(writingName(run, i));
      this.tags.mark(sheet, { role: spec.role, run, name: names[i] ?? spec.name });
      return { sheet, spec, layout: sheetLayout(spec), index: i, tableNames: tableNames[i] ?? [] };
    });
    const state = { run, names, old: survey.sheets.filter((_, i) => survey.marks[i]?.replaceable), targets };
    await this.orRollBack(context, state, () => context.sync());
    return state;
  }

  /** Runs `step`; if it fails, deletes whatever new sheets exist (the old ones are untouched) and fails. */
  private async orRollBack<T>(context: Excel.RequestContext, state: WriteState, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      await this.rollBack(context, state).catch((rollBackError: unknown) => console.warn("removing the unfinished result sheets failed", rollBackError));
      throw error;
    }
  }

  private async rollBack(context: Excel.RequestContext, state: WriteState): Promise<void> {
    const found = state.targets.map((t) => context.workbook.worksheets.getItemOrNullObject(writingName(state.run, t.index)).load("name"));
    await context.sync();
    found.forEach((sheet) => !sheet.isNullObject && sheet.delete());
    await context.sync();
  }

  private async writeRows(context: Excel.RequestContext, state: WriteState): Promise<void> {
    const sheets = state.targets.map((t) => ({ rows: rowCosts(t.spec, t.layout, t.tableNames.map((n) => n.written)), segment: segmentCost(t.layout) }));
    await inSequence(planSegments(sheets, this.budget), (block) => this.writeBlock(context, block, state));
  }

  /** One request for a block of rows; a block the host refuses as too large is halved and retried. */
  private async writeBlock(context: Excel.RequestContext, block: Block, state: WriteState): Promise<void> {
    this.suspend(context);
    for (const segment of block) this.queueSegment(segment, state);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      const halves = splitBlock(block);
      if (halves === null) throw new OfficeError("office_row_too_large", { reason: hostReason(error) }, { cause: error });
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

  /** One request, once every new sheet is complete: the old result sheets go, the new ones take their names. */
  private async replace(context: Excel.RequestContext, state: WriteState): Promise<void> {
    state.old.forEach((sheet) => sheet.delete());
    for (const target of state.targets) {
      target.sheet.name = state.names[target.index] ?? target.spec.name;
      target.layout.tables.forEach((placed, i) => {
        const name = target.tableNames[i];
        if (name !== undefined && isTable(placed)) target.sheet.tables.getItem(name.written).name = name.final;
      });
    }
    state.targets[0]?.sheet.activate();
    await context.sync();
  }

  /** Removes the id list of versions before markers from the document settings, if there is one. */
  private async forgetIdList(): Promise<void> {
    const settings = this.settings;
    if (settings === null || settings.get(SETTINGS_KEY) === null || settings.get(SETTINGS_KEY) === undefined) return;
    settings.remove(SETTINGS_KEY);
    await settings.save().catch((error: unknown) => console.warn("removing the old result-sheet list from the settings failed", error));
  }

  /** Calculation and screen updating pause until the next sync, where the host supports it. */
  private suspend(context: Excel.RequestContext): void {
    if (this.capabilities.calculationSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.capabilities.screenUpdatingSuspend) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }
}

/**
 * Final names: the spec's name unless a sheet that stays (a user's, or an earlier result the
 * user copied or renamed) or an earlier result of this run holds it.
 *
 * @example planNames([{ name: "汇总" }], ["汇总", "学校"]) // ["汇总 (2)"]
 */
export function planNames(specs: readonly Pick<SheetSpec, "name">[], staying: readonly string[]): string[] {
  const taken = new Set(staying.map((n) => n.toLowerCase()));
  return specs.map((spec) => {
    const name = freeSheetName(spec.name, (n) => taken.has(n));
    taken.add(name.toLowerCase());
    return name;
  });
}
