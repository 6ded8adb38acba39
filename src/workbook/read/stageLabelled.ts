import type { Stage } from "../../engine/types";
import { pieceOf, type ItemPart } from "./twoParts";

/** Where a cell giving one value per stage parts them: a mark before a stage's name (小学100%，初中96.8%; 小学100% 初中96.8%). */
const BEFORE_LABEL = /[,，;；、\s]+(?=小学|初中)/u;
/** The two stages as parts named by their own word, for pieceOf (no item's label words: the item is of one stage, and any). */
const STAGE_PARTS: readonly [ItemPart, ItemPart] = [
  { code: "stage_primary", marker: /小学/ },
  { code: "stage_junior", marker: /初中/ },
];
const PART_STAGE: Readonly<Record<string, Stage>> = { stage_primary: "primary", stage_junior: "junior" };

/**
 * The value a cell gives `stage` under that stage's label, every part of the cell labelled with a
 * stage: 初中96.8%, 初中：96.8%, 初中段96.8%, 初中为96.8% or 小学100%，初中96.8% give the junior stage 96.8%.
 * A county item of one stage (初中三年巩固率) typed so in the other stage's column was refused with "no
 * value read" (reviewer R3 of s49, B3); the caller reads the value and says the cell is the other
 * stage's. A label and its value are read as a stage cell of a G7 / G13 row reads them (ownLabelled,
 * rowItems.ts) and a two-part cell reads its parts: one parser, pieceOf (twoParts.ts), so
 * that 初中为96.8% and 初中段96.8% are read alike everywhere (they were each refused by one of the two,
 * s50 H2). Undefined when a part has no stage label (96.8%（初中）, 100%，初中96.8%), a label is
 * qualified (初中约96.8%, 初中低于95%), the stage is not labelled, or labelled twice: which value is the
 * stage's is then unsure.
 *
 * @example stageLabelled("小学100%，初中96.8%", "junior") // "96.8%"
 * @example stageLabelled("初中：96.8%", "junior") // "96.8%"; stageLabelled("初中为96.8%", "junior") // "96.8%"
 * @example stageLabelled("小学100%", "junior") // undefined; stageLabelled("96.8%", "junior") // undefined
 */
export function stageLabelled(text: string, stage: Stage): string | undefined {
  const pieces = text.trim().split(BEFORE_LABEL).map((part) => labelledValue(part));
  if (pieces.some((piece) => piece === null)) return undefined;
  const own = pieces.filter((piece) => piece?.stage === stage);
  return own.length === 1 ? own[0]?.value : undefined;
}

/** A part's stage and the value after its label (pieceOf), or null when it has no stage label or a qualified one. */
function labelledValue(part: string): { stage: Stage; value: string } | null {
  const piece = pieceOf(part, STAGE_PARTS);
  const stage = PART_STAGE[piece?.label?.code ?? ""];
  if (piece === null || stage === undefined || piece.value === part) return null;
  return { stage, value: piece.value };
}
