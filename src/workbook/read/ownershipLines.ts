import type { TotalRowInput } from "./totalRowInput";
import type { Classified } from "./rowKind";
import { textAt } from "./rowMeta";
import { sheetLines, isSchoolLine } from "./blockEnds";
import { ownershipGroup } from "./ownershipGroupIssue";
import { foldText } from "./text";
import { GRAND_TOTAL } from "./totalAgrees";
import { namesWholeSheet } from "./totalRow";
import { totalScope } from "./totalLabel";

/**
 * The input with each 其中 line naming the schools someone runs, right under a total or another such
 * line (合计 | 其中：民办学校 | 457), read as that group's subtotal: a part of the total, not in its sum,
 * checked as a 民办学校小计 under 合计 is (ownershipGroupIssue). Read as a breakdown, it left every total
 * of the sheet unchecked (s52 H2), as a breakdown's numbers may be anything's. Each such line's
 * schools are those of the total it stands under (`ownershipSpans`, ownerSpan): under 城关镇小计, the
 * town's 民办 schools, not the sheet's; under a 合计 above every school, the schools below it (s52 R2:
 * both were checked against the 民办 rows above the line, or warned against every school below).
 * @example kinds 合计 (total) 8, 其中：民办学校 (breakdown) 9 → 9 a total, its span every school row above 8; 一小 (school) 2, 其中：民办学校 (breakdown) 3 → unchanged
 */
export function withOwnershipLines<T extends TotalRowInput>(input: T): T {
  const lines = sheetLines(input.kinds);
  const kinds = new Map(input.kinds);
  const spans = new Map<number, readonly number[]>();
  // Subtotals above their schools (城关镇小计 | 其中：民办学校 | 一小 …: a part total above the first school) head the rows under them.
  const firstSchool = lines.find((row) => isSchoolLine(input.kinds.get(row))) ?? Infinity;
  const heads = lines.some((row) => row < firstSchool && input.kinds.get(row)?.kind === "total" && !isGrand(input, row));
  // A school's span passes over the breakdowns under it (一小 | 其中：寄宿生 | 合计): they are parts of their rows, no end of a block.
  const spanLines = lines.filter((row) => input.kinds.get(row)?.kind !== "breakdown");
  // The total each run of 其中 lines stands under, whatever each breaks down (合计 | 其中：寄宿制学校 | 其中：民办学校: s52 H6); null under a school or anything else.
  let parent: number | null = null;
  lines.forEach((row) => {
    const line = input.kinds.get(row);
    if (line?.kind !== "breakdown") {
      parent = line?.kind === "total" ? row : null;
      return;
    }
    if (parent === null || !namesOwners(input, row, line)) return;
    kinds.set(row, { ...line, kind: "total" });
    spans.set(row, ownerSpan(input, spanLines, parent, heads));
  });
  return { ...input, kinds, ownershipSpans: spans };
}

/**
 * The input without its breakdown lines (其中：寄宿制学校, 其中：女, 其中：农村学校 left after
 * withOwnershipLines): each is a part of the row above it, in no total's sum and no end of a block,
 * and which schools it counts the tool cannot tell, so the totals are checked as if it were not
 * written. Kept, it turned every total check of the sheet off (s52 H6: a 合计 3,545 over 3,544 went unsaid).
 * @example kinds 一小 (school) 2, 其中：寄宿生 (breakdown) 3, 合计 (total) 4 → 2 and 4 only
 */
export function withoutBreakdowns<T extends TotalRowInput>(input: T): T {
  return { ...input, kinds: new Map([...input.kinds].filter(([, c]) => c.kind !== "breakdown")) };
}

/** Whether a breakdown line's label names a 民办 or 公办 group (ownershipGroup). */
function namesOwners({ grid, nameColumn }: TotalRowInput, row: number, line: Classified): boolean {
  return ownershipGroup(textAt(grid, row, line.labelColumn ?? nameColumn) ?? "") !== null;
}

/**
 * Whether the total line at `row` is the sheet's: 合计, 总计 (GRAND_TOTAL), or, of no stage or kind, a
 * label naming the sheet's whole (namesWholeSheet: 全镇合计, 青石县), as checkedTotals reads it. Taken
 * for a town's subtotal, 全镇合计 above every school made its 其中：民办学校 the first town's (s52 K2:
 * 612 / 45 warned against 启航小学 alone, 412 / 30).
 */
function isGrand(input: TotalRowInput, row: number): boolean {
  const label = textAt(input.grid, row, input.kinds.get(row)?.labelColumn ?? input.nameColumn) ?? "";
  return GRAND_TOTAL.test(foldText(label)) || (totalScope(label) === null && namesWholeSheet(input, row, label));
}

/**
 * The school rows (`lines`: the sheet's lines, sorted) the total at `parent` adds up, as the layout
 * gives them: a 合计 every school above it (whatever subtotals stand between), or below it when it
 * stands above them all; a subtotal
 * the schools right above it, or, where subtotals head their blocks (`heads`), those right below it,
 * past its 其中 lines.
 * @example 一小 2, 启航 3, 城关镇小计 4, 其中：民办学校 5, 二小 6, 新华 7, 石岭镇小计 8 → parent 8: [6, 7]; parent 4: [2, 3]
 */
function ownerSpan(input: TotalRowInput, lines: readonly number[], parent: number, heads: boolean): readonly number[] {
  const k = lines.indexOf(parent);
  const grand = isGrand(input, parent);
  const school = (row: number | undefined) => isSchoolLine(input.kinds.get(row ?? -1));
  const above = lines.slice(0, k);
  // A 合计 under the subtotals that close the list (… 民办学校小计 | 合计 | 其中：民办学校) still adds up every school above it.
  const schoolsAbove = grand ? above.filter((row) => school(row)) : [];
  if (schoolsAbove.length > 0) return schoolsAbove;
  if (school(above[above.length - 1]) && !heads) return trailingRun(above, school);
  const below = lines.slice(k + 1);
  const from = below.findIndex((row) => school(row));
  if (from < 0) return [];
  const rest = below.slice(from);
  if (grand) return rest.filter((row) => school(row));
  const end = rest.findIndex((row) => !school(row));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The rows at the end of `rows` that pass `test`, standing together. @example trailingRun([1, 2, 3], (r) => r > 1) // [2, 3] */
function trailingRun(rows: readonly number[], test: (row: number) => boolean): number[] {
  let k = rows.length;
  while (k > 0 && test(rows[k - 1] ?? -1)) k--;
  return rows.slice(k);
}
