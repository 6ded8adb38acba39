import type { CountyItem, Profile } from "../../profiles/schema";
import { perObject } from "../perObject";
import { FIELD, type RecordColumns, type Source } from "../table/recordColumns";
import { FIELD_KEYS, STAGES, type SchoolRecord } from "../types";
import { offHeapFloat64 } from "../table/offHeap";
import { anyBucket, limitOf } from "./classTally";
import { CHECK, TEACHER, TEACHER_COUNTS, type CheckTable } from "./checkTable";
import { CHECKED_ITEMS, STATUS, verdictStatus } from "./checkStatus";
import { meets, q4Item } from "./compare";
import { recordBuiltBy } from "./recordValues";
import { roomsNeeded } from "./roomCheck";
import { roomsRuralityCell, roomsRuralityIssue } from "./roomsRuralityIssue";
import type { SchoolGroup } from "./schoolGroups";
import type { RecordRoles } from "./schoolRole";

/**
 * The per-school checks of the commonest school, specialised: one row of one stage, a 小学, 初中 or
 * teaching point that counts, without class-size buckets, not a rural school where the profile
 * relaxes small rural schools' rooms, and not judged on a funding norm (the profile has none, or
 * exempts the school). Such a school's rules (fastSchoolChecks, schoolFindings) come down to a few
 * comparisons of its row's numbers against the profile's constants, which are worked out once per
 * profile (plainPlan) rather than looked up through the general checks' helpers for every school:
 * the general fast path spent about 3,000 instructions on each such school, most of them in what
 * it must decide for schools of several rows or stages. A 九年一贯制 school of one row giving both
 * stages' numbers, each stage its largest class and no bucket, is taken too (combinedChecks): the
 * general path's totals and class count for it cost as much again as a plain school's checks. Any
 * other school is left to the general fast path (null), before anything is written.
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
  /** The cap of a 九年一贯制 school (sizeCap's `combined`). */
  readonly combinedCap: number;
  readonly oldSize: Profile["guarantee"]["schoolSize"]["relaxedOld"];
  /** The class-size limit of each stage (index in STAGES). */
  readonly limits: readonly [number, number];
  /** Whether a rural school may be a small rural one, whose rooms the general path judges. */
  readonly smallRural: boolean;
  /** The small rural relaxation of the profile (rules.md §4 item 3), for a school whose rurality is not given (unstatedRuralArea). */
  readonly relaxedSmallRural: Profile["guarantee"]["rooms"]["relaxedSmallRural"];
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
    combinedCap: schoolSize.combined,
    oldSize: schoolSize.relaxedOld,
    limits: [limitOf(classSize, 0), limitOf(classSize, 1)],
    smallRural: rooms.relaxedSmallRural !== null,
    relaxedSmallRural: rooms.relaxedSmallRural,
    funded: funding.norm !== null,
    publicOnly: funding.publicOnly,
    q4: q4Item(profile),
  };
});

/**
 * Whether a school's type is one the plain checks take: a single stage's school, capped as a single
 * school (sizeCap). The three comparisons are added, not chained with ||: a county mixes 小学 and
 * 初中 in no order, and the chain's first branch went one way or the other with each school.
 */
function plainType(type: SchoolGroup["type"]): boolean {
  return +(type === "primary") + +(type === "junior") + +(type === "teaching_point") !== 0;
}

/**
 * Whether the plain checks take the school of one row `record`, record `index` of the county, as
 * far as its type, role and flags say (see the file comment; its class data are asked after):
 * asked before anything is written. A 九年一贯制 row giving both stages' numbers (stageFields) is
 * taken as well: one school of one row, whose rooms, teachers and funds are its stages' sums.
 */
function isPlain(record: SchoolRecord, index: number, columns: RecordColumns, roles: RecordRoles, plan: PlainPlan): boolean {
  if (record.stage === null ? record.type !== "nine_year" || columns.stagesGiven[index] !== BOTH_STAGES : !plainType(record.type)) return false;
  if (roles[index] === 1) return false;
  const { flags } = record;
  if (plan.smallRural && flags.rural === true) return false;
  return !(plan.funded && !(plan.publicOnly && flags.private === true));
}

/** The stagesGiven bits of a row giving both stages' numbers. */
const BOTH_STAGES = 3;

/**
 * One kind of room's shortfall (roomsShort of fastSchoolChecks for a school of one row): the
 * compliant rooms stated, else estimated from the rooms and their total area at `required` m² a
 * room; −1 when unknown (roomsShort's null); NaN when only one of rooms and area is given (a
 * problem the reference words). A small integer or −1 rather than null: no boxed number, and one
 * comparison per use (putPlainChecks). Sets plainEstimated when the estimate may make the shortfall too small.
 * Whether a value is given is the same for most schools, and is branched on; what the values
 * compare to is not (either way, school by school), and is worked out by arithmetic on the
 * comparisons (pick, +(a > b)), which V8 compiles without a branch.
 * @example 2 rooms of 190 m² in all, 96 m² required, 3 needed → compliant min(2, ⌊190 ÷ 96⌋) = 1, short 2; at least 0 compliant (190 < 2 × 96), so the estimate may understate: plainEstimated
 */
function plainRoomsShort(data: Float64Array, at: number, fields: readonly [number, number, number], needed: number, required: number): number {
  let compliant = (data[at + fields[0]] as number) + 0;
  if (Number.isNaN(compliant)) {
    const rooms = (data[at + fields[1]] as number) + 0;
    const area = (data[at + fields[2]] as number) + 0;
    if (Number.isNaN(rooms) !== Number.isNaN(area)) return NaN;
    if (!Number.isNaN(rooms)) {
      // estimateCompliantRooms: Math.min(rooms, ⌊area ÷ required⌋) — NaN too when `required` is 0 and so is the area — but for the sign of a zero, which no use below tells apart.
      const fit = Math.floor(area / required);
      compliant = pick(rooms, fit, +!(fit >= rooms));
      // leastCompliantRooms, then estimateMayUnderstate (false when `needed` is NaN, as the comparison is).
      const least = +(rooms >= 1) & +(area >= rooms * required);
      plainEstimated |= +(compliant > least) & +(needed > least);
    }
  }
  // NaN when either is unknown (both are finite otherwise); Math.max(0, short) else.
  const short = needed - compliant;
  return Number.isNaN(short) ? -1 : pick(0, short, +(short > 0));
}

/** Scratch for pick: an array outside V8's heap, whose address the compiled code holds (offHeap.ts). */
const PICKED = offHeapFloat64(2);

/**
 * `second` (0 or 1, from a comparison) ? b : a, without a branch: the two values stored and one
 * read back by the index, for a choice the data make either way from school to school, where a
 * branch would be mispredicted about as often as taken. Exact, unlike a + (b − a) × second.
 * @example pick(0, 130, +(130 > 0)) // 130; pick(0, -5, +(-5 > 0)) // 0
 */
function pick(a: number, b: number, second: number): number {
  PICKED[0] = a;
  PICKED[1] = b;
  return PICKED[second] as number;
}

// Whether the school being checked has a room estimate that may be too high (RoomFinding.estimated), beside the shortfalls returned: 1 or 0.
let plainEstimated = 0;

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
  if (!isPlain(record, index, columns, roles, plan)) return null;
  const whole = columns.whole.data;
  const at = index * FIELD_COUNT;
  if (record.stage === null) return combinedChecks(record, columns, at, plan, out, row);
  if (anyBucket(whole, at)) return null;
  // G5 without buckets (oneRowCount): the largest class against the stage's limit, read by index (stageIndex: 0 for the first of STAGES), without a branch on the stage.
  const largest = whole[at + FIELD.largestClass] as number;
  const within = +(largest <= (plan.limits[+(record.stage !== STAGES[0])] as number));
  return plainRowChecks(record, whole, at, plan, out, row, within + +Number.isNaN(largest) * UNKNOWN_CLASSES, false, unstatedRuralArea(record, plan, largest, largest));
}

/**
 * The room area a school whose rurality is not given would need as a small rural one (rules.md §4
 * item 3: every class under the limit; a combined school the larger of its stages' areas), or 0
 * when that cannot arise: its rurality given, no relaxation, a class at the limit or unknown.
 * @example national, 小学 rurality not given, largest class 25 → 54; largest 30, or rurality given → 0
 */
function unstatedRuralArea(record: SchoolRecord, plan: PlainPlan, primaryLargest: number, juniorLargest: number): number {
  const rural = plan.relaxedSmallRural;
  if (rural === null || record.flags.rural !== undefined || !(primaryLargest < rural.largestClassBelow && juniorLargest < rural.largestClassBelow)) return 0;
  return record.stage === null ? Math.max(rural.primary, rural.junior) : rural[record.stage];
}

/** The G5 code plainRowChecks takes for a school without its largest class: neither within (1) nor over (0). */
const UNKNOWN_CLASSES = 2;

/**
 * The numbers of the 九年一贯制 row being checked (combinedChecks), as its school's totals:
 * the fields plainRowChecks reads, each recordTotal's value (rowFieldValue of fastSchoolChecks).
 */
const COMBINED = new Float64Array(FIELD_COUNT);
const COMBINED_FIELDS: readonly number[] = [
  FIELD.students, FIELD.classes, FIELD.teachers, FIELD.certifiedTeachers, FIELD.trainedTeachers, FIELD.musicRoomsCompliant, FIELD.musicRooms, FIELD.musicRoomsArea, FIELD.artRoomsCompliant, FIELD.artRooms, FIELD.artRoomsArea, FIELD.trainingFunds, FIELD.publicFunding,
];

/**
 * The checks of a 九年一贯制 school of one row giving both stages (isPlain): what the general
 * fast path gives such a school, without its group, its totals of every field, or its count of
 * classes through the general count. Its classes are counted per stage when each stage gives its
 * largest class and no bucket (addRecord: the stages' own class data, whatever the whole row
 * gives): the classes over are the stages' added, exact only when each stage is within its limit,
 * so G5 passes with 0 when both are within and fails without a figure otherwise. Any other class
 * data: null, for the general count. Its other figures are recordTotal's: the stages' sum when
 * both give the field, else the whole row's.
 * @example 小学 largest class 44 (≤ 45) and 初中 52 (> 50) → G5 fail, no figure; students 700 + 500 = 1200 against the combined cap
 */
function combinedChecks(record: SchoolRecord, columns: RecordColumns, at: number, plan: PlainPlan, out: CheckTable, row: number): boolean | null {
  const primary = (columns.staged[0] as Source).data;
  const junior = (columns.staged[1] as Source).data;
  const first = (primary[at + FIELD.largestClass] as number) + 0;
  const second = (junior[at + FIELD.largestClass] as number) + 0;
  if (Number.isNaN(first) || Number.isNaN(second) || anyBucket(primary, at) || anyBucket(junior, at)) return null;
  const whole = columns.whole.data;
  for (let n = 0; n < COMBINED_FIELDS.length; n++) {
    const f = at + (COMBINED_FIELDS[n] as number);
    const stages = (primary[f] as number) + (junior[f] as number);
    COMBINED[f - at] = Number.isNaN(stages) ? (whole[f] as number) : stages;
  }
  const within = +(first <= plan.limits[0]) & +(second <= plan.limits[1]);
  return plainRowChecks(record, COMBINED, 0, plan, out, row, within, true, unstatedRuralArea(record, plan, first, second));
}

/**
 * The checks of a plain school from its numbers at `at` in `data`: `within` its G5 (1 every class
 * within the limit, 0 some class over, UNKNOWN_CLASSES no class data), `combined` for a
 * 九年一贯制 school's size cap (sizeCap's `combined`, else `single`); `ruralArea` the area of a
 * school whose rurality is not given as a small rural one (unstatedRuralArea), 0 when none: a
 * school it passes while the full areas fail it is warned of here (pushRuralityIssue), not left
 * to the reference path, whose check of a whole school costs many times the plain checks.
 */
function plainRowChecks(record: SchoolRecord, data: Float64Array, at: number, plan: PlainPlan, out: CheckTable, row: number, within: number, combined: boolean, ruralArea: number): boolean {
  const oldRooms = plan.oldRooms !== null && recordBuiltBy(record, plan.oldRooms.builtBy, "builtBy2016") ? plan.oldRooms : null;
  const classes = (data[at + FIELD.classes] as number) + 0;
  // NaN for null: no room is needed when the classes are unknown.
  const needed = Number.isNaN(classes) ? NaN : roomsNeeded(classes, plan.classesPerRoom);
  plainEstimated = 0;
  const musicArea = oldRooms === null ? plan.musicArea : Math.min(plan.musicArea, oldRooms.musicArea);
  const artArea = oldRooms === null ? plan.artArea : Math.min(plan.artArea, oldRooms.artArea);
  const music = plainRoomsShort(data, at, MUSIC, needed, musicArea);
  const art = plainRoomsShort(data, at, ART, needed, artArea);
  if (Number.isNaN(music) || Number.isNaN(art)) return false;
  out.names[row] = record.name;
  putPlainChecks(record, data, at, plan, out, row, music, art, within, combined);
  // After putPlainChecks, which has noted the room estimate: ruralWouldPass may set plainEstimated for the relaxed areas, which are not the judged ones.
  if (ruralArea > 0 && (music > 0 || art > 0) && ruralWouldPass(data, at, needed, [musicArea, artArea], ruralArea)) pushRuralityIssue(record, plan, out);
  return true;
}

/**
 * Whether a school short of rooms at `areas` (music, art) would have none short at the small rural
 * area `ruralArea` (unstatedRuralArea), each kind at the lesser of the two, as requiredRoomArea takes
 * the least area that applies: the case the reference path warns of (roomsRuralityIssues).
 * @example 1 music and 1 art room of 60 m², 1 needed, areas [96, 90], rural 54 → true; rooms of 50 m² → false
 */
function ruralWouldPass(data: Float64Array, at: number, needed: number, areas: readonly [number, number], ruralArea: number): boolean {
  return plainRoomsShort(data, at, MUSIC, needed, Math.min(areas[0], ruralArea)) === 0 && plainRoomsShort(data, at, ART, needed, Math.min(areas[1], ruralArea)) === 0;
}

/**
 * The warning that the school's unstated rurality decides its G3 (roomsRuralityIssue) into the
 * table's issues, in school order as the reference path's putChecks keeps them: only a school
 * written by the plain checks, which raises no other issue, gets here.
 */
function pushRuralityIssue(record: SchoolRecord, plan: PlainPlan, out: CheckTable): void {
  if (plan.relaxedSmallRural !== null) out.issues.push(roomsRuralityIssue(record.name, roomsRuralityCell([record]), plan.relaxedSmallRural));
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
function putPlainChecks(record: SchoolRecord, data: Float64Array, at: number, plan: PlainPlan, out: CheckTable, row: number, music: number, art: number, within: number, combined: boolean): void {
  const { status, value, given } = out;
  const c = row * ITEMS;
  // roomsStatus: fail when either is short, else unknown when either is unknown (−1), else pass.
  const short = +(music > 0) | +(art > 0);
  const unknown = +(music < 0) | +(art < 0);
  status[c + CHECK.G3] = STATUS.PASS + short + ((unknown & (short ^ 1)) << 1);
  if (music >= 0 && art >= 0) putFigure(value, given, c + CHECK.G3, music + art);
  out.roomsEstimated[row] = plainEstimated;
  // G5 (`within`): pass, 0, within the limit; at least one class over, no figure; unknown without class data. Counted from the code, without a branch.
  status[c + CHECK.G5] = STATUS.FAIL - within + (within >> 1) * STATUS.UNKNOWN;
  // The figure 0 is written whether or not given: a figure not given is never read (CheckTable.value).
  value[c + CHECK.G5] = 0;
  given[c + CHECK.G5] = within & 1;
  putTeacherCounts(data, at, out, row);
  out.counted[row] = 1;
  const oldSize = plan.oldSize !== null && recordBuiltBy(record, plan.oldSize.builtBy, "builtBy2010") ? plan.oldSize : null;
  const students = (data[at + FIELD.students] as number) + 0;
  if (Number.isNaN(students)) status[c + CHECK.G4] = STATUS.UNKNOWN;
  else {
    // studentsOverCap (Math.max(0, over)) and shortfallStatus, from one comparison.
    const over = students - (combined ? (oldSize === null ? plan.combinedCap : oldSize.combined) : oldSize === null ? plan.cap : oldSize.single);
    const fail = +(over > 0);
    status[c + CHECK.G4] = STATUS.PASS + fail;
    putFigure(value, given, c + CHECK.G4, pick(0, over, fail));
  }
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
