import type { ReadOutcome, ReadRequest } from "./EvaluateDeps";

/** A required column set aside by --ignore: the column, its header and the field it holds. */
export interface IgnoredRequired {
  readonly column: string;
  readonly header: string;
  readonly field: string;
}

/**
 * Why a read found no required column when `--ignore` set it aside: the reader, told not to read
 * it, can only say the field is missing (read_missing_columns), and lists the very header among
 * those found. `readAgain` reads once more without the ignores; the ignored columns it then takes
 * for a missing field are the answer. None when the read did not fail for a missing column, no
 * column was ignored, or the ignores are not why.
 * @example a students column E ignored → [{ column: "E", header: "在校生数（人）", field: "students" }]
 */
export async function ignoredRequired(failed: ReadOutcome, request: ReadRequest, readAgain: (request: ReadRequest) => Promise<ReadOutcome>): Promise<IgnoredRequired[]> {
  const missing = failed.ok ? [] : failed.issues.filter((i) => i.code === "read_missing_columns").flatMap((i) => String(i.params.fieldList ?? "").split(","));
  const fixes = request.mapping;
  const ignored = fixes?.ignore ?? [];
  if (missing.length === 0 || ignored.length === 0) return [];
  const again = await readAgain({ ...request, mapping: { ...fixes, ignore: [] } });
  const columns = again.mapping?.columns.filter((c) => ignored.includes(c.column) && missing.includes(c.field)) ?? [];
  return columns.map((c) => ({ column: c.address, header: c.header, field: c.field }));
}
