// saxes ships with exceljs (its own reader uses it); tests only: a strict parser that throws on XML
// that is not well-formed (an unescaped &, a tag not closed, an undeclared prefix).
import { SaxesParser } from "saxes";

/** An element as parsed: its qualified name, attributes, children and text. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

/** Parses `xml` with namespaces checked; throws where it is not well-formed. */
export function xmlTree(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value]));
    const node: XmlNode = { name: tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  const [element] = root.children;
  if (!element) throw new Error("no root element");
  return element;
}

/** The first descendant (depth first) with this name. */
export function find(node: XmlNode, name: string): XmlNode | undefined {
  for (const child of node.children) {
    if (child.name === name) return child;
    const below = find(child, name);
    if (below) return below;
  }
  return undefined;
}

/** Every descendant with this name, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}

/** The names of an element's children, in order. */
export const childNames = (node: XmlNode | undefined): string[] => (node?.children ?? []).map((c) => c.name);
