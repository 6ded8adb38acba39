import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pngSize } from "./icons/encodePng";

const root = join(__dirname, "..", "..");
const manifestPath = join(root, "manifest.xml");
/** Microsoft's offline XSDs (../shared/office-manifest-xsd) plus a lax stand-in for the nested VersionOverrides 1.1. */
const xsd = join(root, "scripts", "manifest-xsd", "manifest.xsd");
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

const NESTED_OPEN = '<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">';

/** The two ribbon blocks as text: VersionOverrides 1.0 (without its nested child) and the nested 1.1. */
function blocks(): { v10: string; v11: string } {
  const xml = manifest.replace(/<!--[\s\S]*?-->/g, "");
  const start = xml.indexOf(NESTED_OPEN);
  const end = xml.indexOf("</VersionOverrides>", start) + "</VersionOverrides>".length;
  expect(start).toBeGreaterThan(0);
  return { v10: xml.slice(0, start) + xml.slice(end), v11: xml.slice(start, end) };
}

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? "");

/** What a block offers on the ribbon: control ids, their actions, and the resource ids it uses and defines. */
function ribbon(block: string) {
  return {
    controls: all(block, /<Control xsi:type="Button" id="([^"]+)"/g),
    functions: all(block, /<FunctionName>([^<]+)<\/FunctionName>/g),
    functionFile: /<FunctionFile resid="([^"]+)"/.exec(block)?.[1],
    paneSource: /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="([^"]+)"/.exec(block)?.[1],
    used: new Set(all(block, /resid="([^"]+)"/g)),
    defined: new Set(all(block, /<bt:(?:Image|Url|String) id="([^"]+)"/g)),
    urls: new Map([...block.matchAll(/<bt:Url id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""])),
  };
}

describe("manifest.xml: shared runtime (nested VersionOverrides 1.1)", () => {
  const { v10, v11 } = blocks();
  const old = ribbon(v10);
  const shared = ribbon(v11);

  it("nests the 1.1 block last inside the 1.0 one, with Requirements, Hosts and Resources in that order", () => {
    expect(v10).toMatch(/<\/Resources>\s*<\/VersionOverrides>\s*<\/OfficeApp>/);
    expect(manifest.indexOf(NESTED_OPEN)).toBeGreaterThan(manifest.indexOf("</Resources>"));
    const order = ["<Requirements>", "<Hosts>", "<Resources>"].map((tag) => v11.indexOf(tag));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("asks for SharedRuntime 1.1, so that hosts without it keep using the 1.0 block", () => {
    expect(v11).toMatch(/<Requirements>\s*<bt:Sets DefaultMinVersion="1.1">\s*<bt:Set Name="SharedRuntime" MinVersion="1.1" \/>\s*<\/bt:Sets>\s*<\/Requirements>/);
    expect(v10).not.toContain("SharedRuntime");
    expect(v10).not.toContain("<Runtimes>");
  });

  it("declares one long-lived runtime on the task pane page, first in the Host, and runs the ribbon's functions in it", () => {
    expect(v11).toMatch(/<Host xsi:type="Workbook">\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long" \/>\s*<\/Runtimes>\s*<DesktopFormFactor>/);
    expect(shared.functionFile).toBe("Taskpane.Url");
    expect(shared.paneSource).toBe("Taskpane.Url");
    expect(shared.urls.get("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
  });

  it("keeps commands.html as the function file of the 1.0 block (hosts without a shared runtime)", () => {
    expect(old.functionFile).toBe("Commands.Url");
    expect(old.urls.get("Commands.Url")).toBe("https://localhost:3000/commands.html");
  });

  it("offers the same buttons and functions in both blocks", () => {
    expect(old.controls).toEqual(["YZJH.Evaluate", "YZJH.ShowTaskpane"]);
    expect(shared.controls).toEqual(old.controls);
    expect(shared.functions).toEqual(["evaluate"]);
    expect(shared.functions).toEqual(old.functions);
  });

  it("defines every resource id each block uses in that block's own Resources", () => {
    for (const block of [old, shared]) {
      expect([...block.used].filter((id) => !block.defined.has(id))).toEqual([]);
      expect(block.used.size).toBeGreaterThan(10);
    }
  });
});

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
