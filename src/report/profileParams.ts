import type { Issue } from "../engine/types";
import type { Profile } from "../profiles/schema";
import { PAY_CHECK_CODES, payRatioRechecked } from "./payRatioRecheck";
import { levelNumeral } from "../workbook/write/countyFigureDisplay";

type Params = Readonly<Record<string, string | number>>;

/**
 * The monitoring level a county must reach (Q9_monitoring_level's threshold), as `level` (its Roman
 * numeral, or the number when it is no whole level 1–4) and `levelNumber`; none when the profile has no threshold.
 * @example levelParams(national) // { level: "Ⅲ", levelNumber: 3 }
 */
function levelParams(profile: Profile): Params {
  const threshold = profile.countyItems.Q9_monitoring_level?.threshold ?? null;
  if (threshold === null) return {};
  // As the monitoring reports and the sheet write it (Ⅲ级), in either language: the messages quote it as the sheet must say it.
  return { level: levelNumeral(threshold, "zh") ?? threshold, levelNumber: threshold };
}

/**
 * The codes whose texts state a value of the rule profile, each with the params that value fills.
 * The reader says them before the profile is known (a 规则 sheet read with the workbook may change
 * it), so the value is filled once the run's profile is (withProfileParams).
 */
const PROFILE_PARAMS: Readonly<Record<string, (profile: Profile) => Params>> = {
  read_type_name_teaching_point: (p) => ({ min: p.scope.teachingPointMinStudents }),
  read_figure_level_not_stated: levelParams,
  // Which settings a 规则 sheet may set is the run's profile's, not national-2017's (a --profile file).
  read_rule_unknown_path: (p) => ({ profile: p.id }),
  read_rule_unknown_path_near: (p) => ({ profile: p.id }),
};

/** The reader's G8 checks, judged again against the run's threshold (payRatioRechecked). */
const PAY_CODES: ReadonlySet<string> = new Set(Object.values(PAY_CHECK_CODES));

/** One issue with the profile's values, or as it is when its text states none. */
function withValues(issue: Issue, profile: Profile): Issue {
  if (PAY_CODES.has(issue.code)) return payRatioRechecked(issue, profile);
  const fill = PROFILE_PARAMS[issue.code];
  return fill === undefined ? issue : { ...issue, params: { ...issue.params, ...fill(profile) } };
}

/**
 * The issues with the profile's values filled into those whose texts state one (PROFILE_PARAMS),
 * so that a text quotes the value the run used (thresholds live in profiles, rules.md §1), never a
 * fixed number, and the reader's G8 checks judged against the run's threshold (payRatioRechecked);
 * other issues are returned as they are.
 * @example withProfileParams([read_type_name_teaching_point { name: "王村教学点", … }], profile with teachingPointMinStudents 100)
 * // [read_type_name_teaching_point { name: "王村教学点", …, min: 100 }] → "…（不足100人的教学点不参评）…"
 */
export function withProfileParams(issues: readonly Issue[], profile: Profile): Issue[] {
  return issues.map((issue) => withValues(issue, profile));
}
