import type { SchoolType } from "../../engine/types";
import type { StatedKind } from "./rowMeta";
import { isCenterSchool, namesBothStages, outOfScopeType } from "./schoolKind";

/**
 * The type a row's 学段 gives when neither its type cell nor its name names a known kind: the
 * stage (小学 → primary, 初中 → junior) when the type cell is blank or holds a word that names no
 * kind outside compulsory education (中心校, 民族学校; not 幼儿园: outOfScopeType); for such a word a
 * 学段 naming both stages (中小学, 九年一贯制) makes a 九年一贯制. Null otherwise: a blank type beside
 * 中小学 stays unknown, as a blank type says nothing of a combined school.
 *
 * @example typeByStage(中心校 | 小学) // "primary"; typeByStage(民族学校 | 中小学) // "nine_year"
 * @example typeByStage(幼儿园 | 小学) // null; typeByStage(blank | 初中) // "junior"
 */
export function typeByStage(stated: StatedKind): SchoolType | null {
  const typeText = stated.typeCell?.text ?? null;
  const stage = stated.stageCell;
  if (stage === null || (typeText !== null && outOfScopeType(typeText))) return null;
  if (stage.value !== null) return stage.value;
  return typeText !== null && namesBothStages(stage.text) ? "nine_year" : null;
}

/** A 中心校 word as the row states it: the cell's column (null: the name) and its text. */
export interface CenterWord {
  readonly column: number | null;
  readonly text: string;
}

/**
 * The 乡镇中心校 word (isCenterSchool) of a row whose 学段 is blank or absent: its type cell's, else
 * its name's; null when neither says 中心校 or a 学段 is given (a 学段 says what the school is:
 * typeByStage, or, for 高中 or 幼儿园, that it is none the reader evaluates).
 *
 * @example centerWord(白马镇中心校 | 中心校 | blank 学段) // { column: 1, text: "中心校" }
 * @example centerWord(白马镇中心校, no type column) // { column: null, text: "白马镇中心校" }
 */
export function centerWord(stated: StatedKind, name: string): CenterWord | null {
  if (stated.stageCell !== null) return null;
  const cell = stated.typeCell;
  if (cell !== null && isCenterSchool(cell.text)) return { column: cell.column, text: cell.text };
  return isCenterSchool(name) ? { column: null, text: name } : null;
}
