import { readFileSync } from "node:fs";
import { join } from "node:path";
import { click, FakeDocument, installDocument } from "../taskpane/testing/fakeDom";
import { showNotice } from "./notice";

const page = (path: string) => new FakeDocument(readFileSync(join(__dirname, "..", path), "utf8"));

describe("notice.ts: the ribbon command's message dialog", () => {
  const shown = (search: string) => {
    const doc = page("commands/notice.html");
    const uninstall = installDocument(doc);
    const clicks: string[] = [];
    showNotice(new URLSearchParams(search), () => clicks.push("ok"));
    uninstall();
    return { doc, clicks };
  };

  it("shows the text, title and button it is given", () => {
    const { doc, clicks } = shown("text=请点击评估设置&title=优质均衡评估&ok=确定&lang=zh");
    expect([doc.title, doc.getElementById("text")?.textContent, doc.getElementById("ok")?.textContent]).toEqual(["优质均衡评估", "请点击评估设置", "确定"]);
    click(doc.getElementById("ok") as never);
    expect(clicks).toEqual(["ok"]);
  });

  it("takes the title and the button from the catalogue in the dialog's language when the URL lacks them", () => {
    const { doc } = shown("text=Click%20Evaluation%20pane&lang=en");
    expect(doc.documentElement.lang).toBe("en");
    expect([doc.title, doc.getElementById("title")?.textContent, doc.getElementById("ok")?.textContent]).toEqual(["Quality-balance evaluation", "Quality-balance evaluation", "OK"]);
    expect(shown("text=x").doc.getElementById("ok")?.textContent).toBe("确定");
  });
});
