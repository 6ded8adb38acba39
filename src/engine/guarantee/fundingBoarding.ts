import type { FundingBoarding, SchoolRecord } from "../types";
import { groupShared } from "./recordValues";

/**
 * The boarding extra a school's G6 requirement adds (requiredYuan: norm + perBoarder × boarders),
 * for its 说明: the boarders of all its rows and `perBoarder` (the profile's boardingExtra); null
 * when it adds nothing (no boarders given, none, or no extra). rules.md §4 item 6.
 *
 * @example fundingBoarding(河口乡中学 with 463 boarders, 300) // { boarders: 463, perBoarder: 300 }
 */
export function fundingBoarding(records: readonly SchoolRecord[], perBoarder: number): FundingBoarding | null {
  const boarders = groupShared(records, "boardingStudents")?.value ?? 0;
  return boarders > 0 && perBoarder > 0 ? { boarders, perBoarder } : null;
}
