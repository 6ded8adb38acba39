import type { SchoolRecord } from "../../engine/types";
import { mergeCampuses } from "./mergeCampuses";
import type { RowRecord } from "./readSchoolRows";

function row(at: number, name: string, township: string | null, over: Partial<SchoolRecord> = {}): RowRecord {
  const record: SchoolRecord = { id: `S!${at}`, name, county: "青山县", type: "primary", stage: "primary", fields: {}, flags: {}, source: null, ...over };
  return { record, nameCell: `S!C${at}`, ...(township === null ? {} : { township }) };
}

describe("mergeCampuses with a 乡镇 column: schools of one name in different townships", () => {
  it("keeps both 中心小学 and names each with its township, noted at its name cell", () => {
    const { records, issues } = mergeCampuses([row(5, "中心小学", "城关镇"), row(6, "城关中学", "城关镇", { stage: "junior" }), row(9, "中心小学", "石桥镇")]);
    expect(records.map((r) => r.name)).toEqual(["城关镇中心小学", "城关中学", "石桥镇中心小学"]);
    expect(issues).toEqual([
      { code: "read_name_with_township", severity: "info", cell: "S!C5", params: { name: "中心小学", shown: "城关镇中心小学" } },
      { code: "read_name_with_township", severity: "info", cell: "S!C9", params: { name: "中心小学", shown: "石桥镇中心小学" } },
    ]);
  });

  it("still drops a second row of the same township, name and stage", () => {
    const { records, issues } = mergeCampuses([row(5, "中心小学", "城关镇"), row(6, "中心小学", "城关镇")]);
    expect(records.map((r) => r.name)).toEqual(["中心小学"]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["read_duplicate_school", "S!C6"]]);
  });

  it("does not repeat a township the name already holds, and leaves a name borne once alone", () => {
    const { records, issues } = mergeCampuses([row(5, "石桥中心小学", "石桥"), row(6, "石桥中心小学", "城关镇"), row(7, "杨柳小学", "城关镇")]);
    expect(records.map((r) => r.name)).toEqual(["石桥中心小学", "城关镇石桥中心小学", "杨柳小学"]);
    expect(issues.map((i) => i.cell)).toEqual(["S!C6"]);
  });

  it("reads without a 乡镇 column as before: a second 中心小学 is a duplicate", () => {
    const { records, issues } = mergeCampuses([row(5, "中心小学", null), row(9, "中心小学", null)]);
    expect(records).toHaveLength(1);
    expect(issues.map((i) => i.code)).toEqual(["read_duplicate_school"]);
  });
});
