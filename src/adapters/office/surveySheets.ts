import type { SheetMark, SheetTags } from "./sheetTags";

/** A sheet as the survey found it, and what its markers say once confirmed (sheetTags.ts). */
export interface SurveyedSheet {
  readonly id: string;
  readonly name: string;
  /** "Visible", "Hidden" or "VeryHidden". */
  readonly visibility: string;
  /** Unmarked (neither a result nor replaceable) when the survey had no markers to read. */
  readonly mark: SheetMark;
  /** The names scoped to the sheet where SheetTags.confirm read them; null where it did not, or Excel refused. */
  readonly scopedNames: readonly string[] | null;
}

/** The sheets in workbook order, and what the caller queued alongside the markers, loaded. */
export interface SheetSurvey<T> {
  readonly sheets: readonly SurveyedSheet[];
  readonly alongside: T;
}

/** What a caller queues on the listed sheets, to be loaded by the request that reads their markers. */
export type Alongside<T> = (sheets: readonly Excel.Worksheet[]) => T;

const UNMARKED: SheetMark = { result: false, replaceable: false };

/**
 * The workbook's sheets and which of them the add-in wrote, the one way the source (which leaves
 * results out of the data sheets) and the sink (which replaces them and keeps the user's) both
 * see them. One request lists the sheets; with `tags`, a second reads their markers, and
 * SheetTags.confirm may add a third (an older Excel's marker among a sheet's own names).
 * `alongside` rides on the second request, so that a caller needing more of the sheets adds no
 * request. Without `tags` every sheet is unmarked: nothing is a result, nothing is replaceable.
 *
 * @example
 * // A user's 学校 and the add-in's 汇总, custom-property markers (ExcelApi 1.12+):
 * await surveySheets(context, sheetTagsFor(true));
 * // { sheets: [{ name: "学校", mark: { result: false, replaceable: false }, scopedNames: [], … },
 * //            { name: "汇总", mark: { result: true, replaceable: true }, scopedNames: null, … }], alongside: null }
 */
export async function surveySheets(context: Excel.RequestContext, tags: SheetTags | null): Promise<SheetSurvey<null>>;
export async function surveySheets<T>(context: Excel.RequestContext, tags: SheetTags | null, alongside: Alongside<T>): Promise<SheetSurvey<T>>;
export async function surveySheets<T>(context: Excel.RequestContext, tags: SheetTags | null, alongside?: Alongside<T>): Promise<SheetSurvey<T | null>> {
  const worksheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  await context.sync();
  const items = worksheets.items;
  const marks = tags?.queueRead(items);
  const queued = alongside?.(items) ?? null;
  if (marks !== undefined || alongside !== undefined) await context.sync();
  const confirmed = tags !== null && marks !== undefined ? await tags.confirm(context, items, marks()) : null;
  const sheets = items.map((s, i) => ({
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    mark: confirmed?.marks[i] ?? UNMARKED,
    scopedNames: confirmed?.scopedNames[i] ?? null,
  }));
  return { sheets, alongside: queued };
}
