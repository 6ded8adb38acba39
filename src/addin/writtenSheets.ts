import type { ResultRole, SheetSpec, SheetsWritten } from "../workbook/types";

/** One result sheet as written: its role, the name it was built with, and the name it got. */
export interface WrittenSheet {
  readonly role: ResultRole;
  readonly planned: string;
  readonly name: string;
  /** The sheet of its planned name is an earlier result the user changed since, kept as theirs (SheetsWritten.kept). */
  readonly besideKept: boolean;
}

/**
 * The sheets built, each with the name the sink gave it (in order): a result whose name a sheet
 * that stays holds gets another (`汇总 (2)`), beside a user's own sheet or an earlier result the
 * user changed.
 *
 * @example writtenSheets([{ name: "汇总", role: "summary" }], { names: ["汇总 (2)"], kept: ["汇总"] }) // [{ role: "summary", planned: "汇总", name: "汇总 (2)", besideKept: true }]
 */
export function writtenSheets(specs: readonly Pick<SheetSpec, "name" | "role">[], written: SheetsWritten): WrittenSheet[] {
  const kept = new Set(written.kept.map((n) => n.toLowerCase()));
  return specs.map((spec, i) => {
    const name = written.names[i] ?? spec.name;
    return { role: spec.role, planned: spec.name, name, besideKept: name !== spec.name && kept.has(spec.name.toLowerCase()) };
  });
}

/** The sheets written under another name than they were built with. @example renamedSheets([{ planned: "汇总", name: "汇总 (2)", … }]) // that one */
export function renamedSheets(sheets: readonly WrittenSheet[]): WrittenSheet[] {
  return sheets.filter((s) => s.name !== s.planned);
}
