import type { CellRef, FieldKey, Issue, SchoolRecord, Stage } from "../types";
import type { Profile } from "../../profiles/schema";
import { builtBy, groupShared, recordTotal, type Total } from "./recordValues";
import { schoolIssue, type WithIssues } from "./schoolCheck";

export type RoomKind = "music" | "art";

/** G3 for one kind of room in one school. */
export interface RoomFinding {
  readonly needed: number | null;
  readonly compliant: number | null;
  readonly short: number | null;
  /** The compliant rooms were estimated from the total area and may be too many, the shortfall too small (estimateMayUnderstate). */
  readonly estimated: boolean;
  /** The area (m²) one room was judged by (requiredRoomArea) when the compliant rooms were estimated; null when the bureau stated them or nothing was estimated. */
  readonly area: number | null;
  readonly cells: readonly CellRef[];
}

const KEYS: Readonly<Record<RoomKind, { rooms: FieldKey; area: FieldKey; compliant: FieldKey }>> = {
  music: { rooms: "musicRooms", area: "musicRoomsArea", compliant: "musicRoomsCompliant" },
  art: { rooms: "artRooms", area: "artRoomsArea", compliant: "artRoomsCompliant" },
};

/** What the area rule is relaxed by for a school (rules.md §4 item 3). */
export interface RoomContext {
  readonly stages: readonly Stage[];
  /** Rural and every class under the profile's `largestClassBelow`. */
  readonly smallRural: boolean;
}

/**
 * Rooms needed of each kind: ceil(classes ÷ classesPerRoom), classes of the whole school
 * (rules.md §4 item 3).
 *
 * @example roomsNeeded(25, 12) // 3
 */
export function roomsNeeded(classes: number, classesPerRoom: number): number {
  return Math.ceil(classes / classesPerRoom);
}

type SmallRural = NonNullable<Profile["guarantee"]["rooms"]["relaxedSmallRural"]>;

/**
 * The small-rural area of a school's rooms: its stage's, for a combined school the larger of its
 * stages' — the rooms are shared, and serve its 初中 classes as well as its 小学 ones; 0 (no
 * relaxation) for a school without a stage. rules.md §4 item 3 (小学 54 m², 初中 61 m²).
 *
 * @example smallRuralArea({ largestClassBelow: 30, primary: 54, junior: 61 }, ["primary", "junior"]) // 61
 */
export function smallRuralArea(rural: SmallRural, stages: readonly Stage[]): number {
  let area = 0;
  for (const s of stages) area = Math.max(area, rural[s]);
  return area;
}

/**
 * The area one room must have: the standard, or the most lenient applicable relaxation — schools
 * planned and built by `relaxedOld.builtBy` (建成年份, or a 2016 yes / no column) and small rural
 * schools (smallRuralArea: the stage's area; for a combined school the larger of its stages').
 * rules.md §4 item 3.
 *
 * @example requiredRoomArea("music", national, { builtBy2016: true }, { stages: ["primary"], smallRural: true }) // 54
 * @example requiredRoomArea("music", national, plain, { stages: ["primary", "junior"], smallRural: true }) // 61
 */
export function requiredRoomArea(kind: RoomKind, profile: Profile, records: readonly SchoolRecord[], ctx: RoomContext): number {
  const rooms = profile.guarantee.rooms;
  // The least of the areas that apply, without an array: this runs twice for every school.
  let area = kind === "music" ? rooms.musicArea : rooms.artArea;
  if (rooms.relaxedOld !== null && builtBy(records, rooms.relaxedOld.builtBy, "builtBy2016")) {
    area = Math.min(area, kind === "music" ? rooms.relaxedOld.musicArea : rooms.relaxedOld.artArea);
  }
  const rural = rooms.relaxedSmallRural;
  const ruralArea = rural !== null && ctx.smallRural ? smallRuralArea(rural, ctx.stages) : 0;
  return ruralArea > 0 ? Math.min(area, ruralArea) : area;
}

/**
 * Rooms meeting the area rule: the bureau's own count when given; otherwise estimated from the
 * rooms and their total area as min(rooms, floor(total area ÷ required area)): the most rooms the
 * area could make compliant, an upper bound (two rooms of 60 and 140 m², 200 m², count as two 96 m²
 * rooms although only one is; four equal rooms of 75 m² would have none). rules.md §4 item 3, §7 (rooms that meet the area standard).
 *
 * @example estimateCompliantRooms(3, 250, 96) // 2
 */
export function estimateCompliantRooms(rooms: number, area: number, requiredArea: number): number {
  return Math.min(rooms, Math.floor(area / requiredArea));
}

/**
 * The fewest of `rooms` rooms of `area` m² in all that must meet the area: one when the area
 * reaches rooms × required (they cannot all be smaller), else none. rules.md §4 item 3.
 * @example leastCompliantRooms(2, 200, 96) // 1; leastCompliantRooms(2, 150, 96) // 0; leastCompliantRooms(1, 100, 96) // 1
 */
export function leastCompliantRooms(rooms: number, area: number, requiredArea: number): number {
  return rooms >= 1 && area >= rooms * requiredArea ? 1 : 0;
}

/**
 * Whether the estimate of compliant rooms (`estimate`, from estimateCompliantRooms) may make the
 * shortfall too small: the rooms meeting the area may be as few as `least` (leastCompliantRooms,
 * added up over a school's rows when it was estimated row by row), and the estimate is the most
 * there can be. It may be understated when both the estimate and the rooms needed exceed that
 * least count. rules.md §4 item 3.
 *
 * @example estimateMayUnderstate(2, leastCompliantRooms(2, 200, 96), 2) // true: 60 + 140 m² is one 96 m² room, not two
 * @example estimateMayUnderstate(2, leastCompliantRooms(2, 200, 96), 1) // false: one room at least has 96 m² (200 ≥ 192), one is needed
 * @example estimateMayUnderstate(1, leastCompliantRooms(1, 100, 96), 1) // false: one room, its area known
 */
export function estimateMayUnderstate(estimate: number, least: number, needed: number): boolean {
  return estimate > least && needed > least;
}

/**
 * G3 for one kind of room: rooms needed, compliant and short (rules.md §4 item 3, §7).
 * @example 25 classes, 2 music rooms of 200 m² in all, national → needed ceil(25 ÷ 12) = 3,
 * compliant min(2, floor(200 ÷ 96)) = 2, short 1
 */
export function roomFinding(kind: RoomKind, school: RoomSchool, profile: Profile, ctx: RoomContext): WithIssues<RoomFinding> {
  const keys = KEYS[kind];
  const needed = school.classes === null ? null : roomsNeeded(school.classes.value, profile.guarantee.rooms.classesPerRoom);
  const stated = groupShared(school.records, keys.compliant);
  const rooms = groupShared(school.records, keys.rooms);
  const area = groupShared(school.records, keys.area);
  if (stated === null && rooms !== null && area !== null) return estimatedRooms(kind, school, profile, ctx, needed, rooms, area);
  return statedRooms(kind, school, needed, stated, rooms, area);
}

/** The school roomFinding reads: its name, its rows, its classes (all stages). */
type RoomSchool = { name: string; records: readonly SchoolRecord[]; classes: Total | null };

/**
 * G3 for one kind of room from the bureau's own count of compliant rooms (`stated`), or unknown
 * without it; when only one of the rooms and their total area is given, the issue names the other
 * as missing (roomFinding estimates when both are). Apart so that each way to the count reads alone.
 * @example 25 classes, 2 compliant music rooms stated, national → needed 3, compliant 2, short 1; none stated and only the rooms' count → short null, music_rooms_area_missing
 */
function statedRooms(kind: RoomKind, school: RoomSchool, needed: number | null, stated: Total | null, rooms: Total | null, area: Total | null): WithIssues<RoomFinding> {
  const issues: Issue[] = [];
  if (stated === null && (rooms === null) !== (area === null)) {
    const given = (rooms ?? area) as Total;
    issues.push(schoolIssue(`${kind}_rooms_${rooms === null ? "count" : "area"}_missing`, given.cells[0] ?? null, { school: school.name }));
  }
  return roomResult(school.classes, needed, stated, false, null, issues);
}

/**
 * G3 for one kind of room with the compliant rooms estimated from the rooms and their total area
 * (estimateCompliantRooms, at the area requiredRoomArea gives) row by row where the rows allow it
 * (rowsEstimate), and whether the estimate may make the shortfall too small (the least count that
 * must comply, leastCompliantRooms, added up the same way).
 * @example 25 classes, 2 music rooms of 200 m² in all, national → required 96, compliant min(2, floor(200 ÷ 96)) = 2, short 1, estimated true
 * @example 2 classes, art rooms 1 of 120 m² (小学部 row) and 1 of 60 m² (初中部 row), national → compliant 1 + 0 = 1 (not min(2, floor(180 ÷ 90)) = 2), short 1, estimated false
 */
function estimatedRooms(kind: RoomKind, school: RoomSchool, profile: Profile, ctx: RoomContext, needed: number | null, rooms: Total, area: Total): WithIssues<RoomFinding> {
  const required = requiredRoomArea(kind, profile, school.records, ctx);
  const byRow = rowsEstimate(school.records, KEYS[kind], required);
  const value = byRow?.compliant ?? estimateCompliantRooms(rooms.value, area.value, required);
  const least = byRow?.least ?? leastCompliantRooms(rooms.value, area.value, required);
  const compliant: Total = { value, cells: [...rooms.cells, ...area.cells] };
  const estimated = needed !== null && estimateMayUnderstate(value, least, needed);
  return roomResult(school.classes, needed, compliant, estimated, required, []);
}

/**
 * The compliant rooms estimated for each row that gives its rooms and their area, added up, with
 * the least count that must comply added up alike: a school written as section rows says which
 * rooms are whose (one art room of 120 m² on its 小学部 row, one of 60 m² on its 初中部 row is one
 * compliant room, where their 180 m² in all would make two of 90). Null when a row gives one of
 * the two without the other (the rooms on one row, their area on another): only the school's
 * totals then say anything.
 * @example rowsEstimate([row 1 art 1 room 120 m², row 2 art 1 room 60 m²], art keys, 90) // { compliant: 1, least: 1 }
 */
export function rowsEstimate(records: readonly SchoolRecord[], keys: { rooms: FieldKey; area: FieldKey }, required: number): { compliant: number; least: number } | null {
  let compliant = 0;
  let least = 0;
  for (const record of records) {
    const rooms = recordTotal(record, keys.rooms);
    const area = recordTotal(record, keys.area);
    if (rooms === null || area === null) {
      if (rooms !== area) return null;
      continue;
    }
    compliant += estimateCompliantRooms(rooms.value, area.value, required);
    least += leastCompliantRooms(rooms.value, area.value, required);
  }
  return { compliant, least };
}

/**
 * The finding from its parts: the rooms short, max(0, needed − compliant), null when either is
 * unknown; the cells those of the classes and of the compliant count.
 * @example needed 3, compliant 5 → short 0; needed 3, compliant unknown → short null
 */
function roomResult(classes: Total | null, needed: number | null, compliant: Total | null, estimated: boolean, required: number | null, issues: Issue[]): WithIssues<RoomFinding> {
  const short = needed !== null && compliant !== null ? Math.max(0, needed - compliant.value) : null;
  const cells = [...(classes?.cells ?? []), ...(compliant?.cells ?? [])];
  return { value: { needed, compliant: compliant?.value ?? null, short, estimated, area: required, cells }, issues };
}
