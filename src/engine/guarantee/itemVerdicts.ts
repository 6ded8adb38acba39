import { appendAll } from "../appendAll";
import type { Issue, ItemVerdict, Verdict, VetoResult } from "../types";
import type { CheckTable } from "./checkTable";
import { meets } from "./compare";
import { figureVerdictInto } from "./countyFigureItem";
import { figuresWithIssues, itemOf, itemPlans, itemsWithFigures, pushOverruled, type CountyAreasInput, type ItemContext, type ItemPlan } from "./evaluateCountyAreas";
import { columnCounts, emptyColumnCounts, emptyRateCounts, rateCounts, type ColumnCounts, type RateCounts } from "./itemCounts";
import { roomsEstimateNoteInto } from "./roomsEstimateNote";
import { columnTallies } from "./schoolDataItem";
import type { SchoolPlaces } from "./schoolPlaces";
import { stagesAsked, vetoResults } from "./vetoResults";

/** What the school data say of an item (schoolVerdict): met or not met; NONE, no school has its data; OPEN, only the item built says (some schools lack the data, G7 judged per stage; as a safeguard, a rate its comparison cannot judge, which no rate plan has: numericCountyItem gives it a threshold). */
const NONE = 0;
const OPEN = 1;
type SchoolSays = Verdict | typeof NONE | typeof OPEN;

/**
 * One county's counts, reused from county to county: taken for a call and handed back after it,
 * so that an evaluation started meanwhile (a getter of the input that evaluates) gets counts of its
 * own rather than overwriting these.
 */
let spare: { readonly counts: ColumnCounts; readonly rates: RateCounts } | undefined = { counts: emptyColumnCounts(), rates: emptyRateCounts() };

/** What each item's verdict is decided with (itemVerdict): one object per county. */
interface VerdictContext {
  readonly table: CheckTable;
  readonly places: SchoolPlaces;
  readonly profile: ItemContext["profile"];
  readonly figures: ItemContext["figures"];
  readonly issues: Issue[];
  readonly countyIssues: Issue[];
  readonly counts: ColumnCounts;
  readonly rates: RateCounts;
  /** itemOf's context, made for the first item that must be built. */
  built: ItemContext | null;
}

/**
 * The verdict of each of a county's items, its veto items and every issue its items raise, from
 * its filled check table and figures: what the county's verdict reads, on the fast path
 * (fastCountyAreas, through countyAreas). An item whose school data decide it — every counted
 * school checked, none failing or some; a county rate of schools that all gave their counts — is
 * decided from counts of the table (itemCounts), and so is an item no school has data for: the
 * same verdicts, issues in the same order, as itemsOf's, with no item built. Any other item (some
 * schools lack the data, G7 judged per stage) is built as itemsOf builds it. The items themselves,
 * with their figures, failing schools, parts and cells, are the reference path's, built when the
 * result is first read; fastPaths.test.ts and itemVerdicts.test.ts hold the verdicts and issues to
 * the reference path's.
 * @example a county whose 2 schools pass G4 and 1 fails G5, no figures → G4 met, G5 not met, G1 not assessed (absent); issues: the table's
 */
export function itemVerdicts(args: CountyAreasInput, table: CheckTable, places: SchoolPlaces): { items: ItemVerdict[]; veto: VetoResult[]; issues: Issue[] } {
  const { profile } = args;
  const { figures, issues } = figuresWithIssues(args, table);
  const plans = itemPlans(profile);
  const scratch = spare ?? { counts: emptyColumnCounts(), rates: emptyRateCounts() };
  spare = undefined;
  try {
    const context: VerdictContext = { table, places, profile, figures, issues, countyIssues: [], counts: columnCounts(table, scratch.counts), rates: rateCounts(table, scratch.rates), built: null };
    const figured = itemsWithFigures(profile, figures, plans.length);
    const items: ItemVerdict[] = [];
    for (let i = 0; i < plans.length; i++) items.push(itemVerdict(plans[i] as ItemPlan, figured[i] === 1, context));
    return { items, veto: vetoResults(profile, figures, stagesAsked(profile, figures, args.records)), issues };
  } finally {
    spare = scratch;
  }
}

/**
 * One item's verdict (itemVerdicts), as itemOf and settledItem decide it: the school data's when
 * they decide, the county figure overruled with a warning when it says otherwise, G3's note of
 * estimated rooms added; the county figure's item, with its issues, when no school has the data.
 */
function itemVerdict(plan: ItemPlan, figured: boolean, context: VerdictContext): ItemVerdict {
  if (plan.school === undefined && !figured) return plan.absent;
  const school = schoolVerdict(plan, context);
  if (school === OPEN || (plan.staged !== null && school !== NONE)) return builtItem(plan, figured, context);
  const { issues, countyIssues } = context;
  if (countyIssues.length > 0) countyIssues.length = 0;
  const county = figured ? figureVerdictInto(plan.countyItems, context.figures, countyIssues) : "not_assessed";
  if (school === NONE) {
    appendAll(issues, countyIssues);
    return verdictOf(plan, county);
  }
  pushOverruled(issues, plan.code, school, county, context);
  if (plan.code === "G3") roomsEstimateNoteInto(context.table, issues, context.places);
  return verdictOf(plan, school);
}

/** The plan's ItemVerdict of `verdict`: one object each per profile (not assessed: the item without figures, whose verdict it is). */
function verdictOf(plan: ItemPlan, verdict: Verdict): ItemVerdict {
  return verdict === "met" ? plan.met : verdict === "not_met" ? plan.notMet : plan.absent;
}

/**
 * What the school data say of an item, from the counts alone (SchoolSays): as everySchoolItemInto
 * and rateItemInto decide, for the cases that raise no issue of their own; OPEN for the others.
 */
function schoolVerdict(plan: ItemPlan, { counts, rates }: VerdictContext): SchoolSays {
  const school = plan.school;
  if (school === undefined) return NONE;
  if (school.kind === "every") {
    const c = school.column;
    const unknown = counts.unknown[c] ?? 0;
    if (unknown === (counts.checked[c] ?? 0)) return NONE;
    return unknown > 0 ? OPEN : (counts.failing[c] ?? 0) > 0 ? "not_met" : "met";
  }
  const count = school.count;
  const unknown = rates.unknown[count] ?? 0;
  const den = rates.den[count] ?? 0;
  if (unknown === rates.rows) return NONE;
  if (unknown > 0) return OPEN;
  if (den <= 0) return NONE;
  const ok = meets((rates.num[count] ?? 0) / den, school.numeric[1]);
  return ok === null ? OPEN : ok ? "met" : "not_met";
}

/** The item built as itemsOf builds it (itemOf), for an item its counts do not decide; the context's tallies made once per county. */
function builtItem(plan: ItemPlan, figured: boolean, context: VerdictContext): ItemVerdict {
  const { table, places, figures, issues, countyIssues } = context;
  context.built ??= { table, tallies: columnTallies(table), places, figures, profile: context.profile, issues, countyIssues };
  if (countyIssues.length > 0) countyIssues.length = 0;
  return itemOf(plan, figured, context.built);
}
