import { hostDocumentSettings } from "../adapters/office/documentSettings";
import { hostExcelRun } from "../adapters/office/excelRun";
import { OfficeNavigator } from "../adapters/office/OfficeNavigator";
import { OfficeWorkbookSink } from "../adapters/office/OfficeWorkbookSink";
import { OfficeWorkbookSource } from "../adapters/office/OfficeWorkbookSource";
import { hostCapabilities, meetsMinimum, missingFeatures } from "../adapters/office/requirements";
import { sheetTagsFor } from "../adapters/office/sheetTags";
import { OfficeSheetWatch } from "../adapters/office/watchSheets";
import { fileName, paneLang, type PaneEnv } from "./paneEnv";
import { PIPELINE } from "./pipelineDeps";

/** The environment inside Excel, built after Office.onReady. */
export function hostEnv(): PaneEnv {
  const capabilities = hostCapabilities();
  const settings = hostDocumentSettings();
  const sourceName = fileName(Office.context.document?.url);
  // Worksheet.onChanged is ExcelApi 1.7, the add-in's minimum; a host that says otherwise gets no watch, and no word from it.
  const canWatch = meetsMinimum((set, version) => Office.context.requirements?.isSetSupported(set, version) === true);
  return {
    lang: paneLang(Office.context.displayLanguage),
    source: new OfficeWorkbookSource(hostExcelRun, { capabilities, resultSheets: sheetTagsFor(capabilities.customProperties, settings) }),
    sink: new OfficeWorkbookSink(hostExcelRun, { capabilities, settings }),
    navigator: new OfficeNavigator(hostExcelRun),
    settings,
    deps: PIPELINE,
    missing: missingFeatures(capabilities),
    watch: new OfficeSheetWatch(canWatch, hostExcelRun),
    ...(sourceName ? { sourceName } : {}),
  };
}
