import { basename, resolve } from "node:path";
import { isFolder } from "./expandInputs";

/** A prefecture-level name as folders are named after one: 青州市, 凉山彝族自治州, 锡林郭勒盟, 大兴安岭地区. */
const CITY_NAME = /^\p{Script=Han}{1,12}(?:市|自治州|州|盟|地区)$/u;
/** Words that end as a city's name does without naming one: 全市, 本市, 各县市, 城市, 各地区, 超市, 教育联盟. */
const NOT_A_CITY = /^(全|本|各|该|每|城|超|都)|联盟$|^(市|州|地区|盟)$/u;

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
  const name = basename(path);
  return CITY_NAME.test(name) && !NOT_A_CITY.test(name) && (await isFolder(path)) ? name : null;
}
