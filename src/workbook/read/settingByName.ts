import type { Lang } from "../../messages/types";
import { editDistance } from "../../profiles/editDistance";
import { settingMeaning, settingPaths } from "../../profiles/settingNames";
import { normaliseText } from "./text";

/** One way a 规则 row may name a setting: its meaning (zh or en), normalised, with or without its unit. */
interface NameKey {
  readonly key: string;
  readonly path: string;
  readonly lang: Lang;
}

/** A trailing bracket of a normalised name (normaliseText unifies （） to ()): its unit, （元/生·年）, (students). */
const TRAILING_UNIT = /\([^()]*\)$/;

/**
 * A name as a 规则 row is matched by: normaliseText (full / half width, case, spaces, 、·) and, as
 * a second key, without a trailing bracket (the unit the help page adds).
 * @example nameKeys("小学生均公用经费标准（元/生·年）") // ["小学生均公用经费标准(元/生年)", "小学生均公用经费标准"]
 */
export function nameKeys(name: string): string[] {
  const full = normaliseText(name);
  const bare = full.replace(TRAILING_UNIT, "");
  return bare === full || bare === "" ? [full] : [full, bare];
}

let table: readonly NameKey[] | null = null;

/** Every setting's names, zh and en, each with its keys; built once from the catalogue (settingMeaning). */
function nameTable(): readonly NameKey[] {
  const langs: readonly Lang[] = ["zh", "en"];
  table ??= settingPaths().flatMap((path) => langs.flatMap((lang) => nameKeys(settingMeaning(path, lang)).map((key) => ({ key, path, lang }))));
  return table;
}

/**
 * The setting a 规则 row's first cell names in words, as the help page's 含义 gives it (zh or en,
 * its unit in brackets or not), or null when it names none.
 * @example pathOfName("小学班额上限") // "guarantee.classSize.primary"
 * @example pathOfName("Junior secondary: class-size cap (students)") // "guarantee.classSize.junior"
 */
export function pathOfName(text: string): string | null {
  const keys = nameKeys(text);
  return nameTable().find((n) => keys.includes(n.key))?.path ?? null;
}

/**
 * The name an unknown one most likely meant: the only setting whose name (in the language it
 * matched, with or without its unit) is a slip away (editDistance ≤ 1 after normalisation); null
 * when none or several are. Said as the help page words it.
 * @example nearestName("小学班额上线") // "小学班额上限（人）"
 * @example nearestName("特大班额") // null: one slip from 大班额 and from 超大班额
 */
export function nearestName(text: string): string | null {
  const keys = nameKeys(text);
  const near = nameTable().filter((n) => keys.some((k) => editDistance(k, n.key) <= 1));
  const paths = new Set(near.map((n) => n.path));
  const first = near[0];
  return paths.size === 1 && first !== undefined ? settingMeaning(first.path, first.lang) : null;
}
