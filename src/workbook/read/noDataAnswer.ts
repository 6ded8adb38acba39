import { NO_DATA_PHRASE } from "./noDataMarks";
import { normaliseText } from "./text";
import { UNVERIFIED } from "./unverifiedRemark";

/**
 * What a county figures cell says when the county has no figure yet: what a sheet's note calls
 * unknown (NO_DATA_PHRASE: 暂无数据, 数据不详, 缺失, 无法统计), what a county writes of a figure
 * not yet out (尚无数据, 数据暂缺, 尚未统计) and the words that say a value is not yet checked,
 * without the value (UNVERIFIED: 待核实, 待确认, 暂定; 96.8%（待核实） is the value, unverifiedRemark),
 * optionally with a bracketed remark after it (暂无数据（待残联核对）) or a full stop. Not 暂无 / 无 /
 * 没有 alone: beside a veto item they answer that there is no case.
 */
const NO_DATA = new RegExp(`^(?:${NO_DATA_PHRASE}|${UNVERIFIED}|(?:暂无|尚无|暂缺|无|没有|缺少?)(?:相关|统计)?数据|数据(?:暂缺|未出|待定|待统计|待核实)|(?:暂未|尚未|未)(?:统计|提供|公布)|(?:待|正在)(?:统计|公布)|正在核实)$`);

/**
 * Whether a county figure's cell says there is no figure yet, rather than giving one the reader
 * could not read: the item is then not assessed for want of data, as if the cell were blank, and
 * said so — not refused as a value that cannot be read (read_figure_bad_value asked a county that
 * wrote 暂无数据 to retype its ratio, and the results said 填报值未能读取).
 *
 * @example saysNoData("暂无数据") // true; saysNoData("暂无数据（待残联核对）") // true; saysNoData("尚未统计。") // true
 * @example saysNoData("暂无") // false (no case, beside a veto item); saysNoData("96%") // false
 */
export function saysNoData(text: string): boolean {
  const folded = normaliseText(text).replace(/[。.!]+$/, "");
  return NO_DATA.test(folded.replace(/\([^()]*\)$/, ""));
}
