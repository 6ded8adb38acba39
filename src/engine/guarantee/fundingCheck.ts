import { stageIndex, type CellRef, type FundingLowerBound, type Issue, type SchoolRecord, type SchoolType, type Stage } from "../types";
import type { Profile } from "../../profiles/schema";
import { amountShort } from "../tolerance";
import { boardersUnread, groupFlag, groupRurality, groupShared, groupStages, groupTotal, recordTotal, stageStudents, type Total } from "./recordValues";
import { addStageStudents, emptyStageSums, requiredFor, totalStudents, type StageSums } from "./stageSums";
import { NO_ISSUES, schoolIssue, type WithIssues } from "./schoolCheck";

type Funding = Profile["guarantee"]["funding"];

/** G6 for one school (rules.md §4 item 6, §7). */
export interface FundingFinding {
  readonly fundedStudents: number;
  /**
   * Yuan the norm requires in the year. Of a school whose students are not split by stage
   * (stagesUnsplit): the least it can require when short, the most when met.
   */
  readonly required: number;
  /** max(0, required − publicFunding); null when publicFunding is not given. */
  readonly shortfall: number | null;
  /** Why the shortfall is only a lower bound (an unstated rurality, boarders not given, students not split by stage); null when it is the full gap. */
  readonly lowerBound: FundingLowerBound | null;
  readonly cells: readonly CellRef[];
}

/** The lower bound of a boarding school short even without its boarders, whose number it does not give. */
const BOARDERS_UNCOUNTED: FundingLowerBound = Object.freeze({ ruralFunded: null, boardersUncounted: true });

/**
 * Students a school is funded for: the tier with the lowest `below` that exceeds the students
 * gives `fundedAs` (whatever order the profile lists the tiers in); no tier, the students
 * themselves. Seed 000 (Sichuan, rules.md §4 item 6): under 100 → 100, 100–299 → 300, 300–499 → 500.
 *
 * @example fundedStudents(120, [{ below: 100, fundedAs: 100 }, { below: 300, fundedAs: 300 }]) // 300
 */
export function fundedStudents(students: number, tiers: Funding["tiers"]): number {
  // The applicable tier with the lowest bound (the first of equals), in one loop: this runs for every school.
  let low: Funding["tiers"][number] | undefined;
  for (const t of tiers) if (t.below > students && (low === undefined || t.below < low.below)) low = t;
  return low === undefined ? students : low.fundedAs;
}

/**
 * Whether the small-school tiers apply (rules.md §4 item 6: rural schools and teaching points):
 * to every school, or only to rural schools and teaching points — a school whose rows do not say
 * whether it is rural is funded as it is here, and tierUnknown says whether that matters.
 * @example tiersApply(national funding, "teaching_point", [urban row]) // true; ("primary", [urban row]) // false
 */
export function tiersApply(funding: Funding, type: SchoolType, records: readonly SchoolRecord[]): boolean {
  return !funding.tiersRuralOnly || type === "teaching_point" || groupRurality(records) === true;
}

/**
 * Whether a school's tier hinges on a rurality its rows do not state: the tiers apply to rural
 * schools only, the school is not a teaching point, no row says whether it is rural (a workbook
 * without a 城乡分类 column), and a tier would raise its students (rules.md §4 item 6).
 * @example Sichuan, 初中 of 394 students, rurality not given → true (500 if rural, 394 if not); of 620 → false
 */
export function tierUnknown(funding: Funding, type: SchoolType, records: readonly SchoolRecord[], total: number): boolean {
  if (!funding.tiersRuralOnly || type === "teaching_point" || groupRurality(records) !== null) return false;
  return fundedStudents(total, funding.tiers) > total;
}

/**
 * The students the norm pays for: the school's total, raised to its tier where the tiers apply.
 * @example Sichuan, rural 初中 of 120 students → 300; urban, or rurality not stated → 120
 */
export function fundedFor(funding: Funding, type: SchoolType, records: readonly SchoolRecord[], students: StageSums): number {
  const total = totalStudents(students);
  return tiersApply(funding, type, records) ? fundedStudents(total, funding.tiers) : total;
}

/** How the rural reading of a school whose rurality is unstated compares with the urban one (unstatedRurality). */
export type RuralityVerdict = "same" | "fails" | "undecided" | "urbanUnknown";

/**
 * What an unstated rurality does to G6, from the school's shortfall funded as an urban school
 * and as a rural one: a tier only raises the requirement, so a school that meets it as a rural
 * school meets it either way, and one short as an urban school is short either way ("fails", its
 * shortfall at least the urban one); only between the two is the verdict "undecided". "same"
 * also when the shortfall is unknown anyway (no funding given). "urbanUnknown" when the urban
 * reading is unknown but the rural one is short: a 寄宿制 school without its boarders that meets
 * the urban norm before them yet is short as a rural school even without them — its rurality and
 * its boarders both decide (fundingFinding says so; the boarders alone would leave it unsaid).
 * @example unstatedRurality(18360, 128600) // "fails"; (0, 70000) // "undecided"; (0, 0) // "same"; (null, 70000) // "urbanUnknown"
 */
export function unstatedRurality(urban: number | null, rural: number | null): RuralityVerdict {
  if (rural === null || rural <= 0) return "same";
  if (urban === null) return "urbanUnknown";
  return urban > 0 ? "fails" : "undecided";
}

/** A school's G6 under the urban reading, and how the rural reading compares when its rurality is unstated. */
export interface RuralityReading<T> {
  readonly urban: T;
  /** "stated" when the tier does not hinge on the rurality (tierUnknown false); otherwise unstatedRurality of the two shortfalls. */
  readonly how: "stated" | RuralityVerdict;
  readonly total: number;
  /** The students the rural reading funds; the total when there is no rural reading ("stated"). */
  readonly ruralFunded: number;
}

/**
 * The unstated-rurality decision shared by fundingFinding and the fast path, each with its own
 * finding `at(funded)` and its shortfall: the urban reading (fundedFor), then, when the tier hinges
 * on the rurality (tierUnknown), the rural reading at fundedStudents(total, tiers) compared by
 * unstatedRurality. rules.md §4 item 6.
 *
 * @example Sichuan, 初中 of 394 students, rurality not given, funding exactly the urban norm:
 * urban funded 394 (shortfall 0), rural funded 500 (shortfall > 0) → how "undecided", ruralFunded 500
 */
export function readRurality<T>(funding: Funding, type: SchoolType, records: readonly SchoolRecord[], students: StageSums, at: (funded: number) => T, shortfallOf: (finding: T) => number | null): RuralityReading<T> {
  const urban = at(fundedFor(funding, type, records, students));
  const total = totalStudents(students);
  if (!tierUnknown(funding, type, records, total)) return { urban, how: "stated", total, ruralFunded: total };
  const ruralFunded = fundedStudents(total, funding.tiers);
  return { urban, how: unstatedRurality(shortfallOf(urban), shortfallOf(at(ruralFunded))), total, ruralFunded };
}

/**
 * Yuan required: the norm for the funded students (requiredFor) plus the extra per boarder; null
 * when a boarding school does not give its boarders and the profile pays extra for them (the
 * requirement cannot be stated). Shared by fundingFinding and the fast path.
 *
 * @example Sichuan, 初中 funded as 300, 40 boarders: 1040 × 300 + 300 × 40 // 324000
 */
export function requiredYuan(funding: Funding, norm: Readonly<Record<Stage, number>>, records: readonly SchoolRecord[], students: StageSums, funded: number, boarders: number | null): number | null {
  if (boardersUnknown(funding, records, boarders)) return null;
  return requiredFor(students, funded, norm) + funding.boardingExtra * (boarders ?? 0);
}

/** G6 for one school funded for `funded` students: the requirement, the shortfall, the cells; null when the requirement cannot be stated. */
function findingFor(funding: Funding, norm: Readonly<Record<Stage, number>>, school: FundingInput, funded: number): FundingFinding | null {
  const required = requiredYuan(funding, norm, school.records, school.counts, funded, school.boarding?.value ?? null);
  if (required === null) return shortWithoutBoarders(norm, school, funded);
  return { fundedStudents: funded, required, shortfall: school.actual === null ? null : amountShort(required, school.actual.value), lowerBound: null, cells: school.cells };
}

/**
 * A boarding school that does not give its boarders (its requirement unknown) and whose funding
 * falls short of the norm even without them: short by at least that much (fundingFinding says so,
 * funding_boarders_unknown_short); null when it does not, as the boarders might decide it.
 */
function shortWithoutBoarders(norm: Readonly<Record<Stage, number>>, school: FundingInput, funded: number): FundingFinding | null {
  const floor = requiredFor(school.counts, funded, norm);
  const shortfall = school.actual === null ? 0 : amountShort(floor, school.actual.value);
  return shortfall > 0 ? { fundedStudents: funded, required: floor, shortfall, lowerBound: BOARDERS_UNCOUNTED, cells: school.cells } : null;
}

/**
 * Whether a school's boarders are unknown while the profile pays extra for them (requiredYuan cannot
 * state its requirement): a boarders cell given but not read, on any row or of any stage
 * (boardersUnread: 银山学校 小学寄宿生 "约250", 初中寄宿生 100 — the total is not 100); no count at a
 * 寄宿制 school; or a 寄宿制 row without its count beside a row with one.
 *
 * @example two section rows, 小学部 寄宿制 without a count, 初中部 100 boarders // true
 * @example one row, 小学寄宿生 "约250" not read (its cell in stageBlankCells), 初中寄宿生 100 // true
 */
export function boardersUnknown(funding: Funding, records: readonly SchoolRecord[], boarders: number | null): boolean {
  if (funding.boardingExtra <= 0) return false;
  // Loops, as groupFlag's: the fast path asks this for every school.
  for (const r of records) if (boardersUnread(r)) return true;
  if (boarders === null) return groupFlag(records, "boarding");
  // The total counts only the rows that give it.
  let uncounted = false;
  let counted = false;
  for (const r of records) {
    const given = recordTotal(r, "boardingStudents") !== null;
    counted ||= given;
    uncounted ||= !given && r.flags.boarding === true;
  }
  return uncounted && counted;
}

/** What fundingFinding reads of a school: its rows, its students by stage, boarders, public funding and their cells. */
interface FundingInput {
  readonly records: readonly SchoolRecord[];
  readonly counts: StageSums;
  readonly boarding: Total | null;
  readonly actual: Total | null;
  readonly cells: readonly CellRef[];
}

function fundingInput(records: readonly SchoolRecord[], students: ReadonlyMap<Stage, Total>): FundingInput {
  const boarding = groupShared(records, "boardingStudents");
  const actual = groupShared(records, "publicFunding");
  const counts = emptyStageSums();
  for (const [stage, t] of students) addStageStudents(counts, stageIndex(stage), t.value);
  const cells = [...[...students.values()].flatMap((t) => t.cells), ...(boarding?.cells ?? []), ...(actual?.cells ?? [])];
  return { records, counts, boarding, actual, cells };
}

/**
 * G6 for one school, null when the profile has no norm or a stage's students are unknown. Boarding
 * students add `boardingExtra` each; a blank boarding count is read as no boarders unless the school
 * is flagged 寄宿制, in which case the requirement is unknown. rules.md §4 item 6, §7 ("norm ×
 * funded students − actual, never negative"; float noise is no shortfall). A school whose tier
 * hinges on an unstated rurality (tierUnknown) is judged when both readings agree (unstatedRurality),
 * with a warning when it is short either way; null, with a warning, when they do not. A shortfall
 * that is only a lower bound says why (lowerBound): short as an urban school whose rurality is not
 * stated (as a rural school it is short by more), or short without the boarders a 寄宿制 school
 * does not give. A 寄宿制 school giving neither its boarders nor its rurality that meets the urban
 * norm before its boarders but is short as a rural school even without them is null, with a warning
 * that both decide (funding_rurality_boarders_unknown). A 九年一贯制 school giving only its total
 * students is judged between two bounds (byStageBounds).
 *
 * @example Sichuan, rural 初中 of 120 students, 40 boarding, 300 000 yuan: funded as 300 →
 * 1040 × 300 + 300 × 40 = 324 000 required, shortfall 24 000
 */
export function fundingFinding(name: string, type: SchoolType, records: readonly SchoolRecord[], profile: Profile): WithIssues<FundingFinding | null> {
  const { funding } = profile.guarantee;
  const norm = funding.norm;
  if (norm === null) return NO_FINDING;
  const students = stageStudents(records);
  if (students !== null) return students.size === 0 ? NO_FINDING : judged(name, type, fundingInput(records, students), funding, norm);
  const whole = unsplitStudents(type, records);
  return whole === null ? NO_FINDING : byStageBounds(name, type, records, whole, funding, norm);
}

const NO_FINDING: WithIssues<FundingFinding | null> = Object.freeze({ value: null, issues: NO_ISSUES });

/** G6 for a school whose students by stage are `school.counts` (fundingFinding, from there on). */
function judged(name: string, type: SchoolType, school: FundingInput, funding: Funding, norm: Readonly<Record<Stage, number>>): WithIssues<FundingFinding | null> {
  const { records } = school;
  const read = readRurality(funding, type, records, school.counts, (funded) => findingFor(funding, norm, school, funded), (f) => f?.shortfall ?? null);
  const { urban, how, total } = read;
  const atLeast = urban !== null && boardersUnknown(funding, records, school.boarding?.value ?? null);
  const boarderIssue = atLeast ? [schoolIssue("funding_boarders_unknown_short", school.cells[0] ?? null, { school: name, shortfall: Math.round(urban.shortfall ?? 0) })] : [];
  if (how === "stated" || how === "same") return { value: urban, issues: boarderIssue };
  if (how === "urbanUnknown") return { value: null, issues: [bothUnknown(name, school, read.total, read.ruralFunded, findingFor(funding, norm, school, read.ruralFunded))] };
  const issue = schoolIssue(how === "fails" ? "funding_rurality_unknown_short" : "funding_rurality_unknown", school.cells[0] ?? null, { school: name, students: total, funded: read.ruralFunded });
  // Short as an urban school is short either way, so the boarders' warning (only raised when short) holds too.
  return { value: how === "fails" ? ruralUncounted(urban, read.ruralFunded) : null, issues: [issue, ...boarderIssue] };
}

/**
 * The total students of a 九年一贯制 school whose rows do not split them by stage (stageStudents
 * null), with public funding given; null otherwise. A 九年一贯制 school only: all its students are
 * 小学 or 初中, whereas the whole-school total of a 十二年一贯制 school or 完全中学 may count 高中
 * students, whom the norm does not fund.
 * @example one 九年一贯制 row of 2501 students, 2 000 000 yuan, no 分学段 numbers → { value: 2501, … }
 */
export function unsplitStudents(type: SchoolType, records: readonly SchoolRecord[]): Total | null {
  if (type !== "nine_year" || groupShared(records, "publicFunding") === null) return null;
  return groupStages(records).length > 1 ? groupTotal(records, "students") : null;
}

/**
 * G6 of a 九年一贯制 school that gives only its total students (unsplitStudents), from the two
 * bounds of its requirement: every student of the stage with the lower norm, then the higher one
 * (tiers and boarders as for any school: the tier on the whole school's students). The norm of a
 * mix lies between the two (requiredFor), so short at the lower bound is short: not met, by at least
 * that bound's shortfall (lowerBound stagesUnsplit); met at the higher one is met; in between it is
 * unknown, with a warning naming both. rules.md §4 item 6.
 *
 * @example Sichuan, 2501 students, rural: false: 2 000 000 yuan → short by at least 800 × 2501 −
 * 2 000 000 = 800; 2 601 040 (= 1040 × 2501) → met; 2 400 000 → unknown (2 000 800 to 2 601 040)
 */
function byStageBounds(name: string, type: SchoolType, records: readonly SchoolRecord[], whole: Total, funding: Funding, norm: Readonly<Record<Stage, number>>): WithIssues<FundingFinding | null> {
  const [least, most] = normRange(groupStages(records), norm);
  const reading = (stage: Stage) => fundingInput(records, new Map([[stage, whole]]));
  const lowSchool = reading(least);
  const low = judged(name, type, lowSchool, funding, norm);
  const cell = lowSchool.cells[0] ?? null;
  if (low.value !== null && (low.value.shortfall ?? 0) > 0) {
    const issue = schoolIssue("funding_stages_unknown_short", cell, { school: name, students: whole.value, least: norm[least], shortfall: Math.round(low.value.shortfall ?? 0) });
    return { value: { ...low.value, lowerBound: withStagesUnsplit(low.value.lowerBound) }, issues: [issue, ...low.issues] };
  }
  const highSchool = reading(most);
  const high = judged(name, type, highSchool, funding, norm);
  if (high.value?.shortfall === 0) return high;
  // Undecided at the higher norm for another reason (rurality not stated): that reason's issue says why; "not enough at the higher norm" would not be true.
  if (high.value === null) return { value: null, issues: low.issues };
  return { value: null, issues: [betweenBounds(name, lowSchool, highSchool, funding, norm, type), ...low.issues] };
}

/** The stages of a school with the lowest and the highest norm (the first of equals). */
function normRange(stages: readonly Stage[], norm: Readonly<Record<Stage, number>>): readonly [Stage, Stage] {
  let least = stages[0] ?? "primary";
  let most = least;
  for (const s of stages) {
    if (norm[s] < norm[least]) least = s;
    if (norm[s] > norm[most]) most = s;
  }
  return [least, most];
}

/** A lower bound, or none, with the students not split by stage as a reason too. */
function withStagesUnsplit(bound: FundingLowerBound | null): FundingLowerBound {
  return bound === null ? { ruralFunded: null, boardersUncounted: false, stagesUnsplit: true } : { ...bound, stagesUnsplit: true };
}

/**
 * The warning of a school whose unsplit students leave G6 undecided (byStageBounds): its public
 * funding and the requirement as an urban school were every student of the lower-norm stage (`low`)
 * or of the higher one (`high`); "…_boarders" when a 寄宿制 school's boarders, unknown, are not in them.
 * @example 2501 students, 2 400 000 yuan → { low: 2 000 800, high: 2 601 040 }
 */
function betweenBounds(name: string, low: FundingInput, high: FundingInput, funding: Funding, norm: Readonly<Record<Stage, number>>, type: SchoolType): Issue {
  const funded = fundedFor(funding, type, low.records, low.counts);
  const boarders = low.boarding?.value ?? null;
  // requiredYuan refuses a 寄宿制 school's unknown boarders; here the bounds go without them, and the "_boarders" note says so.
  const yuan = (school: FundingInput) => Math.round(requiredFor(school.counts, funded, norm) + funding.boardingExtra * (boarders ?? 0));
  const code = boardersUnknown(funding, low.records, boarders) ? "funding_stages_unknown_boarders" : "funding_stages_unknown";
  return schoolIssue(code, low.cells[0] ?? null, { school: name, students: totalStudents(low.counts), funding: Math.round(low.actual?.value ?? 0), low: yuan(low), high: yuan(high) });
}

/**
 * The warning of a 寄宿制 school whose boarders and rurality are both unstated and both decide G6
 * (unstatedRurality "urbanUnknown"): it meets the urban norm before its boarders, and as a rural
 * school, funded for `ruralFunded`, it is short by `rural`'s shortfall even without them.
 * @example Sichuan, 初中 of 394, 450 000 yuan: urban 409 760 before boarders; rural 520 000 → at least 70 000 short
 */
function bothUnknown(name: string, school: FundingInput, students: number, ruralFunded: number, rural: FundingFinding | null): Issue {
  const shortfall = Math.round(rural?.shortfall ?? 0);
  return schoolIssue("funding_rurality_boarders_unknown", school.cells[0] ?? null, { school: name, students, funded: ruralFunded, shortfall });
}

/**
 * The urban reading of a school short either way (unstatedRurality "fails"), marked as a lower
 * bound: as a rural school, funded for `ruralFunded`, it is short by more.
 * @example 初中 of 394, 391 400 yuan: shortfall 18 360 → lowerBound { ruralFunded: 500, boardersUncounted: false }
 */
function ruralUncounted(urban: FundingFinding | null, ruralFunded: number): FundingFinding | null {
  if (urban === null) return null;
  const lowerBound = { ruralFunded, boardersUncounted: urban.lowerBound?.boardersUncounted ?? false };
  return { fundedStudents: urban.fundedStudents, required: urban.required, shortfall: urban.shortfall, lowerBound, cells: urban.cells };
}
