/** Task pane entry: wait for Office, then hand over to the Pane with the Excel environment. */
import { hostEnv } from "../addin/hostEnv";
import { message } from "../messages/catalogue";
import { paneLang } from "../addin/paneEnv";
import { Pane } from "./pane";

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel || !Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    document.body.textContent = message("addin_needs_excel", {}, paneLang(Office.context?.displayLanguage));
    return;
  }
  void new Pane(hostEnv()).start();
});
