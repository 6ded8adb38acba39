import { NO_DATA_PHRASE } from "./noDataMarks";
import { noneMarkOf } from "./parseCellNumber";
import { normaliseText } from "./text";

/**
 * What a 备注 cell holds to say there is nothing to remark, beside the marks of none (无, 没有, 空, —, /):
 * 暂无, 无备注, and the sheet's words for no data (NO_DATA_PHRASE: 暂无数据, 无数据, 数据不详). Not 待核实
 * (the value is pending: a remark) nor 无 with more after it (无（有1例）).
 */
const NO_REMARK = new RegExp(`^(?:暂无|(?:无|暂无)(?:备注|说明)|${NO_DATA_PHRASE})$`);

/**
 * Whether a remark cell (备注, 说明 of a county figures sheet) says only that there is nothing to remark
 * (F7 of s49 H1: 违规择校 | blank | blank | 无 was judged 无, the veto passed, on such a remark): the
 * row is then read as if the cell were blank. A full stop after it changes nothing.
 * @example saysNoRemark("无") // true; saysNoRemark("暂无数据。") // true; saysNoRemark("—") // true
 * @example saysNoRemark("有") // false; saysNoRemark("初中1起") // false; saysNoRemark("待核实") // false
 */
export function saysNoRemark(text: string): boolean {
  const folded = normaliseText(text).replace(/[。.!]+$/, "");
  return noneMarkOf(folded) !== null || NO_REMARK.test(folded);
}
