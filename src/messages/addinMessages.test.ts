import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_MESSAGES } from "./addinMessages";

const SRC = join(__dirname, "..");

/** The add-in's code and pages (not tests): where its catalogue entries are used. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" || name === "messages" ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith(".test.ts") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("the add-in's catalogue table", () => {
  const code = sources(SRC).join("\n");
  /** Codes built at run time from a prefix: `addin_feature_${f}`, `addin_progress_${step}`. */
  const prefixes = [...code.matchAll(/`(addin_\w+_)\$\{/g)].map((m) => m[1] ?? "");

  it("finds the prefixes of codes built at run time", () => expect(prefixes).toEqual(expect.arrayContaining(["addin_feature_", "addin_progress_", "addin_failed_"])));

  // A `_one` entry is the singular form message() picks for its code when params.count is 1: used where its code is.
  it.each(Object.keys(ADDIN_MESSAGES))("%s is used", (entry) => {
    const used = entry.replace(/_one$/, "");
    expect(new RegExp(`\\b${used}\\b`).test(code) || prefixes.some((p) => used.startsWith(p))).toBe(true);
  });
});
