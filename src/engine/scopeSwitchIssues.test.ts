import { message } from "../messages/catalogue";
import { evaluate } from "./evaluate";
import { NATIONAL, profileWith, recordOf } from "./testing/fixtures";
import type { SchoolRecord } from "./types";

const NO_NON_COUNTY = profileWith({ scope: { ...NATIONAL.scope, includeNonCountyRun: false } });

function school(n: number, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return recordOf({ students: 300 }, { id: `学校!${n}`, name: `第${n}小学`, source: { sheet: "学校", row: n }, ...over });
}

const unusable = (records: readonly SchoolRecord[], profile = NO_NON_COUNTY) =>
  evaluate({ records, countyFigures: [], year: null }, profile).issues.filter((i) => i.code === "scope_county_run_unusable");

describe("evaluate: includeNonCountyRun off while no school says whether the county runs it", () => {
  it("warns once, naming the sheet, when no record has a county-run flag", () => {
    expect(unusable([school(2), school(3), school(4)])).toEqual([{ code: "scope_county_run_unusable", severity: "warning", cell: null, params: { sheet: "学校" } }]);
  });

  it("says what, where and what to do in both languages", () => {
    const zh = message("scope_county_run_unusable", { sheet: "学校" }, "zh");
    expect(zh).toContain("工作表“学校”");
    expect(zh).toContain("隶属关系");
    expect(zh).toContain("举办者");
    expect(message("scope_county_run_unusable", { sheet: "学校" }, "en")).toContain("sheet “学校”");
  });

  it("is silent when one school says it (a 隶属关系 or 举办者 column was read), or when the switch is on", () => {
    expect(unusable([school(2), school(3, { flags: { countyRun: true } })])).toEqual([]);
    expect(unusable([school(2)], NATIONAL)).toEqual([]);
  });
});
