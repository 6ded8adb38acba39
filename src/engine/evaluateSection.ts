import type { Profile } from "../profiles/schema";
import { evaluateIndicator } from "./evaluateIndicator";
import { indicatorNumerator, sportsTotalMismatch } from "./numerators";
import { cheapestPassPlan } from "./passPlan";
import { completeIndicators, failsWhateverMissing, passRule, type Indicators } from "./passRule";
import { scopeExclusion } from "./scope";
import type { SectionInput, SectionProblem } from "./sectionInput";
import { numeratorProblem, studentsProblem, toIssue } from "./sectionProblems";
import { INDICATOR_CODES, type Issue, type SectionResult } from "./types";

/** The indicators computable for a section, and the problems of those that are not. */
function sectionIndicators(input: SectionInput, students: number | null, profile: Profile): { indicators: Indicators; problems: SectionProblem[] } {
  const indicators: Indicators = {};
  const problems: SectionProblem[] = [];
  for (const code of INDICATOR_CODES) {
    const n = indicatorNumerator(code, input.fields, profile.l4DeductsIndoorSports);
    const problem = n.kind === "problem" ? numeratorProblem(code, n, input) : null;
    if (problem !== null) problems.push(problem);
    if (n.kind === "value" && students !== null) {
      const cells = [...n.cells, input.fields.students?.cell ?? null];
      indicators[code] = evaluateIndicator({ code, stage: input.stage, numerator: n.value, students, cells }, profile);
    }
  }
  return { indicators, problems };
}

function mismatchProblem(input: SectionInput): SectionProblem[] {
  const m = sportsTotalMismatch(input.fields);
  if (m === null) return [];
  return [{ code: "sports_total_mismatch", severity: "warning", blocking: false, cell: m.total.cell, params: { total: m.total.value, parts: m.parts } }];
}

/** Every problem of a section, and its usable student count (> 0) or null. */
function sectionProblems(input: SectionInput, profile: Profile) {
  const studentIssue = studentsProblem(input);
  const students = studentIssue === null ? (input.fields.students?.value ?? null) : null;
  const computed = sectionIndicators(input, students, profile);
  const own = studentIssue === null ? [] : [studentIssue];
  const problems = [...input.problems, ...own, ...computed.problems, ...mismatchProblem(input)];
  return { indicators: computed.indicators, problems, students };
}

/**
 * The pass rule and, for a failing section in scope, the cheapest plan. A section missing
 * indicators has no met count and no plan; it is failed when what it has already decides it
 * (failsWhateverMissing), else not decided (null). Nothing is decided without students.
 * An out-of-scope section (a teaching point under 50 students) is shown whether it would pass, but
 * it has nothing to pass: the county's count leaves it out (rules.md §2 scope, §7 plans).
 */
function verdictOf(indicators: Indicators, students: number | null, blocked: boolean, input: { included: boolean; split: SectionInput["split"] }, profile: Profile): Pick<SectionResult, "metCount" | "pass" | "passPlan"> {
  const complete = completeIndicators(indicators);
  if (students === null) return { metCount: null, pass: null, passPlan: null };
  if (blocked || complete === null) return { metCount: null, pass: failsWhateverMissing(indicators, profile.passRule) ? false : null, passPlan: null };
  const { metCount, pass } = passRule(complete, profile.passRule);
  return { metCount, pass, passPlan: pass === false && input.included ? cheapestPassPlan(complete, students, profile, input.split) : null };
}

/**
 * Evaluates one section (rules.md §2): scope, the 7 indicators, the pass rule and, for a failing
 * section, the cheapest way to pass. A section missing any indicator is not evaluable (metCount
 * null) and lists why; its pass is null unless the indicators it has already fail it. Out-of-scope sections keep their computable values but raise no
 * issues: their data do not count anywhere.
 *
 * @example 10 000 primary students, every numerator exactly at standard → metCount 7, pass true, passPlan null.
 */
export function evaluateSection(input: SectionInput, profile: Profile): { section: SectionResult; issues: Issue[] } {
  const { indicators, problems, students } = sectionProblems(input, profile);
  const stated = input.fields.students?.value ?? null;
  const exclusion = scopeExclusion({ type: input.type, flags: input.flags, students: stated }, profile);
  const notEvaluable = [...new Set(problems.filter((p) => p.blocking).map((p) => p.code))];
  const verdict = verdictOf(indicators, students, notEvaluable.length > 0, { included: exclusion === null, split: input.split }, profile);
  const section = sectionResult(input, stated, exclusion, notEvaluable, indicators, verdict);
  return { section, issues: exclusion === null ? problems.map((p) => toIssue(p, input)) : [] };
}

/**
 * A section's result laid out from what evaluateSection found: its identity from the input, the
 * students as stated, scope, indicators and verdict. One literal, no spread: a spread gives every
 * result a hidden class of its own. Apart from evaluateSection so that the evaluation reads as its steps.
 */
function sectionResult(input: SectionInput, stated: number | null, exclusion: SectionResult["exclusion"], notEvaluable: SectionResult["notEvaluable"], indicators: Indicators, verdict: Pick<SectionResult, "metCount" | "pass" | "passPlan">): SectionResult {
  const { id, recordId, name, county, type, stage, split, source } = input;
  const { metCount, pass, passPlan } = verdict;
  return {
    id,
    recordId,
    name,
    county,
    type,
    stage,
    students: stated,
    split,
    source,
    included: exclusion === null,
    exclusion,
    evaluable: metCount !== null,
    notEvaluable,
    indicators,
    metCount,
    pass,
    passPlan,
  };
}
