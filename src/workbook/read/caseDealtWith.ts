/**
 * A sanction named by its kind (撤销党内职务, 撤销行政职务, 撤销党内职务处分): the 撤销 is what was done to the
 * person, so a case was there to sanction, not a case withdrawn (有1起（已撤销）). Not 撤销处分 nor
 * 处分已撤销: a sanction revoked, which may be because the case was not made out; both are refused as
 * 已撤销 is. 有1起（已撤销处分） was read as a case while 有1起（处分已撤销） was refused (s52 H1).
 * Global: answerRemark.ts takes these words out of a remark (replace) before it looks for a denying one.
 */
export const SANCTION = /撤销(?:党内|行政)?职务(?:处分)?/g;

/**
 * Words saying what was done about a case (rules.md §6: a veto item is triggered by the event, however it
 * was dealt with): put right (整改, 纠正), handled (处理, 处置), investigated and punished (查处), criticised
 * in a circular (通报), summoned for a talk (约谈), held to account (问责, 追责), a case opened or closed (立案,
 * 结案), a sanction (处分, 撤职, 免职, SANCTION). Each says the case happened: one list for both readers of a
 * remark, the answer beside an item worded as a negative (无违规择校行为 | 有（已通报）: figureWording.ts) and
 * the count of cases (有1起（已纠正）: answerRemark.ts), which held two lists that disagreed until s52 H1
 * (the first lacked 通报 / 约谈 / 问责 / 追责 …, the second 纠正). Not 更正 (a figure corrected: the
 * answer taken back, answerRemark.ts DENYING).
 *
 * Also the other words a bureau writes for the same acts (FURTHER_DEALT_WITH): without them 违规择校 |
 * 无（已改正）, 无（立行立改）, 无（已清退）, 无（已处罚）, 无（已移交纪委） cleared the veto as a plain 无
 * (R1 of s52), where 无（已纠正） was refused.
 *
 * @example DEALT_WITH.test("已通报") // true; DEALT_WITH.test("已纠正") // true; DEALT_WITH.test("见附件") // false
 * @example DEALT_WITH.test("已改正") // true; DEALT_WITH.test("已清退") // true; DEALT_WITH.test("已移交纪委") // true
 */
export const DEALT_WITH = new RegExp(`整改|纠正|处理|处置|查处|通报|约谈|问责|追责|立案|结案|处分|撤职|免职|${SANCTION.source}|${furtherDealtWith()}`);

/**
 * What else a bureau writes for putting a case right or acting on it: 改正 (责令改正), 立行立改 and 边查边改
 * (put right on the spot: 改 alone would take in 改革), 清退 and 退费 (pupils admitted by choice sent back,
 * their fees returned), 查办, 惩处, 处罚, 警告, 记过, 记大过, 开除, 诫勉 (a warning talk), 批评教育, 移交 and
 * 移送 (handed to the discipline body or the courts), 督办, 办结, 追究 (追究责任), 取缔, 叫停, 销号 (struck from
 * a rectification list). Each is something done about a case, so each says one happened.
 */
function furtherDealtWith(): string {
  return ["改正", "立行立改", "边查边改", "清退", "退费", "查办", "惩处", "处罚", "警告", "记过", "记大过", "开除", "诫勉", "批评教育", "移交", "移送", "督办", "办结", "追究", "取缔", "叫停", "销号"].join("|");
}
