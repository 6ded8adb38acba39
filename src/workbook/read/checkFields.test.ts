import type { Fields, Issue } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { checkFields, checkSharedParts, extraDigitFits } from "./checkFields";

const at = (value: number, cell: string) => ({ value, cell });

describe("checkFields: students more than the classes can hold (before: a tenfold student count passed without a word)", () => {
  it("warns at the students' cell of 17860 in 46 classes of at most 41 (46 × 41 = 1886), naming the other two cells, the value still read", () => {
    const fields: Fields = { students: at(17860, "学校!E7"), classes: at(46, "学校!F7"), largestClass: at(41, "学校!G7") };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(issues).toEqual([
      { code: "read_value_outlier_students_over_classes", severity: "warning", cell: "学校!E7", params: { value: 17860, classes: 46, largest: 41, most: 1886, classesCell: "学校!F7", largestCell: "学校!G7" } },
    ]);
    for (const lang of ["zh", "en"] as const) {
      const text = message("read_value_outlier_students_over_classes", issues[0]?.params ?? {}, lang);
      expect(["17860", "46", "41", "1886", "学校!F7", "学校!G7"].map((part) => text.includes(part))).toEqual([true, true, true, true, true, true]);
    }
  });

  it("does not blame an extra digit a little beyond: 杏花村教学点's 63 pupils in 2 classes of at most 30 (2 × 30 = 60; an extra digit would be some 600)", () => {
    const fields: Fields = { students: at(63, "学校基本情况!E27"), classes: at(2, "学校基本情况!I27"), largestClass: at(30, "学校基本情况!AM27") };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(issues).toEqual([
      { code: "read_value_outlier_students_over_classes_slightly", severity: "warning", cell: "学校基本情况!E27", params: { value: 63, classes: 2, largest: 30, most: 60, classesCell: "学校基本情况!I27", largestCell: "学校基本情况!AM27" } },
    ]);
    expect(message(issues[0]!.code, issues[0]!.params, "zh")).toBe(
      "在校生数 63 人多于班级数 2 个（学校基本情况!I27）× 最大班额 30 人（学校基本情况!AM27）= 60 人，各班容纳不下：在校生数、班级数或最大班额有一处填错，仍按所填读取，请核对这几个单元格",
    );
    expect(message(issues[0]!.code, issues[0]!.params, "en")).toBe(
      "The students (63) are more than the classes (2, 学校基本情况!I27) times the largest class (30, 学校基本情况!AM27) = 60, more than the classes can hold: the students, the class count or the largest class is wrong; it was read as given; please check these cells",
    );
    // The edge: 5 × 60 = 300 students is far enough beyond for an extra digit; 299 is not.
    for (const [value, code] of [[300, "read_value_outlier_students_over_classes"], [299, "read_value_outlier_students_over_classes_slightly"]] as const) {
      const found: Issue[] = [];
      checkFields({ ...fields, students: at(value, "学校基本情况!E27") }, found);
      expect(found.map((i) => i.code)).toEqual([code]);
    }
  });

  // R1 of s49 (c1.xlsx): 6 pupils in 1 class of at most 1 is 6 times what the class holds, and was told the students'
  // cell most likely has an extra digit — but 6 has no digit to drop; the largest class (1 for 10?) is the likelier slip.
  it("blames no extra digit for 柳沟教学点's 6 pupils in 1 class of at most 1: dropping a digit of 6 leaves nothing", () => {
    const issues: Issue[] = [];
    checkFields({ students: at(6, "学校基本情况!C4"), classes: at(1, "学校基本情况!D4"), largestClass: at(1, "学校基本情况!E4") }, issues);
    expect(issues.map((i) => [i.code, i.cell, i.params.most])).toEqual([["read_value_outlier_students_over_classes_slightly", "学校基本情况!C4", 1]]);
    expect(message(issues[0]!.code, issues[0]!.params, "en")).toBe(
      "The students (6) are more than the classes (1, 学校基本情况!D4) times the largest class (1, 学校基本情况!E4) = 1, more than the classes can hold: the students, the class count or the largest class is wrong; it was read as given; please check these cells",
    );
  });

  it("blames an extra digit only when dropping one makes the numbers fit, from 5 times what the classes hold", () => {
    // 17860 in 46 × 41 = 1886: 1786 fits (46 ≤ 1786 ≤ 1886). 300 in 2 × 30 = 60: 30 fits. 6 in 1 × 1: no digit to drop.
    // 75 in 1 × 7 = 7 (over 10 times): 7 fits. 99 in 2 × 9 = 18: 9 fits. 88 in 3 × 5 = 15 (5.9 times): 8 fits; in
    // 9 classes of at most 1 (9, 9.8 times): 8 is fewer than one pupil a class. 1000 in 1 × 1: 000 is 0, no pupil.
    expect([[17860, 46, 1886], [300, 2, 60], [6, 1, 1], [75, 1, 7], [99, 2, 18], [88, 3, 15], [88, 9, 9], [1000, 1, 1]].map(([v, c, m]) => extraDigitFits(v!, c!, m!))).toEqual([true, true, false, true, true, true, false, false]);
    for (const [students, classes, largest, code] of [
      [88, 9, 1, "read_value_outlier_students_over_classes_slightly"],
      [75, 1, 7, "read_value_outlier_students_over_classes"],
      [1000, 1, 1, "read_value_outlier_students_over_classes_slightly"],
    ] as const) {
      const found: Issue[] = [];
      checkFields({ students: at(students, "学校!C2"), classes: at(classes, "学校!D2"), largestClass: at(largest, "学校!E2") }, found);
      expect([students, found.map((i) => i.code)]).toEqual([students, [code]]);
    }
  });

  // R1 of s49 (c1.xlsx): 3 pupils whose largest class is 0, and 12 pupils in 0 classes, passed without a word (the
  // product 0 is no room at all, which studentsBeyondClasses leaves out); G3 counts rooms from the classes, G5 the largest.
  it("warns at a 最大班额 of 0 beside 3 pupils in 1 class, and at a 班级数 of 0 beside 12 pupils, each read as given", () => {
    const issues: Issue[] = [];
    const largestZero: Fields = { students: at(3, "学校基本情况!C3"), classes: at(1, "学校基本情况!D3"), largestClass: at(0, "学校基本情况!E3") };
    const classesZero: Fields = { students: at(12, "学校基本情况!C6"), classes: at(0, "学校基本情况!D6"), largestClass: at(8, "学校基本情况!E6") };
    expect([checkFields(largestZero, issues), checkFields(classesZero, issues)]).toEqual([largestZero, classesZero]);
    expect(issues).toEqual([
      { code: "read_value_outlier_zero_classes", severity: "warning", cell: "学校基本情况!E3", params: { field: "largestClass", students: 3, studentsCell: "学校基本情况!C3" } },
      { code: "read_value_outlier_zero_classes", severity: "warning", cell: "学校基本情况!D6", params: { field: "classes", students: 12, studentsCell: "学校基本情况!C6" } },
    ]);
    expect(message(issues[1]!.code, issues[1]!.params, "zh")).toBe(
      "“班级数”为 0，但本行在校生数为 12 人（学校基本情况!C6）：有学生就至少有 1 个班、最大班额至少 1 人，此格很可能填错了，仍按所填读取（音乐、美术专用教室和大班额按此计算），请核对此单元格",
    );
    expect(message(issues[0]!.code, issues[0]!.params, "en")).toBe(
      "Largest class is 0, but the row has 3 students (学校基本情况!C3): a school with students has at least one class, and its largest class at least one pupil, so the cell is most likely wrong; it was read as given (the music and art rooms needed and the large classes are reckoned from it); please check it",
    );
  });

  it("says nothing of 0 classes beside 0 students, nor of a 0 largest class beside 0 classes (the 班级数 warned alone)", () => {
    const issues: Issue[] = [];
    checkFields({ students: at(0, "学校!C2"), classes: at(0, "学校!D2"), largestClass: at(0, "学校!E2") }, issues);
    checkFields({ students: at(12, "学校!C3"), classes: at(0, "学校!D3"), largestClass: at(0, "学校!E3") }, issues);
    expect(issues.filter((i) => i.code === "read_value_outlier_zero_classes").map((i) => i.cell)).toEqual(["学校!D3"]);
  });

  it("says nothing at exactly full classes (1886), without a largest class, or beside zero students", () => {
    for (const fields of [
      { students: at(1886, "学校!E7"), classes: at(46, "学校!F7"), largestClass: at(41, "学校!G7") },
      { students: at(17860, "学校!E7"), classes: at(46, "学校!F7") },
      { students: at(0, "学校!E7"), classes: at(0, "学校!F7"), largestClass: at(0, "学校!G7") },
    ] satisfies Fields[]) {
      const issues: Issue[] = [];
      checkFields(fields, issues);
      expect(issues.filter((i) => i.code.startsWith("read_value_outlier_students_over_classes"))).toEqual([]);
    }
  });
});

describe("checkFields: a teacher count above the students (before: unflagged without a 专任教师数 column)", () => {
  it("warns at 明德小学's 3652 高于规定学历教师 beside 1062 students, no 专任教师数 column: a value outlier, still read", () => {
    const fields: Fields = { students: at(1062, "学校!C3"), qualifiedTeachers: at(3652, "学校!D3"), backboneTeachers: at(12, "学校!E3") };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(issues).toEqual([
      { code: "read_value_outlier_teachers_over_students", severity: "warning", cell: "学校!D3", params: { field: "qualifiedTeachers", value: 3652, students: 1062, studentsCell: "学校!C3" } },
    ]);
    for (const lang of ["zh", "en"] as const) {
      const text = message("read_value_outlier_teachers_over_students", issues[0]?.params ?? {}, lang);
      expect([text.includes("3652"), text.includes("1062"), text.includes("学校!C3")]).toEqual([true, true, true]);
    }
  });

  it("warns at the 专任教师数 cell when it is above the students, once (its subsets are held to it)", () => {
    const issues: Issue[] = [];
    checkFields({ students: at(40, "学校!C3"), teachers: at(400, "学校!D3"), qualifiedTeachers: at(300, "学校!E3") }, issues);
    expect(issues.map((i) => [i.code, i.cell, i.params.value])).toEqual([["read_value_outlier_teachers_over_students", "学校!D3", 400]]);
  });

  it("says nothing for teachers up to the students, beside 0 students (the zero-students warning's), or without students", () => {
    for (const fields of [
      { students: at(20, "学校!C3"), teachers: at(20, "学校!D3") },
      { students: at(0, "学校!C3"), teachers: at(20, "学校!D3") },
      { qualifiedTeachers: at(3652, "学校!D3") },
    ] satisfies Fields[]) {
      const issues: Issue[] = [];
      expect(checkFields(fields, issues)).toEqual(fields);
      expect(issues).toEqual([]);
    }
  });
});

describe("checkFields: teacher counts above the full-time teachers", () => {
  it("keeps every count when the row gives no teacher total (nothing to compare with)", () => {
    const fields: Fields = { qualifiedTeachers: at(25, "学校!D2"), backboneTeachers: at(30, "学校!E2") };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(issues).toEqual([]);
  });

  it("keeps a count equal to the teachers (all 20 of 20 teachers qualified) and one below", () => {
    const fields: Fields = { teachers: at(20, "学校!C2"), qualifiedTeachers: at(20, "学校!D2"), backboneTeachers: at(3, "学校!E2") };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(issues).toEqual([]);
  });

  it("drops a count above the teachers (25 qualified of 20) with an error at its cell, and keeps the others", () => {
    const issues: Issue[] = [];
    const out = checkFields({ teachers: at(20, "学校!C2"), qualifiedTeachers: at(25, "学校!D2"), peArtTeachers: at(4, "学校!F2") }, issues);
    expect(out).toEqual({ teachers: at(20, "学校!C2"), peArtTeachers: at(4, "学校!F2") });
    expect(issues).toEqual([
      { code: "read_exceeds_teachers", severity: "error", cell: "学校!D2", params: { field: "qualifiedTeachers", value: 25, teachers: 20, teachersCell: "学校!C2" } },
    ]);
  });

  it("says in the message the field by its label, both counts and the teachers' cell", () => {
    const issues: Issue[] = [];
    checkFields({ teachers: at(20, "学校!C2"), trainedTeachers: at(21, "学校!G2") }, issues);
    const issue = issues[0];
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toBe("The count of teachers who completed 360 training hours in 5 years (21) is more than that of full-time teachers (20, 学校!C2); not read");
  });
});

describe("checkFields: special rooms and their area that contradict each other", () => {
  it("drops an area of 0 beside rooms (a / read as 0 would fail both rooms), with a warning naming the rooms' cell", () => {
    const issues: Issue[] = [];
    const out = checkFields({ musicRooms: at(2, "学校!S5"), musicRoomsArea: at(0, "学校!T5"), artRooms: at(1, "学校!U5"), artRoomsArea: at(90, "学校!V5") }, issues);
    expect(out).toEqual({ musicRooms: at(2, "学校!S5"), artRooms: at(1, "学校!U5"), artRoomsArea: at(90, "学校!V5") });
    expect(issues).toEqual([{ code: "read_rooms_area_disagree", severity: "warning", cell: "学校!T5", params: { field: "musicRoomsArea", otherField: "musicRooms", value: 2, otherCell: "学校!S5" } }]);
  });

  it("drops a room count of 0 beside an area (无 rooms, 99 m²), and keeps pairs that agree: both 0, both given, or one left blank", () => {
    const issues: Issue[] = [];
    expect(checkFields({ artRooms: at(0, "学校!U6"), artRoomsArea: at(99, "学校!V6") }, issues)).toEqual({ artRoomsArea: at(99, "学校!V6") });
    expect(issues.map((i) => i.cell)).toEqual(["学校!U6"]);
    const agree: Fields = { musicRooms: at(0, "学校!S7"), musicRoomsArea: at(0, "学校!T7"), artRooms: at(2, "学校!U7") };
    expect(checkFields(agree, issues)).toEqual(agree);
    expect(issues).toHaveLength(1);
  });

  it("names both fields by their labels in the message", () => {
    const issues: Issue[] = [];
    checkFields({ musicRooms: at(2, "学校!S5"), musicRoomsArea: at(0, "学校!T5") }, issues);
    const issue = issues[0];
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toMatch(/^“音乐专用教室.*”为 0，而“音乐专用教室.*”为 2（学校!S5）/);
  });
});

describe("checkFields: 班级数 that differs from the sum of the class-size buckets", () => {
  const KEYS = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"] as const;
  const COLUMNS = ["F", "G", "H", "I", "J", "K", "L", "M", "N", "O"];
  const buckets = (counts: readonly (number | undefined)[]): Fields =>
    Object.fromEntries(KEYS.flatMap((k, i) => (counts[i] === undefined ? [] : [[k, at(counts[i] ?? 0, `学校基本情况!${COLUMNS[i] ?? ""}10`)]])));
  // 河口中学: 班级数 10; buckets 5 (41–45) + 3 (46–50) + 2 (51–55) + 1 (56–60) = 11.
  const HEKOU = [0, 0, 0, 0, 5, 3, 2, 1, 0, 0];

  it("warns at the 班级数 cell, naming the buckets' sum and cells, and keeps both (each item says which it used)", () => {
    const fields: Fields = { classes: at(10, "学校基本情况!E10"), ...buckets(HEKOU) };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(issues).toEqual([{ code: "read_class_buckets_sum", severity: "warning", cell: "学校基本情况!E10", params: { classes: 10, sum: 11, bucketCells: "学校基本情况!F10:O10" } }]);
    const issue = issues[0];
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toBe(
      "班级数 10 与各班额段班数之和 11（学校基本情况!F10:O10）不一致：音乐、美术教室所需间数按班级数 10 计算，班额（超班额、大班额班数）按各班额段班数计算，请核对",
    );
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toBe(
      "Classes (10) differ from the sum of the class-size buckets (11, 学校基本情况!F10:O10): music and art rooms needed were counted from the 10 classes, class sizes (classes over the cap, large classes) from the buckets; please check",
    );
  });

  it("says nothing when they agree (5 + 3 + 2 = 10)", () => {
    const issues: Issue[] = [];
    checkFields({ classes: at(10, "学校基本情况!E10"), ...buckets([0, 0, 0, 0, 5, 3, 2, 0, 0, 0]) }, issues);
    expect(issues).toEqual([]);
  });

  it("says nothing when some buckets are blank (the class-size check warns of those), or 班级数 is blank", () => {
    const issues: Issue[] = [];
    checkFields({ classes: at(10, "学校基本情况!E10"), ...buckets([undefined, undefined, 0, 0, 5, 3, 2, 1, 0, 0]) }, issues);
    checkFields(buckets(HEKOU), issues);
    expect(issues).toEqual([]);
  });

  it("one school of zero classes with every bucket 0: agrees", () => {
    const issues: Issue[] = [];
    checkFields({ classes: at(0, "学校基本情况!E10"), ...buckets([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }, issues);
    expect(issues).toEqual([]);
  });

  describe("最大班额 against the buckets", () => {
    const largest = (n: number) => ({ largestClass: at(n, "学校基本情况!P10") });
    const codes = (fields: Fields) => {
      const issues: Issue[] = [];
      checkFields(fields, issues);
      return issues.map((i) => [i.code, i.cell, i.params]);
    };
    it("warns at 最大班额 when its bucket holds no class (60 with every class in 46–50: G5 would pass on the buckets)", () => {
      expect(codes({ ...largest(60), ...buckets([0, 0, 0, 0, 0, 12, 0, 0, 0, 0]) })).toEqual([["read_largest_class_buckets", "学校基本情况!P10", { largest: 60, range: "56–60" }]]);
      expect(codes({ ...largest(47), ...buckets([0, 0, 0, 0, 12, 0, 0, 0, 0, 0]) })).toEqual([["read_largest_class_buckets", "学校基本情况!P10", { largest: 47, range: "46–50" }]]);
    });
    it("warns when a larger bucket holds a class (largest 50 with one class of 66+)", () => {
      expect(codes({ ...largest(50), ...buckets([0, 0, 0, 0, 0, 11, 0, 0, 0, 1]) })).toEqual([["read_largest_class_buckets", "学校基本情况!P10", { largest: 50, range: "46–50" }]]);
    });
    it("writes the open buckets as the bucket-column messages do (≥66, ≤25; before: 66+, 0–25)", () => {
      expect(codes({ ...largest(70), ...buckets([0, 0, 0, 0, 5, 3, 0, 0, 2, 0]) })).toEqual([["read_largest_class_buckets", "学校基本情况!P10", { largest: 70, range: "≥66" }]]);
      expect(codes({ ...largest(20), ...buckets([0, 4, 0, 0, 0, 0, 0, 0, 0, 0]) })).toEqual([["read_largest_class_buckets", "学校基本情况!P10", { largest: 20, range: "≤25" }]]);
    });
    it("says nothing when it fits (48 in 46–50 with none larger; 70 in 66+), nor with a bucket blank", () => {
      expect(codes({ ...largest(48), ...buckets([0, 0, 0, 0, 5, 3, 0, 0, 0, 0]) })).toEqual([]);
      expect(codes({ ...largest(70), ...buckets([0, 0, 0, 0, 5, 3, 0, 0, 0, 1]) })).toEqual([]);
      expect(codes({ ...largest(60), ...buckets([undefined, 0, 0, 0, 0, 12, 0, 0, 0, 0]) })).toEqual([]);
    });
    it("in English too", () => {
      expect(message("read_largest_class_buckets", { largest: 60, range: "56–60" }, "en")).toBe(
        "The largest class (60) does not fit the class-size buckets (none in the 56–60 bucket, or classes in a larger one): classes over the cap and large classes were counted from the buckets; please check",
      );
    });
  });
});

describe("checkFields: a merged bucket beside the finer buckets it covers (rules.md §4 item 5)", () => {
  const KEYS = ["classes_le25", "classes_26_30", "classes_31_35", "classes_36_40", "classes_41_45", "classes_46_50", "classes_51_55", "classes_56_60", "classes_61_65", "classes_ge66"] as const;
  const COLUMNS = ["P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y"];
  const ten = (counts: readonly (number | undefined)[]): Fields =>
    Object.fromEntries(KEYS.flatMap((k, i) => (counts[i] === undefined ? [] : [[k, at(counts[i] ?? 0, `学校!${COLUMNS[i] ?? ""}4`)]])));
  const merged = (issues: Issue[]) => issues.filter((i) => i.code === "read_merged_bucket_sum");

  it("b2 二中: 56人及以上 5 at Z4 beside 56–60: 0, 61–65: 0, 66+: 1 → warned at Z4, the sum 1 named as used; nothing dropped", () => {
    const fields: Fields = { ...ten([0, 0, 0, 5, 5, 2, 1, 0, 0, 1]), classes_ge56: at(5, "学校!Z4") };
    const issues: Issue[] = [];
    expect(checkFields(fields, issues)).toEqual(fields);
    expect(merged(issues)).toEqual([{ code: "read_merged_bucket_sum", severity: "warning", cell: "学校!Z4", params: { field: "classes_ge56", value: 5, sum: 1, bucketCells: "学校!W4:Y4" } }]);
    const issue = merged(issues)[0];
    expect(issue === undefined ? null : message(issue.code, issue.params, "zh")).toBe(
      "“56人及以上班数”为 5，与其涵盖的各班额段班数之和 1（学校!W4:Y4）不一致：班额（超班额、大班额班数）按各分段计算，采用 1，本格未采用，请核对",
    );
    expect(issue === undefined ? null : message(issue.code, issue.params, "en")).toBe(
      "Classes of 56 or more is 5, but the class-size buckets it covers add up to 1 (学校!W4:Y4): classes over the cap and large classes were counted from those buckets (1), not from this cell; please check",
    );
  });

  it("any merged bucket: 46-55人 3 beside 46–50: 2 and 51–55: 2 (sum 4) → warned; 45人及以下 10 beside the five up to 45 summing 10 → not", () => {
    const issues: Issue[] = [];
    checkFields({ ...ten([1, 2, 3, 4, 0, 2, 2, 0, 0, 0]), classes_le45: at(10, "学校!AA4"), classes_46_55: at(3, "学校!AB4") }, issues);
    expect(merged(issues).map((i) => [i.cell, i.params.field, i.params.value, i.params.sum, i.params.bucketCells])).toEqual([["学校!AB4", "classes_46_55", 3, 4, "学校!U4:V4"]]);
  });

  it("says nothing when the merged bucket agrees (one school, every bucket 0 and 56人及以上 0), or is the one used (56–60 blank: the finer ones cannot add up)", () => {
    const issues: Issue[] = [];
    checkFields({ ...ten([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), classes_ge56: at(0, "学校!Z4") }, issues);
    checkFields({ ...ten([0, 0, 0, 5, 5, 2, 1, undefined, 0, 1]), classes_ge56: at(5, "学校!Z4") }, issues);
    expect(merged(issues)).toEqual([]);
  });

  it("says nothing when the buckets do not partition the sizes (66+ blank and no 56人及以上): the class-size check warns of those", () => {
    const issues: Issue[] = [];
    checkFields({ ...ten([0, 0, 0, 5, 5, 2, 1, 0, 0, undefined]), classes_56_65: at(2, "学校!Z4") }, issues);
    expect(merged(issues)).toEqual([]);
  });
});

describe("checkFields: boarders and classes above the students", () => {
  it("drops 800 boarders of 488 students with an error at the boarders' cell naming the students' cell (was used for G6)", () => {
    const issues: Issue[] = [];
    const out = checkFields({ students: at(488, "学校!E9"), boardingStudents: at(800, "学校!I9") }, issues);
    expect(out).toEqual({ students: at(488, "学校!E9") });
    expect(issues).toEqual([{ code: "read_exceeds_students", severity: "error", cell: "学校!I9", params: { field: "boardingStudents", value: 800, students: 488, studentsCell: "学校!E9" } }]);
  });

  it("drops 50 classes of 30 students, and 600 of 537, with an error at the classes' cell", () => {
    for (const [classes, students] of [
      [50, 30],
      [600, 537],
    ] as const) {
      const issues: Issue[] = [];
      const out = checkFields({ students: at(students, "学校!D8"), classes: at(classes, "学校!E8") }, issues);
      expect(out).toEqual({ students: at(students, "学校!D8") });
      expect(issues).toEqual([{ code: "read_exceeds_students", severity: "error", cell: "学校!E8", params: { field: "classes", value: classes, students, studentsCell: "学校!D8" } }]);
    }
  });

  it("keeps counts equal to or below the students (all 488 board; 30 classes of 30 pupils) and any count without students", () => {
    const issues: Issue[] = [];
    const fields: Fields = { students: at(488, "学校!E9"), boardingStudents: at(488, "学校!I9"), classes: at(488, "学校!F9") };
    expect(checkFields(fields, issues)).toEqual(fields);
    const alone: Fields = { boardingStudents: at(800, "学校!I9"), classes: at(50, "学校!F9") };
    expect(checkFields(alone, issues)).toEqual(alone);
    expect(issues).toEqual([]);
  });

  it("leaves classes beside 0 students to the zero-students warning (the students' cell is the suspect), but not boarders", () => {
    const issues: Issue[] = [];
    const out = checkFields({ students: at(0, "学校!E9"), classes: at(12, "学校!F9"), boardingStudents: at(5, "学校!I9") }, issues);
    expect(out).toEqual({ students: at(0, "学校!E9"), classes: at(12, "学校!F9") });
    expect(issues.map((i) => `${i.code} ${i.cell ?? ""}`)).toEqual(["read_exceeds_students 学校!I9"]);
  });

  it("says the field by its label and both counts in each language", () => {
    const issues: Issue[] = [];
    checkFields({ students: at(30, "学校!D8"), classes: at(50, "学校!E8") }, issues);
    const issue = issues[0];
    for (const [lang, label] of [
      ["en", "classes"],
      ["zh", "班级数"],
    ] as const) {
      const text = issue === undefined ? "" : message(issue.code, issue.params, lang);
      for (const part of [label, "50", "30", "学校!D8"]) expect(text).toContain(part);
    }
  });
});

describe("checkSharedParts: a whole-school row's shared boarders and classes against its per-stage students", () => {
  const stages = { primary: { students: at(90, "学校!C8") }, junior: { students: at(40, "学校!D8") } };
  it("drops 200 shared boarders beside 90 + 40 students with an error at the boarders' cell (before: never checked, G6 counted 200)", () => {
    const issues: Issue[] = [];
    const out = checkSharedParts({ boardingStudents: at(200, "学校!F8"), classes: at(9, "学校!E8"), teachingArea: at(2416, "学校!I8") }, stages, issues);
    expect(out).toEqual({ classes: at(9, "学校!E8"), teachingArea: at(2416, "学校!I8") });
    expect(issues).toEqual([
      { code: "read_exceeds_students", severity: "error", cell: "学校!F8", params: { field: "boardingStudents", value: 200, students: 130, studentsCell: "学校!C8:D8" } },
    ]);
  });

  it("keeps boarders up to the stages' sum (130 of 90 + 40), and classes above 0 students are left to the zero-students warning", () => {
    const issues: Issue[] = [];
    const zero = { primary: { students: at(0, "学校!C8") }, junior: { students: at(0, "学校!D8") } };
    expect(checkSharedParts({ boardingStudents: at(130, "学校!F8") }, stages, issues)).toEqual({ boardingStudents: at(130, "学校!F8") });
    expect(checkSharedParts({ classes: at(9, "学校!E8") }, zero, issues)).toEqual({ classes: at(9, "学校!E8") });
    expect(issues).toEqual([]);
  });

  it("compares nothing when a stage's students are not given (the total is unknown), nor when the row gives its own total", () => {
    const issues: Issue[] = [];
    expect(checkSharedParts({ boardingStudents: at(200, "学校!F8") }, { primary: { students: at(90, "学校!C8") } }, issues)).toEqual({ boardingStudents: at(200, "学校!F8") });
    expect(checkSharedParts({ students: at(300, "学校!B8"), boardingStudents: at(200, "学校!F8") }, stages, issues)).toEqual({ students: at(300, "学校!B8"), boardingStudents: at(200, "学校!F8") });
    expect(issues).toEqual([]);
  });
});
