import type { CountyFigure, Issue } from "../../engine/types";
import { sameCounty } from "../../engine/countyFigures";
import { issueAtCell } from "./issue";
import type { ReadFigure } from "./stagelessFigures";

/** A ratio as a percentage to one decimal, as the result sheets show G8 (0.9702… → "97.0%"). */
function percentText(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** What the 是 / 否 stating G8 (`declared`) is said beside the ratio its county's amounts give (`computed`), at the 是 / 否's cell. */
function declaredIssue(declared: ReadFigure, computed: CountyFigure, threshold: number, text: string): Issue {
  const ratio = typeof computed.value === "number" ? computed.value : NaN;
  const [teacherCell, civilCell] = (computed.cells ?? []).map((c) => c ?? "");
  const params = { item: declared.item, text, teacherCell: teacherCell ?? "", civilCell: civilCell ?? "", computed: percentText(ratio), threshold: percentText(threshold), countyItem: declared.figure.code };
  const contradicted = (ratio >= threshold) !== (declared.figure.value === true);
  if (contradicted) return issueAtCell("read_figure_pay_declared_contradicted", "warning", declared.figure.cell, params);
  return issueAtCell("read_figure_pay_declared_by_amounts", "info", declared.figure.cell, params);
}

/**
 * A county's 是 / 否 stating G8 (教师平均工资收入水平不低于当地公务员… | 是: CountyFigure.answered)
 * beside the two amounts of pay its G8 was computed from (`computed`, payAmounts.ts): a figure beats
 * a declaration of the same item, so the 是 / 否 is dropped and the item judged by the amounts'
 * ratio (rules.md §4 item 8); said at the 是 / 否's cell, a warning when the ratio says otherwise
 * against `threshold` (the default profile's G8, as the reader knows no other), else info. `text`
 * gives the 是 / 否 as written, by its cell. A 是 / 否 without computed figure of its county stays.
 *
 * @example 是 (B2) beside 98000 (B3) ÷ 101000 (B4) = 0.9702… → the 是 dropped; read_figure_pay_declared_contradicted at B2 { computed: "97.0%", threshold: "100.0%" }
 */
export function payDeclared(read: readonly ReadFigure[], computed: readonly CountyFigure[], threshold: number, text: (cell: string | null) => string): { read: ReadFigure[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const kept = read.filter((r) => {
    const ratio = r.figure.code === "G8_pay_ratio" && r.figure.answered === true ? computed.find((f) => f.code === "G8_pay_ratio" && sameCounty(f.county, r.figure.county)) : undefined;
    if (ratio !== undefined) issues.push(declaredIssue(r, ratio, threshold, text(r.figure.cell)));
    return ratio === undefined;
  });
  return { read: kept, issues };
}
