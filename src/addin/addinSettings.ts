import type { DocumentSettings } from "../adapters/office/documentSettings";
import type { Issue } from "../engine/types";
import { BUILT_IN_PROFILES } from "../profiles/resolveProfile";
import type { FixHeaders } from "./fixHeaders";

/** What the user confirmed in the pane, saved in the workbook for the ribbon button. */
export interface AddinSettings {
  /** The school sheet the user chose; "" for the reader's choice, as the CLI without --sheet (小学 and 初中 both). */
  readonly sheet: string;
  /** A1 range without the sheet, or null for the sheet's used range. */
  readonly range: string | null;
  /**
   * Column fixes: role → 0-based sheet column, the role being a field or meta key with its stage
   * and part (`students@junior`; matchColumns.ts fixKey). Settings saved before stages were kept
   * hold plain field keys, which read as roles without stage or part.
   */
  readonly fixes: Readonly<Record<string, number>>;
  /** 0-based sheet columns the user set to not used (absent in settings saved before: none). */
  readonly ignored: readonly number[];
  /**
   * The header each fixed or ignored column showed when the fix was chosen (fixHeaders.ts): a fix
   * is applied only while its column still holds it. Absent in settings saved before: unchecked.
   */
  readonly headers?: FixHeaders;
  readonly profileId: string;
  readonly year: number | null;
}

export const SETTINGS_KEY = "yzjh.settings";

const isColumn = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function isFixes(v: unknown): v is Record<string, number> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every(isColumn);
}

function ignoredOf(v: unknown): number[] | null {
  if (v === undefined) return [];
  return Array.isArray(v) && v.every(isColumn) ? [...v] : null;
}

/** The recorded headers: `{}` for none (absent), null when they are not column → text. */
function headersOf(v: unknown): { headers?: FixHeaders } | null {
  if (v === undefined) return {};
  const ok = typeof v === "object" && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, t]) => /^\d+$/.test(k) && typeof t === "string");
  return ok ? { headers: { ...(v as FixHeaders) } } : null;
}

/** The saved settings, or null when there are none or they are not in the expected shape. */
export function parseSettings(raw: unknown): AddinSettings | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const okRange = r.range === null || typeof r.range === "string";
  const okYear = r.year === null || Number.isInteger(r.year);
  const ignored = ignoredOf(r.ignored);
  const headers = headersOf(r.headers);
  if (typeof r.sheet !== "string" || !okRange || !okYear || typeof r.profileId !== "string" || !isFixes(r.fixes) || ignored === null || headers === null) return null;
  return { sheet: r.sheet, range: r.range as string | null, fixes: r.fixes, ignored, ...headers, profileId: r.profileId, year: r.year as number | null };
}

/**
 * What the saved rules name that this version does not have: a profile that is not built in.
 * Checked once, here, for the pane (which then shows its own choice) and for every run (the ribbon
 * stops and says so) alike. Any year is kept, as the CLI's --year takes any: it picks the school
 * sheets of that year, and a year no sheet states is said by the reader (read_no_school_sheet_of_year,
 * read_year_chosen_differs, or read_year_chosen_differs_no_target when the profile sets no target
 * for it, as the result's 汇总 does).
 *
 * @example savedRuleIssues({ profileId: "beijing-2030", year: null }) // [{ code: "addin_saved_profile_unknown", severity: "error", cell: null, params: { profile: "beijing-2030" } }]
 * @example savedRuleIssues({ profileId: "national-2017", year: 2023 }) // [] (it sets no yearly targets; 2023 may be the year of a school sheet)
 */
export function savedRuleIssues(settings: Pick<AddinSettings, "profileId" | "year">): Issue[] {
  const { profileId } = settings;
  if (BUILT_IN_PROFILES[profileId] !== undefined) return [];
  return [{ code: "addin_saved_profile_unknown", severity: "error", cell: null, params: { profile: profileId } }];
}

export function loadSettings(store: DocumentSettings): AddinSettings | null {
  return parseSettings(store.get(SETTINGS_KEY));
}

export async function saveSettings(store: DocumentSettings, settings: AddinSettings): Promise<void> {
  store.set(SETTINGS_KEY, settings);
  await store.save();
}
