import { RESULT_ROLES, type ResultRole } from "../../workbook/types";
import type { DocumentSettings } from "./documentSettings";

/** Custom-property key on result sheets (ExcelApi 1.12). */
export const TAG_KEY = "YZJH.resultSheet";
/** Document-settings key listing result-sheet ids on hosts without custom properties. */
export const SETTINGS_KEY = "yzjh.resultSheets";

/** What a tag records: the role, and the id of the sheet it was written on (a user's copy has another id). */
export interface Tag {
  readonly role: ResultRole;
  readonly id: string;
}

/** Parses a tag; null for anything this add-in did not write. */
export function parseTag(text: unknown): Tag | null {
  if (typeof text !== "string") return null;
  try {
    const tag = JSON.parse(text) as Partial<Tag>;
    const roles: readonly string[] = RESULT_ROLES;
    return typeof tag.id === "string" && typeof tag.role === "string" && roles.includes(tag.role) ? { role: tag.role as ResultRole, id: tag.id } : null;
  } catch {
    return null;
  }
}

/** Remembers which sheets the add-in wrote, so that a re-run replaces those and no others. */
export interface SheetTags {
  /** Ids, among `sheets` (name and id loaded), of sheets this add-in wrote. May sync once. */
  owned(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<Set<string>>;
  /** Queues the tag on a sheet just created (its id known). */
  tag(sheet: Excel.Worksheet, tag: Tag): void;
  /** Records that these ids are gone / are current, after the run. */
  commit(current: readonly string[]): Promise<void>;
}

/** Custom properties where the host has them (ExcelApi 1.12), else the document settings. */
export function sheetTagsFor(customProperties: boolean, settings: DocumentSettings): SheetTags {
  return customProperties ? customPropertyTags() : settingsTags(settings);
}

/** Tags as worksheet custom properties (ExcelApi 1.12): they travel with the sheet. */
export function customPropertyTags(): SheetTags {
  return {
    async owned(context, sheets) {
      const props = sheets.map((s) => s.customProperties.getItemOrNullObject(TAG_KEY).load("value"));
      await context.sync();
      const ids = sheets.map((s, i) => {
        const prop = props[i];
        const tag = prop === undefined || prop.isNullObject ? null : parseTag(prop.value);
        return tag !== null && tag.id === s.id ? s.id : null;
      });
      return new Set(ids.filter((id): id is string => id !== null));
    },
    tag: (sheet, tag) => void sheet.customProperties.add(TAG_KEY, JSON.stringify(tag)),
    commit: async () => undefined,
  };
}

/** Tags as a list of sheet ids in the document settings (hosts before ExcelApi 1.12). */
export function settingsTags(settings: DocumentSettings): SheetTags {
  const tagged = new Map<string, Tag>();
  return {
    async owned(_context, sheets) {
      const stored = settings.get(SETTINGS_KEY);
      const list = Array.isArray(stored) ? stored.map((t) => parseTag(JSON.stringify(t))).filter((t): t is Tag => t !== null) : [];
      const ids = new Set(list.map((t) => t.id));
      return new Set(sheets.map((s) => s.id).filter((id) => ids.has(id)));
    },
    tag: (_sheet, tag) => void tagged.set(tag.id, tag),
    async commit(current) {
      settings.set(SETTINGS_KEY, current.map((id) => tagged.get(id)).filter((t): t is Tag => t !== undefined));
      await settings.save();
    },
  };
}
