import { message } from "../messages/catalogue";
import { pendingItemsText, pendingParam } from "../messages/needsText";
import type { Lang } from "../messages/types";
import type { Profile } from "../profiles/schema";
import { itemsLeftPending } from "../engine";

/**
 * The line under the mapping table naming the items the columns found leave 待评估 and what each
 * lacks; "" when none. The reader only reports the L1–L7 columns missing, so without it a sheet
 * lacking e.g. 最大班额 would show G5 待评估 with no word before evaluating. Which items read which
 * columns is the engine's (itemsLeftPending, engine/guarantee/itemNeeds); each item is said as the
 * issue the evaluation then lists says it (pendingItemsText, read_item_columns_missing): its code
 * and name, and what it lacks.
 *
 * @example optionalHint(national, new Set(["name", "students", "classes", "musicRooms", "artRoomsCompliant", …]), "zh")
 * // "以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：G3 音乐、美术专用教室：缺音乐专用教室面积（或面积达标的音乐专用教室数）；…"
 */
export function optionalHint(profile: Profile, present: ReadonlySet<string>, lang: Lang): string {
  const pending = itemsLeftPending(profile, present);
  return pending.length === 0 ? "" : message("addin_optional_missing", { items: pendingItemsText(pendingParam(pending), lang) }, lang);
}

/**
 * What follows optionalHint's line once its button is clicked: a header the reader recognises for
 * each field the items lack (neededHeadersText, as read_item_columns_missing says it), and where
 * to give a column with another header its field; "" when no item is left 待评估. The pane's
 * issues list says the items in short and points here (issueWording.ts SAID_ABOVE).
 *
 * @example optionalHeaders(national, new Set(["name", "students", …, "publicFunding"]) without trainingFunds, "zh")
 * // "（可识别的表头如“培训经费”（教师培训经费）；如表中已有这些列而表头不同，请在上表中为该列选择其字段）"
 */
export function optionalHeaders(profile: Profile, present: ReadonlySet<string>, lang: Lang): string {
  const pending = itemsLeftPending(profile, present);
  return pending.length === 0 ? "" : message("addin_optional_headers", { pendingItems: pendingParam(pending) }, lang);
}
