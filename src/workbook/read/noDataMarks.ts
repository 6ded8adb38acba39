import type { NoneMark } from "./parseCellNumber";

/**
 * Phrases that mean the figure is not known. "没有的" / "无的" / "无则" (the school has none) are
 * deliberately absent: "没有的填“—”" makes the dash a zero, which is already the default reading.
 */
const PHRASE = "(?:无数据|没有数据|缺少?数据|数据缺失|缺失|不详|未知|无法统计)";
/**
 * Between the phrase and the verb ("无数据的，填", "缺数据时请填写"): a comma right after the phrase,
 * then a few characters without a clause break, 不 ("无数据不填"), 或 / 0 ("无数据或为0填": either),
 * or a new subject (没 / 无: "数据不详，没有的填").
 */
const GAP = "(?:的|时)?,?[^。;,.:!?、\\n不或0零没无]{0,4}?";
const VERB = "(?:填写|填报|填入|填|用|以|写|记为|记作|标注|标为|为)(?:为|成|作)?";
const OPEN = "[“\"‘'「『]";
const CLOSE = "[”\"’'」』]";
/** A dash may stand unquoted; `/` and `无` / `空` only in quotes, since unquoted they are ordinary text ("填写/填报", "为空白"). */
const MARK = `(?:${OPEN}?[—–―‐‑−-]+${CLOSE}?|${OPEN}(?:/|无|空)${CLOSE})`;
const MARKS = `${MARK}(?:(?:或者|或|、|及|和)${MARK})*`;
const FORWARD = new RegExp(`${PHRASE}${GAP}${VERB}(${MARKS})`, "g");
const BACKWARD = new RegExp(`(${MARKS})[^，。；,;]{0,2}?(?:表示|代表|意为|即为|即|指)[^，。；,;不或0零]{0,2}?${PHRASE}`, "g");
const MARK_ONLY = /[—–―‐‑−-]+|\/|无|空/g;

function markOf(text: string): NoneMark {
  if (text === "/") return "slash";
  return text === "无" || text === "空" ? "word" : "dash";
}

/**
 * The ways of writing "nothing" that a sheet's note (填表说明) declares to mean *no data*, e.g.
 * "3.无数据填“—”。" → {dash}; empty when the text declares none. Only phrases that clearly mean
 * unknown / missing (无数据, 没有数据, 缺数据, 数据不详, 不详, 暂无数据, 缺失, 未知) switch a mark;
 * "没有的填“—”" (has none: a zero) and "无则填—" do not (workbooks.md "Cell values as people type
 * them": `—` is otherwise an explicit 0). Full-width forms are folded first (`－` → `-`).
 *
 * @example noDataMarks("填表说明：3.无数据填“—”。") // Set {"dash"}
 * @example noDataMarks("“/”表示数据不详") // Set {"slash"}
 * @example noDataMarks("没有的填“—”") // Set {}
 */
export function noDataMarks(text: string): ReadonlySet<NoneMark> {
  const flat = text.normalize("NFKC").replace(/\s+/g, "");
  const marks = new Set<NoneMark>();
  for (const pattern of [FORWARD, BACKWARD]) {
    for (const match of flat.matchAll(pattern)) for (const m of (match[1] ?? "").match(MARK_ONLY) ?? []) marks.add(markOf(m));
  }
  return marks;
}
