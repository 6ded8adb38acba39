import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import { basename, join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { saveOrReport } from "./evaluateOne";
import { Run } from "./Run";
import { NODE_WRITE_IO } from "./writeAll";

const dir = tempFolder("save-");

describe("saveOrReport: an earlier result that cannot be put back", () => {
  it.each(["zh", "en"] as const)("names the earlier result and the backup it is kept under (%s)", async (lang) => {
    const out = join(dir, `${lang}.xlsx`);
    const json = join(dir, `${lang}.json`);
    writeFileSync(out, "an earlier result");
    const rename = async (from: string, to: string): Promise<void> => {
      if (to === json || (to === out && from.endsWith(".bak"))) throw Object.assign(new Error("EACCES: refused"), { code: "EACCES" });
      return NODE_WRITE_IO.rename(from, to);
    };
    const run = new Run(lang);
    const write = (content: string) => (path: string) => fs.writeFile(path, content);
    const ok = await saveOrReport([{ path: out, write: write("new") }, { path: json, write: write("{}") }], basename, run, { ...NODE_WRITE_IO, rename });
    expect(ok).toBe(false);
    expect(run.problems).toHaveLength(2);
    const backup = /(\.~yzjh-[^\s，,]+\.bak)/u.exec(run.problems[1] ?? "")?.[1] ?? "";
    expect(readFileSync(join(dir, backup), "utf8")).toBe("an earlier result");
    expect(run.problems[1]).toContain(`${lang}.xlsx`);
    expect(run.problems[1]).toContain(lang === "zh" ? "未能放回" : "could not be put back");
    // The failed run's workbook was removed: the backup's name is the one to rename.
    expect(existsSync(out)).toBe(false);
  });
});
