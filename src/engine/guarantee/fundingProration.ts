import { STAGES, type FundingProration, type SchoolRecord, type Stage } from "../types";
import { groupShared, stageStudents } from "./recordValues";

/**
 * How a combined school's tier is split between its stages' norms (requiredFor: Σ norm × stage
 * students × funded ÷ students), for its 说明: the stages with students, when at least two have
 * some and a tier raised the students (`funded` ≠ their total); null otherwise, or when the
 * students are not split by stage. With the boarders and `perBoarder` (the profile's boardingExtra)
 * where the requirement adds them (requiredYuan), so that the note's sum is the norm.
 * rules.md §4 item 6, §7.
 *
 * @example fundingProration(河北学校 of 166 小学 + 210 初中, 500, { primary: 800, junior: 1040 }, 300)
 * // { stages: [{ stage: "primary", students: 166, norm: 800 }, { stage: "junior", students: 210, norm: 1040 }], students: 376, funded: 500, boarding: null }
 */
export function fundingProration(records: readonly SchoolRecord[], funded: number, norm: Readonly<Record<Stage, number>>, perBoarder: number): FundingProration | null {
  const byStage = stageStudents(records);
  if (byStage === null) return null;
  const stages = [...byStage].filter(([, t]) => t.value > 0).map(([stage, t]) => ({ stage, students: t.value, norm: norm[stage] }));
  // In STAGES order whatever the order of the school's rows (a 初中部 row above its 小学部).
  stages.sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const students = stages.reduce((sum, s) => sum + s.students, 0);
  return stages.length >= 2 && funded !== students ? { stages, students, funded, boarding: boardingExtra(records, perBoarder) } : null;
}

/** The boarders and the extra per boarder that requiredYuan adds; null when it adds nothing (no boarders given, none, or no extra). */
function boardingExtra(records: readonly SchoolRecord[], perBoarder: number): FundingProration["boarding"] {
  const boarders = groupShared(records, "boardingStudents")?.value ?? 0;
  return boarders > 0 && perBoarder > 0 ? { boarders, perBoarder } : null;
}
