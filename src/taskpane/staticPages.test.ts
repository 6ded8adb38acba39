import { readFileSync } from "node:fs";
import { join } from "node:path";
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

  it("help.html (static, both languages) shows exactly the catalogue's help texts", () => {
    const doc = page("taskpane/help.html");
    const title = `${message("addin_help_title", {}, "zh")} / ${message("addin_help_title", {}, "en")}`;
    const body = (["zh", "en"] as const).flatMap((lang) => [message("addin_title", {}, lang), message("addin_help_text", {}, lang)]);
    expect(staticText(doc)).toEqual([title, ...body]);
    expect(doc.querySelectorAll("section").map((s) => s.lang)).toEqual(["zh-CN", "en"]);
  });
});
