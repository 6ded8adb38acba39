import type { Issue, SchoolType } from "../../engine/types";
import { cellPlace } from "../address";

/** Notes and warnings at a type cell whose `type` says what the row was read as, by name or stage alike. */
const SAYS_TYPE: ReadonlySet<string> = new Set(["read_type_text_unknown", "read_type_word_from_name"]);

/** The 0-based row of an issue's cell on `sheet`, else null. */
function rowOn(issue: Issue, sheet: string): number | null {
  const place = cellPlace(issue.cell);
  return place === null || place.sheet !== sheet ? null : place.row;
}

/**
 * The type-cell issues of rows joined into one school (joinSections) re-said with the joined type:
 * each row was read alone (白马镇中心校（初中部） as a 九年一贯制's section), the school is what its
 * rows make together (with a 高中部 row, a 完全中学), and the note should name what is evaluated.
 * Changes `issues` in place.
 *
 * @example retypeJoined([read_type_text_unknown at S!C44 { type: "nine_year" }], "S", [43, 44], "complete_middle") // its type becomes "complete_middle"
 */
export function retypeJoined(issues: Issue[], sheet: string, rows: readonly number[], type: SchoolType): void {
  issues.forEach((issue, at) => {
    const row = rowOn(issue, sheet);
    if (!SAYS_TYPE.has(issue.code) || row === null || !rows.includes(row) || issue.params["type"] === type) return;
    issues[at] = { ...issue, params: { ...issue.params, type } };
  });
}
