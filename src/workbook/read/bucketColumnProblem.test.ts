import { bucketColumnProblem, type BucketColumn } from "./bucketColumnProblem";

const col = (column: number, header: string, min: number, max: number): BucketColumn => ({ column, header, min, max });
const LE45 = col(1, "45人及以下", 0, 45);
const M46_55 = col(2, "46-55人", 46, 55);
const M56_65 = col(3, "56-65人", 56, 65);
const GE66 = col(4, "66人及以上", 66, Infinity);

describe("bucketColumnProblem: sizes as the messages write them (≤45, ≥66, 51–55, 51)", () => {
  it("writes the open ends as ≤ and ≥, a run with an en dash, one size alone", () => {
    expect(bucketColumnProblem([M46_55, M56_65])).toEqual({ kind: "missing", sizes: "≤45 / ≥66" });
    const upTo51 = col(2, "46-51人", 46, 51);
    const from51 = col(3, "51-60人", 51, 60);
    expect(bucketColumnProblem([LE45, M46_55, from51, GE66])).toMatchObject({ kind: "overlap", sizes: "51–55" });
    expect(bucketColumnProblem([LE45, upTo51, from51, GE66])).toMatchObject({ kind: "overlap", sizes: "51" });
  });
});

describe("bucketColumnProblem: why a stage's bucket columns make no chain from 0 to ∞ (rules.md §4 item 5)", () => {
  it("b3: 46-55人 and 56-65人 alone → the two ends missing, ≤45 and ≥66 (no overlap)", () => {
    expect(bucketColumnProblem([M46_55, M56_65])).toEqual({ kind: "missing", sizes: "≤45 / ≥66" });
  });

  it("a gap inside: ≤45 | 56-65 | 66+ → 46–55 missing; one end: ≤45 | 46-55 | 56-65 → ≥66", () => {
    expect(bucketColumnProblem([LE45, M56_65, GE66])).toEqual({ kind: "missing", sizes: "46–55" });
    expect(bucketColumnProblem([LE45, M46_55, M56_65])).toEqual({ kind: "missing", sizes: "≥66" });
  });

  it("b4: ≤45 | 46-55 | 51-60 | 61+ → 46-55 and 51-60 overlap on 51–55 (found before anything missing)", () => {
    const m51 = col(5, "51-60人", 51, 60);
    expect(bucketColumnProblem([LE45, M46_55, m51, col(6, "61人及以上", 61, Infinity)])).toEqual({ kind: "overlap", first: M46_55, second: m51, sizes: "51–55" });
    // Without ≤45 and 61+, the overlap still comes first.
    expect(bucketColumnProblem([m51, M46_55])).toMatchObject({ kind: "overlap", sizes: "51–55" });
  });

  it("a total beside its parts is no overlap: 56人及以上 beside 56-65 and 66+ (the engine takes the parts)", () => {
    expect(bucketColumnProblem([LE45, M46_55, M56_65, GE66, col(7, "56人及以上", 56, Infinity)])).toBeNull();
  });

  it("every size covered once, but 51-60人 is a merge no field stands for → unsupported, naming it", () => {
    const m51 = col(5, "51-60人", 51, 60);
    const cols = [LE45, col(2, "46-50人", 46, 50), m51, col(6, "61-65人", 61, 65), GE66];
    expect(bucketColumnProblem(cols)).toEqual({ kind: "unsupported", merged: m51 });
  });

  it("one column covering everything (0人及以上) → unsupported; the four bureau buckets → null; no columns → all sizes missing", () => {
    const all = col(1, "0人及以上", 0, Infinity);
    expect(bucketColumnProblem([all])).toEqual({ kind: "unsupported", merged: all });
    expect(bucketColumnProblem([LE45, M46_55, M56_65, GE66])).toBeNull();
    expect(bucketColumnProblem([])).toEqual({ kind: "missing", sizes: "≥0" });
  });
});
