import type { ResultRole, SheetSpec } from "../workbook/types";

/** One result sheet as written: its role, the name it was built with, and the name it got. */
export interface WrittenSheet {
  readonly role: ResultRole;
  readonly planned: string;
  readonly name: string;
}

/**
 * The sheets built, each with the name the sink gave it (WorkbookSink.writeSheets returns them in
 * order): a result whose name a sheet of the user's holds gets another (`汇总 (2)`).
 *
 * @example writtenSheets([{ name: "汇总", role: "summary", … }], ["汇总 (2)"]) // [{ role: "summary", planned: "汇总", name: "汇总 (2)" }]
 */
export function writtenSheets(specs: readonly Pick<SheetSpec, "name" | "role">[], names: readonly string[]): WrittenSheet[] {
  return specs.map((spec, i) => ({ role: spec.role, planned: spec.name, name: names[i] ?? spec.name }));
}

/** The sheets written under another name than they were built with. @example renamedSheets([{ planned: "汇总", name: "汇总 (2)", … }]) // that one */
export function renamedSheets(sheets: readonly WrittenSheet[]): WrittenSheet[] {
  return sheets.filter((s) => s.name !== s.planned);
}
