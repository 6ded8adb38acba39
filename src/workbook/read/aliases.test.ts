/**
 * The alias table read end to end: common header layouts of county forms, each giving the
 * numerator the indicator needs (rules.md §2), with the sum written out by hand.
 */
import type { SchoolRecord } from "../../engine/types";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import { LABELS } from "../../messages/labels";
import { matchHeaderPath } from "./matchHeaderPath";

async function recordsOf(rows: Parameters<typeof gridOf>[0], merges: readonly string[] = []): Promise<readonly SchoolRecord[]> {
  const result = await readWorkbook(sourceOf([gridOf(rows, { merges })]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.input.records;
}

describe("aliases: backbone teachers and PE / arts teachers broken down under a group", () => {
  it("adds up 省级 + 市级 + 县级 backbone teachers and 体育 + 音乐 + 美术 teachers under 体育艺术教师", async () => {
    const records = await recordsOf(
      [
        ["学校名称", "在校生数", "骨干教师", null, null, "体育艺术教师", null, null],
        [null, null, "省级", "市级", "县级", "体育", "音乐", "美术"],
        ["甲小学", 1000, 2, 3, 7, 4, 3, 3],
        ["乙小学", 500, 0, 1, null, 2, 1, 1],
      ],
      ["A1:A2", "B1:B2", "C1:E1", "F1:H1"],
    );
    // 甲: 2 + 3 + 7 = 12 backbone, 4 + 3 + 3 = 10 PE / arts; 乙: 0 + 1 + (blank) = 1, 2 + 1 + 1 = 4.
    expect(records.map((r) => [r.name, r.fields.backboneTeachers?.value, r.fields.peArtTeachers?.value])).toEqual([
      ["甲小学", 12, 10],
      ["乙小学", 1, 4],
    ]);
    expect(records[0]?.fields.backboneTeachers?.cell).toBe("学校基本情况!C3");
  });

  it("adds 体育 + 音乐美术 teachers, and leaves a 音乐美术 subtotal beside 音乐 and 美术 out of the sum", async () => {
    const records = await recordsOf([
      ["学校名称", "在校生数", "体育教师", "音乐、美术教师"],
      ["甲小学", 1000, 4, 5],
    ]);
    // 4 PE + 5 music and art = 9.
    expect(records[0]?.fields.peArtTeachers?.value).toBe(9);
    const beside = await recordsOf([
      ["学校名称", "在校生数", "体育教师", "音乐教师", "美术教师", "音乐美术教师"],
      ["甲小学", 1000, 4, 3, 2, 5],
    ]);
    // 4 + 3 + 2 = 9, not 14: the 音乐美术 column repeats 音乐 + 美术.
    expect(beside[0]?.fields.peArtTeachers?.value).toBe(9);
  });

  it("reads 骨干教师数/合计 as the backbone count, not the sum of the levels beside it", async () => {
    const records = await recordsOf(
      [
        ["学校名称", "在校生数", "骨干教师数", null, null],
        [null, null, "合计", "省级", "市级"],
        ["甲小学", 1000, 10, 4, 6],
      ],
      ["A1:A2", "B1:B2", "C1:E1"],
    );
    expect(records[0]?.fields.backboneTeachers).toEqual({ value: 10, cell: "学校基本情况!C3" });
  });

  it("reads 专任教师/具有高于规定学历 as L1's numerator", async () => {
    const records = await recordsOf(
      [
        ["学校名称", "在校生数", "专任教师", null],
        [null, null, "合计", "具有高于规定学历"],
        ["甲小学", 1000, 60, 50],
      ],
      ["A1:A2", "B1:B2", "C1:D1"],
    );
    expect(records[0]?.fields).toMatchObject({ teachers: { value: 60 }, qualifiedTeachers: { value: 50, cell: "学校基本情况!D3" } });
  });

  it("reads 专任教师中高于规定学历（人） in one header as L1's numerator for primary and junior schools (the trial's 红岩县)", async () => {
    const records = await recordsOf([
      ["学校名称", "学校类型", "在校生数（人）", "专任教师中高于规定学历（人）"],
      ["红岩一小", "小学", 1000, 50],
      ["红岩中学", "初级中学", 900, "55"],
    ]);
    expect(records.map((r) => [r.name, r.stage, r.fields.qualifiedTeachers])).toEqual([
      ["红岩一小", "primary", { value: 50, cell: "学校基本情况!D2" }],
      ["红岩中学", "junior", { value: 55, cell: "学校基本情况!D3" }],
    ]);
  });

  it("reads units after a slash and converts 亩 to m² (12 亩 = 12 × 10000 ÷ 15 = 8000 m²)", async () => {
    const records = await recordsOf([
      ["学校名称", "在校生数", "教学仪器设备值/万元", "体育运动场馆面积（亩）", "教学及辅助用房面积/平方米"],
      ["甲小学", 1000, 250, 12, 5000],
    ]);
    expect(records[0]?.fields).toMatchObject({ equipmentValue: { value: 2_500_000 }, sportsTotalArea: { value: 8000 }, teachingArea: { value: 5000 } });
  });

  it("reads units from a units row under the header", async () => {
    const records = await recordsOf([
      ["学校名称", "在校生数", "教学仪器设备值", "体育运动场馆面积"],
      [null, "人", "万元", "平方米"],
      ["甲小学", 1000, 250, 8000],
    ]);
    expect(records[0]?.fields).toMatchObject({ equipmentValue: { value: 2_500_000 }, sportsTotalArea: { value: 8000 } });
  });
});

describe("the fields' own labels as headers", () => {
  // The pane's field list, --map and the messages asking for a column all give the field's label: a column headed so is that field (before: 面积达标的音乐专用教室数 was left unmatched).
  const fields = Object.entries(LABELS).filter(([code]) => code.startsWith("field_"));
  it.each(fields.map(([code, text]) => [code.slice("field_".length), text.zh]))("reads a column headed with the label of %s (%s) as that field", (key, label) => {
    expect(matchHeaderPath([label])?.key).toBe(key);
  });
  it("covers every field with a label", () => {
    expect(fields.length).toBeGreaterThanOrEqual(36);
  });
});
