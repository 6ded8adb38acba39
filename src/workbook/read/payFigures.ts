import national from "../../profiles/data/national-2017.json";
import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import type { Grid } from "../types";
import { issueAt, issueAtCell } from "./issue";
import type { Layout } from "./figuresLayout";
import { valueAt } from "./rowMeta";
import { groupByCounty } from "./groupByCounty";
import { givenPayRatioCheck, payAmountKind, payRatio, type PayRow } from "./payAmounts";
import { rounded, type GivenFigure } from "./rotationFigures";
import { cellText } from "./text";
import type { CountyFigures } from "./countyFigures";
import { convertFigure } from "./convertFigure";
import type { ItemRow } from "./itemRow";
import { unitTextOf, textReadIssues } from "./valueOf";
import type { CountyOf } from "./countiesDown";

/** A row giving an amount of pay (payAmountKind), with its value cell, county and amount read. */
interface PayCell extends PayRow {
  readonly item: ItemRow;
  readonly column: number;
  readonly county: string | null;
}

function payCells(grid: Grid, items: readonly ItemRow[], layout: Layout, countyOf: CountyOf): PayCell[] {
  return items.flatMap((item) => {
    const kind = item.code === null ? payAmountKind(item.text) : null;
    const column = item.valueColumn;
    if (kind === null || column === null || cellText(valueAt(grid, item.row, column)) === null) return [];
    const converted = convertFigure(valueAt(grid, item.row, column), "yuan", false, `${unitTextOf(grid, item, layout)} ${item.text}`);
    return [{ item, column, county: countyOf(item.row), kind, value: converted?.ok === true && typeof converted.value === "number" ? converted.value : null }];
  });
}

/** An amount's value cell, as `县级指标!B3`. */
function payCellRef(grid: Grid, row: PayCell): string {
  return qualified(grid.sheet, a1(row.item.row, row.column));
}

/**
 * The G8 threshold the reader judges a ratio given against its amounts with: the default profile's,
 * as the reader does not know the run's; once it is known, the check is made again against that
 * profile's (report/profileParams.ts), which `threshold` and the unrounded `givenRatio` allow.
 */
export const DEFAULT_PAY_THRESHOLD = national.countyItems.G8_pay_ratio.threshold;

/**
 * A county's G8 ratio given as such that its own two amounts (payRatio) contradict beyond
 * rounding (givenPayRatioCheck): kept, and a warning at it naming both amounts' cells and values,
 * said more sharply when the amounts give below the threshold and the given at least it (the item
 * would fail on the amounts). Nothing when the amounts do not pair, as rotationFigures checks G11's rates.
 */
function checkGivenRatio(grid: Grid, rows: readonly PayCell[], given: GivenFigure): Issue[] {
  const amounts = payRatio(rows);
  if (amounts === null || typeof given.value !== "number") return [];
  const check = givenPayRatioCheck(given.value, amounts.ratio, DEFAULT_PAY_THRESHOLD);
  const { teacher, civil } = amounts;
  const shown = { given: rounded(given.value), givenRatio: given.value, computed: rounded(amounts.ratio), threshold: DEFAULT_PAY_THRESHOLD };
  const params = { item: given.item, ...shown, teacherCell: payCellRef(grid, teacher), teacher: teacher.value, civilCell: payCellRef(grid, civil), civil: civil.value };
  if (check === "agrees") return [issueAtCell("read_figure_pay_amounts_agree", "info", given.cell, params)];
  return [issueAtCell(check === "fails_on_amounts" ? "read_figure_pay_ratio_fails_on_amounts" : "read_figure_pay_ratio_differs", "warning", given.cell, params)];
}

/**
 * One county's G8 from its two amounts (payRatio), at the teachers' cell with both cells; beside a
 * ratio given as such (`given`), the two amounts are used to check it (checkGivenRatio), which says
 * so naming both; else each amount is said not to be the ratio: a warning when the county then has
 * no G8 (the amounts could not be paired), info beside a ratio given.
 */
function countyPay(grid: Grid, rows: readonly PayCell[], given: GivenFigure | undefined): CountyFigures {
  const computed = given === undefined ? payRatio(rows) : null;
  const severity = given === undefined ? "warning" : "info";
  const checked = given === undefined ? [] : checkGivenRatio(grid, rows, given);
  // Amounts that checked the ratio given were used: checkGivenRatio names them.
  if (checked.length > 0) return { figures: [], issues: checked };
  if (computed === null) return { figures: [], issues: rows.map((r) => issueAt("read_figure_pay_amount", severity, grid.sheet, r.item.row, r.column, { item: r.item.text })) };
  const { teacher, civil, ratio } = computed;
  const [teacherCell, civilCell] = [payCellRef(grid, teacher), payCellRef(grid, civil)];
  const asText = [teacher, civil].flatMap((r) => {
    const raw = valueAt(grid, r.item.row, r.column);
    return typeof raw === "string" ? textReadIssues(grid.sheet, r.item, r.column, raw, r.value) : [];
  });
  const params = { item: teacher.item.text, civilCell, value: rounded(ratio) };
  return {
    figures: [{ county: teacher.county, code: "G8_pay_ratio", value: ratio, cell: teacherCell, cells: [teacherCell, civilCell] }],
    issues: [...asText, issueAt("read_figure_pay_ratio_computed", "info", grid.sheet, teacher.item.row, teacher.column, params)],
  };
}

/**
 * Amounts of pay (教师年平均工资（元）, 公务员年平均工资（元）) are not the ratio G8: county by county
 * (groupByCounty, as rotationFigures pairs G11's counts), with both given and no ratio read for
 * that county (`given`: a blank ratio row is none), G8 is computed from them (payRatio) and
 * said so; otherwise each is said not to be the ratio, and a ratio given as such that they
 * contradict beyond rounding is warned (checkGivenRatio).
 */
export function payFigures(grid: Grid, items: readonly ItemRow[], layout: Layout, countyOf: CountyOf, given: (county: string | null) => GivenFigure | undefined): CountyFigures {
  const reads = groupByCounty(payCells(grid, items, layout, countyOf)).map(([county, rows]) => countyPay(grid, rows, given(county)));
  return { figures: reads.flatMap((r) => r.figures), issues: reads.flatMap((r) => r.issues) };
}
