import { newlyRenamed, type FoundSheet } from "./newlyRenamed";

const ours = (name: string, run: string): FoundSheet => ({ name, mark: { result: true, replaceable: true, run }, replaceable: true });
const renamed = (name: string, run: string): FoundSheet => ({ name, mark: { result: true, replaceable: false, renamedFrom: { role: "summary", name: "汇总" }, run }, replaceable: false });
const users = (name: string): FoundSheet => ({ name, mark: { result: false, replaceable: false }, replaceable: false });

describe("newlyRenamed", () => {
  it("names a sheet renamed from the run whose results this write replaces, not one of a run before it", () => {
    const sheets = [users("学校"), renamed("汇总2023", "run1"), renamed("汇总备份", "run2"), ours("差异系数", "run2")];
    expect(newlyRenamed(sheets)).toEqual([{ name: "汇总备份", role: "summary" }]);
  });

  it("names every renamed one when no result replaced carries a run (the last run's deleted by the user): nothing says which was last", () => {
    expect(newlyRenamed([renamed("汇总2023", "run1"), users("学校")])).toEqual([{ name: "汇总2023", role: "summary" }]);
    // A result the user edited is theirs now (keepEdited): not replaced, so it says nothing of the last run either.
    const edited: FoundSheet = { name: "差异系数", mark: { result: true, replaceable: true, run: "run2" }, replaceable: false };
    expect(newlyRenamed([renamed("汇总2023", "run1"), edited])).toEqual([{ name: "汇总2023", role: "summary" }]);
  });

  it("names none on a first run, nor a result replaced or a user's sheet", () => {
    expect(newlyRenamed([users("学校")])).toEqual([]);
    expect(newlyRenamed([ours("汇总", "run1"), users("汇总 (2)")])).toEqual([]);
  });
});
