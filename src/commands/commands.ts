/**
 * Function file for hosts without a shared runtime (VersionOverrides 1.0, commands.html): the
 * ribbon's 评估 evaluates with the saved settings, or shows a message telling the user to open
 * 评估设置 (such hosts cannot open the pane from code).
 */
import { registerEvaluate } from "./officeRibbon";

Office.onReady(() => registerEvaluate());
