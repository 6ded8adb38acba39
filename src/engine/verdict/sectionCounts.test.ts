import { tableOf } from "../table/sectionTable";
import { sectionResult } from "../guarantee/testRecords";
import { sectionCounts } from "./sectionCounts";

describe("sectionCounts", () => {
  it("counts judged, passing and unjudged sections; zero-student sections apart, out-of-scope ones nowhere", () => {
    const rows = [
      sectionResult({ recordId: "表1!5", pass: true, metCount: 7 }),
      sectionResult({ recordId: "表1!6", pass: true, metCount: 7 }),
      sectionResult({ recordId: "表1!7", pass: false, metCount: 4 }),
      sectionResult({ recordId: "表1!8", evaluable: false, pass: null, metCount: null, notEvaluable: ["missing_numerator"] }),
      sectionResult({ recordId: "表1!9", students: 0, evaluable: false, pass: null, metCount: null, notEvaluable: ["zero_students"] }),
      sectionResult({ recordId: "表1!10", included: false, exclusion: "special_education", pass: true }),
    ];
    // Judged: 表1!5–7 (3), of which 5 and 6 pass (2); unjudged: 表1!8 only; no students: 表1!9.
    expect(sectionCounts(tableOf(rows))).toEqual({ judged: 3, passing: 2, unjudged: 1, noStudents: 1 });
  });
  it("a section not evaluable but already failed by the indicators it has counts as judged and failing, not unjudged", () => {
    const rows = [
      sectionResult({ recordId: "表1!5", pass: true, metCount: 7 }),
      sectionResult({ recordId: "表1!6", pass: true, metCount: 7 }),
      sectionResult({ recordId: "表1!7", evaluable: false, pass: false, metCount: null, notEvaluable: ["missing_numerator"] }),
    ];
    // Judged 3 (the failed one included), passing 2: share 2 ÷ 3, nothing left unjudged.
    expect(sectionCounts(tableOf(rows))).toEqual({ judged: 3, passing: 2, unjudged: 0, noStudents: 0 });
  });
  it("no sections: all zero", () => {
    expect(sectionCounts(tableOf([]))).toEqual({ judged: 0, passing: 0, unjudged: 0, noStudents: 0 });
  });
});
