import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FakeDocument } from "../taskpane/testing/fakeDom";
import { message } from "../messages/catalogue";
import { helpPage } from "./helpPage";

const CHECKED_IN = join(__dirname, "..", "taskpane", "help.html");
const page = helpPage();
const doc = new FakeDocument(page);

describe("help.html", () => {
  it("is the page helpPage() builds from the catalogue, the reader's tables and the profiles (else: run npm run build:help)", () => {
    const differs = readFileSync(CHECKED_IN, "utf8") !== page;
    expect(differs ? "src/taskpane/help.html differs from helpPage(): run npm run build:help" : "same").toBe("same");
  });

  it("is static and offline: no script, no stylesheet or font fetched, no address outside the page", () => {
    expect(page).not.toMatch(/<script|<link|@import|url\(|@font-face/i);
    expect(page).not.toMatch(/https?:\/\//);
    const targets = doc.querySelectorAll("a").map((a) => a.getAttribute("href") ?? "");
    expect(targets.length).toBeGreaterThan(10);
    for (const href of targets) expect([href, doc.getElementById(href.replace(/^#/, "")) !== null]).toEqual([href, true]);
  });

  it("has the catalogue's title, and Chinese first then English, each with the same six sections and a link to the other", () => {
    expect(doc.title).toBe(`${message("addin_help_title", {}, "zh")} / ${message("addin_help_title", {}, "en")}`);
    const langs = doc.querySelectorAll("section").filter((s) => s.id === "zh" || s.id === "en");
    expect(langs.map((s) => [s.id, s.getAttribute("lang")])).toEqual([["zh", "zh-CN"], ["en", "en"]]);
    for (const lang of ["zh", "en"]) {
      for (const part of ["school", "county", "rules", "year", "results", "issues"]) expect(doc.getElementById(`${lang}-${part}`)).not.toBeNull();
    }
    expect(doc.querySelectorAll("h1").map((h) => h.textContent)).toEqual([message("addin_title", {}, "zh"), message("addin_title", {}, "en")]);
    expect(doc.querySelectorAll("p.lang").map((p) => p.textContent)).toEqual(["English", "中文"]);
  });

  it("leaves no catalogue code or placeholder unfilled", () => {
    const text = doc.body.textContent;
    expect(text).not.toMatch(/\b(help|field|county|item|indicator|veto|out|needs|stage|addin)_/);
    expect(text).not.toMatch(/\{[a-zA-Z]+(:\w+)?\}/);
  });

  it("lists what a statistician looks up: the headers, a county code, a setting with its defaults, the result sheets, the severities", () => {
    const text = doc.body.textContent;
    // A setting's row: path, meaning, kind, national, Sichuan (rules.md; national-2017.json 45, sichuan-guanghan-2024.json norm 800).
    const row = (path: string) => doc.querySelectorAll("tr").find((tr) => tr.querySelector("code")?.textContent === path && tr.closest("table")?.classList.contains("settings") === true && tr.closest("section")?.id === "zh-rules");
    expect(row("guarantee.classSize.primary")?.querySelectorAll("td").map((td) => td.textContent)).toEqual(["guarantee.classSize.primary", "小学班额上限（人）", "数值", "45", "45"]);
    expect(row("guarantee.funding.norm.primary")?.querySelectorAll("td").map((td) => td.textContent)).toEqual(["guarantee.funding.norm.primary", "小学生均公用经费标准（元/生·年）", "数值", "不设", "800"]);
    expect(row("countyItems.G13_nearby_junior.threshold")?.querySelectorAll("td").map((td) => td.textContent).slice(3)).toEqual(["0.95", "0.95"]);
    expect(text).toContain("G8_pay_ratio");
    // What an item needs, worded as read_item_columns_missing words it (itemNeeds.ts: G5 = largestClass | the buckets).
    expect(text).toContain("G5 班额：最大班额（或各班额段班数）");
    expect(text).toContain("G5 Class size: largest class (or class counts by size)");
    expect(text).toContain("教学仪器设备资产值（万元）");
    for (const sheet of ["汇总", "差异系数", "学校达标", "缺口测算", "政府保障与质量", "数据问题", "Summary", "Data issues"]) expect(text).toContain(sheet);
    for (const level of ["错误", "警告", "提示", "Error", "Warning", "Note"]) expect(text).toContain(level);
    expect(text).toContain("四川省（广汉市实施方案，2024）：2024 年 85%、2025 年 100%");
  });
});
