import type { ItemLeftPending, Option } from "../engine/guarantee/itemNeeds";
import { message } from "./catalogue";
import { clauseText, listText } from "./listText";
import type { Lang } from "./types";

/**
 * What an item left 待评估 lacks (itemsLeftPending's `missing`) as one issue parameter, so that an
 * issue can carry it and be said in either language later: needs split by `;`, each need's
 * options by `|`, fields wanted together by `+`, a named group of fields (FieldList.group) as `@name`.
 *
 * @example needsParam([["classes"], [["musicRooms", "musicRoomsArea"], "musicRoomsCompliant"]]) // "classes;musicRooms+musicRoomsArea|musicRoomsCompliant"
 */
export function needsParam(missing: readonly (readonly Option[])[]): string {
  return missing.map((options) => options.map(optionParam).join("|")).join(";");
}

function optionParam(option: Option): string {
  if (typeof option === "string") return option;
  return option.group === undefined ? option.join("+") : `@${option.group}`;
}

/**
 * needsParam's text as words: each need a list item, its first option with the others in brackets
 * (或…), so that neither a 或 nor a 和 inside an option blurs where one need ends; a group by its own
 * phrase (各班额段班数).
 *
 * @example needsText("classes;musicRooms+musicRoomsArea|musicRoomsCompliant", "zh") // "班级数、音乐专用教室数和音乐专用教室面积（或面积达标的音乐专用教室数）"
 * @example needsText("largestClass|@class_buckets", "en") // "Largest class (or class counts by size)"
 */
export function needsText(param: string, lang: Lang): string {
  return listText(param.split(";").map((need) => alternativesText(need.split("|"), lang)), lang);
}

function alternativesText(options: readonly string[], lang: Lang): string {
  const [first = "", ...others] = options.map((o) => optionText(o, lang));
  if (others.length === 0) return first;
  return first + message("needs_alternatives", { alternatives: others.join(message("needs_or", {}, lang)) }, lang);
}

function optionText(option: string, lang: Lang): string {
  if (option.startsWith("@")) return message(`needs_${option.slice(1)}`, {}, lang);
  return option.split("+").map((key) => message(`field_${key}`, {}, lang)).join(message("needs_and", {}, lang));
}

/**
 * Items left 待评估 with what each lacks (itemsLeftPending) as one issue parameter: one item a
 * line, its code and its needsParam apart by `=`.
 *
 * @example pendingParam([{ item: "G5", missing: [["largestClass", CLASS_BUCKET_FIELDS]] }, { item: "Q4", missing: [["trainingFunds"]] }]) // "G5=largestClass|@class_buckets\nQ4=trainingFunds"
 */
export function pendingParam(items: readonly ItemLeftPending[]): string {
  return items.map((p) => `${p.item}=${needsParam(p.missing)}`).join("\n");
}

/**
 * The item codes a pendingParam names, in its order (one `code=needs` a line): the one reading of
 * that format outside pendingItemsText.
 * @example pendingItemCodes("G3=classes\nG5=largestClass|@class_buckets\nQ4=trainingFunds") // ["G3", "G5", "Q4"]
 */
export function pendingItemCodes(param: string): string[] {
  return param.split("\n").map((line) => line.split("=")[0] ?? "");
}

/**
 * pendingParam's text: each item by its code and name with what it lacks (read_item_pending), as clauses.
 *
 * @example pendingItemsText("G5=largestClass|@class_buckets", "zh") // "G5 班额：缺最大班额（或各班额段班数）"
 */
export function pendingItemsText(param: string, lang: Lang): string {
  const items = param.split("\n").map((line) => {
    const [code = "", needs = ""] = line.split("=");
    return message("read_item_pending", { code, itemName: code, needs }, lang);
  });
  return clauseText(items, lang);
}
