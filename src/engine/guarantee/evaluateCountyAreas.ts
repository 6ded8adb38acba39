import type { CellRef, CountyFigure, Issue, ItemResult, ItemVerdict, SchoolGuarantee, SchoolRecord, VetoResult, Verdict } from "../types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { countyItemsOf, numericCountyItem } from "./compare";
import { absentItem, countyFigureItemInto, figureCellJudging } from "./countyFigureItem";
import { figureIssues, figuresByCode } from "./countyFigures";
import { areaOf, itemCodes } from "./itemCodes";
import { CHECK, emptyCheckTable, putChecks, TEACHER, type CheckTable } from "./checkTable";
import { columnTallies, everySchoolItemInto, rateItemInto, type ColumnTally, type EverySchoolFigure } from "./schoolDataItem";
import { schoolGroupAt, schoolRows, type SchoolRows } from "./schoolGroups";
import { schoolFindings, type TeacherCounts } from "./schoolFindings";
import { CHECKED_ITEMS, type CheckedItem } from "./checkStatus";
import type { RecordRoles } from "./schoolRole";
import { stagesAsked, vetoResults, vetoStageNoneIssues } from "./vetoResults";
import { stagedItem, stagedParts, type StagedPart } from "./stagedItem";
import { appendAll } from "../appendAll";
import { perObject } from "../perObject";
import { withRoomsEstimateInto } from "./roomsEstimateNote";
import type { SchoolPlaces } from "./schoolPlaces";

const RATES: ReadonlyMap<string, keyof TeacherCounts> = new Map([["G9", "trained"], ["G12", "certified"]]);

/** How school data decide an item: every school's check, or a county rate of teacher counts. */
type SchoolItemPlan = { readonly kind: "every"; readonly item: CheckedItem; readonly column: number; readonly how: EverySchoolFigure } | { readonly kind: "rate"; readonly key: keyof TeacherCounts; readonly count: number; readonly numeric: [string, CountyItem] };

// Worked out once per profile (perObject): every county asks for every item.
const schoolItemPlans = perObject((profile: Profile): ReadonlyMap<string, SchoolItemPlan> => {
  const built = new Map<string, SchoolItemPlan>();
  for (const item of CHECKED_ITEMS) {
    const numeric = numericCountyItem(profile, item);
    built.set(item, { kind: "every", item, column: CHECK[item], how: item === "Q4" && numeric !== null ? { kind: "lowest", countyCode: numeric[0], threshold: numeric[1].threshold } : { kind: "failing" } });
  }
  for (const [code, key] of RATES) {
    const numeric = numericCountyItem(profile, code);
    if (numeric !== null) built.set(code, { kind: "rate", key, count: TEACHER[key], numeric });
  }
  return built;
});

/** The item from school data: decided, not assessed with the counts when some schools lack the data (everySchoolItem, rateItem), or null when none has any; its issues appended to `issues`. */
function fromSchools(code: string, plan: SchoolItemPlan | undefined, context: ItemContext): ItemResult | null {
  if (plan === undefined) return null;
  const { table, issues, places } = context;
  if (plan.kind === "rate") return rateItemInto(code, table, plan.count, plan.numeric, issues, places);
  return everySchoolItemInto(code, table, plan.column, plan.how, issues, places, context.tallies[plan.column]);
}

/** What itemsOf needs of one item beside the county's data: its school-data plan, its county items, and its stages when judged per stage. */
export interface ItemPlan {
  readonly code: string;
  readonly school: SchoolItemPlan | undefined;
  readonly countyItems: readonly [string, CountyItem][];
  readonly staged: { parts: readonly StagedPart[]; column: number } | null;
  /** The item when the county gives none of its figures (absentItem), the same for every county. */
  readonly absent: ItemResult;
  /** The item's verdict when its school data decide it met or not met (itemVerdicts): one object each per profile. */
  readonly met: ItemVerdict;
  readonly notMet: ItemVerdict;
}

// Worked out once per profile (perObject): a county asked for each of them by code, some several times, in lookups that cost more than most items' work.
export const itemPlans = perObject((profile: Profile): readonly ItemPlan[] =>
  itemCodes(profile).map((code) => {
    const countyItems = countyItemsOf(profile, code);
    const verdict = (v: Verdict): ItemVerdict => Object.freeze({ code, area: areaOf(code), verdict: v });
    return { code, school: schoolItemPlans(profile).get(code), countyItems, staged: stagedOf(code, profile), absent: absentItem(code, countyItems), met: verdict("met"), notMet: verdict("not_met") };
  }),
);

/**
 * For each county-item code of a profile, the items (indexes in itemPlans) it is one of the
 * county items of: what itemsWithFigures looks the county's figures up in.
 * @example itemsByFigure(national).get("G11_rotation_rate") // [the index of G11]
 */
const itemsByFigure = perObject((profile: Profile): ReadonlyMap<string, readonly number[]> => {
  const byCode = new Map<string, number[]>();
  itemPlans(profile).forEach((plan, i) => {
    for (const [code] of plan.countyItems) byCode.set(code, [...(byCode.get(code) ?? []), i]);
  });
  return byCode;
});

/**
 * Which items (1 at their index in itemPlans) the county's figures give any county item of:
 * anyFigure of every item at once, one lookup per figure the county gives (a few) rather than one
 * per county item of every item of the profile (dozens), most of which no county gives.
 * @example figures G11_rotation_rate and an unknown code, national → 1 at G11's index alone
 */
export function itemsWithFigures(profile: Profile, figures: ReadonlyMap<string, CountyFigure>, count: number): Uint8Array {
  const marked = new Uint8Array(count);
  const byCode = itemsByFigure(profile);
  for (const code of figures.keys()) {
    const items = byCode.get(code) ?? [];
    for (let k = 0; k < items.length; k++) marked[items[k] ?? 0] = 1;
  }
  return marked;
}

/**
 * The check table of the last county, for the next one (emptyCheckTable): nothing returned keeps
 * its typed arrays — the items copy what they report — so a batch of small counties, or a
 * workbook evaluated again, needs no new one. Larger ones are left to the garbage collector.
 */
let spare: CheckTable | undefined;
const SPARE_SCHOOLS = 4096;

/** What evaluateCountyAreas works from. */
export interface CountyAreasInput {
  readonly county: string | null;
  readonly records: readonly SchoolRecord[];
  /** What each record's sections say about its school's role (recordRoles). */
  readonly roles: RecordRoles;
  /** The county's figures (figuresForCounty): every one applies, whatever county it names. */
  readonly figures: readonly CountyFigure[];
  readonly profile: Profile;
}

/**
 * The county's items (or their verdicts), veto items and issues from each school's checks, however
 * they were found: `check` writes school `s` of `rows` (the county's schools, see schoolRows) into
 * row `s` of the table, with `context` for what else it needs; `finish` makes the items of the
 * filled table (itemsOf, or itemVerdicts on the fast path). Both are functions of their module, not
 * closures made per county: V8 holds a closure's optimised code only while the closure lives, so a
 * closure made per call lost it at every full collection and ran unoptimised until compiled again.
 * The check table is the spare's memory when it has room, taken for the whole call and handed
 * back after it, whatever happens: a county evaluated meanwhile (none is) gets a table of its own.
 * Nothing `finish` returns may keep the table.
 * @example countyAreas(args, referenceCheck, { args, schoolGuarantee: [] }, itemsOf).items // the reference path's items
 */
export function countyAreas<C, R>(args: CountyAreasInput, check: (rows: SchoolRows, s: number, table: CheckTable, context: C) => void, context: C, finish: (args: CountyAreasInput, table: CheckTable, places: SchoolPlaces) => R): R {
  const rows = schoolRows(args.records);
  const table = emptyCheckTable(rows.first.length, spare);
  spare = undefined;
  try {
    for (let s = 0; s < rows.first.length; s++) check(rows, s, table, context);
    return finish(args, table, { records: args.records, rows });
  } finally {
    spare = table.capacity <= SPARE_SCHOOLS ? table : undefined;
  }
}

/**
 * The county's items and veto items from its filled check table and its figures; the table's
 * issues with the figures' added. A plain loop over the items with one list for the issues of
 * each item's county figures, emptied per item: no closure, and no object wrapping an item and
 * its issues, of which a county made dozens.
 */
export function itemsOf(args: CountyAreasInput, table: CheckTable, places: SchoolPlaces): { items: ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  const { profile } = args;
  const { figures, issues } = figuresWithIssues(args, table);
  const plans = itemPlans(profile);
  const items: ItemResult[] = [];
  const countyIssues: Issue[] = [];
  const context: ItemContext = { table, tallies: columnTallies(table), places, figures, profile, issues, countyIssues };
  const figured = itemsWithFigures(profile, figures, plans.length);
  for (let i = 0; i < plans.length; i++) {
    // Emptied only when it holds some: setting the length of an array costs a call into the runtime.
    if (countyIssues.length > 0) countyIssues.length = 0;
    items.push(itemOf(plans[i] as ItemPlan, figured[i] === 1, context));
  }
  return { items, veto: vetoResults(profile, figures, stagesAsked(profile, figures, args.records)), issues };
}

/**
 * The county's figures by code (figuresByCode), and its issues so far: the check table's, with the
 * figures' own problems added (the list is the table's, which the county's result takes). What
 * itemsOf and itemVerdicts start from.
 * @example figuresWithIssues({ figures: [G14_quota_share 55 at 保障!B2], … }, table).issues // […the table's, county_figure_ratio_above_one at 保障!B2]
 */
export function figuresWithIssues(args: CountyAreasInput, table: CheckTable): { figures: ReadonlyMap<string, CountyFigure>; issues: Issue[] } {
  const figures = figuresByCode(args.figures, args.profile);
  const issues = table.issues;
  appendAll(issues, figures.issues);
  appendAll(issues, figureIssues(args.profile, figures.value));
  // A veto row's / or 无初中 beside its 无, for a stage the county has schools of: the item is held (vetoResults), and this says why.
  appendAll(issues, vetoStageNoneIssues(args.profile, figures.value, stagesAsked(args.profile, figures.value, args.records)));
  return { figures: figures.value, issues };
}

/** What each item of a county is judged with (itemOf): the same for all of them, one object per county. */
export interface ItemContext {
  readonly table: CheckTable;
  /** Each column's tally of the table (columnTallies), taken in one pass for all the every-school items. */
  readonly tallies: readonly ColumnTally[];
  /** Where the table's schools are, for the notes and items that name some (schoolPlaces.ts). */
  readonly places: SchoolPlaces;
  readonly figures: ReadonlyMap<string, CountyFigure>;
  readonly profile: Profile;
  /** The county's issues, which each item's are appended to. */
  readonly issues: Issue[];
  /** The issues of the item's county figures, said only when the school data leave the item open (settledItem). */
  readonly countyIssues: Issue[];
}

/**
 * One item of the county (itemsOf): from school data, judged per stage when its county figures
 * are (stagedItem), else settled against the county's own figure (settledItem); its issues are
 * appended to `issues`. `figured`: whether the county gives any of its figures (itemsWithFigures).
 * Apart from itemsOf so that each item's way reads on its own.
 */
export function itemOf({ code, school: plan, countyItems, staged, absent }: ItemPlan, figured: boolean, context: ItemContext): ItemResult {
  const { table, figures, issues } = context;
  // Most items of a county: no school data decide them and the county gives none of their figures.
  if (plan === undefined && !figured) return absent;
  const school = fromSchools(code, plan, context);
  const county = countyFigureItemInto(code, countyItems, figures, context.countyIssues, absent);
  if (staged === null || school === null) return settledItem(code, school, county, context);
  const judged = stagedItem(school, county, staged.parts, table, staged.column, figures);
  appendAll(issues, judged.issues);
  return judged.value;
}

/**
 * An item from its school data or its county figure, whichever decides it: school data that leave
 * the item open yield to a county figure that judges it, and the county figure's own problems are
 * said whenever the school data do not decide; school data that decide overrule the county figure
 * with a warning when they disagree (overruledIssue). G3 from school data gets its rooms-estimate
 * note (withRoomsEstimate). Issues are appended to `issues`.
 * @example G4 from schools not_assessed (2 unknown), 县级指标 G4 met → the county's item, met
 */
function settledItem(code: string, school: ItemResult | null, county: ItemResult, context: ItemContext): ItemResult {
  const { issues } = context;
  const undecided = school === null || school.verdict === "not_assessed";
  if (undecided) appendAll(issues, context.countyIssues);
  else pushOverruled(issues, code, school.verdict, county.verdict, context);
  if (school === null || (undecided && county.verdict !== "not_assessed")) return county;
  return withRoomsEstimateInto(school, context.table, issues, context.places);
}

/** An item every school must meet whose county figures are given per stage (G7), with its column in the check table; null for any other. */
function stagedOf(code: string, profile: Profile): { parts: readonly StagedPart[]; column: number } | null {
  const plan = schoolItemPlans(profile).get(code);
  const parts = plan?.kind === "every" ? stagedParts(profile, code) : null;
  return plan?.kind === "every" && parts !== null ? { parts, column: plan.column } : null;
}

/**
 * The warning that the county's own figures judge an item the other way from its school data, which
 * decide it (overruledIssue), appended to `issues` when they do: settledItem's and itemVerdicts'.
 * @example pushOverruled(issues, "G9", "not_met", "met", context) // + county_figure_overruled at G9_training_rate's cell
 */
export function pushOverruled(issues: Issue[], code: string, school: Verdict, county: Verdict, context: Pick<ItemContext, "profile" | "figures">): void {
  if (county === "not_assessed" || school === "not_assessed" || county === school) return;
  issues.push(overruledIssue(code, county, school, figureCellJudging(code, context.profile, context.figures, county)));
}

/**
 * The warning that the county's figures for an item disagree with its school data, at the cell
 * of the figure that says so (figureCellJudging): the school data decide (rules.md §4: the items
 * the schools' own numbers show), but a county sheet that says otherwise is worth checking.
 * @example G7 from schools met, 县级指标 G7_special_funding_junior 5000 (< 6100) not met → county_figure_overruled at that figure's cell
 */
function overruledIssue(item: string, countyVerdict: Verdict, schoolVerdict: Verdict, cell: CellRef): Issue {
  return { code: "county_figure_overruled", severity: "warning", cell, params: { item, countyVerdict, schoolVerdict } };
}

/**
 * The government-guarantee, quality and recognition items and the veto items of one county
 * (rules.md §4–7), with one SchoolGuarantee per school (section rows "XX学校（小学部）" /
 * "XX学校（初中部）" grouped as one school, see schoolRows). Items that school data can decide
 * (G3–G7, G9, G12, Q4) are taken from it when every counted school has the data, or when some
 * fail while others lack it (not met on the schools checked); otherwise from the county's figure,
 * which the school data overrule with a warning when they disagree; otherwise not assessed (from
 * school data with their counts when some schools had the data). An item whose county figures are
 * given per stage (G7) is judged so stage by stage (stagedItem): a stage no school of the data
 * teaches keeps the county's figure. G3 from school data says how many schools' compliant rooms
 * were estimated from their total area, and names them in one info issue (withRoomsEstimate).
 * The reference path: every school's findings with their cells (schoolFindings).
 */
export function evaluateCountyAreas(args: CountyAreasInput): { schoolGuarantee: SchoolGuarantee[]; items: ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  const schoolGuarantee: SchoolGuarantee[] = [];
  const areas = countyAreas(args, referenceCheck, { args, schoolGuarantee }, itemsOf);
  return { schoolGuarantee, items: areas.items, veto: areas.veto, issues: areas.issues };
}

/** The reference path's check of school `s`: its findings with their cells, the school's figures kept in order. */
function referenceCheck(rows: SchoolRows, s: number, table: CheckTable, { args, schoolGuarantee }: { args: CountyAreasInput; schoolGuarantee: SchoolGuarantee[] }): void {
  const found = schoolFindings(schoolGroupAt(rows, args.records, s), args.roles, args.profile);
  putChecks(table, s, found);
  schoolGuarantee.push(found.guarantee);
}
