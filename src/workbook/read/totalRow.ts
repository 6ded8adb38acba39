import type { Classified } from "./rowKind";
import { textAt } from "./rowMeta";
import { foldText } from "./text";
import { totalScope, type TotalScope } from "./totalLabel";
import { subtotalKind } from "./blockHeading";
import { ownershipGroup } from "./ownershipGroupIssue";
import { GRAND_TOTAL } from "./totalAgrees";
import type { TotalRowInput } from "./totalRowInput";

/** A part's total label (folded): 甲县小计, 城区合计, 乡镇小计 … — not an average (平均, 均值) or a breakdown (其中). */
const PART_TOTAL = /(?:合计|小计|总计)$/;

const NOT_A_SUM = /平均|均值|其中/;

/** The rows a part's label picks (totalScope): one stage's (小学小计) or one kind of school's (九年一贯制小计). */
export type Scope = TotalScope;

/** A part total's label (folded) naming the sheet's whole: 全镇合计, 全乡小计, 青石县合计. */
const WHOLE_SHEET_TOTAL = /^全|^.+[县市旗](?:合计|总计)$/;

/**
 * Whether a total line's label names the sheet's whole, as 合计 does: a county's name
 * (read_county_total_row: 青石县) or WHOLE_SHEET_TOTAL. Above every school it adds up all of them
 * (checkedTotals' sheetWide), and so do the 其中 lines under it (ownershipLines' isGrand).
 * @example namesWholeSheet(input, 1, "全镇合计") // true; namesWholeSheet(input, 4, "城关镇小计") // false
 */
export function namesWholeSheet({ countyTotals }: TotalRowInput, row: number, label: string): boolean {
  return countyTotals?.has(row) === true || WHOLE_SHEET_TOTAL.test(foldText(label));
}

/** A row that adds up school rows above it (or below it: `heads`): where it is, its label and the label's column, and whether it is the sheet's grand total. */
export interface TotalRow {
  readonly row: number;
  readonly column: number;
  readonly label: string;
  readonly grand: boolean;
  /**
   * It stands above the rows it adds up (rangesOf): "all" a grand total above every school (合计
   * under the header, or 青石县 / 全镇合计 there); "block" a part total heading its block (城区小计
   * right above 城区's schools), over one of `ends`; "scope" a stage's or kind's subtotal heading its
   * rows (小学小计 at the top), which may stand anywhere on the sheet.
   */
  readonly heads?: "all" | "block" | "scope";
  /**
   * For a block's heading total: the rows its block may end before, the widest last (blockEnds). For
   * a group's subtotal among the schools (乡镇学校 | 999: `group`), the same of the block under it,
   * which it may head as well as close.
   */
  readonly ends?: readonly number[];
  /** Its label names a group of schools or a 城乡 side, not a total (乡镇学校, 村小及教学点, 城区: blockHeading's subtotalKind): it may add up the rows above it or head those below. */
  readonly group?: boolean;
  /** For a part total among the schools (乡镇小计, 乡镇学校): the school rows since the total before it (or the top) its block above may begin at, as a block before it may have no subtotal (groupRanges). */
  readonly starts?: readonly number[];
  /**
   * The last stage's or kind's subtotal between the total before it and it (九年一贯制学校小计 closing
   * 金山学校 and 银山学校 before 石岭小学, 南湾小学, 乡镇小计): it bounds no block (groupRanges), yet the
   * rows above it are not said left out by a part total agreeing with the rows under it (leftOutRows).
   */
  readonly scopedBound?: number;
  /** The stage or kind of school a part's label names (小学小计, 九年一贯制小计): it adds up those rows only. */
  readonly scope: Scope | null;
  /**
   * It stands under the grand total with no school row between them (合计 | 城区 | 农村 under every
   * school): a part of the sheet's whole whose rows are not marked, right when some run of
   * consecutive school rows agrees with it (agreeingRun), as the schools of a side or group are listed together.
   */
  readonly breakdown?: boolean;
  /**
   * A group's subtotal named by who runs its schools or where (县直学校, 民办学校小计: namesGroup), not
   * a 城乡 side, whose block the layout does not give: no total before it bounds the schools above it,
   * or no school row stands between them (under 合计). Its schools need not stand together (民办
   * schools among the others), so agreeing with none of its ranges in any column, it is compared with
   * every run of schools above it (looseIssues), not warned against them all added up (s50 H1).
   */
  readonly loose?: boolean;
}

/** A total row with its label, if the label says it adds up rows (a grand or a part total, or a county's name on a county subtotal). */
export function totalRow({ grid, nameColumn, countyTotals }: TotalRowInput, row: number, classified: Classified): TotalRow | null {
  const column = classified.labelColumn ?? nameColumn;
  const label = textAt(grid, row, column) ?? "";
  const folded = foldText(label);
  if (GRAND_TOTAL.test(folded)) return { row, column, label, grand: true, scope: null };
  if (countyTotals?.has(row) === true) return { row, column, label, grand: false, scope: null };
  if (PART_TOTAL.test(folded) && !NOT_A_SUM.test(folded)) return { row, column, label, grand: false, scope: totalScope(label) };
  // 乡镇学校 | 999, 村小及教学点 | 45: rowKind read the row as a block's subtotal by its words alone (subtotalKind).
  // 其中：民办学校 under 合计 (ownershipLines): the 民办 schools' subtotal, which no sum word ends.
  const group = subtotalKind(label) !== null || ownershipGroup(label) !== null;
  return classified.kind === "total" && group ? { row, column, label, grand: false, scope: null, group: true } : null;
}
