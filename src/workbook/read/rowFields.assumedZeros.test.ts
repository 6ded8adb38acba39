import type { Issue } from "../../engine/types";
import type { ColumnRole, ColumnKey, Part } from "./keys";
import { rowFields, type FieldScope } from "./rowFields";
import { gridOf } from "./testing";
import type { CellValue } from "../types";

/** A role by hand (column 0-based), headed as the statistics head it. */
function role(column: number, key: ColumnKey, part: Part | null, header: string): ColumnRole {
  return { column, key, stage: null, part, unitFactor: 1, header };
}

const PRIMARY: FieldScope = { kind: "section", stage: "primary" };

function readRow(cells: readonly CellValue[], roles: readonly ColumnRole[]) {
  const issues: Issue[] = [];
  const grid = gridOf([cells.map(() => "h"), cells]);
  return { ...rowFields(grid, 1, roles, PRIMARY, issues), issues };
}

// 学生 B, 体育 C, 音乐 D, 美术 E: L3 = 体育 + 音乐 + 美术.
const PE_ART = [role(1, "students", null, "在校生"), role(2, "peArtTeachers", "pe", "体育"), role(3, "peArtTeachers", "music", "音乐"), role(4, "peArtTeachers", "art", "美术")];

describe("rowFields: the cells it takes as 0", () => {
  it("names a blank part beside given parts on the sum (0 + 1 + 1 = 2), with its header, at the sum's cell", () => {
    const r = readRow(["石桥镇中学", 380, null, 1, 1], PE_ART);
    expect(r.fields.peArtTeachers).toEqual({ value: 2, cell: "学校基本情况!D2", assumedZeros: [{ cell: "学校基本情况!C2", kind: "blank", header: "体育", field: "peArtTeachers", part: "pe" }] });
    // Not said per cell: one note per column is made from the records (blankPartNotes).
    expect(r.issues).toEqual([]);
  });

  it("names every blank part, and none when all parts are given or all are blank", () => {
    expect(readRow(["一小", 300, 3, null, null], PE_ART).fields.peArtTeachers?.assumedZeros?.map((z) => z.cell)).toEqual(["学校基本情况!D2", "学校基本情况!E2"]);
    expect(readRow(["一小", 300, 3, 2, 1], PE_ART).fields.peArtTeachers).toEqual({ value: 6, cell: "学校基本情况!C2" });
    expect(readRow(["一小", 300, null, null, null], PE_ART).fields.peArtTeachers).toBeUndefined();
  });

  it("names a dash read as 0, alone or as a part (— + 1 + 1 = 2)", () => {
    const rooms = [role(1, "students", null, "在校生"), role(2, "multimediaRooms", null, "网络多媒体教室数")];
    expect(readRow(["丁小学", 300, "—"], rooms).fields.multimediaRooms).toEqual({ value: 0, cell: "学校基本情况!C2", assumedZeros: [{ cell: "学校基本情况!C2", kind: "dash", header: "网络多媒体教室数", field: "multimediaRooms", text: "—" }] });
    const parts = readRow(["一小", 300, "—", 1, 1], PE_ART).fields.peArtTeachers;
    expect([parts?.value, parts?.cell, parts?.assumedZeros?.map((z) => `${z.kind} ${z.cell}`)]).toEqual([2, "学校基本情况!C2", ["dash 学校基本情况!C2"]]);
  });

  it("keeps both a dash part and a blank part of one sum (1 + — + blank = 1)", () => {
    const zeros = readRow(["一小", 300, 1, "—", null], PE_ART).fields.peArtTeachers?.assumedZeros;
    expect(zeros?.map((z) => `${z.kind} ${z.cell}`)).toEqual(["dash 学校基本情况!D2", "blank 学校基本情况!E2"]);
  });
});
