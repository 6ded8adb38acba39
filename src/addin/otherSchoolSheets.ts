import type { ReadResult } from "../workbook/read/readWorkbook";
import { candidateOf, hasNameAndAnyStudents, isResultSheet } from "../workbook/read/pickSheets";
import type { WorkbookSource } from "../workbook/types";

type ReadOk = Extract<ReadResult, { ok: true }>;

/**
 * The sheets besides the one read that could be school sheets, as the reader tells them
 * (pickSchoolSheets' own: a recognised header with school names and students, not a result sheet
 * of ours): first by name — not the rule sheet, the county figures or a result sheet — then by
 * header. The figures read had those sheets read already, so a cached source reads none again;
 * none means the reader's own choice is the sheet read, and need not be asked.
 *
 * @example await otherSchoolSheets(source of [说明, 学校, 县级指标, 汇总], read of 学校) // []
 * @example await otherSchoolSheets(source of [学校, 学校备份], read of 学校) // ["学校备份"]
 */
export async function otherSchoolSheets(source: WorkbookSource, read: ReadOk): Promise<string[]> {
  const figures = new Set(read.figuresSheets);
  const names = (await source.sheetNames()).filter((n) => n !== read.mapping.sheet && n !== read.ruleSheet && !figures.has(n) && !isResultSheet(n));
  const schools: string[] = [];
  for (const name of names) {
    const candidate = candidateOf(await source.readSheet(name), {});
    if (candidate !== null && hasNameAndAnyStudents(candidate)) schools.push(name);
  }
  return schools;
}
