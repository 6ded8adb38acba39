import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pngSize } from "./icons/encodePng";

const root = join(__dirname, "..", "..");
const manifestPath = join(root, "manifest.xml");
/** `npm run validate`: Microsoft's offline XSDs, unchanged, on a copy without the <Runtimes> element. */
const validateScript = join(root, "scripts", "validate-manifest.js");
const publishedXsd = join(root, "..", "shared", "office-manifest-xsd", "OfficeAppManifestV1_1.xsd");
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

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? "");
/** The manifest without comments, so that prose about elements is not taken for elements. */
const xml = manifest.replace(/<!--[\s\S]*?-->/g, "");

/** What the manifest offers on the ribbon: control ids, their actions, and the resource ids it uses and defines. */
const ribbon = {
  controls: all(xml, /<Control xsi:type="Button" id="([^"]+)"/g),
  functions: all(xml, /<FunctionName>([^<]+)<\/FunctionName>/g),
  functionFiles: all(xml, /<FunctionFile resid="([^"]+)"/g),
  paneSource: /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="([^"]+)"/.exec(xml)?.[1],
  runtimes: [...xml.matchAll(/<Runtime\b([^>]*)\/>/g)].map((m) => ({ resid: /resid="([^"]+)"/.exec(m[1] ?? "")?.[1], lifetime: /lifetime="([^"]+)"/.exec(m[1] ?? "")?.[1] })),
  used: new Set(all(xml, /resid="([^"]+)"/g)),
  defined: new Set(all(xml, /<bt:(?:Image|Url|String) id="([^"]+)"/g)),
  urls: new Map([...xml.matchAll(/<bt:Url id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""])),
};

/** `npm run validate` on a manifest text: exit status and everything it printed. */
function validate(text: string): { status: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "yzjh-manifest-test-"));
  try {
    const file = join(dir, "manifest.xml");
    writeFileSync(file, text);
    const run = spawnSync("node", [validateScript, file], { encoding: "utf8" });
    return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest.xml: one VersionOverrides 1.0 with a shared runtime (Runtimes)", () => {
  it("has exactly one VersionOverrides, 1.0, and no nested 1.1 block", () => {
    expect(all(xml, /<VersionOverrides ([^>]*)>/g)).toEqual(['xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0"']);
    expect(xml).not.toContain("taskpaneappversionoverrides/1.1");
  });

  it("declares one long-lived Runtime on the task pane page as the first child of the Workbook Host", () => {
    expect(all(xml, /(<Runtimes>)/g)).toHaveLength(1);
    expect(ribbon.runtimes).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    expect(xml).toMatch(/<Host xsi:type="Workbook">\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long" \/>\s*<\/Runtimes>\s*<DesktopFormFactor>/);
    expect(ribbon.urls.get("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />');
  });

  it("runs the ribbon's functions on the same page (FunctionFile = the Runtime's resid = the pane's SourceLocation)", () => {
    expect(ribbon.functionFiles).toEqual(["Taskpane.Url"]);
    expect(ribbon.paneSource).toBe("Taskpane.Url");
    expect(xml).not.toContain("commands.html");
  });

  it("does not require SharedRuntime, so that hosts without it still show the buttons", () => {
    expect(xml).not.toContain("SharedRuntime");
    expect(all(xml, /<Set Name="([^"]+)"/g)).toEqual(["ExcelApi"]);
  });

  it("offers both buttons: 评估 runs the function evaluate, 评估设置 opens the pane", () => {
    expect(ribbon.controls).toEqual(["YZJH.Evaluate", "YZJH.ShowTaskpane"]);
    expect(ribbon.functions).toEqual(["evaluate"]);
    expect(xml).toMatch(/id="YZJH.Evaluate">[\s\S]*?<Action xsi:type="ExecuteFunction">[\s\S]*?<\/Control>\s*<Control xsi:type="Button" id="YZJH.ShowTaskpane">[\s\S]*?<Action xsi:type="ShowTaskpane">/);
  });

  it("defines every resource id it uses, and uses every one it defines", () => {
    expect([...ribbon.used].filter((id) => !ribbon.defined.has(id))).toEqual([]);
    expect([...ribbon.defined].filter((id) => !ribbon.used.has(id))).toEqual([]);
    expect(ribbon.used.size).toBeGreaterThan(10);
  });
});

describe("npm run validate (Microsoft's published XSDs, unchanged)", () => {
  const runtimesLine = manifest.split("\n").findIndex((line) => line.includes("<Runtimes>")) + 1;

  it("passes for manifest.xml, saying that only the <Runtimes> element was removed", () => {
    const { status, output } = validate(manifest);
    expect(output).toContain("with its 1 <Runtimes> element(s) removed");
    expect(output).toContain("(without <Runtimes>) validates");
    expect(status).toBe(0);
  });

  it("needs that removal: the published XSDs reject <Runtimes> itself, and nothing else in the manifest", () => {
    let stderr = "";
    try {
      execFileSync("xmllint", ["--noout", "--schema", publishedXsd, manifestPath], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { stderr?: string; code?: string };
      if (e.code === "ENOENT") throw new Error("xmllint missing: apt-get install -y libxml2-utils", { cause: error });
      stderr = e.stderr ?? "";
    }
    const errors = stderr.split("\n").filter((line) => line.includes("validity error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`manifest.xml:${runtimesLine}: element Runtimes`);
  });

  it("fails for a misspelt VersionOverrides 1.0 element, at the line of the real file", () => {
    const broken = manifest.replace("<Supertip>", "<SuperTip>").replace("</Supertip>", "</SuperTip>");
    const line = broken.split("\n").findIndex((l) => l.includes("<SuperTip>")) + 1;
    const { status, output } = validate(broken);
    expect(status).not.toBe(0);
    expect(output).toContain(`(without <Runtimes>):${line}: element SuperTip`);
  });

  it("fails for an unknown element right next to <Runtimes> (only <Runtimes> itself is removed)", () => {
    const { status, output } = validate(manifest.replace("</Runtimes>", "</Runtimes>\n        <Runtime2 />"));
    expect(status).not.toBe(0);
    expect(output).toContain("element Runtime2");
  });
});

describe("manifest.xml", () => {
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
    const pages = new Set(all(xml, /"https:\/\/localhost:3000\/([^"]+\.html)"/g));
    expect([...pages].sort()).toEqual(["help.html", "taskpane.html"]);
    expect(config).toContain('page("taskpane", "taskpane")');
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

  it("gives British English the same English as American (Office matches the locale exactly, else falls back to zh-CN)", () => {
    const overrides = (locale: string) => [...manifest.matchAll(new RegExp(`<(?:bt:)?Override Locale="${locale}" Value="([^"]+)"`, "g"))].map((m) => m[1]);
    expect(overrides("en-US").length).toBeGreaterThan(0);
    expect(overrides("en-GB")).toEqual(overrides("en-US"));
  });
});
