import type { Stage } from "../../engine/types";

/** A stage's label before its value (初中96.8%, 初中：96.8%, 初中段96.8%), and the value after it. */
const LABELLED = /^(小学|初中)(?:段|阶段)?\s*[:：]?\s*(.+)$/u;
/** Marks between the values of a cell giving one per stage (小学100%，初中96.8%; 小学100%；初中96.8%). */
const BETWEEN = /[,，;；、\s]+/u;
const LABEL_STAGE: Readonly<Record<string, Stage>> = { 小学: "primary", 初中: "junior" };

/**
 * The value a cell gives `stage` under that stage's label, every part of the cell labelled with a
 * stage: 初中96.8%, 初中：96.8% or 小学100%，初中96.8% give the junior stage 96.8%. A county item of one
 * stage (初中三年巩固率) typed so in the other stage's column was refused with "no value read"
 * (reviewer R3 of s49, B3); the caller reads the value and says the cell is the other stage's.
 * Undefined when a part has no stage label (96.8%（初中）, 100%，初中96.8%), the stage is not labelled,
 * or labelled twice: which value is the stage's is then unsure.
 *
 * @example stageLabelled("小学100%，初中96.8%", "junior") // "96.8%"
 * @example stageLabelled("初中：96.8%", "junior") // "96.8%"
 * @example stageLabelled("小学100%", "junior") // undefined; stageLabelled("96.8%", "junior") // undefined
 */
export function stageLabelled(text: string, stage: Stage): string | undefined {
  // 初中: 96.8%: the space after the colon binds label and value, it does not part them.
  const parts = text.trim().replace(/\s*[:：]\s*/gu, ":").split(BETWEEN).filter((part) => part !== "").map((part) => LABELLED.exec(part));
  if (parts.some((part) => part === null)) return undefined;
  const own = parts.filter((part) => LABEL_STAGE[part?.[1] ?? ""] === stage);
  return own.length === 1 ? own[0]?.[2] : undefined;
}
