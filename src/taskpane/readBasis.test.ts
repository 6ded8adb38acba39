import { gridOf, readGridsOk } from "../workbook/read/testing";
import { readBasisKey } from "./readBasis";

const TITLED = (title: string, teachers = 25) =>
  gridOf(
    [
      [title, null, null],
      ["学校名称", "小学在校生数", "专任教师数"],
      ["城关小学", 400, teachers],
    ],
    { sheet: "学校" },
  );
const SHEET_2024 = TITLED("示例县2024年义务教育学校基本情况");

describe("readBasisKey", () => {
  it("is the same for a column given by hand the field the reader found there (C, 专任教师数, as teachers)", async () => {
    const auto = await readGridsOk([SHEET_2024]);
    const pinned = await readGridsOk([SHEET_2024], { mapping: { roles: { teachers: 2 }, ignore: [] } });
    expect(pinned.mapping.columns.find((c) => c.column === 2)?.byHand).toBe(true);
    expect(readBasisKey(pinned, null)).toBe(readBasisKey(auto, null));
  });

  it("differs once the column is not used, or read as another field", async () => {
    const auto = await readGridsOk([SHEET_2024]);
    const ignored = await readGridsOk([SHEET_2024], { mapping: { roles: {}, ignore: [2] } });
    const other = await readGridsOk([SHEET_2024], { mapping: { roles: { multimediaRooms: 2 }, ignore: [] } });
    expect(readBasisKey(ignored, null)).not.toBe(readBasisKey(auto, null));
    expect(readBasisKey(other, null)).not.toBe(readBasisKey(auto, null));
  });

  it("takes the year from the title when none is chosen: 2024 chosen on a 2024 sheet is the same, 2023 is not, nor 2024 on a sheet whose title gives none", async () => {
    const read = await readGridsOk([SHEET_2024]);
    expect(read.input.year).toBe(2024);
    expect(readBasisKey(read, 2024)).toBe(readBasisKey(read, null));
    expect(readBasisKey(read, 2023)).not.toBe(readBasisKey(read, null));
    const untitled = await readGridsOk([TITLED("学校基本情况")]);
    expect(untitled.input.year).toBeNull();
    expect(readBasisKey(untitled, 2024)).not.toBe(readBasisKey(untitled, null));
  });

  it("differs for a range that reads the same school but not the 合计 row under it: the result no longer says it was left out", async () => {
    const withTotal = gridOf([...SHEET_2024.values, ["合计", 400, 25]], { sheet: "学校" });
    const whole = await readGridsOk([withTotal]);
    const above = await readGridsOk([withTotal], { range: "A1:C3" });
    expect(above.input.records).toEqual(whole.input.records);
    expect(readBasisKey(above, null)).not.toBe(readBasisKey(whole, null));
  });

  it("differs for another value in a cell read (25 teachers, then 26)", async () => {
    const before = await readGridsOk([SHEET_2024]);
    const after = await readGridsOk([TITLED("示例县2024年义务教育学校基本情况", 26)]);
    expect(readBasisKey(after, null)).not.toBe(readBasisKey(before, null));
  });
});
