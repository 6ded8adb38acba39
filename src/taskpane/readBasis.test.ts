import { gridOf, readGridsOk } from "../workbook/read/testing";
import { evaluatesAlike, readBasis } from "./readBasis";

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

describe("readBasis", () => {
  it("is the same for a column given by hand the field the reader found there (C, 专任教师数, as teachers)", async () => {
    const auto = await readGridsOk([SHEET_2024]);
    const pinned = await readGridsOk([SHEET_2024], { mapping: { roles: { teachers: 2 }, ignore: [] } });
    expect(pinned.mapping.columns.find((c) => c.column === 2)?.byHand).toBe(true);
    expect(readBasis(pinned, null).key).toBe(readBasis(auto, null).key);
  });

  it("differs once the column is not used, or read as another field", async () => {
    const auto = await readGridsOk([SHEET_2024]);
    const ignored = await readGridsOk([SHEET_2024], { mapping: { roles: {}, ignore: [2] } });
    const other = await readGridsOk([SHEET_2024], { mapping: { roles: { multimediaRooms: 2 }, ignore: [] } });
    expect(readBasis(ignored, null).key).not.toBe(readBasis(auto, null).key);
    expect(readBasis(other, null).key).not.toBe(readBasis(auto, null).key);
  });

  it("takes the year from the title when none is chosen: 2024 chosen on a 2024 sheet is the same, 2023 is not, nor 2024 on a sheet whose title gives none", async () => {
    const read = await readGridsOk([SHEET_2024]);
    expect(read.input.year).toBe(2024);
    expect(readBasis(read, 2024).key).toBe(readBasis(read, null).key);
    expect(readBasis(read, 2023).key).not.toBe(readBasis(read, null).key);
    const untitled = await readGridsOk([TITLED("学校基本情况")]);
    expect(untitled.input.year).toBeNull();
    expect(readBasis(untitled, 2024).key).not.toBe(readBasis(untitled, null).key);
  });

  it("leaves a range that reads the same schools but not the 合计 row under them evaluating alike, the 合计 agreeing: only notes differ (range applied, 合计 skipped)", async () => {
    const withTotal = gridOf([...SHEET_2024.values, ["合计", 400, 25]], { sheet: "学校" });
    const whole = await readGridsOk([withTotal]);
    const above = await readGridsOk([withTotal], { range: "A1:C3" });
    expect(above.input.records).toEqual(whole.input.records);
    // What differs, all notes: the whole sheet skipped A4 as a total, the range says it was applied.
    expect(whole.issues.filter((i) => !above.issues.some((a) => a.code === i.code)).map((i) => `${i.code} ${i.severity}`)).toEqual(["read_total_row info"]);
    expect(above.issues.filter((i) => !whole.issues.some((w) => w.code === i.code)).map((i) => `${i.code} ${i.severity}`)).toEqual(["read_range_applied info"]);
    expect(evaluatesAlike(readBasis(whole, null), readBasis(above, null))).toBe(true);
    expect(evaluatesAlike(readBasis(above, null), readBasis(whole, null))).toBe(true);
  });

  it("with a 合计 row that disagrees (26 teachers against 25): leaving it out keeps the result, whose warning still holds; taking it in finds a warning the result lacks", async () => {
    const withTotal = gridOf([...SHEET_2024.values, ["合计", 400, 26]], { sheet: "学校" });
    const whole = await readGridsOk([withTotal]);
    const above = await readGridsOk([withTotal], { range: "A1:C3" });
    expect(whole.issues.map((i) => i.code)).toContain("read_total_row_mismatch_few");
    expect(above.issues.map((i) => i.code)).not.toContain("read_total_row_mismatch_few");
    expect(readBasis(above, null).key).toBe(readBasis(whole, null).key);
    // Evaluated from the whole sheet, then the range narrowed: nothing new to learn.
    expect(evaluatesAlike(readBasis(whole, null), readBasis(above, null))).toBe(true);
    // Evaluated from the range, then widened: evaluating again would warn of the mismatch.
    expect(evaluatesAlike(readBasis(above, null), readBasis(whole, null))).toBe(false);
  });

  it("differs for another value in a cell read (25 teachers, then 26)", async () => {
    const before = await readGridsOk([SHEET_2024]);
    const after = await readGridsOk([TITLED("示例县2024年义务教育学校基本情况", 26)]);
    expect(readBasis(after, null).key).not.toBe(readBasis(before, null).key);
  });
});
