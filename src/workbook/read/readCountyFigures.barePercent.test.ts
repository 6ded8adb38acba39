import { message } from "../../messages/catalogue";
import { readCountyFigures } from "./readCountyFigures";
import { gridOf } from "./testing";

/** The sheet 项目 | 数值 with `rows` under it, read. */
function read(rows: unknown[][]) {
  return readCountyFigures(gridOf([["项目", "数值"], ...rows] as never, { sheet: "县级指标" }));
}

/** The figures as [code, value, cell]. */
function figures(rows: unknown[][]): [string, unknown, string | null][] {
  return (read(rows)?.figures ?? []).map((f) => [f.code, f.value, f.cell]);
}

describe("readCountyFigures: a share item written as a bare percentage, without % anywhere (finding s25 F1-1)", () => {
  it("reads 初中就近划片入学比例 | 97 as 97% = 0.97, with a warning at B2 saying so and how to write it", () => {
    const result = read([["初中就近划片入学比例", 97], ["社会认可度", 0.9]]);
    const junior = result?.figures.find((f) => f.code === "G13_nearby_junior");
    // 97 / 100 = 0.97
    expect(junior?.value).toBeCloseTo(0.97, 12);
    expect(junior?.cell).toBe("县级指标!B2");
    const issue = result?.issues.find((i) => i.code === "read_figure_bare_percent");
    expect(issue).toMatchObject({ severity: "warning", cell: "县级指标!B2", params: { countyItem: "G13_nearby_junior", text: "97", percent: "97%", fraction: 0.97 } });
    const zh = message("read_figure_bare_percent", issue?.params, "zh");
    const en = message("read_figure_bare_percent", issue?.params, "en");
    for (const text of [zh, en]) for (const part of ["97%", "0.97", "初中就近划片入学比例"]) expect(text).toContain(part);
  });

  it("reads every share item so: 85 → 0.85 (随迁子女), 50 → 0.5 (名额分配), 95 → 0.95 (巩固率, 残疾儿童), 12 → 0.12 (轮岗), 5 → 0.05 (培训经费), 100 → 1", () => {
    const rows = [
      ["随迁子女在公办学校就读比例", 85],
      ["优质高中招生名额分配比例", 50],
      ["初中三年巩固率", 95],
      ["残疾儿童少年入学率", "95"],
      ["教师交流轮岗比例", 12],
      ["公用经费中教师培训经费比例", 5],
      ["小学就近划片入学比例", 100],
      ["社会认可度", 86.5],
    ];
    const got = figures(rows);
    const expected: [string, number][] = [
      ["G15_migrant_share", 0.85],
      ["G14_quota_share", 0.5],
      ["Q1_consolidation", 0.95],
      ["Q2_disabled_enrolment", 0.95],
      ["G11_rotation_rate", 0.12],
      ["Q4_training_funds_share", 0.05],
      ["G13_nearby_primary", 1],
      ["R1_recognition", 0.865],
    ];
    expect(got.map((f) => f[0])).toEqual(expected.map((e) => e[0]));
    expected.forEach(([, v], k) => expect(got[k]?.[1]).toBeCloseTo(v, 12));
    expect(read(rows)?.issues.filter((i) => i.code === "read_figure_bare_percent").map((i) => i.cell)).toEqual(["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"].map((c) => `县级指标!${c}`));
  });

  it("reads 0 ≤ v ≤ 1 as a proportion, as before, with no warning: 0.95, 1, 0", () => {
    const result = read([["初中三年巩固率", 0.95], ["小学就近划片入学比例", 1], ["教师交流轮岗比例", 0]]);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([
      ["Q1_consolidation", 0.95],
      ["G13_nearby_primary", 1],
      ["G11_rotation_rate", 0],
    ]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_bare_percent");
  });

  it("keeps a bare number above 100 as written (the engine refuses it), with no guess", () => {
    const result = read([["初中三年巩固率", 150], ["社会认可度", 0.9]]);
    expect(result?.figures.map((f) => [f.code, f.value])).toEqual([
      ["Q1_consolidation", 150],
      ["R1_recognition", 0.9],
    ]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_bare_percent");
  });

  it("gives no warning where a % is said: 97% in the cell, or a 数值（%） header", () => {
    const cell = read([["初中三年巩固率", "97%"], ["社会认可度", 0.9]]);
    const header = readCountyFigures(gridOf([["项目", "数值（%）"], ["初中三年巩固率", 97], ["社会认可度", 90]], { sheet: "县级指标" }));
    for (const result of [cell, header]) {
      expect(result?.figures.find((f) => f.code === "Q1_consolidation")?.value).toBeCloseTo(0.97, 12);
      expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_bare_percent");
    }
  });

  it("still refuses a pay ratio of 98 and a difference rate of 12: no percentage guessed where 1.02 or 0.15 is the scale", () => {
    const result = read([["教师平均工资与公务员平均工资之比", 98], ["质量监测校际差异率", 12], ["社会认可度", 0.9]]);
    expect(result?.figures.map((f) => f.code)).toEqual(["R1_recognition"]);
    expect(result?.issues.filter((i) => i.code === "read_figure_number_not_credible").map((i) => i.cell)).toEqual(["县级指标!B2", "县级指标!B3"]);
    expect(result?.issues.map((i) => i.code)).not.toContain("read_figure_bare_percent");
  });
});
