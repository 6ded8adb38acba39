import { missingTargetYear } from "./missingTargetYear";
import { builtInProfile } from "./resolveProfile";

describe("missingTargetYear: the year a missing target is said for", () => {
  it("is none for a profile planning no targets, the year for one whose plan leaves it out, and the year without a profile", () => {
    expect(builtInProfile("national-2017").targets).toEqual([]);
    expect(missingTargetYear(builtInProfile("national-2017"), 2025)).toBeNull();
    expect(missingTargetYear(builtInProfile("sichuan-guanghan-2024"), 2023)).toBe(2023);
    expect(missingTargetYear(builtInProfile("sichuan-guanghan-2024"), null)).toBeNull();
    expect(missingTargetYear(undefined, 2024)).toBe(2024);
  });
});
