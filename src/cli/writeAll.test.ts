import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { NODE_WRITE_IO, OutputWriteError, writeAll, type WriteIo } from "./writeAll";

const text = (content: string) => (path: string) => fs.writeFile(path, content);
const failing = async (): Promise<void> => {
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
};
const nodeError = (code: string): Error => Object.assign(new Error(`${code}: refused, rename`), { code });

const folder = (): string => tempFolder("write-");

const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

/** Node's file system, with a rename that refuses every move onto `target` with `code`, counting the waits asked for. */
function refusingRenameOnto(target: string, code: string, platform: NodeJS.Platform, refusals = Infinity): { io: WriteIo; waits: number[] } {
  const waits: number[] = [];
  let left = refusals;
  const rename = async (from: string, to: string): Promise<void> => {
    if (to === target && left-- > 0) throw nodeError(code);
    return NODE_WRITE_IO.rename(from, to);
  };
  return { io: { ...NODE_WRITE_IO, rename, platform, wait: async (ms) => void waits.push(ms) }, waits };
}

describe("writeAll", () => {
  it("writes every file, making their folders, and leaves no temporary file", async () => {
    const dir = folder();
    const made = await writeAll([
      { path: join(dir, "out", "deep", "r.xlsx"), write: text("workbook") },
      { path: join(dir, "json", "r.json"), write: text("{}") },
    ]);
    expect(readFileSync(join(dir, "out", "deep", "r.xlsx"), "utf8")).toBe("workbook");
    expect(readFileSync(join(dir, "json", "r.json"), "utf8")).toBe("{}");
    expect(listing(dir)).toEqual(["json", "json/r.json", "out", "out/deep", "out/deep/r.xlsx"]);
    // The folders it made, the top one of each path (for the CLI to say), and none made the second time.
    expect(made).toEqual([join(dir, "out"), join(dir, "json")]);
    expect(await writeAll([{ path: join(dir, "out", "deep", "r.xlsx"), write: text("again") }])).toEqual([]);
  });

  it("replaces earlier results and leaves neither temporary nor backup beside them", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    writeFileSync(join(dir, "r.json"), "an earlier report");
    await writeAll([
      { path: join(dir, "r.xlsx"), write: text("new result") },
      { path: join(dir, "r.json"), write: text("new report") },
    ]);
    expect(readFileSync(join(dir, "r.xlsx"), "utf8")).toBe("new result");
    expect(readFileSync(join(dir, "r.json"), "utf8")).toBe("new report");
    expect(listing(dir)).toEqual(["r.json", "r.xlsx"]);
  });

  it("writes a file whose name is 255 bytes long, the most a folder entry holds (the temporary name must not be longer)", async () => {
    const dir = folder();
    // 83 × 县 is 249 bytes in UTF-8; with "a.xlsx" the name is 255 bytes, as Linux and macOS allow.
    const name = `${"县".repeat(83)}a.xlsx`;
    expect(Buffer.byteLength(name)).toBe(255);
    await writeAll([{ path: join(dir, name), write: text("workbook") }]);
    expect(readFileSync(join(dir, name), "utf8")).toBe("workbook");
    expect(readdirSync(dir)).toEqual([name]);
  });

  it("writes none when the second fails: no workbook, no temporary, no folder it made, an earlier result untouched", async () => {
    const dir = folder();
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
    const dir = folder();
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

describe("writeAll: a rename that fails once the first result is in place", () => {
  it("puts the earlier first result back when the second cannot be renamed (a folder of that name: EISDIR)", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    mkdirSync(join(dir, "r.json"));
    writeFileSync(join(dir, "r.json", "notes.txt"), "the user's notes");
    const error = await writeAll([
      { path: join(dir, "r.xlsx"), write: text("new result") },
      { path: join(dir, "r.json"), write: text("{}") },
    ]).catch((e: unknown) => e);
    expect((error as OutputWriteError).path).toBe(join(dir, "r.json"));
    expect(readFileSync(join(dir, "r.xlsx"), "utf8")).toBe("an earlier result");
    expect(readFileSync(join(dir, "r.json", "notes.txt"), "utf8")).toBe("the user's notes");
    expect(listing(dir)).toEqual(["r.json", "r.json/notes.txt", "r.xlsx"]);
  });

  it("puts back an earlier result and removes a new one when a later rename is refused (injected EXDEV)", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    const { io } = refusingRenameOnto(join(dir, "c.json"), "EXDEV", "linux");
    const error = await writeAll(
      [
        { path: join(dir, "r.xlsx"), write: text("new result") },
        { path: join(dir, "b.json"), write: text("new report") },
        { path: join(dir, "c.json"), write: text("third") },
      ],
      io,
    ).catch((e: unknown) => e);
    expect((error as OutputWriteError).path).toBe(join(dir, "c.json"));
    expect((error as OutputWriteError).cause).toMatchObject({ code: "EXDEV" });
    expect(listing(dir)).toEqual(["r.xlsx"]);
    expect(readFileSync(join(dir, "r.xlsx"), "utf8")).toBe("an earlier result");
  });

  it("puts back an earlier file whose own replacement is refused after it was moved aside", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    const { io } = refusingRenameOnto(join(dir, "r.xlsx"), "EACCES", "linux", 1);
    const error = await writeAll([{ path: join(dir, "r.xlsx"), write: text("new result") }], io).catch((e: unknown) => e);
    expect((error as OutputWriteError).cause).toMatchObject({ code: "EACCES" });
    expect(listing(dir)).toEqual(["r.xlsx"]);
    expect(readFileSync(join(dir, "r.xlsx"), "utf8")).toBe("an earlier result");
  });
  it("names an earlier result that cannot be put back, left under its backup name with its content", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    const rename = async (from: string, to: string): Promise<void> => {
      // The JSON cannot be placed, and then the earlier workbook cannot be renamed back over the new one.
      if (to === join(dir, "r.json") || (to === join(dir, "r.xlsx") && from.endsWith(".bak"))) throw nodeError("EACCES");
      return NODE_WRITE_IO.rename(from, to);
    };
    const error = (await writeAll(
      [
        { path: join(dir, "r.xlsx"), write: text("new result") },
        { path: join(dir, "r.json"), write: text("{}") },
      ],
      { ...NODE_WRITE_IO, rename },
    ).catch((e: unknown) => e)) as OutputWriteError;
    expect(error.path).toBe(join(dir, "r.json"));
    expect(error.stranded).toHaveLength(1);
    const [left] = error.stranded;
    expect(left?.target).toBe(join(dir, "r.xlsx"));
    expect(readFileSync(left?.backup ?? "", "utf8")).toBe("an earlier result");
    // The failed run's workbook does not stand where a result is looked for.
    expect(existsSync(join(dir, "r.xlsx"))).toBe(false);
    expect(left?.newLeft).toBe(false);
  });

  it("says the failed run's new file is left at the target when it cannot be removed either", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    const rename = async (from: string, to: string): Promise<void> => {
      if (to === join(dir, "r.json") || (to === join(dir, "r.xlsx") && from.endsWith(".bak"))) throw nodeError("EACCES");
      return NODE_WRITE_IO.rename(from, to);
    };
    const remove = async (path: string, recursive: boolean): Promise<void> => {
      if (path === join(dir, "r.xlsx")) throw nodeError("EBUSY");
      return NODE_WRITE_IO.remove(path, recursive);
    };
    const error = (await writeAll([{ path: join(dir, "r.xlsx"), write: text("new result") }, { path: join(dir, "r.json"), write: text("{}") }], { ...NODE_WRITE_IO, rename, remove }).catch((e: unknown) => e)) as OutputWriteError;
    expect(error.stranded.map((s) => s.newLeft)).toEqual([true]);
    expect(readFileSync(join(dir, "r.xlsx"), "utf8")).toBe("new result");
  });

  it("strands nothing when every earlier result is put back", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.xlsx"), "an earlier result");
    const { io } = refusingRenameOnto(join(dir, "r.json"), "EXDEV", "linux");
    const error = (await writeAll([{ path: join(dir, "r.xlsx"), write: text("new") }, { path: join(dir, "r.json"), write: text("{}") }], io).catch((e: unknown) => e)) as OutputWriteError;
    expect(error.stranded).toEqual([]);
    expect(readFileSync(join(dir, "r.xlsx"), "utf8")).toBe("an earlier result");
  });
});

describe("writeAll: Windows refusing a rename for a moment", () => {
  it("retries a rename refused with EBUSY or EPERM on win32, waiting a little longer each time", async () => {
    const dir = folder();
    for (const code of ["EBUSY", "EPERM"]) {
      const { io, waits } = refusingRenameOnto(join(dir, `${code}.xlsx`), code, "win32", 2);
      await writeAll([{ path: join(dir, `${code}.xlsx`), write: text(code) }], io);
      expect(readFileSync(join(dir, `${code}.xlsx`), "utf8")).toBe(code);
      expect(waits).toEqual([50, 100]);
    }
    expect(listing(dir)).toEqual(["EBUSY.xlsx", "EPERM.xlsx"]);
  });

  it("gives up after five retries (1.55 s in all), and does not retry elsewhere or for other errors", async () => {
    const dir = folder();
    const path = join(dir, "r.xlsx");
    const cases: [NodeJS.Platform, string, number[]][] = [
      ["win32", "EBUSY", [50, 100, 200, 400, 800]],
      ["linux", "EBUSY", []],
      ["win32", "EXDEV", []],
    ];
    for (const [platform, code, expected] of cases) {
      const { io, waits } = refusingRenameOnto(path, code, platform);
      const error = await writeAll([{ path, write: text("new") }], io).catch((e: unknown) => e);
      expect((error as OutputWriteError).cause).toMatchObject({ code });
      expect(waits).toEqual(expected);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeAll: a result path that is a symbolic link", () => {
  it("writes the file the link points to, keeping the link (and its temporary beside that file)", async () => {
    const dir = folder();
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "r.xlsx"), "an earlier result");
    symlinkSync(join(dir, "shared", "r.xlsx"), join(dir, "link.xlsx"));
    await writeAll([{ path: join(dir, "link.xlsx"), write: text("new result") }]);
    expect(lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "shared", "r.xlsx"), "utf8")).toBe("new result");
    expect(listing(dir)).toEqual(["link.xlsx", "shared", "shared/r.xlsx"]);
  });

  it("creates the file a dangling (relative) link points to, keeping the link", async () => {
    const dir = folder();
    mkdirSync(join(dir, "shared"));
    symlinkSync(join("shared", "r.xlsx"), join(dir, "link.xlsx"));
    await writeAll([{ path: join(dir, "link.xlsx"), write: text("new result") }]);
    expect(readlinkSync(join(dir, "link.xlsx"))).toBe(join("shared", "r.xlsx"));
    expect(readFileSync(join(dir, "shared", "r.xlsx"), "utf8")).toBe("new result");
  });

  it("puts the linked file back when a later rename fails", async () => {
    const dir = folder();
    writeFileSync(join(dir, "real.xlsx"), "an earlier result");
    symlinkSync(join(dir, "real.xlsx"), join(dir, "link.xlsx"));
    const { io } = refusingRenameOnto(join(dir, "r.json"), "EIO", "linux");
    const error = await writeAll(
      [
        { path: join(dir, "link.xlsx"), write: text("new result") },
        { path: join(dir, "r.json"), write: text("{}") },
      ],
      io,
    ).catch((e: unknown) => e);
    expect((error as OutputWriteError).path).toBe(join(dir, "r.json"));
    expect(listing(dir)).toEqual(["link.xlsx", "real.xlsx"]);
    expect(readFileSync(join(dir, "real.xlsx"), "utf8")).toBe("an earlier result");
  });
});
