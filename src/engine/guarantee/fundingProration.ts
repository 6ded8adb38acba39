import { STAGES, type FundingProration, type SchoolRecord, type Stage } from "../types";
import { stageStudents } from "./recordValues";

/**
 * How a combined school's tier is split between its stages' norms (requiredFor: Σ norm × stage
 * students × funded ÷ students), for its 说明: the stages with students, when at least two have
 * some and a tier raised the students (`funded` ≠ their total); null otherwise, or when the
 * students are not split by stage. The boarders' extra, where the requirement adds one, is the
 * school's own (fundingBoarding). rules.md §4 item 6, §7.
 *
 * @example fundingProration(河北学校 of 166 小学 + 210 初中, 500, { primary: 800, junior: 1040 })
 * // { stages: [{ stage: "primary", students: 166, norm: 800 }, { stage: "junior", students: 210, norm: 1040 }], students: 376, funded: 500 }
 */
export function fundingProration(records: readonly SchoolRecord[], funded: number, norm: Readonly<Record<Stage, number>>): FundingProration | null {
  const byStage = stageStudents(records);
  if (byStage === null) return null;
  const stages = [...byStage].filter(([, t]) => t.value > 0).map(([stage, t]) => ({ stage, students: t.value, norm: norm[stage] }));
  // In STAGES order whatever the order of the school's rows (a 初中部 row above its 小学部).
  stages.sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const students = stages.reduce((sum, s) => sum + s.students, 0);
  return stages.length >= 2 && funded !== students ? { stages, students, funded } : null;
}

