import type { SchoolRecord } from "../../engine/types";
import { addFields, parentIndex } from "./mergeCampuses";

function school(name: string, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return { id: name, name, county: "A", type: "primary", stage: "primary", fields: {}, flags: {}, source: null, ...over };
}

describe("parentIndex", () => {
  it("prefers the school whose full name starts the campus name, the longest one", () => {
    const accepted = [school("实验"), school("实验小学"), school("城关小学")];
    expect(parentIndex(accepted, school("实验小学东校区", { flags: { notCounted: true } }))).toBe(1);
  });

  it("falls back to the name without its kind word, and needs the same county and stage", () => {
    expect(parentIndex([school("城关镇中心小学")], school("城关镇中心分校"))).toBe(0);
    expect(parentIndex([school("城关镇中心小学", { county: "B" })], school("城关镇中心分校"))).toBe(-1);
    expect(parentIndex([school("城关中学", { stage: "junior" })], school("城关中学分校"))).toBe(-1);
    expect(parentIndex([school("东关小学")], school("西关小学分校"))).toBe(-1);
  });
});

describe("addFields", () => {
  it("adds counts, keeps the larger largest class and the first cell", () => {
    const a = { students: { value: 800, cell: "S!B2" }, largestClass: { value: 52, cell: "S!C2" } };
    const b = { students: { value: 200, cell: "S!B3" }, largestClass: { value: 56, cell: "S!C3" }, teachers: { value: 12, cell: "S!D3" } };
    expect(addFields(a, b)).toEqual({ students: { value: 1000, cell: "S!B2" }, largestClass: { value: 56, cell: "S!C2" }, teachers: { value: 12, cell: "S!D3" } });
  });
});
