import type { ResultRole, SheetSpec, SheetsWritten } from "../workbook/types";
import { resultRoleOfName } from "../workbook/write/excelNames";

/** One result sheet as written: its role, the name it was built with, and the name it got. */
export interface WrittenSheet {
  readonly role: ResultRole;
  readonly planned: string;
  readonly name: string;
  /** The earlier result the user changed since, kept as theirs (SheetsWritten.kept), whose name this one gave way to; null when none. */
  readonly besideKept: string | null;
  /** The result of an earlier version kept as the user's (SheetsWritten.keptOlder) whose name this one gave way to, else one of its role under another name (olderOfRole); absent when none. */
  readonly besideOlder?: string;
}

/**
 * The sheets built, each with the name the sink gave it (in order): a result whose name a sheet
 * that stays holds gets another (`汇总 (2)`), beside a user's own sheet or an earlier result the
 * user changed, or an earlier version's result kept because nothing shows the user left it unchanged.
 * A sheet that kept its own name is paired with an earlier version's kept result of its role, if
 * any (besideOlder: 汇总 beside this run's Summary).
 *
 * @example writtenSheets([{ name: "汇总", role: "summary" }], { names: ["汇总 (2)"], kept: ["汇总"] }) // [{ role: "summary", planned: "汇总", name: "汇总 (2)", besideKept: "汇总" }]
 */
export function writtenSheets(specs: readonly Pick<SheetSpec, "name" | "role">[], written: Pick<SheetsWritten, "names" | "kept" | "keptOlder">): WrittenSheet[] {
  return specs.map((spec, i) => {
    const name = written.names[i] ?? spec.name;
    const beside = (kept: readonly string[] | undefined) => (name === spec.name ? undefined : kept?.find((k) => takesPlace(k, spec.name)));
    // A sheet that took another name says why (beside the older one, or a user's sheet); one that kept its own may still stand beside an older one of its role.
    const older = name === spec.name ? olderOfRole(written.keptOlder, spec.role) : beside(written.keptOlder);
    return { role: spec.role, planned: spec.name, name, besideKept: beside(written.kept) ?? null, ...(older === undefined ? {} : { besideOlder: older }) };
  });
}

/**
 * An earlier version's result of `role` kept beside this run's sheet that kept its own name: 汇总
 * when this run, in English, wrote Summary, or 学校达标 (2) once the user's 学校达标 it was written
 * beside is gone. Such a sheet no longer updates and is not replaced, so it is named with the sheet
 * that now holds its role, not left to be read as this run's.
 *
 * @example olderOfRole(["汇总"], "summary") // "汇总"
 */
function olderOfRole(keptOlder: readonly string[] | undefined, role: ResultRole): string | undefined {
  return keptOlder?.find((k) => resultRoleOfName(k, "copy") === role);
}

/**
 * Whether a sheet kept under `kept` holds a name the result planned as `planned` would have taken:
 * the planned name, or one the sink gave way to before (汇总 (2) beside a user's 汇总), case aside.
 */
function takesPlace(kept: string, planned: string): boolean {
  const [k, p] = [kept.toLowerCase(), planned.toLowerCase()];
  return k === p || (k.startsWith(`${p} (`) && /^ \(\d+\)$/.test(k.slice(p.length)));
}

/** The sheets written under another name than they were built with. @example renamedSheets([{ planned: "汇总", name: "汇总 (2)", … }]) // that one */
export function renamedSheets(sheets: readonly WrittenSheet[]): WrittenSheet[] {
  return sheets.filter((s) => s.name !== s.planned);
}

/** An earlier result the user renamed, kept and not updated, with the sheet this run wrote in its role. */
export interface KeptRenamed {
  readonly kept: string;
  readonly name: string;
}

/**
 * The earlier results the user renamed (SheetsWritten.renamed), each with the sheet of its role
 * this run wrote: what the closing line names, so that a user who renamed 汇总 to keep last
 * month's figures is not left reading them as this run's. One whose role this run did not write
 * has no new sheet to point to and is left out (it is simply kept, as any sheet of the user's).
 *
 * @example keptRenamed([{ role: "summary", planned: "汇总", name: "汇总", besideKept: null }], [{ name: "汇总备份", role: "summary" }]) // [{ kept: "汇总备份", name: "汇总" }]
 */
export function keptRenamed(written: readonly WrittenSheet[], renamed: NonNullable<SheetsWritten["renamed"]>): KeptRenamed[] {
  return renamed.flatMap((r) => {
    const now = written.find((w) => w.role === r.role);
    return now === undefined ? [] : [{ kept: r.name, name: now.name }];
  });
}
