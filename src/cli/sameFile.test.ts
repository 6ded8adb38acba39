import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { sameFile, samePlace } from "./sameFile";

// Everything a test makes, links to its folder included, stays under one temporary folder, removed at the end.
const root = tempFolder("same-");

function folder(): string {
  const dir = mkdtempSync(join(root, "case-"));
  writeFileSync(join(dir, "s.xlsx"), "the county's workbook");
  writeFileSync(join(dir, "other.xlsx"), "another workbook");
  return dir;
}

describe("sameFile", () => {
  it("takes a symbolic link, a hard link, a link to the folder and a path with .. for the file itself", async () => {
    const dir = folder();
    symlinkSync(join(dir, "s.xlsx"), join(dir, "link.xlsx"));
    linkSync(join(dir, "s.xlsx"), join(dir, "hard.xlsx"));
    symlinkSync(dir, `${dir}-link`);
    mkdirSync(join(dir, "sub"));
    expect(await sameFile(join(dir, "link.xlsx"), join(dir, "s.xlsx"))).toBe(true);
    expect(await sameFile(join(dir, "s.xlsx"), join(dir, "link.xlsx"))).toBe(true);
    expect(await sameFile(join(dir, "hard.xlsx"), join(dir, "s.xlsx"))).toBe(true);
    expect(await sameFile(`${dir}-link/s.xlsx`, join(dir, "s.xlsx"))).toBe(true);
    expect(await sameFile(join(dir, "sub", "..", "s.xlsx"), join(dir, "s.xlsx"))).toBe(true);
  });

  it("tells apart two files, and a file from a name not yet written (also through a linked folder)", async () => {
    const dir = folder();
    expect(await sameFile(join(dir, "other.xlsx"), join(dir, "s.xlsx"))).toBe(false);
    expect(await sameFile(join(dir, "new", "r.xlsx"), join(dir, "s.xlsx"))).toBe(false);
    expect(await sameFile(join(dir, "new", "r.xlsx"), join(dir, "new", "r.xlsx"))).toBe(true);
  });
});

describe("samePlace", () => {
  it("takes two names differing only in case for one file (Windows and macOS), even before either exists", async () => {
    const dir = folder();
    expect(await samePlace(join(dir, "r.out"), join(dir, "R.OUT"))).toBe(true);
    expect(await samePlace(join(dir, "x", "r.out"), join(dir, "X", "r.out"))).toBe(true);
    expect(await samePlace(join(dir, "r.xlsx"), join(dir, "r.json"))).toBe(false);
  });

  it("takes a dangling link for the file it points to, as writeAll writes it (else the JSON replaced the workbook and the command succeeded)", async () => {
    const dir = folder();
    // out.xlsx -> r.json, which is not written yet; and a link in a folder reached through a linked folder.
    symlinkSync("r.json", join(dir, "out.xlsx"));
    mkdirSync(join(dir, "sub"));
    symlinkSync(join("..", "x.json"), join(dir, "sub", "link.xlsx"));
    symlinkSync(dir, `${dir}-via`);
    expect(await samePlace(join(dir, "out.xlsx"), join(dir, "r.json"))).toBe(true);
    expect(await samePlace(join(dir, "r.json"), join(dir, "out.xlsx"))).toBe(true);
    expect(await sameFile(join(dir, "out.xlsx"), join(dir, "r.json"))).toBe(true);
    expect(await samePlace(`${dir}-via/sub/link.xlsx`, join(dir, "x.json"))).toBe(true);
    expect(await samePlace(join(dir, "out.xlsx"), join(dir, "other.json"))).toBe(false);
  });
});
