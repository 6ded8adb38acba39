import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import { basename, join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { saveOrReport, schoolsFirstRow } from "./evaluateOne";
import type { SheetSpec } from "../workbook/types";
import { makeTable } from "../workbook/write/tableDraft";
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

describe("schoolsFirstRow", () => {
  const table = (caption: string | null) => makeTable({ name: "T", caption, columns: [{ header: "学校", numberFormat: null }], rows: [["甲小学"], ["乙小学"]], emptyText: "（无）" });
  const sheet = (role: SheetSpec["role"], notes: string[], caption: string | null): SheetSpec => ({ name: "学校达标", role, title: "标题", notes, tables: [table(caption)], freezeColumns: 0 });

  it("finds the first section's row on 学校达标: title 1, notes 2–3, blank 4, header 5 → 6; a caption pushes it to 7", () => {
    expect(schoolsFirstRow([sheet("summary", [], null), sheet("schools", ["注一", "注二"], null)])).toBe(6);
    expect(schoolsFirstRow([sheet("schools", ["注一", "注二"], "学校")])).toBe(7);
  });

  it("is null without a 学校达标 sheet", () => {
    expect(schoolsFirstRow([sheet("summary", [], null)])).toBeNull();
  });
});
