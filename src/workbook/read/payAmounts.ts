import { normaliseText } from "./text";

/** Whose average pay a row gives: the teachers' or the local civil servants'. */
export type PayKind = "teacher" | "civil";

/**
 * Whose amount of pay an item name gives (教师年平均工资（元）, 当地公务员平均工资收入水平（元/年）),
 * or null. A name with 比 (之比, 比例, 与…之比) is the ratio G8 itself; one without 元 or 平均 /
 * 收入 / 水平 (教师工资按时足额发放) is not an amount.
 *
 * @example payAmountKind("教师年平均工资（元）") // "teacher"
 * @example payAmountKind("教师平均工资与公务员平均工资之比") // null
 */
export function payAmountKind(name: string): PayKind | null {
  const t = normaliseText(name);
  if (!t.includes("工资") || t.includes("比") || !/元|平均|收入|水平/.test(t)) return null;
  if (t.includes("公务员")) return "civil";
  return t.includes("教师") ? "teacher" : null;
}

/** One row giving an amount of pay, its value in yuan (null when it cannot be read). */
export interface PayRow {
  readonly kind: PayKind;
  readonly value: number | null;
}

/**
 * G8 from the two amounts of pay when the sheet gives both and no ratio: teachers' ÷ civil
 * servants' average pay (rules.md §4 item 8: 教师平均工资收入水平不低于当地公务员平均工资收入水平).
 * Null when either is missing, given twice, or not a positive amount.
 *
 * @example payRatio([{ kind: "teacher", value: 90000 }, { kind: "civil", value: 95000 }]) // { teacher: …, civil: …, ratio: 0.9473684… }
 */
export function payRatio<R extends PayRow>(rows: readonly R[]): { teacher: R; civil: R; ratio: number } | null {
  const teachers = rows.filter((r) => r.kind === "teacher");
  const civils = rows.filter((r) => r.kind === "civil");
  const [teacher, civil] = [teachers[0], civils[0]];
  if (teachers.length !== 1 || civils.length !== 1 || teacher === undefined || civil === undefined) return null;
  if (teacher.value === null || civil.value === null || !(teacher.value > 0 && civil.value > 0)) return null;
  return { teacher, civil, ratio: teacher.value / civil.value };
}
