import type { CachedSource } from "../addin/cachedSource";
import type { HeldFix } from "../addin/heldFixes";
import type { PaneEnv } from "../addin/paneEnv";
import { message } from "../messages/catalogue";
import type { ReadResult } from "../workbook/read/readWorkbook";
import type { Draft } from "./draft";

export type Params = Readonly<Record<string, string | number>>;
export type ReadOk = Extract<ReadResult, { ok: true }>;

/** What the pane's parts share and change: the draft, and where a run stands. */
export interface PaneState {
  draft: Draft;
  /** Counts detections, so that an older one finishing late does not overwrite a newer one. */
  detections: number;
  /** An evaluation is under way: its progress line and busy hint are its own until it ends (other actions leave them). */
  evaluating: boolean;
  /** The first read of the sheet the pane opened on (the active one, or the saved settings' sheet): when it holds no school table, the reader's choice is read instead. */
  opening: boolean;
  /** What the pane opened on, for the word when it reads another sheet (fallBack): the active sheet, or the sheet of the saved settings. */
  openedOn: "active" | "saved";
  /** The years the workbook's school sheets state, as the last reads found them (ReadResult.sheetYears): offered in the 评估年度 list. */
  sheetYears: readonly number[];
  /** Corrections not applied since their column's header changed, until the user moves or discards them (heldFixes.ts): kept in the settings 评估 saves. */
  held: readonly HeldFix[];
}

/** The environment, the cached sheets, the shared state and the catalogue in the pane's language, handed to each part of the pane. */
export interface PaneContext {
  readonly env: PaneEnv;
  readonly source: CachedSource;
  readonly state: PaneState;
  t(code: string, params?: Params): string;
}

/** A context over `env` and `source`, with `state` as the pane starts. */
export function paneContext(env: PaneEnv, source: CachedSource, state: PaneState): PaneContext {
  return { env, source, state, t: (code, params = {}) => message(code, params, env.lang, "addin") };
}
