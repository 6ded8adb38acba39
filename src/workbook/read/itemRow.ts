import type { StagelessItem } from "./stagelessFigures";
import type { RotationCountKind } from "./rotationCounts";
import { payAmountKind } from "./payAmounts";
import type { ItemPart } from "./twoParts";

/** A county item as found on its row (rowItems, itemsAcross): where its name and value are, and what it was read as. */
export interface ItemRow {
  readonly row: number;
  readonly itemColumn: number;
  /** Null when, without a value column, no cell right of the item reads as its value (`unread`). */
  readonly valueColumn: number | null;
  readonly code: string | null;
  /** The head count of G11 the row gives (rotationCountKind), when it gives one: such a row has no code. */
  readonly countKind: RotationCountKind | null;
  /** G7 or G13 named for no one stage (specialFundingBothStages, nearbyBothStages): read as its primary code (readAs), then given its stages (stagelessFigures). */
  readonly stageless: StagelessItem | null;
  /** The two parts of an item the row's sentence names whole (wholeItemParts: 小学、初中…分别达到100%、95%), in its order; null for any other row. */
  readonly parts: readonly [ItemPart, ItemPart] | null;
  readonly text: string;
  /** Unit cells beside the item on a sheet without a value column (`%`, `万元`). */
  readonly unitText: string;
  readonly unread: readonly string[];
  /** An item of one stage under stage columns (ownStageItem): the other stage's cell, which gives something not used. */
  readonly otherStage?: { readonly column: number; readonly own: Stage };
  /** An item of one stage read from the other stage's column (ownStageItem): its own stage's cell, blank or /. */
  readonly ownStageEmpty?: { readonly column: number; readonly own: Stage };
  /**
   * An item of one stage whose own cell says none or not applicable (/, —, 无, 不适用) beside a value in
   * the other stage's cell (ownStageItem): not read (figureOf), said at the own cell; `otherColumn` the cell not used.
   */
  readonly ownMarked?: { readonly own: Stage; readonly otherColumn: number };
  /** An item of one stage read from the 全县 column (ownStageItem: its own cell blank), that own cell. */
  readonly fromWhole?: { readonly ownColumn: number };
  /** An item of one stage read from its own cell (ownStageItem): the 全县 cell, which gives something not used. */
  readonly wholeSetAside?: { readonly column: number; readonly own: Stage };
  /**
   * A stage cell of a stage-less G7 or G13 row holding its own stage's value under that stage's label
   * (初中96.8% in the 初中 cell): the value without it (96.8%), read as the cell (ownLabelled); or, for
   * an item of one stage read from the other stage's cell (ownStageEmpty), the value there under its
   * own stage's label (初中三年巩固率 | 小学100%，初中96.8% | blank: 96.8%, stageLabelled).
   */
  readonly ownLabelled?: string;
  /**
   * A stage cell of a stage-less G7 or G13 row saying none or not applicable (/, —, 无, 不适用: markedNone):
   * no figure for that stage, said at the cell (read_figure_stage_marked_none), not refused as a bad value.
   */
  readonly stageMarked?: Stage;
  /** A stage cell of a stage-less G7 or G13 row giving both stages' values (小学100%，初中96.8%) beside a value in the other stage's cell (byStage). */
  readonly bothStagesTyped?: { readonly own: Stage; readonly otherColumn: number };
  /** A stage-less G7 or G13 row read by stage (byStage), on its first item: the 全县 cell beside, not read. */
  readonly wholeBeside?: number;
}

/** The stage a stage cell or an item of one stage gives (小学 primary, 初中 junior). */
export type Stage = "primary" | "junior";

/** Whether a row gives an item read: a county item, or an amount of pay or a head count G8 or G11 is computed from. */
export function isKnown(item: ItemRow): boolean {
  return item.code !== null || item.countKind !== null || payAmountKind(item.text) !== null;
}
