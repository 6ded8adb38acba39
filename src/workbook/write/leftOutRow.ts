import type { CountyEvaluation, ScopeReason } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import type { CellInput } from "./tableDraft";

/** Scope reasons that take a school out of the school-data items too; a small teaching point stays in them (schoolRole.ts). */
const LEFT_OUT: Partial<Record<ScopeReason, string>> = { private: "out_left_out_private", not_county_run: "out_left_out_not_county_run" };
/** The items checked school by school, after whose rows the note stands. */
const SCHOOL_ITEMS = ["G3", "G4", "G5", "G6"];
/** 政府保障与质量's columns: the note in the second (项目), the rest blank. */
const COLUMNS = 12;

/**
 * The schools the profile's scope switches (scope.includePrivate / includeNonCountyRun off) leave
 * out of the items judged from school data, each with why (its sections' exclusion): a school none
 * of whose sections is in scope is no school of G3–G6, G9, G12 or Q4 (schoolRole.ts), while a
 * teaching point under the minimum, out of the seven indicators only, stays in them. Null when none.
 * @example leftOutText(w6-scope-off's county, "zh") // "未计入按学校数据判定的各项（G3–G6、G9、G12、Q4）：民办育英小学（民办学校不参评）、市直属初中（非县属学校不参评）"
 */
export function leftOutText(county: Pick<CountyEvaluation, "sections">, lang: Lang): string | null {
  const counted = new Set(county.sections.filter((s) => s.included || s.exclusion === "small_teaching_point").map((s) => s.recordId));
  const named = new Map<string, string>();
  for (const s of county.sections) {
    const code = s.exclusion === null ? undefined : LEFT_OUT[s.exclusion];
    if (code !== undefined && !counted.has(s.recordId) && !named.has(s.name)) named.set(s.name, message(code, { school: s.name }, lang));
  }
  return named.size === 0 ? null : message("out_scope_left_out", { schools: listText([...named.values()], lang) }, lang);
}

/**
 * The items' rows (`itemRows`, per item in the county's order) with leftOutText in a row of its own
 * after the last of G3–G6 (at the end when none is listed), where the reader counting 适用的学校数 looks.
 */
export function withLeftOutRow(county: Pick<CountyEvaluation, "sections" | "items">, itemRows: readonly CellInput[][][], lang: Lang): CellInput[][] {
  const text = leftOutText(county, lang);
  const rows = itemRows.map((r) => [...r]);
  if (text === null) return rows.flat();
  const last = county.items.reduce((at, item, i) => (SCHOOL_ITEMS.includes(item.code) ? i : at), rows.length - 1);
  const note: CellInput[] = [null, text, ...Array<null>(COLUMNS - 2).fill(null)];
  rows.splice(last + 1, 0, [note]);
  return rows.flat();
}
