import { SINGLE_FIELD } from "../../engine/numerators";
import { INDICATOR_CODES, type FieldKey, type IndicatorCode, type SectionResult } from "../../engine/types";
import { message, placeholdersOf } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";

/** The fields each indicator is computed from (rules.md §2; numerators.ts): L4 net of the indoor rooms, L5 from the ground and halls or their total. */
function fieldsOf(code: IndicatorCode): readonly FieldKey[] {
  if (code === "L4") return ["teachingArea", "indoorSportsArea"];
  if (code === "L5") return ["sportsGroundArea", "indoorSportsArea", "sportsTotalArea"];
  return [SINGLE_FIELD[code]];
}

/**
 * A reason a section is not evaluable for which no issue was raised, worded from the section
 * itself. Out-of-scope sections raise none (evaluateSection: their data count nowhere), so a reason
 * whose text needs more than the school, stage and row (missing_numerator's {field} and
 * {indicator}) names instead each indicator left blank and the fields it is computed from.
 * @example unlistedReasons("missing_numerator", 石门教学点 without L7, params, "en") // ["石门教学点 (Primary): L7 cannot be computed: a value it is computed from (Networked multimedia classrooms) is missing …"]
 */
export function unlistedReasons(code: string, section: SectionResult, params: Readonly<Record<string, string>>, lang: Lang): string[] {
  if (placeholdersOf(code, lang).every((name) => name in params)) return [message(code, params, lang)];
  const blank = INDICATOR_CODES.filter((c) => section.indicators[c] === undefined);
  return blank.map((indicator) => message("out_reason_out_of_scope", { ...params, indicator, fieldList: fieldsOf(indicator).join(",") }, lang));
}
