/**
 * The school of Q4's lowest share and the notes naming schools, from a workbook as the reader
 * reads it (numbers stored as text, a blank funding cell), on both paths: the fast path keeps no
 * cells, so they are looked up for the schools named (schoolPlaces.ts). Hand-worked values.
 */
import { evaluate } from "../evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import type { CellValue } from "../../workbook/types";
import { readWorkbook } from "../../workbook/read/readWorkbook";
import { gridOf, sourceOf } from "../../workbook/read/testing";
import type { Evaluation, EvaluationInput } from "../types";

const NATIONAL = builtInProfile("national-2017");
const HEAD: CellValue[] = ["学校名称", "学校类型", "在校生数", "班级数", "专任教师数", "公用经费（万元）", "教师培训经费（万元）"];

async function inputOf(rows: readonly (readonly CellValue[])[]): Promise<EvaluationInput> {
  const read = await readWorkbook(sourceOf([gridOf([HEAD, ...rows])]));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.input;
}

/** Both paths' evaluations, which must agree (cells included); the fast one returned. */
function both(input: EvaluationInput): Evaluation {
  const fast = evaluate(input, NATIONAL);
  const reference = evaluate(input, NATIONAL, { paths: "reference" });
  expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(reference)));
  return fast;
}

const q4 = (ev: Evaluation) => ev.counties[0]?.items.find((i) => i.code === "Q4");

describe("Q4 names the school of its lowest share", () => {
  it("杏花村教学点 0.36 ÷ 6.50 = 5.538…%, typed as text, is named with its training funds G3 and public funding F3", async () => {
    // 城关小学 1.6 ÷ 20 = 8%, 河口小学 0.9 ÷ 12 = 7.5%: 杏花村教学点 is the lowest, above 5%.
    const ev = both(await inputOf([
      ["城关小学", "小学", 600, 12, 30, 20, 1.6],
      ["杏花村教学点", "小学", 80, 4, 6, "6.50", "0.36"],
      ["河口小学", "小学", 300, 6, 15, 12, 0.9],
    ]));
    expect(q4(ev)?.verdict).toBe("met");
    expect(q4(ev)?.figure).toBeCloseTo(3600 / 65000, 12);
    expect(q4(ev)?.figureSchool).toEqual({ name: "杏花村教学点", cells: ["学校基本情况!G3", "学校基本情况!F3"], schoolsWithValue: 1 });
  });

  it("a tie at 5%: the first in sheet order, counting both", async () => {
    const ev = both(await inputOf([
      ["城关小学", "小学", 600, 12, 30, 20, 1.6],
      ["东关小学", "小学", 400, 8, 20, 10, 0.5],
      ["西关小学", "小学", 400, 8, 20, 10, 0.5],
    ]));
    expect(q4(ev)).toMatchObject({ verdict: "met", figure: 0.05, figureSchool: { name: "东关小学", cells: ["学校基本情况!G3", "学校基本情况!F3"], schoolsWithValue: 2 } });
  });

  it("a blank training-funds cell: Q4 open, no school named, and the note at that blank cell with the school's row", async () => {
    const ev = both(await inputOf([
      ["城关小学", "小学", 600, 12, 30, 20, 1.6],
      ["河口小学", "小学", 300, 6, 15, 12, null],
    ]));
    expect(q4(ev)).toMatchObject({ verdict: "not_assessed", figure: null });
    expect(q4(ev)?.figureSchool).toBeUndefined();
    const partial = ev.issues.filter((i) => i.code === "guarantee_school_data_partial" && i.params.item === "Q4");
    expect(partial).toEqual([{ code: "guarantee_school_data_partial", severity: "warning", cell: "学校基本情况!G3", params: { item: "Q4", missing: 1, schools: "河口小学", schoolRows: "河口小学@3" } }]);
  });
});
