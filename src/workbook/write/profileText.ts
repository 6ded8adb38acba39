import { message } from "../../messages/catalogue";
import { clauseText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { OverrideEntry } from "../../profiles/overrideEntries";
import { settingLabel } from "../../profiles/settingNames";

/**
 * A setting's value as the 规则 sheet gave it, converted: numbers as they are (a ratio 80% is 0.8,
 * as the profile holds it), yes / no in words, null as 无 / none, anything else as JSON.
 * @example overrideValueText(0.8, "zh") // "0.8"; overrideValueText(false, "zh") // "否"; overrideValueText(null, "en") // "none"
 */
export function overrideValueText(value: unknown, lang: Lang): string {
  if (value === null) return message("out_override_null", {}, lang);
  if (typeof value === "boolean") return message(value ? "out_yes" : "out_no", {}, lang);
  if (typeof value === "number" || typeof value === "string") return String(value);
  return JSON.stringify(value);
}

/**
 * One setting as `name = value (cell)`: named in words as the help page's 含义 says it
 * (settingLabel; a path that is no 规则 sheet setting as it is), the cell locating the row.
 * @example overrideText({ path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" }, "zh") // "其余指标须达到标准的比例 = 0.8（规则!B3）"
 */
export function overrideText(entry: OverrideEntry, lang: Lang): string {
  const params = { setting: settingLabel(entry.path, lang), value: overrideValueText(entry.value, lang) };
  return entry.cell === null ? message("out_override_no_cell", params, lang) : message("out_override", { ...params, cell: entry.cell }, lang);
}

/**
 * The profile as the notes and the add-in name it: its name, and, when the workbook's 规则 sheet
 * changed it, that it did and which settings, so that a reader of the result knows it was not
 * evaluated by the profile's own values (a floor of 80% under a national-2017 title).
 * @example profileText("国家标准", [], "zh") // "国家标准"
 * @example profileText("国家标准", [{ path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" }], "zh") // "国家标准，已按本工作簿的规则表调整：其余指标须达到标准的比例 = 0.8（规则!B3）"
 */
export function profileText(name: string, overrides: readonly OverrideEntry[], lang: Lang): string {
  if (overrides.length === 0) return name;
  // A hidden 规则 sheet is said: its settings changed the verdicts while the user may not see it.
  const code = overrides.some((o) => o.hiddenSheet === true) ? "out_profile_adjusted_hidden" : "out_profile_adjusted";
  return message(code, { name, settings: clauseText(overrides.map((o) => overrideText(o, lang)), lang) }, lang);
}

/**
 * A setting as the 数据问题 sheet's table of 规则 settings names it: in words with its path after
 * it, so that either way of writing the row is found; a path that is no setting as it is.
 * @example overrideSetting("cvLimits.primary", "zh") // "小学差异系数上限（cvLimits.primary）"
 */
export function overrideSetting(path: string, lang: Lang): string {
  const label = settingLabel(path, lang);
  return label === path ? path : message("out_override_setting", { setting: label, path }, lang);
}
