export type Lang = "zh" | "en";

/** A message in both languages; `{name}` placeholders are filled from an issue's params. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, Message>>;

/**
 * The front end a text is said in: the command line (and its JSON and .xlsx), or the add-in (its
 * task pane, ribbon and the sheets it writes), whose user acts through the pane's controls.
 */
export type FrontEnd = "cli" | "addin";
