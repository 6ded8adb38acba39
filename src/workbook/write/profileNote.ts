import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";

/**
 * The 评估规则 line under a result sheet's title: the profile's name, and for one read from a file
 * (--profile 文件) the file too, since its name alone may be mistaken for another profile's.
 * @example profileNote("测试目标", "prof/target.json", "zh") // "评估规则：测试目标（规则文件 prof/target.json）"
 */
export function profileNote(name: string, file: string | null | undefined, lang: Lang): string {
  return file === undefined || file === null ? message("out_note_profile", { name }, lang) : message("out_note_profile_file", { name, file }, lang);
}
