import { evaluate } from "./evaluate";
import { splitShares } from "./splitShares";
import type { SchoolRecord } from "./types";
import { NATIONAL } from "./testing/fixtures";

/**
 * A combined school whose shared resources cannot be split is said at a cell of its row
 * (workbooks.md: every value not read is reported with its cell address), never with none: the
 * missing value's own blank cell when its column exists, else the whole school's students cell
 * (the count that would have to be given per stage), else any cell of the row.
 */
function record(fields: SchoolRecord["fields"], rest: Partial<SchoolRecord>): SchoolRecord {
  return { id: "学校基本情况!13", name: "第二中学", county: "青石县", type: "complete_middle", stage: null, fields, flags: {}, source: { sheet: "学校基本情况", row: 13 }, ...rest };
}

const AREA = { teachingArea: { value: 5400, cell: "学校基本情况!N13" } };

describe("splitShares: the cell of a split that cannot be made", () => {
  it("a 完全中学 without a senior count: its senior column's blank cell (before: no cell)", () => {
    const r = record(AREA, { stageFields: { junior: { students: { value: 900, cell: "学校基本情况!E13" } } }, blankCells: { seniorStudents: "学校基本情况!F13" } });
    expect(splitShares(r, ["junior"], NATIONAL)).toMatchObject({ kind: "unknown", problem: { code: "split_missing_senior_students", cell: "学校基本情况!F13" } });
  });

  it("a 完全中学 without a senior column (wb6-onerow-perstage): the junior students cell of its row (before: no cell)", () => {
    const r = record(AREA, { stageFields: { junior: { students: { value: 900, cell: "学校基本情况!E13" } } } });
    expect(splitShares(r, ["junior"], NATIONAL)).toMatchObject({ kind: "unknown", problem: { code: "split_missing_senior_students", cell: "学校基本情况!E13" } });
  });

  it("a stage without students (wb2-stats-export): the stage's blank cell, else the whole school's students cell, else a cell of the row (before: no cell)", () => {
    const junior = { backboneTeachers: { value: 10, cell: "学校综合表!P14" } };
    const blank = record(AREA, { stageFields: { junior }, stageBlankCells: { junior: { students: "学校综合表!G14" } } });
    expect(splitShares(blank, ["junior"], NATIONAL)).toMatchObject({ problem: { code: "split_missing_students", cell: "学校综合表!G14" } });
    const whole = record({ ...AREA, students: { value: 900, cell: "学校综合表!F14" } }, { stageFields: { junior } });
    expect(splitShares(whole, ["junior"], NATIONAL)).toMatchObject({ problem: { code: "split_missing_students", cell: "学校综合表!F14" } });
    const none = record(AREA, { stageFields: { junior } });
    expect(splitShares(none, ["junior"], NATIONAL)).toMatchObject({ problem: { code: "split_missing_students", cell: "学校基本情况!N13" } });
  });

  it("the stage's missing students are said once, by the split at its cell, not again as missing_students without one", () => {
    const junior = { backboneTeachers: { value: 10, cell: "学校综合表!P14" } };
    const whole = record({ ...AREA, students: { value: 900, cell: "学校综合表!F14" } }, { stageFields: { junior } });
    const issues = evaluate({ records: [whole], countyFigures: [], year: null }, NATIONAL).issues.filter((i) => i.code.includes("students"));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["split_missing_students", "学校综合表!F14"]]);
  });
});
