import { cvReason } from "../engine/verdict/cvReason";
import { INDICATOR_CODES, STAGES } from "../engine/types";
import type { MessageTable } from "./types";

const STAGE_ZH = { primary: "小学", junior: "初中" } as const;
const STAGE_EN = { primary: "primary", junior: "junior secondary" } as const;

/** `L3_primary_cv`…: the reason codes of a coefficient over its limit (cvReason). */
function cvReasonMessages(): MessageTable {
  const out: Record<string, { zh: string; en: string }> = {};
  for (const stage of STAGES) {
    for (const code of INDICATOR_CODES) {
      out[cvReason(code, stage)] = { zh: `${STAGE_ZH[stage]} ${code} 差异系数超过限值`, en: `${STAGE_EN[stage]} ${code}: difference coefficient (CV) over the limit` };
    }
  }
  return out;
}

/** Issues and reason codes of the guarantee, quality, recognition and verdict code (src/engine/guarantee, src/engine/verdict). */
export const GUARANTEE_MESSAGES: MessageTable = {
  // {itemTitle}: an item code `item` (G3) with its name (音乐、美术专用教室), so that it is not read as a cell address.
  // {countyItem}: a county or veto item code, shown by its name (county_… / veto_… labels).
  county_figure_not_boolean: { zh: "县级项目“{countyItem}”应填“是/否”，实际为“{value}”，该项待评估", en: "County item “{countyItem}” should be yes / no, found “{value}”; not yet assessed" },
  county_figure_not_number: { zh: "县级项目“{countyItem}”应填数值，实际为“{value}”，该项待评估", en: "County item “{countyItem}” should be a number, found “{value}”; not yet assessed" },
  county_figure_negative: { zh: "县级项目“{countyItem}”为负数（{value}），该项待评估", en: "County item “{countyItem}” is negative ({value}); not yet assessed" },
  county_figure_ratio_above_one: {
    zh: "县级项目“{countyItem}”是比例，应在 0～100% 之间，填写的 {value} 超出（百分数请带 % 号，如 95%，或写成小数 0.95），该项待评估",
    en: "County item “{countyItem}” is a ratio between 0 and 100%, but {value} is above it (write a percentage with its % sign, e.g. 95%, or as a fraction, 0.95); not yet assessed",
  },
  county_figure_not_level: {
    zh: "县级项目“{countyItem}”是质量监测等级，应为 1～4（Ⅰ～Ⅳ级），填写的 {value} 不是等级（达到某等级的学生比例不是等级），该项待评估",
    en: "County item “{countyItem}” is a quality-monitoring level, 1 to 4 (Ⅰ–Ⅳ), but {value} is not one (a share of students at a level is not a level); not yet assessed",
  },
  county_figure_overruled: {
    zh: "{itemTitle}：县级填报值为“{countyVerdict}”，学校数据为“{schoolVerdict}”；以学校数据为准，请核对县级填报值",
    en: "{itemTitle}: the county figures give “{countyVerdict}”, the school data “{schoolVerdict}”; the school data decide — please check the county figures",
  },
  county_figure_part_overruled: {
    zh: "{itemTitle}：县级项目“{countyItem}”的填报值为“{countyVerdict}”，该学段的学校数据为“{schoolVerdict}”；以学校数据为准，请核对县级填报值",
    en: "{itemTitle}: the county figure “{countyItem}” gives “{countyVerdict}”, the school data of its stage “{schoolVerdict}”; the school data decide — please check the county figure",
  },
  guarantee_school_data_stage_absent: {
    zh: "{itemTitle}：学校数据中没有此项所涉的{stageInText}学校，该学段按县级项目“{countyItem}”判断（如不填此项，该学段不参与判断：本项只按学校数据中此项所涉学校的学段判断）",
    en: "{itemTitle}: the school data have no {stageInText} school this item applies to; that stage is judged by the county figure “{countyItem}” (without that figure, the stage is left out: the item is judged only for the stages of the schools in the school data it applies to)",
  },
  // The single school group's county known, the figures naming another (countyFigures.ts otherCounty).
  county_figures_other_county: {
    zh: "县级指标表中的指标属于“{counties}”（按县区列，或按表名、标题），而学校数据是“{county}”的：不是同一县区，这些县级指标未用于“{county}”，相关项目待评估（如确为本县的指标，请把县区列或表名、标题中的县区名改为“{county}”）",
    en: "The county figures are given for {counties} (by their county column, or the sheet's name or title), while the schools are {county}'s: not the same county, so none of these figures was used for {county}, and the items they give are not yet assessed (if they are this county's, write {county} as their county, in the county column or the sheet's name or title)",
  },
  county_figures_no_schools: {
    zh: "县级指标表中还有“{counties}”的指标，但学校数据中没有该县区的学校：这些指标未使用（本次只评估“{county}”）",
    en: "The county figures also give figures for {counties}, but the school data hold no school of it: those figures were not used (only {county} is evaluated)",
  },
  // Several school counties, and figures naming a county none of them is (countyFigures.ts unmatchedFigures).
  county_figures_unmatched: {
    zh: "县级指标表中有“{counties}”的指标，但学校数据中没有该县区的学校：这些指标未用于任何县区（如确属某个已评估的县区，请把县区列或表名、标题中的县区名改为该县区的名称）",
    en: "The county figures give figures for {counties}, but the school data hold no school of it: those figures were used for no county (if they belong to a county evaluated here, write that county's name in their county column, or in the sheet's name or title)",
  },
  // As county_figures_unmatched, while a school county has no figures: likely one county named two ways (东三县 for 东山县).
  county_figures_unmatched_missing: {
    zh: "县级指标表中有“{counties}”的指标，但学校数据中没有该县区；“{missing}”没有县级指标：若是同一县区，请统一名称（这些指标未用于任何县区，“{missing}”的县级指标项目待评估）",
    en: "The county figures give figures for {counties}, but the school data have no such county, and {missing} has no county figures: if they are the same county, write its name the same way in both (those figures were used for no county, and the county items of {missing} are not yet assessed)",
  },
  county_figures_ambiguous: {
    zh: "县级指标表列出了多个县区（{counties}），学校数据中没有与之对应的县区名，无法确定哪一县的指标属于本次评估，这些县级指标未采用（请在学校表中加“县区”列，或只保留本县的指标）",
    en: "The county figures name several counties ({counties}) and the school data name none of them, so which county's figures belong to this evaluation is not known; none of them was used (add a county column to the school sheet, or keep only this county's figures)",
  },
  county_figure_several: {
    zh: "县级项目“{countyItem}”填了不止一个值（此处为 {otherValue}），按其中最不利的 {figureValue}（{usedCell}）判断：各科、各学段、各群体都须达标；如这些值不是分科、分学段或分群体的结果，请只保留一个",
    en: "County item “{countyItem}” is given more than once ({otherValue} here); it is judged by the least favourable value, {figureValue} ({usedCell}): every subject, stage or group must meet it; if these are not per subject, stage or group, keep only one",
  },
  // A veto item answered present at one cell, absent at another: judged present (countyFigures.ts vetoConflict).
  county_figure_veto_conflict: {
    zh: "否决项“{countyItem}”填了相互矛盾的两个答案：{presentCell} 为存在，{absentCell} 为不存在。否决项任何一处填报存在都不能忽略，已按存在判断（一票否决）。请核实：如确实不存在，请改正 {presentCell}；如确实存在，请删去 {absentCell}，只保留一个答案",
    en: "Veto item “{countyItem}” is given two contradicting answers: present at {presentCell}, absent at {absentCell}. A veto reported present anywhere is not set aside: it is judged present (the county is vetoed). Please check: if it is truly absent, correct {presentCell}; if it is present, delete {absentCell}, keeping one answer",
  },
  // A veto row's / or 无初中 beside its 无 in a county whose school sheet has schools of that stage: held 待评估 (vetoResults.ts, s52 R5).
  county_figure_veto_stage_none: {
    zh: "否决项“{countyItem}”在 {clearedCells} 填写为“无”，但同一行{stageInText}列的 {undecidedCell} 填写为“{text}”（不涉及{stageInText}），而学校表中本县有{stageInText}学校：{stageInText}部分未作答，一票否决项在各学段都确定前不判定为无，该项待评估。请在 {undecidedCell} 填写“有”或“无”",
    en: "Veto item “{countyItem}” says 无 at {clearedCells}, but its {stageInText} cell {undecidedCell} on the same row says “{text}” (does not concern {stageInText}), while the school sheet lists {stageInText} schools for this county: {stageInText} is left unanswered, and a veto item is not cleared until every stage is answered, so it is not yet assessed. Enter 有 or 无 in {undecidedCell}",
  },
  county_figure_duplicate: { zh: "县级项目“{countyItem}”填了两次，使用第一个值", en: "County item “{countyItem}” is given twice; the first value is used" },
  county_item_no_threshold: { zh: "规则中“{countyItem}”没有标准值，无法判断", en: "The profile gives “{countyItem}” no threshold; it cannot be judged" },
  guarantee_school_data_partial: {
    zh: "{itemTitle}：{missing} 所学校缺少数据或现有数据不足以判定（{schoolRows}），无法由学校数据判定，改用县级填报值或待评估",
    en: "{itemTitle}: schools without the data to decide it, or whose data leave it undecided: {missing} ({schoolRows}); it is judged from the county figure if one is given, otherwise not yet assessed",
  },
  // G3 decided by an unstated rurality (schoolFindings.ts roomsRuralityIssues), as funding_rurality_unknown is for G6.
  rooms_rurality_unknown: {
    zh: "“{school}”各班均不足 {below} 人，但表中未注明该校的城乡分类（无此列，或该校此格为空或无法识别）：按非农村学校的音乐、美术专用教室面积标准不达标，若为农村小规模学校（按放宽的面积：小学 {primary} 平方米、初中 {junior} 平方米）则达标。G3 对该校已按非农村学校判为未达标（请在学校表中加“城乡分类”列并填写该校的城乡分类：城区、镇区或乡村，或统计用城乡分类代码 1xx（城镇）、2xx（乡村））",
    en: "{school}: every class has fewer than {below} pupils, but the workbook does not give its urban/rural classification (城乡分类): there is no such column, or the school's cell is blank or unreadable. Its music and art rooms fall short of the areas for an urban school, but would meet the relaxed areas of a small rural school ({primary} m² primary, {junior} m² junior secondary). G3 is judged not met for it, as an urban school (give a column headed 城乡分类 (urban/rural classification) on the school sheet and fill in the school's: 城区 (urban), 镇区 (town) or 乡村 (rural), or the statistics codes 1xx (urban or town) or 2xx (rural))",
  },
  funding_rurality_unknown: {
    zh: "“{school}”有 {students} 名学生，若为农村学校应按 {funded} 人核定公用经费，但表中未注明该校的城乡分类（无此列，或该校此格为空或无法识别）：按非农村学校达标，按农村学校不达标，G6 对该校无法判断（请在学校表中加“城乡分类”列并填写该校的城乡分类：城区、镇区或乡村，或统计用城乡分类代码 1xx（城镇）、2xx（乡村））",
    en: "{school}: {students} students, to be funded for {funded} students if it is a rural school, but the workbook does not give its urban/rural classification (城乡分类): there is no such column, or the school's cell is blank or unreadable. It meets the norm as an urban school but would fall short as a rural one, so G6 cannot be judged for it (give a column headed 城乡分类 (urban/rural classification) on the school sheet and fill in the school's: 城区 (urban), 镇区 (town) or 乡村 (rural), or the statistics codes 1xx (urban or town) or 2xx (rural))",
  },
  funding_boarders_unknown_short: {
    zh: "“{school}”的寄宿生数未填或所填无法读取，不计寄宿生的公用经费已差 {shortfall} 元：G6 对该校未达标，实际缺口还要加上寄宿生的部分",
    en: "{school} gives no readable number of boarders (a boarding school without one, or a boarders cell that could not be read), and its funding is {shortfall} yuan short even without them: G6 is not met for it, and the real shortfall is larger by the boarders' part",
  },
  funding_rurality_boarders_unknown: {
    zh: "“{school}”的寄宿生数未填或所填无法读取，表中也未注明该校的城乡分类：该校有 {students} 名学生，按非农村学校不计寄宿生时达标，但寄宿生另需的经费未知；若为农村学校（按 {funded} 人核定），不计寄宿生已差 {shortfall} 元。G6 对该校无法判断，取决于寄宿生数和城乡分类（请填写“寄宿生数”和“城乡分类”）",
    en: "{school} gives no readable number of boarders (a boarding school without one, or a boarders cell that could not be read), and the workbook does not give its urban/rural classification (城乡分类) either: with {students} students it meets the norm as an urban school before its boarders, whose extra is unknown, but as a rural one (funded for {funded} students) it is {shortfall} yuan short even without them. G6 cannot be judged for it: both its boarders and its classification decide (fill in its boarders (寄宿生数) and its urban/rural classification (城乡分类))",
  },
  funding_rurality_unknown_short: {
    zh: "“{school}”有 {students} 名学生，表中未注明该校的城乡分类：按非农村学校已达不到公用经费标准；若为农村学校（按 {funded} 人核定），缺口更大",
    en: "{school}: {students} students, and the workbook does not say whether it is rural: it is short of the funding norm even as an urban school; as a rural one (funded for {funded} students) the shortfall is larger",
  },
  funding_stages_unknown_short: {
    zh: "“{school}”的在校生数未分学段（全校 {students} 人）：即使全部按较低学段的生均标准（{least} 元）测算，公用经费也差 {shortfall} 元，G6 对该校未达标；另一学段的学生标准更高，实际缺口更大（请分学段填写在校生数）",
    en: "{school} gives its students as one total ({students}), not split by stage: even if all were counted at the lower stage's norm ({least} yuan each), its funding is {shortfall} yuan short, so G6 is not met for it; the other stage's students need more, so the real shortfall is larger (give the students of each stage)",
  },
  funding_stages_unknown: {
    zh: "“{school}”的在校生数未分学段（全校 {students} 人），公用经费 {funding} 元：若全部按较低学段的生均标准需 {low} 元（够），若全部按较高学段的标准需 {high} 元（不够），G6 对该校无法判断（请分学段填写在校生数）",
    en: "{school} gives its students as one total ({students}), not split by stage, and {funding} yuan of funding: enough if all were at the lower stage's norm ({low} yuan), not if all were at the higher one ({high} yuan), so G6 cannot be judged for it (give the students of each stage)",
  },
  funding_stages_unknown_boarders: {
    zh: "“{school}”的在校生数未分学段（全校 {students} 人），且寄宿生数未填或所填无法读取；公用经费 {funding} 元，不计寄宿生时，若全部按较低学段的生均标准需 {low} 元（够），若全部按较高学段的标准需 {high} 元，G6 对该校无法判断（请分学段填写在校生数并填写寄宿生数）",
    en: "{school} gives its students as one total ({students}), not split by stage, and gives no readable number of boarders; with {funding} yuan of funding, before its boarders it needs {low} yuan if all were at the lower stage's norm (enough) and {high} yuan if all were at the higher one, so G6 cannot be judged for it (give the students of each stage and the boarders)",
  },

  guarantee_school_data_partial_failing: {
    zh: "{itemTitle}：已检查的学校中有未达标的，判为未达标；另有 {missing} 所学校缺少数据或现有数据不足以判定（{schoolRows}）",
    en: "{itemTitle}: not met on the schools checked; also, schools without the data to decide it, or whose data leave it undecided: {missing} ({schoolRows})",
  },
  // Info on G3 (withRoomsEstimate): {count} schools, {schoolRows} each with its row (schoolPlaces.ts); {schools}, their names joined by 、, is kept for the JSON report.
  guarantee_rooms_estimated: {
    zh: "{itemTitle}：{count} 所学校（{schoolRows}）的音乐或美术教室只给了间数和总面积，达标间数由总面积估算为最多可能达标的间数（总面积÷标准面积，不超过间数），可能偏多：实际达标的可能更少、缺口可能更大，判为达标的未必成立（如有实际的达标间数，请在学校表中加“音乐室达标间数”“美术室达标间数”列；如表中已有而表头不同，请指定其对应的字段：命令行 --map 面积达标的音乐专用教室数=列、--map 面积达标的美术专用教室数=列，或任务窗格的“列对应关系”）",
    en: "{itemTitle}: {count} schools ({schoolRows}) give only the number and total area of their music or art rooms, and their compliant rooms, estimated from the total area as the most that could comply (total area ÷ required area, at most the number of rooms), may be too many: fewer may comply and the shortfall may be larger, so a pass may not hold (to use the actual counts, add columns headed 音乐室达标间数 (music rooms meeting the area rule) and 美术室达标间数 (art rooms meeting the area rule) to the school sheet; if the sheet has them under other headers, say which columns they are: --map musicRoomsCompliant=<column> and --map artRoomsCompliant=<column> on the command line, or the task pane's Column mapping)",
  },
  guarantee_rooms_estimated_one: {
    zh: "{itemTitle}：{count} 所学校（{schoolRows}）的音乐或美术教室只给了间数和总面积，达标间数由总面积估算为最多可能达标的间数（总面积÷标准面积，不超过间数），可能偏多：实际达标的可能更少、缺口可能更大，判为达标的未必成立（如有实际的达标间数，请在学校表中加“音乐室达标间数”“美术室达标间数”列；如表中已有而表头不同，请指定其对应的字段：命令行 --map 面积达标的音乐专用教室数=列、--map 面积达标的美术专用教室数=列，或任务窗格的“列对应关系”）",
    en: "{itemTitle}: {count} school ({schoolRows}) gives only the number and total area of its music or art rooms, and its compliant rooms, estimated from the total area as the most that could comply (total area ÷ required area, at most the number of rooms), may be too many: fewer may comply and the shortfall may be larger, so a pass may not hold (to use the actual counts, add columns headed 音乐室达标间数 (music rooms meeting the area rule) and 美术室达标间数 (art rooms meeting the area rule) to the school sheet; if the sheet has them under other headers, say which columns they are: --map musicRoomsCompliant=<column> and --map artRoomsCompliant=<column> on the command line, or the task pane's Column mapping)",
  },
  music_rooms_area_missing: { zh: "“{school}”填了音乐教室间数但没有面积，无法判断达标间数", en: "{school}: music rooms given without their area; compliant rooms unknown" },
  music_rooms_count_missing: { zh: "“{school}”填了音乐教室面积但没有间数，无法判断达标间数", en: "{school}: music room area given without the number of rooms; compliant rooms unknown" },
  art_rooms_area_missing: { zh: "“{school}”填了美术教室间数但没有面积，无法判断达标间数", en: "{school}: art rooms given without their area; compliant rooms unknown" },
  art_rooms_count_missing: { zh: "“{school}”填了美术教室面积但没有间数，无法判断达标间数", en: "{school}: art room area given without the number of rooms; compliant rooms unknown" },
  class_buckets_incomplete: {
    zh: "“{school}”的班额分段只填了 {given} 段，不能覆盖全部班额（统计口径为10段，或45人及以下、46-55人、56-65人等合并段），未使用分段数",
    en: "{school}: only {given} class-size buckets are filled, which do not cover every class size (the statistics' 10 buckets, or merged ones such as 45 or fewer, 46–55, 56–65); the buckets are not used",
  },
  special_funding_stage_assumed: {
    zh: "“{school}”未分学段填学生数，按较高的生均公用经费标准 {threshold} 元判断",
    en: "{school}: students not given by stage; judged against the higher per-student norm of {threshold} yuan",
  },

  // {minMet} and {floor}: the pass rule of the profile used (passRuleParams), which a 规则 sheet may change.
  sections_failing: { zh: "有学校（学段）未达到“{minMet}项达标、其余不低于{floor}”", en: "Some school sections fail the pass rule ({minMet} indicators met, the rest at least {floor} of the standard)" },
  sections_not_evaluable: { zh: "有参评学校（学段）数据不全，无法评估", en: "Some school sections in scope could not be evaluated" },
  sections_none_evaluable: { zh: "没有可评估的学校（学段）", en: "No school section could be evaluated" },
  stage_missing_primary: { zh: "未读到小学学校（学段），小学的差异系数和学校达标情况无法评估；如本县有小学，请检查学校数据表是否包含小学学校、学段或办学类型列是否填写", en: "no primary school section was read, so the primary difference coefficients and pass rate cannot be assessed; if the county has primary schools, check that the school sheet includes them and that their stage or school type is given" },
  stage_missing_junior: { zh: "未读到初中学校（学段），初中的差异系数和学校达标情况无法评估；如本县有初中，请检查学校数据表是否包含初中学校、学段或办学类型列是否填写", en: "no junior secondary school section was read, so the junior secondary difference coefficients and pass rate cannot be assessed; if the county has junior secondary schools, check that the school sheet includes them and that their stage or school type is given" },
  ...cvReasonMessages(),

  out_item_lowest: { zh: "{name}（各校最低值）", en: "{name} (the lowest school's)" },
  // The sub-row naming the school of a lowest-school figure (guaranteeSheet's figureSchoolRow), and the schools sharing its value.
  out_part_figure_school_lowest: { zh: "最低值所在学校", en: "School with the lowest value" },
  out_figure_school_tied: { zh: "{school}（另有 {others} 所学校同值）", en: "{school} ({others} other schools have the same value)" },
  out_figure_school_tied_one: { zh: "{school}（另有 {others} 所学校同值）", en: "{school} ({others} other school has the same value)" },
  // Every school the item applies to, those without the data too: “参与判断” beside 数据不全的学校数 read as a sum of the two.
  out_part_schools_checked: { zh: "适用的学校数（含数据不全的）", en: "Schools it applies to (incl. those without the data)" },
  out_part_schools_failing: { zh: "未达标学校数", en: "Schools failing" },
  out_part_schools_unknown: { zh: "数据不全的学校数", en: "Schools without the data" },
  out_part_schools_rooms_estimated: { zh: "达标间数由总面积估算、可能偏多的学校数", en: "Schools whose compliant rooms, estimated from the total area, may be too many" },
};
