/** Evaluated sections for coefficient and total tests (not used by production code). */
import type { Profile } from "../../profiles/schema";
import { evaluateSection } from "../evaluateSection";
import { recordSections } from "../recordSections";
import type { SchoolRecord, SectionResult } from "../types";
import { NATIONAL, recordOf, type Numbers } from "./fixtures";

/** The sections of records built from numbers (ids S!2, S!3, … in order). */
export function sectionsOf(rows: readonly { values: Numbers; over?: Partial<SchoolRecord> }[], profile: Profile = NATIONAL): SectionResult[] {
  return rows.flatMap((row, i) =>
    recordSections(recordOf(row.values, { id: `S!${i + 2}`, source: { sheet: "S", row: i + 2 }, ...row.over }), profile).map((s) => evaluateSection(s, profile).section),
  );
}

/** WE-1 (rules.md §3): students and resource totals of five primary schools. */
export const WE1_STUDENTS = [45, 37, 89, 76, 55] as const;
export const WE1_TOTALS = [279, 137, 935, 160, 402] as const;

/** Five primary schools whose every numerator is proportional to the WE-1 totals (so every CV is 0.515257). */
export function we1Rows(): { values: Numbers }[] {
  return WE1_STUDENTS.map((students, i) => {
    const t = WE1_TOTALS[i] ?? 0;
    return {
      values: { students, qualifiedTeachers: t, backboneTeachers: t, peArtTeachers: t, teachingArea: t, sportsTotalArea: t, equipmentValue: t, multimediaRooms: t },
    };
  });
}
