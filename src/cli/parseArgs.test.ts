import { message } from "../messages/catalogue";
import { parseArgs } from "./parseArgs";

describe("parseArgs", () => {
  it("reads the input and every option, in both --opt value and --opt=value forms", () => {
    const parsed = parseArgs(["in.xlsx", "--out", "r.xlsx", "--json=r.json", "--profile", "sichuan-guanghan-2024", "--sheet", "学校基本情况", "--range", "A1:Z200", "--year", "2025", "--lang", "en", "--include-hidden"]);
    expect(parsed).toEqual({
      ok: true,
      args: { inputs: ["in.xlsx"], out: "r.xlsx", json: "r.json", profile: "sichuan-guanghan-2024", sheet: "学校基本情况", range: "A1:Z200", year: 2025, lang: "en", includeHidden: true, recursive: false, help: false, mapping: null },
    });
  });

  it("defaults to no input, Chinese, no options", () => {
    expect(parseArgs([])).toEqual({
      ok: true,
      args: { inputs: [], out: null, json: null, profile: null, sheet: null, range: null, year: null, lang: "zh", includeHidden: false, recursive: false, help: false, mapping: null },
    });
  });

  it.each([
    [["--range", "A0:B"], "cli_err_bad_range", { range: "A0:B" }],
    [["--range", "Z9:A1"], "cli_err_bad_range", { range: "Z9:A1" }],
    [["--year", "25"], "cli_err_bad_year", { year: "25" }],
    [["--year", "1999"], "cli_err_bad_year", { year: "1999" }],
    [["--lang", "fr"], "cli_err_bad_lang", { lang: "fr" }],
    [["--out"], "cli_err_missing_value", { option: "--out" }],
    [["--out", "--json", "x"], "cli_err_missing_value", { option: "--out" }],
    [["--colour"], "cli_err_unknown_option", { option: "--colour" }],
    // A slip from a known option (a swap, a letter dropped): named.
    [["--yaer", "2024"], "cli_err_unknown_option_near", { option: "--yaer", near: "--year" }],
    [["--include-hiden"], "cli_err_unknown_option_near", { option: "--include-hiden", near: "--include-hidden" }],
    [["--map", "G"], "cli_err_bad_map", { value: "G" }],
    [["--map", "=G"], "cli_err_bad_map", { value: "=G" }],
    [["--map", "teachingArea=第7列"], "cli_err_bad_map", { value: "teachingArea=第7列" }],
    [["--ignore", "7"], "cli_err_bad_ignore", { value: "7" }],
    // One field by key and by its label: the same role, two columns.
    [["--map", "teachingArea=G", "--map", "H=教学及辅助用房面积"], "cli_err_map_twice", { first: "teachingArea=G", second: "H=教学及辅助用房面积" }],
    // A single-value option given twice: --lang was read from the first, --year and --out from the last.
    [["--year", "2024", "--year", "2025"], "cli_err_option_twice", { option: "--year", first: "2024", second: "2025" }],
    [["--out", "a.xlsx", "--out=b.xlsx"], "cli_err_option_twice", { option: "--out", first: "a.xlsx", second: "b.xlsx" }],
    [["--json", "r.json", "--json", "r.json"], "cli_err_option_twice", { option: "--json", first: "r.json", second: "r.json" }],
    // A column given a field and ignored, however its letters are written.
    [["--map", "students=E", "--ignore", "E"], "cli_err_map_ignored", { map: "students=E", ignore: "E" }],
    [["--ignore", "g", "--map", "教学及辅助用房面积=G"], "cli_err_map_ignored", { map: "教学及辅助用房面积=G", ignore: "g" }],
    // XFD (16384) is Excel's last column.
    [["--map", "students=XFE"], "cli_err_column_beyond", { option: "--map", value: "students=XFE" }],
    [["--ignore", "ZZZ"], "cli_err_column_beyond", { option: "--ignore", value: "ZZZ" }],
    // A range past XFD or past row 1048576 names cells no sheet has: refused as --map XFE is, not read as empty.
    [["--range", "A1:XFE10"], "cli_err_column_beyond", { option: "--range", value: "A1:XFE10" }],
    [["--range", "XFF1:XFG9"], "cli_err_column_beyond", { option: "--range", value: "XFF1:XFG9" }],
    [["--range", "A1:B1048577"], "cli_err_row_beyond", { option: "--range", value: "A1:B1048577" }],
  ])("rejects %j", (argv, code, params) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error: { code, params }, lang: "zh" });
  });

  it("takes --lang in any case (EN, Zh), and a range up to XFD and row 1048576", () => {
    expect(parseArgs(["--lang", "EN"])).toMatchObject({ ok: true, args: { lang: "en" } });
    expect(parseArgs(["--lang=En"])).toMatchObject({ ok: true, args: { lang: "en" } });
    expect(parseArgs(["--lang", "ZH"])).toMatchObject({ ok: true, args: { lang: "zh" } });
    expect(parseArgs(["--lang", "EN", "--colour"])).toEqual({ ok: false, error: { code: "cli_err_unknown_option", params: { option: "--colour" } }, lang: "en" });
    expect(parseArgs(["--range", "A1:XFD1048576"])).toMatchObject({ ok: true, args: { range: "A1:XFD1048576" } });
  });

  it("reads a --range typed with full-width forms (A3：AJ43, Ａ３:ＡＪ４３) as its half-width A1 notation", () => {
    expect(parseArgs(["--range", "A3：AJ43"])).toMatchObject({ ok: true, args: { range: "A3:AJ43" } });
    expect(parseArgs(["--range=Ａ３:ＡＪ４３"])).toMatchObject({ ok: true, args: { range: "A3:AJ43" } });
    expect(parseArgs(["--range", "A：AJ"])).toMatchObject({ ok: true, args: { range: "A1:AJ1048576" } });
  });

  it("reads the user's column mapping: --map by key or label, either way round, repeatable; --ignore by column letter", () => {
    const parsed = parseArgs(["--map", "教学及辅助用房面积=G", "--map=E=students@junior", "--map", "Teaching equipment value = aa", "--ignore", "K", "--ignore=l"]);
    // Columns 0-based: G 6, E 4, AA 26, K 10, L 11.
    expect(parsed).toMatchObject({ ok: true, args: { mapping: { roles: { teachingArea: 6, "students@junior": 4, equipmentValue: 26 }, ignore: [10, 11] } } });
  });

  it("takes a field given the same column twice, however written", () => {
    const parsed = parseArgs(["--map", "teachingArea=G", "--map", "g=教学及辅助用房面积"]);
    expect(parsed).toMatchObject({ ok: true, args: { mapping: { roles: { teachingArea: 6 } } } });
  });

  it("reads a field by the label the 列对应关系 table gives it, with its stage or part", () => {
    const parsed = parseArgs(["--map", "在校生数（初中）=E", "--map", "高于规定学历专任教师数：本科=F", "--map", "Students (primary)=D"]);
    expect(parsed).toMatchObject({ ok: true, args: { mapping: { roles: { "students@junior": 4, "qualifiedTeachers#bachelor": 5, "students@primary": 3 } } } });
  });

  it("keeps every input, in order, for a batch (several workbooks or folders)", () => {
    expect(parseArgs(["甲县.xlsx", "--year", "2025", "乙县.xlsx", "某市/"])).toMatchObject({ ok: true, args: { inputs: ["甲县.xlsx", "乙县.xlsx", "某市/"], year: 2025, recursive: false } });
    expect(parseArgs(["某市/", "--recursive"])).toMatchObject({ ok: true, args: { inputs: ["某市/"], recursive: true } });
  });

  it("takes whole columns (A:Z) and whole rows (3:50), as Excel writes them, as the cells they cover", () => {
    // Excel's sheet is 1048576 rows by 16384 columns (A … XFD): A:Z is A1:Z1048576, 3:50 is A3:XFD50.
    expect(parseArgs(["--range", "A:Z"])).toMatchObject({ ok: true, args: { range: "A1:Z1048576" } });
    expect(parseArgs(["--range=$b:$d"])).toMatchObject({ ok: true, args: { range: "B1:D1048576" } });
    expect(parseArgs(["--range", "3:50"])).toMatchObject({ ok: true, args: { range: "A3:XFD50" } });
    expect(parseArgs(["--range", "7:7"])).toMatchObject({ ok: true, args: { range: "A7:XFD7" } });
    expect(parseArgs(["--range", "A1:Z200"])).toMatchObject({ ok: true, args: { range: "A1:Z200" } });
    // Backwards or from row 0, as for A1 ranges: refused with the text as typed.
    for (const range of ["Z:A", "50:3", "0:5", "A:", ":Z"]) expect(parseArgs(["--range", range])).toEqual({ ok: false, error: { code: "cli_err_bad_range", params: { range } }, lang: "zh" });
  });

  it("takes Excel's last column, XFD", () => {
    expect(parseArgs(["--map", "students=XFD", "--ignore", "xfc"])).toMatchObject({ ok: true, args: { mapping: { roles: { students: 16383 }, ignore: [16382] } } });
  });

  it("refuses --lang given twice, in the first one's language (it ran in Chinese for --lang fr --lang en)", () => {
    expect(parseArgs(["--lang", "fr", "--lang", "en"])).toEqual({ ok: false, error: { code: "cli_err_option_twice", params: { option: "--lang", first: "fr", second: "en" } }, lang: "zh" });
  });

  it("says a well-formed --map names no known field, and which names are known, rather than asking for field=column again", () => {
    for (const argv of [["--map", "面积=G"], ["--map", "nosuchfield=G"], ["--map", "G=nosuchfield", "--lang", "en"]]) {
      const parsed = parseArgs(argv);
      if (parsed.ok) throw new Error(`accepted ${argv.join(" ")}`);
      expect(parsed.error.code).toBe("cli_err_map_unknown_field");
      const value = argv[1] ?? "";
      const field = value.replace(/^G=|=G$/g, "");
      expect(parsed.error.params).toMatchObject({ value, field });
      for (const lang of ["zh", "en"] as const) {
        const text = message(parsed.error.code, parsed.error.params, lang);
        expect(text).toContain(`“${field}”`);
        // The known keys listed, with a stage's form, and where the labels are shown.
        expect(text).toContain("teachingArea");
        expect(text).toContain("students@junior");
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(message(parsed.error.code, parsed.error.params, "en")).toContain(`no field is named “${field}”`);
      expect(message(parsed.error.code, parsed.error.params, "zh")).toContain(`没有名为“${field}”的字段`);
    }
  });

  it("says a --lang it does not know in both languages, since the user asked for neither Chinese nor English by name", () => {
    const parsed = parseArgs(["--lang", "fr"]);
    if (parsed.ok) throw new Error("accepted --lang fr");
    const text = message(parsed.error.code, parsed.error.params, parsed.lang);
    expect(text).toContain("语言“fr”无效，只能是 zh 或 en");
    expect(text).toContain("Invalid language “fr”: use zh (Chinese) or en (English)");
  });

  it("reports errors in English when --lang en is given anywhere", () => {
    expect(parseArgs(["--range", "bad", "--lang", "en"])).toMatchObject({ ok: false, lang: "en" });
  });
});
