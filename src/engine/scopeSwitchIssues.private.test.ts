import { message } from "../messages/catalogue";
import { evaluate } from "./evaluate";
import { NATIONAL, profileWith, recordOf } from "./testing/fixtures";
import type { SchoolRecord } from "./types";

const NO_PRIVATE = profileWith({ scope: { ...NATIONAL.scope, includePrivate: false } });

function school(n: number, over: Partial<SchoolRecord> = {}): SchoolRecord {
  return recordOf({ students: 300 }, { id: `学校!${n}`, name: `第${n}小学`, source: { sheet: "学校", row: n }, ...over });
}

const unusable = (records: readonly SchoolRecord[], profile = NO_PRIVATE) => evaluate({ records, countyFigures: [], year: null }, profile).issues.filter((i) => i.code === "scope_private_unusable");

describe("evaluate: includePrivate off while no school says whether it is 民办 (tG finding 5, P1.xlsx)", () => {
  it("warns once, naming the sheet", () => {
    expect(unusable([school(2), school(3)])).toEqual([{ code: "scope_private_unusable", severity: "warning", cell: null, params: { sheet: "学校" } }]);
  });

  it("says what, where and what to do in both languages", () => {
    const zh = message("scope_private_unusable", { sheet: "学校" }, "zh");
    expect(zh).toContain("工作表“学校”");
    expect(zh).toContain("办学性质");
    const en = message("scope_private_unusable", { sheet: "学校" }, "en");
    expect(en).toContain("sheet “学校”");
    expect(en).toContain("办学性质");
  });

  it("is silent when a school says it (an 办学性质 column was read), or when the switch is on", () => {
    expect(unusable([school(2), school(3, { flags: { private: false } })])).toEqual([]);
    expect(unusable([school(2)], NATIONAL)).toEqual([]);
  });
});
