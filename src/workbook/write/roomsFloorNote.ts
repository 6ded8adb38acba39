import type { SchoolGuarantee } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";

/** The room shortfalls of SchoolGuarantee (rules.md §4 item 3, §7), each with its kind and its column header on 缺口测算. */
const ROOM_HEADERS = { musicRoomsShort: ["music", "out_h_music_short"], artRoomsShort: ["art", "out_h_art_short"] } as const;

export type RoomShortKey = keyof typeof ROOM_HEADERS;

/**
 * Whether `key` is a room shortfall above 0 that is only a lower bound (roomsShortLowerBound). A
 * bound of 0 is not one to show: G3 counts the school as meeting it, and its note
 * (guarantee_rooms_estimated) says that this may not hold.
 * @example isRoomsFloor({ musicRoomsShort: 1, roomsShortLowerBound: { music: true, art: false }, … }, "musicRoomsShort") // true
 */
export function isRoomsFloor(g: SchoolGuarantee, key: string): boolean {
  if (!(key in ROOM_HEADERS)) return false;
  const k = key as RoomShortKey;
  return g.roomsShortLowerBound?.[ROOM_HEADERS[k][0]] === true && (g[k] ?? 0) > 0;
}

/**
 * The 说明 of a school whose room shortfalls above 0 are only lower bounds (rules.md §4 item 3):
 * which, by their columns, and why; null when none is.
 * @example roomsFloorNote({ musicRoomsShort: 1, roomsShortLowerBound: { music: true, art: false }, … }, "zh")
 * // "音乐教室缺口（间）为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数"
 */
export function roomsFloorNote(g: SchoolGuarantee, lang: Lang): string | null {
  const keys = (Object.keys(ROOM_HEADERS) as RoomShortKey[]).filter((k) => isRoomsFloor(g, k));
  if (keys.length === 0) return null;
  return message("out_rooms_floor", { counts: listText(keys.map((k) => message(ROOM_HEADERS[k][1], {}, lang)), lang) }, lang);
}

