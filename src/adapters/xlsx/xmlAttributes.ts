import { xmlValue } from "./xmlText";

/**
 * The attributes of one start tag, values unescaped. Quoted values may hold > and the other quote.
 * @example xmlAttributes('<sheet name="&apos;甲&apos; 县" r:id="rId4"/>') // Map { name → "'甲' 县", r:id → "rId4" }
 */
export function xmlAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? "", xmlValue(m[2] ?? m[3] ?? ""));
  return out;
}

/**
 * Every start (or empty) tag of one element name, in document order: `<Relationship …/>`.
 * @example startTags('<a><b x="1"/><b x="2"></b></a>', "b") // ['<b x="1"/>', '<b x="2">']
 */
export function startTags(xml: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...xml.matchAll(new RegExp(`<${escaped}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, "g"))].map((m) => m[0]);
}
