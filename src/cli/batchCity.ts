import { promises as fs } from "node:fs";
import { basename, resolve } from "node:path";

/** A prefecture-level name as folders are named after one: 青州市, 凉山彝族自治州, 锡林郭勒盟, 大兴安岭地区. */
const CITY_NAME = /^\p{Script=Han}{1,12}(?:市|自治州|州|盟|地区)$/u;

/**
 * The city a batch is of, for the overview's title: the name of the one folder given, when it is
 * named as a city is. A folder named otherwise (2024报表, city) would make the title say something
 * it does not mean, so it names none; so do several inputs.
 * @example await batchCity(["/data/青州市"], "/w") // "青州市"; await batchCity(["/data/2024报表"], "/w") // null
 */
export async function batchCity(inputs: readonly string[], cwd: string): Promise<string | null> {
  const [only] = inputs;
  if (inputs.length !== 1 || only === undefined) return null;
  const path = resolve(cwd, only);
  const folder = await fs.stat(path).then((s) => s.isDirectory(), () => false);
  const name = basename(path);
  return folder && CITY_NAME.test(name) ? name : null;
}
