import type { SchoolRecord } from "../../engine/types";
import { campusBase } from "./campusNotes";
import { mergeCampuses } from "./mergeCampuses";
import type { RowRecord } from "./readSchoolRows";

function row(at: number, name: string, over: Partial<SchoolRecord> = {}): RowRecord {
  const record: SchoolRecord = { id: `S!${at}`, name, county: "青山县", type: "primary", stage: "primary", fields: {}, flags: {}, source: null, ...over };
  return { record, nameCell: `S!B${at}` };
}

describe("campusBase", () => {
  it.each([
    ["石桥小学（东校区）", "石桥小学"],
    ["东岳小学西校区", "东岳小学"],
    ["实验小学(城南校区)", "实验小学"],
    ["实验小学本部校区", "实验小学"],
    ["石桥小学", null],
    ["校区", null],
  ])("%s → %s", (name, base) => expect(campusBase(name)).toBe(base));
});

describe("mergeCampuses: campuses on rows of their own, both counted", () => {
  it("keeps both as schools and notes the second at its name cell", () => {
    const { records, issues } = mergeCampuses([row(9, "东岳小学（东校区）"), row(10, "东岳小学西校区")]);
    expect(records.map((r) => r.name)).toEqual(["东岳小学（东校区）", "东岳小学西校区"]);
    expect(issues).toEqual([{ code: "read_campuses_separate", severity: "info", cell: "S!B10", params: { name: "东岳小学西校区", other: "东岳小学（东校区）", otherCell: "S!B9" } }]);
  });

  it("notes a campus after its main school too", () => {
    expect(mergeCampuses([row(3, "石桥小学"), row(4, "石桥小学（西校区）")]).issues.map((i) => i.cell)).toEqual(["S!B4"]);
  });

  it("says nothing of other names, other stages or counties, or a 不计校数 campus merged into its school", () => {
    const rows = [
      row(3, "石桥小学（东校区）"),
      row(4, "杨柳小学（西校区）"),
      row(5, "石桥小学（西校区）", { county: "别县" }),
      row(6, "石桥小学（北校区）", { stage: "junior", type: "junior" }),
      row(7, "石桥小学（南校区）", { flags: { notCounted: true } }),
    ];
    // The 不计校数 row finds no school its name starts with: an orphan, warned of as before, and not noted again.
    const { issues } = mergeCampuses(rows);
    expect(issues.map((i) => i.code)).toEqual(["read_campus_orphan"]);
    const merged = mergeCampuses([row(3, "石桥小学"), row(4, "石桥小学（西校区）", { flags: { notCounted: true } })]);
    expect(merged.issues.map((i) => i.code)).toEqual(["read_campus_merged"]);
  });
});
