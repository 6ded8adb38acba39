/**
 * The ribbon's 评估 command wired to Office, registered by the task pane bundle, which is the
 * manifest's function file: in the shared runtime where the host has one (the pane can then be
 * opened from code), else on the pane page loaded hidden in its own runtime (it cannot: a message
 * dialog says what to do instead).
 */
import { hostEnv } from "../addin/hostEnv";
import type { PaneEnv } from "../addin/paneEnv";
import { ribbonEvaluate, type RibbonHost, type RibbonOutcome } from "../addin/ribbonEvaluate";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";

/** The name in the manifest's <FunctionName>. */
const EVALUATE_ACTION = "evaluate";

type AddinApi = { showAsTaskpane?: () => Promise<void> };
type ActionsApi = { associate(name: string, handler: (event: Office.AddinCommands.Event) => void): void };

/** Office.addin.showAsTaskpane where the add-in runs in a shared runtime (SharedRuntime 1.1); else null. */
function showTaskpane(): (() => Promise<void>) | null {
  const addin = (Office as unknown as { addin?: AddinApi }).addin;
  const shared = Office.context.requirements?.isSetSupported("SharedRuntime", "1.1") ?? false;
  return shared && typeof addin?.showAsTaskpane === "function" ? () => (addin.showAsTaskpane as () => Promise<void>)() : null;
}

/** The small page that shows `text` with an OK button (notice.html), next to the running page. */
export function noticeUrl(base: string, text: string, lang: Lang): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("text", text);
  url.searchParams.set("title", message("addin_notice_title", {}, lang));
  url.searchParams.set("ok", message("addin_notice_ok", {}, lang));
  url.searchParams.set("lang", lang);
  return url.href;
}

/** Shows `text` in an Office dialog and resolves when the user closes it (or the dialog cannot open). */
function notify(text: string, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    const options = { height: 35, width: 30, displayInIframe: true };
    Office.context.ui.displayDialogAsync(noticeUrl(window.location.href, text, lang), options, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error("the message dialog did not open", result.error, text);
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

function officeRibbonHost(lang: Lang): RibbonHost {
  return { showTaskpane: showTaskpane(), notify: (text) => notify(text, lang) };
}

/**
 * Registers the 评估 command: with Office.actions where the host has it, and as a global of the
 * page for hosts that call the FunctionName directly. `event.completed()` is called only once the
 * command (and any message dialog) is done, so that the function file stays alive meanwhile.
 */
export function registerEvaluate(env: () => PaneEnv = hostEnv, after: (outcome: RibbonOutcome) => void = () => undefined): void {
  const run = async (event: Office.AddinCommands.Event) => {
    try {
      const e = env();
      after(await ribbonEvaluate(e, officeRibbonHost(e.lang)));
    } catch (error) {
      console.error(error);
    } finally {
      event.completed();
    }
  };
  const handler = (event: Office.AddinCommands.Event) => void run(event);
  (globalThis as unknown as Record<string, unknown>)[EVALUATE_ACTION] = handler;
  const actions = (Office as unknown as { actions?: ActionsApi }).actions;
  if (actions) actions.associate(EVALUATE_ACTION, handler);
}
