/**
 * Names that keep their capital inside an English sentence; codes (G6, L1, CV, JSON) keep theirs
 * anyway, as only a capital followed by small letters is lowered.
 */
const PROPER_NAMES: ReadonlySet<string> = new Set(["Excel", "Office", "Microsoft", "Windows", "Mac", "Safari", "Edge", "Home", "Evaluate", "Chinese", "English"]);

/**
 * `{name:lower}`: a label or a sentence set inside an English sentence (after "Head: ", after "as"),
 * with the capital its first word has on its own lowered; `{name:lowerItems}`: a list of labels,
 * the first word of each item lowered (after ", ", " or ", " and "). A sentence keeps the capitals
 * inside it (a list of labels after a colon there). Codes, names and Chinese keep their form.
 * @example inSentence("Music rooms area or Art rooms", true) // "music rooms area or art rooms"
 * @example inSentence("The sheet “S” lacks School name, Students", false) // "the sheet “S” lacks School name, Students"
 * @example inSentence("G6 Public funding", false) // "G6 Public funding"
 */
export function inSentence(text: string, eachItem: boolean): string {
  const word = eachItem ? /(^|, | or | and )([A-Z])([a-z]+)\b/g : /(^)([A-Z])([a-z]+)\b/g;
  return text.replace(word, (whole, before: string, first: string, rest: string) => (PROPER_NAMES.has(first + rest) ? whole : `${before}${first.toLowerCase()}${rest}`));
}
