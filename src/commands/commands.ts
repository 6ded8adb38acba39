/** Ribbon commands (FunctionFile commands.html): 评估 / Evaluate. */
import { hostEnv } from "../addin/hostEnv";
import { ribbonEvaluate } from "../addin/ribbonEvaluate";

/** Opens the task pane where the host supports it (shared runtime, AddinCommands 1.1); otherwise nothing. */
async function openPane(): Promise<void> {
  const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  if (typeof addin?.showAsTaskpane === "function") await addin.showAsTaskpane();
}

async function evaluateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await ribbonEvaluate(hostEnv(), openPane);
  } catch (error) {
    console.error(error);
  } finally {
    event.completed();
  }
}

// Hosts without Office.actions call the FunctionName as a global of the function file.
(globalThis as unknown as Record<string, unknown>).evaluate = (event: Office.AddinCommands.Event) => void evaluateCommand(event);

Office.onReady(() => {
  const actions = (Office as unknown as { actions?: { associate(name: string, f: (e: Office.AddinCommands.Event) => void): void } }).actions;
  if (actions) actions.associate("evaluate", (event) => void evaluateCommand(event));
});
