import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import type { HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { aliasOfPath } from "./matchHeaderPath";
import { unitFactorOf } from "./units";

/**
 * A warning at the header cell of each column whose header names a field in a unit the reader
 * cannot convert to the engine's (万元 over an area, % over teachers): matchHeaderPath leaves such
 * a column unread, since its numbers would be taken for something they are not; this says why.
 * Not when another column of the sheet is read as that field, for that stage (`roles`: 在校生数（人）
 * beside 在校生数（万人）): nothing is missing, and changing the unit would make two columns of one
 * field (reviewer R2 of s48).
 *
 * @example a header `教学及辅助用房面积（万元）` in C3 → read_unit_unsupported at S!C3 { field: "teachingArea", unit: "万元" }
 * @example `在校生数（人） | 在校生数（万人）` with the first read as students → none
 */
export function unsupportedUnitIssues(band: HeaderBand, roles: readonly ColumnRole[] = []): Issue[] {
  const issues: Issue[] = [];
  for (const { column, path, headerRow } of band.columns) {
    const found = aliasOfPath(path);
    const unit = found?.info.unit ?? null;
    if (found === null || unit === null || unitFactorOf(found.alias.key, unit) !== null) continue;
    if (roles.some((r) => r.key === found.alias.key && r.stage === found.info.stage)) continue;
    const params = { column: columnLetters(column), header: path.join("/"), field: found.alias.key, unit };
    issues.push(issueAt("read_unit_unsupported", "warning", band.sheet, headerRow, column, params));
  }
  return issues;
}
