import { parse as parseScript } from "acorn";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { CATALOGUE, message } from "../messages/catalogue";
import { FakeDocument, type FakeNode } from "./testing/fakeDom";

const page = (path: string) => new FakeDocument(readFileSync(join(__dirname, "..", path), "utf8"));

/** The text a page shows before any script runs (the title and the body). */
function staticText(doc: FakeDocument): string[] {
  const texts = (node: FakeNode): string[] => node.childNodes.flatMap((c) => (c.childNodes.length > 0 ? texts(c) : [c.textContent.trim()]));
  return [doc.title, ...texts(doc.body)].filter((t) => t !== "");
}

describe("the pages carry no text of their own: all of it comes from the catalogue", () => {
  it.each(["taskpane/taskpane.html", "commands/notice.html"])("%s has no static text, and each data-t names a catalogue entry", (path) => {
    const doc = page(path);
    expect(staticText(doc)).toEqual([]);
    for (const node of doc.querySelectorAll("[data-t]")) expect(CATALOGUE.has(node.dataset.t ?? "")).toBe(true);
  });

  // help.html is built from the catalogue and the product's tables: src/help/helpPage.test.ts checks it.
});

/** The page templates as webpack builds them: each HtmlWebpackPlugin's file, template and parameters from webpack.config.js. */
interface PageOptions {
  readonly filename: string;
  readonly template: string;
  readonly templateParameters: Readonly<Record<string, string>>;
}

/** In a Node of its own, as webpack loads it (the config reads the TypeScript catalogue through tsx, which Jest's module system does not run). */
function builtPages(): PageOptions[] {
  const script = `require("./webpack.config.js")({}, { mode: "production" }).then((c) => console.log(JSON.stringify(c.plugins.map((p) => p.userOptions).filter((o) => o && o.templateParameters))))`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: join(__dirname, "..", ".."), encoding: "utf8" })) as PageOptions[];
}

/** The template with its `<%= name %>` parameters filled, as html-webpack-plugin's template loader does. */
function rendered(options: PageOptions): string {
  const template = readFileSync(join(__dirname, "..", "..", options.template), "utf8");
  return template.replace(/<%=\s*(\w+)\s*%>/g, (whole, name: string) => options.templateParameters[name] ?? whole);
}

function inlineScript(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  expect(scripts).toHaveLength(1);
  return scripts[0] ?? "";
}

/** Runs the page's inline script in a browser of its own over the page; `old` prepares that browser's built-ins. */
function runOn(html: string, old: { syntax?: boolean; missing?: string; noLookbehind?: boolean } = {}): FakeDocument {
  const doc = new FakeDocument(html);
  // Safari before 16.4: a pattern with a lookbehind is a syntax error.
  const regExp = (pattern: string) => {
    if (/\(\?<[=!]/.test(pattern)) throw new SyntaxError("Invalid regular expression: invalid group specifier name");
    return new RegExp(pattern);
  };
  const context = createContext({ document: doc, ...(old.syntax ? { Function: () => { throw new SyntaxError("Expected identifier"); } } : {}), ...(old.noLookbehind ? { RegExp: regExp } : {}) });
  if (old.missing) runInContext(`delete ${old.missing}`, context);
  runInContext(inlineScript(html), context);
  return doc;
}

describe("the pages on a browser too old for the bundle (Internet Explorer 11, the old Edge, an older Safari)", () => {
  const both = [message("addin_browser_unsupported", {}, "zh"), message("addin_browser_unsupported", {}, "en")];
  let pages: PageOptions[] = [];
  beforeAll(() => {
    pages = builtPages();
  });

  it("builds both pages with every template parameter filled", () => {
    expect(pages.map((p) => p.filename).sort()).toEqual(["notice.html", "taskpane.html"]);
    for (const page of pages) expect(rendered(page)).not.toContain("<%");
  });

  it("checks the browser in an inline script that is itself ES5", () => {
    for (const page of pages) expect(() => parseScript(inlineScript(rendered(page)), { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ["no ?. / ?? / class fields (Internet Explorer 11, EdgeHTML)", { syntax: true }],
    ["no Array.prototype.at (Chromium before 92)", { missing: "Array.prototype.at" }],
    ["no Object.fromEntries", { missing: "Object.fromEntries" }],
    ["no regular-expression lookbehind (Safari before 16.4, Excel for Mac on an older macOS)", { noLookbehind: true }],
  ])("shows the catalogue's text in both languages instead of a blank page: %s", (_name, old) => {
    for (const page of pages) {
      const doc = runOn(rendered(page), old);
      expect(staticText(doc)).toEqual([both[0], ...both]);
      expect(doc.body.querySelectorAll("p").map((p) => p.lang)).toEqual(["zh-CN", "en"]);
    }
  });

  it("leaves the page to the bundle where the browser can run it", () => {
    for (const page of pages) {
      const doc = runOn(rendered(page));
      expect(staticText(doc)).toEqual([]);
      expect(doc.getElementById(page.filename === "taskpane.html" ? "mapping" : "ok")).not.toBeNull();
    }
  });
});
