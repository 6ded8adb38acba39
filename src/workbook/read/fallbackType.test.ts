import type { SchoolType, Stage } from "../../engine/types";
import { centerWord, typeByStage } from "./fallbackType";
import type { StatedKind } from "./rowMeta";

/** A row stating type text `type` (column B, value as the reader knows it) and 学段 `stage` (column C); null: blank. */
function stated(type: [string, SchoolType | null] | null, stage: [string, Stage | null] | null): StatedKind {
  return {
    typeCell: type === null ? null : { column: 1, text: type[0], value: type[1] },
    stageCell: stage === null ? null : { column: 2, text: stage[0], value: stage[1] },
    nameType: null,
    nameSection: null,
    senior: false,
  };
}

describe("typeByStage: a 学段 typing a row whose type says nothing known", () => {
  it.each([
    [null, ["小学", "primary"], "primary"],
    [null, ["初中", "junior"], "junior"],
    [["中心校", null], ["小学", "primary"], "primary"],
    [["民族学校", null], ["初中", "junior"], "junior"],
    [["民族学校", null], ["中小学", null], "nine_year"],
    [["中心学校", null], ["小学、初中", null], "nine_year"],
  ] as const)("type %p, 学段 %p → %p", (type, stage, expected) => {
    expect(typeByStage(stated(type === null ? null : [...type], [...stage]))).toBe(expected);
  });

  it.each([
    [null, ["中小学", null]],
    [["幼儿园", null], ["小学", "primary"]],
    [["学前教育", null], ["小学", "primary"]],
    [["成人学校", null], ["初中", "junior"]],
    [["中心校", null], ["高中", null]],
    [["中心校", null], ["", null]],
  ] as const)("type %p, 学段 %p → null", (type, stage) => {
    expect(typeByStage(stated(type === null ? null : [...type], [...stage]))).toBeNull();
  });

  it("gives nothing without a 学段 cell", () => expect(typeByStage(stated(["中心校", null], null))).toBeNull());
});

describe("centerWord: a 乡镇中心校 word with no 学段", () => {
  it("takes the type cell's word first, at its column", () => {
    expect(centerWord(stated(["中心学校", null], null), "白马镇中心校")).toEqual({ column: 1, text: "中心学校" });
  });
  it("takes the name's when the type cell says none, without a column", () => {
    expect(centerWord(stated(["民族学校", null], null), "白马镇中心校")).toEqual({ column: null, text: "白马镇中心校" });
    expect(centerWord(stated(null, null), "白马镇中心学校")).toEqual({ column: null, text: "白马镇中心学校" });
  });
  it("gives nothing when a 学段 is given, or nothing says 中心校", () => {
    expect(centerWord(stated(["中心校", null], ["高中", null]), "白马镇中心校")).toBeNull();
    expect(centerWord(stated(null, null), "实验学校")).toBeNull();
    expect(centerWord(stated(["中心幼儿园", null], null), "白马幼儿园")).toBeNull();
  });
});
