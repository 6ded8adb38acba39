import type { CountyItem, Profile } from "../../profiles/schema";
import { FIELD, valueAt, type RecordColumns } from "../table/recordColumns";
import { oneRowCount, schoolClassCount, stageBits } from "./classTally";
import { FIELD_KEYS, STAGES, stageIndex, type FieldKey, type SchoolRecord, type Stage } from "../types";
import { meets, q4Item } from "./compare";
import { amountShort } from "../tolerance";
import { boardersUnknown, readRurality, requiredYuan, unsplitStudents } from "./fundingCheck";
import { addStageStudents, emptyStageSums, resetStageSums, type StageSums } from "./stageSums";
import { groupFlag, groupRurality, groupStages } from "./recordValues";
import { estimateCompliantRooms, estimateMayUnderstate, leastCompliantRooms, requiredRoomArea, roomsNeeded, type RoomContext, type RoomKind } from "./roomCheck";
import { CHECK, putCheck, putTeacherCount, TEACHER, type CheckTable } from "./checkTable";
import { classStatus, roomsStatus, shortfallStatus, STATUS, verdictStatus } from "./checkStatus";
import { fundingExempt, isCompulsoryType } from "./schoolFindings";
import type { SchoolGroup } from "./schoolGroups";
import { schoolRole, type RecordRoles } from "./schoolRole";
import { sizeCap, studentsOverCap } from "./sizeCheck";
import { plainPlan, plainSchoolChecks } from "./plainSchoolChecks";
import { roomsRuralityCell, roomsRuralityIssue } from "./roomsRuralityIssue";

/**
 * The fast path of the per-school guarantee checks (schoolFindings.ts is the reference): the same
 * rules (rules.md §4 items 3–6, §5 item 4) computed from the records' numbers without the
 * figures, cells and intermediate objects that the guarantee sheet needs, so that a county of
 * thousands of schools is judged in one light pass. Checks carry no cells: the items' cells are
 * taken from the reference path when read (see fastCountyAreas). Returns false — the caller uses
 * the reference — for any school whose data would raise a problem or a warning (rooms without
 * their area, incomplete class-size buckets, a G6 verdict an unstated rurality puts in doubt) and
 * for special-education and other non-compulsory schools; but for one warning, which it says
 * itself: a G3 failed as judged that an unstated rurality would pass (rooms_rurality_unknown,
 * pushRuralityIssue), common in workbooks without a 城乡 column and cheap to decide here.
 */

const FIELD_COUNT = FIELD_KEYS.length;

/**
 * The school being checked: its rows in the county's columns, where its checks go, and its
 * totals — read in place as `total[at + field]` (every row must give the field, else NaN) and
 * `shared[at + field]` (the rows that give it; NaN when none does). For a school of one row of
 * one stage (most schools) both are that row's numbers in the columns; for any other they are
 * summed first into `groupTotals` and `sharedTotals`. Read in place rather than returned by a
 * helper: V8 boxes a returned number that is not a small integer (NaN for an absent field)
 * whenever it does not inline the helper, which here it often does not.
 */
interface School {
  columns: RecordColumns;
  group: SchoolGroup;
  out: CheckTable;
  row: number;
  total: Float64Array;
  shared: Float64Array;
  at: number;
  /**
   * Whether it fails G3 as judged and would pass as a small rural school while its rows do not say
   * whether it is rural: set by roomsCheck, warned of once its checks are all written (otherChecks).
   * Kept here, with the school, so that no flag of one school outlives it.
   */
  ruralityWarned: boolean;
}

/** The column of a field the checks total: groupValue and sharedValue take nothing else, so that no field can be asked for that putTotals does not sum. */
type Totalled = number & { readonly totalled: true };

/** The fields the checks total, by name: only these are summed for a school of several rows. */
const TOTAL = totalled(["classes", "students", "teachers", "certifiedTeachers", "trainedTeachers", "musicRoomsCompliant", "musicRooms", "musicRoomsArea", "artRoomsCompliant", "artRooms", "artRoomsArea", "trainingFunds", "publicFunding", "boardingStudents"]);
const TOTALLED: readonly Totalled[] = Object.values(TOTAL);

function totalled<K extends FieldKey>(keys: readonly K[]): Readonly<Record<K, Totalled>> {
  return Object.fromEntries(keys.map((k) => [k, FIELD[k]])) as Record<K, Totalled>;
}
const groupTotals = new Float64Array(FIELD_COUNT);
/** Reads NaN at every place: the numbers of a stage no record of the county has. */
const NO_NUMBERS = new Float64Array(0);
const sharedTotals = new Float64Array(FIELD_COUNT);

// The school being checked: one object rewritten for each school (the checks keep nothing of it and never nest), rather than one per school.
let current: School | undefined;

/**
 * Lets go of the last school checked (its rows, the county's columns and check table), once a
 * county's checks are done, so that nothing of the county stays reachable from this module.
 * @example try { countyAreas(args, fastCheck, context) } finally { releaseSchool() } // as fastCountyAreas does
 */
export function releaseSchool(): void {
  current = undefined;
}

function schoolAt(group: SchoolGroup, columns: RecordColumns, out: CheckTable, row: number): School {
  const plain = group.indexes.length === 1 && (group.records[0] as SchoolRecord).stage !== null;
  if (!plain) putTotals(columns, group);
  const total = plain ? columns.whole.data : groupTotals;
  const shared = plain ? total : sharedTotals;
  const at = plain ? (group.indexes[0] ?? 0) * FIELD_COUNT : 0;
  if (current === undefined) return (current = { columns, group, out, row, total, shared, at, ruralityWarned: false });
  current.columns = columns;
  current.group = group;
  current.out = out;
  current.row = row;
  current.total = total;
  current.shared = shared;
  current.at = at;
  current.ruralityWarned = false;
  return current;
}

/**
 * groupTotal and groupShared of the TOTALLED fields (recordValues.ts) into groupTotals and sharedTotals,
 * summed row by row in the same order: a row's value is recordTotal's — a combined row's stages
 * summed when every stage gives one, else its whole-row value.
 */
function putTotals(columns: RecordColumns, group: SchoolGroup): void {
  resetTotals(group.indexes.length > 0 ? 0 : NaN);
  for (let n = 0; n < group.indexes.length; n++) {
    const i = group.indexes[n] ?? 0;
    const given = (group.records[n] as SchoolRecord).stage === null ? (columns.stagesGiven[i] ?? 0) : 0;
    // A stage without columns reads as absent (NaN), as valueAt does.
    const primary = (given & 1) === 0 ? null : (columns.staged[0]?.data ?? NO_NUMBERS);
    const junior = (given & 2) === 0 ? null : (columns.staged[1]?.data ?? NO_NUMBERS);
    addRowTotals(columns.whole.data, primary, junior, given, i * FIELD_COUNT);
  }
}

/**
 * The totals emptied for a new school: groupTotals to `start` (0 with rows to sum, NaN for none),
 * sharedTotals to NaN (none given yet). Only the totalled fields are ever read (groupValue and
 * sharedValue take nothing else): only they are reset.
 */
function resetTotals(start: number): void {
  for (let t = 0; t < TOTALLED.length; t++) {
    groupTotals[TOTALLED[t] ?? 0] = start;
    sharedTotals[TOTALLED[t] ?? 0] = NaN;
  }
}

/**
 * One row's totalled fields (row data at `at`) added to groupTotals and, when given, to
 * sharedTotals: the row's stages summed when it gives stages (`given`) and every one has the
 * value, else its whole-row value — recordTotal's value. Apart from putTotals so that the pass
 * over the school's rows reads on its own.
 * @example a combined row giving both stages, students 300 (小学) + 200 (初中), whole-row 480 → adds 500
 */
function addRowTotals(whole: Float64Array, primary: Float64Array | null, junior: Float64Array | null, given: number, at: number): void {
  for (let t = 0; t < TOTALLED.length; t++) {
    const f = TOTALLED[t] ?? 0;
    const v = rowFieldValue(whole, primary, junior, given, at + f);
    groupTotals[f] = (groupTotals[f] ?? NaN) + v;
    if (!Number.isNaN(v)) sharedTotals[f] = (Number.isNaN(sharedTotals[f] ?? NaN) ? 0 : (sharedTotals[f] ?? 0)) + v;
  }
}

/*
 * groupValue and sharedValue are kept under 27 bytes of bytecode, which V8 inlines at every call
 * site whatever its inlining budget: at 29 bytes (with `?? NaN`) roomsCheck and otherChecks, out
 * of budget, called them (--trace-turbo-inlining), and a call returning NaN or a fraction boxes
 * it (12 kB allocated per evaluation of 1,000 sections; 3–7 % faster there in two A/B runs, within
 * noise at 100). No `?? NaN`: a read past the end (undefined) plus 0 is NaN all the same.
 */

/** groupTotal(records, key)?.value: every record must give it; NaN otherwise. `+ 0`: a cell of −0 (the text "-0") totals +0, as the sums start from 0. */
function groupValue(school: School, field: Totalled): number {
  return (school.total[school.at + field] as number) + 0;
}

/** groupShared(records, key)?.value: the records that give it; NaN when none does. */
function sharedValue(school: School, field: Totalled): number {
  return (school.shared[school.at + field] as number) + 0;
}

/** A check's figure for the table: NaN for none. */
function figure(value: number | null): number {
  return value === null ? NaN : value;
}

const ROOM_FIELDS: Readonly<Record<RoomKind, readonly [Totalled, Totalled, Totalled]>> = {
  music: [TOTAL.musicRoomsCompliant, TOTAL.musicRooms, TOTAL.musicRoomsArea],
  art: [TOTAL.artRoomsCompliant, TOTAL.artRooms, TOTAL.artRoomsArea],
};

const NOT_SMALL_RURAL: RoomContext = Object.freeze({ stages: [], smallRural: false });

/** The small-rural relaxation context of requiredRoomArea (compulsoryFindings): rural, and every class under the limit. */
function roomContext(school: School, profile: Profile): RoomContext {
  const { records } = school.group;
  const rural = profile.guarantee.rooms.relaxedSmallRural;
  if (rural === null || !groupFlag(records, "rural")) return NOT_SMALL_RURAL;
  const under = schoolClassCount(school.columns, records, school.group.indexes, rural.largestClassBelow - 1);
  const smallRural = under.state === "known" && under.exact && under.atLeast === 0;
  return smallRural ? { stages: groupStages(records), smallRural } : NOT_SMALL_RURAL;
}

/**
 * recordTotal's value of one row's field at `at` (the row's place plus the field): its stages
 * (`given`) summed when each has it, else its whole-row value. Small enough for V8 to inline at
 * both its sites (a number handed back from a call is boxed).
 * @example a combined row giving both stages, music rooms 1 (小学) + 1 (初中), whole-row blank → 2
 */
function rowFieldValue(whole: Float64Array, primary: Float64Array | null, junior: Float64Array | null, given: number, at: number): number {
  const stages = (primary === null ? 0 : (primary[at] ?? NaN)) + (junior === null ? 0 : (junior[at] ?? NaN));
  return given !== 0 && !Number.isNaN(stages) ? stages : (whole[at] ?? NaN);
}

// rowsEstimate's sums for the school being checked (rowsCompliant NaN: a row gives one of rooms and area without the other), beside rather than in an object per call.
let rowsCompliant = 0;
let rowsLeast = 0;

/**
 * rowsEstimate (roomCheck.ts) on the columns, for a school of several rows: each row's rooms and
 * area of one kind (`rooms`, `area`) as recordTotal reads them, estimated and added up into
 * rowsCompliant and rowsLeast in the rows' order.
 * @example rows art 1 room 120 m² and 1 room 60 m², required 90 → rowsCompliant 1, rowsLeast 1
 */
function putRowsEstimate(school: School, rooms: Totalled, area: Totalled, required: number): void {
  const { columns, group } = school;
  rowsCompliant = 0;
  rowsLeast = 0;
  for (let n = 0; n < group.indexes.length; n++) {
    const i = group.indexes[n] ?? 0;
    const given = (group.records[n] as SchoolRecord).stage === null ? (columns.stagesGiven[i] ?? 0) : 0;
    const primary = (given & 1) === 0 ? null : (columns.staged[0]?.data ?? NO_NUMBERS);
    const junior = (given & 2) === 0 ? null : (columns.staged[1]?.data ?? NO_NUMBERS);
    const r = rowFieldValue(columns.whole.data, primary, junior, given, i * FIELD_COUNT + rooms);
    const a = rowFieldValue(columns.whole.data, primary, junior, given, i * FIELD_COUNT + area);
    if (Number.isNaN(r) !== Number.isNaN(a)) rowsCompliant = NaN;
    if (Number.isNaN(r) || Number.isNaN(a)) continue;
    rowsCompliant += estimateCompliantRooms(r, a, required);
    rowsLeast += leastCompliantRooms(r, a, required);
  }
}

// Whether a roomsShort of the school being checked rested on an estimate that may be too high (RoomFinding.estimated): a flag beside the returned number rather than an object per call.
let roomsEstimated = false;

/** roomFinding's rooms short (null when unknown), or "problem" when only one of rooms / area is given; sets roomsEstimated as roomFinding's `estimated`. */
function roomsShort(kind: RoomKind, school: School, needed: number | null, profile: Profile, ctx: RoomContext): number | null | "problem" {
  // Chosen by comparison: a lookup keyed by the kind's name, twice for every school, cost more than the choice.
  const fields = kind === "music" ? ROOM_FIELDS.music : ROOM_FIELDS.art;
  let compliant = sharedValue(school, fields[0]);
  if (Number.isNaN(compliant)) {
    const rooms = sharedValue(school, fields[1]);
    const area = sharedValue(school, fields[2]);
    if (Number.isNaN(rooms) !== Number.isNaN(area)) return "problem";
    if (!Number.isNaN(rooms)) compliant = estimatedCompliant(school, fields, rooms, area, requiredRoomArea(kind, profile, school.group.records, ctx), needed);
  }
  return needed !== null && !Number.isNaN(compliant) ? Math.max(0, needed - compliant) : null;
}

/**
 * estimatedRooms (roomCheck.ts) on the columns: the compliant rooms estimated row by row for a
 * school of several rows where its rows allow (putRowsEstimate), else from its totals (`rooms`,
 * `area`); sets roomsEstimated when the estimate may make the shortfall too small.
 */
function estimatedCompliant(school: School, fields: readonly [Totalled, Totalled, Totalled], rooms: number, area: number, required: number, needed: number | null): number {
  const several = school.group.indexes.length > 1;
  if (several) putRowsEstimate(school, fields[1], fields[2], required);
  const byRows = several && !Number.isNaN(rowsCompliant);
  const compliant = byRows ? rowsCompliant : estimateCompliantRooms(rooms, area, required);
  const least = byRows ? rowsLeast : leastCompliantRooms(rooms, area, required);
  if (needed !== null && estimateMayUnderstate(compliant, least, needed)) roomsEstimated = true;
  return compliant;
}

/**
 * Whether a school short of rooms would meet G3 as a small rural one while its rows do not say
 * whether it is rural: the profile relaxes such schools, every class is under the limit (as
 * roomContext counts) and neither kind of room is short at the relaxed area.
 * @example national, 城乡 not given, 6 classes of 25, a music and an art room of 60 m² → true; 城乡 given, or a class of 30 → false
 */
function ruralityDecides(school: School, profile: Profile, needed: number | null): boolean {
  const { records } = school.group;
  const rural = profile.guarantee.rooms.relaxedSmallRural;
  if (rural === null || groupRurality(records) !== null) return false;
  const under = schoolClassCount(school.columns, records, school.group.indexes, rural.largestClassBelow - 1);
  if (under.state !== "known" || !under.exact || under.atLeast !== 0) return false;
  const ctx: RoomContext = { stages: groupStages(records), smallRural: true };
  return roomsShort("music", school, needed, profile, ctx) === 0 && roomsShort("art", school, needed, profile, ctx) === 0;
}

/** G3 from both kinds of room, written to the table; false when the data raise a problem. */
function roomsCheck(school: School, profile: Profile): boolean {
  const classes = groupValue(school, TOTAL.classes);
  const needed = Number.isNaN(classes) ? null : roomsNeeded(classes, profile.guarantee.rooms.classesPerRoom);
  const ctx = roomContext(school, profile);
  roomsEstimated = false;
  const music = roomsShort("music", school, needed, profile, ctx);
  const art = roomsShort("art", school, needed, profile, ctx);
  if (music === "problem" || art === "problem") return false;
  const status = roomsStatus(music, art);
  putCheck(school.out, school.row, CHECK.G3, status, music !== null && art !== null ? music + art : NaN);
  school.out.roomsEstimated[school.row] = roomsEstimated ? 1 : 0;
  // After the estimate is noted: ruralityDecides' rooms at the relaxed areas, which are not the judged ones, may set roomsEstimated.
  school.ruralityWarned = status === STATUS.FAIL && ruralityDecides(school, profile, needed);
  return true;
}

/**
 * The warning that the school's unstated rurality decides its G3 (roomsRuralityIssue), into the
 * table's issues when roomsCheck found so: said at the end of a school that counts and that the
 * fast path keeps (one it leaves to the reference path is warned of there, once), in school order
 * as the reference path's putChecks keeps them.
 */
function pushRuralityIssue(school: School, profile: Profile): void {
  const rural = profile.guarantee.rooms.relaxedSmallRural;
  if (school.ruralityWarned && rural !== null) school.out.issues.push(roomsRuralityIssue(school.group.name, roomsRuralityCell(school.group.records), rural));
}

/** G5 from the class sizes, written to the table; false when the buckets are incomplete (a problem). */
function classCheck(school: School, profile: Profile): boolean {
  const { group } = school;
  const limits = profile.guarantee.classSize;
  const stage = group.indexes.length === 1 ? (group.records[0] as SchoolRecord).stage : null;
  // A school of one row of one stage without buckets (most) is counted without the general count's calls.
  const over = (stage !== null ? oneRowCount(school.columns, group.indexes[0] ?? 0, stageIndex(stage), limits) : null) ?? schoolClassCount(school.columns, group.records, group.indexes, limits);
  if (over.state === "partial") return false;
  const known = over.state === "known";
  putCheck(school.out, school.row, CHECK.G5, classStatus(known, over.atLeast, over.exact), known && over.exact ? over.atLeast : NaN);
  return true;
}

/** Q4 (training funds ÷ public funding against `q4`'s threshold), written to the table. */
function trainingCheck(school: School, q4: CountyItem): void {
  const funds = sharedValue(school, TOTAL.trainingFunds);
  const budget = sharedValue(school, TOTAL.publicFunding);
  const share = Number.isNaN(funds) || Number.isNaN(budget) || budget <= 0 ? NaN : funds / budget;
  const verdict = Number.isNaN(share) ? null : meets(share, q4);
  putCheck(school.out, school.row, CHECK.Q4, verdictStatus(verdict), share);
}

/** G4, when the school's type has a size cap, written to the table. */
function sizeItem(school: School, profile: Profile): void {
  const { group } = school;
  const cap = sizeCap(group.type, profile, group.records);
  if (cap === null) return;
  const students = groupValue(school, TOTAL.students);
  const over = Number.isNaN(students) ? null : studentsOverCap(students, cap);
  putCheck(school.out, school.row, CHECK.G4, shortfallStatus(over), figure(over));
}

/** A record's students of one of its stages (stageFieldsOf(record, stage)?.students); NaN when not given. */
function stageStudentsAt(columns: RecordColumns, record: SchoolRecord, i: number, s: number, bits: number): number {
  if (record.stage !== null) return valueAt(columns.whole, FIELD.students, i);
  if (((columns.stagesGiven[i] ?? 0) & (1 << s)) !== 0) return valueAt(columns.staged[s === 0 ? 0 : 1], FIELD.students, i);
  return bits === 1 << s ? valueAt(columns.whole, FIELD.students, i) : NaN;
}

// The stage sums of the school being checked, reused from school to school.
const stageSums = emptyStageSums();

/**
 * stageStudents(records) as sums per stage, in the order the stages first appear (the order the
 * reference's Map adds them in), or null when a record's stage lacks its students. The sums
 * returned are overwritten by the next call.
 */
function studentsByStage({ columns, group }: School): StageSums | null {
  const into = resetStageSums(stageSums);
  for (let n = 0; n < group.indexes.length; n++) {
    const i = group.indexes[n] ?? 0;
    const record = group.records[n] as SchoolRecord;
    const bits = stageBits(columns, record, i);
    for (let s = 0; s < STAGES.length; s++) {
      if ((bits & (1 << s)) === 0) continue;
      const v = stageStudentsAt(columns, record, i, s, bits);
      if (Number.isNaN(v)) return null;
      addStageStudents(into, s, v);
    }
  }
  return into;
}

/**
 * fundingFinding(…)?.shortfall from the columns: the same sums, in the same order, and the same
 * unstated-rurality decision (readRurality) as the reference; "problem" when that decision raises a
 * warning, which the reference words.
 */
function fundingShortfall(school: School, profile: Profile, norm: Readonly<Record<Stage, number>>): number | null | "problem" {
  const funding = profile.guarantee.funding;
  const byStage = studentsByStage(school);
  const { records, type } = school.group;
  // A 九年一贯制 school giving only its total students is judged between two bounds by the reference, which says why.
  if (byStage === null) return unsplitStudents(type, records) === null ? null : "problem";
  if (byStage.count === 0) return null;
  const boarding = sharedValue(school, TOTAL.boardingStudents);
  const boarders = Number.isNaN(boarding) ? null : boarding;
  // A boarding school without its boarders may yet be short even without them: the reference decides and says so.
  if (boardersUnknown(funding, records, boarders)) return "problem";
  const actual = sharedValue(school, TOTAL.publicFunding);
  const at = (funded: number): number | null => shortfallFor(funding, norm, records, byStage, funded, boarders, actual);
  const { urban, how } = readRurality(funding, type, records, byStage, at, (shortfall) => shortfall);
  return how === "stated" || how === "same" ? urban : "problem";
}

/** The school's shortfall when funded for `funded` students; null when the requirement or the funding (NaN) is unknown. */
function shortfallFor(funding: Profile["guarantee"]["funding"], norm: Readonly<Record<Stage, number>>, records: readonly SchoolRecord[], byStage: StageSums, funded: number, boarders: number | null, actual: number): number | null {
  const required = requiredYuan(funding, norm, records, byStage, funded, boarders);
  return required === null || Number.isNaN(actual) ? null : amountShort(required, actual);
}

/** G6, when the profile has a funding norm and the school is judged on it (fundingExempt), written to the table; false when the data raise a warning. */
function fundingItem(school: School, profile: Profile): boolean {
  const norm = profile.guarantee.funding.norm;
  if (norm === null || fundingExempt(school.group.records, profile) !== null) return true;
  const shortfall = fundingShortfall(school, profile, norm);
  if (shortfall === "problem") return false;
  putCheck(school.out, school.row, CHECK.G6, shortfallStatus(shortfall), figure(shortfall));
  return true;
}

/**
 * The checks of one 小学 / 初中 / combined school / teaching point on the fast path, written to
 * row `row` of `out`, an empty table (emptyCheckTable: a check the school does not get stays NONE); false, with the
 * row half written, for the reference path (see the file comment), whose putChecks then writes
 * every column of the row.
 *
 * @example a 小学 of 2130 students, 30 classes, 3 music and 3 art rooms of 100 m² → G3 pass, G4 fail (130 over 2000)
 */
export function fastSchoolChecks(group: SchoolGroup, columns: RecordColumns, roles: RecordRoles, profile: Profile, out: CheckTable, row: number): boolean {
  // Most schools: one row of one stage, checked by the plain checks' few comparisons.
  const plain = group.indexes.length === 1 ? plainSchoolChecks(group.records[0] as SchoolRecord, group.indexes[0] ?? 0, columns, roles, plainPlan(profile), out, row) : null;
  return plain ?? generalSchoolChecks(group, columns, roles, profile, out, row);
}

/**
 * fastSchoolChecks of a school the plain checks do not take (plainSchoolChecks gave null): for a
 * caller that asked them already (fastCountyAreas).
 */
export function generalSchoolChecks(group: SchoolGroup, columns: RecordColumns, roles: RecordRoles, profile: Profile, out: CheckTable, row: number): boolean {
  if (!isCompulsoryType(group.type)) return false;
  // A row without a compulsory stage (a 高中部 grouped with its school) has class data the reference counts without a stage.
  for (let n = 0; n < group.indexes.length; n++) {
    const i = group.indexes[n] ?? 0;
    if (stageBits(columns, group.records[n] as SchoolRecord, i) === 0) return false;
  }
  const school = schoolAt(group, columns, out, row);
  if (!roomsCheck(school, profile) || !classCheck(school, profile)) return false;
  out.names[row] = group.name;
  putTeacherCount(out, row, TEACHER.teachers, groupValue(school, TOTAL.teachers));
  putTeacherCount(out, row, TEACHER.certified, groupValue(school, TOTAL.certifiedTeachers));
  putTeacherCount(out, row, TEACHER.trained, groupValue(school, TOTAL.trainedTeachers));
  if (schoolRole(group, roles) !== "none") return otherChecks(school, profile);
  // A school that does not count has no checks (the reference lists none): its rooms and classes were checked only for problems.
  putCheck(out, row, CHECK.G3, STATUS.NONE, NaN);
  out.roomsEstimated[row] = 0;
  putCheck(out, row, CHECK.G5, STATUS.NONE, NaN);
  return true;
}

/**
 * The checks after G3 and G5 of a school that counts, then G3's warning of its rurality
 * (pushRuralityIssue); false (for the reference path) when G6 raises a warning.
 */
function otherChecks(school: School, profile: Profile): boolean {
  school.out.counted[school.row] = 1;
  sizeItem(school, profile);
  if (!fundingItem(school, profile)) return false;
  const q4 = q4Item(profile);
  if (q4 !== null) trainingCheck(school, q4);
  pushRuralityIssue(school, profile);
  return true;
}

