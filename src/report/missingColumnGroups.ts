import type { Issue } from "../engine/types";

/** The reader's word that a sheet has no column for a field: read_columns_missing (its fieldList) or read_column_near_field (its field), as `sheet\0field`. */
function absentColumns(reader: readonly Issue[]): Set<string> {
  return new Set(
    reader.flatMap((i) => {
      const sheet = String(i.params.sheet ?? "");
      if (i.code === "read_columns_missing") return String(i.params.fieldList ?? "").split(",").map((field) => `${sheet}\u0000${field}`);
      return i.code === "read_column_near_field" ? [`${sheet}\u0000${String(i.params.field)}`] : [];
    }),
  );
}

/** The sheet of a section's source row (`学校基本情况!12` → 学校基本情况); null without one. */
function sheetOfRow(row: unknown): string | null {
  const text = typeof row === "string" ? row : "";
  const bang = text.lastIndexOf("!");
  return bang <= 0 ? null : text.slice(0, bang);
}

/** The group a section's missing value falls in when its sheet has no column for the field (no cell: nothing to point at); null otherwise. */
function groupOf(issue: Issue, absent: ReadonlySet<string>): string | null {
  if (issue.code !== "missing_numerator" || issue.cell !== null) return null;
  const sheet = sheetOfRow(issue.params.row);
  const key = `${sheet ?? ""}\u0000${String(issue.params.field)}`;
  return sheet !== null && absent.has(key) ? `${key}\u0000${String(issue.params.indicator)}` : null;
}

/** One issue for the sections of a group: the sheet, field and indicator of the first, each section as `school@stage`, one per line. */
function groupIssue(members: readonly Issue[]): Issue {
  const first = members[0]?.params ?? {};
  const sections = members.map((m) => `${String(m.params.school)}@${String(m.params.stage)}`).join("\n");
  const params = { sheet: sheetOfRow(first.row) ?? "", field: String(first.field), indicator: String(first.indicator), count: members.length, sections };
  return { code: "read_column_missing_sections", severity: "error", cell: null, params };
}

/**
 * The engine's issues with each section's missing value of a field its sheet has no column for
 * (missing_numerator without a cell, the reader having said the column is missing) said once per
 * sheet, field and indicator, naming the sections, where the first of them was: a missing column
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
    return members === undefined ? [issue] : members[0] === issue ? [groupIssue(members)] : [];
  });
}
