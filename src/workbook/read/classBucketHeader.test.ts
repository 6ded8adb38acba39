import { bucketRange, bucketsSpanned } from "./classBucketHeader";
import { analysePath } from "./matchHeaderPath";

/** The buckets a header spans, after the reader's own normalising (analysePath: full-width folded, dashes between digits made `-`). */
function spanned(header: string): string[] {
  const leaf = analysePath([header]).segments.at(-1) ?? "";
  return bucketsSpanned(leaf);
}

describe("bucketsSpanned: a class-size header read as the statistics' buckets (rules.md §4 item 5)", () => {
  it.each(["56-65人", "56—65人", "56~65人", "56～65人", "56至65人", "56人-65人", "56人—65人", "56-65", "56-65人班数"])("%s spans 56–60 and 61–65", (header) => {
    expect(spanned(header)).toEqual(["classes_56_60", "classes_61_65"]);
  });

  it("gives the one bucket a standard header names", () => {
    expect(spanned("56-60人")).toEqual(["classes_56_60"]);
    expect(spanned("25人及以下")).toEqual(["classes_le25"]);
    expect(spanned("66人及以上")).toEqual(["classes_ge66"]);
  });

  it("spans every bucket from the edge to the end for 及以上 / 及以下", () => {
    // 56 and more: 56–60, 61–65, 66+ (大班额 as rules.md §4 item 5 defines it).
    expect(spanned("56人及以上")).toEqual(["classes_56_60", "classes_61_65", "classes_ge66"]);
    // 45 and fewer: the five buckets up to 41–45.
    expect(spanned("45人及以下")).toEqual(["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45"]);
    expect(spanned("46-55人")).toEqual(["classes_46_50", "classes_51_55"]);
  });

  it("gives none when an edge falls inside a bucket, or the header is no class size", () => {
    expect(spanned("45-55人")).toEqual([]);
    expect(spanned("56-63人")).toEqual([]);
    expect(spanned("65-56人")).toEqual([]);
    expect(spanned("生均公用经费（元）")).toEqual([]);
    expect(spanned("2016-2020年")).toEqual([]);
    expect(spanned("")).toEqual([]);
  });
});

describe("bucketRange: the sizes a bucket header covers", () => {
  it.each([
    ["46-55人", { min: 46, max: 55 }],
    ["45人及以下", { min: 0, max: 45 }],
    ["66人及以上", { min: 66, max: Infinity }],
    ["56-60人", { min: 56, max: 60 }],
  ])("%s → %j", (leaf, range) => {
    expect(bucketRange(leaf)).toEqual(range);
  });

  it.each(["45-55人", "在校生数", ""])("%j → null (an edge inside a bucket, or no class size)", (leaf) => {
    expect(bucketRange(leaf)).toBeNull();
  });
});
