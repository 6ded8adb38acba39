import { evaluate } from "../../engine/evaluate";
import { message } from "../../messages/catalogue";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "S", top: 0, bottom: 0, columns: paths.map((path, column) => ({ column, path, headerRow: 0 })), codeRows: [], standardRows: [], dataTop: 1, unitLine: null };
}

/** key#part per column (0-based), "-" for a column left unread; `hidden`: 0-based hidden sheet columns. */
function rolesOf(paths: readonly (readonly string[])[], hidden: readonly number[] = []): string[] {
  const m = matchColumns(band(paths), {}, hidden);
  return paths.map((_, column) => {
    const r = m.roles.find((x) => x.column === column);
    return r === undefined ? "-" : `${r.key}${r.part === null ? "" : `#${r.part}`}`;
  });
}

const PARTS = ["qualifiedTeachers#graduate", "qualifiedTeachers#bachelor", "qualifiedTeachers#associate"];

describe("L1's degree parts in a one-row header (workbooks.md: 研究生 / 本科 / 专科 are L1's source)", () => {
  it("reads bare 研究生 | 本科 | 专科 right after 专任教师数 as the parts (wb5-types; before: unread, L1 not evaluable)", () => {
    expect(rolesOf([["学校名称"], ["在校生数"], ["专任教师数"], ["研究生"], ["本科"], ["专科"], ["县级及以上骨干教师"]])).toEqual(["name", "students", "teachers", ...PARTS, "backboneTeachers"]);
    expect(matchColumns(band([["学校名称"], ["专任教师数"], ["研究生"], ["本科"], ["专科"]])).missing).not.toContain("qualifiedTeachers");
  });

  it("reads the visible of two bare 本科 beside 专任教师数, the hidden one (an old copy) left unread (before: the first in sheet order, the hidden one)", () => {
    // B 本科 hidden, D 本科 visible, both beside C 专任教师数: D is the bachelor part, and E 专科 beside it the associate part.
    expect(rolesOf([["学校名称"], ["本科"], ["专任教师数"], ["本科"], ["专科"]], [1])).toEqual(["name", "-", "teachers", "qualifiedTeachers#bachelor", "qualifiedTeachers#associate"]);
    // Nothing hidden: the first in sheet order, as before (E is beside no read teacher or degree column).
    expect(rolesOf([["学校名称"], ["本科"], ["专任教师数"], ["本科"], ["专科"]])).toEqual(["name", "qualifiedTeachers#bachelor", "teachers", "-", "-"]);
  });

  it("reads them under a 其中 group after 专任教师数 (wb5b-types-qichong-group)", () => {
    expect(rolesOf([["学校名称"], ["专任教师数"], ["其中", "研究生"], ["其中", "本科"], ["其中", "专科"]]).slice(2)).toEqual(PARTS);
  });

  it("reads 研究生学历 | 本科学历 | 专科学历, 研究生毕业 … and 专任教师中研究生 … wherever they stand (wb5c-types-xueli-suffix)", () => {
    expect(rolesOf([["学校名称"], ["专任教师数"], ["研究生学历"], ["本科学历"], ["专科学历"]]).slice(2)).toEqual(PARTS);
    expect(rolesOf([["学校名称"], ["研究生学历"], ["在校生数"], ["本科学历"], ["体育教师"], ["专科学历"]])).toEqual(["name", PARTS[0], "students", PARTS[1], "peArtTeachers#pe", PARTS[2]]);
    expect(rolesOf([["学校名称"], ["研究生毕业"], ["本科毕业"], ["专科毕业"]]).slice(1)).toEqual(PARTS);
    expect(rolesOf([["学校名称"], ["专任教师中研究生"], ["专任教师中本科学历人数"], ["专任教师中专科"]]).slice(1)).toEqual(PARTS);
  });

  it("leaves a bare 研究生 / 本科 / 专科 unread when no teacher column stands beside it", () => {
    expect(rolesOf([["学校名称"], ["在校生数"], ["本科"], ["专科"], ["教学及辅助用房面积"]])).toEqual(["name", "students", "-", "-", "teachingArea"]);
    expect(rolesOf([["学校名称"], ["研究生"], ["在校生数"], ["专任教师数"]])).toEqual(["name", "-", "students", "teachers"]);
  });

  it("leaves bare degrees unread after a 教职工 column: they count the staff, not the teachers (D5-staff-degrees-left-of-teachers)", () => {
    // Before: 专科 stood left of 专任教师数, so 研究生 | 本科 | 专科 were read as L1's parts from staff counts.
    const paths = [["学校名称"], ["在校生数"], ["教职工数"], ["研究生"], ["本科"], ["专科"], ["专任教师数"], ["专科及以上学历专任教师数"]];
    expect(rolesOf(paths)).toEqual(["name", "students", "-", "-", "-", "-", "teachers", "qualifiedTeachers#associateUp"]);
    const m = matchColumns(band(paths));
    expect(m.issues.filter((i) => i.code === "read_bare_degrees_staff")).toEqual([
      { code: "read_bare_degrees_staff", severity: "info", cell: "S!D1", params: { sheet: "S", staffDegreeColumns: "D“研究生”\nE“本科”\nF“专科”", column: "C", header: "教职工数", degreeColumns: "H“专科及以上学历专任教师数”" } },
    ]);
  });

  it("says when no teachers' degree column is there to read instead", () => {
    const m = matchColumns(band([["学校名称"], ["教职工数"], ["本科"], ["专科"], ["专任教师数"]]));
    expect(m.issues.filter((i) => i.code.startsWith("read_bare_degrees_staff"))).toEqual([
      { code: "read_bare_degrees_staff_only", severity: "info", cell: "S!C1", params: { sheet: "S", staffDegreeColumns: "C“本科”\nD“专科”", column: "B", header: "教职工数" } },
    ]);
    const params = { sheet: "S", staffDegreeColumns: "D“研究生”\nE“本科”", column: "C", header: "教职工数", degreeColumns: "H“专科及以上学历专任教师数”" };
    expect(message("read_bare_degrees_staff", params, "en")).toContain("D “研究生”, E “本科” follow C “教职工数”");
    expect(message("read_bare_degrees_staff", params, "en")).toContain("L1 is counted from H “专科及以上学历专任教师数”");
    expect(message("read_bare_degrees_staff", params, "zh")).toContain("D“研究生”、E“本科” 紧跟在 C“教职工数”之后");
    expect(message("read_bare_degrees_staff_only", params, "zh")).toContain("L1 因此缺数");
  });

  it("still reads the parts right after 专任教师数 though a 教职工 column stands further left", () => {
    expect(rolesOf([["学校名称"], ["教职工数"], ["专任教师数"], ["研究生"], ["本科"], ["专科"]]).slice(3)).toEqual(PARTS);
  });

  it("keeps 专科及以上 / 本科及以上 as the whole parts they are", () => {
    expect(rolesOf([["学校名称"], ["专任教师数"], ["专科及以上学历"], ["本科及以上学历"]]).slice(2)).toEqual(["qualifiedTeachers#associateUp", "qualifiedTeachers#bachelorUp"]);
  });
});

describe("L1 from a one-row degree breakdown, end to end", () => {
  it("gives 小学 (研究生 + 本科 + 专科) and 初中 (研究生 + 本科) per 100 students (before: not evaluable)", async () => {
    const head = ["学校名称", "学段", "在校生数", "专任教师数", "研究生", "本科", "专科"];
    const result = await readWorkbook(sourceOf([gridOf([head, ["一小", "小学", 1000, 94, 2, 68, 20], ["一中", "初中", 600, 56, 2, 50, 4]])]));
    if (!result.ok) throw new Error("expected ok");
    const sections = evaluate(result.input, builtInProfile("national-2017")).counties.flatMap((c) => c.sections);
    // 一小: (2 + 68 + 20) ÷ 1000 × 100 = 9; 一中: (2 + 50) ÷ 600 × 100 = 8.6667 (专科 does not count for 初中, rules.md §2 L1).
    expect(sections.map((s) => s.name)).toEqual(["一小", "一中"]);
    expect(sections[0]?.indicators.L1?.value).toBeCloseTo(9, 10);
    expect(sections[1]?.indicators.L1?.value).toBeCloseTo(5200 / 600, 10);
  });
});
