import type { CountyFigure, Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import { issueAt } from "./issue";
import { saysPercent } from "./figuresLayout";
import { itemUnit } from "./matchCountyItem";
import { valueAt } from "./rowMeta";
import { cellText, normaliseText } from "./text";
import { assignParts, namedRespectively, namesBothParts, pieceOf, respectiveParts, sameForBoth, saysOtherRow, splitValues, withoutScope, type ItemPart } from "./twoParts";
import type { ItemRow } from "./itemRow";
import { unitTextOf, valueOf } from "./valueOf";
import type { SheetScope } from "./sheetScope";

/**
 * The figures of a row whose sentence is a two-part item whole (wholeItemParts): its value cell's
 * values, each read for its part (sameForBoth: one value 均为 both; respectiveParts: 分别为 in the order
 * named; else assignParts) and said at the
 * cell; a cell whose values cannot be told apart is refused, saying to write them on two rows. Null
 * for any other row, or a blank or single value of G13 (read for both stages: stagelessFigures).
 *
 * @example 城区和镇区公办小学、初中…就近划片入学比例分别达到100%、95% | 100%、96.8% at C16 → primary 1, junior 0.968 at 县级指标!C16, read_figure_two_parts at C16
 */
export function twoPartFigures(scope: SheetScope, item: ItemRow, issues: Issue[]): CountyFigure[] | null {
  const { grid, layout } = scope;
  const column = item.valueColumn;
  const text = column === null ? null : cellText(valueAt(grid, item.row, column));
  if (item.parts === null || column === null || text === null) return null;
  // 全县小学、初中分别为…: the scope words say which schools, not whose each value is.
  const named = withoutScope(text, item.parts);
  const { values, whole } = besideWhole(splitValues(named), item.parts);
  // G7's 特殊教育学校生均公用经费 names no stage, so no order: its amounts are taken by their labels only.
  const ordered = namesBothParts(item.text, item.parts);
  const both = sameForBoth(named, item.parts) ?? respectiveParts(named, item.parts, ordered);
  if (both === null && values.length < 2 && item.stageless !== null) return null;
  const assigned = both ?? (namedRespectively(named) ? null : assignParts(values, item.parts, ordered));
  // Each part as a single value on its own row: its unit, comparison words, plausibility and bare
  // percent said at the cell as there. The sentence's % (分别达到100%、95%) is the standard's, no unit.
  const percent = layout.percentHeader || saysPercent(unitTextOf(grid, item, layout));
  const beside = assigned !== null && assigned.length === 2 && assigned[0]?.text !== assigned[1]?.text;
  const read = (assigned ?? []).flatMap((r) => {
    const value = valueOf(grid, { ...item, code: r.part.code }, layout, r.part.code, itemUnit(r.part.code) ?? "ratio", column, issues, { raw: r.value, percent, part: true, beside });
    return value === null ? [] : [{ ...r, value }];
  });
  // A part refused is said by its own issue; what was made of the row only when every part given was read.
  const said = assigned === null || read.length === assigned.length ? twoPartsIssue(grid.sheet, item, column, text, assigned === null ? null : read, ordered) : null;
  if (said !== null) issues.push(said);
  const wholeUnused = { item: item.text, text, extra: whole.join("，") };
  if (whole.length > 0 && read.length > 0) issues.push(issueAt("read_figure_two_parts_whole_unused", "info", grid.sheet, item.row, column, wholeUnused));
  const cell = qualified(grid.sheet, a1(item.row, column));
  return read.map((r) => ({ county: scope.countyOf(item.row), code: r.part.code, value: r.value, cell }));
}

/** A value labelled as the whole county's (全县98.5%, 县域98.5%, 合计98.5%): neither stage's. */
const WHOLE_LABEL = /^(?:全县|全区|全市|全旗|县域|本县|合计|总计|总体|全部)/;

/**
 * A two-part cell's values, each part labelled (小学100%，初中96.8%), without the values labelled as
 * the whole county's beside them (全县98.5%), which are `whole`: the parts are read, the rest said
 * unused (reviewer R2 of s49: the cell was refused as if its stages were not labelled). Any other
 * cell's values as they are.
 *
 * @example besideWhole(["小学100%", "初中96.8%", "全县98.5%"], parts of G13) // { values: ["小学100%", "初中96.8%"], whole: ["全县98.5%"] }
 * @example besideWhole(["100%", "96.8%", "全县98.5%"], parts of G13) // { values: ["100%", "96.8%", "全县98.5%"], whole: [] }
 */
function besideWhole(values: readonly string[], parts: readonly [ItemPart, ItemPart]): { values: string[]; whole: string[] } {
  const whole = values.filter((v) => WHOLE_LABEL.test(normaliseText(v)));
  const kept = values.filter((v) => !whole.includes(v));
  const labels = kept.map((v) => pieceOf(v, parts)?.label ?? null);
  const eachPart = kept.length === 2 && parts.every((p) => labels.includes(p));
  return whole.length > 0 && eachPart ? { values: kept, whole } : { values: [...values], whole: [] };
}

/**
 * What was made of a two-part row, at its value cell: both parts read (info, each with its value as
 * typed), one (a warning: the other is not given; nothing when the sentence says it is on another
 * row, saysOtherRow), or none (a warning saying to write them on two rows, or labelled in the cell
 * when the sentence names no order: `ordered`, namesBothParts). `countyItem` is the
 * part read first, or the sentence's first when none.
 */
function twoPartsIssue(sheet: string, item: ItemRow, column: number, text: string, read: readonly { part: ItemPart; text: string }[] | null, ordered: boolean): Issue | null {
  const [first, second] = item.parts ?? [];
  const base = { item: item.text, text };
  // A sentence naming no order (G7's) is not told to give its values in an order: _labelled asks for 小学6500元，初中7000元.
  // _labelled speaks of amounts (小学6500元，初中7000元): a rate (G13) is shown a rate (小学100%，初中96.8%).
  const labelled = itemUnit(first?.code ?? "") === "ratio" ? "read_figure_two_parts_unsplit_labelled_ratio" : "read_figure_two_parts_unsplit_labelled";
  const unsplit = { ...base, countyItem: first?.code ?? "", secondItem: second?.code ?? "" };
  if (read === null) return issueAt(ordered ? "read_figure_two_parts_unsplit" : labelled, "warning", sheet, item.row, column, unsplit);
  const [r1, r2] = [read.find((r) => r.part === first), read.find((r) => r.part === second)];
  if (r1 !== undefined && r2 !== undefined) return issueAt("read_figure_two_parts", "info", sheet, item.row, column, { ...base, countyItem: r1.part.code, firstText: r1.text, secondItem: r2.part.code, secondText: r2.text });
  const [got, missing] = r1 !== undefined ? [first, second] : [second, first];
  if (saysOtherRow(item.text)) return null;
  return issueAt("read_figure_two_parts_one", "warning", sheet, item.row, column, { ...base, countyItem: got?.code ?? "", secondItem: missing?.code ?? "" });
}
