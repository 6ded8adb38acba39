import type { Issue } from "../../engine/types";
import type { FrontEnd, Lang } from "../../messages/types";
import type { OverrideEntry } from "../../profiles/overrideEntries";
import type { Profile } from "../../profiles/schema";

/** One line of the column mapping as the user confirmed it: which header fed which field. */
export interface MappingLine {
  /** The field, as a user reads it (e.g. "在校生数" or "students"). */
  readonly field: string;
  /** The header text found in the sheet. */
  readonly header: string;
  /** Where the header sits, e.g. `学校基本情况!D3`; null when unknown. */
  readonly cell: string | null;
}

/** What the result sheets need besides the Evaluation itself. */
export interface ResultContext {
  /** Reader issues followed by engine issues, in that order. */
  readonly issues: readonly Issue[];
  readonly mapping?: readonly MappingLine[];
  /** The profile's display name in `lang`. */
  readonly profileName: string;
  /** The source workbook or sheet, for the notes; omitted when unknown. */
  readonly sourceName?: string;
  readonly lang: Lang;
  /** The front end the sheets are written for, whose texts they say (message's `front`): the command line's when omitted. */
  readonly frontEnd?: FrontEnd;
  /** The profile used, for figures quoted in labels (e.g. the teaching-point minimum); optional. */
  readonly profile?: Profile;
  /** The file the profile was read from, named beside its name (its name alone may be mistaken for another's); omitted for a built-in one. */
  readonly profileFile?: string;
  /** The settings the workbook's 规则 sheet laid over the profile (overrideEntries); none or omitted when it has none. */
  readonly ruleOverrides?: readonly OverrideEntry[];
}
