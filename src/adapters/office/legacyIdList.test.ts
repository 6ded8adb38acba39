import { memorySettings } from "./documentSettings";
import { listedMark, readIdList, SETTINGS_KEY, standingEntries } from "./legacyIdList";

// The titles and names the writer has always given these roles (writerMessages.ts), written out.
const SUMMARY_TITLE_ZH = "县域义务教育优质均衡发展评估汇总";
const SUMMARY_TITLE_EN = "County evaluation of high-quality balanced compulsory education: summary";

describe("the id list of versions before markers", () => {
  it("reads well-formed entries and nothing else", () => {
    const settings = memorySettings({ [SETTINGS_KEY]: [{ role: "summary", id: "{1}" }, { role: "boss", id: "{2}" }, { role: "issues" }, "x", null, { role: "issues", id: "{3}", extra: 1 }] });
    expect(readIdList(settings)).toEqual([
      { role: "summary", id: "{1}" },
      { role: "issues", id: "{3}" },
    ]);
    expect(readIdList(memorySettings({ [SETTINGS_KEY]: "{1}" }))).toEqual([]);
    expect(readIdList(memorySettings())).toEqual([]);
    expect(readIdList(null)).toEqual([]);
  });

  it("marks a listed sheet as a result only while A1 holds its role's title, and as replaceable only under its role's name", () => {
    const entry = { role: "summary", id: "{1}" } as const;
    expect(listedMark({ name: "汇总" }, entry, SUMMARY_TITLE_ZH)).toEqual({ result: true, replaceable: true });
    expect(listedMark({ name: "Summary" }, entry, SUMMARY_TITLE_EN)).toEqual({ result: true, replaceable: true });
    expect(listedMark({ name: "汇总" }, entry, ` ${SUMMARY_TITLE_ZH} `)).toEqual({ result: true, replaceable: true });
    // Renamed by the user, or copied by Excel (汇总 (2)): the user's snapshot.
    expect(listedMark({ name: "汇总2023" }, entry, SUMMARY_TITLE_ZH)).toEqual({ result: true, replaceable: false });
    expect(listedMark({ name: "汇总 (2)" }, entry, SUMMARY_TITLE_ZH)).toEqual({ result: true, replaceable: false });
    // The id now names another sheet (ids are reused across sessions): the entry says nothing.
    expect(listedMark({ name: "汇总" }, entry, "项目")).toEqual({ result: false, replaceable: false });
    expect(listedMark({ name: "县级指标" }, entry, null)).toEqual({ result: false, replaceable: false });
    expect(listedMark({ name: "汇总" }, entry, 2024)).toEqual({ result: false, replaceable: false });
    // Another role's title is not this role's.
    expect(listedMark({ name: "汇总" }, entry, "数据问题清单")).toEqual({ result: false, replaceable: false });
  });

  it("keeps only the entries of sheets that stay as results", () => {
    const list = [
      { role: "summary", id: "{1}" },
      { role: "coefficients", id: "{2}" },
      { role: "schools", id: "{3}" },
      { role: "issues", id: "{gone}" },
    ] as const;
    const sheets = [{ id: "{1}", name: "汇总" }, { id: "{2}", name: "差异系数2023" }, { id: "{3}", name: "县级指标" }];
    const marks = [
      { result: true, replaceable: true },
      { result: true, replaceable: false },
      { result: false, replaceable: false },
    ];
    expect(standingEntries(list, sheets, marks)).toEqual([{ role: "coefficients", id: "{2}" }]);
    expect(standingEntries([], sheets, marks)).toEqual([]);
  });

  it("keeps, under the ids they have now, the entries of the sheets that answer to the list by their role's name after a reopen", () => {
    // Saved in an earlier session: no id matches. 汇总 and 学校达标 stay as results (an older version's, kept);
    // 差异系数 is a result of this version that the user changed (kept, a marker naming a run): known by that, not
    // listed. 数据问题 lost its title (the user's now).
    const list = [{ role: "summary", id: "{old-1}" }, { role: "schools", id: "{old-2}" }] as const;
    const sheets = [{ id: "{7}", name: "汇总" }, { id: "{8}", name: "差异系数" }, { id: "{9}", name: "学校达标" }, { id: "{10}", name: "数据问题" }];
    const marks = [
      { result: true, replaceable: false },
      { result: true, replaceable: false, run: "k3j2h5g8" },
      { result: true, replaceable: false },
      { result: false, replaceable: false },
    ];
    expect(standingEntries(list, sheets, marks)).toEqual([{ role: "summary", id: "{7}" }, { role: "schools", id: "{9}" }]);
  });
});
