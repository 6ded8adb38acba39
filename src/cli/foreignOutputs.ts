import JSZip from "jszip";
import { promises as fs } from "node:fs";
import { PRODUCT_CREATOR } from "../adapters/xlsx/XlsxWorkbookSink";
import { xmlValue } from "../adapters/xlsx/xmlText";
import type { BatchPaths } from "./batchPaths";
import { isFile, isOwnReport } from "./expandInputs";
import type { WriteProblem } from "./outputProblem";

/**
 * What this tool knows of a file it would overwrite and cannot tell it wrote: a workbook whose
 * author is someone else's (`author`), one whose author was removed (Excel's 检查文档 / "Remove
 * personal information" removes ours as well: `no_author`), one that does not open as a workbook
 * (half written, or another format under the name: `unreadable`), or a JSON file that does not
 * begin as this tool's reports do (`json`).
 */
export type ForeignWhy = { readonly why: "author"; readonly author: string } | { readonly why: "no_author" | "unreadable" | "json" };

/** A file where a batch writes that this tool cannot tell it wrote, with what it knows of it. */
export type ForeignOutput = ForeignWhy & { readonly path: string };

/**
 * The author a workbook's document properties name (docProps/core.xml), read without loading its
 * sheets, its XML escapes undone once (the user's "A&B" is stored as `A&amp;B`, and their "A&amp;B"
 * as `A&amp;amp;B`): "" when it names none; null when it is no readable .xlsx.
 */
async function workbookCreator(path: string): Promise<string | null> {
  const zip = await fs.readFile(path).then((bytes) => JSZip.loadAsync(bytes)).catch(() => null);
  if (zip === null) return null;
  const core = (await zip.file("docProps/core.xml")?.async("string").catch(() => null)) ?? null;
  return core === null ? "" : xmlValue(/<dc:creator>([^<]*)<\/dc:creator>/u.exec(core)?.[1] ?? "");
}

/**
 * Null when the file at `path` is one this tool wrote (a result workbook or overview: its author is
 * ours, which Excel keeps when the user saves it again; a JSON report: how it begins); otherwise
 * what is known of it (ForeignWhy).
 * @example await foreignWhy("out/甲县-评估结果.xlsx") // null for an earlier run's result; { why: "author", author: "青州市教育局" } for a user's workbook saved under that name
 */
async function foreignWhy(path: string): Promise<ForeignWhy | null> {
  if (path.toLowerCase().endsWith(".json")) return (await isOwnReport(path)) ? null : { why: "json" };
  const author = await workbookCreator(path);
  if (author === PRODUCT_CREATOR) return null;
  if (author === null) return { why: "unreadable" };
  return author.trim() === "" ? { why: "no_author" } : { why: "author", author };
}

/**
 * The files already where this batch writes (the overview, its JSON, each workbook's result and
 * report) that this tool cannot tell it wrote: the user's own 评估总览.xlsx, a workbook of theirs
 * named 甲县-评估结果.xlsx, or a result of ours whose author was removed. A batch picks these names
 * itself, so a re-run into the folder of the data (--out 某市) or a folder holding the user's files
 * would replace them unasked; an earlier run's results with our author are replaced as before.
 * A result of ours whose author was removed is not recognised by its sheets: that is what a copy
 * made to be sent out (and perhaps annotated) looks like, and a refusal costs a move where an
 * overwrite loses the user's work.
 * @example await foreignOutputs(paths) // [{ path: "/data/某市/评估总览.xlsx", why: "author", author: "青州市教育局" }] when the city's folder, given as --out, holds the statistician's own overview
 */
export async function foreignOutputs(paths: BatchPaths): Promise<ForeignOutput[]> {
  const all = [paths.overview, paths.overviewJson, ...paths.files.flatMap((f) => [f.out, f.json])].flatMap((p) => (p === null ? [] : [p]));
  const foreign = await Promise.all(all.map(async (path) => ((await isFile(path)) ? { path, known: await foreignWhy(path) } : null)));
  return foreign.flatMap((f) => (f?.known ? [{ ...f.known, path: f.path }] : []));
}

/** The message code saying what is known of a foreign output, with its params. */
function whyMessage(file: ForeignOutput): { code: string; params: Record<string, string> } {
  return file.why === "author" ? { code: "cli_foreign_author", params: { author: file.author } } : { code: `cli_foreign_${file.why}`, params: {} };
}

/**
 * The refusal of a batch that would overwrite files this tool cannot tell it wrote (foreignOutputs),
 * before anything is read (exit 2, as a --out holding another city's overview): each named with
 * what is known of it (`t` renders the catalogue's words for it), so that the user moves them or
 * chooses another --out / --json. Null when there are none.
 * @example foreignOutputProblem([{ path: "/w/out/评估总览.xlsx", why: "no_author" }], (p) => p.slice(3), (items) => items.join("、"), t) // { code: "cli_err_batch_foreign_output", params: { files: "out/评估总览.xlsx（未记作者 …）", count: 1 }, usage: true }
 */
export function foreignOutputProblem(
  files: readonly ForeignOutput[],
  shown: (p: string) => string,
  list: (items: readonly string[]) => string,
  t: (code: string, params: Record<string, string>) => string,
): WriteProblem | null {
  if (files.length === 0) return null;
  const named = files.map((f) => {
    const why = whyMessage(f);
    return t("cli_foreign_file", { file: shown(f.path), why: t(why.code, why.params) });
  });
  return { code: "cli_err_batch_foreign_output", params: { files: list(named), count: files.length }, usage: true };
}
