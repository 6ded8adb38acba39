import type { CountyFigure, Issue, ItemResult, SchoolGuarantee, SchoolRecord, VetoResult } from "../types";
import type { CountyItem, Profile } from "../../profiles/schema";
import { numericCountyItem } from "./compare";
import { countyFigureItem } from "./countyFigureItem";
import { figureIssues, figuresByCode } from "./countyFigures";
import { itemCodes } from "./itemCodes";
import type { SchoolCheck, WithIssues } from "./schoolCheck";
import { everySchoolItem, rateItem, type EverySchoolFigure, type RateRow } from "./schoolDataItem";
import { groupSchools } from "./schoolGroups";
import { schoolFindings, type CheckedItem, type SchoolChecks, type TeacherCounts } from "./schoolFindings";
import type { SchoolGroup } from "./schoolGroups";
import type { RecordRoles } from "./schoolRole";
import { vetoResults } from "./vetoResults";

const CHECKED: readonly CheckedItem[] = ["G3", "G4", "G5", "G6", "G7", "Q4"];
const RATES: ReadonlyMap<string, keyof TeacherCounts> = new Map([["G9", "trained"], ["G12", "certified"]]);

/** How school data decide an item: every school's check, or a county rate of teacher counts. */
type SchoolItemPlan = { readonly kind: "every"; readonly item: CheckedItem; readonly how: EverySchoolFigure } | { readonly kind: "rate"; readonly key: keyof TeacherCounts; readonly numeric: [string, CountyItem] };

// Worked out once per profile (profiles are immutable once resolved): every county asks for every item.
const PLANS = new WeakMap<Profile, ReadonlyMap<string, SchoolItemPlan>>();

function schoolItemPlans(profile: Profile): ReadonlyMap<string, SchoolItemPlan> {
  let plans = PLANS.get(profile);
  if (plans === undefined) {
    const built = new Map<string, SchoolItemPlan>();
    for (const item of CHECKED) {
      const numeric = numericCountyItem(profile, item);
      built.set(item, { kind: "every", item, how: item === "Q4" && numeric !== null ? { kind: "lowest", countyCode: numeric[0], threshold: numeric[1].threshold } : { kind: "failing" } });
    }
    for (const [code, key] of RATES) {
      const numeric = numericCountyItem(profile, code);
      if (numeric !== null) built.set(code, { kind: "rate", key, numeric });
    }
    PLANS.set(profile, (plans = built));
  }
  return plans;
}

/** A school's check for an item, read by a literal key: a read by computed key is megamorphic and misses after every collection. */
function checkOf(checks: SchoolChecks["checks"], item: CheckedItem): SchoolCheck | undefined {
  switch (item) {
    case "G3":
      return checks.G3;
    case "G4":
      return checks.G4;
    case "G5":
      return checks.G5;
    case "G6":
      return checks.G6;
    case "G7":
      return checks.G7;
    case "Q4":
      return checks.Q4;
  }
}

function rateRows(counted: readonly SchoolChecks[], key: keyof TeacherCounts): RateRow[] {
  return counted.map((f) => ({ school: f.name, num: key === "trained" ? f.teachers.trained : f.teachers.certified, den: f.teachers.teachers }));
}

/** The item from school data when there is enough, else null (with any partial-data issue). */
function fromSchools(code: string, counted: readonly SchoolChecks[], profile: Profile): WithIssues<ItemResult | null> {
  const plan = schoolItemPlans(profile).get(code);
  if (plan === undefined) return { value: null, issues: [] };
  if (plan.kind === "rate") return rateItem(code, rateRows(counted, plan.key), plan.numeric);
  const checks: SchoolCheck[] = [];
  for (const f of counted) {
    const c = checkOf(f.checks, plan.item);
    if (c !== undefined) checks.push(c);
  }
  return everySchoolItem(code, checks, plan.how);
}

/** The schools' own issues, in school order (most schools have none). */
function schoolIssues(schools: readonly SchoolChecks[]): Issue[] {
  const issues: Issue[] = [];
  for (const f of schools) if (f.issues.length > 0) issues.push(...f.issues);
  return issues;
}

/** What evaluateCountyAreas works from. */
export interface CountyAreasInput {
  readonly county: string | null;
  readonly records: readonly SchoolRecord[];
  /** What each record's sections say about its school's role (recordRoles). */
  readonly roles: RecordRoles;
  readonly figures: readonly CountyFigure[];
  readonly profile: Profile;
}

/** The county's items, veto items and issues from each school's checks, however they were found. */
export function countyAreas<T extends SchoolChecks>(
  args: CountyAreasInput,
  checksOf: (group: SchoolGroup, roles: RecordRoles, profile: Profile) => T,
): { schools: T[]; items: ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  const { profile } = args;
  const schools = groupSchools(args.records).map((g) => checksOf(g, args.roles, profile));
  const counted = schools.filter((f) => f.role !== "none");
  const figures = figuresByCode(args.figures, args.county);
  const issues = schoolIssues(schools);
  issues.push(...figures.issues, ...figureIssues(profile, figures.value));
  const items = itemCodes(profile).map((code) => {
    const school = fromSchools(code, counted, profile);
    issues.push(...school.issues);
    if (school.value !== null) return school.value;
    const county = countyFigureItem(code, profile, figures.value);
    issues.push(...county.issues);
    return county.value;
  });
  return { schools, items, veto: vetoResults(profile, figures.value), issues };
}

/**
 * The government-guarantee, quality and recognition items and the veto items of one county
 * (rules.md §4–7), with one SchoolGuarantee per school (section rows "XX学校（小学部）" /
 * "XX学校（初中部）" grouped as one school, see groupSchools). Items that school data can decide
 * (G3–G7, G9, G12, Q4) are taken from it when every counted school has the data; otherwise from
 * the county's figure; otherwise not assessed. The reference path: every school's findings with
 * their cells (schoolFindings).
 */
export function evaluateCountyAreas(args: CountyAreasInput): { schoolGuarantee: SchoolGuarantee[]; items: ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  const { schools, ...rest } = countyAreas(args, schoolFindings);
  return { schoolGuarantee: schools.map((f) => f.guarantee), ...rest };
}
