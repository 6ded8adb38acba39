import type { Issue } from "../../engine/types";
import { a1, qualified } from "../address";
import { issueAtCell } from "./issue";
import type { Candidate } from "./pickSheets";
import type { CopyDifferences } from "./copyDifferences";

/** A sheet left out as a copy of another, or a backup of several together (`of`, the sheets read in its place). */
export interface SheetCopy {
  readonly copy: Candidate;
  readonly of: readonly Candidate[];
  /** How its numbers differ from those of `of` (copyDifferences), once compared. */
  readonly differences?: CopyDifferences;
}

type KeysOf = (c: Candidate) => ReadonlySet<string>;

/** A name Excel or a user gives a copy: 学校基本情况 (2), 学校备份, 学校副本, 旧学校表, Copy of 学校. */
const COPY_NAME = /[（(]\s*\d+\s*[)）]\s*$|备份|副本|旧|copy/i;

/** The one of sheets of the same schools that is read: the first whose name is not a copy's, else the first. */
function originalOf(same: readonly Candidate[]): Candidate | undefined {
  return same.find((c) => !COPY_NAME.test(c.grid.sheet)) ?? same[0];
}

/** The sheets by the schools they hold (their keys sorted, joined), sheets holding none left out: an empty sheet copies nothing. */
function bySchools(sheets: readonly Candidate[], keysOf: KeysOf): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of sheets) {
    const keys = [...keysOf(c)].sort();
    if (keys.length === 0) continue;
    const key = keys.join("\n");
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return groups;
}

/**
 * The sheets that hold exactly the schools of another sheet (`keysOf`: a school as name and stage):
 * a copy Excel made (学校基本情况 (2)) or a backup (学校基本情况备份, same schools, older numbers).
 * Each is left out in favour of the sheet whose name is not a copy's (else the first), so that the
 * other parts of the list (教学点) are still read with the original; so is a backup of the whole
 * list beside its parts (backupOfParts). Sheets sharing only some schools are not copies
 * (pickSchoolSheets then reads the best alone and names the others).
 *
 * @example sheetCopies([学校基本情况 (甲, 乙), 教学点 (杏花村), 学校基本情况 (2) (甲, 乙)], keysOf) // [{ copy: 学校基本情况 (2), of: [学校基本情况] }]
 * @example sheetCopies([学校 (2) (甲), 学校 (甲)], keysOf) // [{ copy: 学校 (2), of: [学校] }]
 */
export function sheetCopies(sheets: readonly Candidate[], keysOf: KeysOf): SheetCopy[] {
  const copies = [...bySchools(sheets, keysOf).values()].flatMap((same) => {
    const of = originalOf(same);
    return of === undefined ? [] : same.filter((c) => c !== of).map((copy) => ({ copy, of: [of] }));
  });
  const rest = sheets.filter((c) => !copies.some((k) => k.copy === c));
  return [...copies, ...rest.flatMap((c) => backupOfParts(c, rest, keysOf))];
}

/**
 * A sheet named as a copy (学校基本情况备份) whose schools are those of two or more other sheets
 * together, each wholly within it (学校基本情况 and 教学点): a backup of the whole list, left out
 * for its parts. A sheet not named as a copy (全部学校) is not taken for one: pickSchoolSheets
 * names it as a school sheet left unread.
 *
 * @example backupOfParts(学校备份 (甲, 乙, 杏花村), [学校 (甲, 乙), 教学点 (杏花村), 学校备份], keysOf) // [{ copy: 学校备份, of: [学校, 教学点] }]
 */
function backupOfParts(sheet: Candidate, sheets: readonly Candidate[], keysOf: KeysOf): SheetCopy[] {
  const whole = keysOf(sheet);
  if (!COPY_NAME.test(sheet.grid.sheet) || whole.size === 0) return [];
  const parts = sheets.filter((c) => c !== sheet && keysOf(c).size > 0 && [...keysOf(c)].every((k) => whole.has(k)));
  const covered = new Set(parts.flatMap((c) => [...keysOf(c)]));
  return parts.length >= 2 && covered.size === whole.size ? [{ copy: sheet, of: parts }] : [];
}

/**
 * The warning at each copy's header (where its rows begin): which sheet it copies, read in its place,
 * and, when its numbers differ (`differences`), how many and the first of them, cell by cell. A
 * warning, not a note: a copy is known by its schools, and numbers that differ make it an older or
 * a newer version, which only the statistician can settle.
 *
 * @example copyIssues([{ copy: 学校基本情况 (2), of: 学校基本情况 }]) // read_sheet_copy (warning) at 学校基本情况 (2)!A1
 * @example copyIssues([{ copy: 学校 (2), of: 学校, differences: { count: 1, first: { cell: "学校 (2)!C3", value: 500, originalCell: "学校!C3", originalValue: 480 } } }]) // read_sheet_copy_differs { count: 1, cell: "学校 (2)!C3", … }
 */
export function copyIssues(copies: readonly SheetCopy[]): Issue[] {
  return copies.map(({ copy, of, differences }) => {
    const at = qualified(copy.grid.sheet, a1(copy.band.top, copy.band.columns[0]?.column ?? copy.grid.left));
    const params = { sheet: copy.grid.sheet, original: of.map((c) => c.grid.sheet).join(", ") };
    const first = differences?.first ?? null;
    if (differences === undefined || first === null) return issueAtCell("read_sheet_copy", "warning", at, params);
    return issueAtCell("read_sheet_copy_differs", "warning", at, { ...params, count: differences.count, ...first });
  });
}
