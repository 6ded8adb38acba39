import { contraryWording } from "./figureWording";
import { normaliseText } from "./text";

/** Whose average pay a row gives: the teachers' or the local civil servants'. */
export type PayKind = "teacher" | "civil";

/**
 * Words stating G8's floor, teachers' pay not below civil servants' (不低于, 高于, 达到, ≥): a name
 * with one states G8, answered 是 / 否. A bare 低于 / 少于 is not among them: it states G8 the
 * other way round (contraryWording), whose 是 / 否 is not read.
 */
const STATES_FLOOR = /不低于|不少于|不得低于|高于|超过|达到|持平|相当|≥|>=|>/;

/**
 * Whether an item name states G8 itself, the teachers' average pay compared with the civil
 * servants' (教师平均工资不低于公务员平均工资): a yes / no statement, not an amount and not the ratio
 * G8 is judged by (rules.md §4 item 8), so that its 是 / 否 says nothing of how far apart the two are.
 * One worded the other way round (教师工资低于公务员: contraryWording) names G8 too, so that it is not
 * taken for an amount of pay; its 是 / 否 is refused where it is read (answeredFigure.ts refusedAnswer).
 *
 * @example payStatement("教师平均工资不低于公务员平均工资") // true
 * @example payStatement("教师工资收入低于当地公务员") // true (worded against G8)
 * @example payStatement("教师年平均工资（元）") // false
 */
export function payStatement(name: string): boolean {
  const t = normaliseText(name);
  if (!t.includes("工资") || !t.includes("教师") || !t.includes("公务员")) return false;
  return STATES_FLOOR.test(t) || contraryWording("G8_pay_ratio", t);
}

/**
 * Whose amount of pay an item name gives (教师年平均工资（元）, 当地公务员平均工资收入水平（元/年）),
 * or null. A name with 比 (之比, 比例, 与…之比) is the ratio G8 itself; one comparing the two pays
 * (教师平均工资不低于公务员平均工资: payStatement) states G8; one without 元 or 平均 / 收入 / 水平
 * (教师工资按时足额发放) is not an amount.
 *
 * @example payAmountKind("教师年平均工资（元）") // "teacher"
 * @example payAmountKind("教师平均工资与公务员平均工资之比") // null
 * @example payAmountKind("教师平均工资不低于公务员平均工资") // null
 */
export function payAmountKind(name: string): PayKind | null {
  const t = normaliseText(name);
  if (!t.includes("工资") || t.includes("比") || payStatement(name) || !/元|平均|收入|水平/.test(t)) return null;
  if (t.includes("公务员")) return "civil";
  return t.includes("教师") ? "teacher" : null;
}

/** One row giving an amount of pay, its value in yuan (null when it cannot be read). */
export interface PayRow {
  readonly kind: PayKind;
  readonly value: number | null;
}

/** A row whose amount was read as a positive number of yuan: one G8 can be computed from. */
type Paid<R extends PayRow> = R & { readonly value: number };

function isPaid<R extends PayRow>(row: R | undefined): row is Paid<R> {
  return row !== undefined && row.value !== null && row.value > 0;
}

/**
 * G8 from the two amounts of pay when the sheet gives both and no ratio: teachers' ÷ civil
 * servants' average pay (rules.md §4 item 8: 教师平均工资收入水平不低于当地公务员平均工资收入水平).
 * Null when either is missing, given twice, or not a positive amount.
 *
 * @example payRatio([{ kind: "teacher", value: 90000 }, { kind: "civil", value: 95000 }]) // { teacher: …, civil: …, ratio: 0.9473684… }
 */
export function payRatio<R extends PayRow>(rows: readonly R[]): { teacher: Paid<R>; civil: Paid<R>; ratio: number } | null {
  const teachers = rows.filter((r) => r.kind === "teacher");
  const civils = rows.filter((r) => r.kind === "civil");
  const [teacher, civil] = [teachers[0], civils[0]];
  if (teachers.length !== 1 || civils.length !== 1 || !isPaid(teacher) || !isPaid(civil)) return null;
  return { teacher, civil, ratio: teacher.value / civil.value };
}

/**
 * How far a G8 ratio given as such may be from the one its amounts give and still be the same
 * ratio rounded: 0.005, as a ratio written to two decimals (1.02, or 102%) is at most half a
 * hundredth off (9000 / 8800 = 1.0227… written 1.02); one written with more digits is closer
 * still. A tiny margin keeps 1.025 written 1.03 (exactly half a hundredth) within it despite
 * floating point. As GIVEN_RATE_TOLERANCE is for G11's rates, in the ratio's own scale.
 */
export const GIVEN_PAY_RATIO_TOLERANCE = 0.005 + 1e-9;

/** How a G8 ratio given as such stands against the one its amounts give (givenPayRatioCheck). */
export type GivenPayRatioCheck = "agrees" | "differs" | "fails_on_amounts";

/**
 * Whether a G8 ratio given as such (`given`) agrees with the one its two amounts of pay give
 * (`computed`, payRatio) within rounding (GIVEN_PAY_RATIO_TOLERANCE), and whether the two decide
 * the item alike against `threshold`, the profile's G8_pay_ratio (rules.md §4 item 8: teachers' pay
 * not below civil servants', national-2017 a ratio of at least 1): "fails_on_amounts" whenever the
 * given reaches it and the amounts' does not — also within rounding (1.00 written for 0.996), as
 * the verdict turns on it. A null threshold (G8 judged by no figure) decides nothing of the item.
 *
 * @example givenPayRatioCheck(1.05, 8000 / 8500, 1) // "fails_on_amounts" (16 / 17 = 0.9411…)
 * @example givenPayRatioCheck(1.02, 9000 / 8800, 1) // "agrees" (45 / 44 = 1.0227…, 0.0027 apart)
 */
export function givenPayRatioCheck(given: number, computed: number, threshold: number | null): GivenPayRatioCheck {
  if (threshold !== null && given >= threshold && computed < threshold) return "fails_on_amounts";
  return Math.abs(given - computed) <= GIVEN_PAY_RATIO_TOLERANCE ? "agrees" : "differs";
}
