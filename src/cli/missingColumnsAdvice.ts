import { columnRoleLabel, message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import type { Lang } from "../messages/types";
import { columnLetters } from "../workbook/address";
import type { ReadOutcome } from "./EvaluateDeps";

/** Unrecognised columns named in the advice, the rest counted: a sheet of notes columns would otherwise bury the --map line. */
const SHOWN = 6;

/** A line of advice: its message code and parameters. */
export interface Advice {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The first required field the read found no column for (read_missing_columns' fieldList); null when none. */
function firstMissing(read: ReadOutcome): string | null {
  const issue = read.issues.find((i) => i.code === "read_missing_columns");
  const first = String(issue?.params.fieldList ?? "").split(",")[0] ?? "";
  return first === "" ? null : first;
}

/** The unrecognised columns as the advice lists them: letter and header, at most SHOWN, the rest counted. */
function columnList(unmatched: readonly { column: number; header: string }[], lang: Lang): string {
  const shown = listText(unmatched.slice(0, SHOWN).map((u) => `${columnLetters(u.column)} “${u.header}”`), lang);
  if (unmatched.length <= SHOWN) return shown;
  return message("cli_missing_columns_more", { list: shown, count: unmatched.length }, lang);
}

/** Characters of `label` found in `header`, each counted once: 在校生数 and 在册人数（人） share 在 and 数. */
function sharedCharacters(label: string, header: string): number {
  return [...new Set(label)].filter((ch) => header.includes(ch)).length;
}

/**
 * The unrecognised column likeliest to hold the field, for the example: the one whose header shares
 * the most characters with the field's Chinese label (在册人数 for 在校生数, not 序号 or 备注); null
 * when none shares any, as then any column named would be a guess.
 * @example likeliest([{ column: 0, header: "序号" }, { column: 4, header: "在册人数（人）" }], "在校生数") // 4
 */
function likeliest(unmatched: readonly { column: number; header: string }[], label: string): number | null {
  let best: { column: number; score: number } | null = null;
  for (const u of unmatched) {
    const score = sharedCharacters(label, u.header);
    if (score > 0 && (best === null || score > best.score)) best = { column: u.column, score };
  }
  return best?.column ?? null;
}

/**
 * What the user can do when a required column was not recognised (read_missing_columns): the
 * columns whose headers the reader did not take, and the `--map` line that gives the first
 * missing field one of them (the likeliest by its header, as an example; a placeholder letter when
 * no header is like the field's name). The field is named by its label in the
 * run's language, which `--map` takes (roleOfName). Null when the read did not fail for a
 * missing column or found no header (no mapping to speak of).
 *
 * @example missingColumnsAdvice(students missing, unmatched E “在册人数（人）”, "zh") // { code: "cli_missing_columns_map", params: { field: "在校生数", columns: "E “在册人数（人）”", column: "E" } }
 */
export function missingColumnsAdvice(read: ReadOutcome, lang: Lang): Advice | null {
  const field = firstMissing(read);
  if (read.ok || field === null || read.mapping === undefined) return null;
  const label = columnRoleLabel({ field, stage: null, part: null }, lang);
  const unmatched = read.mapping.unmatched;
  if (unmatched.length === 0) return { code: "cli_missing_columns_map_none", params: { field: label } };
  const column = likeliest(unmatched, columnRoleLabel({ field, stage: null, part: null }, "zh"));
  const params = { field: label, columns: columnList(unmatched, lang) };
  return column === null ? { code: "cli_missing_columns_map_any", params } : { code: "cli_missing_columns_map", params: { ...params, column: columnLetters(column) } };
}
