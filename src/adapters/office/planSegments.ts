import { planBlocks } from "./payload";

/** Rows `start`..`start + count - 1` of result sheet number `sheet`. */
export interface Segment {
  readonly sheet: number;
  readonly start: number;
  readonly count: number;
}

/** One request: consecutive segments, possibly spanning the end of one sheet and the start of the next. */
export type Block = readonly Segment[];

/**
 * Cuts the rows of all result sheets, in order, into requests that stay under `budget` bytes:
 * small results go out in a single request, large ones in as many as their size needs.
 *
 * @example planSegments([[10, 10], [10]], 25) // [[{sheet:0,start:0,count:2}], [{sheet:1,start:0,count:1}]]
 */
export function planSegments(costs: readonly (readonly number[])[], budget: number): Block[] {
  const offsets: number[] = [];
  let total = 0;
  for (const c of costs) {
    offsets.push(total);
    total += c.length;
  }
  return planBlocks(costs.flat(), budget).map(({ start, count }) => {
    const segments: Segment[] = [];
    costs.forEach((c, sheet) => {
      const from = Math.max(start, offsets[sheet] ?? 0);
      const to = Math.min(start + count, (offsets[sheet] ?? 0) + c.length);
      if (from < to) segments.push({ sheet, start: from - (offsets[sheet] ?? 0), count: to - from });
    });
    return segments;
  });
}

/** Halves a block that the host refused as too large; null when it is a single row. */
export function splitBlock(block: Block): [Block, Block] | null {
  if (block.length > 1) {
    const mid = Math.ceil(block.length / 2);
    return [block.slice(0, mid), block.slice(mid)];
  }
  const only = block[0];
  if (only === undefined || only.count < 2) return null;
  const half = Math.ceil(only.count / 2);
  return [[{ ...only, count: half }], [{ ...only, start: only.start + half, count: only.count - half }]];
}
