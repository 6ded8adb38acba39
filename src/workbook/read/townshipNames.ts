import { schoolRecord } from "../../engine/schoolRecord";
import type { Issue, SchoolRecord } from "../../engine/types";
import { issueAtCell } from "./issue";
import { foldText } from "./text";

/** A school as kept by mergeCampuses: its record, name cell and 乡镇 (when the sheet gives one). */
export interface KeptSchool {
  readonly record: SchoolRecord;
  readonly nameCell: string;
  readonly township: string | null;
}

function nameKey(k: KeptSchool): string {
  return `${k.record.county ?? ""}|${foldText(k.record.name)}`;
}

/** The names (county and name) borne by schools of more than one township. */
function sharedNames(kept: readonly KeptSchool[]): Set<string> {
  const townships = new Map<string, Set<string>>();
  for (const k of kept) {
    const set = townships.get(nameKey(k)) ?? new Set<string>();
    set.add(foldText(k.township ?? ""));
    townships.set(nameKey(k), set);
  }
  return new Set([...townships].filter(([, set]) => set.size > 1).map(([key]) => key));
}

/**
 * Schools of one name in different townships (two 中心小学) are told apart in the report by their
 * township before the name, unless the name already holds it; each renamed one is noted at its
 * name cell. The two sections of one school share a township, and stay as they are.
 *
 * @example 中心小学 (城关镇), 中心小学 (石桥镇) → 城关镇中心小学, 石桥镇中心小学, two info issues
 */
export function townshipNames(kept: readonly KeptSchool[]): { records: SchoolRecord[]; issues: Issue[] } {
  const shared = sharedNames(kept);
  const issues: Issue[] = [];
  const records = kept.map((k) => {
    const { record, township } = k;
    if (!shared.has(nameKey(k)) || township === null || township === "" || foldText(record.name).includes(foldText(township))) return record;
    const shown = `${township}${record.name}`;
    issues.push(issueAtCell("read_name_with_township", "info", k.nameCell, { name: record.name, shown }));
    return schoolRecord({ ...record, name: shown });
  });
  return { records, issues };
}
