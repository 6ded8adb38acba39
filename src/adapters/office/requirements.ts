/**
 * What this Excel can do, checked at run time. The manifest asks for ExcelApi 1.7 (getRangeByIndexes,
 * freeze panes, hyperlinks); everything newer is optional and degrades with a message.
 */

/** Optional features and the ExcelApi version that brings each. */
export const OPTIONAL_FEATURES = {
  calculationSuspend: "1.6", // application.suspendApiCalculationUntilNextSync
  conditionalFormats: "1.6", // data bars
  screenUpdatingSuspend: "1.9", // application.suspendScreenUpdatingUntilNextSync
  visibleCells: "1.9", // range.getSpecialCellsOrNullObject("Visible"): hidden rows in one request
  pageLayout: "1.9", // worksheet.pageLayout: landscape, one page wide, the header on every printed page
  customProperties: "1.12", // worksheet.customProperties: tags on the sheets this add-in wrote
  mergedAreas: "1.13", // range.getMergedAreasOrNullObject
} as const;

export type Feature = keyof typeof OPTIONAL_FEATURES;
export type Capabilities = Readonly<Record<Feature, boolean>>;

/** The minimum the add-in needs at all (also in manifest.xml). */
export const MINIMUM_EXCEL_API = "1.7";

/** Asks the host, e.g. `(set, v) => Office.context.requirements.isSetSupported(set, v)`. */
export type SetSupported = (set: string, version: string) => boolean;

/**
 * Which optional features this host offers. Versions go in as strings ("1.12"): as numbers,
 * 1.10 would be read as 1.1.
 *
 * @example detectCapabilities((_, v) => Number(v.split(".")[1]) <= 9).customProperties // false
 */
export function detectCapabilities(isSupported: SetSupported): Capabilities {
  const entries = Object.entries(OPTIONAL_FEATURES).map(([feature, version]) => [feature, isSupported("ExcelApi", version)]);
  return Object.fromEntries(entries) as Record<Feature, boolean>;
}

/** The features this host lacks (for the message that tells the user what is unavailable). */
export function missingFeatures(capabilities: Capabilities): readonly Feature[] {
  return (Object.keys(OPTIONAL_FEATURES) as Feature[]).filter((f) => !capabilities[f]);
}

/** Capabilities of the running Office host; everything off when Office.js is absent. */
export function hostCapabilities(): Capabilities {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return detectCapabilities((set, version) => requirements?.isSetSupported(set, version) ?? false);
}

/** True when the host meets the manifest's minimum; Excel then runs the add-in at all. */
export function meetsMinimum(isSupported: SetSupported): boolean {
  return isSupported("ExcelApi", MINIMUM_EXCEL_API);
}
