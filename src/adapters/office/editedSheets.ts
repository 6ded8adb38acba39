import { contentDigest, rowDigests, type ContentStamp } from "./contentDigest";
import { inSequence } from "./inSequence";
import { isPayloadLimitError } from "./payload";

/**
 * A result sheet about to be replaced (by id), with what its marker says it held when written, and
 * its used range (values only) as the survey found it (null: no value left).
 */
export interface Stamped {
  readonly id: string;
  readonly content: ContentStamp;
  readonly used: UsedBox | null;
}

/** The geometry of a used range, as the survey loads it (USED_BOX). */
export type UsedBox = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

/** What to load of a used range for editedSheets. */
export const USED_BOX = "rowIndex,columnIndex,rowCount,columnCount";

/** Rows [start, start + count) of candidate `index`, read in one range. */
interface RowBlock {
  readonly index: number;
  readonly start: number;
  readonly count: number;
}

/**
 * Cells read back per request. Office.js answers are limited to 5 MB, as requests are; a result
 * cell is rarely above 40 bytes in JSON, and 50,000 of them keep a reply near 2 MB.
 */
export const CELLS_PER_REQUEST = 50_000;

/** Values outside the box the sheet was written in: something was typed beside or below it. */
function beyond(used: UsedBox, content: ContentStamp): boolean {
  return used.rowIndex + used.rowCount > content.rows || used.columnIndex + used.columnCount > content.columns;
}

/**
 * The blocks of rows to read, grouped into requests of at most `budget` cells (a block of one row
 * may exceed it: a row is never cut). A null box is not read.
 *
 * @example planReads([{ rows: 5, columns: 10 }], 20) // [[{ index: 0, start: 0, count: 2 }], [{ index: 0, start: 2, count: 2 }], [{ index: 0, start: 4, count: 1 }]]
 */
export function planReads(boxes: readonly ({ readonly rows: number; readonly columns: number } | null)[], budget: number): RowBlock[][] {
  const requests: RowBlock[][] = [[]];
  let cells = 0;
  boxes.forEach((box, index) => {
    const perBlock = box === null ? 0 : Math.max(1, Math.floor(budget / box.columns));
    for (let start = 0; box !== null && start < box.rows; start += perBlock) {
      const count = Math.min(perBlock, box.rows - start);
      if (cells + count * box.columns > budget && cells > 0) [cells] = [0, requests.push([])];
      requests[requests.length - 1]?.push({ index, start, count });
      cells += count * box.columns;
    }
  });
  return requests.filter((r) => r.length > 0);
}

/** The sheets of `candidates` still there by id (null for one the user deleted since the survey: nothing to keep); one request. */
async function stillThere(context: Excel.RequestContext, candidates: readonly Stamped[]): Promise<(Excel.Worksheet | null)[]> {
  const found = candidates.map((c) => context.workbook.worksheets.getItemOrNullObject(c.id).load("name"));
  await context.sync();
  return found.map((s) => (s.isNullObject ? null : s));
}

/**
 * A request the host refused as too large, in two: its blocks split between two requests, or a
 * lone block's rows halved; null for one row (cells are counted, not bytes: a sheet of long texts
 * can exceed the 5 MB answer in fewer cells than the budget).
 */
export function halveRequest(request: readonly RowBlock[]): RowBlock[][] | null {
  if (request.length > 1) return [request.slice(0, request.length >> 1), request.slice(request.length >> 1)];
  const only = request[0];
  if (only === undefined || only.count < 2) return null;
  const half = only.count >> 1;
  return [[{ ...only, count: half }], [{ ...only, start: only.start + half, count: only.count - half }]];
}

/** The digests of the rows of each box (rowDigests), read in requests of at most `budget` cells. */
async function readRows(context: Excel.RequestContext, sheets: readonly (Excel.Worksheet | null)[], boxes: readonly (ContentStamp | null)[], budget: number): Promise<string[][]> {
  const rows = boxes.map((): string[] => []);
  const readRequest = async (request: readonly RowBlock[]): Promise<void> => {
    const read = request.map((b) => ({ b, range: sheets[b.index]?.getRangeByIndexes(b.start, 0, b.count, boxes[b.index]?.columns ?? 1).load("values") }));
    try {
      await context.sync();
    } catch (error) {
      const halves = isPayloadLimitError(error) ? halveRequest(request) : null;
      if (halves === null) throw error;
      return inSequence(halves, readRequest);
    }
    read.forEach(({ b, range }) => rows[b.index]?.push(...rowDigests(range?.values ?? [])));
  };
  await inSequence(planReads(boxes, budget), readRequest);
  return rows;
}

/**
 * Which of `candidates` the user has changed since they were written: values stand outside the
 * box they were written in, or the values in it, read back, no longer give the digest their marker
 * holds. A sheet without any value left, or deleted since the survey, has nothing to keep: not
 * changed. One request per `budget` cells read (the used ranges come with the survey's markers);
 * where a sheet was deleted since, the read fails, and the sheets still there are looked up by id
 * and read again (two requests more). Another failure of the host is thrown (the caller then
 * replaces nothing).
 */
export async function editedSheets(context: Excel.RequestContext, candidates: readonly Stamped[], budget = CELLS_PER_REQUEST): Promise<boolean[]> {
  if (candidates.length === 0) return [];
  const byId = candidates.map((c) => context.workbook.worksheets.getItem(c.id));
  return judged(context, candidates, byId, budget).catch(async (error: unknown) => {
    const sheets = await stillThere(context, candidates);
    if (sheets.every((s) => s !== null)) throw error;
    return judged(context, candidates.map((c, i) => (sheets[i] === null ? { ...c, used: null } : c)), sheets, budget);
  });
}

/** Each candidate's values outside its box, or its rows (read from `sheets`) digested otherwise than when written. */
async function judged(context: Excel.RequestContext, candidates: readonly Stamped[], sheets: readonly (Excel.Worksheet | null)[], budget: number): Promise<boolean[]> {
  const outside = candidates.map((c) => c.used !== null && beyond(c.used, c.content));
  const boxes = candidates.map((c, i) => (c.used !== null && !outside[i] ? c.content : null));
  const rows = await readRows(context, sheets, boxes, budget);
  return candidates.map((c, i) => outside[i] === true || (boxes[i] !== null && contentDigest(rows[i] ?? []) !== c.content.digest));
}
