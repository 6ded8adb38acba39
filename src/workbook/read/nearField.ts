import { once } from "../../engine/once";
import { FIELD_KEYS } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { editDistance } from "../../profiles/editDistance";
import { COLUMN_ALIASES } from "./aliases";
import { analysePath } from "./matchHeaderPath";
import { normaliseText } from "./text";

/** Each field's label as a header would say it (normaliseText: 体育、艺术专任教师数 → 体育艺术专任教师数). */
const FIELD_WORDS = once((): ReadonlyMap<string, string> => new Map(FIELD_KEYS.map((key) => [key, normaliseText(message(`field_${key}`, {}, "zh"))])));

/** Every Chinese character of the field labels and the headers the reader knows (aliases.ts): the words a header is built from. */
const VOCABULARY = once((): ReadonlySet<string> => {
  const aliases = COLUMN_ALIASES.flatMap((a) => [a.leaf, a.within ?? "", a.not ?? ""]);
  return new Set([...FIELD_WORDS().values(), ...aliases].flatMap((text) => Array.from(text)).filter((c) => /\p{Script=Han}/u.test(c)));
});

/**
 * Characters no label uses that still make a header count other people or things: 兼任 (part-time)
 * teachers are not 专任 ones, nor are 外聘, 代课, 临聘, 借调, 退休 or 离岗 staff, or 非 anything. A header
 * typing one of them is another column, not a slip.
 */
const QUALIFIERS: ReadonlySet<string> = new Set(Array.from("兼非外代临聘借退离"));

/** Labels this short are not matched: one character of 公用经费 or 班级数 is a word of its own (年级数), not a slip. */
const SHORTEST = 5;

/** What is left of a and b once their common start and end are taken off (the characters a slip changed). */
function changed(a: readonly string[], b: readonly string[]): [string[], string[]] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

/**
 * Whether `header` is `word` mistyped: one slip apart (editDistance: a character added, dropped,
 * replaced, or two swapped), `word` at least SHORTEST characters long, no digit changed (5年 and
 * 3年 count different things), and no character typed that the labels use themselves — a Chinese
 * slip is a homophone (用方 for 用房), while a character the labels or the known headers use changes the meaning (教学仪器设备数
 * counts what 教学仪器设备值 prices; 音乐专用教师数 counts teachers, not 音乐专用教室数).
 *
 * @example isSlipOf("教学及辅助用方面积", "教学及辅助用房面积") // true
 * @example isSlipOf("教学仪器设备数", "教学仪器设备值") // false: 数 is a word of the labels
 * @example isSlipOf("美术专用教室数", "音乐专用教室数") // false: two characters apart
 * @example isSlipOf("体育艺术兼任教师数", "体育艺术专任教师数") // false: 兼任 teachers are others (QUALIFIERS)
 */
export function isSlipOf(header: string, word: string): boolean {
  if (header === word || Array.from(word).length < SHORTEST || editDistance(header, word) > 1) return false;
  const [typed, meant] = changed(Array.from(header), Array.from(word));
  if ([...typed, ...meant].some((c) => /\d/.test(c))) return false;
  // A swap types no new character; a replacement or insertion types one.
  const swapped = typed.length === 2 && meant.length === 2;
  return swapped || typed.every((c) => !VOCABULARY().has(c) && !QUALIFIERS.has(c));
}

/** The fields whose label a header's lowest segment, or its whole path, is a slip of (isSlipOf). */
function slipsOf(path: readonly string[]): string[] {
  const segments = analysePath(path).segments;
  const texts = [segments.at(-1) ?? "", segments.join("")].filter((t) => t !== "");
  return FIELD_KEYS.filter((key) => texts.some((t) => isSlipOf(t, FIELD_WORDS().get(key) ?? "")));
}

/**
 * The field an unread header most likely names by mistake: the one field whose label it is a slip
 * of (isSlipOf), when that field is among `wanted` (the fields no column gives); null when it is
 * none, or a slip of two. Only suggested, never mapped: a wrong guess would silently read the
 * wrong numbers.
 *
 * @example nearField(["教学及辅助用方面积（㎡）"], ["teachingArea"]) // "teachingArea"
 * @example nearField(["教学及辅助用方面积（㎡）"], ["equipmentValue"]) // null
 */
export function nearField(path: readonly string[], wanted: readonly string[]): string | null {
  const slips = slipsOf(path);
  const only = slips.length === 1 ? slips[0] : undefined;
  return only !== undefined && wanted.includes(only) ? only : null;
}
