import { message } from "../messages/catalogue";
import { clauseText, listText } from "../messages/listText";
import type { Lang } from "../messages/types";
import type { Profile } from "../profiles/schema";
import { itemsLeftPending, type FieldList, type Option } from "../engine";

/** The phrase naming a group of fields as one (FieldList.group): the class-size buckets. */
const GROUP_TEXT: Readonly<Record<NonNullable<FieldList["group"]>, string>> = { class_buckets: "addin_optional_class_buckets" };

/** Fields wanted together as words: "音乐专用教室数和音乐专用教室面积"; a list with its own rule by its own phrase (各班额段班数). */
function togetherText(keys: FieldList, lang: Lang): string {
  if (keys.group !== undefined) return message(GROUP_TEXT[keys.group], {}, lang);
  return keys.map((k) => message(`field_${k}`, {}, lang)).join(message("addin_optional_and", {}, lang));
}

/** One need's options as words: "音乐专用教室数和音乐专用教室面积，或面积达标的音乐专用教室数". */
function alternativesText(options: readonly Option[], lang: Lang): string {
  const texts = options.map((o) => (typeof o === "string" ? message(`field_${o}`, {}, lang) : togetherText(o, lang)));
  // Fields wanted together read with "和" inside, so the options are set apart as clauses.
  const together = options.some((o) => typeof o !== "string" && o.group === undefined && o.length > 1);
  return texts.join(message(together ? "addin_optional_or_clause" : "addin_optional_or", {}, lang));
}

/**
 * The line under the mapping table naming the items the columns found leave 待评估 and what each
 * lacks; "" when none. The reader only reports the L1–L7 columns missing, so without it a sheet
 * lacking e.g. 最大班额 would show G5 待评估 with no word before evaluating. Which items read which
 * columns is the engine's (itemsLeftPending, engine/guarantee/itemNeeds); this says it.
 *
 * @example optionalHint(national, new Set(["name", "students", "largestClass", …]), "zh")
 * // "以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：G3（缺音乐专用教室面积或面积达标的音乐专用教室数、…）；…"
 */
export function optionalHint(profile: Profile, present: ReadonlySet<string>, lang: Lang): string {
  const items = itemsLeftPending(profile, present).map((p) =>
    message("addin_optional_item", { code: p.item, fields: listText(p.missing.map((m) => alternativesText(m, lang)), lang) }, lang),
  );
  return items.length === 0 ? "" : message("addin_optional_missing", { items: clauseText(items, lang) }, lang);
}
