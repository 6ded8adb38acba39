import type { Issue } from "../../engine/types";
import type { WorkbookSource } from "../types";
import { issueOf } from "./issue";

/** A rule sheet's name, also as Excel names a copy (规则 (2), 规则(1)) and as 规则表. */
const RULE_NAME = /^(规则|规则表|规则设置|规则设定|评估规则|rules?)\s*([(（]\d+[)）])?$/i;

/** The rule sheet applied (null: none), whether it is hidden, every sheet named as one (none of them is school data or figures) and what is said. */
/**
 * Whether a sheet's name is a rule sheet's (规则, 规则表, Excel's copy 规则 (2), Rules): such a sheet
 * holds settings, never schools, so no list of sheets to read schools from offers it.
 * @example isRuleSheetName("规则 (2)") // true; isRuleSheetName("学校基本情况") // false
 */
export function isRuleSheetName(name: string): boolean {
  return RULE_NAME.test(name.trim());
}

export interface RulePick {
  readonly sheet: string | null;
  readonly hidden: boolean;
  readonly candidates: readonly string[];
  readonly issues: Issue[];
}

function several(candidates: readonly string[], hidden: ReadonlySet<string>): RulePick {
  const visible = candidates.filter((n) => !hidden.has(n));
  const sheet = visible[0];
  if (visible.length !== 1 || sheet === undefined) return { sheet: null, hidden: false, candidates, issues: [issueOf("read_rule_sheets_ambiguous", "error", { sheets: candidates.join("、") })] };
  const left = candidates.filter((n) => n !== sheet).join("、");
  return { sheet, hidden: false, candidates, issues: [issueOf("read_rule_sheet_chosen", "warning", { sheet, left })] };
}

/**
 * The workbook's 规则 sheet: the one sheet named as one (规则, 规则设置, 规则表, Rules, or Excel's
 * copy 规则 (2)); of several, the visible one when exactly one is visible, the hidden ones named as
 * left (read_rule_sheet_chosen), else none, all named (read_rule_sheets_ambiguous) — never one
 * picked silently. A hidden one applied is said (read_rule_sheet_hidden).
 *
 * @example pickRuleSheet(["学校", "规则", "规则 (2)"], new Set(["规则"])) // { sheet: "规则 (2)", hidden: false, … read_rule_sheet_chosen }
 */
export function pickRuleSheet(names: readonly string[], hidden: ReadonlySet<string>): RulePick {
  const candidates = names.filter((n) => RULE_NAME.test(n.trim()));
  const only = candidates[0];
  if (only === undefined) return { sheet: null, hidden: false, candidates, issues: [] };
  if (candidates.length > 1) return several(candidates, hidden);
  const isHidden = hidden.has(only);
  return { sheet: only, hidden: isHidden, candidates, issues: isHidden ? [issueOf("read_rule_sheet_hidden", "warning", { sheet: only })] : [] };
}

/**
 * pickRuleSheet over a source: `known` the hidden sheets already asked for, or null when they were
 * not (a school sheet the user chose): then asked only when a sheet is named as a rule sheet, so
 * that a hidden one is never applied unsaid.
 * @example await ruleSheetOf(source with hidden 规则, ["学校", "规则"], null) // { sheet: "规则", hidden: true, … }
 */
export async function ruleSheetOf(source: WorkbookSource, names: readonly string[], known: ReadonlySet<string> | null): Promise<RulePick> {
  if (known !== null || source.hiddenSheets === undefined || !names.some((n) => RULE_NAME.test(n.trim()))) return pickRuleSheet(names, known ?? new Set());
  return pickRuleSheet(names, new Set(await source.hiddenSheets()));
}
