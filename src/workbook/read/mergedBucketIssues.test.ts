import type { Stage } from "../../engine/types";
import type { HeaderBand } from "./findHeader";
import type { ColumnKey, ColumnRole } from "./keys";
import { mergedBucketColumns, mergedBucketIssues, unusableMergedBuckets } from "./mergedBucketIssues";

const role = (column: number, key: ColumnKey, stage: Stage | null = null): ColumnRole => ({ column, key, stage, part: null, unitFactor: 1, header: key });
const keysOf = (roles: readonly ColumnRole[]) => roles.map((r) => `${r.stage ?? "whole"}:${r.key}`);

/** A one-row header on row 3 (0-based 2) of sheet S, one column per header text from A. */
function band(headers: readonly string[]): HeaderBand {
  return { sheet: "S", top: 2, bottom: 2, columns: headers.map((h, column) => ({ column, path: [h], headerRow: 2 })), codeRows: [], standardRows: [], dataTop: 3, unitLine: null };
}

describe("unusableMergedBuckets (hand-built bands: a merged bucket is used only on a chain from 0 to ∞)", () => {
  it("keeps a bureau's four merged buckets: ≤45 → 46–55 → 56–65 → ≥66 reaches ∞", () => {
    expect(unusableMergedBuckets([role(1, "classes_le45"), role(2, "classes_46_55"), role(3, "classes_56_65"), role(4, "classes_ge66")])).toEqual([]);
  });

  it("keeps 46–55 and 56人及以上 after ≤45: 0 → 46 → 56 → ∞, though 56–60 is given too", () => {
    expect(unusableMergedBuckets([role(1, "classes_le45"), role(2, "classes_46_55"), role(3, "classes_56_60"), role(4, "classes_ge56")])).toEqual([]);
  });

  it("drops merged buckets with nothing from 0 below them: 46–55 and 56人及以上 alone (no bucket starts at 0)", () => {
    expect(keysOf(unusableMergedBuckets([role(1, "classes_46_55"), role(2, "classes_ge56")]))).toEqual(["whole:classes_46_55", "whole:classes_ge56"]);
  });

  it("drops ≤45 and 46–55 when nothing starts at 56 (61–65 and ≥66 leave 56–60 out): neither reaches ∞; the standard ones are never dropped", () => {
    const roles = [role(1, "classes_le45"), role(2, "classes_46_55"), role(3, "classes_61_65"), role(4, "classes_ge66")];
    expect(keysOf(unusableMergedBuckets(roles))).toEqual(["whole:classes_le45", "whole:classes_46_55"]);
  });

  it("chains each stage's columns apart: the junior 46–55 has no junior ≤45 below it, the primary one has", () => {
    const roles = [role(1, "classes_le45", "primary"), role(2, "classes_46_55", "primary"), role(3, "classes_ge56", "primary"), role(4, "classes_46_55", "junior"), role(5, "classes_ge56", "junior")];
    expect(keysOf(unusableMergedBuckets(roles))).toEqual(["junior:classes_46_55", "junior:classes_ge56"]);
  });
});

describe("mergedBucketIssues (hand-built bands)", () => {
  it("warns at 46-55人 and 56-65人 left unread alone: the sizes ≤45 and ≥66 no column counts", () => {
    const b = band(["学校名称", "46-55人", "56-65人"]);
    const roles = [role(0, "name")];
    expect(mergedBucketIssues(b, roles)).toEqual([
      { code: "read_class_bucket_merged_missing", severity: "warning", cell: "S!B3", params: { column: "B", header: "46-55人", fieldList: "classes_46_50,classes_51_55", sizes: "≤45 / ≥66" } },
      { code: "read_class_bucket_merged_missing", severity: "warning", cell: "S!C3", params: { column: "C", header: "56-65人", fieldList: "classes_56_60,classes_61_65", sizes: "≤45 / ≥66" } },
    ]);
    expect(mergedBucketColumns(b, roles)).toEqual([1, 2]);
  });

  it("says nothing of 56人及以上 beside the buckets it adds up, all read (56-60人, 61-65人, 66人及以上): it is only unread", () => {
    const b = band(["学校名称", "45人及以下", "46-55人", "56-60人", "61-65人", "66人及以上", "56人及以上"]);
    const roles = [role(0, "name"), role(1, "classes_le45"), role(2, "classes_46_55"), role(3, "classes_56_60"), role(4, "classes_61_65"), role(5, "classes_ge66")];
    expect(mergedBucketIssues(b, roles)).toEqual([]);
    expect(mergedBucketColumns(b, roles)).toEqual([]);
  });
});
