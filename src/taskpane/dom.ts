/** Small DOM helpers for the pane (plain DOM, no framework). */
export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`task pane element #${id} is missing`);
  return el as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) node.appendChild(child);
  return node;
}

export function option(value: string, label: string, selected = false): HTMLOptionElement {
  const o = el("option", { text: label });
  o.value = value;
  o.selected = selected;
  return o;
}

/** A clickable text that runs `action` (links to sheets and cells). */
export function link(text: string, action: () => void, className = "link"): HTMLAnchorElement {
  const a = el("a", { className, text });
  a.href = "#";
  a.addEventListener("click", (event) => {
    event.preventDefault();
    action();
  });
  return a;
}

/**
 * A button in a line's text that adds the rest to it (`show`) and goes: the issues list's 展开全部,
 * the headers after the line under the mapping table. The focus it had goes to the line, the text
 * now whole (a screen reader reads it there): removed with it, it would drop to the page, and the
 * next Tab start again at the top, above the table and every issue before this one.
 *
 * @example a keyboard user presses Enter on 展开全部 → the line, its list whole, has the focus
 */
export function showMoreButton(text: string, show: () => void): HTMLButtonElement {
  const button = el("button", { className: "link show-all", text });
  button.type = "button";
  button.addEventListener("click", () => {
    const line = button.parentElement;
    const focused = document.activeElement === button;
    show();
    button.parentNode?.removeChild(button);
    if (!focused || line === null) return;
    if (!line.hasAttribute("tabindex")) line.tabIndex = -1;
    line.focus();
  });
  return button;
}

/**
 * Whether the keyboard's focus fell to the page (nothing focused, or the body): where a focused
 * control leaves it when it is hidden, disabled or drawn anew, and the next Tab starts at the top.
 * A control that gives the focus back does so only then, not when the user has put it elsewhere.
 *
 * @example the focused 放弃该更正 removed with its line → true; the user clicked a field list meanwhile → false
 */
export function focusDropped(): boolean {
  const now = document.activeElement;
  return now === null || now === document.body;
}
