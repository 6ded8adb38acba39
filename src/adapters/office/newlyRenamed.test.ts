import { memorySettings } from "./documentSettings";
import { newlyRenamed, readSaid, recordSaid, SAID_KEY, type FoundSheet } from "./newlyRenamed";

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

describe("newlyRenamed with the record of the last write", () => {
  const record = (...entries: [string, string][]) => readSaid(memorySettings({ [SAID_KEY]: entries.map(([run, name]) => ({ run, name })) }));

  it("names the renamed results the last write did not find, whichever run wrote them, and not those it found", () => {
    // 汇总备份 (run1) was found and said; its copy, made since, carries run1 too; 汇总3月 is run2's, renamed since.
    const sheets = [users("学校"), renamed("汇总备份", "run1"), renamed("汇总备份 (2)", "run1"), renamed("汇总3月", "run2"), ours("差异系数", "run2")];
    expect(newlyRenamed(sheets, record(["run1", "汇总备份"]))).toEqual([
      { name: "汇总备份 (2)", role: "summary" },
      { name: "汇总3月", role: "summary" },
    ]);
  });

  it("names none found last time even when no result is left to replace, and one renamed again under a new name", () => {
    expect(newlyRenamed([renamed("汇总1月", "run1"), renamed("汇总2月", "run2")], record(["run1", "汇总1月"], ["run2", "汇总2月"]))).toEqual([]);
    expect(newlyRenamed([renamed("汇总旧", "run1")], record(["run1", "汇总1月"]))).toEqual([{ name: "汇总旧", role: "summary" }]);
    // An empty record (the last write found none) names every one found now.
    expect(newlyRenamed([renamed("汇总1月", "run1"), ours("差异系数", "run2")], record())).toEqual([{ name: "汇总1月", role: "summary" }]);
  });

  it("reads no record from settings without one or with something else under its key", () => {
    expect(readSaid(memorySettings())).toBeNull();
    expect(readSaid(null)).toBeNull();
    expect(readSaid(memorySettings({ [SAID_KEY]: "汇总备份" }))).toBeNull();
    expect([...(readSaid(memorySettings({ [SAID_KEY]: [{ run: "run1", name: "汇总备份" }, { run: 3 }, null] })) ?? [])]).toEqual(["run1\u0000汇总备份"]);
  });

  it("records the renamed results found, staging them only when they differ from the record read, and leaves the save to the sink", () => {
    const settings = memorySettings();
    const save = jest.spyOn(settings, "save");
    const sheets = [users("学校"), renamed("汇总备份", "run1"), ours("差异系数", "run2")];
    expect(recordSaid(settings, [users("学校"), ours("差异系数", "run2")], null)).toBe(false);
    expect(settings.get(SAID_KEY)).toBeUndefined();
    expect(recordSaid(settings, sheets, null)).toBe(true);
    expect(settings.get(SAID_KEY)).toEqual([{ run: "run1", name: "汇总备份" }]);
    expect(recordSaid(settings, sheets, readSaid(settings))).toBe(false);
    expect(settings.get(SAID_KEY)).toEqual([{ run: "run1", name: "汇总备份" }]);
    expect(recordSaid(settings, [users("学校")], readSaid(settings))).toBe(true);
    expect(settings.get(SAID_KEY)).toEqual([]);
    expect(save).not.toHaveBeenCalled();
  });
});
