import { loadSettings } from "./addinSettings";
import type { PaneEnv } from "./paneEnv";
import { runPipeline, type PipelineResult } from "./runPipeline";

export type RibbonOutcome = { readonly kind: "opened_pane" } | { readonly kind: "evaluated"; readonly result: PipelineResult };

/**
 * The ribbon's 评估 button: evaluate with the settings last confirmed in this workbook, or open
 * the pane when there are none yet.
 */
export async function ribbonEvaluate(env: PaneEnv, openPane: () => Promise<void>): Promise<RibbonOutcome> {
  const settings = loadSettings(env.settings);
  if (settings === null) {
    await openPane();
    return { kind: "opened_pane" };
  }
  const request = { ...settings, lang: env.lang, ...(env.sourceName ? { sourceName: env.sourceName } : {}) };
  return { kind: "evaluated", result: await runPipeline(env.source, env.sink, request, env.deps) };
}
