import type { SchoolType, Stage } from "../../engine/types";
import type { Grid } from "../types";
import type { ColumnRole } from "./keys";
import type { Classified } from "./rowKind";

/** What the check needs of a sheet's pass (readSchoolRows). */
export interface TotalRowInput extends Partial<Ownership> {
  readonly grid: Grid;
  readonly kinds: ReadonlyMap<number, Classified>;
  readonly nameColumn: number;
  /** The rows read as schools (0-based), a campus row or a senior part among them. */
  readonly schoolRows: readonly number[];
  readonly fieldRoles: readonly ColumnRole[];
  /** Rows named after a county that were skipped as its subtotal (read_county_total_row): part totals too. */
  readonly countyTotals?: ReadonlySet<number>;
  /** School rows hidden or filtered out and not read (0-based): a total that counts them disagrees, and their numbers say whether they are why. */
  readonly skippedRows?: readonly number[];
  /**
   * Each school row's stage as the reader assigned it (0-based row → the section's stage; "senior" a
   * 高中部 row; null a whole combined school or a row of no known stage): a stage's subtotal adds up
   * that stage's rows. A row not in it is of no known stage.
   */
  readonly rowStages?: ReadonlyMap<number, RowStage>;
  /** Each school row's kind of school as the reader assigned it (0-based row): a 九年一贯制小计 adds up those rows. A row not in it is of no known kind. */
  readonly rowTypes?: ReadonlyMap<number, SchoolType>;
  /**
   * Senior high schools' rows (0-based), out of scope and read as no school (read_senior_school_row:
   * 县第一高级中学 | 高级中学 | 高中 | 2460): a plain total (合计, 城区小计) and 中学合计 may count them
   * or not, as a 高中部 row; a 小学 / 初中 subtotal or a kind's never does.
   */
  readonly seniorSchoolRows?: readonly number[];
  /**
   * For each 其中 line naming a 民办 or 公办 group under a total (withOwnershipLines), the school rows that
   * total adds up, 0-based: the group's schools are among those, not every school above the line.
   */
  readonly ownershipSpans?: ReadonlyMap<number, readonly number[]>;
}

/** Who runs the school rows (0-based), as the reader read 办学性质 / 举办者 (rowFlags): what a 民办学校小计 or 公办学校小计 whose block is not written adds up (ownershipGroupIssue). */
export interface Ownership {
  /** School rows read as 民办. */
  readonly privateRows: readonly number[];
  /** School rows read as 公办. */
  readonly publicRows: readonly number[];
  /** School rows whose 办学性质 / 举办者 is blank or unreadable, when the sheet has such a column (none without): who runs them is not known. */
  readonly ownershipUnknownRows: readonly number[];
  /** Whether the sheet has a 办学性质 or 举办者 column: with one, no row read as 民办 means the sheet lists no 民办 school; without, nothing is known of who runs any. */
  readonly ownershipTold: boolean;
  /** Senior high schools' rows (seniorSchoolRows) read as 民办: such a subtotal may count them or not. */
  readonly privateSeniorRows: readonly number[];
  /** Senior high schools' rows read as 公办. */
  readonly publicSeniorRows: readonly number[];
}

/** A school row's stage for a stage's subtotal: a section's, a 高中部's, or null (a whole combined school, or not known). */
export type RowStage = Stage | "senior" | null;

/** The input with its senior high schools' rows as a set, each of them a 高中部 ("senior") in `rowStages`. */
export interface SeniorInput extends TotalRowInput {
  readonly seniorSchools: ReadonlySet<number>;
}

/** The input with its senior high schools (SeniorInput). @example seniorSchoolRows [4] → seniorSchools {4}, rowStages 4 → "senior" */
export function withSeniorSchools(input: TotalRowInput): SeniorInput {
  const seniorSchools = new Set(input.seniorSchoolRows ?? []);
  if (seniorSchools.size === 0) return { ...input, seniorSchools };
  const rowStages = new Map<number, RowStage>([...(input.rowStages ?? []), ...[...seniorSchools].map((row) => [row, "senior"] as const)]);
  return { ...input, rowStages, seniorSchools };
}
