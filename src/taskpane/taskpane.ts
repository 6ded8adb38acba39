/**
 * Task pane entry: wait for Office, then hand over to the Pane with the Excel environment. This
 * page is also the manifest's function file, so it is loaded in two ways: as the visible pane, and
 * hidden when the ribbon's 评估 is clicked before the pane was opened — in the shared runtime
 * (Runtimes in manifest.xml), or in a runtime of its own on hosts without one. The command is
 * therefore registered first, and the Pane starts (reads the workbook) only once the page is
 * visible; a Pane that fails to start is logged rather than left as an unhandled rejection.
 */
import { hostEnv } from "../addin/hostEnv";
import { message } from "../messages/catalogue";
import { paneLang } from "../addin/paneEnv";
import { registerEvaluate } from "../commands/officeRibbon";
import { byId } from "./dom";
import { bindHelpLink, officeBrowser } from "./helpLink";
import { Pane } from "./pane";
import { whenVisible, type Visibility } from "./whenVisible";

type AddinEvents = { onVisibilityModeChanged?: Visibility["onVisibilityModeChanged"] };

function visibility(): Visibility {
  const addin = (Office as unknown as { addin?: AddinEvents }).addin;
  const onChange = addin?.onVisibilityModeChanged;
  return { doc: document, ...(typeof onChange === "function" ? { onVisibilityModeChanged: onChange.bind(addin) } : {}) };
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel || !Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    const text = message("addin_needs_excel", {}, paneLang(Office.context?.displayLanguage));
    document.title = text;
    document.body.textContent = text;
    return;
  }
  const env = hostEnv();
  bindHelpLink(byId<HTMLAnchorElement>("help-link"), officeBrowser(Office.context), () => window.location.href);
  const pane = new Pane(env);
  registerEvaluate(() => env, (outcome) => pane.showRibbonOutcome(outcome));
  whenVisible(visibility(), () => void pane.start().catch((error: unknown) => console.error("the task pane did not start", error)));
});
