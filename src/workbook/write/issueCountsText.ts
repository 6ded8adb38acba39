import type { Issue, Severity } from "../../engine/types";
import { countMessage } from "../../messages/countMessage";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";

/** How many issues there are of each severity. @example issueCounts([an error, two notes]) // { error: 1, warning: 0, info: 2 } */
export function issueCounts(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/**
 * The issues counted by severity, each in the form its count takes ("1 error", "2 warnings"),
 * as a list: the one wording of the counts, shared by the 数据问题 sheet and the CLI. The notes
 * are left out when there are none and `notesIfNone` is false (the CLI's line, which only points
 * to the sheet).
 *
 * @example issueCountsText([one error, two notes], "en", true) // "1 error, 0 warnings, 2 notes"
 * @example issueCountsText([], "zh", false) // "0 个错误、0 个警告"
 */
export function issueCountsText(issues: readonly Issue[], lang: Lang, notesIfNone: boolean): string {
  const { error: errors, warning: warnings, info: infos } = issueCounts(issues);
  const parts = [countMessage("out_count_errors", errors, { n: errors }, lang), countMessage("out_count_warnings", warnings, { n: warnings }, lang)];
  if (infos > 0 || notesIfNone) parts.push(countMessage("out_count_infos", infos, { n: infos }, lang));
  return listText(parts, lang);
}
