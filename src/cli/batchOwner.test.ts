import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempFolder } from "./testing/tempFolder";
import { otherBatchSources, recordedSources, sourcesRecord } from "./batchOwner";

const dir = tempFolder("owner-");

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
