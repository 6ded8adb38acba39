import type { Issue } from "../../engine/types";
import { andText } from "../../messages/listText";
import type { Lang } from "../../messages/types";

/** An issue's identity apart from the indicator it names: its code, cell and every other param. */
function causeKey(issue: Issue): string {
  const rest = Object.entries(issue.params).filter(([name]) => name !== "indicator");
  return JSON.stringify([issue.code, issue.cell, rest]);
}

/**
 * A section's issues with those that differ only in the indicator they name made one, naming every
 * indicator (andText), in the order first met: one value refused at 学校基本情况!O12 (the indoor
 * sports area) leaves both L4 and L5 uncomputed, and the 学校达标 note said the same cause twice.
 * Issues without an indicator, or with another cause, are kept as they are.
 * @example sharedCauses([missing_numerator L4 at S!O12 (field indoorSportsArea), the same for L5], "en") // [missing_numerator at S!O12 with indicator "L4 and L5"]
 */
export function sharedCauses(issues: readonly Issue[], lang: Lang): Issue[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = typeof issue.params.indicator === "string" ? causeKey(issue) : `#${groups.size}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  return [...groups.values()].map((group) => merged(group, lang));
}

function merged(group: readonly Issue[], lang: Lang): Issue {
  const first = group[0] as Issue;
  if (group.length === 1) return first;
  const indicators = [...new Set(group.map((i) => String(i.params.indicator)))];
  return { ...first, params: { ...first.params, indicator: andText(indicators, lang) } };
}
