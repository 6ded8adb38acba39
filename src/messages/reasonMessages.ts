import type { MessageTable } from "./types";

/**
 * 汇总 and 政府保障与质量: the reasons beside an area's verdict, saying what is not met (with the
 * figure where the item has one) or why it is not yet assessed, rather than the item's title
 * (src/workbook/write/itemReasonText.ts); and the sheets' words for a target reached, an estimated
 * verdict, a monitoring level and a county without a name.
 */
export const REASON_MESSAGES: MessageTable = {
  // An item not met: its name negated. Items whose title states the requirement met say so in their own words.
  out_item_not_met: { zh: "{name}未达标", en: "{name} not met" },
  out_item_not_met_G1: { zh: "规划布局不合理", en: "School layout planning not sound" },
  out_item_not_met_G6: { zh: "公用经费未达生均标准", en: "Public funding below the per-student norm" },
  out_item_not_met_G8: { zh: "教师平均工资收入水平低于当地公务员", en: "Teachers' average pay below local civil servants'" },
  // The detail is a sentence of its own elsewhere (out_basis_no_funding_norm, out_reason_parts_missing): inside this one English lowers its capital.
  out_reason_detail: { zh: "{head}：{detail}", en: "{head}: {detail:lower}" },
  out_reason_join: { zh: "{first}，{then}", en: "{first}, {then}" },
  out_reason_schools_failing: { zh: "{n} 所学校未达标", en: "{n} schools fail" },
  out_reason_schools_failing_one: { zh: "{n} 所学校未达标", en: "{n} school fails" },
  out_reason_unknown_more: { zh: "；另有 {n} 所数据不全，无法判断", en: "; {n} more schools could not be judged (data incomplete)" },
  out_reason_unknown_more_one: { zh: "；另有 {n} 所数据不全，无法判断", en: "; {n} more school could not be judged (data incomplete)" },
  // G6 when every school without a verdict lacks only its 城乡分类, which decides its small-school tier.
  out_reason_unknown_more_rurality: { zh: "；另有 {n} 所缺少城乡分类，无法判断", en: "; {n} more schools could not be judged (urban/rural classification not given)" },
  out_reason_unknown_more_rurality_one: { zh: "；另有 {n} 所缺少城乡分类，无法判断", en: "; {n} more school could not be judged (urban/rural classification not given)" },
  out_reason_schools_unknown_rurality: { zh: "{n} 所学校缺少城乡分类，无法判断", en: "{n} schools could not be judged (urban/rural classification not given)" },
  out_reason_schools_unknown_rurality_one: { zh: "{n} 所学校缺少城乡分类，无法判断", en: "{n} school could not be judged (urban/rural classification not given)" },
  out_reason_schools_unknown: { zh: "{n} 所学校数据不全，无法判断", en: "{n} schools could not be judged (data incomplete)" },
  out_reason_schools_unknown_one: { zh: "{n} 所学校数据不全，无法判断", en: "{n} school could not be judged (data incomplete)" },
  // In English the count stands after "rooms": "1 music and 1 art rooms" reads wrong for any count of 1.
  out_reason_rooms_short: { zh: "共缺音乐教室 {music} 间、美术教室 {art} 间", en: "rooms short in all: {music} music, {art} art" },
  // Some school's room shortfall is a lower bound (SchoolGuarantee.roomsShortLowerBound): so is the sum.
  out_reason_rooms_short_floor: { zh: "共至少缺音乐教室 {music} 间、美术教室 {art} 间", en: "rooms short in all: at least {music} music, {art} art" },
  // One kind of room short, the other not: its 0 is no shortfall to state (itemReasonText's oneRoomKindText).
  out_reason_music_rooms_short: { zh: "共缺音乐教室 {n} 间", en: "music rooms short in all: {n}" },
  out_reason_music_rooms_short_floor: { zh: "共至少缺音乐教室 {n} 间", en: "music rooms short in all: at least {n}" },
  out_reason_art_rooms_short: { zh: "共缺美术教室 {n} 间", en: "art rooms short in all: {n}" },
  out_reason_art_rooms_short_floor: { zh: "共至少缺美术教室 {n} 间", en: "art rooms short in all: at least {n}" },
  // A count of 1 takes the _one form (message(): params.n).
  out_reason_students_over: { zh: "共超规模 {n} 人", en: "{n} students over the size cap in all" },
  out_reason_students_over_one: { zh: "共超规模 {n} 人", en: "{n} student over the size cap in all" },
  out_reason_classes_over: { zh: "超班额 {n} 个班", en: "{n} classes over the size cap" },
  out_reason_classes_over_one: { zh: "超班额 {n} 个班", en: "{n} class over the size cap" },
  out_reason_classes_over_floor: { zh: "超班额至少 {n} 个班", en: "at least {n} classes over the size cap" },
  out_reason_classes_over_floor_one: { zh: "超班额至少 {n} 个班", en: "at least {n} class over the size cap" },
  out_reason_funding_short: { zh: "合计缺 {amount} 元", en: "{amount} yuan short in all" },
  // Some school's shortfall is a lower bound (FundingLowerBound): so is the sum.
  out_reason_funding_short_floor: { zh: "合计至少缺 {amount} 元", en: "at least {amount} yuan short in all" },
  // A figure item (G8) the county answered 否 instead of giving its figure (itemReasonText.ts countyDetail).
  out_reason_answered: { zh: "按县级填报的“是/否”（{cell}），未经数值核对", en: "as declared yes / no in the county figures ({cell}), not checked against a figure" },
  out_reason_figure: { zh: "{figure}（要求 {rule} {threshold}）", en: "{figure} (rule {rule} {threshold})" },
  out_reason_rate: { zh: "全县 {figure}（要求 {rule} {threshold}）", en: "county {figure} (rule {rule} {threshold})" },
  out_reason_lowest: { zh: "最低 {figure}（要求 {rule} {threshold}）", en: "lowest {figure} (rule {rule} {threshold})" },
  out_reason_no_data: { zh: "缺少数据", en: "no data" },
  // A value given but not read (unreadFigures.ts): not "no data".
  // An item the school sheet lacks the columns for (read_item_columns_missing names them).
  out_reason_no_columns: { zh: "工作表“{sheet}”中没有所需的列（见“数据问题”）", en: "sheet “{sheet}” has no column it needs (see Data issues)" },
  out_reason_not_read: { zh: "{cells} 的填报值未能读取（见“数据问题”）", en: "the value given at {cells} could not be read (see Data issues)" },
  // Counts read that give no figure (G11 with 0 eligible teachers: unreadFigures.ts uncomputedCells), as 政府保障与质量's out_basis_not_computed.
  out_reason_not_computed: { zh: "{cells} 的填报数无法算出比例（见“数据问题”）", en: "no ratio can be computed from the figures at {cells} (see Data issues)" },
  // The item's row there with its value blank (blankCells), as out_basis_blank: where to type it.
  out_reason_blank: { zh: "{cells} 未填", en: "{cells} left blank" },
  // The item's cell saying the county has no figure yet (noDataCells: 暂无数据), as out_basis_no_data_yet.
  out_reason_no_data_yet: { zh: "{cells} 填写为暂无数据", en: "{cells} says there is no data yet" },
  out_reason_parts_missing: { zh: "缺少{parts}", en: "{parts} not given" },
  // G6's short name, before out_basis_no_funding_norm when the profile sets no norm: its title states the norm met.
  out_reason_G6_no_norm: { zh: "G6 公用经费", en: "G6 Public funding" },
  out_reason_cv: { zh: "{cv}，限值 {limit}", en: "{cv}, limit {limit}" },
  out_reason_sections: { zh: "{failing} 个（已判定 {evaluated} 个）", en: "{failing} of the {evaluated} judged" },

  // The task pane's areas tile: an area's reasons in short (areaReasonsShort.ts); 汇总's 说明 says them at length.
  out_short_group: { zh: "{subjects} {kind}", en: "{subjects}: {kind}" },
  out_short_more: { zh: "{subjects} 等 {n} 项{kind}", en: "{n} items ({subjects}…): {kind}" },
  out_short_sections_failing: { zh: "{n} 个学校（学段）未达标", en: "{n} school sections fail" },
  out_short_sections_failing_one: { zh: "{n} 个学校（学段）未达标", en: "{n} school section fails" },
  out_short_sections_unjudged: { zh: "{n} 个学校（学段）无法评估", en: "{n} school sections could not be evaluated" },
  out_short_sections_unjudged_one: { zh: "{n} 个学校（学段）无法评估", en: "{n} school section could not be evaluated" },
  out_short_sections_none: { zh: "{n} 个学校（学段）均无法评估", en: "none of the {n} school sections could be evaluated" },
  out_short_sections_none_one: { zh: "{n} 个学校（学段）无法评估", en: "the {n} school section could not be evaluated" },
  out_short_cv_over: { zh: "差异系数超限", en: "CV over the limit" },
  out_short_not_met: { zh: "未达标", en: "not met" },
  out_short_no_norm: { zh: "规则未设生均公用经费标准", en: "no per-student funding norm in the profile" },
  out_short_not_read: { zh: "填报值未能读取", en: "values given not read" },
  out_short_not_computed: { zh: "填报数无法算出比例", en: "no ratio from the figures given" },
  out_short_blank: { zh: "未填", en: "left blank" },
  out_short_no_data_yet: { zh: "暂无数据", en: "no data yet" },
  out_short_no_columns: { zh: "学校表缺少所需的列", en: "columns missing from the school sheet" },
  out_short_schools_unknown: { zh: "有学校数据不全", en: "some schools' data incomplete" },
  out_short_parts_missing: { zh: "缺少部分县级数据", en: "some county figures not given" },
  out_short_no_data: { zh: "缺少数据", en: "no data" },
  // After the groups, where items lack figures and the figures list names a county the schools lack (unmatchedCountyNote.ts).
  out_short_county_unmatched: { zh: "{cell} 的“{counties}”未对应任何县区", en: "“{counties}” at {cell} matches no county" },

  // 汇总's target row and column: whether the year's target is reached, in words other than 达标 (the areas' verdict beside it).
  out_target_reached: { zh: "已达到目标", en: "Target reached" },
  out_target_not_reached: { zh: "未达到目标", en: "Target not reached" },
  out_note_county_unnamed: {
    zh: "未在标题或县区列中找到县名，表中称“{name}”",
    en: "The county's name was found neither in a title nor in a county column: shown as “{name}”",
  },
  // The same where other rows name their counties: rows whose 县区 cell is blank (read_county_blank), or rows of a sheet without a name.
  out_note_county_blank: { zh: "县区为空的 {n} 行归入“{name}”", en: "{n} rows with a blank county cell are shown as “{name}”" },
  out_note_county_blank_one: { zh: "县区为空的 {n} 行归入“{name}”", en: "{n} row with a blank county cell is shown as “{name}”" },
  out_note_county_partly_unnamed: {
    zh: "部分学校未在标题或县区列中找到县名，归入“{name}”",
    en: "Some schools' county was found neither in a title nor in a county column: shown as “{name}”",
  },
  // 汇总, under the title, where a combined school is in scope: the share passing counts its sections apart (summarySheet's sectionCountNote).
  out_note_sections_counted: {
    zh: "学校（学段）达标比例按学段计：九年一贯制、十二年一贯制学校的小学部、初中部各计为一个小学、一个初中（与七项指标、差异系数一样分学段计算），因此一所学校可计两次",
    en: "The share passing counts school sections: the primary and junior sections of a nine-year or twelve-year school count as a primary school and a junior school (as the seven indicators and the coefficients are computed by stage), so one school may count twice",
  },
  // 汇总, after an area's reasons, where its items lack figures and the figures list names a county the schools lack (unmatchedCountyNote.ts).
  out_note_county_unmatched: {
    zh: "{cell} 的“{counties}”与学校数据中的县区都不对应，其指标未用于本县区：若即本县区，请统一名称（见“数据问题”）",
    en: "“{counties}” at {cell} matches no county of the school data, so its figures were not used here: if it is this county, write its name the same way in both (see Data issues)",
  },
  // 政府保障与质量, the caption of such a county's table: its items' 依据 say 无数据 with no cell to point at (unmatchedCountyCaption).
  out_caption_county_unmatched: {
    zh: "{county} · 下表待评估的县级指标项目：{cell} 的“{counties}”与学校数据中的县区都不对应，其指标未用于本县区；若即本县区，请统一名称（见“数据问题”）",
    en: "{county} · County items not yet assessed below: “{counties}” at {cell} matches no county of the school data, so its figures were not used here; if it is this county, write its name the same way in both (see Data issues)",
  },
  out_verdict_met_estimated: { zh: "达标（估算，待核实）", en: "Met (estimated, to be checked)" },
  // 汇总: an item met only on an estimate (G3's compliant rooms from the total area, estimatedPasses.ts), after the area's reasons: it may not hold.
  out_caveat_met_estimated: { zh: "{code} 达标为估算，待核实（{n} 所学校）", en: "{code} met on an estimate, to be checked ({n} schools)" },
  out_caveat_met_estimated_one: { zh: "{code} 达标为估算，待核实（{n} 所学校）", en: "{code} met on an estimate, to be checked ({n} school)" },
  out_level: { zh: "{level}级", en: "Level {level}" },
};
