import type { DocumentSettings } from "../adapters/office/documentSettings";
import type { ProposedRange } from "../adapters/office/OfficeNavigator";
import type { Feature } from "../adapters/office/requirements";
import type { SheetWatch } from "../workbook/sheetWatch";
import type { Lang } from "../messages/types";
import type { WorkbookSink, WorkbookSource } from "../workbook/types";
import type { PipelineDeps } from "./runPipeline";

/** Everything the pane and the ribbon command use, injected (Excel in the host, stand-ins in tests). */
export interface PaneEnv {
  readonly lang: Lang;
  readonly source: WorkbookSource;
  readonly sink: WorkbookSink;
  readonly navigator: {
    proposeRange(): Promise<ProposedRange>;
    activateSheet(name: string): Promise<void>;
    selectCell(reference: string): Promise<void>;
  };
  readonly settings: DocumentSettings;
  readonly deps: PipelineDeps;
  /** Optional Excel features this host lacks. */
  readonly missing: readonly Feature[];
  readonly sourceName?: string;
  /** Watches the sheets a result was evaluated from, so that the pane can say once their data changed; none: it cannot say. */
  readonly watch?: SheetWatch;
}

/** Chinese unless Office runs in English. @example paneLang("en-US") // "en" */
export function paneLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh";
}

/** The workbook's file name from its URL or path, for the result notes. @example fileName("https://x/y/县.xlsx") // "县.xlsx" */
export function fileName(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  const last = decodeURIComponent(url.split(/[\\/]/).pop() ?? "").split("?")[0];
  return last || undefined;
}
