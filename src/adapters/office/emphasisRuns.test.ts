import { emphasisRuns, formatRuns } from "./emphasisRuns";

describe("formatRuns", () => {
  it("groups vertical runs of one format per column, within the rows asked for", () => {
    const AT_LEAST = '"≥ "0';
    const formats = [
      { row: 3, column: 7, format: AT_LEAST },
      { row: 0, column: 7, format: AT_LEAST },
      { row: 1, column: 7, format: AT_LEAST },
      { row: 2, column: 7, format: "0.00" },
      { row: 0, column: 8, format: AT_LEAST },
    ];
    // Column 7: rows 0–1 one run, row 2 another format, row 3 a run again; column 8 alone.
    expect(formatRuns({ formats }, 0, 10)).toEqual([
      { column: 7, row: 0, count: 2, format: AT_LEAST },
      { column: 7, row: 2, count: 1, format: "0.00" },
      { column: 7, row: 3, count: 1, format: AT_LEAST },
      { column: 8, row: 0, count: 1, format: AT_LEAST },
    ]);
    // A block of rows 1–2 cuts the first run.
    expect(formatRuns({ formats }, 1, 3)).toEqual([
      { column: 7, row: 1, count: 1, format: AT_LEAST },
      { column: 7, row: 2, count: 1, format: "0.00" },
    ]);
  });

  it("gives none for a table without cell formats", () => {
    expect(formatRuns({}, 0, 10)).toEqual([]);
    expect(formatRuns({ formats: [] }, 0, 10)).toEqual([]);
  });
});

describe("emphasisRuns", () => {
  it("still groups emphasis as before: one run per colour, a repeated cell once", () => {
    const emphasis = [
      { row: 0, column: 2, kind: "bad" as const },
      { row: 1, column: 2, kind: "bad" as const },
      { row: 1, column: 2, kind: "warn" as const },
      { row: 2, column: 2, kind: "warn" as const },
    ];
    expect(emphasisRuns({ emphasis }, 0, 10)).toEqual([
      { column: 2, row: 0, count: 2, kind: "bad" },
      { column: 2, row: 2, count: 1, kind: "warn" },
    ]);
  });
});
