import { builtInProfile } from "../../profiles/resolveProfile";
import { specialFundingFinding, specialStages, specialThresholds } from "./specialFunding";
import { schoolRecord, type RecordSpec } from "./testRecords";

const sichuan = builtInProfile("sichuan-guanghan-2024");
const national = builtInProfile("national-2017");

function find(spec: Omit<RecordSpec, "row" | "name" | "type">, profile = sichuan) {
  return specialFundingFinding("特校", [schoolRecord({ name: "特校", row: 8, type: "special", ...spec })], profile);
}

describe("specialThresholds", () => {
  it("national 6000 / 6000, Sichuan 6080 / 6100", () => {
    expect(specialThresholds(national)).toEqual({ primary: 6000, junior: 6000 });
    expect(specialThresholds(sichuan)).toEqual({ primary: 6080, junior: 6100 });
  });
});

describe("specialStages", () => {
  const stagesOf = (spec: Omit<RecordSpec, "row" | "name" | "type">) => specialStages([schoolRecord({ name: "特校", row: 8, type: "special", ...spec })], sichuan);
  it("the stage of a 小学 or 初中 row; both stages of a row giving students by stage", () => {
    expect(stagesOf({ stage: "primary", fields: { students: 86 } })).toEqual(["primary"]);
    expect(stagesOf({ stage: "junior", fields: { students: 40 } })).toEqual(["junior"]);
    expect(stagesOf({ stage: null, stageFields: { primary: { students: 50 }, junior: { students: 30 } } })).toEqual(["primary", "junior"]);
  });
  it("no stage known: every stage with a threshold (the school is judged at the higher one)", () => {
    expect(stagesOf({ stage: null, fields: { students: 80 } })).toEqual(["primary", "junior"]);
  });
});

describe("specialFundingFinding", () => {
  it("80 students and 480000 yuan: 6000 per student meets the national 6000", () => {
    const f = find({ stage: null, fields: { students: 80, publicFunding: 480000 } }, national);
    expect(f.value).toMatchObject({ perStudent: 6000, required: 480000, shortfall: 0 });
    expect(f.issues).toEqual([]);
  });
  it("the same school under Sichuan, no stage known: judged at the higher 6100, 8000 short", () => {
    const f = find({ stage: null, fields: { students: 80, publicFunding: 480000 } });
    expect(f.value).toMatchObject({ perStudent: 6000, required: 488000, shortfall: 8000 });
    expect(f.issues).toEqual([{ code: "special_funding_stage_assumed", severity: "warning", cell: "表1!B8", params: { school: "特校", threshold: 6100 } }]);
  });
  it("a primary row at exactly 6080 per student (486400 for 80) meets Sichuan; one yuan less does not", () => {
    expect(find({ stage: "primary", fields: { students: 80, publicFunding: 486400 } }).value?.shortfall).toBe(0);
    expect(find({ stage: "primary", fields: { students: 80, publicFunding: 486399 } }).value?.shortfall).toBe(1);
  });
  it("funding read from 万元 with float noise meets: 15 primary students, 9.12 万 × 10000 = 91199.99999999999 for 6080 × 15 = 91200", () => {
    expect(9.12 * 10000).toBeLessThan(91200); // the noise this test is about
    expect(find({ stage: "primary", fields: { students: 15, publicFunding: 9.12 * 10000 } }).value).toMatchObject({ required: 91200, shortfall: 0 });
  });
  it("students by stage: 6080 × 50 + 6100 × 30 = 487000 required", () => {
    const f = find({ stage: null, fields: { publicFunding: 480000 }, stageFields: { primary: { students: 50 }, junior: { students: 30 } } });
    expect(f.value).toMatchObject({ students: 80, required: 487000, shortfall: 7000 });
    expect(f.value?.perStudent).toBeCloseTo(6000, 9);
  });
  it("is unknown without public funding or students", () => {
    expect(find({ stage: null, fields: { students: 80 } }).value).toBeNull();
    expect(find({ stage: null, fields: { publicFunding: 480000 } }).value).toBeNull();
  });
  it("zero students: no per-student figure", () => {
    expect(find({ stage: null, fields: { students: 0, publicFunding: 0 } }, national).value).toMatchObject({ perStudent: null, shortfall: 0 });
  });
});
