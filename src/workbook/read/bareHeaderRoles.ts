import type { HeaderBand, HeaderColumn } from "./findHeader";
import type { ColumnKey, ColumnRole } from "./keys";

/** What one kind of bare header is read as, and where its context says so. */
export interface BareHeaderKind {
  /** The field its parts belong to (peArtTeachers for 体育, qualifiedTeachers for 本科). */
  readonly key: ColumnKey;
  /** The part and stage a header names bare, or null when it names none. */
  readonly bare: (own: HeaderColumn) => Pick<ColumnRole, "part" | "stage"> | null;
  /** The fields whose columns, next to a bare header, say it counts teachers. */
  readonly beside: ReadonlySet<string>;
  /** A column whose context rules it out however it stands (degrees after 教职工 count the staff). */
  readonly ruledOut?: (band: HeaderBand, column: number) => boolean;
}

/** Whether the column left or right of `column` (in the band's order) is read as one of `keys`. */
function besideOneOf(band: HeaderBand, column: number, roles: readonly ColumnRole[], keys: ReadonlySet<string>): boolean {
  const at = band.columns.findIndex((c) => c.column === column);
  const near = [band.columns[at - 1]?.column, band.columns[at + 1]?.column];
  return roles.some((r) => near.includes(r.column) && keys.has(r.key));
}

/**
 * Bare headers (体育 | 音乐美术, 研究生 | 本科 | 专科) read as parts of `kind.key` when a column of
 * `kind.beside` stands next to them, or a part so read: the header's context says what they count.
 * Repeated until nothing changes, so a run is read outward from the teachers' column. A part already
 * read (with its stage) is not read twice; of two columns of one part, the one the user sees
 * (`hidden`: 0-based hidden sheet columns, as matchColumns' visibleFirst) — a hidden old copy does
 * not take the part. bareSubjectRoles and bareDegreeRoles are this walk with their kinds.
 *
 * @example bareHeaderRoles(学校名称 | 专任教师 | 体育, [B teachers], [2], new Set(), subjects) // [B teachers, C peArtTeachers#pe]
 */
export function bareHeaderRoles(band: HeaderBand, roles: readonly ColumnRole[], candidates: readonly number[], hidden: ReadonlySet<number>, kind: BareHeaderKind): ColumnRole[] {
  let out = [...roles];
  // Visible columns first (a stable sort), so that a hidden old copy does not take the part.
  const walk = band.columns.filter((c) => candidates.includes(c.column)).sort((a, b) => Number(hidden.has(a.column)) - Number(hidden.has(b.column)));
  const beside = new Set([...kind.beside, kind.key]);
  for (let added = true; added; ) {
    added = false;
    for (const own of walk.filter((c) => !out.some((r) => r.column === c.column))) {
      const found = kind.bare(own);
      if (found === null || out.some((r) => r.key === kind.key && r.part === found.part && r.stage === found.stage)) continue;
      if (kind.ruledOut?.(band, own.column) === true || !besideOneOf(band, own.column, out, beside)) continue;
      out = [...out, { column: own.column, key: kind.key, ...found, unitFactor: 1, header: own.path.join("/") }];
      added = true;
    }
  }
  return out.sort((a, b) => a.column - b.column);
}
