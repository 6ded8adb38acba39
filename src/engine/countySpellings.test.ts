import { countyKey, levelWordMerges, oneSpelling, sameCountyKey } from "./countySpellings";
import { recordOf } from "./testing/fixtures";
import type { SchoolRecord } from "./types";

const at = (county: string | null, row: number): SchoolRecord => recordOf({ students: 100 }, { id: `S!${row}`, county, source: { sheet: "S", row } });

describe("countyKey", () => {
  it.each([
    ["新区（东片）", "新区(东片)"],
    ["ＡＢ县", "AB县"],
    [" 新 区\u3000", "新区"],
    ["长沙县", "长沙县"],
    ["青石縣", "青石县"],
    ["新區（东片）", "新区(东片)"],
    ["青 石 縣", "青石县"],
  ])("%p → %p", (name, key) => expect(countyKey(name)).toBe(key));
  it("keeps null and level words", () => {
    expect(countyKey(null)).toBeNull();
    expect(sameCountyKey("长沙县", "长沙市")).toBe(false);
    expect(sameCountyKey("示例", "示例县")).toBe(false);
    expect(sameCountyKey(null, "示例县")).toBe(false);
    expect(sameCountyKey(null, null)).toBe(true);
    expect(sameCountyKey("ＡＢ县", "A B县")).toBe(true);
  });
});

describe("oneSpelling", () => {
  it("returns one school, or schools of one spelling, as they are, without a note", () => {
    const one = [at("A县", 2)];
    expect(oneSpelling(one)).toEqual({ county: "A县", records: one, issues: [] });
    const same = [at("A县", 2), at("A县", 3)];
    expect(oneSpelling(same).records[1]).toBe(same[1]);
    expect(oneSpelling([at(null, 2)])).toEqual({ county: null, records: [at(null, 2)], issues: [] });
    expect(oneSpelling([])).toEqual({ county: null, records: [], issues: [] });
  });
  it("names the county as written most often and relabels the others, noting each other spelling with its first row and its rows", () => {
    const { county, records, issues } = oneSpelling([at("新区（东片）", 2), at("新区(东片)", 3), at("新区(东片)", 4)]);
    expect(county).toBe("新区(东片)");
    expect(records.map((r) => [r.id, r.county])).toEqual([
      ["S!2", "新区(东片)"],
      ["S!3", "新区(东片)"],
      ["S!4", "新区(东片)"],
    ]);
    expect(issues).toEqual([{ code: "county_spellings_merged", severity: "info", cell: null, params: { county: "新区(东片)", spelling: "新区（东片）", row: "S!2", n: 1 } }]);
  });
  it("takes 青石縣, its level word typed in traditional script, as 青石县, noting it at its row as the other spellings are (before: a county of its own, without a word)", () => {
    const { county, records, issues } = oneSpelling([at("青石县", 2), at("青石县", 3), at("青石縣", 8)]);
    expect(county).toBe("青石县");
    expect(records.map((r) => r.county)).toEqual(["青石县", "青石县", "青石县"]);
    expect(issues).toEqual([{ code: "county_spellings_merged", severity: "info", cell: null, params: { county: "青石县", spelling: "青石縣", row: "S!8", n: 1 } }]);
  });
  it("names a record without a source row by its id", () => {
    const { issues } = oneSpelling([at("AB县", 2), { ...at("ＡＢ县", 3), source: null }]);
    expect(issues[0]?.params.row).toBe("S!3");
    expect(issues[0]?.params.county).toBe("AB县");
  });
});

describe("levelWordMerges", () => {
  it("joins a name without its level word to the one name of the sheet that has it, and names the ambiguous ones", () => {
    const { into, ambiguous } = levelWordMerges(["北山县", "长沙县", "北山", "长沙市", "长沙", "南湖", null]);
    expect([...into]).toEqual([["北山", "北山县"]]);
    expect([...ambiguous]).toEqual([["长沙", ["长沙县", "长沙市"]]]);
  });
  it("edge cases: nothing, one name, names all with level words, a one-character stem", () => {
    expect(levelWordMerges([])).toEqual({ into: new Map(), ambiguous: new Map() });
    expect(levelWordMerges(["北山"])).toEqual({ into: new Map(), ambiguous: new Map() });
    expect(levelWordMerges(["长沙县", "长沙市"])).toEqual({ into: new Map(), ambiguous: new Map() });
    // 新区 is no level word on 新 (a stem keeps two characters or more: sameCounty).
    expect(levelWordMerges(["新区", "新"])).toEqual({ into: new Map(), ambiguous: new Map() });
  });
});

describe("oneSpelling: with the level word added", () => {
  it("names the county with its level word even when the bare name is written more often, noting the bare name as such", () => {
    const { county, records, issues } = oneSpelling([at("北山", 2), at("北山县", 3), at("北山", 4), at("北 山 县", 5)], "北山县");
    expect(county).toBe("北山县");
    expect(records.map((r) => r.county)).toEqual(["北山县", "北山县", "北山县", "北山县"]);
    expect(issues).toEqual([
      { code: "county_level_word_added", severity: "info", cell: null, params: { county: "北山县", spelling: "北山", row: "S!2", n: 2 } },
      { code: "county_spellings_merged", severity: "info", cell: null, params: { county: "北山县", spelling: "北 山 县", row: "S!5", n: 1 } },
    ]);
  });
});
