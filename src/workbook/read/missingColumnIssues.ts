import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt, issueAtCell } from "./issue";
import { analysePath } from "./matchHeaderPath";
import { nearField } from "./nearField";

/** The fields a missing key may be given by: L5's total, or its ground and indoor rooms (missingKeys). @example givenBy("teachingArea") // ["teachingArea"] */
export function givenBy(key: string): readonly string[] {
  return key === "sportsTotalArea" ? ["sportsTotalArea", "sportsGroundArea", "indoorSportsArea"] : [key];
}

/**
 * L5's ground area when the sheet gives the indoor sports rooms but neither the ground area nor
 * the total (`keys`, the fields the sheet's columns read): L5 is formed from ground + indoor then
 * (rules.md §2 "Indoor sports rooms"), so every school lacks the ground area; said once for the
 * sheet (read_columns_missing), not left to one error per school. missingKeys counts any sports
 * column as L5 given, which is right for the sheet's layout but not for this.
 * @example groundMissing(["teachingArea", "indoorSportsArea"]) // ["sportsGroundArea"]; groundMissing(["indoorSportsArea", "sportsTotalArea"]) // []
 */
export function groundMissing(keys: readonly string[]): string[] {
  const has = (k: string) => keys.includes(k);
  return has("indoorSportsArea") && !has("sportsGroundArea") && !has("sportsTotalArea") ? ["sportsGroundArea"] : [];
}

interface Near {
  readonly missing: string;
  readonly field: string;
  readonly column: number;
  readonly path: readonly string[];
}

/** Each unread column whose header is a slip of a field a missing key may be given by (nearField), with that key. */
function nearColumns(band: HeaderBand, missing: readonly string[], unread: readonly number[]): Near[] {
  return band.columns.flatMap((c) => {
    if (!unread.includes(c.column)) return [];
    const field = nearField(c.path, missing.flatMap(givenBy));
    const key = field === null ? undefined : missing.find((k) => givenBy(k).includes(field));
    return field === null || key === undefined ? [] : [{ missing: key, field, column: c.column, path: c.path }];
  });
}

/** The suggestion for one missing key, at its column's own header cell; its stage when the header names one (小学…: --map 教学及辅助用房面积（小学）=N). */
function nearIssue(band: HeaderBand, near: Near): Issue {
  const stage = analysePath(near.path).stage;
  const params = { sheet: band.sheet, field: near.field, column: columnLetters(near.column), header: near.path.join("/"), ...(stage === "primary" || stage === "junior" ? { stage } : {}) };
  return issueAt("read_column_near_field", "warning", band.sheet, headerRowOf(band, near.column), near.column, params);
}

/**
 * The indicator columns the sheet lacks (`missing`, keys), said at the header's first cell
 * (`headerCell`): a missing one whose name an unread column's header is a slip of (nearField:
 * 教学及辅助用方面积 for 教学及辅助用房面积) by itself, at that column's header cell, asking whether
 * it is that column and how to map it (read_column_near_field); the others together
 * (read_columns_missing). Never mapped: a wrong guess would read the wrong numbers unsaid. A key
 * two unread columns are near is left among the others, as either could be meant.
 *
 * @example header 学校名称 | 在校生数 | 教学及辅助用方面积（㎡） (C), missing [teachingArea, equipmentValue]
 * // [read_column_near_field at C1 (field teachingArea, column C), read_columns_missing at A1 (fieldList "equipmentValue")]
 */
export function missingColumnIssues(band: HeaderBand, missing: readonly string[], unread: readonly number[], headerCell: string): Issue[] {
  const near = nearColumns(band, missing, unread);
  const single = near.filter((n) => near.filter((o) => o.missing === n.missing).length === 1);
  const rest = missing.filter((k) => !single.some((n) => n.missing === k));
  const others = rest.length === 0 ? [] : [issueAtCell("read_columns_missing", "warning", headerCell, { sheet: band.sheet, fieldList: rest.join(",") })];
  return [...single.map((n) => nearIssue(band, n)), ...others];
}
