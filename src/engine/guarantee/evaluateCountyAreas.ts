import type { CountyFigure, Issue, ItemResult, SchoolGuarantee, SchoolRecord, SectionResult, VetoResult } from "../types";
import type { Profile } from "../../profiles/schema";
import { numericCountyItem } from "./compare";
import { countyFigureItem } from "./countyFigureItem";
import { figureIssues, figuresByCode } from "./countyFigures";
import { itemCodes } from "./itemCodes";
import type { WithIssues } from "./schoolCheck";
import { everySchoolItem, rateItem, type EverySchoolFigure, type RateRow } from "./schoolDataItem";
import { groupSchools } from "./schoolGroups";
import { schoolFindings, type CheckedItem, type SchoolFindings, type TeacherCounts } from "./schoolFindings";
import { vetoResults } from "./vetoResults";

const CHECKED: readonly CheckedItem[] = ["G3", "G4", "G5", "G6", "G7", "Q4"];
const RATES: Readonly<Record<string, keyof TeacherCounts>> = { G9: "trained", G12: "certified" };

/** The item from school data when there is enough, else null (with any partial-data issue). */
function fromSchools(code: string, counted: readonly SchoolFindings[], profile: Profile): WithIssues<ItemResult | null> {
  const numeric = numericCountyItem(profile, code);
  const rateKey = RATES[code];
  if (rateKey !== undefined) {
    if (numeric === null) return { value: null, issues: [] };
    const rows: RateRow[] = counted.map((f) => ({ school: f.guarantee.name, num: f.teachers[rateKey], den: f.teachers.teachers }));
    return rateItem(code, rows, numeric);
  }
  if (!(CHECKED as readonly string[]).includes(code)) return { value: null, issues: [] };
  const checks = counted.flatMap((f) => f.checks[code as CheckedItem] ?? []);
  const how: EverySchoolFigure = code === "Q4" && numeric !== null ? { kind: "lowest", countyCode: numeric[0], threshold: numeric[1].threshold } : { kind: "failing" };
  return everySchoolItem(code, checks, how);
}

/** Sections by the record they came from, so each school finds its own without scanning the county. */
function sectionsByRecord(sections: readonly SectionResult[]): Map<string, SectionResult[]> {
  const map = new Map<string, SectionResult[]>();
  for (const s of sections) map.set(s.recordId, [...(map.get(s.recordId) ?? []), s]);
  return map;
}

/**
 * The government-guarantee, quality and recognition items and the veto items of one county
 * (rules.md §4–7), with one SchoolGuarantee per school (section rows "XX学校（小学部）" /
 * "XX学校（初中部）" grouped as one school, see groupSchools). Items that school data can decide
 * (G3–G7, G9, G12, Q4) are taken from it when every counted school has the data; otherwise from
 * the county's figure; otherwise not assessed.
 */
export function evaluateCountyAreas(args: {
  county: string | null;
  records: readonly SchoolRecord[];
  sections: readonly SectionResult[];
  figures: readonly CountyFigure[];
  profile: Profile;
}): { schoolGuarantee: SchoolGuarantee[]; items: ItemResult[]; veto: VetoResult[]; issues: Issue[] } {
  const { profile } = args;
  const byRecord = sectionsByRecord(args.sections);
  const findings = groupSchools(args.records).map((g) => schoolFindings(g, g.records.flatMap((r) => byRecord.get(r.id) ?? []), profile));
  const counted = findings.filter((f) => f.role !== "none");
  const figures = figuresByCode(args.figures, args.county);
  const built = itemCodes(profile).map((code) => {
    const school = fromSchools(code, counted, profile);
    if (school.value !== null) return { item: school.value, issues: school.issues };
    const county = countyFigureItem(code, profile, figures.value);
    return { item: county.value, issues: [...school.issues, ...county.issues] };
  });
  return {
    schoolGuarantee: findings.map((f) => f.guarantee),
    items: built.map((b) => b.item),
    veto: vetoResults(profile, figures.value),
    issues: [...findings.flatMap((f) => f.issues), ...figures.issues, ...figureIssues(profile, figures.value), ...built.flatMap((b) => b.issues)],
  };
}
