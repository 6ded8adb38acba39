import { fieldOptions, mappingView, withFix } from "./mappingView";

describe("mappingView", () => {
  it("lists matched and unmatched columns in sheet order", () => {
    const view = mappingView({
      sheet: "学校",
      headerRows: { top: 1, bottom: 2 },
      dataRows: { top: 3, bottom: 14 },
      columns: [{ column: 2, address: "C3", header: "在校生数", field: "students", stage: null, unitFactor: 1 }],
      unmatched: [{ column: 0, header: "序号" }],
      missing: ["backboneTeachers"],
    });
    expect(view.rows).toEqual([
      { column: 0, address: "A", header: "序号", field: null },
      { column: 2, address: "C3", header: "在校生数", field: "students" },
    ]);
    expect(view).toMatchObject({ missing: ["backboneTeachers"], headerRows: 2, dataRows: 12 });
  });

  it("gives an empty view for a mapping it does not understand", () => {
    expect(mappingView(null)).toEqual({ rows: [], missing: [], headerRows: null, dataRows: null });
    expect(mappingView({ columns: [{ header: "x" }] }).rows).toEqual([]);
  });

  it("moves a field to the column chosen last and clears a column set to not used", () => {
    expect(withFix({ students: 3, teachers: 5 }, 4, "students")).toEqual({ students: 4, teachers: 5 });
    expect(withFix({ students: 3, teachers: 5 }, 5, null)).toEqual({ students: 3 });
  });

  it("labels fields from the catalogue", () => {
    expect(fieldOptions("zh").find((o) => o.key === "students")?.label).toBe("在校生数");
    expect(fieldOptions("en").find((o) => o.key === "students")?.label).toBe("Students");
  });
});
