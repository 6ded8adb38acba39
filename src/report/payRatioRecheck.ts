import type { Issue } from "../engine/types";
import type { Profile } from "../profiles/schema";
import { givenPayRatioCheck, type GivenPayRatioCheck } from "../workbook/read/payAmounts";

/** The reader's codes for a G8 ratio given beside its amounts, by how the two stand (payFigures.ts checkGivenRatio). */
export const PAY_CHECK_CODES: Readonly<Record<GivenPayRatioCheck, string>> = {
  agrees: "read_figure_pay_amounts_agree",
  differs: "read_figure_pay_ratio_differs",
  fails_on_amounts: "read_figure_pay_ratio_fails_on_amounts",
};

/**
 * A G8 ratio given beside its amounts checked again against the profile the run used: the reader
 * judged it against the default profile's threshold (it does not know the run's), so whether the
 * item fails on the amounts, and the threshold the text quotes, are the run's (rules.md §4 item 8).
 * The code and severity follow (agreeing is a note, the rest warnings). An issue without the
 * reader's numbers (givenRatio, teacher, civil) is returned as it is.
 * @example payRatioRechecked(read_figure_pay_ratio_differs { givenRatio: 1.05, teacher: 10400, civil: 10000, … }, G8 threshold 1.05)
 * // read_figure_pay_ratio_fails_on_amounts { …, threshold: 1.05 } (1.05 reaches 1.05, 1.04 does not)
 */
export function payRatioRechecked(issue: Issue, profile: Profile): Issue {
  const { givenRatio, teacher, civil } = issue.params;
  if (typeof givenRatio !== "number" || typeof teacher !== "number" || typeof civil !== "number") return issue;
  const threshold = profile.countyItems.G8_pay_ratio?.threshold ?? null;
  const check = givenPayRatioCheck(givenRatio, teacher / civil, threshold);
  const { threshold: _judged, ...rest } = issue.params;
  const params = threshold === null ? rest : { ...rest, threshold };
  return { ...issue, code: PAY_CHECK_CODES[check], severity: check === "agrees" ? "info" : "warning", params };
}
