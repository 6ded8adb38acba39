import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chooseProfile, jsonErrorAt, ProfileChoiceError } from "./chooseProfile";

function dir(): string {
  return mkdtempSync(join(tmpdir(), "profile-"));
}

async function refusal(spec: string): Promise<{ code: string; params: Readonly<Record<string, string>> }> {
  const error = await chooseProfile(spec).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ProfileChoiceError)) throw new Error(`expected a ProfileChoiceError, got ${String(error)}`);
  return { code: error.code, params: error.params };
}

describe("chooseProfile: a profile file", () => {
  it("reads a file saved by Windows Notepad (UTF-8 with a byte order mark)", async () => {
    const file = join(dir(), "bom.json");
    writeFileSync(file, `\uFEFF${JSON.stringify({ extends: "national-2017", id: "bom-county", name: { zh: "某县", en: "A county" } })}`, "utf8");
    const chosen = await chooseProfile(file);
    expect(chosen.profile.id).toBe("bom-county");
  });

  it("says a missing file, or a folder, by its own message (not Node's ENOENT / EISDIR)", async () => {
    const d = dir();
    mkdirSync(join(d, "dir.json"));
    expect(await refusal(join(d, "nonexist.json"))).toEqual({ code: "cli_err_profile_missing", params: { file: join(d, "nonexist.json") } });
    expect(await refusal(join(d, "dir.json"))).toEqual({ code: "cli_err_profile_folder", params: { file: join(d, "dir.json") } });
  });

  it("gives the line and column of a JSON syntax error, not the parser's offset", async () => {
    const file = join(dir(), "broken.json");
    // The tester's file: an object left open after its first property; the parser stops at offset 28, the start of line 2.
    writeFileSync(file, '{"extends":"national-2017",\n');
    expect(await refusal(file)).toEqual({ code: "cli_err_profile_json", params: { file, line: "2", column: "1" } });
  });
});

describe("jsonErrorAt", () => {
  it("counts lines and columns from 1, across \\r\\n, and points after the text when the parser names no offset", () => {
    expect(jsonErrorAt('{\r\n  "a": 1,\r\n  b', new SyntaxError("Expected double-quoted property name in JSON at position 16"))).toEqual({ line: "3", column: "3" });
    expect(jsonErrorAt("{", new SyntaxError("Expected property name or '}' in JSON at position 1"))).toEqual({ line: "1", column: "2" });
    expect(jsonErrorAt('{"a":\n', new SyntaxError("Unexpected end of JSON input"))).toEqual({ line: "2", column: "1" });
  });
});
