import { bucketPartition } from "../../engine/guarantee/classCounts";
import { MERGED_CLASS_BUCKETS, STAGES, TEACHER_SUBSETS, type ClassBucketSpan, type FieldKey, type Fields, type Issue, type Sourced, type Stage } from "../../engine/types";
import { sizesText } from "./bucketColumnProblem";
import { cellsText } from "./cellsText";
import { issueAtCell } from "./issue";
import { studentsBeyondClasses } from "./studentsBeyondClasses";


/**
 * A total and the counts that cannot exceed it, each said as its code: the teacher subsets; the
 * boarders (寄宿生, a part of the students: G6 funds them); the classes (a class holds at least one
 * pupil: G3 counts its rooms from them). Classes are held to a total above 0 only: beside 0 students
 * the students' cell is the suspect, and the zero-students warning says so.
 */
interface PartsOfTotal {
  readonly total: "teachers" | "students";
  readonly parts: readonly FieldKey[];
  readonly code: string;
}

const PARTS_OF_TOTALS: readonly PartsOfTotal[] = [
  { total: "teachers", parts: TEACHER_SUBSETS, code: "read_exceeds_teachers" },
  { total: "students", parts: ["boardingStudents", "classes"], code: "read_exceeds_students" },
];

/**
 * Drops numbers that contradict the row's own total: more qualified, backbone, PE / art,
 * certified or trained teachers than full-time teachers, more boarders or classes than students
 * (PARTS_OF_TOTALS; when the total is given). Each is an error at the offending cell, and the
 * field is left out rather than trusted, so what depends on it is not assessed. Warns, reading the
 * value, at teachers above the students and at students above what the classes hold.
 *
 * @example { teachers: 20, qualifiedTeachers: 25 } → qualifiedTeachers dropped, read_exceeds_teachers at its cell
 * @example { students: 488, boardingStudents: 800 } → boardingStudents dropped, read_exceeds_students at its cell
 */
export function checkFields(fields: Fields, issues: Issue[]): Fields {
  const parts = PARTS_OF_TOTALS.reduce((out, p) => checkParts(out, p, issues), fields);
  checkTeachersOverStudents(parts, issues);
  const checked = checkRooms(parts, issues);
  const partition = bucketPartition((key) => checked[key] !== undefined);
  checkClassBuckets(checked, partition, issues);
  checkMergedBuckets(checked, partition, issues);
  checkLargestClass(checked, partition, issues);
  checkStudentsOverClasses(checked, issues);
  checkZeroClasses(checked, issues);
  return checked;
}

/**
 * Students this many times what the classes hold or more may point to an extra digit in the students'
 * cell (17860 for 1786 is 9.5 times 1886); fewer, to any of the three cells: 63 pupils in 2
 * classes of at most 30 is no extra digit (that would be some 600).
 */
const EXTRA_DIGIT_RATIO = 5;

/**
 * Warns at a student count its classes cannot hold (studentsBeyondClasses: more than classes ×
 * the largest class): a value outlier (read_value_outlier_…), read as given, which the results
 * resting on the cell name, all three cells named. The words blame an extra digit in the students'
 * cell only far beyond (EXTRA_DIGIT_RATIO) and when dropping one of its digits makes the numbers
 * fit (extraDigitFits); else they blame no cell (…_slightly): 6 pupils in 1 class of at most 1 is
 * no 6 typed for a count of no digits (R1 of s49), the largest class is as likely wrong.
 *
 * @example { students: 17860 at E7, classes: 46 at F7, largestClass: 41 at G7 } → read_value_outlier_students_over_classes at E7 { most: 1886 }
 * @example { students: 63 at E27, classes: 2 at I27, largestClass: 30 at AM27 } → read_value_outlier_students_over_classes_slightly at E27 { most: 60 }
 * @example { students: 6, classes: 1, largestClass: 1 } → read_value_outlier_students_over_classes_slightly { most: 1 }
 */
function checkStudentsOverClasses(fields: Fields, issues: Issue[]): void {
  const most = studentsBeyondClasses(fields);
  const { students, classes, largestClass } = fields;
  if (most === null || students === undefined || classes === undefined || largestClass === undefined) return;
  const params = { value: students.value, classes: classes.value, largest: largestClass.value, most, classesCell: classes.cell ?? "", largestCell: largestClass.cell ?? "" };
  const digit = students.value >= EXTRA_DIGIT_RATIO * most && extraDigitFits(students.value, classes.value, most);
  const code = digit ? "read_value_outlier_students_over_classes" : "read_value_outlier_students_over_classes_slightly";
  issues.push(issueAtCell(code, "warning", students.cell, params));
}

/**
 * Whether dropping one digit of a whole student count leaves a count its classes hold: at least one
 * pupil a class and at most `most` (classes × the largest class). A count of one digit has none to drop.
 * @example extraDigitFits(17860, 46, 1886) // true: 1786 (or 1760, 1780, 1860)
 * @example extraDigitFits(6, 1, 1) // false; extraDigitFits(300, 2, 60) // true: 30
 */
export function extraDigitFits(students: number, classes: number, most: number): boolean {
  const digits = String(students);
  if (!Number.isInteger(students) || digits.length < 2) return false;
  for (let i = 0; i < digits.length; i++) {
    const dropped = Number(digits.slice(0, i) + digits.slice(i + 1));
    if (dropped >= Math.max(classes, 1) && dropped <= most) return true;
  }
  return false;
}

/**
 * Warns at a 班级数 of 0, or else a 最大班额 of 0 beside classes, in a row with students (12 pupils in
 * 0 classes; 3 pupils whose largest class is 0: R1 of s49, silent before, for studentsBeyondClasses
 * needs both above 0): a school with pupils has a class, of one pupil at least. Read as given; G3
 * counts the music and art rooms needed from the classes, and G5 the largest class, so the cell is
 * named as a value outlier (read_value_outlier_zero_classes), the students' cell beside it.
 *
 * @example { students: 12 at C6, classes: 0 at D6 } → read_value_outlier_zero_classes at D6 { field: "classes", students: 12, studentsCell: "C6" }
 * @example { students: 3 at C3, classes: 1, largestClass: 0 at E3 } → read_value_outlier_zero_classes at E3 { field: "largestClass" }
 */
function checkZeroClasses(fields: Fields, issues: Issue[]): void {
  const { students } = fields;
  const zero = zeroClassField(fields);
  if (students === undefined || students.value <= 0 || zero === null) return;
  const params = { field: zero, students: students.value, studentsCell: students.cell ?? "" };
  issues.push(issueAtCell("read_value_outlier_zero_classes", "warning", fields[zero]?.cell ?? null, params));
}

/** The field checkZeroClasses warns at: 班级数 when 0, else 最大班额 when 0 beside classes not 0 (a 0 there follows from no class). */
function zeroClassField({ classes, largestClass }: Fields): "classes" | "largestClass" | null {
  if (classes?.value === 0) return "classes";
  return largestClass?.value === 0 && (classes === undefined || classes.value > 0) ? "largestClass" : null;
}

/**
 * Warns at a teacher count above the row's students (more 高于规定学历教师 than pupils): most likely
 * a wrong cell, but not impossible (a special school), so the value is read and the warning is a
 * value outlier (read_value_outlier_…), which the results resting on the cell name. The 专任教师数
 * when given (its subsets are held to it: checkParts), else each subset: a sheet without that
 * column had no check at all. Beside 0 students the zero-students warning speaks.
 *
 * @example { students: 1062 at C3, qualifiedTeachers: 3652 at D3 } → read_value_outlier_teachers_over_students at D3
 */
function checkTeachersOverStudents(fields: Fields, issues: Issue[]): void {
  const students = fields.students;
  if (students === undefined || students.value <= 0) return;
  const keys = fields.teachers === undefined ? TEACHER_SUBSETS : (["teachers"] as const);
  for (const key of keys) {
    const v = fields[key];
    if (v === undefined || v.value <= students.value) continue;
    issues.push(issueAtCell("read_value_outlier_teachers_over_students", "warning", v.cell, { field: key, value: v.value, students: students.value, studentsCell: students.cell ?? "" }));
  }
}

/**
 * A whole-school row's shared boarders and classes held to the students of its stages, when every
 * stage gives them and the row gives no total of its own (小学在校生 90, 初中在校生 40, one 寄宿生
 * 200): checkFields compares within one scope, so these were never checked and G6 counted 200
 * boarders of 130 students. The same rule and error as checkFields' (PARTS_OF_TOTALS), the
 * students' cells named together.
 *
 * @example shared { boardingStudents: 200 at F8 }, stages { primary: 90 at C8, junior: 40 at D8 } → dropped, read_exceeds_students { students: 130, studentsCell: "学校!C8:D8" }
 */
export function checkSharedParts(shared: Fields, stageFields: Partial<Record<Stage, Fields>>, issues: Issue[]): Fields {
  const students = STAGES.map((s) => stageFields[s]?.students);
  if (shared.students !== undefined || !students.every((v): v is Sourced => v !== undefined)) return shared;
  const cell = cellsText(students.map((v) => v.cell).filter((c): c is string => c !== null));
  const total = { value: students.reduce((sum, v) => sum + v.value, 0), cell };
  const spec = PARTS_OF_TOTALS.find((p) => p.total === "students");
  if (spec === undefined) return shared;
  const { students: _total, ...out } = checkParts({ ...shared, students: total }, spec, issues);
  return out;
}

/**
 * Warns when 最大班额 falls in no bucket that holds a class, or below a bucket that does (rules.md
 * §4 item 5): 最大班额 60 with every class in 46–50. The class sizes are counted from the buckets,
 * so G5 may pass on them while the largest class says a class is over the cap: the warning at the
 * 最大班额 cell names the bucket it should fall in.
 *
 * @example { largestClass: 60, buckets all in 46–50 } → read_largest_class_buckets at the 最大班额 cell (bucket 56–60 empty)
 */
function checkLargestClass(fields: Fields, buckets: readonly ClassBucketSpan[] | null, issues: Issue[]): void {
  const largest = fields.largestClass;
  if (largest === undefined || buckets === null) return;
  const given = buckets.map((b) => ({ bucket: b, value: fields[b.key]?.value }));
  const own = given.find((g) => largest.value >= g.bucket.min && largest.value <= g.bucket.max);
  const above = given.some((g) => g.bucket.min > largest.value && (g.value ?? 0) > 0);
  if (own === undefined || ((own.value ?? 0) > 0 && !above)) return;
  issues.push(issueAtCell("read_largest_class_buckets", "warning", largest.cell, { largest: largest.value, range: sizesText(own.bucket.min, own.bucket.max) }));
}

/** The buckets of `partition` that make up `merged` exactly (56-60, 61-65, 66+ for 56+); null when its edges are no edges of the partition. */
function partsOf(merged: ClassBucketSpan, partition: readonly ClassBucketSpan[]): ClassBucketSpan[] | null {
  const inside = partition.filter((b) => b.min >= merged.min && b.max <= merged.max);
  const ok = inside[0]?.min === merged.min && inside.at(-1)?.max === merged.max;
  return ok && !inside.some((b) => b.key === merged.key) ? inside : null;
}

/**
 * Warns at a merged bucket given beside the finer buckets it covers (56人及以上 beside 56-60人 |
 * 61-65人 | 66人及以上, 46-55人 beside 46-50人 | 51-55人) when it differs from their sum: the
 * class-size checks count over the finer ones (bucketPartition takes the finest buckets that
 * partition the sizes, rules.md §4 item 5), so the merged figure would be dropped unsaid. Which one
 * is right is not known; the warning at the merged cell names the finer ones' sum and cells, the
 * figure used.
 *
 * @example { 56-60: 0, 61-65: 0, 66+: 1, 56+: 5 at Z4 } → read_merged_bucket_sum at Z4 { field: "classes_ge56", value: 5, sum: 1, bucketCells: "W4:Y4" }
 */
function checkMergedBuckets(fields: Fields, partition: readonly ClassBucketSpan[] | null, issues: Issue[]): void {
  if (partition === null) return;
  for (const merged of MERGED_CLASS_BUCKETS) {
    const own = fields[merged.key];
    const parts = own === undefined ? null : partsOf(merged, partition);
    if (own === undefined || parts === null) continue;
    const given = parts.map((b) => fields[b.key]).filter((v) => v !== undefined);
    const sum = given.reduce((s, v) => s + v.value, 0);
    if (Math.abs(sum - own.value) < 1e-9) continue;
    const bucketCells = cellsText(given.map((v) => v.cell).filter((c): c is string => c !== null));
    issues.push(issueAtCell("read_merged_bucket_sum", "warning", own.cell, { field: merged.key, value: own.value, sum, bucketCells }));
  }
}

/**
 * Warns when 班级数 differs from the sum of the class-size buckets (all ten, or merged ones that
 * partition the sizes with them; rules.md §4 items 3 and 5):
 * the rooms needed are counted from 班级数, the class sizes from the buckets, so the same school
 * would be read with two class counts. Which one is right is not known: both are kept, and the
 * warning at the 班级数 cell names the buckets' cells. Partly blank buckets are left to the
 * class-size check, which warns of them.
 *
 * @example { classes: 10, buckets 0,0,0,0,5,3,2,1,0,0 } → read_class_buckets_sum at the 班级数 cell (sum 11)
 */
function checkClassBuckets(fields: Fields, partition: readonly ClassBucketSpan[] | null, issues: Issue[]): void {
  const classes = fields.classes;
  const given = (partition ?? []).map((b) => fields[b.key]).filter((v) => v !== undefined);
  if (classes === undefined || given.length === 0) return;
  const sum = given.reduce((s, v) => s + v.value, 0);
  if (Math.abs(sum - classes.value) < 1e-9) return;
  const bucketCells = cellsText(given.map((v) => v.cell).filter((c): c is string => c !== null));
  issues.push(issueAtCell("read_class_buckets_sum", "warning", classes.cell, { classes: classes.value, sum, bucketCells }));
}

/** A count of special rooms and their total area (G3, rules.md §4). */
const ROOM_PAIRS: readonly (readonly [FieldKey, FieldKey])[] = [
  ["musicRooms", "musicRoomsArea"],
  ["artRooms", "artRoomsArea"],
];

/**
 * Drops the zero of a room count and its area that contradict each other: rooms but no area (an
 * area typed as / or 无, read as 0, would fail every room), or an area but no rooms (rooms typed
 * 无 beside 99 m²). Which one is wrong is not known, so the pair is left unread through its zero, a
 * warning at that cell naming the other.
 *
 * @example { musicRooms: 2, musicRoomsArea: 0 } → musicRoomsArea dropped, read_rooms_area_disagree at its cell
 */
function checkRooms(fields: Fields, issues: Issue[]): Fields {
  let out = fields;
  for (const [rooms, area] of ROOM_PAIRS) {
    const [r, a] = [fields[rooms], fields[area]];
    if (r === undefined || a === undefined || (r.value === 0) === (a.value === 0)) continue;
    const [zero, given, zeroKey, givenKey] = r.value === 0 ? [r, a, rooms, area] : [a, r, area, rooms];
    issues.push(issueAtCell("read_rooms_area_disagree", "warning", zero.cell, { field: zeroKey, otherField: givenKey, value: given.value, otherCell: given.cell ?? "" }));
    const kept: Fields = { ...out };
    delete kept[zeroKey];
    out = kept;
  }
  return out;
}

/** The parts of one total that exceed it, dropped with an error at each (params named by the total: teachers / teachersCell, students / studentsCell). */
function checkParts(fields: Fields, { total, parts, code }: PartsOfTotal, issues: Issue[]): Fields {
  const whole = fields[total];
  if (whole === undefined) return fields;
  const out: Fields = { ...fields };
  for (const key of parts) {
    const v = fields[key];
    if (v === undefined || v.value <= whole.value || (whole.value <= 0 && key === "classes")) continue;
    issues.push(issueAtCell(code, "error", v.cell, { field: key, value: v.value, [total]: whole.value, [`${total}Cell`]: whole.cell ?? "" }));
    delete out[key];
  }
  return out;
}
