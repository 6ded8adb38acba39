import type { Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { qualified } from "../address";
import { RESULT_ROLES, type Grid, type ResultRole } from "../types";
import { issueAtCell } from "./issue";

const LANGS: readonly Lang[] = ["zh", "en"];

/** The text of a catalogue template before its first placeholder: `评估规则：{name}` → `评估规则：`. */
function leadOf(code: string, lang: Lang): string {
  return message(code, {}, lang).split("{")[0] ?? "";
}

/** Each role's title (A1 of its sheet), in either language, as the writer takes it from the catalogue. */
const TITLES: ReadonlyMap<string, ResultRole> = new Map(RESULT_ROLES.flatMap((role) => LANGS.map((lang) => [message(`out_title_${role}`, {}, lang), role] as const)));
/** The profile line under every result sheet's title (sheetNotes.ts commonNotes), in either language. */
const PROFILE_LEADS = LANGS.map((lang) => leadOf("out_note_profile", lang));
/** The year line under it, in any of its forms (a year, the latest target, no target). */
const YEAR_LEADS = LANGS.flatMap((lang) => ["out_note_year", "out_note_year_latest", "out_note_year_none"].map((code) => leadOf(code, lang)));

/** The text of a sheet's cell in column A (0-based row), trimmed; "" for a blank, a number or a cell the grid does not hold. */
function textInA(grid: Grid, row: number): string {
  if (grid.left !== 0) return "";
  const value = grid.values[row - grid.top]?.[0];
  return typeof value === "string" ? value.trim() : "";
}

/**
 * The result role of a sheet this product wrote, known by what it holds rather than its name (a
 * result sheet renamed 上次汇总 is still ours): one of our titles in A1 (zh or en, as the writer
 * takes them from the catalogue), the profile line (评估规则：…) in A2 and the year line (评估年度：…)
 * in A3 (sheetNotes.ts). A user's sheet titled as ours without those lines is the user's.
 *
 * @example resultRoleOfContent(上次汇总 [县域义务教育优质均衡发展评估汇总; 评估规则：国家标准; 评估年度：2024]) // "summary"
 * @example resultRoleOfContent(汇总 [示例县2024年政府保障与教育质量指标; 项目 | 数值]) // null
 */
export function resultRoleOfContent(grid: Grid): ResultRole | null {
  const role = TITLES.get(textInA(grid, 0));
  if (role === undefined) return null;
  const ours = PROFILE_LEADS.some((lead) => textInA(grid, 1).startsWith(lead)) && YEAR_LEADS.some((lead) => textInA(grid, 2).startsWith(lead));
  return ours ? role : null;
}

/** The names the add-in gives result sheets while it writes them (src/adapters/office/sheetTags.ts writingName). */
const WRITING_NAME = /^~yzjh~[a-z0-9]+~\d+$/;

/**
 * Whether a sheet bears the name the add-in writes a result sheet under until it is complete: a
 * sheet left so (Excel closed mid-write, hidden) is half a result, never data.
 *
 * @example isWritingName("~yzjh~k3f9~0") // true
 * @example isWritingName("汇总") // false
 */
export function isWritingName(name: string): boolean {
  return WRITING_NAME.test(name);
}

/**
 * The earlier results left unread, said once (info) at the first one's A1, naming them all; none
 * when there are none.
 *
 * @example earlierResultsIssues(["上次汇总", "上次学校达标"]) // [read_earlier_results_skipped at 上次汇总!A1, sheets "上次汇总, 上次学校达标"]
 */
export function earlierResultsIssues(sheets: readonly string[]): Issue[] {
  const first = sheets[0];
  return first === undefined ? [] : [issueAtCell("read_earlier_results_skipped", "info", qualified(first, "A1"), { sheets: sheets.join(", ") })];
}
