import { nearbyBothStages, specialFundingBothStages } from "./figureWording";
import { readAs } from "./stagelessFigures";
import { matchCountyItem } from "./matchCountyItem";
import { rotationCountKind } from "./rotationCounts";
import { normaliseText } from "./text";
import type { ItemRow } from "./itemRow";

/**
 * The stage a sub-item names alone (小学, 初中阶段), or null (none, or both): it decides the row's
 * stage, so that no stage-less rule of G7 or G13 applies to it (classify).
 * @example subStage("初中") // "初中"; subStage("小学、初中") // null
 */
export function subStage(sub: string): "小学" | "初中" | null {
  const t = normaliseText(sub);
  if (t.includes("小学") === t.includes("初中")) return null;
  return t.includes("小学") ? "小学" : "初中";
}

/** A unit that counts heads or things (人, 名, 个): a count, never a ratio. */
export const COUNT_UNIT = /^\(?(人|名|人次|个|所|间|班)\)?$/;

/**
 * The code of an item name, or the head count of G11 it gives (交流轮岗教师人数, 骨干教师交流轮岗人数:
 * no code, though it names 交流轮岗; rotationFigures). A sub-item is classed alone first: a count
 * under a parent named as a rate (教师交流轮岗比例 | 交流轮岗教师人数（人）) is a count, not the rate;
 * a name in 人 by its 单位 column (交流轮岗教师 | 45 | 人) is one too. A sub-item naming a stage
 * (subStage) is never stage-less.
 */
export function classify(text: string, sub = "", unit = ""): Pick<ItemRow, "code" | "countKind" | "stageless"> {
  const inPeople = COUNT_UNIT.test(normaliseText(unit)) ? rotationCountKind(`${sub === "" ? text : sub}（人）`) : null;
  const countKind = rotationCountKind(sub) ?? rotationCountKind(text) ?? inPeople;
  const stageless = countKind !== null || subStage(sub) !== null ? null : specialFundingBothStages(text) ? "G7" : nearbyBothStages(text) ? "G13" : null;
  if (stageless !== null) return { code: readAs(stageless), countKind, stageless };
  return { code: countKind === null ? matchCountyItem(text) : null, countKind, stageless };
}
