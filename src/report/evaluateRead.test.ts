import type { Evaluation, EvaluationInput, Issue } from "../engine/types";
import { evaluate } from "../engine/evaluate";
import { AT_STANDARD_PRIMARY, NATIONAL, recordOf } from "../engine/testing/fixtures";
import { ProfileError } from "../profiles/ProfileError";
import { BUILT_IN_PROFILES } from "../profiles/resolveProfile";
import { mappingOf } from "../workbook/read/testing";
import { evaluateRead, overriddenProfile, type ReadForEvaluation } from "./evaluateRead";

const titleYear: Issue = { code: "read_year_from_title", severity: "info", cell: "学校!A1", params: { year: 2024 } };
const blankCell: Issue = { code: "read_blank_cell", severity: "warning", cell: "学校!E5", params: {} };
const engineIssue: Issue = { code: "missing_students", severity: "error", cell: "学校!D7", params: {} };
const mapping = mappingOf("学校", 2, [{ column: 3, header: "在校生数（人）", field: "students", stage: "primary" }], { dataRows: { top: 3, bottom: 9 } });
const input: EvaluationInput = { records: [], countyFigures: [], year: 2024 };
const read: ReadForEvaluation = { input, issues: [titleYear, blankCell], mapping, ruleOverride: null };
const stubEvaluation: Evaluation = { profileId: "national-2017", year: 2025, counties: [], issues: [engineIssue] };

describe("evaluateRead", () => {
  it("evaluates the year the user chose, the reader's word that the title gave another turned into a warning naming both", async () => {
    const seen: EvaluationInput[] = [];
    const done = await evaluateRead(read, { profile: NATIONAL, year: 2025, lang: "zh", evaluate: (i) => (seen.push(i), stubEvaluation) });
    expect(seen.map((i) => i.year)).toEqual([2025]);
    // Reader's issues first (the title's year 2024 said against the 2025 chosen, at the title's cell), then the engine's.
    // The national method plans no target, for 2025 or any year: said so.
    const chosen = { code: "read_year_chosen_differs_no_target", severity: "warning", cell: titleYear.cell, params: { year: 2025, stated: 2024 } };
    expect(done.issues).toEqual([chosen, blankCell, engineIssue]);
    expect(done.evaluation).toBe(stubEvaluation);
  });

  it("keeps the read year and all the reader's issues when the user chose none", async () => {
    const seen: EvaluationInput[] = [];
    const done = await evaluateRead(read, { profile: NATIONAL, year: null, lang: "zh", evaluate: (i) => (seen.push(i), stubEvaluation) });
    expect(seen).toEqual([input]);
    expect(done.issues).toEqual([titleYear, blankCell, engineIssue]);
  });

  it("gives the sheet builder's context: issues, profile and its name, mapping lines and source in the run's language", async () => {
    const done = await evaluateRead(read, { profile: NATIONAL, year: null, lang: "en", sourceName: "县.xlsx", evaluate: () => stubEvaluation });
    expect(done.context).toEqual({
      issues: [titleYear, blankCell, engineIssue],
      lang: "en",
      profile: NATIONAL,
      profileName: NATIONAL.name.en,
      mapping: [{ field: "Students (Primary)", header: "在校生数（人）", cell: "学校!D3" }],
      ruleOverrides: [],
      sourceName: "县.xlsx",
    });
  });

  it("leaves the source out when the front end does not know it, and gives no mapping lines without a mapping", async () => {
    const done = await evaluateRead({ ...read, mapping: null }, { profile: NATIONAL, year: null, lang: "zh", evaluate: () => stubEvaluation });
    expect("sourceName" in done.context).toBe(false);
    expect(done.context.mapping).toEqual([]);
    expect(done.context.profileName).toBe(NATIONAL.name.zh);
  });

  it("lists the 规则 sheet's settings for the notes", async () => {
    const done = await evaluateRead({ ...read, ruleOverride: { cvLimits: { primary: 0.45 } } }, { profile: NATIONAL, year: null, lang: "zh", evaluate: () => stubEvaluation });
    expect(done.ruleOverrides).toEqual([{ path: "cvLimits.primary", value: 0.45, cell: null }]);
    expect(done.context.ruleOverrides).toEqual(done.ruleOverrides);
  });

  it("gives the sheets the front end they are written for, the issues' codes kept; none said for the command line's", async () => {
    const addin = await evaluateRead(read, { profile: NATIONAL, year: null, lang: "zh", evaluate: () => stubEvaluation, frontEnd: "addin" });
    expect(addin.context.frontEnd).toBe("addin");
    expect(addin.issues.map((i) => i.code)).toEqual(["read_year_from_title", "read_blank_cell", "missing_students"]);
    expect(addin.context.issues).toEqual(addin.issues);
    const cli = await evaluateRead(read, { profile: NATIONAL, year: null, lang: "zh", evaluate: () => stubEvaluation });
    expect(cli.context.frontEnd).toBeUndefined();
  });

  it("waits for an evaluation that comes later (the add-in's, wrapped as its step)", async () => {
    const done = await evaluateRead(read, { profile: NATIONAL, year: null, lang: "zh", evaluate: async () => stubEvaluation });
    expect(done.evaluation).toBe(stubEvaluation);
  });

  it("evaluates one school at every standard with the real engine: no issue of its own", async () => {
    const one: ReadForEvaluation = { input: { records: [recordOf(AT_STANDARD_PRIMARY)], countyFigures: [], year: null }, issues: [], mapping: null, ruleOverride: null };
    const done = await evaluateRead(one, { profile: NATIONAL, year: null, lang: "zh", evaluate });
    expect(done.evaluation.counties.map((c) => c.county)).toEqual(["A"]);
    expect(done.issues).toEqual(done.evaluation.issues);
  });
});

describe("overriddenProfile", () => {
  it("gives the profile itself when the workbook has no 规则 sheet", () => {
    const result = overriddenProfile(NATIONAL, null);
    expect(result.ok && result.profile).toBe(NATIONAL);
  });

  it("lays the 规则 sheet's settings over the profile", () => {
    const result = overriddenProfile(NATIONAL, { cvLimits: { primary: 0.45 } });
    if (!result.ok) throw new Error("expected a profile");
    expect(result.profile.cvLimits.primary).toBeCloseTo(0.45, 12);
    expect(result.profile.cvLimits.junior).toBeCloseTo(NATIONAL.cvLimits.junior, 12);
  });

  it("answers the ProfileError, not a throw, for settings that are not a set of settings", () => {
    const result = overriddenProfile(NATIONAL, [1, 2]);
    if (result.ok) throw new Error("expected a problem");
    expect(result.error).toBeInstanceOf(ProfileError);
    expect(result.error.problems.map((p) => p.code)).toEqual(["profile_override"]);
  });

  it("resolves `extends` through the lookup it is given (a file profile's own id)", () => {
    const lookups: string[] = [];
    const result = overriddenProfile(NATIONAL, { cvLimits: { primary: 0.4 } }, (id) => (lookups.push(id), BUILT_IN_PROFILES[id]));
    expect(result.ok).toBe(true);
    expect(lookups).toContain("national-2017");
  });
});
