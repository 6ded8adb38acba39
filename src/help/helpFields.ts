import { itemsLeftPending } from "../engine";
import { FIELD_KEYS } from "../engine/types";
import { message } from "../messages/catalogue";
import { pendingParam } from "../messages/needsText";
import type { Lang } from "../messages/types";
import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import { META_KEYS } from "../workbook/read/keys";
import { HELP_HEADERS } from "./helpHeaders";

/** One column of the school sheet on the help page: its name (as 列对应关系 names it) and headers the reader takes for it. */
export interface HelpColumn {
  readonly key: string;
  readonly headers: readonly string[];
}

/** The columns of one group of the page's table, under the heading `title` (a catalogue code). */
export interface HelpColumnGroup {
  readonly title: string;
  readonly columns: readonly HelpColumn[];
}

/** An item the school data decide, as one line `G5=largestClass|@class_buckets` (pendingParam), with the built-in profiles that judge it. */
export interface HelpItemNeed {
  readonly item: string;
  readonly needs: string;
  readonly profiles: readonly string[];
}

/**
 * The items the school columns decide under each built-in profile, with nothing found (itemsLeftPending
 * of an empty set: every need of every item), each once with the profiles judging it.
 * @example helpItemNeeds()[0] // { item: "G3", needs: "classes;musicRooms+musicRoomsArea|musicRoomsCompliant;…", profiles: ["national-2017", "sichuan-guanghan-2024"] }
 */
export function helpItemNeeds(): HelpItemNeed[] {
  const byItem = new Map<string, { needs: string; profiles: string[] }>();
  for (const id of Object.keys(BUILT_IN_PROFILES)) {
    for (const line of pendingParam(itemsLeftPending(builtInProfile(id), new Set())).split("\n")) {
      const [item = "", needs = ""] = line.split("=");
      const known = byItem.get(item) ?? { needs, profiles: [] };
      byItem.set(item, { ...known, profiles: [...known.profiles, id] });
    }
  }
  return [...byItem].map(([item, v]) => ({ item, ...v })).sort((a, b) => itemOrder(a.item) - itemOrder(b.item));
}

/** G before Q, then by number: G3 < G12 < Q4. */
function itemOrder(item: string): number {
  return (item.startsWith("G") ? 0 : 1000) + Number(item.slice(1));
}

/** The fields (and `@class_buckets`) an item's needs name, in order. */
function needFields(needs: string): string[] {
  return needs.split(/[;|+]/).filter((k) => k !== "");
}

const column = (key: string): HelpColumn => ({ key, headers: HELP_HEADERS[key as keyof typeof HELP_HEADERS] ?? [] });

/**
 * The school sheet's columns in four groups: required (the reader refuses a sheet without them),
 * the L1–L7 indicators' (FIELD_KEYS from L1's to L7's: the reader's EXPECTED_KEYS with the
 * L5 parts beside the total; helpFields.test.ts checks), the items' (helpItemNeeds) and the school facts (META_KEYS) with the fields
 * no group above names.
 * @example helpColumnGroups()[0] // { title: "help_group_required", columns: [{ key: "name", … }, { key: "students", … }] }
 */
export function helpColumnGroups(): HelpColumnGroup[] {
  const required = ["name", "students"];
  const first = FIELD_KEYS.indexOf("qualifiedTeachers");
  const last = FIELD_KEYS.indexOf("multimediaRooms");
  const indicators: string[] = FIELD_KEYS.slice(first, last + 1);
  const items = [...new Set(helpItemNeeds().flatMap((n) => needFields(n.needs)))];
  const taken = new Set([...required, ...indicators, ...items]);
  const bucket = (key: string) => key.startsWith("classes_");
  const rest = [...META_KEYS.filter((k) => !taken.has(k)), ...FIELD_KEYS.filter((k) => !taken.has(k) && !bucket(k))];
  return [
    { title: "help_group_required", columns: required.map(column) },
    { title: "help_group_indicators", columns: indicators.map(column) },
    { title: "help_group_items", columns: items.map(column) },
    { title: "help_group_school", columns: rest.map(column) },
  ];
}

/**
 * A column's name as the pane's 列对应关系 says it (field_<key>); the class-size buckets as one.
 * @example columnName("students", "zh") // "在校生数"; columnName("@class_buckets", "en") // "class counts by size"
 */
export function columnName(key: string, lang: Lang): string {
  return key.startsWith("@") ? message(`needs_${key.slice(1)}`, {}, lang) : message(`field_${key}`, {}, lang);
}
