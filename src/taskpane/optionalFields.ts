import { numericCountyItem } from "../engine/guarantee/compare";
import { CLASS_BUCKETS, type FieldKey } from "../engine/types";
import type { Profile } from "../profiles/schema";

/** Fields of which any one will do (a room count's area, or the bureau's count of rooms meeting it). */
type Alternatives = readonly FieldKey[];

/** An item judged from school columns, the columns it reads, and whether the profile judges it at all. */
interface ItemNeed {
  readonly item: string;
  readonly needs: readonly Alternatives[];
  readonly applies: (profile: Profile) => boolean;
}

const BUCKETS: readonly FieldKey[] = CLASS_BUCKETS.map((b) => b.key);
const always = (): boolean => true;
/** G9, G12 and Q4 are judged from school columns only when the profile sets them a threshold (evaluateCountyAreas). */
const withThreshold = (item: string) => (profile: Profile) => numericCountyItem(profile, item) !== null;

/**
 * The items school columns decide and what they read (rules.md §4 items 3, 5, 6, 9, 12; §5 item 4;
 * engine/guarantee/roomCheck, classCounts, fundingCheck, schoolFindings). Not the reader's business:
 * it only knows the columns the L1–L7 indicators need (EXPECTED_KEYS), so the pane says the rest.
 */
const ITEM_NEEDS: readonly ItemNeed[] = [
  // Rooms needed come from the classes (roomsNeeded); rooms meeting the area rule from the bureau's count, else from the
  // rooms and their area (roomCheck), a room count without its area being the engine's to say (music_rooms_area_missing).
  { item: "G3", needs: [["classes"], ["musicRooms", "musicRoomsCompliant"], ["artRooms", "artRoomsCompliant"]], applies: always },
  { item: "G5", needs: [["largestClass", ...BUCKETS]], applies: always },
  { item: "G6", needs: [["publicFunding"]], applies: (profile) => profile.guarantee.funding.norm !== null },
  { item: "G9", needs: [["trainedTeachers"]], applies: withThreshold("G9") },
  { item: "G12", needs: [["certifiedTeachers"]], applies: withThreshold("G12") },
  { item: "Q4", needs: [["trainingFunds"], ["publicFunding"]], applies: withThreshold("Q4") },
];

/** An item the columns read leave 待评估, with the alternatives none of which was found. */
export interface ItemLeftPending {
  readonly item: string;
  readonly missing: readonly Alternatives[];
}

/**
 * The items of `profile` that the columns found (`present`, the fields of the mapping) leave
 * 待评估, each with what it lacks.
 *
 * @example itemsLeftPending(national, new Set(["name", "students", "publicFunding"]))
 * // [{ item: "G3", missing: [["musicRoomsArea", "musicRoomsCompliant"], ["artRoomsArea", "artRoomsCompliant"]] }, { item: "G5", … }, { item: "G9", … }, { item: "G12", … }, { item: "Q4", missing: [["trainingFunds"]] }]
 */
export function itemsLeftPending(profile: Profile, present: ReadonlySet<string>): ItemLeftPending[] {
  return ITEM_NEEDS.filter((need) => need.applies(profile)).flatMap((need) => {
    const missing = need.needs.filter((alternatives) => !alternatives.some((key) => present.has(key)));
    return missing.length === 0 ? [] : [{ item: need.item, missing }];
  });
}
