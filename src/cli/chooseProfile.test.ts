import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { ProfileError } from "../profiles/ProfileError";
import { chooseProfile, jsonErrorAt, ProfileChoiceError } from "./chooseProfile";

const dir = (): string => tempFolder("profile-");

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

  it("reads a profile file saved as .txt or with no extension, and says a folder without .json is a folder, not an unknown id", async () => {
    const d = dir();
    const text = JSON.stringify({ extends: "national-2017", id: "txt-county", name: { zh: "某县", en: "A county" } });
    writeFileSync(join(d, "本县规则.txt"), text);
    writeFileSync(join(d, "rules"), text);
    mkdirSync(join(d, "profiles"));
    expect((await chooseProfile(join(d, "本县规则.txt"))).profile.id).toBe("txt-county");
    expect((await chooseProfile(join(d, "rules"))).profile.id).toBe("txt-county");
    expect(await refusal(join(d, "profiles"))).toEqual({ code: "cli_err_profile_folder", params: { file: join(d, "profiles") } });
    expect((await refusal(join(d, "nothing.txt"))).code).toBe("cli_err_profile_unknown");
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

  it("places an error Node 20's parser gives no position for: single quotes on line 1 of 5 are at column 13, not at the end", async () => {
    const file = join(dir(), "bad3.json");
    // The tester's bad3.json; the ' follows {"extends": (12 characters), so column 13.
    writeFileSync(file, "{\"extends\": 'national-2017'}\n\n\n\n");
    expect(await refusal(file)).toEqual({ code: "cli_err_profile_json", params: { file, line: "1", column: "13" } });
  });

  it("says a comment (JSON has none) is a comment, and places a comma before } at the comma, not at the }", async () => {
    const d = dir();
    writeFileSync(join(d, "comment.json"), '{\n  // 本县规则\n  "extends": "national-2017"\n}\n');
    writeFileSync(join(d, "block.json"), '/* 本县 */\n{"extends": "national-2017"}\n');
    // Line 2 is `  "extends": "national-2017",`: 2 spaces, 9 + 1 + 1 + 15 characters, then the comma at column 29.
    writeFileSync(join(d, "comma.json"), '{\r\n  "extends": "national-2017",\r\n}\r\n');
    expect(await refusal(join(d, "comment.json"))).toEqual({ code: "cli_err_profile_json_comment", params: { file: join(d, "comment.json"), line: "2", column: "3" } });
    expect(await refusal(join(d, "block.json"))).toEqual({ code: "cli_err_profile_json_comment", params: { file: join(d, "block.json"), line: "1", column: "1" } });
    expect(await refusal(join(d, "comma.json"))).toEqual({ code: "cli_err_profile_json_comma", params: { file: join(d, "comma.json"), line: "2", column: "29" } });
  });

  it("places a comma before ] and a comma with blank lines after it on the comma's own line", async () => {
    const d = dir();
    writeFileSync(join(d, "list.json"), '{"sources": ["a", "b",]}');
    writeFileSync(join(d, "gap.json"), '{\n  "id": "x",\n\n\n}');
    expect(await refusal(join(d, "list.json"))).toEqual({ code: "cli_err_profile_json_comma", params: { file: join(d, "list.json"), line: "1", column: "22" } });
    expect(await refusal(join(d, "gap.json"))).toEqual({ code: "cli_err_profile_json_comma", params: { file: join(d, "gap.json"), line: "2", column: "12" } });
  });

  it("refuses a file saved as GBK or UTF-16 (Notepad's ANSI, Unicode) rather than reading its Chinese name as mojibake", async () => {
    const d = dir();
    const profile = `{"extends": "national-2017", "id": "gbk-county", "name": {"zh": "某县", "en": "A county"}}`;
    // 某县 in GBK is C4 B3 CF D8: C4 B3 happens to be UTF-8 too (ĳ, the mojibake the CLI printed), CF D8 is not.
    const at = profile.indexOf("某县");
    writeFileSync(join(d, "gbk.json"), Buffer.concat([Buffer.from(profile.slice(0, at)), Buffer.from([0xc4, 0xb3, 0xcf, 0xd8]), Buffer.from(profile.slice(at + 2))]));
    writeFileSync(join(d, "utf16.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(profile, "utf16le")]));
    writeFileSync(join(d, "utf16-no-mark.json"), Buffer.from(profile, "utf16le"));
    for (const name of ["gbk.json", "utf16.json", "utf16-no-mark.json"]) expect(await refusal(join(d, name))).toEqual({ code: "cli_err_profile_encoding", params: { file: join(d, name) } });
  });

  it("leaves the place out rather than guess it when it cannot be found (nesting too deep to scan)", async () => {
    const file = join(dir(), "deep.json");
    // The parser says only "Unexpected token 'x'"; the x is not at the end, and the scan gives up.
    writeFileSync(file, `${"[".repeat(100_000)}x\n`);
    expect(await refusal(file)).toEqual({ code: "cli_err_profile_json_unplaced", params: { file } });
  });
});

describe("jsonErrorAt", () => {
  it("counts lines and columns from 1, across \\r\\n, from the parser's offset, or the end of a text that stops early", () => {
    expect(jsonErrorAt('{\r\n  "a": 1,\r\n  b', new SyntaxError("Expected double-quoted property name in JSON at position 16"))).toEqual({ line: "3", column: "3" });
    expect(jsonErrorAt("{", new SyntaxError("Expected property name or '}' in JSON at position 1"))).toEqual({ line: "1", column: "2" });
    expect(jsonErrorAt('{"a":\n', new SyntaxError("Unexpected end of JSON input"))).toEqual({ line: "2", column: "1" });
  });

  it("finds the place itself when the parser names none (Node 20's \"Unexpected token\"), never the end of the text", () => {
    const text = "{\n  \"extends\": national-2017\n}\n\n";
    // Node 20's own words for this text: the n could begin null, the a cannot follow it.
    const error = new SyntaxError(`Unexpected token 'a', ..."xtends": national-20"... is not valid JSON`);
    // Line 2 is '  "extends": national-2017': two spaces, 9 for "extends", the colon, a space, n at 14; the a is the 15th character.
    expect(jsonErrorAt(text, error)).toEqual({ line: "2", column: "15" });
  });

  it("takes the parser's offset only where its own scan gives up (nesting too deep), and its own place over an offset that disagrees", () => {
    // 100 000 [ then x: too deep to scan; a parser naming position 100 000 (the x) places it at column 100 001, the end at 100 002.
    const deep = `${"[".repeat(100_000)}x`;
    expect(jsonErrorAt(deep, new SyntaxError("Unexpected token 'x' in JSON at position 100000"))).toEqual({ line: "1", column: "100001" });
    expect(jsonErrorAt(deep, new SyntaxError("Unexpected end of JSON input"))).toEqual({ line: "1", column: "100002" });
    // {'a':1}: the ' is the 2nd character, whatever offset the error names.
    expect(jsonErrorAt("{'a':1}", new SyntaxError("Unexpected token in JSON at position 5"))).toEqual({ line: "1", column: "2" });
  });
});

describe("chooseProfile: what a profile file must be", () => {
  it("says an empty file is empty, not that line 1 column 1 is wrong", async () => {
    const file = join(dir(), "empty.json");
    writeFileSync(file, "\n  \n");
    expect(await refusal(file)).toEqual({ code: "cli_err_profile_empty", params: { file } });
  });

  it("refuses a file that inherits its id and name (the tester's noid.json), naming both", async () => {
    const file = join(dir(), "noid.json");
    writeFileSync(file, JSON.stringify({ extends: "national-2017", cvLimits: { primary: 0.25, junior: 0.2 } }));
    const error = await chooseProfile(file).then(() => null, (e: unknown) => e);
    expect(error instanceof ProfileError ? error.problems.map((p) => [p.path, p.code]) : error).toEqual([
      ["id", "profile_file_own_id"],
      ["name", "profile_file_own_id"],
    ]);
  });

  it("names the file it was read from, so that the results can say it", async () => {
    const file = join(dir(), "good.json");
    writeFileSync(file, JSON.stringify({ extends: "national-2017", id: "qingzhou-2025", name: { zh: "青州市", en: "Qingzhou" }, cvLimits: { primary: 0.25, junior: 0.2 } }));
    const chosen = await chooseProfile(file);
    expect(chosen.file).toBe(file);
    expect((await chooseProfile("national-2017")).file).toBeNull();
  });
});
