import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pngSize } from "./icons/encodePng";

const root = join(__dirname, "..", "..");
const manifestPath = join(root, "manifest.xml");
const xsd = join(root, "..", "shared", "office-manifest-xsd", "OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(manifestPath, "utf8");
const ORIGIN = "https://localhost:3000/";

/** The local file a manifest URL points at (dist/ mirrors assets/ and the pages). */
function assetFile(url: string): string {
  expect(url.startsWith(ORIGIN)).toBe(true);
  return join(root, url.slice(ORIGIN.length));
}

/** Every bt:Image resource id with its URL, and the sizes under which controls use it. */
function imageResources(): Map<string, { url: string; sizes: Set<number> }> {
  const images = new Map<string, { url: string; sizes: Set<number> }>();
  for (const m of manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)) {
    images.set(m[1] ?? "", { url: m[2] ?? "", sizes: new Set() });
  }
  for (const m of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    images.get(m[2] ?? "")?.sizes.add(Number(m[1]));
  }
  return images;
}

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schema (xmllint, offline)", () => {
    let output = "";
    try {
      output = execFileSync("xmllint", ["--noout", "--schema", xsd, manifestPath], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { stderr?: string; code?: string };
      throw new Error(e.code === "ENOENT" ? "xmllint missing: apt-get install -y libxml2-utils" : `manifest invalid:\n${e.stderr ?? ""}`, { cause: error });
    }
    expect(output).toBe("");
  });

  it("references ribbon icons that exist with the pixel size each control states", () => {
    const images = imageResources();
    expect([...images.values()].flatMap((i) => [...i.sizes]).sort((a, b) => a - b)).toEqual([16, 32, 80]);
    for (const { url, sizes } of images.values()) {
      const size = pngSize(readFileSync(assetFile(url)));
      for (const s of sizes) expect(size).toEqual({ width: s, height: s });
    }
  });

  it("references a 64 px IconUrl and a 128 px HighResolutionIconUrl", () => {
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    const high = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    expect(pngSize(readFileSync(assetFile(icon)))).toEqual({ width: 64, height: 64 });
    expect(pngSize(readFileSync(assetFile(high)))).toEqual({ width: 128, height: 128 });
  });

  it("serves the pages the manifest names from the webpack build", () => {
    const config = readFileSync(join(root, "webpack.config.js"), "utf8");
    for (const page of ["taskpane", "commands", "help"]) expect(manifest).toContain(`${ORIGIN}${page}.html`);
    expect(config).toContain('page("taskpane", "taskpane")');
    expect(config).toContain('page("commands", "commands")');
    expect(config).toContain('to: "help.html"');
    expect(existsSync(join(root, "src", "taskpane", "help.html"))).toBe(true);
  });

  it("offers zh-CN by default with en-US overrides for every short and long string", () => {
    expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    const strings = [...manifest.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g)];
    const all = [...manifest.matchAll(/<bt:String id=/g)];
    expect(strings.length).toBe(all.length);
    expect(manifest).toMatch(/<bt:String id="Evaluate.Label" DefaultValue="评估">\s*<bt:Override Locale="en-US" Value="Evaluate"/);
  });
});
