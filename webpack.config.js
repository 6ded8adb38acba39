/**
 * Builds the Excel add-in (dist/): the task pane page, which is also the ribbon's function file
 * (in the shared runtime where the host has one, else loaded hidden on its own), and the message
 * dialog of the ribbon command.
 *
 *   npm run build          production bundle; pages load office.js from Microsoft's CDN
 *   OFFICE_JS=local …      pages load the copy in dist/office-js/ (offline, intranet, tests)
 *   ADDIN_BASE_URL=https://addins.example.gov.cn/yzjh/ npm run build
 *                          also writes dist/manifest.xml with that origin instead of
 *                          https://localhost:3000/ (the manifest in the repo never changes)
 *   npm run dev-server     https://localhost:3000 with the Office dev certificate
 *
 * Only host-free code (engine, reader, sheet builder) and the Office adapter go into the bundle;
 * Node-only modules (exceljs, fs) are refused at build time. The bundle is ES2022; each page
 * first runs a small ES5 check (browserCheck) that says, in the catalogue's words, when the
 * browser Office uses cannot run it, rather than leaving a blank pane.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_ORIGIN = "https://localhost:3000/";
const PORT = 3000;
const NODE_ONLY = new Set(["exceljs", "fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process"]);

/** office.js from the CDN, or the unmodified local copy when OFFICE_JS=local. */
function officeJsUrl() {
  return process.env.OFFICE_JS === "local" ? "office-js/office.js" : CDN_OFFICE_JS;
}

/** The manifest with the dev origin replaced, when ADDIN_BASE_URL asks for it. */
function hostedManifest() {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return [];
  if (!/^https:\/\/[^/]+(\/.*)?$/.test(base)) throw new Error(`ADDIN_BASE_URL must be an https URL, got ${base}`);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const origin = new URL(prefix).origin;
  // Page and icon URLs take the full prefix; AppDomain takes the bare origin.
  const rewrite = (xml) => xml.split(DEV_ORIGIN).join(prefix).split(DEV_ORIGIN.slice(0, -1)).join(origin);
  return [{ from: "manifest.xml", to: "manifest.xml", transform: (content) => rewrite(content.toString()) }];
}

/** Refuses Node-only modules in the browser bundle instead of silently polyfilling them. */
function refuseNodeOnly({ request }, callback) {
  if (request && NODE_ONLY.has(request)) return callback(new Error(`${request} is Node-only and must not be imported by the add-in`));
  return callback();
}

/** https options: the trusted dev certificate, else the generated files, else null (plain http). */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
    if (fs.existsSync(path.join(dir, files.key)) && fs.existsSync(path.join(dir, files.cert))) {
      console.warn(`Dev certificate not trusted (${error.message}); using the files in ${dir}.`);
      const read = (f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f)) : undefined);
      return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
    }
    console.warn("No dev certificate (run `npx office-addin-dev-certs install`): serving plain http. Office only loads https add-ins.");
    return null;
  }
}

/**
 * Runs on each page before office.js and the bundle. Where the browser that Office shows add-ins
 * in cannot run the bundle (Internet Explorer 11, which an add-in with <Runtimes> gets wherever
 * WebView2 is not used, the old Edge, Safari before 15.4 on an older Mac: no `?.`, `??`, class
 * fields, nor the ES2019–2022 functions the code calls), the bundle would not even parse and the
 * pane stay blank; this shows
 * `texts` (each language's text from the catalogue) in the page instead. ES5 only, `var` and all
 * (src/taskpane/staticPages.test.ts parses it as ES5).
 */
function browserCheck(texts) {
  var modern = true;
  try {
    new Function("var o = {}; return o?.a ?? class { f = 1; };")();
    // Regular-expression lookbehind (Safari 16.4): the lint rule keeps it out of the code, this keeps an engine without it from a blank pane should one slip in through a library.
    new RegExp("(?<!a)b");
    modern = typeof Object.fromEntries === "function" && typeof [].flatMap === "function" && typeof [].at === "function" && typeof "".matchAll === "function" && typeof Promise.allSettled === "function";
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (e) {
    modern = false;
  }
  if (modern) return;
  function show() {
    var body = document.body;
    while (body.childNodes.length > 0) body.removeChild(body.childNodes[0]);
    for (var i = 0; i < texts.length; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", texts[i].lang);
      p.textContent = texts[i].text;
      body.appendChild(p);
    }
    document.title = texts[0].text;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
}

/** The TypeScript message catalogue, read at build time through tsx (tests load this config in a Node of its own, not in Jest). */
function loadCatalogue() {
  return require("tsx/cjs/api").require("./src/messages/catalogue.ts", __filename);
}

/** The catalogue's text for an old browser in each language, read from the TypeScript catalogue at build time. */
function unsupportedTexts() {
  const { message } = loadCatalogue();
  return [
    { lang: "zh-CN", text: message("addin_browser_unsupported", {}, "zh") },
    { lang: "en", text: message("addin_browser_unsupported", {}, "en") },
  ];
}

/** browserCheck with the catalogue's texts, as an inline script (`<` escaped so that no text can end the script element). */
function browserCheckScript() {
  return `(${browserCheck.toString()})(${JSON.stringify(unsupportedTexts()).replace(/</g, "\\u003c")});`;
}

function page(name, chunk) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/${chunk === "taskpane" ? "taskpane" : "commands"}/${name}.html`,
    chunks: [chunk],
    templateParameters: { officeJs: officeJsUrl(), browserCheck: browserCheckScript() },
  });
}

module.exports = async (env, argv) => {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : null;
  return {
    devtool: argv.mode === "production" ? "source-map" : "eval-source-map",
    entry: { taskpane: "./src/taskpane/taskpane.ts", notice: "./src/commands/notice.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js", ".json"] },
    externals: [refuseNodeOnly],
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true } },
      }],
    },
    plugins: [
      page("taskpane", "taskpane"),
      page("notice", "notice"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The licence forbids modifying office.js: marked as minimized so Terser leaves it alone.
          { from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } },
          ...hostedManifest(),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: false,
      client: { overlay: false },
    },
  };
};
