import { evaluate } from "../engine";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { buildResultSheets } from "../workbook/write/buildResultSheets";
import type { PipelineDeps } from "./runPipeline";

/** The host-free engine, reader and sheet builder: the only logic the add-in bundles besides the Office adapter. */
export const PIPELINE: PipelineDeps = {
  read: readWorkbook,
  evaluate,
  build: buildResultSheets,
};
