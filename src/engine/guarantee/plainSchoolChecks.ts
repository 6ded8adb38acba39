import type { CountyItem, Profile } from "../../profiles/schema";
import { perObject } from "../perObject";
import { FIELD, type RecordColumns } from "../table/recordColumns";
import { FIELD_KEYS, stageIndex, type SchoolRecord } from "../types";
import { anyBucket, limitOf } from "./classTally";
import { CHECK, putCheck, putTeacherCount, TEACHER, type CheckTable } from "./checkTable";
import { classStatus, roomsStatus, shortfallStatus, verdictStatus } from "./checkStatus";
import { meets, q4Item } from "./compare";
import { builtBy } from "./recordValues";
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

/** What the plain checks need of a profile, worked out once per profile (plainPlan). */
interface PlainPlan {
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
 * Whether the plain checks take `group`, `record` its one row at `at` in the whole rows' numbers
 * (see the file comment): asked before anything is written.
 */
function isPlain(group: SchoolGroup, record: SchoolRecord, roles: RecordRoles, plan: PlainPlan, data: Float64Array, at: number): boolean {
  if (record.stage === null || !plainType(group.type) || roles[group.indexes[0] ?? 0] === 1) return false;
  const { flags } = record;
  if (plan.smallRural && flags.rural === true) return false;
  if (plan.funded && !(plan.publicOnly && flags.private === true)) return false;
  return !anyBucket(data, at);
}

/**
 * One kind of room's shortfall (roomsShort of fastSchoolChecks for a school of one row): the
 * compliant rooms stated, else estimated from the rooms and their total area at `required` m² a
 * room; null when unknown; NaN when only one of rooms and area is given (a problem the reference
 * words). Sets plainEstimated when the estimate may make the shortfall too small.
 * @example 2 rooms of 190 m² in all, 96 m² required, 3 needed → compliant min(2, ⌊190 ÷ 96⌋) = 1, short 2; at least 0 compliant (190 < 2 × 96), so the estimate may understate: plainEstimated
 */
function plainRoomsShort(data: Float64Array, at: number, fields: readonly [number, number, number], needed: number, required: number): number | null {
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
  return !Number.isNaN(needed) && !Number.isNaN(compliant) ? Math.max(0, needed - compliant) : null;
}

// Whether the school being checked has a room estimate that may be too high (RoomFinding.estimated), beside the shortfalls returned.
let plainEstimated = false;

const MUSIC: readonly [number, number, number] = [FIELD.musicRoomsCompliant, FIELD.musicRooms, FIELD.musicRoomsArea];
const ART: readonly [number, number, number] = [FIELD.artRoomsCompliant, FIELD.artRooms, FIELD.artRoomsArea];

/**
 * The checks of a plain school (see the file comment) written to row `row` of `out`, an empty
 * table, as fastSchoolChecks writes them: true when written, false for the reference path (rooms
 * given without their area or the other way, a problem it words), null — nothing written — for
 * a school the plain checks do not take.
 * @example a 小学 of 2130 students, 30 classes, largest 40, 3 music and 3 art rooms stated compliant (national) → G3 pass (needed 3), G4 fail 130 (cap 2000), G5 pass 0
 */
export function plainSchoolChecks(group: SchoolGroup, columns: RecordColumns, roles: RecordRoles, plan: PlainPlan, out: CheckTable, row: number): boolean | null {
  if (group.indexes.length !== 1) return null;
  const record = group.records[0] as SchoolRecord;
  const data = columns.whole.data;
  const at = (group.indexes[0] ?? 0) * FIELD_COUNT;
  if (!isPlain(group, record, roles, plan, data, at)) return null;
  const records = group.records;
  const oldRooms = plan.oldRooms !== null && builtBy(records, plan.oldRooms.builtBy, "builtBy2016") ? plan.oldRooms : null;
  const classes = (data[at + FIELD.classes] as number) + 0;
  // NaN for null: no room is needed when the classes are unknown.
  const needed = Number.isNaN(classes) ? NaN : roomsNeeded(classes, plan.classesPerRoom);
  plainEstimated = false;
  const music = plainRoomsShort(data, at, MUSIC, needed, oldRooms === null ? plan.musicArea : Math.min(plan.musicArea, oldRooms.musicArea));
  const art = plainRoomsShort(data, at, ART, needed, oldRooms === null ? plan.artArea : Math.min(plan.artArea, oldRooms.artArea));
  if (Number.isNaN(music) || Number.isNaN(art)) return false;
  putCheck(out, row, CHECK.G3, roomsStatus(music, art), music !== null && art !== null ? music + art : NaN);
  out.roomsEstimated[row] = plainEstimated ? 1 : 0;
  plainClassCheck(data, at, plan.limits[stageIndex(record.stage as NonNullable<SchoolRecord["stage"]>)] ?? 0, out, row);
  out.names[row] = group.name;
  putTeacherCount(out, row, TEACHER.teachers, (data[at + FIELD.teachers] as number) + 0);
  putTeacherCount(out, row, TEACHER.certified, (data[at + FIELD.certifiedTeachers] as number) + 0);
  putTeacherCount(out, row, TEACHER.trained, (data[at + FIELD.trainedTeachers] as number) + 0);
  out.counted[row] = 1;
  const oldSize = plan.oldSize !== null && builtBy(records, plan.oldSize.builtBy, "builtBy2010") ? plan.oldSize : null;
  plainSizeCheck(data, at, oldSize === null ? plan.cap : oldSize.single, out, row);
  if (plan.q4 !== null) plainTrainingCheck(data, at, plan.q4, out, row);
  return true;
}

/**
 * G5 of a row without class-size buckets (oneRowCount): unknown without the largest class, else
 * pass when it is within `limit` and at least one class over (a lower bound, no figure) when not.
 * @example largest 45, limit 45 → pass, 0; largest 46 → fail, no figure (at least 1 class over); none → unknown
 */
function plainClassCheck(data: Float64Array, at: number, limit: number, out: CheckTable, row: number): void {
  const largest = data[at + FIELD.largestClass] as number;
  if (Number.isNaN(largest)) return putCheck(out, row, CHECK.G5, classStatus(false, 0, true), NaN);
  const within = largest <= limit;
  putCheck(out, row, CHECK.G5, classStatus(true, within ? 0 : 1, within), within ? 0 : NaN);
}

/** G4 against `cap` (sizeItem): the students over it, unknown without the students. */
function plainSizeCheck(data: Float64Array, at: number, cap: number, out: CheckTable, row: number): void {
  const students = (data[at + FIELD.students] as number) + 0;
  const over = Number.isNaN(students) ? null : studentsOverCap(students, cap);
  putCheck(out, row, CHECK.G4, shortfallStatus(over), over === null ? NaN : over);
}

/** Q4 (trainingCheck): training funds ÷ public funding against `q4`, unknown without either or without funding. */
function plainTrainingCheck(data: Float64Array, at: number, q4: CountyItem, out: CheckTable, row: number): void {
  const funds = (data[at + FIELD.trainingFunds] as number) + 0;
  const budget = (data[at + FIELD.publicFunding] as number) + 0;
  const share = Number.isNaN(funds) || Number.isNaN(budget) || budget <= 0 ? NaN : funds / budget;
  putCheck(out, row, CHECK.Q4, verdictStatus(Number.isNaN(share) ? null : meets(share, q4)), share);
}
