import { cvReason, parseCvReason } from "./cvReason";

describe("cvReason: the reason code of an indicator's coefficient over its limit in a stage", () => {
  it("writes the indicator, the stage and _cv, as the JSON report and the catalogue have them", () => {
    expect(cvReason("L3", "primary")).toBe("L3_primary_cv");
    expect(cvReason("L1", "junior")).toBe("L1_junior_cv");
    expect(cvReason("L7", "junior")).toBe("L7_junior_cv");
  });
});

describe("parseCvReason: the indicator and stage a coefficient reason names", () => {
  it("reads L3_primary_cv, L1_junior_cv and L7_junior_cv", () => {
    expect(parseCvReason("L3_primary_cv")).toEqual({ code: "L3", stage: "primary" });
    expect(parseCvReason("L1_junior_cv")).toEqual({ code: "L1", stage: "junior" });
    expect(parseCvReason("L7_junior_cv")).toEqual({ code: "L7", stage: "junior" });
  });

  it("gives back what cvReason wrote, for each of the 7 indicators in both stages", () => {
    for (const stage of ["primary", "junior"] as const) {
      for (const code of ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const) expect(parseCvReason(cvReason(code, stage))).toEqual({ code, stage });
    }
  });

  it("is null for the other reasons of an area verdict: items, the sections' reasons, a stage not read", () => {
    for (const other of ["G3", "Q4", "R1", "L3", "sections_failing", "sections_not_evaluable", "sections_none_evaluable", "stage_missing_primary", "stage_missing_junior"]) {
      expect(parseCvReason(other)).toBeNull();
    }
  });

  it("is null for a near miss: no such indicator or stage, other case, spaces, a prefix, a missing part, the older primary_L3 form", () => {
    for (const other of ["L8_primary_cv", "L0_junior_cv", "L3_senior_cv", "L3_primary_cv ", " L3_primary_cv", "l3_primary_cv", "L3_Primary_cv", "L3_primary", "L3__cv", "xL3_primary_cv", "L3_primary_cvx", "primary_L3", ""]) {
      expect(parseCvReason(other)).toBeNull();
    }
  });
});
