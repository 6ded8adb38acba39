/** [row, column, value, isError, numberFormat] of a non-empty cell (0-based); no format is General. A date is its serial number in a date format, as Excel holds it. */
export type StandInCell = readonly [number, number, string | number | boolean, boolean, string?];

/** What the Node side of the end-to-end test injects into the page for the stand-in office.js. */
export interface StandInSheet {
  readonly name: string;
  /** Every non-empty cell. */
  readonly cells: readonly StandInCell[];
  readonly hiddenRows: readonly number[];
  readonly merges: readonly { top: number; left: number; bottom: number; right: number }[];
  /** The sheet's custom properties (key → value): a result sheet's marker, for a workbook saved after an evaluation and opened again. */
  readonly customProperties?: Readonly<Record<string, string>>;
}

export interface StandInConfig {
  readonly apiVersion: string;
  readonly displayLanguage: string;
  readonly documentUrl: string;
  readonly sheets: readonly StandInSheet[];
  readonly selection: { readonly sheet: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number } | null;
  /**
   * Whether the host reports SharedRuntime 1.1 (default true). Office.addin.showAsTaskpane is there
   * either way, so that the tests exercise the command's requirement-set check, not only a missing function.
   */
  readonly sharedRuntime?: boolean;
  /** Document settings the workbook already holds (e.g. the settings a user confirmed earlier). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** What the page hands back: every sheet's values (null for empty) and the requests made. */
export interface StandInDump {
  readonly sheets: readonly {
    readonly name: string;
    readonly grid: readonly (readonly (string | number | boolean | null)[])[];
    readonly customProperties: Readonly<Record<string, string>>;
  }[];
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly settings: Readonly<Record<string, unknown>>;
  /** Calls of Office.addin.showAsTaskpane. */
  readonly panesShown: number;
  /** URLs of the dialogs opened with Office.context.ui.displayDialogAsync. */
  readonly dialogs: readonly string[];
  /** Names registered with Office.actions.associate. */
  readonly actions: readonly string[];
  /** Worksheet.onChanged handlers registered, by sheet name. */
  readonly changeHandlers: Readonly<Record<string, number>>;
  /** The selected range (sheet and A1) and the active sheet, as the user sees them: where a click on an issue took them. */
  readonly selection: { readonly sheet: string; readonly address: string; readonly active: string | null } | null;
}
