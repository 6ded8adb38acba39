import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import type { Profile } from "../profiles/schema";
import type { RoleFixes } from "../workbook/read/matchColumns";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { WorkbookSource } from "../workbook/types";

/** What the command needs of the reader: the shape of readWorkbook's result that it uses. */
export type ReadOutcome =
  | { readonly ok: true; readonly input: EvaluationInput; readonly mapping: ColumnMapping | null; readonly issues: readonly Issue[]; readonly ruleOverride: unknown; readonly figuresSheets?: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly mapping?: ColumnMapping };

export interface ReadRequest {
  sheet?: string;
  range?: string;
  includeHidden?: boolean;
  mapping?: RoleFixes;
  /** The year chosen (--year): the reader leaves out county figures of another year. */
  year?: number;
}

/** The pieces the command is made of, injected so that tests run it in-process. */
export interface EvaluateDeps {
  readonly open: (path: string) => Promise<WorkbookSource>;
  readonly read: (source: WorkbookSource, options: ReadRequest) => Promise<ReadOutcome>;
  readonly evaluate: (input: EvaluationInput, profile: Profile) => Evaluation;
  /** Working directory for relative paths and the default `out/` folder. */
  readonly cwd: string;
  /** The bundled sample used when no input is given. */
  readonly samplePath: string;
  /** Called with each stderr line as it happens (progress on large files); optional. */
  readonly onProgress?: (line: string) => void;
}
