import { DASH_CHARS, NONE_MARKS, noneMarkOf, type NoneMark } from "./parseCellNumber";
import { foldText } from "./text";

/**
 * Phrases that mean the figure is not known, as they stand at the start of a clause about the
 * whole sheet; a county figure's cell saying one of them has no figure yet (saysNoData). "没有的" /
 * "无的" / "无则" (the school has none) are deliberately absent: "没有的填“—”" makes the dash a zero,
 * which is already the default reading (see ZERO).
 */
export const NO_DATA_PHRASE = "(?:暂无数据|无数据|没有数据|缺少?数据|数据缺失|数据不详|缺失(?:数据)?|不详|未知|无法统计)";
/** Phrases that mean the school has none: a dash written for them is a zero. */
const ZERO = "(?:没有(?!数据)的?|无的|无则|无此项的?|(?:数值)?(?:为|是)[0零]的?)";
/**
 * Between the phrase and the verb ("无数据的，填", "缺数据时请填写", "无数据或不适用的填"): a comma
 * right after the phrase, then a few characters without a clause break, 0 ("无数据为0填") or a new
 * subject (没 / 无: "数据不详，没有的填"), then 的 / 时. A 或 or 不 may stand here: whether the clause
 * joins 0 with no data ("无数据或为0") or negates it ("无数据不填") is for `affirmed` to say.
 */
const GAP = "(?:的|时)?,?[^。;,.:!?、\\n0零没无]{0,4}?(?:的|时)?";
const VERB = "(?:填写|填报|填入|填|用|以|写|记为|记作|标注|标为|为)(?:为|成|作)?";
const MEANS = "[^，。；,;]{0,2}?(?:表示|代表|意为|即为|即|指)";
const OPEN = "[“\"‘'「『]";
const CLOSE = "[”\"’'」』]";
/** A dash may stand unquoted; `/` and the words (无, 没有, 空) only in quotes, since unquoted they are ordinary text ("填写/填报", "为空白"). */
const MARK = `(?:${OPEN}?${NONE_MARKS.dash.pattern}${CLOSE}?|${OPEN}(?:${NONE_MARKS.slash.pattern}|${NONE_MARKS.word.pattern})${CLOSE})`;
const MARKS = `${MARK}(?:(?:或者|或|、|及|和)${MARK})*`;
const MARK_ONLY = new RegExp(Object.values(NONE_MARKS).map((m) => m.pattern).join("|"), "g");
/** What every mark a note names holds (a dash or an opening quote): a text without one names none (see flatten). */
const MARK_HINT = new RegExp(`[${DASH_CHARS}]|${OPEN}`);

/** "无数据填“—”": the phrase must open its clause (see FILLER). */
const FORWARD = new RegExp(`${NO_DATA_PHRASE}${GAP}${VERB}(${MARKS})`, "g");
/** "“—”表示无数据", "“—”代表该项数据不详": nothing but 该项 / 此项 between the verb and the phrase. */
const BACKWARD = new RegExp(`(${MARKS})${MEANS}(?:该项|此项|为|是)?${NO_DATA_PHRASE}`, "g");
const FORWARD_ZERO = new RegExp(`${ZERO}${GAP}${VERB}(${MARKS})`, "g");
const BACKWARD_ZERO = new RegExp(`(${MARKS})${MEANS}(?:为|是)?(?:[0零]|没有(?!数据)|无(?!数据|法))`, "g");

/** Where a clause ends: the note's sentence and list punctuation, after NFKC folding (`，` → `,`). */
const BREAK = /[。;,:!?、()\n]/;
/**
 * What may open a clause before its phrase: a number ("3.", "（2）", "①"), a bullet, a condition
 * (如 / 若 / 如有 / 凡 / 对于), 该项 / 此项, 暂 / 尚 ("尚无数据"); no subject ("建校年份不详").
 */
const FILLER = /^[*※•·]?(?:\(?[\d一二三四五六七八九十]+[).、]?|[①-⑳])?(?:如果|如有|若有|如|若|凡是|凡|对于)?(?:该项|此项|本项)?(?:暂|尚)?$/;
/** A clause that forbids or negates what it says: "无数据请勿填“—”", "严禁用“—”表示无数据", "无数据不填“—”". */
const NEGATION = /勿|不要|不得|严禁|禁止|不可|不能|不用|不必|不需|无需|无须|不应|不宜|不填|不写/;
/** A clause that joins 0 (or having none) and no data with 或: the dash then means either, and stays 0. */
const EITHER = /或/;
const ZERO_WORD = /[0零]|没有(?!数据)/;

interface Clause {
  /** The clause's text before the match. */
  readonly before: string;
  /** The whole clause the match stands in (from the break before it to the break after it). */
  readonly whole: string;
}

function clauseAround(flat: string, start: number, end: number): Clause {
  let from = start;
  while (from > 0 && !BREAK.test(flat[from - 1] ?? "")) from--;
  let to = end;
  while (to < flat.length && !BREAK.test(flat[to] ?? "")) to++;
  return { before: flat.slice(from, start), whole: flat.slice(from, to) };
}

/** The marks of each match of `pattern` whose clause `accept`s it. */
function marksWhere(flat: string, pattern: RegExp, accept: (clause: Clause) => boolean, into: Set<NoneMark>): void {
  for (const match of flat.matchAll(pattern)) {
    if (!accept(clauseAround(flat, match.index, match.index + match[0].length))) continue;
    for (const m of (match[1] ?? "").match(MARK_ONLY) ?? []) {
      const mark = noneMarkOf(m);
      if (mark !== null) into.add(mark);
    }
  }
}

/** No mark named: shared, since most texts searched (every row's first cell) name none. */
const NONE_NAMED: ReadonlySet<NoneMark> = new Set();

/** The text folded for matching (NFKC, no whitespace); null when it has no dash and no opening quote, so names no mark. */
function flatten(text: string): string | null {
  const flat = foldText(text);
  return MARK_HINT.test(flat) ? flat : null;
}

function affirmed(clause: Clause): boolean {
  return !NEGATION.test(clause.whole) && !(EITHER.test(clause.whole) && ZERO_WORD.test(clause.whole));
}

/**
 * The ways of writing "nothing" that a sheet's note (填表说明) declares to mean *no data*, e.g.
 * "3.无数据填“—”。" → {dash}; empty when the text declares none. Only a phrase that clearly means
 * unknown (无数据, 没有数据, 缺数据, 数据不详, 不详, 暂无数据, 缺失, 未知) at the start of its clause
 * switches a mark for the whole sheet; not a phrase about one subject ("建校年份不详的填“—”": that
 * column's business, so nothing switches), not a clause that forbids it ("无数据请勿填“—”",
 * "严禁用“—”表示无数据"), not one that joins 0 and no data with 或 ("数值为0或无数据的填“—”":
 * either, so the default stands), and not "没有的填“—”" (has none: a zero) or "无则填—"
 * (workbooks.md "Cell values as people type them": `—` is otherwise an explicit 0). Full-width
 * forms are folded first (`－` → `-`).
 *
 * @example noDataMarks("填表说明：3.无数据填“—”。") // Set {"dash"}
 * @example noDataMarks("“/”表示数据不详") // Set {"slash"}
 * @example noDataMarks("无数据请勿填“—”") // Set {}
 * @example noDataMarks("建校年份不详的填“—”") // Set {}
 */
export function noDataMarks(text: string): ReadonlySet<NoneMark> {
  const flat = flatten(text);
  if (flat === null) return NONE_NAMED;
  const marks = new Set<NoneMark>();
  marksWhere(flat, FORWARD, (c) => FILLER.test(c.before) && affirmed(c), marks);
  marksWhere(flat, BACKWARD, affirmed, marks);
  return marks;
}

/**
 * The ways of writing "nothing" that a note declares to mean *none* (a zero): "没有的填“—”",
 * "“—”表示0", "无此项的填“/”". That is the default reading already; it matters only when another
 * note of the same sheet says the opposite (findNoDataNote then keeps the default and says so).
 *
 * @example zeroMarks("2.没有的填“—”") // Set {"dash"}
 * @example zeroMarks("无数据填“—”") // Set {}
 */
export function zeroMarks(text: string): ReadonlySet<NoneMark> {
  const flat = flatten(text);
  if (flat === null) return NONE_NAMED;
  const marks = new Set<NoneMark>();
  // "无数据或为0时填“—”" says either, not that the dash is a zero.
  const plain = (c: Clause): boolean => !NEGATION.test(c.whole) && !EITHER.test(c.whole);
  marksWhere(flat, FORWARD_ZERO, plain, marks);
  marksWhere(flat, BACKWARD_ZERO, plain, marks);
  return marks;
}
