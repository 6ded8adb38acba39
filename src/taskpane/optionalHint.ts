import { message } from "../messages/catalogue";
import { clauseText } from "../messages/listText";
import { needsParam } from "../messages/needsText";
import type { Lang } from "../messages/types";
import type { Profile } from "../profiles/schema";
import { itemsLeftPending } from "../engine";

/**
 * The line under the mapping table naming the items the columns found leave 待评估 and what each
 * lacks; "" when none. The reader only reports the L1–L7 columns missing, so without it a sheet
 * lacking e.g. 最大班额 would show G5 待评估 with no word before evaluating. Which items read which
 * columns is the engine's (itemsLeftPending, engine/guarantee/itemNeeds); the words are needsText's,
 * as in the issue the evaluation then lists (read_item_columns_missing).
 *
 * @example optionalHint(national, new Set(["name", "students", "largestClass", …]), "zh")
 * // "以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：G3（缺音乐专用教室面积或面积达标的音乐专用教室数、…）；…"
 */
export function optionalHint(profile: Profile, present: ReadonlySet<string>, lang: Lang): string {
  const items = itemsLeftPending(profile, present).map((p) => message("addin_optional_item", { code: p.item, needs: needsParam(p.missing) }, lang));
  return items.length === 0 ? "" : message("addin_optional_missing", { items: clauseText(items, lang) }, lang);
}
