import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import { isPlain } from "../profiles/deepMerge";
import { settingPaths } from "../profiles/settingNames";
import { schemaLeaf, type LeafKind } from "../workbook/read/schemaPath";

export { settingMeaning } from "../profiles/settingNames";

/** One 规则 sheet setting: its path as the sheet takes it, the kind of value, and its value under each built-in profile (null: none). */
export interface HelpSetting {
  readonly path: string;
  readonly kind: LeafKind["kind"];
  readonly defaults: Readonly<Record<string, unknown>>;
}

function valueAt(profile: unknown, path: string): unknown {
  let node = profile;
  for (const key of path.split(".")) node = isPlain(node) ? node[key] : undefined;
  return node ?? null;
}

/**
 * Every setting a 规则 sheet can give (settingPaths, as readRuleSheet reads them), with its kind and
 * each built-in profile's value.
 * @example helpSettings()[0] // { path: "standards.primary.L1", kind: "number", defaults: { "national-2017": 4.2, "sichuan-guanghan-2024": 4.2 } }
 */
export function helpSettings(): HelpSetting[] {
  const ids = Object.keys(BUILT_IN_PROFILES);
  return settingPaths().map((path) => ({
    path,
    kind: schemaLeaf(path)?.kind ?? "json",
    defaults: Object.fromEntries(ids.map((id) => [id, valueAt(builtInProfile(id), path)])),
  }));
}
