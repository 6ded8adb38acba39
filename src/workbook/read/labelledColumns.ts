import type { HeaderBand } from "./findHeader";
import type { ColumnRole } from "./keys";
import { SERIAL_HEADER } from "./aliases";
import { normaliseText } from "./text";

/**
 * The columns left of the name whose header says something the reader takes no figure from (片区,
 * 校区, 备注), not a row number's (序号) and not read for anything (roles): a bare 城区 there beside a
 * row's numbers is that column's value on a row left without a name, not a block's subtotal
 * (classify's leftHeading). Columns with a blank header are not among them (no entry in the band).
 *
 * @example header 片区 | 学校名称 | 在校生数, roles name B and students C → [0]; header 序号 | 学校名称 | 在校生数 → []
 */
export function labelledColumns(band: HeaderBand, roles: readonly ColumnRole[], nameColumn: number): number[] {
  const read = new Set(roles.map((r) => r.column));
  const serial = (path: readonly string[]): boolean => SERIAL_HEADER.test(normaliseText(path[path.length - 1] ?? ""));
  return band.columns.filter((c) => c.column < nameColumn && !read.has(c.column) && !serial(c.path)).map((c) => c.column);
}
