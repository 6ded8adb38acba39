import { resolve } from "node:path";
import { evaluate } from "../engine";
import { readWorkbook } from "../workbook/read/readWorkbook";
import { XlsxWorkbookSource } from "../adapters/xlsx/XlsxWorkbookSource";
import { runEvaluate, type EvaluateDeps } from "./runEvaluate";

/** The bundled sample county workbook, used when no input file is given. */
export const SAMPLE_PATH = resolve(__dirname, "..", "..", "assets", "sample-county.xlsx");

/** The real pieces: exceljs for files, the reader, the engine. */
export function defaultDeps(cwd: string = process.cwd()): EvaluateDeps {
  return {
    open: (path) => XlsxWorkbookSource.open(path),
    read: (source, options) => readWorkbook(source, options),
    evaluate,
    cwd,
    samplePath: SAMPLE_PATH,
    onProgress: (line) => process.stderr.write(`${line}\n`),
  };
}

async function main(): Promise<void> {
  const result = await runEvaluate(process.argv.slice(2), defaultDeps());
  for (const line of result.stdout) process.stdout.write(`${line}\n`);
  process.exitCode = result.exitCode;
}

if (require.main === module) void main();
