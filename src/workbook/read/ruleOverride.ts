import { withEntries, type OverrideEntry } from "../../profiles/overrideEntries";

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  keys.slice(0, -1).forEach((k) => {
    const next = node[k];
    node = (typeof next === "object" && next !== null && !Array.isArray(next) ? next : (node[k] = {})) as Record<string, unknown>;
  });
  node[keys[keys.length - 1] ?? ""] = value;
}

/**
 * The nested profile override a 规则 sheet's settings make, with the settings recorded beside it
 * (withEntries), so that whoever holds the override can say which cell each came from.
 * @example ruleOverride([{ path: "cvLimits.primary", value: 0.45, cell: "规则!B2" }]) // { cvLimits: { primary: 0.45 } }, overrideEntries → that entry
 */
export function ruleOverride(entries: readonly OverrideEntry[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of entries) setPath(out, e.path, e.value);
  return withEntries(out, entries);
}
