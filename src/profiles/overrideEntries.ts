import { isPlain } from "./deepMerge";

/**
 * One setting a workbook's 规则 sheet laid over the profile: its path, the value it took, and the
 * cell the value was read from (null when the override did not come from a sheet).
 */
export interface OverrideEntry {
  readonly path: string;
  readonly value: unknown;
  readonly cell: string | null;
  /** The setting's name as the row wrote it, when it named the setting in words (小学班额上限) rather than by path. */
  readonly name?: string;
  /** True when the 规则 sheet it was read from is hidden (or very hidden): the notes say so, as the user may not know it is there. */
  readonly hiddenSheet?: boolean;
}

/**
 * The entries of overrides read from a 规则 sheet, by the override object the reader returned. The
 * override itself stays plain profile data (it is merged into the profile as it is); its cells
 * travel beside it, so that any caller holding the override can say where each setting came from.
 */
const ENTRIES = new WeakMap<object, readonly OverrideEntry[]>();

/** Records where each setting of `override` was read; returns `override`. */
export function withEntries<T extends object>(override: T, entries: readonly OverrideEntry[]): T {
  ENTRIES.set(override, entries);
  return override;
}

function leaves(value: unknown, path: string): OverrideEntry[] {
  if (!isPlain(value) || (path !== "" && Object.keys(value).length === 0)) return path === "" ? [] : [{ path, value, cell: null }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path === "" ? k : `${path}.${k}`));
}

/**
 * The settings an override makes, in the order the 规则 sheet gives them: as read (with their
 * cells) when the override came from readRuleSheet, else its leaf values with no cell. None for
 * no override (null, undefined, or an empty one).
 * @example overrideEntries(readRuleSheet(grid with 规则!A2:B2 = passRule.floorRatio | 80%).override) // [{ path: "passRule.floorRatio", value: 0.8, cell: "规则!B2" }]
 * @example overrideEntries({ cvLimits: { primary: 0.45 } }) // [{ path: "cvLimits.primary", value: 0.45, cell: null }]
 */
export function overrideEntries(override: unknown): readonly OverrideEntry[] {
  if (!isPlain(override)) return [];
  return ENTRIES.get(override) ?? leaves(override, "");
}
