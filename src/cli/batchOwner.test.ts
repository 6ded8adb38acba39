import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempFolder } from "../testing/tempFolder";
import { otherBatch, recordedSources, sourcesRecord } from "./batchOwner";

const dir = tempFolder("owner-");

/** The folders of the other batch otherBatch finds, none when it finds none. */
async function otherBatchSources(overview: string, overviewJson: string | null, folders: readonly string[]): Promise<string[]> {
  return (await otherBatch(overview, overviewJson, folders))?.sources ?? [];
}

/** An overview stand-in whose document description is `description`. */
async function overviewWith(name: string, description: string | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (description !== null) wb.description = description;
  wb.addWorksheet("评估总览");
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("sourcesRecord / recordedSources", () => {
  it("records the folders one per line under a head line, and reads them back", () => {
    expect(sourcesRecord(["/data/青州市", "/data/补报"])).toBe("youzhi-junheng batch sources:\n/data/青州市\n/data/补报");
    expect(recordedSources("youzhi-junheng batch sources:\n/data/青州市\n/data/补报")).toEqual(["/data/青州市", "/data/补报"]);
  });
  it("reads none from a description without the head line, or none at all", () => {
    expect(recordedSources("青州市 2024 年评估")).toBeNull();
    expect(recordedSources("")).toBeNull();
    expect(recordedSources(undefined)).toBeNull();
  });
});

describe("otherBatchSources", () => {
  it("names the earlier batch's folders this batch does not read: another city's into the same folder", async () => {
    const path = await overviewWith("a.xlsx", "youzhi-junheng batch sources:\n/data/青州市");
    expect(await otherBatchSources(path, null, ["/data/云州市"])).toEqual(["/data/青州市"]);
    // The same folder again (a re-run), also with one more beside it: nothing of the earlier batch is lost.
    expect(await otherBatchSources(path, null, ["/data/青州市/"])).toEqual([]);
    expect(await otherBatchSources(path, null, ["/data/青州市", "/data/补报"])).toEqual([]);
  });
  it("takes a folder and the folders inside it for one source: the same city's files named one by one, then its folder, or the other way round (before: refused)", async () => {
    const byFile = await overviewWith("byfile.xlsx", "youzhi-junheng batch sources:\n/data/某市/北山县\n/data/某市/南湖区");
    expect(await otherBatchSources(byFile, null, ["/data/某市"])).toEqual([]);
    const byFolder = await overviewWith("byfolder.xlsx", "youzhi-junheng batch sources:\n/data/某市");
    expect(await otherBatchSources(byFolder, null, ["/data/某市/北山县", "/data/某市/南湖区"])).toEqual([]);
    // A re-run over fewer of the city's folders overwrites none of another city's results.
    expect(await otherBatchSources(byFolder, null, ["/data/某市/北山县"])).toEqual([]);
    // But a folder the earlier batch read apart from all of ours is still said: 南湖区 beside 北山县.
    expect(await otherBatchSources(byFile, null, ["/data/某市/北山县"])).toEqual(["/data/某市/南湖区"]);
    // The parent of the earlier city's folder holds it: that city is read again, nothing of it lost.
    expect(await otherBatchSources(await overviewWith("qing.xlsx", "youzhi-junheng batch sources:\n/data/青州市"), null, ["/data"])).toEqual([]);
    // Siblings, and a folder whose name only begins like another's, are other sources.
    expect(await otherBatchSources(byFile, null, ["/data/某市/西山县"])).toEqual(["/data/某市/北山县", "/data/某市/南湖区"]);
    expect(await otherBatchSources(byFolder, null, ["/data/某市二"])).toEqual(["/data/某市"]);
  });
  it("names none where it cannot tell: no overview, an unreadable one, or one recording no folders", async () => {
    expect(await otherBatchSources(join(dir, "none.xlsx"), null, ["/data/云州市"])).toEqual([]);
    writeFileSync(join(dir, "bad.xlsx"), "not a workbook");
    expect(await otherBatchSources(join(dir, "bad.xlsx"), null, ["/data/云州市"])).toEqual([]);
    expect(await otherBatchSources(await overviewWith("old.xlsx", null), null, ["/data/云州市"])).toEqual([]);
    writeFileSync(join(dir, "old.json"), JSON.stringify({ profile: "national-2017", notes: [] }));
    writeFileSync(join(dir, "bad.json"), "{ not json");
    for (const json of ["old.json", "bad.json", "none.json"]) expect(await otherBatchSources(join(dir, "none.xlsx"), join(dir, json), ["/data/云州市"])).toEqual([]);
  });
  it("reads 评估总览.json's sources too, each folder named once", async () => {
    writeFileSync(join(dir, "q.json"), JSON.stringify({ sources: ["/data/青州市", 3] }));
    const xlsx = await overviewWith("q.xlsx", "youzhi-junheng batch sources:\n/data/青州市");
    expect(await otherBatchSources(join(dir, "none.xlsx"), join(dir, "q.json"), ["/data/云州市"])).toEqual(["/data/青州市"]);
    expect(await otherBatchSources(xlsx, join(dir, "q.json"), ["/data/云州市"])).toEqual(["/data/青州市"]);
    expect(await otherBatchSources(xlsx, join(dir, "q.json"), ["/data/青州市"])).toEqual([]);
  });
});

describe("otherBatchSources: workbooks named one by one", () => {
  const files = "youzhi-junheng batch sources:\n/w/甲县.xlsx\n/w/乙县.xlsx";

  it("takes named workbooks for the workbooks of their folder, not of the folders under it (before: cwd was recorded, holding every folder)", async () => {
    const byFiles = await overviewWith("files.xlsx", files);
    expect(await otherBatchSources(byFiles, null, ["/w/云州市"])).toEqual(["/w/甲县.xlsx", "/w/乙县.xlsx"]);
    expect(await otherBatchSources(byFiles, null, ["/w/云州市/北山县.xlsx"])).toEqual(["/w/甲县.xlsx", "/w/乙县.xlsx"]);
    expect(await otherBatchSources(byFiles, null, ["/v/甲县.xlsx"])).toEqual(["/w/甲县.xlsx", "/w/乙县.xlsx"]);
  });

  it("lets the same files run again, some of them, another of their folder, the folder or a folder above it", async () => {
    const byFiles = await overviewWith("files2.xlsx", files);
    for (const ours of [["/w/甲县.xlsx", "/w/乙县.xlsx"], ["/w/乙县.xlsx"], ["/w/丙县.xlsx"], ["/w"], ["/"]]) expect(await otherBatchSources(byFiles, null, ours)).toEqual([]);
  });

  it("names a recorded folder that holds none of the workbooks named, and takes one inside it for that folder's", async () => {
    const byFolder = await overviewWith("city.xlsx", "youzhi-junheng batch sources:\n/w/云州市");
    expect(await otherBatchSources(byFolder, null, ["/w/甲县.xlsx", "/w/乙县.xlsx"])).toEqual(["/w/云州市"]);
    expect(await otherBatchSources(byFolder, null, ["/w/云州市/北山县.xlsx"])).toEqual([]);
    expect(await otherBatchSources(byFolder, null, ["/w/云州市/南山区/东湖县.XLSX"])).toEqual([]);
  });
});

describe("otherBatch", () => {
  it("says which overview holds the other batch and which option chose its folder: --out for 评估总览.xlsx, --json for 评估总览.json", async () => {
    // Before: only the folders were said, and the message always blamed --out, naming a --out folder that did not exist.
    const none = join(dir, "none.xlsx");
    writeFileSync(join(dir, "j.json"), JSON.stringify({ sources: ["/data/青州市"] }));
    expect(await otherBatch(none, join(dir, "j.json"), ["/data/云州市"])).toEqual({ option: "--json", overview: join(dir, "j.json"), sources: ["/data/青州市"] });
    const xlsx = await overviewWith("x.xlsx", "youzhi-junheng batch sources:\n/data/青州市\n/data/补报");
    expect(await otherBatch(xlsx, null, ["/data/云州市"])).toEqual({ option: "--out", overview: xlsx, sources: ["/data/青州市", "/data/补报"] });
    // Both clash (one folder for both, or two): --out is said first; the same city again clashes with neither.
    expect(await otherBatch(xlsx, join(dir, "j.json"), ["/data/云州市"])).toMatchObject({ option: "--out", overview: xlsx });
    expect(await otherBatch(xlsx, join(dir, "j.json"), ["/data/青州市", "/data/补报"])).toBeNull();
    // The --out overview records 云州市 (this batch's own), the --json one 青州市: the clash is in --json.
    const own = await overviewWith("own.xlsx", "youzhi-junheng batch sources:\n/data/云州市");
    expect(await otherBatch(own, join(dir, "j.json"), ["/data/云州市"])).toMatchObject({ option: "--json", sources: ["/data/青州市"] });
    expect(await otherBatch(none, join(dir, "none.json"), ["/data/云州市"])).toBeNull();
  });
});
