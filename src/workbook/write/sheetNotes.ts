import { message } from "../../messages/catalogue";
import type { Evaluation } from "../../engine/types";
import type { ResultContext } from "./ResultContext";
import { rowsNotReadText } from "./rowsNotReadText";
import { profileNote } from "./profileNote";
import { profileText } from "./profileText";

/**
 * The lines under every sheet's title: the profile (and the settings a 规则 sheet changed in it,
 * each with its cell: profileText; the file it was read from, if any), the year and the source.
 */
export function commonNotes(evaluation: Evaluation, context: ResultContext): string[] {
  const { lang } = context;
  const name = profileText(context.profileName, context.ruleOverrides ?? [], lang);
  const notes = [profileNote(name, context.profileFile, lang)];
  notes.push(evaluation.year === null ? message(noYearNote(context), {}, lang) : message("out_note_year", { year: evaluation.year }, lang));
  if (context.sourceName) notes.push(message("out_note_source", { source: context.sourceName }, lang));
  return notes;
}

/**
 * Without a year the latest target applies — unless the profile has none (national-2017 leaves
 * the yearly targets to the provinces), where "latest target" named a target that does not exist.
 */
function noYearNote(context: ResultContext): string {
  return context.profile !== undefined && context.profile.targets.length === 0 ? "out_note_year_none" : "out_note_year_latest";
}

/** The school rows the reader left out, as a note under the title of the sheets that count schools; none when every row was read. */
export function rowsNotReadNote(context: ResultContext): string[] {
  const text = rowsNotReadText(context.issues, context.lang, true);
  return text === null ? [] : [text];
}
