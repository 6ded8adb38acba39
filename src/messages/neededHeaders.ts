import { message } from "./catalogue";
import type { Lang } from "./types";

/**
 * One header the reader recognises for each field an item left 待评估 can lack (itemNeeds.ts), as
 * a user would type it (aliases.ts matches it: neededHeaders.test.ts checks); `@class_buckets` by
 * one of its ten buckets. Each differs from the field's Chinese name, which the Chinese text gives beside it.
 */
export const NEEDED_HEADERS: Readonly<Record<string, string>> = {
  classes: "教学班数",
  largestClass: "最大班额人数",
  "@class_buckets": "56-60人",
  musicRooms: "音乐室间数",
  musicRoomsArea: "音乐室面积",
  musicRoomsCompliant: "音乐室达标间数",
  artRooms: "美术室间数",
  artRoomsArea: "美术室面积",
  artRoomsCompliant: "美术室达标间数",
  publicFunding: "公用经费拨款",
  trainingFunds: "培训经费",
  teachers: "专任教师人数",
  certifiedTeachers: "持证教师数",
  trainedTeachers: "完成360学时培训教师数",
};

/**
 * The fields a pendingParam names (needs by `;`, options by `|`, fields together by `+`), each once,
 * in their order.
 * @example fieldsOf("G5=largestClass|@class_buckets\nG12=certifiedTeachers;teachers") // ["largestClass", "@class_buckets", "certifiedTeachers", "teachers"]
 */
function fieldsOf(pendingItems: string): string[] {
  const all = pendingItems.split("\n").flatMap((line) => (line.split("=")[1] ?? "").split(/[;|+]/));
  return [...new Set(all.filter((key) => key !== ""))];
}

/**
 * A recognised header for each field the items of read_item_columns_missing lack, with the field's
 * English name beside it in English (the headers are Chinese, as the reader matches them); a field
 * without one is left out.
 * @example neededHeadersText("G12=certifiedTeachers;teachers", "en") // "“持证教师数” (certified teachers), “专任教师人数” (full-time teachers)"
 * @example neededHeadersText("G5=largestClass|@class_buckets", "zh") // "“最大班额人数”（最大班额）、“56-60人”等各班额段"
 */
export function neededHeadersText(pendingItems: string, lang: Lang): string {
  const shown = fieldsOf(pendingItems).flatMap((key) => {
    const header = NEEDED_HEADERS[key];
    if (header === undefined) return [];
    return [key.startsWith("@") ? message(`needs_header_${key.slice(1)}`, { header }, lang) : message("needs_header", { header, field: key }, lang)];
  });
  return shown.join(message("needs_header_separator", {}, lang));
}
