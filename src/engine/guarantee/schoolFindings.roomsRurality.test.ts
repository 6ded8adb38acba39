// G3 when the school's urban/rural classification is not given (s49 H2): national-2017 relaxes the
// music and art room areas of small rural schools whose largest class is under 30 (小学 54 m²,
// 初中 61 m²; otherwise 96 / 90 m², rules.md §4 item 3). A school that fails on the full areas but
// would pass as a small rural one is said to hinge on its classification, as G6 is (funding_rurality_unknown).
import { evaluate } from "../evaluate";
import { message } from "../../messages/catalogue";
import { NATIONAL, recordOf, type Numbers } from "../testing/fixtures";
import type { SchoolRecord } from "../types";
import { schoolRecord } from "./testRecords";

/** A 小学 of 150 students in 6 classes (1 room of each kind needed: ceil(6 / 12)), one music and one art room of `area` m², largest class `largest`. */
function school(area: number, largest: number, flags: SchoolRecord["flags"] = {}): SchoolRecord {
  const fields: Numbers = { students: 150, classes: 6, largestClass: largest, musicRooms: 1, musicRoomsArea: area, artRooms: 1, artRoomsArea: area };
  return { ...recordOf(fields), flags };
}

function run(record: SchoolRecord) {
  const evaluation = evaluate({ records: [record], countyFigures: [], year: 2024 }, NATIONAL);
  const county = evaluation.counties[0];
  return { issues: evaluation.issues.filter((i) => i.code === "rooms_rurality_unknown"), g3: county?.schoolGuarantee[0], verdict: county?.items.find((i) => i.code === "G3")?.verdict };
}

describe("G3 with the school's rurality not given: said when it decides the verdict", () => {
  it("60 m² rooms, largest class 25, 城乡 not given: short 1 + 1 as an urban school (60 < 96, 60 < 90), met as a small rural one (60 ≥ 54): warned, judged not met", () => {
    const { issues, g3, verdict } = run(school(60, 25));
    expect([g3?.musicRoomsShort, g3?.artRoomsShort, verdict]).toEqual([1, 1, "not_met"]);
    expect(issues.map((i) => [i.severity, i.params])).toEqual([["warning", { school: expect.any(String), below: 30, primary: 54, junior: 61 }]]);
    expect(message("rooms_rurality_unknown", { ...issues[0]?.params, school: "某小学" }, "en")).toMatch(
      /^某小学: every class has fewer than 30 pupils, but .* would meet the relaxed areas of a small rural school \(54 m² primary, 61 m² junior secondary\)\. G3 is judged not met/,
    );
    const zh = message("rooms_rurality_unknown", { ...issues[0]?.params, school: "某小学" }, "zh");
    expect(zh).toBe(
      "“某小学”各班均不足 30 人，但表中未注明该校的城乡分类（无此列，或该校此格为空或无法识别）：按非农村学校的音乐、美术专用教室面积标准不达标，若为农村小规模学校（按放宽的面积：小学 54 平方米、初中 61 平方米）则达标。G3 对该校已按非农村学校判为未达标（请在学校表中加“城乡分类”列并填写该校的城乡分类：城区、镇区或乡村，或统计用城乡分类代码 1xx（城镇）、2xx（乡村））",
    );
  });

  it("says nothing when the classification is given (rural: met, 60 ≥ 54; urban: not met), a class is 30 or more, or the rooms meet the full areas", () => {
    expect([run(school(60, 25, { rural: true })).issues, run(school(60, 25, { rural: true })).g3?.musicRoomsShort]).toEqual([[], 0]);
    expect([run(school(60, 25, { rural: false })).issues, run(school(60, 25, { rural: false })).g3?.musicRoomsShort]).toEqual([[], 1]);
    expect(run(school(60, 30)).issues).toEqual([]);
    expect(run(school(100, 25)).issues).toEqual([]);
  });

  it("says nothing when even the small rural areas are not met (50 < 54)", () => {
    expect(run(school(50, 25)).issues).toEqual([]);
  });
});

describe("G3 of a 九年一贯制 school of one row with its rurality not given (the combined school's small rural area is the larger, 61 m²)", () => {
  /** 小河学校: 60 小学 + 30 初中, 8 classes (1 room of each kind needed), largest class 20, one music and one art room of `area` m². */
  const xiaohe = (area: number) =>
    schoolRecord({ name: "小河学校", row: 14, type: "nine_year", stage: null, fields: { classes: 8, largestClass: 20, musicRooms: 1, musicRoomsArea: area, artRooms: 1, artRoomsArea: area }, stageFields: { primary: { students: 60 }, junior: { students: 30 } } });

  it("62 m² (≥ 61, < 90): warned; 58 m² (< 61): not", () => {
    expect(run(xiaohe(62)).issues.map((i) => i.params["school"])).toEqual(["小河学校"]);
    expect(run(xiaohe(62)).verdict).toBe("not_met");
    expect(run(xiaohe(58)).issues).toEqual([]);
  });
});
