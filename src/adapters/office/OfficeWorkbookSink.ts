import type { SheetSpec, SheetsWritten, WorkbookSink, WriteTurn } from "../../workbook/types";
import { freeSheetName } from "../../workbook/write/excelNames";
import { sheetLayout } from "../../workbook/write/sheetLayout";
import { contentStamp } from "./contentDigest";
import type { DocumentSettings } from "./documentSettings";
import { editedSheets, USED_BOX } from "./editedSheets";
import { hostExcelRun, type ExcelRunner } from "./excelRun";
import { retryOnInvalidSelection, RETRY_DELAY_MS } from "./invalidSelection";
import { pruneIdList } from "./legacyIdList";
import { newlyRenamed, readSaid, recordSaid, type FoundSheet } from "./newlyRenamed";
import { OfficeError, officeStep } from "./OfficeError";
import { inSequence } from "./inSequence";
import { isPayloadLimitError, MAX_OPERATIONS_PER_REQUEST, PAYLOAD_BUDGET_BYTES, type Cost } from "./payload";
import { planSegments, splitBlock, type Block, type Segment } from "./planSegments";
import { planTableNames, queueSegment } from "./queueFormats";
import { replaceSheets, rollBack, stillOld, type OldSheet, type Replacement, type SheetRef } from "./replaceSheets";
import { hostCapabilities, type Capabilities } from "./requirements";
import { rowCosts, segmentCost } from "./rowCosts";
import { isWritingName, MARKER_NAME, newRunId, sheetTagsFor, writingName, type SheetMark, type SheetTags } from "./sheetTags";
import { surveySheets, type SurveyedSheet } from "./surveySheets";
import { oneWriteAtATime } from "./writeLock";

export interface SinkOptions {
  readonly capabilities?: Capabilities;
  /**
   * The workbook's document settings, where versions before sheet markers listed result-sheet
   * ids (legacyIdList.ts): the sink reads that list to recognise those sheets, and keeps in it
   * only the sheets that stay (renamed by the user, or kept since nothing shows them unchanged)
   * once the others are replaced; and where it records the renamed results it has said
   * (newlyRenamed.ts), so that each is said once.
   */
  readonly settings?: DocumentSettings;
  /** Request budget in bytes (tests shrink it). */
  readonly budgetBytes?: number;
  /** Wait before the write's one retry when Excel answers InvalidSelection (tests shorten it). */
  readonly retryDelayMs?: number;
}

/** The workbook as found: its sheets, what their markers say, and the names new tables must avoid. */
interface Survey {
  readonly sheets: readonly SheetRef[];
  readonly marks: readonly SheetMark[];
  readonly takenTableNames: ReadonlySet<string>;
  /** Result sheets the user changed since they were written: kept, as theirs. */
  readonly edited: readonly string[];
  /** Result sheets of a version before content stamps, which cannot show they are unchanged (keepUnproven): kept, as theirs. */
  readonly older: readonly string[];
  /** Result sheets the user renamed or copied (SheetMark.renamedFrom) since the last run (newlyRenamed): kept, as theirs, and said. */
  readonly renamed: NonNullable<SheetsWritten["renamed"]>;
  /** The sheets as newlyRenamed saw them, and the record of renamed results it read (readSaid): recordSaid updates it once the write is done. */
  readonly found: readonly FoundSheet[];
  readonly said: ReadonlySet<string> | null;
}

/**
 * Writes result sheets through Office.js. It finds the sheets this add-in wrote by the marker
 * each carries (sheetTags.ts), adds the new sheets hidden under names of this run, marks them,
 * and writes them in blocks of rows sized under Excel's 5 MB request limit and a cap on
 * operations (a refused block is split and retried). Only when every new sheet is complete does
 * it show them, delete the old result sheets and give the new ones their names
 * (replaceSheets.ts); a failure before that deletes the new sheets and leaves the old ones as
 * they were. A sheet without the marker is never touched, and a user's sheet holding a result's
 * name keeps it (the result gets `name (2)`). A result sheet whose values the user changed after
 * it was written (a note typed, a figure corrected) is the user's from then on: kept like theirs,
 * and said (`kept`); the results it did replace are said too (`replaced`). One write runs at a
 * time (writeLock.ts).
 *
 * Formulas of the user's that refer to an old result sheet show #REF! once it is deleted, and
 * formats or comments the user added to it go with it: the sheets are replaced, not rewritten in
 * place, so that a failure never leaves half a result. The help (addin_help_text) says so, and
 * that a sheet to keep is renamed first.
 */
export class OfficeWorkbookSink implements WorkbookSink {
  private readonly capabilities: Capabilities;
  private readonly tags: SheetTags;
  private readonly budget: Cost;
  private readonly settings: DocumentSettings | null;
  private readonly retryDelayMs: number;

  constructor(
    private readonly run: ExcelRunner = hostExcelRun,
    options: SinkOptions = {},
  ) {
    this.capabilities = options.capabilities ?? hostCapabilities();
    this.settings = options.settings ?? null;
    this.tags = sheetTagsFor(this.capabilities.customProperties, options.settings);
    this.budget = { bytes: options.budgetBytes ?? PAYLOAD_BUDGET_BYTES, operations: MAX_OPERATIONS_PER_REQUEST };
    this.retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_MS;
  }

  /** Waits for any write under way in this runtime (the ribbon's, the pane's), telling `onTurn` while it does, then writes. */
  writeSheets(specs: readonly SheetSpec[], onTurn?: (turn: WriteTurn) => void): Promise<SheetsWritten> {
    return oneWriteAtATime(() => this.write(specs), onTurn);
  }

  /**
   * One attempt, and a second after the delay when Excel answers InvalidSelection anywhere in it
   * (the user switched workbooks: the survey's sheet-scoped names, or adding a marker on a host
   * before ExcelApi 1.12); a failed attempt has rolled back, and the next one takes a new run id.
   */
  private async write(specs: readonly SheetSpec[]): Promise<SheetsWritten> {
    const { names, survey, replaced } = await officeStep("office_write_failed", {}, () =>
      retryOnInvalidSelection(() => this.run((context) => this.attempt(context, specs)), this.retryDelayMs),
    );
    if (this.settings !== null) await saveRecords(this.settings, survey);
    // Said only when there are some (the field is optional): most runs find none.
    return { names, kept: survey.edited, replaced, ...(survey.older.length === 0 ? {} : { keptOlder: survey.older }), ...(survey.renamed.length === 0 ? {} : { renamed: survey.renamed }) };
  }

  private async attempt(context: Excel.RequestContext, specs: readonly SheetSpec[]): Promise<{ names: readonly string[]; survey: Survey; replaced: readonly string[] }> {
    const survey = await this.survey(context);
    const state = await this.createSheets(context, specs, survey, newRunId());
    await this.orRollBack(context, state, () => this.writeRows(context, state));
    const deleting = await this.orRollBack(context, state, () => stillOld(context, state.old));
    await replaceSheets(context, state, deleting);
    return { names: state.names, survey, replaced: replacedResults(deleting) };
  }

  /**
   * The survey's requests (surveySheets.ts): the sheets; then their markers, with their tables and
   * the defined names tables must avoid. A sheet's own names are part of it only on hosts whose
   * markers live in them (before ExcelApi 1.12); elsewhere they fail while the user views another
   * workbook (office-js#6365), and are asked, with the markers an older Excel may have left in
   * them, in a request of their own that may fail (SheetTags.confirm). A clash is then unlikely (a
   * user's own name spelt like a result table), and would leave that table under its writing name.
   */
  private async survey(context: Excel.RequestContext): Promise<Survey> {
    const { sheets, alongside } = await surveySheets(context, this.tags, (items) => ({
      tables: items.map((s) => s.tables.load("items/name")),
      sheetNames: this.capabilities.customProperties ? null : items.map((s) => s.names.load("items/name")),
      workbookNames: context.workbook.names.load("items/name"),
      // For editedSheets, of every sheet (which are results is known once the markers are read): no request of its own.
      used: items.map((s) => s.getUsedRangeOrNullObject(true).load(USED_BOX)),
    }));
    const stamped = await this.keepEdited(context, sheets, alongside.used);
    const marks = keepUnproven(sheets, stamped);
    // What stays once the old result sheets are gone: their tables and sheet-scoped names go with them.
    const staying = (_: unknown, i: number) => !marks[i]?.replaceable;
    const { tables, sheetNames, workbookNames } = alongside;
    const scoped = sheetNames === null ? sheets.filter(staying).flatMap((s) => s.scopedNames ?? []) : sheetNames.filter(staying).flatMap((n) => n.items.map((item) => item.name));
    const taken = [MARKER_NAME, ...workbookNames.items.map((n) => n.name), ...tables.filter(staying).flatMap((t) => t.items.map((item) => item.name)), ...scoped];
    const edited = sheets.filter((s, i) => stamped[i] !== s.mark).map((s) => s.name);
    const older = sheets.filter((s, i) => marks[i] !== stamped[i]).map((s) => s.name);
    const found = sheets.map((s, i) => ({ name: s.name, mark: s.mark, replaceable: marks[i]?.replaceable === true }));
    const said = readSaid(this.settings);
    const renamed = newlyRenamed(found, said);
    return { sheets: sheets.map((s) => ({ id: s.id, name: s.name })), marks, takenTableNames: new Set(taken.map((n) => n.toLowerCase())), edited, older, renamed, found, said };
  }

  /**
   * The marks, with the result sheets whose values the user changed since they were written
   * (editedSheets.ts) no longer replaceable: a re-run writes beside them, as beside a renamed one.
   */
  private async keepEdited(context: Excel.RequestContext, sheets: readonly SurveyedSheet[], used: readonly Excel.Range[]): Promise<SheetMark[]> {
    const usedBox = (u: Excel.Range | undefined) => (u === undefined || u.isNullObject ? null : u);
    const stamped = sheets.flatMap((s, i) => (s.mark.replaceable && s.mark.content ? [{ i, id: s.id, content: s.mark.content, used: usedBox(used[i]) }] : []));
    const edited = await editedSheets(context, stamped);
    const kept = new Set(stamped.filter((_, k) => edited[k]).map((c) => c.i));
    return sheets.map((s, i) => (kept.has(i) ? { result: true, replaceable: false } : s.mark));
  }

  /**
   * One request: the new sheets, hidden (a long write shows no half-written sheet) under this
   * run's names, each with its marker (so no later refusal can lose it) and its id loaded.
   */
  private async createSheets(context: Excel.RequestContext, specs: readonly SheetSpec[], survey: Survey, run: string): Promise<Replacement> {
    const names = planNames(
      specs,
      survey.sheets.filter((_, i) => !survey.marks[i]?.replaceable).map((s) => s.name),
    );
    const tableNames = planTableNames(specs, survey.takenTableNames, run);
    this.suspend(context);
    const targets = specs.map((spec, i) => {
      const sheet = context.workbook.worksheets.add(writingName(run, i));
      sheet.visibility = "Hidden";
      const layout = sheetLayout(spec);
      this.tags.mark(sheet, { role: spec.role, run, name: names[i] ?? spec.name, content: contentStamp(layout.rows, layout.width) });
      sheet.load("id");
      return { sheet, spec, layout, index: i, tableNames: tableNames[i] ?? [] };
    });
    const state = { run, names, old: survey.sheets.filter((_, i) => survey.marks[i]?.replaceable), targets };
    await this.orRollBack(context, state, () => context.sync());
    return state;
  }

  /** Runs `step`; if it fails, deletes whatever new sheets exist (the old ones are untouched) and fails. */
  private async orRollBack<T>(context: Excel.RequestContext, state: Replacement, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      await rollBack(context, state).catch((rollBackError: unknown) => console.warn("removing the unfinished result sheets failed", rollBackError));
      throw error;
    }
  }

  private async writeRows(context: Excel.RequestContext, state: Replacement): Promise<void> {
    const sheets = state.targets.map((t) => ({ rows: rowCosts(t.spec, t.layout, t.tableNames.map((n) => n.written)), segment: segmentCost(t.layout) }));
    await inSequence(planSegments(sheets, this.budget), (block) => this.writeBlock(context, block, state));
  }

  /** One request for a block of rows; a block the host refuses as too large is halved and retried. */
  private async writeBlock(context: Excel.RequestContext, block: Block, state: Replacement): Promise<void> {
    this.suspend(context);
    for (const segment of block) this.queueSegment(segment, state);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      const halves = splitBlock(block);
      if (halves === null) throw OfficeError.from("office_row_too_large", error);
      await inSequence(halves, (half) => this.writeBlock(context, half, state));
    }
  }

  private queueSegment(segment: Segment, state: Replacement): void {
    const target = state.targets[segment.sheet];
    if (target !== undefined) queueSegment(target, segment.start, segment.count, this.capabilities);
  }

  /** Calculation and screen updating pause until the next sync, where the host supports it. */
  private suspend(context: Excel.RequestContext): void {
    if (this.capabilities.calculationSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.capabilities.screenUpdatingSuspend) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }
}

/**
 * After a successful write, the sink's records in the document settings, brought up to date: the
 * old id list (pruneIdList) and the renamed results said (recordSaid). One save, and none when
 * neither changed (most runs), since each save is a round trip to the host. A failed save is only
 * warned of: the results are written, the id list as saved still names sheets that are results or
 * gone, and the next run may name some renamed results again.
 *
 * @example saveRecords(settings, survey of a workbook with neither record, nothing renamed) // saves nothing
 */
async function saveRecords(settings: DocumentSettings, survey: Survey): Promise<void> {
  const pruned = pruneIdList(settings, survey.sheets, survey.marks);
  const recorded = recordSaid(settings, survey.found, survey.said);
  if (!pruned && !recorded) return;
  await settings.save().catch((error: unknown) => console.warn("saving the result-sheet records (old id list, renamed results said) in the settings failed", error));
}

/**
 * The marks, with the result sheets that cannot show they are as written no longer replaceable:
 * those of versions before content stamps (an id tag, the old id list, a marker without `content`)
 * under their role's name. Nothing says whether the user changed them since, and a re-run that
 * replaced an edited one would lose the user's work; kept, the new results are written beside them
 * (汇总 (2)), and the pane says why. A sheet under a writing name was a stopped run's, never shown:
 * still replaced.
 *
 * @example keepUnproven([{ name: "汇总", … }], [{ result: true, replaceable: true }]) // [{ result: true, replaceable: false }]: an id tag's or the old list's 汇总, kept
 */
function keepUnproven(sheets: readonly { readonly name: string }[], marks: readonly SheetMark[]): SheetMark[] {
  return marks.map((mark, i) => (mark.replaceable && mark.content === undefined && !isWritingName(sheets[i]?.name ?? "") ? { result: true, replaceable: false } : mark));
}

/**
 * The earlier results a replace deleted, by the names they had (SheetsWritten.replaced): those the
 * user might have seen. A sheet still under its writing name was a stopped run's, hidden and
 * never a result shown, so it is cleaned up without a word.
 *
 * @example replacedResults([汇总, ~yzjh~k3j2h5g8~0]) // ["汇总"]
 */
function replacedResults(deleted: readonly OldSheet[]): string[] {
  return deleted.map((d) => d.ref.name).filter((name) => !isWritingName(name));
}

/**
 * Final names: the spec's name unless a sheet that stays (a user's, or an earlier result the
 * user copied or renamed) or an earlier result of this run holds it.
 *
 * @example planNames([{ name: "汇总" }], ["汇总", "学校"]) // ["汇总 (2)"]
 */
function planNames(specs: readonly Pick<SheetSpec, "name">[], staying: readonly string[]): string[] {
  const taken = new Set(staying.map((n) => n.toLowerCase()));
  return specs.map((spec) => {
    const name = freeSheetName(spec.name, (n) => taken.has(n));
    taken.add(name.toLowerCase());
    return name;
  });
}
