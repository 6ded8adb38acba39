// npm run validate [-- path/to/manifest.xml]: checks the add-in manifest offline with xmllint against
// Microsoft's published XSDs in ../shared/office-manifest-xsd, used unchanged (OfficeApp 1.1 +
// VersionOverrides 1.0).
//
// Those XSDs (and even Microsoft's current TaskPaneAppVersionOverridesV1_0.xsd) do not know the
// <Runtimes> element, although Microsoft's reference documents it as valid in the task pane
// VersionOverrides 1.0 schema (first child of <Host>, for a shared runtime). So this script
// validates a temporary copy from which ONLY the <Runtimes> element is removed — replaced by as
// many line breaks as it spanned, so that xmllint's line numbers are those of the real file —
// and says so. Everything else, including every element next to <Runtimes>, is checked by the
// XSDs; the Runtimes element itself is checked by src/addin/manifest.test.ts.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const XSD = path.resolve(root, "..", "shared", "office-manifest-xsd", "OfficeAppManifestV1_1.xsd");

/** The manifest text without its <Runtimes> elements (comments left alone), and how many were removed. */
function withoutRuntimes(xml) {
  let removed = 0;
  const text = xml.replace(/<!--[\s\S]*?-->|<Runtimes\b[^>]*>[\s\S]*?<\/Runtimes>/g, (match) => {
    if (match.startsWith("<!--")) return match;
    removed += 1;
    return "\n".repeat(match.split("\n").length - 1);
  });
  return { text, removed };
}

/** Runs xmllint on `file`, naming `shownAs` in its messages instead of the temporary path. */
function xmllint(file, shownAs) {
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (run.error) {
    const hint = run.error.code === "ENOENT" ? " (install it: apt-get install -y libxml2-utils)" : "";
    throw new Error(`xmllint did not run${hint}`, { cause: run.error });
  }
  process.stdout.write(run.stdout.split(file).join(shownAs));
  process.stderr.write(run.stderr.split(file).join(shownAs));
  return run.status ?? 1;
}

function main() {
  const manifest = path.resolve(process.argv[2] ?? path.join(root, "manifest.xml"));
  if (!fs.existsSync(XSD)) throw new Error(`Microsoft's manifest XSDs not found at ${XSD}`);
  const { text, removed } = withoutRuntimes(fs.readFileSync(manifest, "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yzjh-manifest-"));
  try {
    const copy = path.join(dir, "manifest.xml");
    fs.writeFileSync(copy, text);
    console.log(`Validating ${manifest} against ${XSD} (xmllint, schemas unchanged), with its ${removed} <Runtimes> element(s) removed: the published XSDs do not include <Runtimes>; src/addin/manifest.test.ts checks it.`);
    return xmllint(copy, `${manifest} (without <Runtimes>)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
