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
