import type { CellRef, Issue } from "../engine/types";

/**
 * The reader's word that a sheet has no column for a field, by `sheet\0field`, with the cell it
 * said so at: read_column_near_field's (the header a slip from the field's name: 教学及辅助用方面积 at
 * N3), else read_columns_missing's (the header's first cell).
 */
function absentColumns(reader: readonly Issue[]): Map<string, CellRef> {
  const absent = new Map<string, CellRef>();
  for (const i of reader) {
    const sheet = String(i.params.sheet ?? "");
    if (i.code === "read_column_near_field" || i.code === "read_mapping_empty_column") absent.set(keyOf(sheet, String(i.params.field)), i.cell);
    if (i.code !== "read_columns_missing") continue;
    for (const field of String(i.params.fieldList ?? "").split(",")) if (!absent.has(keyOf(sheet, field))) absent.set(keyOf(sheet, field), i.cell);
  }
  return absent;
}

/** A sheet and field as one key. */
function keyOf(sheet: string, field: string): string {
  return `${sheet}\u0000${field}`;
}

/** The sheet of a section's source row (`学校基本情况!12` → 学校基本情况); null without one. */
function sheetOfRow(row: unknown): string | null {
  const text = typeof row === "string" ? row : "";
  const bang = text.lastIndexOf("!");
  return bang <= 0 ? null : text.slice(0, bang);
}

/** The sheet and field of a section's missing value, as absentColumns keys them. */
function columnKey(issue: Issue): string {
  return keyOf(sheetOfRow(issue.params.row) ?? "", String(issue.params.field));
}

/** The group a section's missing value falls in when its sheet has no column for the field (no cell: nothing to point at); null otherwise. */
function groupOf(issue: Issue, absent: ReadonlyMap<string, CellRef>): string | null {
  if (issue.code !== "missing_numerator" || issue.cell !== null) return null;
  const key = columnKey(issue);
  return sheetOfRow(issue.params.row) !== null && absent.has(key) ? `${key}\u0000${String(issue.params.indicator)}` : null;
}

/**
 * One issue for the sections of a group, at the cell where the reader said the column is missing
 * (`cell`): the sheet, field and indicator of the first, each section as `school@stage`, one per line.
 */
function groupIssue(members: readonly Issue[], cell: CellRef): Issue {
  const first = members[0]?.params ?? {};
  const sections = members.map((m) => `${String(m.params.school)}@${String(m.params.stage)}`).join("\n");
  const params = { sheet: sheetOfRow(first.row) ?? "", field: String(first.field), indicator: String(first.indicator), count: members.length, sections };
  return { code: "read_column_missing_sections", severity: "error", cell, params };
}

/**
 * The engine's issues with each section's missing value of a field its sheet has no column for
 * (missing_numerator without a cell, the reader having said the column is missing) said once per
 * sheet, field and indicator, naming the sections, where the first of them was, at the cell the
 * reader said the column is missing at (the near header, else the header's first cell): a missing column
 * is one problem, not one per school (messy2.xlsx without 教学及辅助用房面积: three L4 errors, now
 * one). Each section keeps its own reason on 学校达标, which reads the engine's own list.
 *
 * @example groupedMissingColumns([read_columns_missing S teachingArea], [missing_numerator 甲 L4 (S!5), missing_numerator 乙 L4 (S!6)])
 * // [read_column_missing_sections { sheet: "S", field: "teachingArea", indicator: "L4", count: 2, sections: "甲@primary\n乙@junior" }]
 */
export function groupedMissingColumns(reader: readonly Issue[], engine: readonly Issue[]): Issue[] {
  const absent = absentColumns(reader);
  const groups = new Map<string, Issue[]>();
  for (const issue of engine) {
    const group = groupOf(issue, absent);
    if (group === null) continue;
    // Pushed, not spread: a column missing from a city's 20,000 rows is one group of 20,000.
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [issue]);
    else members.push(issue);
  }
  return engine.flatMap((issue) => {
    const members = groups.get(groupOf(issue, absent) ?? "");
    if (members === undefined) return [issue];
    const first = members[0] as Issue;
    return first === issue ? [groupIssue(members, absent.get(columnKey(first)) ?? null)] : [];
  });
}
