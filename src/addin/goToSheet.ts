import { causeChain } from "./failure";
import { splitReference } from "../workbook/address";

/** Excel's code for a sheet no sheet of the workbook is named (worksheets.getItem): OfficeExtension.ErrorCodes.itemNotFound. */
const ITEM_NOT_FOUND = "ItemNotFound";

/** The sheet a link leads to is not in the workbook any more; its catalogue code and params say so in the user's language (failureText). */
export class SheetGone extends Error {
  readonly params: Readonly<Record<string, string>>;

  constructor(
    readonly code: "addin_result_sheet_gone" | "addin_cell_sheet_gone",
    params: Readonly<Record<string, string>>,
    cause: unknown,
  ) {
    super(`sheet ${params.sheet ?? ""} not found`, { cause });
    this.name = "SheetGone";
    this.params = params;
  }
}

/** Whether Excel answered that the sheet asked for is not there (anywhere in the error's causes). */
function notFound(error: unknown): boolean {
  return causeChain(error).some((e) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === ITEM_NOT_FOUND);
}


/**
 * Runs `navigate` to a result sheet by its name: when Excel has no sheet of that name (the user
 * renamed or deleted it since it was written) the failure says that, and to evaluate again,
 * rather than Excel's "ItemNotFound".
 *
 * @example await goToResult("汇总", () => navigator.activateSheet("汇总")) // throws SheetGone("addin_result_sheet_gone", { sheet: "汇总" }) once 汇总 was renamed
 */
export async function goToResult(sheet: string, navigate: () => Promise<void>): Promise<void> {
  try {
    await navigate();
  } catch (error) {
    throw notFound(error) ? new SheetGone("addin_result_sheet_gone", { sheet }, error) : error;
  }
}

/**
 * Runs `navigate` to a data issue's cell (`Sheet!D7`): when its sheet is gone (renamed or deleted
 * since the evaluation), the failure says so, and that evaluating again points to the cells anew.
 * @example await goToCell("学校!B6", () => navigator.selectCell("学校!B6")) // throws SheetGone("addin_cell_sheet_gone", { sheet: "学校", cell: "学校!B6" }) once 学校 was renamed
 */
export async function goToCell(cell: string, navigate: () => Promise<void>): Promise<void> {
  try {
    await navigate();
  } catch (error) {
    throw notFound(error) ? new SheetGone("addin_cell_sheet_gone", { sheet: splitReference(cell)?.sheet ?? cell, cell }, error) : error;
  }
}
