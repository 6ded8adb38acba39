import { groupSchools, oneRowGroup, reusableGroup, schoolGroupAt, schoolRows, sectionBaseName } from "./schoolGroups";
import { groupShared, groupTotal, recordTotal, stageStudents } from "./recordValues";
import { schoolRecord } from "./testRecords";

describe("sectionBaseName", () => {
  it.each([
    ["红星学校（小学部）", "红星学校"],
    ["红星学校(初中部)", "红星学校"],
    ["红星学校 （初中部） ", "红星学校"],
    ["红星学校小学部", "红星学校"],
    ["红星学校（初中部）\u3000", "红星学校"],
    ["红星学校(小学部)\t\n", "红星学校"],
    ["红星学校小学部\u00a0\ufeff", "红星学校"],
  ])("%j → %s (whitespace after the suffix is trimmed as String.prototype.trim does)", (name, base) => expect(sectionBaseName(name)).toBe(base));
  it.each(["红星小学", "红星小学 ", "", "   ", "部", "（小学部）", "红星学校（小学部）x"])("is null for %j (no section suffix, or nothing before it)", (name) => {
    expect(sectionBaseName(name)).toBeNull();
  });
  // The last character decides before any pattern runs: every character \s matches must still be looked through.
  const whitespace = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => /\s/u.test(c));
  it("looks through every whitespace character after the suffix (all 25 that \\s matches)", () => {
    expect(whitespace).toHaveLength(25);
    expect(whitespace.filter((ws) => sectionBaseName(`红星学校（小学部）${ws}`) !== "红星学校").map((ws) => ws.charCodeAt(0).toString(16))).toEqual([]);
  });
});

describe("groupSchools", () => {
  const a = schoolRecord({ name: "红星学校（小学部）", row: 5, type: "nine_year", stage: "primary", fields: { students: 1400 } });
  const b = schoolRecord({ name: "育才小学", row: 6, fields: { students: 300 } });
  const c = schoolRecord({ name: "红星学校（初中部）", row: 7, type: "nine_year", stage: "junior", fields: { students: 1200 } });

  it("joins the two section rows of a combined school, keeps the rest, in input order", () => {
    const groups = groupSchools([a, b, c]);
    expect(groups.map((g) => [g.recordId, g.name, g.type, g.records.length])).toEqual([
      ["表1!5", "红星学校", "nine_year", 2],
      ["表1!6", "育才小学", "primary", 1],
    ]);
  });
  it("makes rows typed 小学 / 初中 spanning both stages a 九年一贯制 school", () => {
    const p = schoolRecord({ name: "新区学校（小学部）", row: 5, type: "primary", stage: "primary" });
    const j = schoolRecord({ name: "新区学校（初中部）", row: 6, type: "junior", stage: "junior" });
    expect(groupSchools([p, j])[0]?.type).toBe("nine_year");
  });
  it("keeps a lone section row under its written name", () => {
    expect(groupSchools([a])[0]?.name).toBe("红星学校（小学部）");
  });
  it("does not join same-named schools of different counties, nor two rows without suffix", () => {
    const other = schoolRecord({ name: "红星学校（初中部）", row: 9, type: "nine_year", stage: "junior", county: "邻县" });
    expect(groupSchools([a, other])).toHaveLength(2);
    expect(groupSchools([b, schoolRecord({ name: "育才小学", row: 10 })])).toHaveLength(2);
  });
});

describe("schoolRows", () => {
  const a = schoolRecord({ name: "红星学校（小学部）", row: 5, type: "nine_year", stage: "primary" });
  const b = schoolRecord({ name: "育才小学", row: 6 });
  const c = schoolRecord({ name: "红星学校（初中部）", row: 7, type: "nine_year", stage: "junior" });
  const d = schoolRecord({ name: "红星学校（高中部）", row: 8, type: "nine_year", stage: null });

  it("chains each school's rows by position: first rows in order, then next until -1", () => {
    expect(schoolRows([a, b, c, d])).toEqual({ first: [0, 1], next: [2, -1, 3, -1] });
    expect(schoolRows([])).toEqual({ first: [], next: [] });
  });
  it("gives each school as groupSchools does, a new object every time", () => {
    const rows = schoolRows([a, b, c, d]);
    const first = schoolGroupAt(rows, [a, b, c, d], 0);
    expect(first.indexes).toEqual([0, 2, 3]);
    expect(first.records).toEqual([a, c, d]);
    expect(schoolGroupAt(rows, [a, b, c, d], 0)).not.toBe(first);
  });
  it("oneRowGroup writes the group of a one-row school into the object it is given: equal to the built one", () => {
    const into = reusableGroup();
    expect(oneRowGroup(into, b, 1)).toEqual(schoolGroupAt(schoolRows([a, b, c]), [a, b, c], 1));
    expect(oneRowGroup(into, a, 0)).toBe(into);
    expect(into).toEqual({ recordId: a.id, name: a.name, county: a.county, type: "nine_year", records: [a], indexes: [0] });
  });
});

describe("record values", () => {
  const whole = schoolRecord({
    name: "一贯制",
    row: 5,
    type: "twelve_year",
    stage: null,
    fields: { students: 3400, seniorStudents: 800, publicFunding: 900000 },
    stageFields: { primary: { students: 1300 }, junior: { students: 1300 } },
  });
  it("counts a whole-school row's compulsory students from its stages: 1300 + 1300", () => {
    expect(recordTotal(whole, "students")).toEqual({ value: 2600, cells: ["表2小学!B5", "表2初中!B5"] });
  });
  it("takes shared numbers from the whole-school fields", () => {
    expect(recordTotal(whole, "publicFunding")?.value).toBe(900000);
  });
  it("needs every row for a per-stage total, any row for a shared one", () => {
    const p = schoolRecord({ name: "甲（小学部）", row: 5, type: "nine_year", stage: "primary", fields: { students: 10, publicFunding: 5000 } });
    const j = schoolRecord({ name: "甲（初中部）", row: 6, type: "nine_year", stage: "junior", fields: {} });
    expect(groupTotal([p, j], "students")).toBeNull();
    expect(groupShared([p, j], "publicFunding")?.value).toBe(5000);
    expect(stageStudents([p, j])).toBeNull();
  });
});
