import { message } from "../../messages/catalogue";
import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { roleOfName } from "./roleOfName";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "S", top: 0, bottom: 0, columns: paths.map((path, column) => ({ column, path, headerRow: 0 })), codeRows: [], standardRows: [], dataTop: 1, unitLine: null };
}

// wb4's header: 学校名称 | 学生数 | 专任教师 | 县级以上骨干 | 体育 (E) | 音乐美术 (F)
const WB4 = [["学校名称"], ["学生数"], ["专任教师"], ["县级以上骨干"], ["体育"], ["音乐美术"]] as const;

describe("a whole field mapped onto a column whose header names one of its parts", () => {
  it("reads 体育、艺术专任教师数=E (header 体育) as the PE part, keeps 音乐美术 F, and says so", () => {
    const m = matchColumns(band(WB4), { roles: { peArtTeachers: 4 } });
    const l3 = m.roles.filter((r) => r.key === "peArtTeachers").map((r) => [r.column, r.part]);
    expect(l3).toEqual([
      [4, "pe"],
      [5, "musicArt"],
    ]);
    const said = m.issues.find((i) => i.code === "read_fix_whole_on_part");
    expect(said).toMatchObject({ severity: "warning", cell: "S!E1", params: { column: "E", header: "体育", field: "peArtTeachers", takenPart: "pe" } });
    for (const lang of ["zh", "en"] as const) expect(message("read_fix_whole_on_part", said?.params, lang)).not.toMatch(/\{\w+\}/);
    expect(message("read_fix_whole_on_part", said?.params, "zh")).toContain("体育");
  });
});

describe("a field of parts read with some parts and not the others", () => {
  it("says which L3 part is still missing, and how to map it, when only 体育 is read (体育教师 and no arts column)", () => {
    const m = matchColumns(band([["学校名称"], ["学生数"], ["体育教师"], ["教学及辅助用房"]]));
    const said = m.issues.filter((i) => i.code === "read_parts_incomplete");
    expect(said).toEqual([{ code: "read_parts_incomplete", severity: "warning", cell: "S!C1", params: { column: "C", header: "体育教师", field: "peArtTeachers", missingPart: "musicArt" } }]);
    const zh = message("read_parts_incomplete", said[0]?.params, "zh");
    expect(zh).toContain("音乐美术");
    expect(zh).toContain("--map");
    expect(message("read_parts_incomplete", said[0]?.params, "en")).toContain("music and art");
  });

  it("names 美术 when 音乐 is there without it, 体育 when only the arts are", () => {
    const art = matchColumns(band([["学校名称"], ["体育教师"], ["音乐教师"]])).issues.find((i) => i.code === "read_parts_incomplete");
    expect(art?.params["missingPart"]).toBe("art");
    const pe = matchColumns(band([["学校名称"], ["音乐美术教师"]])).issues.find((i) => i.code === "read_parts_incomplete");
    expect(pe?.params["missingPart"]).toBe("pe");
  });

  it("tests each stage's parts on their own: 小学 体育 + 音乐美术 does not complete 初中's lone 体育", () => {
    // Columns: A 学校名称, B 小学在校生, C 初中在校生, D 专任教师, E 小学体育教师, F 小学音乐美术教师, G 初中体育教师.
    const m = matchColumns(band([["学校名称"], ["小学在校生"], ["初中在校生"], ["专任教师"], ["小学体育教师"], ["小学音乐美术教师"], ["初中体育教师"]]));
    expect(m.issues.filter((i) => i.code.startsWith("read_parts_incomplete"))).toEqual([
      { code: "read_parts_incomplete_stage", severity: "warning", cell: "S!G1", params: { column: "G", header: "初中体育教师", field: "peArtTeachers", missingPart: "musicArt", stage: "junior", mapKey: "peArtTeachers@junior#musicArt" } },
    ]);
  });

  it("names the stage in words and gives the --map with @stage as the CLI takes it (初中体育 alone)", () => {
    const m = matchColumns(band([["学校名称"], ["小学在校生"], ["初中在校生"], ["专任教师"], ["小学体育教师"], ["小学音乐美术教师"], ["初中体育教师"]]));
    const said = m.issues.find((i) => i.code === "read_parts_incomplete_stage");
    const zh = message("read_parts_incomplete_stage", said?.params, "zh");
    const en = message("read_parts_incomplete_stage", said?.params, "en");
    expect(zh).toContain("初中的“音乐美术合计”");
    expect(zh).toContain("“体育、艺术专任教师数：音乐美术合计（初中）”");
    expect(zh).toContain('--map "peArtTeachers@junior#musicArt=列字母"');
    expect(en).toContain("junior secondary");
    expect(en).toContain('--map "peArtTeachers@junior#musicArt=column letter"');
    for (const text of [zh, en]) expect(text).not.toMatch(/\{\w+\}/);
    // The key given is the one the command line reads back as that stage's part.
    expect(roleOfName(String(said?.params["mapKey"]))).toEqual({ key: "peArtTeachers", stage: "junior", part: "musicArt" });
  });

  it("counts a part without a stage toward each stage, as the rows read it (小学体育 + 音乐美术 is whole)", () => {
    const m = matchColumns(band([["学校名称"], ["学生数"], ["小学体育教师"], ["音乐美术教师"]]));
    expect(m.issues.filter((i) => i.code.startsWith("read_parts_incomplete"))).toEqual([]);
  });

  it("says nothing for a complete set or a whole L3 column", () => {
    expect(matchColumns(band(WB4)).issues.filter((i) => i.code.startsWith("read_parts_incomplete"))).toEqual([]);
    expect(matchColumns(band([["学校名称"], ["体育艺术教师数"]])).issues.filter((i) => i.code.startsWith("read_parts_incomplete"))).toEqual([]);
  });
});
