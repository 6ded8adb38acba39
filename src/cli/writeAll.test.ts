import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OutputWriteError, writeAll } from "./writeAll";

const text = (content: string) => (path: string) => fs.writeFile(path, content);
const failing = async (): Promise<void> => {
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
};

describe("writeAll", () => {
  it("writes every file, making their folders, and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "write-"));
    await writeAll([
      { path: join(dir, "out", "r.xlsx"), write: text("workbook") },
      { path: join(dir, "json", "r.json"), write: text("{}") },
    ]);
    expect(readFileSync(join(dir, "out", "r.xlsx"), "utf8")).toBe("workbook");
    expect(readFileSync(join(dir, "json", "r.json"), "utf8")).toBe("{}");
    expect(readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()).toEqual(["json", "json/r.json", "out", "out/r.xlsx"]);
  });

  it("writes none when the second fails: no workbook, no temporary, no folder it made, an earlier result untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "write-"));
    writeFileSync(join(dir, "old.xlsx"), "an earlier result");
    const error = await writeAll([
      { path: join(dir, "old.xlsx"), write: text("new result") },
      { path: join(dir, "new", "deep", "r.json"), write: failing },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as OutputWriteError).path).toBe(join(dir, "new", "deep", "r.json"));
    expect(readdirSync(dir)).toEqual(["old.xlsx"]);
    expect(readFileSync(join(dir, "old.xlsx"), "utf8")).toBe("an earlier result");
  });

  it("names the file whose folder cannot be made (a file stands where the folder should be)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "write-"));
    writeFileSync(join(dir, "afile"), "x");
    const error = await writeAll([
      { path: join(dir, "ok.xlsx"), write: text("workbook") },
      { path: join(dir, "afile", "r.json"), write: text("{}") },
    ]).catch((e: unknown) => e);
    expect((error as OutputWriteError).path).toBe(join(dir, "afile", "r.json"));
    expect(existsSync(join(dir, "ok.xlsx"))).toBe(false);
    expect(readdirSync(dir)).toEqual(["afile"]);
  });
});
