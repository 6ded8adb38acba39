import type { CountyEvaluation } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import type { TableSpec } from "../types";
import { FORMAT } from "./formats";
import { fundingTotals, type FundingItem, type FundingTotals } from "./fundingTotals";
import { cell, makeTable, numberIn, type CellInput } from "./tableDraft";
import { needsFormat } from "./needsFormat";
import { countyLabel } from "./writeLabels";

const ITEMS: readonly FundingItem[] = ["G6", "G7"];

function row(county: CountyEvaluation, f: FundingTotals, lang: Lang): CellInput[] {
  const warnIf = (n: number) => cell(n, n > 0 ? "warn" : null);
  const item = message(`out_funding_item_${f.item}`, {}, lang);
  return [countyLabel(county.county, lang), item, f.short, cell(f.total, f.total > 0 ? "bad" : null), warnIf(f.lowerBounds), warnIf(f.notComputed)];
}

function rowsOf(county: CountyEvaluation, lang: Lang): CellInput[][] {
  return ITEMS.flatMap((item) => {
    const f = fundingTotals(county.schoolGuarantee, item);
    return f === null ? [] : [row(county, f, lang)];
  });
}

/**
 * The 公用经费缺口 per county and item, in a table of its own under the schools' (a 合计 row among
 * them would be sorted and filtered with them): G6, the ordinary schools', where some school's was
 * computed (never where the profile sets no norm), and G7, the special-education schools', in a row
 * of its own where one is short — the two are judged against different norms, and 汇总 gives them
 * apart. None at all (null) when no county has either, the schools' table then saying it was not computed.
 */
export function fundingTotalsTable(counties: readonly CountyEvaluation[], lang: Lang): TableSpec | null {
  const rows = counties.flatMap((c) => rowsOf(c, lang));
  if (rows.length === 0) return null;
  const count = (code: string) => ({ header: message(code, {}, lang), numberFormat: FORMAT.count });
  return makeTable({
    name: "YZJH_FundingTotals",
    caption: message("out_caption_funding_totals", {}, lang),
    columns: [
      { header: message("out_h_county", {}, lang), numberFormat: null },
      { header: message("out_h_item", {}, lang), numberFormat: null },
      count("out_h_funding_schools_short"),
      // 0.4 yuan shown as 0 would say nothing is missing (needsFormat).
      { header: message("out_h_funding_total", {}, lang), numberFormat: needsFormat(FORMAT.yuan, rows.map((row) => numberIn(row[3]))) },
      count("out_h_funding_lower_bounds"),
      count("out_h_funding_not_computed"),
    ],
    rows,
    emptyText: message("out_none", {}, lang),
  });
}
