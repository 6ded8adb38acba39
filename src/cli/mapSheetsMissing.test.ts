import { columnFixes } from "./columnFixes";
import { mapSheetsMissing } from "./mapSheetsMissing";

const fixesOf = (maps: string[], ignores: string[] = []) => {
  const result = columnFixes(maps, ignores);
  if (!result.ok) throw new Error("expected the fixes to parse");
  return result.fixes;
};

describe("mapSheetsMissing: sheets a --map names that the workbook does not have", () => {
  const sheets = ["学校基本情况", "初中学校", "县级指标"];

  it("names a sheet mistyped, and each one once, in the order given", () => {
    expect(mapSheetsMissing(fixesOf(["初中!教学仪器设备值=R", "小学!教学及辅助用房面积=G", "初中!在校生数=E"]), sheets)).toEqual(["初中", "小学"]);
  });

  it("names none for a sheet the workbook has, a fix for every sheet, and no fixes", () => {
    expect(mapSheetsMissing(fixesOf(["初中学校!教学仪器设备值=R", "教学及辅助用房面积=G"]), sheets)).toEqual([]);
    expect(mapSheetsMissing(fixesOf([], ["K"]), sheets)).toEqual([]);
    expect(mapSheetsMissing(null, sheets)).toEqual([]);
  });

  it("takes the name as columnFixes gives it (a space typed before the ! left out), and another case as another sheet", () => {
    expect(mapSheetsMissing(fixesOf(["初中学校 !教学仪器设备值=R"]), sheets)).toEqual([]);
    expect(mapSheetsMissing(fixesOf(["Sheet1!教学仪器设备值=R"]), ["sheet1"])).toEqual(["Sheet1"]);
  });
});
