import ExcelJS from "exceljs";
import * as path from "node:path";
import { defaultDeps } from "../../cli/main";
import { runEvaluate } from "../../cli/runEvaluate";
import { throwOnUnfilled } from "../../messages/catalogue";
import { tempFolder } from "../../testing/tempFolder";

/**
 * Every text the result workbook holds, in both languages, under both built-in profiles, for the
 * sample and each fixture: none may still hold a "{name}" placeholder (a message rendered without
 * its parameter). With throwOnUnfilled such a rendering throws at once, naming the code.
 */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const dir = tempFolder("placeholders-");
const PLACEHOLDER = /\{[a-zA-Z]+\}/;

/** The sample with two out-of-scope sections' numerators blanked (石门教学点 R26, the special-education school N30): they raise no issues, so their notes are worded from the section. */
async function blankedSample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, "assets", "sample-county.xlsx"));
  const sheet = wb.getWorksheet("学校基本情况");
  if (sheet === undefined) throw new Error("sample has no 学校基本情况");
  sheet.getCell("R26").value = null;
  sheet.getCell("N30").value = null;
  const file = path.join(dir, "blank-outofscope.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

async function texts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => out.push(`${sheet.name}!${c.address}: ${c.text}`))));
  return out;
}

const FIXTURES = ["assets/sample-county.xlsx", ...["flat", "messy", "combined-single-rows", "stats-export", "unequal", "city-multi-county"].map((f) => `test/fixtures/${f}.xlsx`)];

beforeAll(() => throwOnUnfilled(true));
afterAll(() => throwOnUnfilled(false));

describe("result texts hold no unfilled placeholder", () => {
  const runs = (file: () => Promise<string> | string) =>
    it.each(["national-2017", "sichuan-guanghan-2024"].flatMap((profile) => ["zh", "en"].map((lang) => [profile, lang])))("%s, %s", async (profile, lang) => {
      const input = await file();
      const out = path.join(dir, `${path.basename(input, ".xlsx")}-${profile}-${lang}.xlsx`);
      const r = await runEvaluate([input, "--out", out, "--profile", profile, "--lang", lang], { ...defaultDeps(ROOT), onProgress: () => undefined });
      expect(r.exitCode).not.toBe(2);
      expect([...r.stdout, ...r.stderr].filter((t) => PLACEHOLDER.test(t))).toEqual([]);
      expect((await texts(out)).filter((t) => PLACEHOLDER.test(t))).toEqual([]);
    });
  describe.each(FIXTURES)("%s", (file) => runs(() => path.join(ROOT, file)));
  describe("sample with out-of-scope numerators blank", () => runs(blankedSample));
});
