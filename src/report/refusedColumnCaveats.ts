import type { AreaCaveat, AreaVerdict, CountyEvaluation, Evaluation, Issue } from "../engine/types";
import { refusedColumns, refusingHeader, type RefusedColumns } from "../workbook/write/refusedColumns";

/**
 * The header cells that explain why a stage's sections all lack an indicator (a `no_values`
 * caveat): each section's missing value is at a cell of a column the reader refused whole for its
 * unit. Null when any section lacks it otherwise (a blank cell, a missing column) or none is known.
 */
function refusingHeaders(issues: readonly Issue[], columns: RefusedColumns): string[] | null {
  const headers = issues.map((i) => refusingHeader(i.cell, columns));
  if (headers.length === 0 || headers.some((h) => h === null)) return null;
  return [...new Set(headers as string[])];
}

/** A `no_values` caveat split in two: its indicators lacking values for a refused column (refusedAt set) and the others as they were. */
function splitCaveat(caveat: AreaCaveat, missing: (indicator: string) => readonly Issue[], columns: RefusedColumns): AreaCaveat[] {
  if (caveat.cause !== "no_values") return [caveat];
  const byIndicator = caveat.indicators.map((code) => ({ code, headers: refusingHeaders(missing(code), columns) }));
  const refused = byIndicator.filter((b) => b.headers !== null);
  if (refused.length === 0) return [caveat];
  const rest = caveat.indicators.filter((code) => !refused.some((r) => r.code === code));
  const refusedAt = [...new Set(refused.flatMap((r) => r.headers ?? []))];
  const split: AreaCaveat = { ...caveat, indicators: refused.map((r) => r.code), refusedAt };
  return rest.length === 0 ? [split] : [{ ...caveat, indicators: rest }, split];
}

/** A county's 资源配置 caveats with their refused columns named (splitCaveat), from its own sections' missing values. */
function countyWithRefused(county: CountyEvaluation, issues: readonly Issue[], columns: RefusedColumns): CountyEvaluation {
  const ids = new Set(county.sections.map((s) => s.id));
  const own = issues.filter((i) => i.code === "missing_numerator" && ids.has(String(i.params.section)));
  const areas = county.areas.map((area): AreaVerdict => {
    if (area.caveats === undefined) return area;
    const caveats = area.caveats.flatMap((c) => splitCaveat(c, (code) => own.filter((i) => i.params.indicator === code && i.params.stage === c.stage), columns));
    return { ...area, caveats };
  });
  return { ...county, areas };
}

/**
 * The evaluation with each 资源配置 caveat that no section has an indicator's value (`no_values`)
 * naming the header cells of the columns the reader refused whole for their unit, when that is
 * why (refusedAt): 小学 L6 差异系数不可计算 then says the column's unit is in doubt and where,
 * not to check whether the column or its data are missing — the numbers are there (reviewer R1,
 * finding 7). Indicators of the caveat lacking values otherwise stay a caveat of their own.
 *
 * @example withRefusedColumnCaveats(青河县 { caveats: [no_values primary L6] }, [read_money_unit_unstated at S!P3]) // the caveat with refusedAt ["S!P3"], when each primary section's missing L6 is at S!P4…
 */
export function withRefusedColumnCaveats(evaluation: Evaluation, readIssues: readonly Issue[]): Evaluation {
  const columns = refusedColumns(readIssues);
  if (columns.size === 0) return evaluation;
  return { ...evaluation, counties: evaluation.counties.map((c) => countyWithRefused(c, evaluation.issues, columns)) };
}
