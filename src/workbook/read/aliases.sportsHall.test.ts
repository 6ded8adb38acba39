/**
 * The statistics export writes the sports total area as 体育运动场(馆)面积 (rules.md §2 L5: the
 * grounds and the halls), in full-width or half-width brackets, with or without a unit.
 */
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

async function sportsOf(header: string): Promise<number | undefined> {
  const result = await readWorkbook(sourceOf([gridOf([["学校名称", "在校生数", header], ["甲小学", 1000, 8000]])]));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.input.records[0]?.fields.sportsTotalArea?.value;
}

describe("aliases: 体育运动场(馆)面积 is the sports total area", () => {
  it.each(["体育运动场(馆)面积/平方米", "体育运动场（馆）面积", "体育运动场(馆)面积（平方米）", "运动场（馆）面积"])("reads %s as sportsTotalArea", async (header) => {
    expect(await sportsOf(header)).toBe(8000);
  });

  it("still reads 体育运动场地面积 as the outdoor ground only, not the total", async () => {
    const result = await readWorkbook(sourceOf([gridOf([["学校名称", "在校生数", "体育运动场地面积"], ["甲小学", 1000, 8000]])]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input.records[0]?.fields.sportsTotalArea).toBeUndefined();
    expect(result.input.records[0]?.fields.sportsGroundArea?.value).toBe(8000);
  });
});
