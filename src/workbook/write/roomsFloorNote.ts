import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import { atLeast } from "./atLeast";

/** The room shortfalls of SchoolGuarantee (rules.md §4 item 3, §7), each with its column header on 缺口测算. */
const ROOM_HEADERS = { musicRoomsShort: "out_h_music_short", artRoomsShort: "out_h_art_short" } as const;

type RoomShortKey = keyof typeof ROOM_HEADERS;

/**
 * The 说明 of a school whose room shortfalls above 0 are only lower bounds (atLeast; rules.md §4 item 3):
 * which, by their columns, and why; null when none is.
 * @example roomsFloorNote({ musicRoomsShort: 1, roomsShortLowerBound: { music: true, art: false }, … }, "zh")
 * // "音乐教室缺口（间）为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数"
 */
export function roomsFloorNote(g: SchoolGuarantee, lang: Lang): string | null {
  const keys = (Object.keys(ROOM_HEADERS) as RoomShortKey[]).filter((k) => atLeast(g, k));
  if (keys.length === 0) return null;
  return message("out_rooms_floor", { counts: listText(keys.map((k) => message(ROOM_HEADERS[k], {}, lang)), lang) }, lang);
}

