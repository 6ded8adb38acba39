export type Lang = "zh" | "en";

/** A message in both languages; `{name}` placeholders are filled from an issue's params. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, Message>>;
