import type { Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import { loadSettings } from "./addinSettings";
import { failureText } from "./failure";
import type { PaneEnv } from "./paneEnv";
import { runPipeline, type PipelineResult } from "./runPipeline";
import { withoutClosingStop } from "./withoutClosingStop";

/** What the ribbon command can do besides evaluating, injected (Office in the host, stand-ins in tests). */
export interface RibbonHost {
  /** Office.addin.showAsTaskpane, where the add-in runs in a shared runtime (SharedRuntime 1.1); else null. */
  readonly showTaskpane: (() => Promise<void>) | null;
  /** Shows the user a short text (a small dialog) and resolves once it is closed. */
  readonly notify: (text: string) => Promise<void>;
}

export type RibbonOutcome =
  | { readonly kind: "evaluated"; readonly result: Extract<PipelineResult, { ok: true }> }
  | { readonly kind: "opened_pane"; readonly why: "no_settings" | "problems" | "error"; readonly result?: PipelineResult; readonly text?: string }
  | { readonly kind: "notified"; readonly text: string };

/** The count and the first problem, its own closing full stop left to the sentence it is set in (withoutClosingStop). */
function problemsText(issues: readonly Issue[], env: PaneEnv): string {
  const first = issues[0];
  const text = first ? message(first.code, first.params, env.lang, "addin") : message("addin_no_value", {}, env.lang);
  const firstText = first?.cell ? message("addin_problem_at", { cell: first.cell, text }, env.lang) : text;
  return message("addin_command_problems", { count: issues.length, first: withoutClosingStop(firstText) }, env.lang);
}

/** Opens the pane where the host can; otherwise tells the user in words what to do. Never silent. */
async function openPaneOrTell(host: RibbonHost, text: string, why: "no_settings" | "problems" | "error", result?: PipelineResult): Promise<RibbonOutcome> {
  if (host.showTaskpane) {
    try {
      await host.showTaskpane();
      return { kind: "opened_pane", why, ...(result ? { result } : {}), ...(why === "error" ? { text } : {}) };
    } catch (error) {
      console.error(error); // e.g. the host refuses to show the pane: say it in words instead
    }
  }
  await host.notify(text);
  return { kind: "notified", text };
}

async function evaluateSaved(env: PaneEnv, host: RibbonHost): Promise<RibbonOutcome> {
  const settings = loadSettings(env.settings);
  if (settings === null) return openPaneOrTell(host, message("addin_command_no_settings", {}, env.lang), "no_settings");
  const request = { ...settings, lang: env.lang, ...(env.sourceName ? { sourceName: env.sourceName } : {}) };
  const result = await runPipeline(env.source, env.sink, request, env.deps);
  if (result.ok) return { kind: "evaluated", result };
  return openPaneOrTell(host, problemsText(result.issues, env), "problems", result);
}

/**
 * The ribbon's 评估 button: evaluate with the settings last confirmed in this workbook (the result
 * sheets then appear, the first one activated). Without settings, or when the data cannot be
 * evaluated or something fails, open the task pane where the host has a shared runtime, else
 * show a message saying what to do. The command never ends silently.
 */
export async function ribbonEvaluate(env: PaneEnv, host: RibbonHost): Promise<RibbonOutcome> {
  try {
    return await evaluateSaved(env, host);
  } catch (error) {
    console.error(error);
    return openPaneOrTell(host, message("addin_command_failed", { reason: withoutClosingStop(failureText(error, env.lang)) }, env.lang), "error");
  }
}
