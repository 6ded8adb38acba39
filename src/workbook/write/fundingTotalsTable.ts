import type { CountyEvaluation } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { FORMAT } from "./formats";
import { fundingTotals } from "./fundingTotals";
import { cell, makeTable, type CellInput } from "./tableDraft";
import { countyLabel } from "./writeLabels";

function row(county: CountyEvaluation, lang: Lang): CellInput[] | null {
  const f = fundingTotals(county.schoolGuarantee);
  if (f === null) return null;
  const warnIf = (n: number) => cell(n, n > 0 ? "warn" : null);
  return [countyLabel(county.county, lang), f.short, cell(f.total, f.total > 0 ? "bad" : null), warnIf(f.lowerBounds), warnIf(f.notComputed)];
}

/**
 * The 公用经费缺口 per county, in a table of its own under the schools' (a 合计 row among them
 * would be sorted and filtered with them): only for counties where some school's was computed,
 * and none at all (null) when no county has one, the schools' table then saying it was not computed.
 */
export function fundingTotalsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec | null {
  const rows = counties.map((c) => row(c, lang)).filter((r): r is CellInput[] => r !== null);
  if (rows.length === 0) return null;
  const count = (code: string) => ({ header: message(code, {}, lang), numberFormat: FORMAT.count });
  return makeTable({
    name: "YZJH_FundingTotals",
    caption: message("out_caption_funding_totals", {}, lang),
    columns: [
      { header: message("out_h_county", {}, lang), numberFormat: null },
      count("out_h_funding_schools_short"),
      { header: message("out_h_funding_total", {}, lang), numberFormat: FORMAT.yuan },
      count("out_h_funding_lower_bounds"),
      count("out_h_funding_not_computed"),
    ],
    rows,
    emptyText: message("out_none", {}, lang),
  });
}
