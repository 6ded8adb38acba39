import { planSegments, splitBlock } from "./planSegments";

const cost = (bytes: number, operations = 1) => ({ bytes, operations });
const rows = (n: number, bytes: number, operations = 1) => Array.from({ length: n }, () => cost(bytes, operations));

describe("planSegments", () => {
  it("puts a small result in one request, paying each sheet's segment once", () => {
    // 2 × 10 + 5 (sheet 0) + 10 + 5 (sheet 1) = 40 ≤ 40.
    const blocks = planSegments([{ rows: rows(2, 10), segment: cost(5) }, { rows: rows(1, 10), segment: cost(5) }], cost(40, 100));
    expect(blocks).toEqual([[{ sheet: 0, start: 0, count: 2 }, { sheet: 1, start: 0, count: 1 }]]);
  });

  it("cuts where the next row, with the segment of a sheet it starts, would pass the bytes", () => {
    // Block 1: 5 + 10 + 10 = 25; a third row would make 35 > 30. Block 2 pays the segment again: 5 + 10.
    const blocks = planSegments([{ rows: rows(3, 10), segment: cost(5) }], cost(30, 100));
    expect(blocks).toEqual([[{ sheet: 0, start: 0, count: 2 }], [{ sheet: 0, start: 2, count: 1 }]]);
    // The second sheet's segment (20) does not fit beside the first sheet: 5 + 10 + 20 + 10 = 45 > 40.
    expect(planSegments([{ rows: rows(1, 10), segment: cost(5) }, { rows: rows(1, 10), segment: cost(20) }], cost(40, 100))).toHaveLength(2);
  });

  it("cuts on operations as well as bytes", () => {
    // 3 operations per row, 2 per segment, at most 10: 2 + 3 + 3 = 8; a third row makes 11.
    const blocks = planSegments([{ rows: rows(5, 1, 3), segment: cost(0, 2) }], cost(1_000_000, 10));
    expect(blocks.map((b) => b[0]?.count)).toEqual([2, 2, 1]);
  });

  it("gives a row over the budget a block of its own, and plans nothing for no rows", () => {
    expect(planSegments([{ rows: [cost(10), cost(500), cost(10)], segment: cost(0) }], cost(100, 100))).toEqual([
      [{ sheet: 0, start: 0, count: 1 }],
      [{ sheet: 0, start: 1, count: 1 }],
      [{ sheet: 0, start: 2, count: 1 }],
    ]);
    expect(planSegments([], cost(100, 100))).toEqual([]);
  });

  it("halves a refused block by segments, then by rows, down to one row", () => {
    expect(splitBlock([{ sheet: 0, start: 0, count: 4 }])).toEqual([[{ sheet: 0, start: 0, count: 2 }], [{ sheet: 0, start: 2, count: 2 }]]);
    expect(splitBlock([{ sheet: 0, start: 3, count: 1 }, { sheet: 1, start: 0, count: 9 }])).toEqual([[{ sheet: 0, start: 3, count: 1 }], [{ sheet: 1, start: 0, count: 9 }]]);
    expect(splitBlock([{ sheet: 2, start: 7, count: 1 }])).toBeNull();
  });
});
