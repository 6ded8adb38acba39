import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import { pendingItemCodes } from "../messages/needsText";
import type { Lang } from "../messages/types";

/** How the pane words an issue: the message and its params, and the params in full when a long list of schools was cut (the line's 展开全部 shows them). */
export interface IssueWording {
  readonly code: string;
  readonly params: Issue["params"];
  readonly full: Issue["params"] | null;
}

/**
 * Issues whose text ends in advice that is the same for every issue of one school, and the pane's
 * wording without it: 红旗学校 lacking L1–L3 per stage said how to add teachers by stage five times
 * over (as 学校达标's note leaves it out, refusedReason NOTE_WORDING). The 数据问题 sheet keeps each whole.
 */
const ADVICE_ONCE: Readonly<Record<string, string>> = {
  combined_whole_school_only: "addin_issue_whole_school_only_again",
  combined_no_stage_data: "addin_issue_no_stage_data_again",
};

/**
 * Issues the pane says in full elsewhere, said in short in its list: the items the school columns
 * leave 待评估 (read_item_columns_missing) are the line under the 列对应关系 table, with what each
 * lacks and, a click away, the headers recognised (optionalHint) — the same items, from the same
 * columns, as the evaluation's warning. Both in full took some 20 lines of a 380 px pane (R2 of
 * s46, finding 7). The list names the items by code and points there; the 数据问题 sheet keeps it whole.
 */
const SAID_ABOVE: Readonly<Record<string, string>> = { read_item_columns_missing: "addin_issue_item_columns_above" };

/** Lists of schools, one per line (catalogue LIST_PARAMS), and what the pane says for those past the first few. */
const LONG_LISTS: Readonly<Record<string, string>> = { schoolRows: "addin_issue_more_schools", sections: "addin_issue_more_sections" };

/** Schools a list names before it is cut: a list of more than LIST_MAX shows LIST_SHOWN and a count of the rest. */
export const LIST_SHOWN = 3;
export const LIST_MAX = 5;

/**
 * The wording of each issue of the pane's list, in the order shown: the advice of an ADVICE_ONCE
 * issue on the first of its school only (the others say 补充方法同上), and a list of more than
 * five schools as its first three and 另 N 所, the whole list a click away; an issue the pane says
 * in full elsewhere (SAID_ABOVE) in short.
 *
 * @example issueWordings([红旗学校 L1, 红旗学校 L2, 东风学校 L1 (combined_whole_school_only)], "zh")
 *   // codes: combined_whole_school_only, addin_issue_whole_school_only_again, combined_whole_school_only
 * @example issueWordings([G3 note naming 25 schools], "zh") // params.schoolRows: 3 schools and 另 22 所; full: the 25
 * @example issueWordings([read_item_columns_missing of G3, G5, Q4], "zh") // code addin_issue_item_columns_above, params.items "G3、G5、Q4"
 */
export function issueWordings(issues: readonly Issue[], lang: Lang): IssueWording[] {
  const advised = new Set<string>();
  return issues.map((issue) => {
    const again = ADVICE_ONCE[issue.code];
    const key = `${issue.code}\n${String(issue.params.school ?? "")}`;
    const code = again !== undefined && advised.has(key) ? again : issue.code;
    advised.add(key);
    const above = SAID_ABOVE[issue.code];
    return above === undefined ? cutList(code, issue.params, lang) : { code: above, params: { ...issue.params, items: pendingCodes(issue.params, lang) }, full: null };
  });
}

/**
 * The codes of the items an issue's `pendingItems` names (pendingParam: one `code=needs` a line), as a list.
 * @example pendingCodes({ pendingItems: "G3=classes\nG5=largestClass|@class_buckets\nQ4=trainingFunds" }, "zh") // "G3、G5、Q4"
 */
function pendingCodes(params: Issue["params"], lang: Lang): string {
  return listText(pendingItemCodes(String(params.pendingItems ?? "")), lang);
}

/**
 * A list of names as the pane shows it: as it is up to LIST_MAX, else its first LIST_SHOWN and
 * the count of the rest in the words of `more` (addin_issue_more_schools: 另 N 所).
 * @example cutItems(["甲", "乙", "丙", "丁", "戊", "己"], "addin_issue_more_schools", "zh") // ["甲", "乙", "丙", "另 3 所"]
 */
export function cutItems(items: readonly string[], more: string, lang: Lang): readonly string[] {
  return items.length <= LIST_MAX ? items : [...items.slice(0, LIST_SHOWN), message(more, { count: items.length - LIST_SHOWN }, lang)];
}

/** The params with their long list cut to LIST_SHOWN and the count of the rest, when it has one. */
function cutList(code: string, params: Issue["params"], lang: Lang): IssueWording {
  for (const [name, more] of Object.entries(LONG_LISTS)) {
    const items = typeof params[name] === "string" ? params[name].split("\n") : [];
    if (items.length <= LIST_MAX) continue;
    return { code, params: { ...params, [name]: cutItems(items, more, lang).join("\n") }, full: params };
  }
  return { code, params, full: null };
}
