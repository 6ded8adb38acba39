import { markupText } from "../messages/markupText";

/**
 * An element with its attributes (escaped) around children already HTML; one line per element,
 * so that the checked-in page reads and diffs line by line.
 * @example el("a", { href: "#en" }, markupText("English")) // '<a href="#en">English</a>'
 */
export function el(tag: string, attrs: Readonly<Record<string, string>>, ...children: readonly string[]): string {
  const attributes = Object.entries(attrs).map(([k, v]) => ` ${k}="${markupText(v)}"`).join("");
  return `<${tag}${attributes}>${children.join("")}</${tag}>`;
}

/**
 * A table whose cells carry their column's head (data-label), which the narrow layout shows
 * beside each value when a row stacks (help.css in helpPage.ts).
 * @example table(["路径", "值"], [["cvLimits.junior", "0.4"]]) // "<table><thead>…<td data-label=\"路径\">cvLimits.junior</td>…"
 */
export function table(heads: readonly string[], rows: readonly (readonly string[])[], className = ""): string {
  const head = el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", { scope: "col" }, markupText(h)))));
  const body = rows.map((cells) => el("tr", {}, ...cells.map((c, i) => el("td", { "data-label": heads[i] ?? "" }, c))));
  return `${el("table", className === "" ? {} : { class: className }, head, `\n${el("tbody", {}, `\n${body.join("\n")}\n`)}`)}`;
}
