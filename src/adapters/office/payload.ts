/**
 * Request sizes. Excel on the web refuses a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); writes are cut into row
 * blocks estimated below a budget, and a block that still fails is split again.
 */

/** The documented limit per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What a block aims for: headroom for the JSON envelope and the formats queued with the values. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** UTF-8 length of a string without allocating (CJK is 3 bytes, astral pairs 4). @example utf8Length("评估a") // 7 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a value takes in a request, as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** True for the host's "payload too large" errors (codes differ by platform and version). */
export function isPayloadLimitError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const text = `${String(e?.code ?? "")} ${String(e?.message ?? "")}`;
  return /PayloadSizeLimitExceeded|payload|RequestEntityTooLarge|too large/i.test(text);
}

/** What one part of a request costs: bytes on the wire, and operations the host executes. */
export interface Cost {
  readonly bytes: number;
  readonly operations: number;
}

/** Two costs together. @example plus({ bytes: 10, operations: 1 }, { bytes: 5, operations: 2 }) // { bytes: 15, operations: 3 } */
export function plus(a: Cost, b: Cost): Cost {
  return { bytes: a.bytes + b.bytes, operations: a.operations + b.operations };
}

/** office.js sends a values or number-format array of more than this many cells in row chunks (setRangePropertiesInBulk). */
export const BULK_CELLS = 1500;

/** Rows office.js puts in one bulk chunk of a `width`-column array: round(1500 / width), at least one. @example rowsPerBulkChunk(11) // 136 */
export function rowsPerBulkChunk(width: number): number {
  return Math.max(1, Math.round(BULK_CELLS / Math.max(1, width)));
}

/**
 * Operations per request at most. Excel runs a request's operations in one go, and on the web
 * a request that runs too long fails; a block of a few thousand range operations stays well
 * inside that, and the number of requests for a 10,000-section county stays small.
 */
export const MAX_OPERATIONS_PER_REQUEST = 5_000;
