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
  const named = leftOutSchools(county, lang);
  return named.size === 0 ? null : message("out_scope_left_out", { schools: listText([...named.values()], lang) }, lang);
}

/** The schools leftOutText names, each with its words, by name. */
function leftOutSchools(county: Pick<CountyEvaluation, "sections">, lang: Lang): Map<string, string> {
  const counted = new Set(county.sections.filter((s) => s.included || s.exclusion === "small_teaching_point").map((s) => s.recordId));
  const named = new Map<string, string>();
  for (const s of county.sections) {
    const code = s.exclusion === null ? undefined : LEFT_OUT[s.exclusion];
    if (code !== undefined && !counted.has(s.recordId) && !named.has(s.name)) named.set(s.name, message(code, { school: s.name }, lang));
  }
  return named;
}

/**
 * The schools that count but are not judged on G6 (SchoolGuarantee.fundingExempt: a 民办 school
 * under a norm for public schools only, guarantee.funding.publicOnly), each with why; a school the
 * scope leaves out of every school-data item is leftOutText's. Null when none.
 * @example fundingExemptText(a county with 第一初级中学 民办, "zh") // "未按生均公用经费标准判断（G6）：第一初级中学（民办学校，不适用公办学校生均公用经费标准）"
 */
export function fundingExemptText(county: Pick<CountyEvaluation, "sections" | "schoolGuarantee">, lang: Lang): string | null {
  const out = leftOutSchools(county, lang);
  const names = county.schoolGuarantee.filter((g) => g.fundingExempt === "private" && !out.has(g.name)).map((g) => message("out_funding_exempt_private", { school: g.name }, lang));
  return names.length === 0 ? null : message("out_funding_exempt_left_out", { schools: listText(names, lang) }, lang);
}

/**
 * The items' rows (`itemRows`, per item in the county's order) with fundingExemptText in a row of its
 * own after G6's, and leftOutText after the last of G3–G6 (at the end when none is listed), where
 * the reader counting 适用的学校数 looks.
 */
export function withLeftOutRow(county: Pick<CountyEvaluation, "sections" | "items" | "schoolGuarantee">, itemRows: readonly CellInput[][][], lang: Lang): CellInput[][] {
  const rows = itemRows.map((r) => [...r]);
  const note = (text: string): CellInput[] => [null, text, ...Array<null>(COLUMNS - 2).fill(null)];
  const exempt = fundingExemptText(county, lang);
  const g6 = county.items.findIndex((item) => item.code === "G6");
  if (exempt !== null) rows[g6 === -1 ? rows.length - 1 : g6]?.push(note(exempt));
  const text = leftOutText(county, lang);
  if (text === null) return rows.flat();
  const last = county.items.reduce((at, item, i) => (SCHOOL_ITEMS.includes(item.code) ? i : at), rows.length - 1);
  rows.splice(last + 1, 0, [note(text)]);
  return rows.flat();
}
