import { CODE_HEADER, ROW_NUMBER_HEADER } from "./aliases";
import { firstCompleteSet } from "./firstCompleteSet";
import { inStageScope } from "./inStageScope";
import type { Issue } from "../../engine/types";
import { columnLetters } from "../address";
import { analysePath } from "./matchHeaderPath";
import { headerRowOf, type HeaderBand } from "./findHeader";
import { issueAt } from "./issue";
import type { ColumnRole } from "./keys";
import { missingKeys } from "./matchColumns";
import { mergedBucketColumns } from "./mergedBucketIssues";
import { BACKBONE_PART_SETS, type Part } from "./keys";
import { PE_ART_PARTS } from "./rowFields";
import { STAGES, type Stage } from "../../engine/types";

/** Fields that may be given as a sum of part columns, and the sets of parts that make up a whole (rowFields). */
const PART_SETS: readonly (readonly [string, readonly (readonly Part[])[]])[] = [
  ["peArtTeachers", PE_ART_PARTS],
  ["backboneTeachers", BACKBONE_PART_SETS],
];

/** The parts of `key` a stage reads (its own columns and those without a stage); null among them when a column gives the whole. */
function partsFor(roles: readonly ColumnRole[], key: string, stage: Stage): Set<Part | null> {
  return new Set(roles.filter((r) => r.key === key && inStageScope(r, stage)).map((r) => r.part));
}

/**
 * A field given only in parts that make up no whole for some stage (体育教师 without 音乐 / 美术):
 * its indicator cannot be counted, as if its column were missing, and the part it lacks may be
 * among the unread headers (音乐美术教师).
 */
function partsShort(roles: readonly ColumnRole[]): boolean {
  return PART_SETS.some(([key, sets]) =>
    STAGES.some((stage) => {
      const parts = partsFor(roles, key, stage);
      return parts.size > 0 && !parts.has(null) && firstCompleteSet(sets, (p) => parts.has(p)) === undefined;
    }),
  );
}

/** Headers of columns that hold no figure of any school: row numbers (序号, 编号), 备注, 说明, and codes (学校代码, 学校标识码). */
const NO_FIGURE = new RegExp(`${ROW_NUMBER_HEADER}|^(备注|说明|附注)$|${CODE_HEADER}`);

/** Whether a header says its column holds no figure (NO_FIGURE), by its lowest segment as the reader normalises it. */
function holdsNoFigure(path: readonly string[]): boolean {
  return NO_FIGURE.test(analysePath(path).segments.at(-1) ?? "");
}

/**
 * Every column with a header the reader left unread, in one info issue at the header row of the
 * first, each with its column letter (`unreadColumns`, one per line) and header (`headers`, joined
 * by 、), so that no column is dropped unsaid (workbooks.md: the user confirms or fixes the mapping):
 * a merged class-size bucket whose buckets are read from their own columns, a per-student value,
 * a header the aliases do not know. Columns that hold no figure (序号, 备注, 学校代码) are left out — unless a column the evaluation needs is missing
 * (read_columns_missing) or a field is given only in parts that make up no whole (partsShort:
 * 体育教师 read, 音乐美术教师 not): then every unread header is listed, as one of them may hold it
 * under a wording the aliases do not know, for the user to map in the task pane. Merged
 * class-size buckets warned at their header (mergedBucketColumns) are left out as well: that
 * warning says why each was not read, and this note would call them unknown.
 *
 * @example header 学校名称 | 在校生数 | … | 51-60人 (Z, beside 51-55人 and 56-60人) | 生均公用经费（元） (AD), nothing missing → one issue at Z's header cell, unreadColumns "Z“51-60人”\nAD“生均公用经费（元）”"
 * @example header 序号 | 学校名称 | 在校生数 | 校舍用房, roles name B and students C → one issue at A's header cell, headers "序号、校舍用房"
 */
export function unmatchedHeaders(band: HeaderBand, roles: readonly ColumnRole[]): Issue[] {
  const used = new Set([...roles.map((r) => r.column), ...mergedBucketColumns(band, roles)]);
  const wanting = missingKeys(roles).length > 0 || partsShort(roles);
  const named = (path: readonly string[]): boolean => path.join("").trim() !== "" && (wanting || !holdsNoFigure(path));
  const unmatched = band.columns.filter((c) => !used.has(c.column) && named(c.path));
  const first = unmatched[0];
  if (first === undefined) return [];
  const headers = unmatched.map((c) => c.path.join("/")).join("、");
  const unreadColumns = unmatched.map((c) => `${columnLetters(c.column)}“${c.path.join("/")}”`).join("\n");
  return [issueAt("read_columns_unmatched", "info", band.sheet, headerRowOf(band, first.column), first.column, { sheet: band.sheet, headers, unreadColumns })];
}
