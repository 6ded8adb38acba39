import { numericCountyItem } from "./compare";
import { specialThresholds } from "./specialFunding";
import { bucketPartition } from "./classCounts";
import { CLASS_BUCKET_SPANS, type FieldKey } from "../types";
import type { Profile } from "../../profiles/schema";

/**
 * Fields that meet a need together: all of them (a room count with its area), unless the list
 * carries a rule of its own (`met`, on the fields present) and a name for the fields as one
 * (`group`, for a front end to say them as one phrase), as CLASS_BUCKET_FIELDS does.
 */
export interface FieldList extends ReadonlyArray<FieldKey> {
  readonly met?: (present: ReadonlySet<string>) => boolean;
  readonly group?: "class_buckets";
}

/** One way of meeting a need: a field, or a list of fields (FieldList). */
export type Option = FieldKey | FieldList;

/** An item judged from school columns, the columns it reads, and whether the profile judges it at all. */
interface ItemNeed {
  readonly item: string;
  /** Every need must be met, each by any one of its options. */
  readonly needs: readonly (readonly Option[])[];
  readonly applies: (profile: Profile) => boolean;
}

/**
 * Every class-size bucket field, the ten and the merged ones: met by any of them that partition
 * the class sizes (bucketPartition, as classSizeFinding uses them), not by all together.
 *
 * @example CLASS_BUCKET_FIELDS.met(new Set(["classes_le45", "classes_46_55", "classes_56_65", "classes_ge66"])) // true
 */
export const CLASS_BUCKET_FIELDS: FieldList = Object.assign(
  CLASS_BUCKET_SPANS.map((b) => b.key),
  { met: (present: ReadonlySet<string>) => bucketPartition((key) => present.has(key)) !== null, group: "class_buckets" as const },
);
const always = (): boolean => true;
/** G9, G12 and Q4 are judged from school columns only when the profile sets them a threshold (evaluateCountyAreas). */
const withThreshold = (item: string) => (profile: Profile) => numericCountyItem(profile, item) !== null;

/**
 * The items school columns decide and what they read (rules.md §4 items 3, 5, 6, 7, 9, 12; §5 item 4;
 * roomCheck, classSizeCheck, fundingCheck, specialFunding, schoolFindings, schoolDataItem). The
 * reader only knows the columns the L1–L7 indicators need (EXPECTED_KEYS), so a front end says the
 * rest from this table. 在校生数 is not listed: the reader requires it. itemNeeds.test.ts checks the
 * table against what evaluate does without each column.
 */
const ITEM_NEEDS: readonly ItemNeed[] = [
  // Rooms needed come from the classes (roomsNeeded); rooms meeting the area rule from the bureau's count, else from the
  // rooms and their area together (roomCheck: a count without its area, or an area without its count, decides nothing).
  {
    item: "G3",
    needs: [["classes"], [["musicRooms", "musicRoomsArea"], "musicRoomsCompliant"], [["artRooms", "artRoomsArea"], "artRoomsCompliant"]],
    applies: always,
  },
  // The largest class, or buckets covering every class size (the ten, or merged ones with them): a partial set is reported and not used (classSizeFinding).
  { item: "G5", needs: [["largestClass", CLASS_BUCKET_FIELDS]], applies: always },
  { item: "G6", needs: [["publicFunding"]], applies: (profile) => profile.guarantee.funding.norm !== null },
  // A special school's public funding per student (specialFundingFinding); without the column no school can show it.
  { item: "G7", needs: [["publicFunding"]], applies: (profile) => Object.keys(specialThresholds(profile)).length > 0 },
  // County rates over all full-time teachers (rateItem): the count of teachers is the denominator.
  { item: "G9", needs: [["trainedTeachers"], ["teachers"]], applies: withThreshold("G9") },
  { item: "G12", needs: [["certifiedTeachers"], ["teachers"]], applies: withThreshold("G12") },
  { item: "Q4", needs: [["trainingFunds"], ["publicFunding"]], applies: withThreshold("Q4") },
];

/**
 * An item the columns read leave 待评估, with the needs none of whose options was found (each option
 * a field, or fields wanted together: of those, only the ones not found).
 */
export interface ItemLeftPending {
  readonly item: string;
  readonly missing: readonly (readonly Option[])[];
}

/**
 * What an option not met still lacks: fields wanted together, only those not found (a room count
 * found without its area lacks the area, not the count the sheet has); a field or a group as it is.
 */
function lacking(option: Option, present: ReadonlySet<string>): Option {
  return typeof option === "string" || option.group !== undefined ? option : option.filter((key) => !present.has(key));
}

function met(option: Option, present: ReadonlySet<string>): boolean {
  if (typeof option === "string") return present.has(option);
  return option.met === undefined ? option.every((key) => present.has(key)) : option.met(present);
}

/**
 * The items of `profile` that the columns found (`present`, the fields of the mapping) leave
 * 待评估, each with what it lacks: each need none of whose options the columns meet.
 *
 * @example itemsLeftPending(national, new Set(["name", "students", "teachers", "publicFunding"]))
 * // [{ item: "G3", missing: [["classes"], [["musicRooms", "musicRoomsArea"], "musicRoomsCompliant"], …] }, { item: "G5", … }, { item: "G9", missing: [["trainedTeachers"]] }, { item: "G12", … }, { item: "Q4", missing: [["trainingFunds"]] }]
 */
export function itemsLeftPending(profile: Profile, present: ReadonlySet<string>): ItemLeftPending[] {
  return ITEM_NEEDS.filter((need) => need.applies(profile)).flatMap((need) => {
    const missing = need.needs.filter((options) => !options.some((option) => met(option, present))).map((options) => options.map((option) => lacking(option, present)));
    return missing.length === 0 ? [] : [{ item: need.item, missing }];
  });
}
