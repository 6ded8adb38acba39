import type { SchoolRecord } from "../engine/types";

/** A sheet school records were read from, with how many. */
export interface SheetCount {
  readonly sheet: string;
  readonly count: number;
}

/**
 * The sheets the school records came from, each with its records, in the order read (a record of
 * no sheet, a stand-in reader's, is left out): what the CLI's 学校数据表 line and the task pane,
 * before 评估, both say was read.
 *
 * @example sheetsRead([{ source: 小学!3 }, { source: 小学!4 }, { source: 初中!3 }]) // [{ sheet: "小学", count: 2 }, { sheet: "初中", count: 1 }]
 */
export function sheetsRead(records: readonly Pick<SchoolRecord, "source">[]): SheetCount[] {
  const counts = new Map<string, number>();
  for (const r of records) if (r.source !== null) counts.set(r.source.sheet, (counts.get(r.source.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, count]) => ({ sheet, count }));
}
