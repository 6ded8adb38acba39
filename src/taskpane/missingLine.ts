import type { Issue } from "../engine/types";
import { columnIndex } from "../workbook/address";
import type { FixRole } from "../workbook/read/matchColumns";
import { givenBy } from "../workbook/read/missingColumnIssues";

/** A required field not found, and the column whose header the reader found close to its name (read_column_near_field). */
export interface NearMiss {
  /** The key not found (mapping.missing). */
  readonly missing: string;
  /** The column's letter, its 0-based index, and its header as the reader's issue gives it. */
  readonly column: string;
  readonly index: number;
  readonly header: string;
  /** The role the column would take: the field the header is close to (L5's ground area for its total), with the stage the header names. */
  readonly role: FixRole;
}

/** The near-header issue's role: its field, with the stage its header names (小学 / 初中), else none. */
function roleOf(params: Issue["params"]): FixRole {
  const stage = params.stage === "primary" || params.stage === "junior" ? params.stage : null;
  return { key: String(params.field), stage, part: null } as FixRole;
}

/**
 * The fields of `missing` the reader found a column close to (read_column_near_field, which it
 * gives only where one column alone is close: missingColumnIssues), each with that column; the
 * others are not found, with nothing to offer. Only a column of `sheet`, the one the table shows
 * (under 自动 the 初中 sheet read beside 小学 has its own N). Not a column the user has set
 * (`chosen`: given a role or （不使用） in the table): they said what it holds, and being offered it
 * back is noise.
 *
 * @example nearMisses("学校", ["teachingArea", "equipmentValue"], [{ code: "read_column_near_field", params: { sheet: "学校", field: "teachingArea", column: "N", header: "教学及辅助用方面积（㎡）" }, … }])
 * // [{ missing: "teachingArea", column: "N", index: 13, header: "教学及辅助用方面积（㎡）", role: { key: "teachingArea", stage: null, part: null } }]
 */
export function nearMisses(sheet: string, missing: readonly string[], issues: readonly Issue[], chosen: readonly number[] = []): NearMiss[] {
  return missing.flatMap((key) => {
    const near = issues.find((i) => i.code === "read_column_near_field" && i.params.sheet === sheet && givenBy(key).includes(String(i.params.field)));
    const column = near === undefined ? "" : String(near.params.column);
    if (near === undefined || chosen.includes(columnIndex(column))) return [];
    return [{ missing: key, column, index: columnIndex(column), header: String(near.params.header), role: roleOf(near.params) }];
  });
}
