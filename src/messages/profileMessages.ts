import type { MessageTable } from "./types";

/**
 * Why a rule-profile setting was refused, keyed `profile_reason_<code>` by the validator's problem
 * code (zod's issue codes, and the resolver's profile_…): the reason printed after the setting's
 * path, never the validator's English. A code without an entry reads as profile_reason_invalid.
 */
export const PROFILE_MESSAGES = {
  profile_reason_invalid: { zh: "值无效", en: "the value is not valid" },
  profile_reason_invalid_type: { zh: "值的类型不对（如应为数字却写了文字）", en: "the value is of the wrong kind (e.g. text where a number belongs)" },
  profile_reason_too_small: { zh: "值太小", en: "the value is too small" },
  profile_reason_too_big: { zh: "值太大", en: "the value is too large" },
  profile_reason_invalid_value: { zh: "不是允许的取值", en: "not one of the allowed values" },
  profile_reason_invalid_format: { zh: "格式不对", en: "the format is wrong" },
  profile_reason_profile_id_format: {
    zh: "只能由小写字母、数字和连字符（-）组成，且以字母或数字开头，如 my-county-2025",
    en: "only lower-case letters, digits and hyphens (-), beginning with a letter or digit, e.g. my-county-2025",
  },
  profile_reason_not_multiple_of: { zh: "不是规定的倍数", en: "not a multiple of the step allowed" },
  profile_reason_invalid_union: { zh: "不符合任何允许的写法", en: "matches none of the forms allowed" },
  profile_reason_invalid_key: { zh: "键名无效", en: "the key is not valid" },
  profile_reason_invalid_element: { zh: "其中有一项无效", en: "one of its entries is not valid" },
  profile_reason_profile_missing: { zh: "缺少这一项（同组的设置项须一并给出）", en: "missing (the settings of one group must be given together)" },
  profile_reason_profile_missing_standalone: {
    zh: "缺少这一项：不写 extends 的规则须给出全部设置项；只改几项时请写 \"extends\": \"national-2017\" 并只写要改的项",
    en: "missing: a profile without extends must give every setting; to change a few, write \"extends\": \"national-2017\" and only those",
  },
  profile_reason_profile_ratio_range: { zh: "须在 0 到 1 之间：比例写成小数，85% 写 0.85，不写 85", en: "must lie between 0 and 1: write a share as a fraction, 0.85 for 85%, not 85" },
  profile_reason_profile_cv_limit_range: { zh: "须大于 0 且不超过 1：差异系数限值写成小数，如 0.45，不写 45", en: "must be above 0 and at most 1: write a coefficient limit as a fraction, e.g. 0.45, not 45" },
  profile_reason_profile_min_met: { zh: "须为 0 到 7 之间的整数（须达标的指标个数，如 6）", en: "must be a whole number from 0 to 7 (how many indicators must be met, e.g. 6)" },
  profile_reason_profile_built_by_year: { zh: "须为 1900 到 2100 之间的四位数年份，如 2016（不写 16）", en: "must be a four-digit year from 1900 to 2100, e.g. 2016 (not 16)" },
  profile_reason_profile_student_count: { zh: "须为 0 或更大的整数（学生人数，如 50）", en: "must be a whole number, 0 or more (a number of students, e.g. 50)" },
  profile_reason_profile_year_range: { zh: "须为 2000 到 2100 之间的整数年份，如 2025", en: "must be a whole year from 2000 to 2100, e.g. 2025" },
  profile_reason_profile_target_year_twice: {
    zh: "该年度的目标已在前面给出，同一年度只能有一个目标：请删去重复的一条，或改正其年份（如应为下一年）",
    en: "a target for this year is already given above, and a year can have only one target: delete the repeated one, or correct its year (e.g. the next year)",
  },
  // A number in quotes ("0.85", "85%", "6,080"): the value to write, as JSON reads quotes as text.
  profile_reason_profile_number_as_text: {
    zh: "写成了文字 \"{text}\"：数字不能加引号，也不能带 % 或千位逗号，请写 {number}",
    en: "written as the text \"{text}\": a number takes no quotes, % or thousands commas; write {number}",
  },
  // A percentage in quotes for a setting that is no share ("fundedAs": "50%"): no number is offered, as none follows from it.
  profile_reason_profile_percent_not_share: {
    zh: "写成了文字 \"{text}\"：该项是人数、面积或金额等数值，不是比例，不能写百分数；请写不加引号、不带 % 的数字",
    en: "written as the text \"{text}\": this setting is a count, area or amount, not a share, so it takes no percentage; write a number without quotes or %",
  },
  // relaxationChecks: a setting on the wrong side of the one it relaxes or raises.
  profile_reason_profile_relaxed_cap_below: {
    zh: "放宽后的规模上限 {value} 小于标准上限 {standard}（{standardPath}）：放宽只能提高上限，这样写会使老校反而按更严的上限判定；请改为不小于 {standard} 的人数，不放宽时把 relaxedOld 写为 null",
    en: "the relaxed size cap {value} is below the standard's {standard} ({standardPath}): a relaxation can only raise the cap, and this one would judge old schools by a stricter one; write at least {standard} students, or make relaxedOld null for none",
  },
  // The same, where the relaxed cap is not the file's own but its base's (inheritedFrom.ts): said as inherited, with the profile it came from.
  profile_reason_profile_relaxed_cap_inherited: {
    zh: "此项并未写出，是继承自规则 {from} 的值：放宽后的规模上限 {value} 小于标准上限 {standard}（{standardPath}）。放宽只能提高上限，否则老校反而按更严的上限判定；提高标准上限时，请一并写出不小于 {standard} 的放宽上限，不放宽时把 relaxedOld 写为 null",
    en: "not written here but inherited from the profile {from}: the relaxed size cap {value} is below the standard's {standard} ({standardPath}). A relaxation can only raise the cap, or old schools would be judged by a stricter one; when raising the standard's cap, write a relaxed cap of at least {standard} as well, or make relaxedOld null for none",
  },
  profile_reason_profile_large_class_not_over_cap: {
    zh: "大班额起点 {value} 人不大于班额上限 {cap} 人（{capPath}）：大班额的班级必定超过班额上限，这样写会把未超上限的班级计为大班额，而班额（G5）仍判为达标；请改为大于 {cap} 的人数",
    en: "大班额 (large classes) starting at {value} pupils is not above the class-size cap of {cap} ({capPath}): a large class is always over the cap, and this would count classes within the cap as large while class size (G5) is judged met; write more than {cap}",
  },
  profile_reason_profile_super_large_not_over_large: {
    zh: "超大班额起点 {value} 人不大于大班额起点 {large} 人（guarantee.classSize.large）：超大班额是大班额中更大的一档，这样写会使超大班额的班数多于大班额；请改为大于 {large} 的人数",
    en: "超大班额 (very large classes) starting at {value} pupils is not above the 大班额 start of {large} (guarantee.classSize.large): very large classes are the larger part of the large ones, and this would count more of them than of large classes; write more than {large}",
  },
  // The same two, at a threshold the file did not write, inherited from `from` (inheritedProblem): a cap raised over it.
  profile_reason_profile_large_class_inherited: {
    zh: "此项并未写出，是继承自规则 {from} 的值：大班额起点 {value} 人不大于班额上限 {cap} 人（{capPath}）。大班额的班级必定超过班额上限，否则未超上限的班级会计为大班额，而班额（G5）仍判为达标；提高班额上限时，请一并写出大于 {cap} 的大班额起点",
    en: "not written here but inherited from the profile {from}: 大班额 (large classes) starting at {value} pupils is not above the class-size cap of {cap} ({capPath}). A large class is always over the cap, or classes within it would count as large while class size (G5) is judged met; when raising the cap, write a 大班额 start above {cap} as well",
  },
  profile_reason_profile_super_large_inherited: {
    zh: "此项并未写出，是继承自规则 {from} 的值：超大班额起点 {value} 人不大于大班额起点 {large} 人（guarantee.classSize.large）。超大班额是大班额中更大的一档，否则超大班额的班数会多于大班额；提高大班额起点时，请一并写出大于 {large} 的超大班额起点",
    en: "not written here but inherited from the profile {from}: 超大班额 (very large classes) starting at {value} pupils is not above the 大班额 start of {large} (guarantee.classSize.large). Very large classes are the larger part of the large ones, or more of them would be counted than of large classes; when raising the 大班额 start, write a 超大班额 start above {large} as well",
  },
  profile_reason_profile_tier_funded_below: {
    zh: "核定人数 {value} 小于该档上限 {below}：不足 {below} 人的学校会按少于其实际学生数的人数核定；请改为不小于 {below} 的人数（如不足 100 人按 100 人核定）",
    en: "funded as {value}, below the tier's bound of {below}: a school of fewer than {below} students would be funded for fewer than it has; write at least {below} (e.g. under 100 funded as 100)",
  },
  profile_reason_profile_positive: { zh: "须大于 0", en: "must be above 0" },
  profile_reason_profile_not_negative: { zh: "不能为负数（须为 0 或更大）", en: "must not be negative (0 or more)" },
  profile_reason_profile_level_range: { zh: "须为 1 到 4 之间的质量监测等级，如 3", en: "must be a quality-monitoring level from 1 to 4, e.g. 3" },
  profile_reason_profile_item_definition: {
    zh: "不能修改：评估项的所属指标（item）、单位（unit）和比较方式（comparison）是其定义的一部分，改动会改变阈值的含义和达标判定（如把持证率的单位改为 number，100% 会被判为未达标）。继承的规则（extends）和规则表只能修改该项的阈值（threshold）",
    en: "cannot be changed: an item's item, unit and comparison are part of its definition, and changing them changes what its threshold means and how it is judged (a certificate rate with unit number judged 100% not met). A profile that extends another, and a rule sheet, can change only the item's threshold",
  },
  profile_reason_profile_item_key_typo: {
    zh: "评估规则中没有这个评估项，是否应为“{suggestion}”？拼错的键名会成为一个新的评估项，而“{suggestion}”仍按原阈值判定，因此不予采用：请改正键名",
    en: "the profile has no county item of this key: did you mean “{suggestion}”? A misspelt key would make a new item while “{suggestion}” kept its old threshold, so it is refused: correct the key",
  },
  profile_reason_profile_not_empty: { zh: "不能为空，请填写名称", en: "must not be empty: write the name" },
  profile_reason_profile_not_object: {
    zh: "规则文件须是一个 JSON 对象（以 { 开头），如 {\"extends\": \"national-2017\", \"id\": \"my-county-2025\", …}，不能是数组",
    en: "a profile file must be one JSON object (beginning with {), e.g. {\"extends\": \"national-2017\", \"id\": \"my-county-2025\", …}, not an array",
  },
  profile_reason_profile_unknown_extends: {
    zh: "没有名为“{id}”的内置规则；extends 只能写内置规则：{profiles}（不能写规则文件）",
    en: "there is no built-in profile \"{id}\"; extends can name only a built-in profile: {profiles} (not a profile file)",
  },
  profile_reason_profile_file_own_id: {
    zh: "规则文件须写自己的 id 和 name（不能沿用所继承规则的），如 \"id\": \"my-county-2025\", \"name\": {\"zh\": \"某县标准\", \"en\": \"My county\"}",
    en: "a profile file must give its own id and name (not inherit them), e.g. \"id\": \"my-county-2025\", \"name\": {\"zh\": \"某县标准\", \"en\": \"My county\"}",
  },
  profile_reason_profile_file_own_name: {
    zh: "规则文件的名称须同时写中文和英文（缺少的一种会沿用所继承规则的名称，结果表会显示成该规则），如 \"name\": {\"zh\": \"某县标准\", \"en\": \"My county\"}",
    en: "a profile file's name must be given in both Chinese and English (the one left out would be the extended profile's, and the results would name that profile), e.g. \"name\": {\"zh\": \"某县标准\", \"en\": \"My county\"}",
  },
  profile_reason_profile_file_built_in_id: {
    zh: "与内置规则同名；请给规则文件自己的 id 和 name，如 \"id\": \"my-county-2025\"",
    en: "is a built-in profile's id; give the profile file its own id and name, e.g. \"id\": \"my-county-2025\"",
  },
  profile_reason_profile_key_typo: {
    zh: "不是可用的设置项，是否应为“{suggestion}”？请改正键名",
    en: "not a setting the profile knows: did you mean “{suggestion}”? Correct the key",
  },
  profile_reason_unrecognized_keys: { zh: "不是可用的设置项（请检查拼写）", en: "not a setting the profile knows (check the spelling)" },
  profile_reason_profile_override: { zh: "内容不是一组“路径 | 值”设置", en: "not a set of path | value settings" },
  profile_reason_profile_unknown: { zh: "没有这个规则", en: "no such profile" },
  profile_reason_profile_extends: { zh: "继承的规则无效或相互循环", en: "the profile it extends is not valid or extends it in turn" },
} as const satisfies MessageTable;

/**
 * The reason a profile problem is worded by: its own code when the table has it, else "invalid".
 * @example profileReason("too_small") // "too_small" (→ profile_reason_too_small); profileReason("something_new") // "invalid"
 */
export function profileReason(code: string): string {
  return `profile_reason_${code}` in PROFILE_MESSAGES ? code : "invalid";
}
