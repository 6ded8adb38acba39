import { mkdirSync, promises, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { expandInputs, isOwnResult } from "./expandInputs";
import { message } from "../messages/catalogue";
import { countMessage } from "../messages/countMessage";


/** A folder 市 under a fresh working directory, holding `names` (a name ending in / is a subfolder). */
function folder(names: readonly string[]): string {
  const cwd = tempFolder("inputs-");
  mkdirSync(join(cwd, "市"));
  for (const name of names) {
    if (name.endsWith("/")) mkdirSync(join(cwd, "市", name), { recursive: true });
    else writeFileSync(join(cwd, "市", name), "x");
  }
  return cwd;
}

/** A workbook found in 市, with the label a batch gives it. */
function at(cwd: string, name: string, label: string) {
  return { path: join(cwd, "市", name), label };
}

describe("expandInputs", () => {
  it("skips this tool's own JSON reports (a --json folder inside the folder given), said as its results are, and counts only the other files", async () => {
    const cwd = folder(["乙县.xlsx", "json/", "说明.txt"]);
    const report = (profileFirst: boolean) => JSON.stringify(profileFirst ? { profile: "national-2017", profileName: "国家标准（教督〔2017〕6号）", year: 2024, schools: [] } : { year: 2024, profile: "national-2017" }, null, 2);
    writeFileSync(join(cwd, "市", "json", "乙县.json"), report(true));
    writeFileSync(join(cwd, "市", "json", "评估总览.json"), JSON.stringify({ profile: "national-2017", profileName: "National", lang: "en", sources: [], notes: [] }));
    // The user's own JSON files: another tool's, one of a like beginning, and a damaged one.
    writeFileSync(join(cwd, "市", "json", "配置.json"), report(false));
    writeFileSync(join(cwd, "市", "json", "坏.json"), "{ \"profile\": ");
    const found = await expandInputs(["市"], cwd, "", true);
    // Before: 另有 5 个文件不是工作簿 (乙县.json and 评估总览.json among them).
    expect(found).toMatchObject({
      files: [at(cwd, "乙县.xlsx", "乙县")],
      notes: [
        { code: "cli_batch_skipped", items: ["评估总览.json", "乙县.json"] },
        { code: "cli_batch_other_files", items: ["说明.txt", "json/坏.json", "json/配置.json"] },
      ],
    });
  });

  it("takes no input as the sample, and one file as a single run", async () => {
    expect(await expandInputs([], "/w", "/s/sample.xlsx", false)).toEqual({ files: [{ path: "/s/sample.xlsx", label: "sample" }], batch: false, notes: [] });
    expect(await expandInputs(["县.xlsx"], "/w", "/s/sample.xlsx", false)).toEqual({ files: [{ path: "/w/县.xlsx", label: "县" }], batch: false, notes: [] });
  });

  it("takes a folder's workbooks in pinyin order (an .xls too, to be told to save it as .xlsx); skips lock files and earlier results, said; leaves other files", async () => {
    const cwd = folder(["乙县.xlsx", "安县.XLSX", "旧县.xls", "~$乙县.xlsx", "乙县-评估结果.xlsx", "乙县-评估结果 (1).xlsx", "丙县-评估结果.XLSX", "评估总览.xlsx", "说明.docx"]);
    const found = await expandInputs(["市"], cwd, "", false);
    expect(found).toEqual({
      files: [at(cwd, "安县.XLSX", "安县"), at(cwd, "旧县.xls", "旧县"), at(cwd, "乙县.xlsx", "乙县")],
      batch: true,
      notes: [
        { code: "cli_batch_skipped", items: ["~$乙县.xlsx", "丙县-评估结果.XLSX", "评估总览.xlsx", "乙县-评估结果 (1).xlsx", "乙县-评估结果.xlsx"] },
        { code: "cli_batch_other_files", items: ["说明.docx"] },
      ],
    });
  });

  it("takes a CSV, an OpenDocument, WPS or Numbers spreadsheet and an .xlsb as workbooks (to be told to save them as .xlsx), and counts the other files it did not read", async () => {
    const cwd = folder(["汇总.csv", "甲县.ods", "乙县.ett", "丙县.et", "丁县.XLSB", "戊县.numbers", "说明.txt", "通知.pdf", "报告.docx", ".DS_Store", "Thumbs.db", "desktop.ini", "子/"]);
    writeFileSync(join(cwd, "市", "子", "说明.txt"), "x");
    const found = await expandInputs(["市"], cwd, "", true);
    expect(found).toMatchObject({ notes: [{ code: "cli_batch_other_files", items: ["报告.docx", "说明.txt", "通知.pdf", "子/说明.txt"] }] });
    expect("files" in found ? found.files.map((f) => f.label).sort() : []).toEqual(["丙县", "丁县", "汇总", "甲县", "戊县", "乙县"].sort());
    const line = message("cli_batch_other_files", { n: 4 }, "zh");
    expect(line).toContain("4");
    expect(countMessage("cli_batch_other_files", 1, { n: 1 }, "en")).toBe("1 other file is not a workbook and was not read");
    expect(countMessage("cli_batch_other_files", 2, { n: 2 }, "en")).toBe("2 other files are not workbooks and were not read");
  });

  it("names the subfolders it did not walk, and walks them with --recursive", async () => {
    const cwd = folder(["甲县.xlsx", "北山县/", "南湖区/"]);
    writeFileSync(join(cwd, "市", "北山县", "学校基本情况.xlsx"), "x");
    writeFileSync(join(cwd, "市", "南湖区", "学校基本情况.xlsx"), "x");
    expect(await expandInputs(["市"], cwd, "", false)).toEqual({ files: [at(cwd, "甲县.xlsx", "甲县")], batch: true, notes: [{ code: "cli_batch_subfolders", items: ["北山县", "南湖区"] }] });
    // Each keeps the path it was found under: the county's folder names it.
    expect(await expandInputs(["市"], cwd, "", true)).toEqual({
      files: [at(cwd, "北山县/学校基本情况.xlsx", "北山县/学校基本情况"), at(cwd, "甲县.xlsx", "甲县"), at(cwd, "南湖区/学校基本情况.xlsx", "南湖区/学校基本情况")],
      batch: true,
      notes: [],
    });
  });

  it("makes several inputs a batch, each file once; skips a lock file or a result named directly (as a shell's *.xlsx names them)", async () => {
    const cwd = folder(["甲.xlsx", "~$甲.xlsx", "甲-评估结果.xlsx"]);
    expect(await expandInputs(["市/甲.xlsx", "市", "./市/甲.xlsx", "市/~$甲.xlsx", "市/甲-评估结果.xlsx"], cwd, "", false)).toEqual({
      files: [{ path: join(cwd, "市", "甲.xlsx"), label: "甲" }],
      batch: true,
      notes: [{ code: "cli_batch_skipped", items: ["~$甲.xlsx", "甲-评估结果.xlsx"] }],
    });
  });

  it("notes an empty folder beside others, and refuses when no input holds a workbook", async () => {
    const cwd = folder(["~$甲.xlsx", "甲.xlsx", "空/"]);
    expect(await expandInputs(["市", "市/空"], cwd, "", false)).toMatchObject({ files: [at(cwd, "甲.xlsx", "甲")], notes: expect.arrayContaining([{ code: "cli_batch_folder_empty", items: ["市/空"] }]) });
    expect(await expandInputs(["市/空"], cwd, "", false)).toEqual({ code: "cli_err_no_workbooks", params: { paths: "市/空" } });
    // The result workbook given back as the input: said as what it is, not as "no workbook".
    expect(await expandInputs(["市/~$甲.xlsx"], cwd, "", false)).toEqual({ code: "cli_err_only_skipped", params: { paths: "~$甲.xlsx" } });
  });

  it("says --recursive when a folder holds only subfolders (a city's folder of county folders), naming those holding a workbook", async () => {
    const cwd = folder(["北山县/", "南湖区/", "西岭县/2024/"]);
    writeFileSync(join(cwd, "市", "北山县", "学校.xlsx"), "x");
    writeFileSync(join(cwd, "市", "西岭县", "2024", "学校.xlsx"), "x");
    expect(await expandInputs(["市"], cwd, "", false)).toEqual({ code: "cli_err_only_subfolders", params: { paths: "市", folderPaths: "北山县\n西岭县" } });
  });

  it("does not name under --recursive a subfolder with no workbook in it (the audit's empty 空县/; before: named, and --recursive read nothing more)", async () => {
    const cwd = folder(["甲县.xlsx", "空县/", "文件/", "锁/", "南湖区/"]);
    writeFileSync(join(cwd, "市", "文件", "说明.txt"), "x");
    writeFileSync(join(cwd, "市", "锁", "~$学校.xlsx"), "x");
    writeFileSync(join(cwd, "市", "锁", "学校-评估结果.xlsx"), "x");
    writeFileSync(join(cwd, "市", "南湖区", "学校.xlsx"), "x");
    // A link back up from a subfolder does not walk for ever, nor count what the folder given holds.
    symlinkSync(join(cwd, "市"), join(cwd, "市", "空县", "上"));
    expect(await expandInputs(["市"], cwd, "", false)).toEqual({ files: [at(cwd, "甲县.xlsx", "甲县")], batch: true, notes: [{ code: "cli_batch_subfolders", items: ["南湖区"] }] });
    const cwd2 = folder(["甲县.xlsx", "空县/", "文件/"]);
    writeFileSync(join(cwd2, "市", "文件", "说明.txt"), "x");
    expect(await expandInputs(["市"], cwd2, "", false)).toEqual({ files: [at(cwd2, "甲县.xlsx", "甲县")], batch: true, notes: [] });
    // Only empty subfolders: no workbook, said as such.
    const cwd3 = folder(["空县/"]);
    expect(await expandInputs(["市"], cwd3, "", false)).toEqual({ code: "cli_err_no_workbooks", params: { paths: "市" } });
  });

  it("names a subfolder it cannot read, or too large to look through, as before: the batch goes on (review: EACCES on a subfolder stopped it)", async () => {
    const cwd = folder(["甲县.xlsx", "锁县/", "大县/"]);
    for (let i = 0; i < 2001; i++) writeFileSync(join(cwd, "市", "大县", `${i}.txt`), "");
    const readdir = promises.readdir.bind(promises);
    const denied = jest.spyOn(promises, "readdir").mockImplementation((async (path: string) => {
      if (String(path).endsWith("锁县")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return readdir(path);
    }) as unknown as typeof promises.readdir);
    try {
      expect(await expandInputs(["市"], cwd, "", false)).toEqual({ files: [at(cwd, "甲县.xlsx", "甲县")], batch: true, notes: [{ code: "cli_batch_subfolders", items: ["大县", "锁县"] }] });
    } finally {
      denied.mockRestore();
    }
    // 2,000 entries are looked through: a workbook after them is still found; none among them, said empty.
    const cwd2 = folder(["甲县.xlsx", "中县/"]);
    for (let i = 0; i < 1999; i++) writeFileSync(join(cwd2, "市", "中县", `${i}.txt`), "");
    expect(await expandInputs(["市"], cwd2, "", false)).toEqual({ files: [at(cwd2, "甲县.xlsx", "甲县")], batch: true, notes: [] });
  });

  it("lists several paths in the language's way, a name with a space or a comma kept whole (they were joined by spaces)", async () => {
    const cwd = folder(["~$甲 县.xlsx", "乙,丙-评估结果.xlsx"]);
    const error = await expandInputs(["市/~$甲 县.xlsx", "市/乙,丙-评估结果.xlsx"], cwd, "", false);
    if (!("code" in error)) throw new Error("refused");
    expect(message(error.code, error.params, "zh")).toContain("：~$甲 县.xlsx、乙,丙-评估结果.xlsx 是 Excel 的锁定文件");
    expect(message(error.code, error.params, "en")).toContain(": ~$甲 县.xlsx, 乙,丙-评估结果.xlsx. Give");
  });

  it("follows a county folder that is a link, once, and a link back up does not walk for ever", async () => {
    const cwd = folder(["南湖区/"]);
    writeFileSync(join(cwd, "市", "南湖区", "学校.xlsx"), "x");
    const elsewhere = join(cwd, "别处", "北山县");
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, "学校.xlsx"), "x");
    symlinkSync(elsewhere, join(cwd, "市", "北山县"));
    symlinkSync(join(cwd, "市"), join(cwd, "市", "南湖区", "回到市"));
    // Before: the linked 北山县 was neither a folder nor a workbook, and left out without a word.
    const found = await expandInputs(["市"], cwd, "", true);
    expect(found).toMatchObject({ files: [{ label: "北山县/学校" }, { label: "南湖区/学校" }] });
  });

  it.each([
    ["东城区-评估结果.xlsx", true],
    ["东城区-评估结果 (1).xlsx", true],
    ["评估总览.xlsx", true],
    ["东城区评估结果说明.xlsx", false],
    ["东城区.xlsx", false],
  ])("isOwnResult(%s) is %s", (name, own) => {
    expect(isOwnResult(name)).toBe(own);
  });
});
