import { CATALOGUE, message } from "./catalogue";
import type { Lang } from "./types";

/**
 * The message for a count, in the form the count takes: `<code>_one` when `count` is 1 and the
 * catalogue has that code, else `<code>`. English needs two forms ("1 room", "2 rooms"); Chinese
 * has one, so a `_one` entry repeats its Chinese text. A table adds `_one` only where English
 * differs; a message without it reads the same for every count. The one way a text the code builds
 * takes its number's form (message() itself only counts an issue's `params.count`, see there).
 *
 * @example countMessage("out_unit_rooms", 1, { n: 1 }, "en") // "1 room"; countMessage("out_unit_rooms", 2, { n: 2 }, "en") // "2 rooms"
 */
export function countMessage(code: string, count: number, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const one = `${code}_one`;
  return message(count === 1 && CATALOGUE.has(one) ? one : code, params, lang);
}
