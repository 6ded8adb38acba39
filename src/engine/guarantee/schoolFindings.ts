import type { CellRef, ClassCountsLowerBound, Issue, RoomsShortLowerBound, RoomsStageArea, SchoolGuarantee, SchoolType } from "../types";
import type { Profile } from "../../profiles/schema";
import { allClassesUnder, classSizeFinding, type ClassSizeFinding } from "./classSizeCheck";
import type { Count } from "./classCounts";
import { meets, q4Item } from "./compare";
import { fundingFinding, type FundingFinding } from "./fundingCheck";
import { groupFlag, groupRurality, groupShared, groupStages, groupTotal, type Total } from "./recordValues";
import { roomFinding, type RoomContext, type RoomFinding } from "./roomCheck";
import { roomsStageArea } from "./roomsStageArea";
import { fundingBoarding } from "./fundingBoarding";
import { fundingProration } from "./fundingProration";
import { schoolRole, type GuaranteeRole, type RecordRoles } from "./schoolRole";
import { NO_ISSUES, statusOfShortfall, type SchoolCheck } from "./schoolCheck";
import { roomsRuralityIssue } from "./roomsRuralityIssue";
import { classStatus, roomsStatus, statusName, verdictStatus, type CheckStatus, type CheckedItem } from "./checkStatus";
import type { SchoolGroup } from "./schoolGroups";
import { sizeCap, studentsOverCap } from "./sizeCheck";
import { specialFundingFinding, specialStages } from "./specialFunding";

/** Teacher counts behind G9 and G12. */
export interface TeacherCounts {
  readonly teachers: Total | null;
  readonly certified: Total | null;
  readonly trained: Total | null;
}

/** What the county items need from one school: its role, its checks, its teacher counts, its data problems. */
export interface SchoolChecks {
  readonly name: string;
  readonly role: GuaranteeRole;
  /** The school's checks by item; an item the school is not checked for is absent or undefined. */
  readonly checks: { readonly [K in CheckedItem]?: SchoolCheck | undefined };
  readonly teachers: TeacherCounts;
  readonly issues: readonly Issue[];
  /** Of the school's figures, the one the county items read: whether G3 rests on compliant rooms estimated from their total area (roomsEstimateNote). */
  readonly guarantee: Pick<SchoolGuarantee, "roomsShortLowerBound">;
}

/** SchoolChecks with the school's figures for the guarantee sheet. */
export interface SchoolFindings extends SchoolChecks {
  readonly guarantee: SchoolGuarantee;
}

export const COMPULSORY_TYPES: readonly SchoolType[] = ["primary", "junior", "nine_year", "twelve_year", "complete_middle", "teaching_point"];

/**
 * COMPULSORY_TYPES.includes(type), by comparison: the fast checks ask it for every school of every county.
 * @example isCompulsoryType("nine_year") // true; isCompulsoryType("special") // false
 */
export function isCompulsoryType(type: SchoolType): boolean {
  return type === "primary" || type === "junior" || type === "nine_year" || type === "twelve_year" || type === "complete_middle" || type === "teaching_point";
}

/** numerator ÷ denominator, null when either is missing or the denominator is not positive. */
function share(num: Total | null, den: Total | null): number | null {
  return num === null || den === null || den.value <= 0 ? null : num.value / den.value;
}

function exactOrNull(count: Count | null): number | null {
  return count !== null && count.exact ? count.atLeast : null;
}

/** A count as SchoolGuarantee gives it: the least it may be (a lower bound when not exact; classCountsLowerBound says which). */
function atLeastOrNull(count: Count | null): number | null {
  return count === null ? null : count.atLeast;
}

function isBound(count: Count | null): boolean {
  return count !== null && !count.exact;
}

/**
 * Which class counts of a finding are only lower bounds (rules.md §4 item 5); null when none is.
 * @example 初中 with only 最大班额 51 → { classesOverCap: true, largeClasses: false, superLargeClasses: false, basis: "largest_class" }
 */
function classCountsBound(f: ClassSizeFinding): ClassCountsLowerBound | null {
  const bound = { classesOverCap: isBound(f.overCap), largeClasses: isBound(f.large), superLargeClasses: isBound(f.superLarge) };
  if (!bound.classesOverCap && !bound.largeClasses && !bound.superLargeClasses) return null;
  return { ...bound, basis: f.largestOnly ? "largest_class" : "buckets" };
}

function check(school: string, status: CheckStatus, value: number | null, cells: readonly CellRef[]): SchoolCheck {
  return { school, status, value, cells };
}

/** G3's status by name (roomsStatus, shared with the fast path). */
function roomsStatusOf(music: RoomFinding, art: RoomFinding): CheckStatus {
  return statusName(roomsStatus(music.short, art.short));
}

/** G5's status by name (classStatus, shared with the fast path). */
function classStatusOf(over: Count | null): CheckStatus {
  return statusName(classStatus(over !== null, over?.atLeast ?? 0, over?.exact ?? false));
}

const EMPTY_GUARANTEE = {
  musicRoomsNeeded: null,
  musicRoomsCompliant: null,
  musicRoomsShort: null,
  artRoomsNeeded: null,
  artRoomsCompliant: null,
  artRoomsShort: null,
  roomsShortLowerBound: null,
  roomsStageArea: null,
  studentsOverCap: null,
  sizeCap: null,
  classesOverCap: null,
  largeClasses: null,
  superLargeClasses: null,
  classCountsLowerBound: null,
  fundedStudents: null,
  fundingNorm: null,
  fundingShortfall: null,
  fundingShortfallLowerBound: null,
  fundingProration: null,
  fundingBoarding: null,
  fundingExempt: null,
  fundingUndecided: null,
  trainingFundsShare: null,
  certificateRate: null,
  trainingRate: null,
} as const;

/**
 * Which room shortfalls rest on an estimate that may make them too small (RoomFinding.estimated);
 * null when neither does. rules.md §4 item 3, §7.
 * @example 4 music rooms of 300 m² in all, 48 classes, national (96 m²) → { music: true, art: false } (art given per room)
 */
function roomsShortBound(music: RoomFinding, art: RoomFinding): RoomsShortLowerBound | null {
  return music.estimated || art.estimated ? { music: music.estimated, art: art.estimated } : null;
}

/** G3's cells: both kinds of room, the classes both counted from listed once. */
function roomCells(music: RoomFinding, art: RoomFinding): CellRef[] {
  return [...new Set([...music.cells, ...art.cells])];
}

/** G3–G6 of a 小学 / 初中 / combined school / teaching point. */
function compulsoryFindings(group: SchoolGroup, profile: Profile) {
  const { name, records } = group;
  const classes = groupTotal(records, "classes");
  const ctx = roomContext(records, profile);
  const music = roomFinding("music", { name, records, classes }, profile, ctx);
  const art = roomFinding("art", { name, records, classes }, profile, ctx);
  const cap = sizeCap(group.type, profile, records);
  const students = groupTotal(records, "students");
  const over = cap !== null && students !== null ? studentsOverCap(students.value, cap) : null;
  const classSize = classSizeFinding(name, records, profile);
  const exempt = fundingExempt(records, profile);
  const found = exempt === null ? fundingFinding(name, group.type, records, profile) : NO_FUNDING;
  const judged = profile.guarantee.funding.norm !== null && exempt === null;
  const rurality = roomsRuralityIssues({ name, records, classes }, profile, roomCells(music.value, art.value), roomsStatusOf(music.value, art.value));
  const checks = compulsoryChecks(name, judged, music.value, art.value, classSize.value, cap === null ? null : check(name, statusOfShortfall(over), over, students?.cells ?? []), found.value);
  const guarantee = compulsoryGuarantee(music.value, art.value, roomsStageArea(profile, ctx, [music.value.area, art.value.area]), cap, over, classSize.value, found.value, fundingBreakdown(records, found.value, profile));
  return { guarantee: { ...guarantee, fundingExempt: exempt }, checks, issues: [...music.issues, ...art.issues, ...classSize.issues], fundingIssues: found.issues, ruralityIssues: rurality };
}

/**
 * G3's word when an unstated rurality decides it (rules.md §4 item 3, as funding_rurality_unknown
 * says of G6): the profile relaxes the room areas of small rural schools, the school's rows do not
 * say whether it is rural, every class is under the profile's limit, and the school that fails as
 * judged (not rural: the full areas) would pass as a small rural school. The verdict stays the
 * stricter one; the warning says what the classification would change.
 * @example national, 小学 of 6 classes of 25, 1 music and 1 art room of 60 m², 城乡 not given → [rooms_rurality_unknown { school, below: 30, primary: 54, junior: 61 }]
 */
function roomsRuralityIssues(school: { name: string; records: SchoolGroup["records"]; classes: Total | null }, profile: Profile, cells: readonly CellRef[], status: CheckStatus): readonly Issue[] {
  const rural = profile.guarantee.rooms.relaxedSmallRural;
  if (rural === null || status !== "fail" || groupRurality(school.records) !== null || !allClassesUnder(school.records, rural.largestClassBelow)) return NO_ISSUES;
  const ctx: RoomContext = { stages: groupStages(school.records), smallRural: true };
  const asRural = roomsStatusOf(roomFinding("music", school, profile, ctx).value, roomFinding("art", school, profile, ctx).value);
  if (asRural !== "pass") return NO_ISSUES;
  return [roomsRuralityIssue(school.name, cells[0] ?? null, rural)];
}

const NO_FUNDING = Object.freeze({ value: null, issues: NO_ISSUES });

/**
 * Why a school is not judged on G6 (SchoolGuarantee.fundingExempt): "private" when the profile has
 * a norm for public schools only (seed 000: “确保公办小学生均公用经费标准…”) and a row of the school
 * says 民办 — left out as the special-education school is, not failing and in no funding total; a
 * school whose 办学性质 is not given is judged. Shared with the fast path.
 * @example Sichuan (publicOnly), 第一初级中学 民办 → "private"; 办学性质 blank → null
 */
export function fundingExempt(records: SchoolGroup["records"], profile: Profile): "private" | null {
  const { funding } = profile.guarantee;
  return funding.norm !== null && funding.publicOnly && groupFlag(records, "private") ? "private" : null;
}

/**
 * What relaxes G3's area rule for a school (rules.md §4 item 3): its stages, and whether it is a
 * small rural school — the profile relaxes such schools, the school is rural and every class is
 * under the profile's `largestClassBelow`. Apart so that both kinds of room read one context.
 * @example national (largestClassBelow 30), rural 小学 whose largest class is 25 → { stages: ["primary"], smallRural: true }; 30 → smallRural false
 */
function roomContext(records: SchoolGroup["records"], profile: Profile): RoomContext {
  const rural = profile.guarantee.rooms.relaxedSmallRural;
  return { stages: groupStages(records), smallRural: rural !== null && groupFlag(records, "rural") && allClassesUnder(records, rural.largestClassBelow) };
}

/**
 * The checks of G3–G6, in the order the reference path has always listed them (G3, G5, then G4
 * when the profile caps the school's size — `g4` is that check or null — and G6 when the school is
 * judged on a funding norm: the profile has one and does not exempt the school, fundingExempt).
 * Apart from compulsoryFindings so that each item's check reads as one line.
 */
function compulsoryChecks(name: string, fundingJudged: boolean, music: RoomFinding, art: RoomFinding, classSize: ClassSizeFinding, g4: SchoolCheck | null, funding: FundingFinding | null): Partial<Record<CheckedItem, SchoolCheck>> {
  const checks: Partial<Record<CheckedItem, SchoolCheck>> = {
    G3: check(name, roomsStatusOf(music, art), roomsShortTotal(music, art), roomCells(music, art)),
    G5: check(name, classStatusOf(classSize.overCap), exactOrNull(classSize.overCap), classSize.cells),
  };
  if (g4 !== null) checks.G4 = g4;
  if (fundingJudged) checks.G6 = check(name, statusOfShortfall(funding?.shortfall ?? null), funding?.shortfall ?? null, funding?.cells ?? []);
  return checks;
}

/**
 * G3's figure: music and art rooms short together; null when either is unknown.
 * @example 1 music room short, 0 art rooms short → 1; music unknown → null
 */
function roomsShortTotal(music: RoomFinding, art: RoomFinding): number | null {
  return music.short !== null && art.short !== null ? music.short + art.short : null;
}

/** How a school's G6 requirement is made up, for its 说明; neither part without a funding finding. */
type FundingBreakdown = Pick<SchoolGuarantee, "fundingProration" | "fundingBoarding">;
const NO_BREAKDOWN: FundingBreakdown = { fundingProration: null, fundingBoarding: null };

/**
 * The G6 requirement split by stage (fundingProration) and its boarding extra (fundingBoarding); none
 * with no funding finding or no norm. Boarders the requirement could not count are left out, so that
 * the parts add up to the norm.
 */
function fundingBreakdown(records: SchoolGroup["records"], funding: FundingFinding | null, profile: Profile): FundingBreakdown {
  const norm = profile.guarantee.funding.norm;
  if (funding === null || norm === null) return NO_BREAKDOWN;
  const perBoarder = funding.lowerBound?.boardersUncounted === true ? 0 : profile.guarantee.funding.boardingExtra;
  return { fundingProration: fundingProration(records, funding.fundedStudents, norm), fundingBoarding: fundingBoarding(records, perBoarder) };
}

/**
 * A compulsory school's figures for the guarantee sheet (G3–G6), one literal so that every school's
 * figures share one shape; the figures are computed by compulsoryFindings, this only lays them out.
 */
function compulsoryGuarantee(music: RoomFinding, art: RoomFinding, stageArea: RoomsStageArea | null, cap: number | null, over: number | null, classSize: ClassSizeFinding, funding: FundingFinding | null, breakdown: FundingBreakdown) {
  return {
    musicRoomsNeeded: music.needed,
    musicRoomsCompliant: music.compliant,
    musicRoomsShort: music.short,
    artRoomsNeeded: art.needed,
    artRoomsCompliant: art.compliant,
    artRoomsShort: art.short,
    roomsShortLowerBound: roomsShortBound(music, art),
    roomsStageArea: stageArea,
    studentsOverCap: over,
    sizeCap: cap,
    classesOverCap: atLeastOrNull(classSize.overCap),
    largeClasses: atLeastOrNull(classSize.large),
    superLargeClasses: atLeastOrNull(classSize.superLarge),
    classCountsLowerBound: classCountsBound(classSize),
    fundedStudents: funding?.fundedStudents ?? null,
    fundingNorm: funding?.required ?? null,
    fundingShortfall: funding?.shortfall ?? null,
    fundingShortfallLowerBound: funding?.lowerBound ?? null,
    fundingProration: breakdown.fundingProration,
    fundingBoarding: breakdown.fundingBoarding,
  };
}

/** G7 of a special-education school; its funding fields carry the G7 requirement. */
function specialFindings(group: SchoolGroup, profile: Profile) {
  const found = specialFundingFinding(group.name, group.records, profile);
  const f = found.value;
  const checks: Partial<Record<CheckedItem, SchoolCheck>> =
    f !== null && f.students === 0 ? {} : { G7: { ...check(group.name, statusOfShortfall(f?.shortfall ?? null), f?.perStudent ?? null, f?.cells ?? []), stages: specialStages(group.records, profile) } };
  const guarantee = { fundedStudents: f?.students ?? null, fundingNorm: f?.required ?? null, fundingShortfall: f?.shortfall ?? null };
  // A special school is judged on G7, not G6: none of G6's warnings.
  return { guarantee, checks, issues: found.issues, fundingIssues: NO_ISSUES, ruralityIssues: NO_ISSUES };
}

/** Q4 and the teacher rates, for every school with a compulsory or special role. */
function teacherFindings(group: SchoolGroup, profile: Profile) {
  const { records } = group;
  const teachers: TeacherCounts = {
    teachers: groupTotal(records, "teachers"),
    certified: groupTotal(records, "certifiedTeachers"),
    trained: groupTotal(records, "trainedTeachers"),
  };
  const funds = groupShared(records, "trainingFunds");
  const budget = groupShared(records, "publicFunding");
  const trainingShare = share(funds, budget);
  const q4 = q4Item(profile);
  const verdict = trainingShare === null || q4 === null ? null : meets(trainingShare, q4);
  const checks: Partial<Record<CheckedItem, SchoolCheck>> =
    q4 === null ? {} : { Q4: check(group.name, statusName(verdictStatus(verdict)), trainingShare, [...(funds?.cells ?? []), ...(budget?.cells ?? [])]) };
  const guarantee = { trainingFundsShare: trainingShare, certificateRate: share(teachers.certified, teachers.teachers), trainingRate: share(teachers.trained, teachers.teachers) };
  return { guarantee, checks, teachers };
}

/**
 * Everything the guarantee items need from one school (rules.md §4, §5 item 4, §7). Checks are
 * listed only for schools that count (see schoolRole); the figures are filled for every school of
 * a type the check covers, so that an out-of-scope school still shows its numbers.
 */
export function schoolFindings(group: SchoolGroup, roles: RecordRoles, profile: Profile): SchoolFindings {
  const role = schoolRole(group, roles);
  const base = { recordId: group.recordId, name: group.name, county: group.county, type: group.type, ...EMPTY_GUARANTEE };
  const isCompulsory = COMPULSORY_TYPES.includes(group.type);
  if (!isCompulsory && group.type !== "special") return { name: group.name, guarantee: base, role, checks: {}, teachers: { teachers: null, certified: null, trained: null }, issues: [] };
  const own = isCompulsory ? compulsoryFindings(group, profile) : specialFindings(group, profile);
  const staff = teacherFindings(group, profile);
  const checks = role === "none" ? {} : { ...own.checks, ...staff.checks };
  // Only a school that counts is judged on G6, so only its unstated rurality is worth a word.
  const funding = role === "none" ? NO_ISSUES : own.fundingIssues;
  // Likewise G3's (roomsRuralityIssues).
  const rooms = role === "none" ? NO_ISSUES : own.ruralityIssues;
  const issues = funding.length === 0 && rooms.length === 0 ? own.issues : [...own.issues, ...rooms, ...funding];
  const undecided = ruralityOnly(funding) ? { fundingUndecided: "rurality" as const } : {};
  return { name: group.name, guarantee: { ...base, ...own.guarantee, ...staff.guarantee, ...undecided }, role, checks, teachers: staff.teachers, issues };
}

/**
 * Whether G6's issues say the school's urban/rural classification alone leaves it undecided
 * (funding_rurality_unknown), and nothing else does (its students unsplit by stage, its boarders).
 * @example ruralityOnly([funding_rurality_unknown]) // true; ([funding_rurality_unknown, funding_stages_unknown]) // false
 */
function ruralityOnly(issues: readonly Issue[]): boolean {
  return issues.length > 0 && issues.every((i) => i.code === "funding_rurality_unknown");
}
