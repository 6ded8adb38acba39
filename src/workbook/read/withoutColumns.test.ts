import type { SchoolRecord } from "../../engine/types";
import { withoutColumns } from "./withoutColumns";

const base: SchoolRecord = {
  id: "学校!3",
  name: "一小",
  county: null,
  type: "primary",
  stage: "primary",
  fields: { students: { value: 1000, cell: "学校!C3" }, equipmentValue: { value: 230, cell: "学校!I3" } },
  blankCells: { multimediaRooms: "学校!J3" },
  flags: {},
  source: { sheet: "学校", row: 3 },
};

const EQUIPMENT_I = { sheet: "学校", column: 8, key: "equipmentValue" } as const;

describe("withoutColumns: values of columns not to be used", () => {
  it("drops the field read from the column, keeping its cell as blank beside the other blank cells", () => {
    const [out] = withoutColumns([base], [EQUIPMENT_I]);
    expect(out?.fields).toEqual({ students: { value: 1000, cell: "学校!C3" } });
    expect(out?.blankCells).toEqual({ multimediaRooms: "学校!J3", equipmentValue: "学校!I3" });
  });

  it("keeps a field of the same key from another column or another sheet, and records untouched when nothing is dropped", () => {
    const otherColumn = { ...EQUIPMENT_I, column: 9 };
    expect(withoutColumns([base], [otherColumn])[0]?.fields.equipmentValue).toEqual({ value: 230, cell: "学校!I3" });
    expect(withoutColumns([base], [{ ...EQUIPMENT_I, sheet: "初中" }])[0]?.fields.equipmentValue?.value).toBe(230);
    expect(withoutColumns([base], [])).toEqual([base]);
  });

  it("finds cells of a quoted sheet name, and a combined school's per-stage fields", () => {
    const quoted: SchoolRecord = { ...base, fields: { equipmentValue: { value: 230, cell: "'学校 表'!I3" } } };
    expect(withoutColumns([quoted], [{ ...EQUIPMENT_I, sheet: "学校 表" }])[0]?.fields).toEqual({});
    const combined: SchoolRecord = {
      ...base,
      stage: null,
      type: "nine_year",
      fields: {},
      stageFields: { primary: { equipmentValue: { value: 100, cell: "学校!I3" } }, junior: { equipmentValue: { value: 90, cell: "学校!K3" } } },
    };
    const [out] = withoutColumns([combined], [EQUIPMENT_I]);
    expect(out?.stageFields).toEqual({ primary: {}, junior: { equipmentValue: { value: 90, cell: "学校!K3" } } });
    expect(out?.stageBlankCells).toEqual({ primary: { equipmentValue: "学校!I3" } });
  });
});
