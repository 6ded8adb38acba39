import type { CountyItem, Profile } from "../../profiles/schema";
import { perObject } from "../perObject";
import { FIELD, type RecordColumns } from "../table/recordColumns";
import { FIELD_KEYS, stageIndex, type SchoolRecord } from "../types";
import { anyBucket, limitOf } from "./classTally";
import { CHECK, TEACHER, TEACHER_COUNTS, type CheckTable } from "./checkTable";
import { CHECKED_ITEMS, shortfallStatus, STATUS, verdictStatus } from "./checkStatus";
import { meets, q4Item } from "./compare";
import { recordBuiltBy } from "./recordValues";
import { estimateCompliantRooms, estimateMayUnderstate, leastCompliantRooms, roomsNeeded } from "./roomCheck";
import type { SchoolGroup } from "./schoolGroups";
import type { RecordRoles } from "./schoolRole";
import { studentsOverCap } from "./sizeCheck";

/**
 * The per-school checks of the commonest school, specialised: one row of one stage, a 小学, 初中 or
 * teaching point that counts, without class-size buckets, not a rural school where the profile
 * relaxes small rural schools' rooms, and not judged on a funding norm (the profile has none, or
 * exempts the school). Such a school's rules (fastSchoolChecks, schoolFindings) come down to a few
 * comparisons of its row's numbers against the profile's constants, which are worked out once per
 * profile (plainPlan) rather than looked up through the general checks' helpers for every school:
 * the general fast path spent about 3,000 instructions on each such school, most of them in what
 * it must decide for schools of several rows or stages. Any other school is left to the general
 * fast path (null), before anything is written.
 */

const FIELD_COUNT = FIELD_KEYS.length;
/** The check table's columns (checkTable.ts): one per checked item. */
const ITEMS = CHECKED_ITEMS.length;

/** What the plain checks need of a profile, worked out once per profile (plainPlan). */
export interface PlainPlan {
  readonly classesPerRoom: number;
  readonly musicArea: number;
  readonly artArea: number;
  /** The rooms' relaxation for old schools (rules.md §4 item 3), null when the profile has none. */
  readonly oldRooms: Profile["guarantee"]["rooms"]["relaxedOld"];
  readonly cap: number;
  readonly oldSize: Profile["guarantee"]["schoolSize"]["relaxedOld"];
  /** The class-size limit of each stage (index in STAGES). */
  readonly limits: readonly [number, number];
  /** Whether a rural school may be a small rural one, whose rooms the general path judges. */
  readonly smallRural: boolean;
  /** Whether schools are judged on a funding norm, which the general path does; a private school of a public-only norm is not. */
  readonly funded: boolean;
  readonly publicOnly: boolean;
  readonly q4: CountyItem | null;
}

/**
 * The plain checks' constants of a profile.
 * @example plainPlan(national).limits // [45, 50]; .cap // 2000
 */
export const plainPlan = perObject((profile: Profile): PlainPlan => {
  const { rooms, schoolSize, classSize, funding } = profile.guarantee;
  return {
    classesPerRoom: rooms.classesPerRoom,
    musicArea: rooms.musicArea,
    artArea: rooms.artArea,
    oldRooms: rooms.relaxedOld,
    cap: schoolSize.single,
    oldSize: schoolSize.relaxedOld,
    limits: [limitOf(classSize, 0), limitOf(classSize, 1)],
    smallRural: rooms.relaxedSmallRural !== null,
    funded: funding.norm !== null,
    publicOnly: funding.publicOnly,
    q4: q4Item(profile),
  };
});

/** Whether a school's type is one the plain checks take: a single stage's school, capped as a single school (sizeCap). */
function plainType(type: SchoolGroup["type"]): boolean {
  return type === "primary" || type === "junior" || type === "teaching_point";
}

/**
 * Whether the plain checks take the school of one row `record`, record `index` of the county, at
 * `at` in the whole rows' numbers (see the file comment): asked before anything is written.
 */
function isPlain(record: SchoolRecord, index: number, roles: RecordRoles, plan: PlainPlan, data: Float64Array, at: number): boolean {
  if (record.stage === null || !plainType(record.type) || roles[index] === 1) return false;
  const { flags } = record;
  if (plan.smallRural && flags.rural === true) return false;
  if (plan.funded && !(plan.publicOnly && flags.private === true)) return false;
  return !anyBucket(data, at);
}

/**
 * One kind of room's shortfall (roomsShort of fastSchoolChecks for a school of one row): the
 * compliant rooms stated, else estimated from the rooms and their total area at `required` m² a
 * room; −1 when unknown (roomsShort's null); NaN when only one of rooms and area is given (a
 * problem the reference words). A small integer or −1 rather than null: no boxed number, and one
 * comparison per use (putPlainChecks). Sets plainEstimated when the estimate may make the shortfall too small.
 * @example 2 rooms of 190 m² in all, 96 m² required, 3 needed → compliant min(2, ⌊190 ÷ 96⌋) = 1, short 2; at least 0 compliant (190 < 2 × 96), so the estimate may understate: plainEstimated
 */
function plainRoomsShort(data: Float64Array, at: number, fields: readonly [number, number, number], needed: number, required: number): number {
  let compliant = (data[at + fields[0]] as number) + 0;
  if (Number.isNaN(compliant)) {
    const rooms = (data[at + fields[1]] as number) + 0;
    const area = (data[at + fields[2]] as number) + 0;
    if (Number.isNaN(rooms) !== Number.isNaN(area)) return NaN;
    if (!Number.isNaN(rooms)) {
      compliant = estimateCompliantRooms(rooms, area, required);
      if (!Number.isNaN(needed) && estimateMayUnderstate(compliant, leastCompliantRooms(rooms, area, required), needed)) plainEstimated = true;
    }
  }
  return !Number.isNaN(needed) && !Number.isNaN(compliant) ? Math.max(0, needed - compliant) : -1;
}

// Whether the school being checked has a room estimate that may be too high (RoomFinding.estimated), beside the shortfalls returned.
let plainEstimated = false;

const MUSIC: readonly [number, number, number] = [FIELD.musicRoomsCompliant, FIELD.musicRooms, FIELD.musicRoomsArea];
const ART: readonly [number, number, number] = [FIELD.artRoomsCompliant, FIELD.artRooms, FIELD.artRoomsArea];

/**
 * The checks of a plain school (see the file comment), the school of the one row `record` (record
 * `index` of the county: its group is that row alone, named as it), written to row `row` of `out`,
 * an empty table, as fastSchoolChecks writes them: true when written, false for the reference path
 * (rooms given without their area or the other way, a problem it words), null — nothing written —
 * for a school the plain checks do not take. Taking the record rather than its group lets the
 * county's loop (fastCountyAreas) check most schools without writing a group for each.
 * @example a 小学 of 2130 students, 30 classes, largest 40, 3 music and 3 art rooms stated compliant (national) → G3 pass (needed 3), G4 fail 130 (cap 2000), G5 pass 0
 */
export function plainSchoolChecks(record: SchoolRecord, index: number, columns: RecordColumns, roles: RecordRoles, plan: PlainPlan, out: CheckTable, row: number): boolean | null {
  const data = columns.whole.data;
  const at = index * FIELD_COUNT;
  if (!isPlain(record, index, roles, plan, data, at)) return null;
  const oldRooms = plan.oldRooms !== null && recordBuiltBy(record, plan.oldRooms.builtBy, "builtBy2016") ? plan.oldRooms : null;
  const classes = (data[at + FIELD.classes] as number) + 0;
  // NaN for null: no room is needed when the classes are unknown.
  const needed = Number.isNaN(classes) ? NaN : roomsNeeded(classes, plan.classesPerRoom);
  plainEstimated = false;
  const music = plainRoomsShort(data, at, MUSIC, needed, oldRooms === null ? plan.musicArea : Math.min(plan.musicArea, oldRooms.musicArea));
  const art = plainRoomsShort(data, at, ART, needed, oldRooms === null ? plan.artArea : Math.min(plan.artArea, oldRooms.artArea));
  if (Number.isNaN(music) || Number.isNaN(art)) return false;
  out.names[row] = record.name;
  putPlainChecks(record, data, at, plan, out, row, music, art);
  return true;
}

/**
 * Every check of a plain school into row `row` of `out` (an empty table: a figure or count left
 * out is not given, as emptyCheckTable left it; its figure is never read then), from its row's numbers at `at` and its
 * rooms short (`music`, `art`: plainRoomsShort, −1 unknown): G3 (roomsStatus), G5 (plainClassCheck's
 * rule), the teacher counts, G4 (sizeItem) and Q4 (trainingCheck). Written straight through with
 * the table's arrays taken once: through putCheck and the helpers of each check, about half of
 * the ≈ 1,500 instructions a plain school took were calls (over TurboFan's inlining budget), the
 * table's arrays loaded again for every write, and the figures boxed to be handed over.
 */
function putPlainChecks(record: SchoolRecord, data: Float64Array, at: number, plan: PlainPlan, out: CheckTable, row: number, music: number, art: number): void {
  const { status, value, given } = out;
  const c = row * ITEMS;
  status[c + CHECK.G3] = music > 0 || art > 0 ? STATUS.FAIL : music < 0 || art < 0 ? STATUS.UNKNOWN : STATUS.PASS;
  if (music >= 0 && art >= 0) putFigure(value, given, c + CHECK.G3, music + art);
  out.roomsEstimated[row] = plainEstimated ? 1 : 0;
  // G5 without buckets (oneRowCount): unknown without the largest class; pass, 0, within the limit; else at least one class over, no figure.
  const largest = data[at + FIELD.largestClass] as number;
  const limit = plan.limits[stageIndex(record.stage as NonNullable<SchoolRecord["stage"]>)] ?? 0;
  status[c + CHECK.G5] = Number.isNaN(largest) ? STATUS.UNKNOWN : largest <= limit ? STATUS.PASS : STATUS.FAIL;
  if (largest <= limit) putFigure(value, given, c + CHECK.G5, 0);
  putTeacherCounts(data, at, out, row);
  out.counted[row] = 1;
  const oldSize = plan.oldSize !== null && recordBuiltBy(record, plan.oldSize.builtBy, "builtBy2010") ? plan.oldSize : null;
  const students = (data[at + FIELD.students] as number) + 0;
  // NaN (unknown) without the students: shortfallStatus takes it as unknown.
  const over = Number.isNaN(students) ? NaN : studentsOverCap(students, oldSize === null ? plan.cap : oldSize.single);
  status[c + CHECK.G4] = shortfallStatus(over);
  if (!Number.isNaN(over)) putFigure(value, given, c + CHECK.G4, over);
  if (plan.q4 === null) return;
  const funds = (data[at + FIELD.trainingFunds] as number) + 0;
  const budget = (data[at + FIELD.publicFunding] as number) + 0;
  const share = Number.isNaN(funds) || Number.isNaN(budget) || budget <= 0 ? NaN : funds / budget;
  status[c + CHECK.Q4] = verdictStatus(Number.isNaN(share) ? null : meets(share, plan.q4));
  if (!Number.isNaN(share)) putFigure(value, given, c + CHECK.Q4, share);
}

/** A check's figure at `at` (putCheck's, for a figure that is a number). */
function putFigure(value: Float64Array, given: Uint8Array, at: number, figure: number): void {
  value[at] = figure;
  given[at] = 1;
}

/** The three teacher counts of the row at `at` into row `row` (putTeacherCount's): a count the row lacks stays not given. */
function putTeacherCounts(data: Float64Array, at: number, out: CheckTable, row: number): void {
  const { teacher, teacherGiven } = out;
  const t = row * TEACHER_COUNTS;
  const teachers = (data[at + FIELD.teachers] as number) + 0;
  const certified = (data[at + FIELD.certifiedTeachers] as number) + 0;
  const trained = (data[at + FIELD.trainedTeachers] as number) + 0;
  if (!Number.isNaN(teachers)) putFigure(teacher, teacherGiven, t + TEACHER.teachers, teachers);
  if (!Number.isNaN(certified)) putFigure(teacher, teacherGiven, t + TEACHER.certified, certified);
  if (!Number.isNaN(trained)) putFigure(teacher, teacherGiven, t + TEACHER.trained, trained);
}
