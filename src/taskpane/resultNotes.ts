import type { Issue } from "../engine/types";
import { renamedSheets, type WrittenSheet } from "../addin/writtenSheets";
import { countMessage } from "../messages/countMessage";
import { listText } from "../messages/listText";
import { RULE_ENTRY_IGNORED } from "../workbook/read/readRuleSheet";
import type { Lang } from "../messages/types";
import { el, link } from "./dom";


/** What the lines need of an evaluation's result. */
export interface NotesOf {
  readonly issues: readonly Issue[];
  readonly written?: readonly WrittenSheet[];
  /** The 规则 sheet the reader found (readWorkbook), named in the line. */
  readonly read: { readonly ruleSheet?: string | null };
}

/**
 * The lines under the result's basis that the tiles and the 完成 line do not say: the 规则 entries
 * that were not applied (the result stands on the profile's own settings for them), with a link
 * to the 数据问题 sheet that says why and where; and the result sheets written under another name
 * beside the user's own sheets of that name, which are left untouched, or beside earlier results
 * the user changed, which are kept; and those beside an earlier version's results, kept too, under
 * another name or their own (汇总 → Summary). None when neither.
 *
 * @example resultNotes({ issues: [3 × read_rule_bad_value], written, read: { ruleSheet: "规则" } }, "zh", go) // [<p>规则表“规则”中有 3 项设置未采用…见工作表：<a>数据问题</a></p>]
 */
export function resultNotes(result: NotesOf, lang: Lang, open: (sheet: string) => void): HTMLElement[] {
  const rule = ruleLine(result, lang, open);
  return [...(rule === null ? [] : [rule]), ...renamedLines(result.written ?? [], lang)];
}

/** The 规则 entries left out, counted, with the issues sheet (by the name it was written under) as a link. */
function ruleLine(result: NotesOf, lang: Lang, open: (sheet: string) => void): HTMLElement | null {
  const count = result.issues.filter((i) => RULE_ENTRY_IGNORED.has(i.code)).length;
  if (count === 0) return null;
  const text = countMessage("addin_rule_entries_ignored", count, { count, sheet: result.read.ruleSheet ?? "" }, lang);
  const issues = result.written?.find((s) => s.role === "issues")?.name;
  return el("p", { className: "warn-text", text }, ...(issues === undefined ? [] : [link(issues, () => open(issues))]));
}

/**
 * The result sheets that took another name, each as 汇总 → 汇总 (2): beside the user's own sheets,
 * with a word that those are untouched; beside earlier results the user changed, with a word that
 * the changes are kept there. And every sheet beside an earlier version's result of its role,
 * renamed or not (汇总 → 汇总 (2), 汇总 → Summary), with a word that it is kept because nothing shows
 * whether the user changed it.
 */
function renamedLines(written: readonly WrittenSheet[], lang: Lang): HTMLElement[] {
  const renamed = renamedSheets(written);
  return [
    renamedLine(renamed.filter((s) => s.besideKept === null && s.besideOlder === undefined).map((s) => `${s.planned} → ${s.name}`), "addin_results_renamed", lang),
    renamedLine(renamed.flatMap((s) => (s.besideKept === null ? [] : [`${s.besideKept} → ${s.name}`])), "addin_results_beside_edited", lang),
    // Every sheet beside an earlier version's result, renamed or not: one in the other language (汇总 beside Summary) stays stale too.
    renamedLine(written.flatMap((s) => (s.besideOlder === undefined ? [] : [`${s.besideOlder} → ${s.name}`])), "addin_results_beside_older", lang),
  ].filter((line): line is HTMLElement => line !== null);
}

/** One line for `pairs` (the sheet given way to → the name written), or none. */
function renamedLine(pairs: readonly string[], code: "addin_results_renamed" | "addin_results_beside_edited" | "addin_results_beside_older", lang: Lang): HTMLElement | null {
  if (pairs.length === 0) return null;
  return el("p", { className: "basis", text: countMessage(code, pairs.length, { pairs: listText(pairs, lang) }, lang) });
}
