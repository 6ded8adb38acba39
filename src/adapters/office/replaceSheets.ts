import { OfficeError } from "./OfficeError";
import { isTable, queueFreeze, type SheetTarget } from "./queueFormats";
import { writingName } from "./sheetTags";

/** A sheet as the survey found it. */
export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/** A complete run, ready to take the place of the old result sheets. */
export interface Replacement {
  readonly run: string;
  /** The final name of each target, by index. */
  readonly names: readonly string[];
  /** The old result sheets the survey found replaceable. */
  readonly old: readonly SheetRef[];
  /** The new sheets, hidden under their writing names, with their ids loaded. */
  readonly targets: readonly SheetTarget[];
}

function finalName(r: Replacement, target: SheetTarget): string {
  return r.names[target.index] ?? target.spec.name;
}

/** An old result sheet still there under the name the survey found. */
export interface OldSheet {
  readonly ref: SheetRef;
  readonly sheet: Excel.Worksheet;
}

/**
 * Once the new sheets are complete, one request (none on a first run): the old result sheets to
 * delete, asked again by id, with their visibility (queueReplace). The user may have deleted one
 * while the new sheets were written (deleting it again would fail the request), or renamed it: a
 * renamed result is the user's snapshot now, kept as on any run. (Two writes at once cannot be
 * the cause: writeLock.ts.)
 */
export async function stillOld(context: Excel.RequestContext, old: readonly SheetRef[]): Promise<OldSheet[]> {
  if (old.length === 0) return [];
  const found = old.map((ref) => ({ ref, sheet: context.workbook.worksheets.getItemOrNullObject(ref.id).load("name,visibility") }));
  await context.sync();
  return found.filter(({ ref, sheet }) => !sheet.isNullObject && sheet.name === ref.name);
}

/**
 * An old result sheet goes. Excel refuses to delete a very hidden sheet (InvalidOperation,
 * Worksheet.delete): one the user made very hidden (VBA, the VBE's Properties window) is merely
 * hidden first, in the same request, or no re-run could ever replace it.
 */
function queueDelete(sheet: Excel.Worksheet): void {
  if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
  sheet.delete();
}

/**
 * One request: the new sheets are shown, the old ones go, the new ones take their names and then
 * their tables' names; the first is activated and panes are frozen last, so that a refusal of
 * those leaves the results in place. Excel keeps at least one visible sheet, so the new sheets
 * are shown before any old one is deleted.
 */
function queueReplace(r: Replacement, deleting: readonly Excel.Worksheet[]): void {
  r.targets.forEach((t) => (t.sheet.visibility = "Visible"));
  deleting.forEach(queueDelete);
  r.targets.forEach((t) => (t.sheet.name = finalName(r, t)));
  for (const target of r.targets) {
    target.layout.tables.forEach((placed, i) => {
      const name = target.tableNames[i];
      if (name !== undefined && isTable(placed)) target.sheet.tables.getItem(name.written).name = name.final;
    });
  }
  r.targets[0]?.sheet.activate();
  r.targets.forEach(queueFreeze);
}

/**
 * After a failed replace request: each new sheet still under its writing name takes its final
 * name where no sheet holds it, and is shown; one whose name is held is hidden (again), to be
 * replaced by the next run, so that no `~yzjh~` name is left in view. True when every new sheet
 * ended under its final name and every old one is gone: the results are in place (table names,
 * activation or panes may be what failed).
 */
async function recover(context: Excel.RequestContext, r: Replacement, deleting: readonly string[]): Promise<boolean> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const byId = new Map(sheets.items.map((s) => [s.id, s]));
  const held = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const placed = r.targets.map((target) => {
    const sheet = byId.get(target.sheet.id);
    const wanted = finalName(r, target);
    if (sheet === undefined) return false;
    const free = sheet.name === writingName(r.run, target.index) && !held.has(wanted.toLowerCase());
    if (free) {
      sheet.name = wanted;
      held.add(wanted.toLowerCase());
    }
    sheet.visibility = free || sheet.name === wanted ? "Visible" : "Hidden";
    return free || sheet.name === wanted;
  });
  await context.sync();
  return placed.every(Boolean) && !deleting.some((id) => byId.has(id));
}

/**
 * Puts a complete run in the place of the old result sheets (`deleting`, from stillOld): one
 * request, and two more to recover if it fails. Throws office_replace_failed when some new sheet
 * could not take its name or some old one could not go; the user is asked to evaluate again,
 * which replaces whatever is left (sheets under writing names are replaceable).
 */
export async function replaceSheets(context: Excel.RequestContext, r: Replacement, deleting: readonly OldSheet[]): Promise<void> {
  queueReplace(r, deleting.map((d) => d.sheet));
  try {
    await context.sync();
  } catch (error) {
    const complete = await recover(context, r, deleting.map((d) => d.ref.id)).catch((recoverError: unknown) => {
      console.warn("recovering from a failed replace failed", recoverError);
      return false;
    });
    if (!complete) throw OfficeError.from("office_replace_failed", error);
    console.warn("the result sheets are in place, but naming their tables, activating or freezing panes failed", error);
  }
}

/** Before the replace: deletes whatever new sheets of the run exist (two requests); the old ones are untouched. */
export async function rollBack(context: Excel.RequestContext, r: Replacement): Promise<void> {
  const found = r.targets.map((t) => context.workbook.worksheets.getItemOrNullObject(writingName(r.run, t.index)).load("name"));
  await context.sync();
  found.forEach((sheet) => !sheet.isNullObject && sheet.delete());
  await context.sync();
}
