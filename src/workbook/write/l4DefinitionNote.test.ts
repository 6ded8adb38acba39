import { builtInProfile } from "../../profiles/resolveProfile";
import type { Profile } from "../../profiles/schema";
import { l4DefinitionNote } from "./l4DefinitionNote";

const national = builtInProfile("national-2017");
const asGiven: Profile = { ...national, l4DeductsIndoorSports: false };

describe("l4DefinitionNote: how L4 is computed, said where the profile deducts indoor sports rooms", () => {
  it("says the deduction under the national profile, in zh and en", () => {
    expect(national.l4DeductsIndoorSports).toBe(true);
    expect(l4DefinitionNote(national, "zh")).toEqual([expect.stringContaining("（教学及辅助用房面积 − 室内体育用房面积）÷ 在校生数")]);
    expect(l4DefinitionNote(national, "en")).toEqual([expect.stringContaining("(teaching and auxiliary floor area − indoor sports rooms) ÷ students")]);
  });

  it("says nothing when the profile takes L4 as given, or without a profile", () => {
    expect(l4DefinitionNote(asGiven, "zh")).toEqual([]);
    expect(l4DefinitionNote(undefined, "en")).toEqual([]);
  });
});
