/**
 * A small DOM for the pane's unit tests (Jest runs in Node; no DOM library is installed): the
 * pages' HTML parsed into elements with what the pane uses — ids, text, classes, `hidden`,
 * data-* attributes, events, and form controls whose `value` behaves as in a browser (a select
 * without a selected option shows, and gives, its first option). Not used by production code.
 */

type Listener = (event: FakeEvent) => void;

export interface FakeEvent {
  readonly type: string;
  readonly target: FakeElement | FakeDocument;
  defaultPrevented: boolean;
  preventDefault(): void;
}

const VOID = new Set(["meta", "link", "img", "input", "br", "hr"]);
const REFLECTED = ["id", "lang", "placeholder", "href", "type", "title"] as const;

class Listeners {
  private readonly map = new Map<string, Listener[]>();
  add(type: string, listener: Listener): void {
    this.map.set(type, [...(this.map.get(type) ?? []), listener]);
  }
  remove(type: string, listener: Listener): void {
    this.map.set(type, (this.map.get(type) ?? []).filter((l) => l !== listener));
  }
  fire(target: FakeElement | FakeDocument, type: string): FakeEvent {
    const event: FakeEvent = { type, target, defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
    for (const listener of this.map.get(type) ?? []) listener(event);
    return event;
  }
}

export class FakeNode {
  parentNode: FakeElement | null = null;
  readonly childNodes: FakeNode[] = [];

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join("");
  }
  set textContent(text: string) {
    this.replaceChildren(...(text === "" ? [] : [new FakeText(text)]));
  }
  appendChild<T extends FakeNode>(child: T): T {
    child.parentNode?.removeChild(child);
    child.parentNode = this as unknown as FakeElement;
    this.childNodes.push(child);
    return child;
  }
  append(...children: (FakeNode | string)[]): void {
    for (const c of children) this.appendChild(typeof c === "string" ? new FakeText(c) : c);
  }
  removeChild(child: FakeNode): void {
    const at = this.childNodes.indexOf(child);
    if (at >= 0) this.childNodes.splice(at, 1);
    child.parentNode = null;
  }
  replaceChildren(...children: (FakeNode | string)[]): void {
    for (const c of [...this.childNodes]) this.removeChild(c);
    this.append(...children);
  }
  /** Inserts `nodes` before this node in its parent. */
  before(...nodes: FakeNode[]): void {
    const parent = this.parentNode;
    if (parent === null) return;
    for (const node of nodes) {
      node.parentNode?.removeChild(node);
      node.parentNode = parent;
      parent.childNodes.splice(parent.childNodes.indexOf(this), 0, node);
    }
  }
  /** The topmost node above this one (the document, when it is in one). */
  root(): FakeNode {
    return this.parentNode === null ? this : this.parentNode.root();
  }
  /** Every element below this node, in document order. */
  descendants(): FakeElement[] {
    return this.childNodes.flatMap((c) => (c instanceof FakeElement ? [c, ...c.descendants()] : []));
  }
  querySelectorAll(selector: string): FakeElement[] {
    return this.descendants().filter((e) => matches(e, selector));
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

export class FakeText extends FakeNode {
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(text: string) {
    this.data = text;
  }
}

/** What events can be dispatched on: elements and the document. */
class FakeTarget extends FakeNode {
  private readonly listeners = new Listeners();
  addEventListener(type: string, listener: Listener): void {
    this.listeners.add(type, listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.remove(type, listener);
  }
  dispatch(type: string): FakeEvent {
    return this.listeners.fire(this as unknown as FakeElement | FakeDocument, type);
  }
}

export class FakeElement extends FakeTarget {
  readonly attributes = new Map<string, string>();
  private ownValue: string | null = null;
  private ownSelected: boolean | null = null;
  private ownDisabled = false;
  id = "";
  lang = "";
  placeholder = "";
  href = "";
  type = "";
  title = "";
  /** An optgroup's label (a plain property, as title). */
  label = "";

  constructor(readonly localName: string) {
    super();
  }
  get tagName(): string {
    return this.localName.toUpperCase();
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
    if ((REFLECTED as readonly string[]).includes(name)) (this as unknown as Record<string, string>)[name] = value;
    if (name === "disabled") this.disabled = true;
  }
  get className(): string {
    return this.attributes.get("class") ?? "";
  }
  set className(value: string) {
    this.attributes.set("class", value);
  }
  get classList() {
    const names = () => this.className.split(/\s+/).filter((n) => n !== "");
    const set = (list: string[]) => (this.className = list.join(" "));
    return {
      contains: (n: string) => names().includes(n),
      add: (n: string) => set([...names().filter((x) => x !== n), n]),
      remove: (n: string) => set(names().filter((x) => x !== n)),
      toggle: (n: string, force?: boolean) => {
        const on = force ?? !names().includes(n);
        set(on ? [...names().filter((x) => x !== n), n] : names().filter((x) => x !== n));
        return on;
      },
    };
  }
  get hidden(): boolean {
    return this.attributes.has("hidden");
  }
  set hidden(value: boolean) {
    if (value) this.attributes.set("hidden", "");
    else this.attributes.delete("hidden");
  }
  get dataset(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of this.attributes) if (name.startsWith("data-")) out[name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
    return out;
  }
  get options(): FakeElement[] {
    return this.querySelectorAll("option");
  }
  /** An option's `selected`; setting it in a select clears the others (a single select). */
  get selected(): boolean {
    return this.ownSelected ?? this.attributes.has("selected");
  }
  set selected(value: boolean) {
    const select = this.closest("select");
    if (value && select) for (const o of select.options) o.ownSelected = false;
    this.ownSelected = value;
  }
  /** As a browser: an option's value or text; a select's chosen option, else its first; an input's typed text. */
  get value(): string {
    if (this.localName === "option") return this.attributes.get("value") ?? this.textContent;
    if (this.localName === "select") {
      const chosen = [...this.options].reverse().find((o) => o.selected) ?? this.options[0];
      return chosen?.value ?? "";
    }
    return this.ownValue ?? this.attributes.get("value") ?? "";
  }
  /** As a browser: a select's chosen option's index, else 0 (its first), −1 when it has none. */
  get selectedIndex(): number {
    const options = this.options;
    const chosen = options.map((o) => o.selected).lastIndexOf(true);
    return chosen >= 0 ? chosen : options.length > 0 ? 0 : -1;
  }
  set value(value: string) {
    if (this.localName === "option") this.attributes.set("value", value);
    else if (this.localName === "select") for (const o of this.options) o.ownSelected = o.value === value;
    else this.ownValue = value;
  }
  get disabled(): boolean {
    return this.ownDisabled;
  }
  /** As Chromium: disabling the focused element drops the focus to the body. */
  set disabled(value: boolean) {
    this.ownDisabled = value;
    const doc = this.root();
    if (value && doc instanceof FakeDocument && doc.focused === this) doc.focused = null;
  }
  /** As a browser: the element becomes the document's activeElement (while it stays in the document); a disabled one cannot. */
  focus(): void {
    const doc = this.root();
    if (doc instanceof FakeDocument && !this.disabled) doc.focused = this;
  }
  /** How many times the pane scrolled this element into view (a browser scrolls; tests count). */
  scrolledIntoView = 0;
  scrollIntoView(): void {
    this.scrolledIntoView++;
  }
  closest(tag: string): FakeElement | null {
    let node = this.parentNode;
    while (node !== null && node.localName !== tag) node = node.parentNode;
    return node;
  }
}

/** `tag`, `#id`, `.class`, `[attr]`, `[attr="v"]` and their combinations (no descendant combinators). */
function matches(el: FakeElement, selector: string): boolean {
  const parts = selector.match(/^[a-z0-9]+|#[\w-]+|\.[\w-]+|\[[^\]]+\]/gi) ?? [];
  if (parts.join("") !== selector) throw new Error(`fake DOM: unsupported selector ${selector}`);
  return parts.every((p) => {
    if (p.startsWith("#")) return el.id === p.slice(1);
    if (p.startsWith(".")) return el.classList.contains(p.slice(1));
    if (p.startsWith("[")) {
      const [name, quoted] = p.slice(1, -1).split("=");
      return name !== undefined && el.attributes.has(name) && (quoted === undefined || el.attributes.get(name) === quoted.replace(/^"|"$/g, ""));
    }
    return el.localName === p.toLowerCase();
  });
}

export class FakeDocument extends FakeTarget {
  readonly documentElement: FakeElement;
  visibilityState: "visible" | "hidden" = "visible";
  /** The element last focused; activeElement is the body once it has left the document (a redraw removed it), as in a browser. */
  focused: FakeElement | null = null;

  constructor(html: string) {
    super();
    parseInto(this, html);
    this.documentElement = this.querySelector("html") ?? this.appendChild(new FakeElement("html"));
  }
  get body(): FakeElement {
    return this.querySelector("body") ?? this.documentElement.appendChild(new FakeElement("body"));
  }
  get title(): string {
    return this.querySelector("title")?.textContent.trim() ?? "";
  }
  set title(text: string) {
    const title = this.querySelector("title") ?? (this.querySelector("head") ?? this.documentElement).appendChild(new FakeElement("title"));
    title.textContent = text;
  }
  get activeElement(): FakeElement {
    return this.focused !== null && this.focused.root() === this ? this.focused : this.body;
  }
  getElementById(id: string): FakeElement | null {
    return this.descendants().find((e) => e.id === id) ?? null;
  }
  createElement(tag: string): FakeElement {
    return new FakeElement(tag.toLowerCase());
  }
  createTextNode(text: string): FakeText {
    return new FakeText(text);
  }
}

const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&nbsp;/g, "\u00a0").replace(/&amp;/g, "&");

/** Parses well-formed page HTML (as in src/taskpane and src/commands) under `root`. */
function parseInto(root: FakeNode, html: string): void {
  let node: FakeNode = root;
  const tokens = html.match(/<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith("<!")) continue;
    if (token.startsWith("</")) {
      node = node.parentNode ?? root;
      continue;
    }
    if (!token.startsWith("<")) {
      node.appendChild(new FakeText(decode(token)));
      continue;
    }
    const [, tag = "", attrs = ""] = /^<([a-zA-Z0-9]+)([\s\S]*?)\/?>$/.exec(token) ?? [];
    const el = node.appendChild(new FakeElement(tag.toLowerCase()));
    for (const m of attrs.matchAll(/([^\s=/>]+)(?:\s*=\s*"([^"]*)")?/g)) el.setAttribute(m[1] ?? "", decode(m[2] ?? ""));
    if (!VOID.has(el.localName) && !token.endsWith("/>")) node = el;
  }
}

/** The page's window, for the events it gets (focus). */
export class FakeWindow extends FakeTarget {}

/** A fake window as the page's global `window`; returns a function that removes it again. */
export function installWindow(win: FakeWindow): () => void {
  const g = globalThis as unknown as { window?: unknown };
  const previous = g.window;
  g.window = win;
  return () => {
    if (previous === undefined) delete g.window;
    else g.window = previous;
  };
}

/** The fake document as the page's global `document`, for the code under test; returns a function that restores the previous one. */
export function installDocument(doc: FakeDocument): () => void {
  const g = globalThis as unknown as { document?: unknown };
  const previous = g.document;
  g.document = doc;
  return () => {
    if (previous === undefined) delete g.document;
    else g.document = previous;
  };
}

/** What a user does: choose an option, type into a box, click. */
export function choose(select: FakeElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatch("change");
}

export function typeInto(input: FakeElement, text: string): void {
  input.value = text;
  input.dispatch("change");
}

export function click(el: FakeElement): void {
  el.dispatch("click");
}
