/**
 * Task pane entry: wait for Office, then hand over to the Pane with the Excel environment. Where
 * the host has a shared runtime (manifest: VersionOverrides 1.1), this page is also the ribbon's
 * function file: the 评估 command is registered here and shows its outcome in the pane.
 */
import { hostEnv } from "../addin/hostEnv";
import { message } from "../messages/catalogue";
import { paneLang } from "../addin/paneEnv";
import { registerEvaluate } from "../commands/officeRibbon";
import { Pane } from "./pane";

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel || !Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    document.body.textContent = message("addin_needs_excel", {}, paneLang(Office.context?.displayLanguage));
    return;
  }
  const env = hostEnv();
  const pane = new Pane(env);
  registerEvaluate(() => env, (outcome) => pane.showRibbonOutcome(outcome));
  void pane.start();
});
