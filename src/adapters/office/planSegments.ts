import { plus, type Cost } from "./payload";

/** Rows `start`..`start + count - 1` of result sheet number `sheet`. */
export interface Segment {
  readonly sheet: number;
  readonly start: number;
  readonly count: number;
}

/** One request: consecutive segments, possibly spanning the end of one sheet and the start of the next. */
export type Block = readonly Segment[];

/** A sheet's rows to plan: each row's cost, and what a request adds once for each sheet it touches. */
export interface SheetCosts {
  readonly rows: readonly Cost[];
  readonly segment: Cost;
}

function fits(used: Cost, more: Cost, budget: Cost): boolean {
  return used.bytes + more.bytes <= budget.bytes && used.operations + more.operations <= budget.operations;
}

/** Blocks under construction: the finished ones, the open one and what it costs so far. */
class Planner {
  readonly blocks: Segment[][] = [];
  private open: Segment[] = [];
  private used: Cost = { bytes: 0, operations: 0 };

  constructor(private readonly budget: Cost) {}

  /** Adds row `row` of `sheet`, opening a new block when it does not fit (a lone row always goes in). */
  add(sheet: number, row: number, cost: Cost, segment: Cost): void {
    const last = this.open[this.open.length - 1];
    const continues = last !== undefined && last.sheet === sheet && last.start + last.count === row;
    const more = continues ? cost : plus(cost, segment);
    if (this.open.length > 0 && !fits(this.used, more, this.budget)) {
      this.close();
      return this.add(sheet, row, cost, segment);
    }
    if (continues) this.open[this.open.length - 1] = { ...last, count: last.count + 1 };
    else this.open.push({ sheet, start: row, count: 1 });
    this.used = plus(this.used, more);
  }

  close(): void {
    if (this.open.length > 0) this.blocks.push(this.open);
    this.open = [];
    this.used = { bytes: 0, operations: 0 };
  }
}

/**
 * Cuts the rows of all result sheets, in order, into requests that stay within `budget` (bytes
 * and operations): small results go out in a single request, large ones in as many as they need.
 * Each request pays, for every sheet it touches, that sheet's `segment` cost (its paths, its
 * values range, its format columns) on top of the rows.
 *
 * @example planSegments([{ rows: [b10, b10], segment: b5 }, { rows: [b10], segment: b5 }], { bytes: 25, operations: 100 })
 *          // with bN = { bytes: N, operations: 1 }: [[{sheet:0,start:0,count:2}], [{sheet:1,start:0,count:1}]]
 */
export function planSegments(sheets: readonly SheetCosts[], budget: Cost): Block[] {
  const planner = new Planner(budget);
  sheets.forEach((sheet, s) => sheet.rows.forEach((cost, r) => planner.add(s, r, cost, sheet.segment)));
  planner.close();
  return planner.blocks;
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
