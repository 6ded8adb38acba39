/**
 * Test helpers (not used by production code): in-memory Grids and a WorkbookSource over them.
 */
import { a1, columnLetters, parseRange, qualified } from "../address";
import type { Box, CellValue, Grid, WorkbookSource } from "../types";
import type { CountyEvaluation, Evaluation, Issue, SchoolRecord } from "../../engine/types";
import { evaluate } from "../../engine/evaluate";
import { builtInProfile } from "../../profiles/resolveProfile";
import { readWorkbook, type ColumnMapping, type ReadOptions, type ReadResult } from "./readWorkbook";
import { readCountyFigures } from "./readCountyFigures";

export interface GridOptions {
  readonly sheet?: string;
  /** 0-based sheet rows that are hidden. */
  readonly hiddenRows?: readonly number[];
  /** Merged areas as A1 ranges (`A1:A3`) or boxes. */
  readonly merges?: readonly (string | Box)[];
  readonly top?: number;
  readonly left?: number;
}

function toBox(merge: string | Box): Box {
  if (typeof merge !== "string") return merge;
  const box = parseRange(merge);
  if (box === null) throw new Error(`bad merge range ${merge}`);
  return box;
}

/** A Grid from rows of values; short rows are padded with null so every row has the same length. */
export function gridOf(rows: readonly (readonly CellValue[])[], options: GridOptions = {}): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return {
    sheet: options.sheet ?? "学校基本情况",
    top: options.top ?? 0,
    left: options.left ?? 0,
    values,
    hiddenRows: options.hiddenRows ?? [],
    merges: (options.merges ?? []).map(toBox),
  };
}

/** A WorkbookSource over grids, in the given sheet order. A `range` crops the grid. */
export function sourceOf(grids: readonly Grid[]): WorkbookSource {
  return {
    sheetNames: () => Promise.resolve(grids.map((g) => g.sheet)),
    readSheet: (name: string, range?: string) => {
      const grid = grids.find((g) => g.sheet === name);
      if (grid === undefined) return Promise.reject(new Error(`no sheet ${name}`));
      return Promise.resolve(range === undefined ? grid : crop(grid, range));
    },
  };
}

function crop(grid: Grid, range: string): Grid {
  const box = parseRange(range);
  if (box === null) throw new Error(`bad range ${range}`);
  const rows = grid.values.slice(box.top - grid.top, box.bottom - grid.top + 1);
  const values = rows.map((r) => r.slice(box.left - grid.left, box.right - grid.left + 1));
  return { ...grid, top: box.top, left: box.left, values };
}

/** A recognised column for mappingOf: stage, part, unit and header row default to none, ×1 and the header's last row. */
export interface MappedColumn {
  readonly column: number;
  readonly header: string;
  readonly field: string;
  readonly stage?: ColumnMapping["columns"][number]["stage"];
  readonly part?: ColumnMapping["columns"][number]["part"];
  readonly unitFactor?: number;
  readonly unit?: string;
  /** 0-based row of the column's own header cell (under a merged group header). */
  readonly headerRow?: number;
}

/**
 * A ColumnMapping as the reader gives it, from the columns alone: addresses and header cells are
 * derived; the data rows default to the one row under the header, unmatched and missing to none.
 * `headerRows`: 0-based, one row or a band.
 */
export function mappingOf(sheet: string, headerRows: number | { top: number; bottom: number }, columns: readonly MappedColumn[], rest: Partial<Pick<ColumnMapping, "dataRows" | "unmatched" | "missing">> = {}): ColumnMapping {
  const band = typeof headerRows === "number" ? { top: headerRows, bottom: headerRows } : headerRows;
  return {
    sheet,
    headerRows: band,
    dataRows: rest.dataRows ?? { top: band.bottom + 1, bottom: band.bottom + 1 },
    columns: columns.map((c) => ({
      column: c.column,
      address: columnLetters(c.column),
      headerCell: qualified(sheet, a1(c.headerRow ?? band.bottom, c.column)),
      header: c.header,
      field: c.field,
      stage: c.stage ?? null,
      unitFactor: c.unitFactor ?? 1,
      unit: c.unit ?? null,
      part: c.part ?? null,
    })),
    unmatched: rest.unmatched ?? [],
    missing: rest.missing ?? [],
  };
}

/** A read that succeeded (readWorkbook's ok result). */
export type ReadOk = Extract<ReadResult, { ok: true }>;

/**
 * readWorkbook over `grids` (sourceOf), failing the test with the read's issues when it is refused.
 * @example (await readGridsOk([gridOf([["学校名称", "在校生数"], ["甲小学", 300]])])).records.length // 1
 */
export async function readGridsOk(grids: readonly Grid[], options: ReadOptions = {}): Promise<ReadOk> {
  const result = await readWorkbook(sourceOf(grids), options);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
}

/** The issues of one code. @example issuesWith([{ code: "a" }, { code: "b" }], "a") // [{ code: "a" }] */
export function issuesWith(issues: readonly Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

/**
 * The one record of a read named `name`, failing the test when there is none or more than one.
 * @example onlyRecord(await readGridsOk([gridOf([["学校名称", "在校生数"], ["甲小学", 300]])]), "甲小学").name // "甲小学"
 */
export function onlyRecord(result: ReadOk, name: string): SchoolRecord {
  const found = result.input.records.filter((r) => r.name === name);
  if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one record ${name}, got ${found.length}`);
  return found[0];
}

/**
 * One row under 评估内容 | 自评结果 on a 县级指标 sheet read as readCountyFigures reads it: [code, value,
 * cell] of each figure, [code, severity, cell] of each issue, and the issues' params. The value cell is B2.
 * @example readCountyRow("就近入学比例（小学、初中）", "小学100%，初中96.8%").figures // [["G13_nearby_primary", 1, "县级指标!B2"], ["G13_nearby_junior", 0.968, "县级指标!B2"]]
 */
export function readCountyRow(item: string, value: CellValue) {
  const result = readCountyFigures(gridOf([["评估内容", "自评结果"], [item, value]], { sheet: "县级指标" }));
  return {
    figures: result?.figures.map((f) => [f.code, f.value, f.cell]) ?? [],
    issues: result?.issues.map((i) => [i.code, i.severity, i.cell]) ?? [],
    params: result?.issues.map((i) => i.params) ?? [],
  };
}

/** The rows as a 县级指标 sheet read by readCountyFigures (null when no figures sheet is found). */
export function readFiguresSheet(rows: readonly (readonly unknown[])[]) {
  return readCountyFigures(gridOf(rows as never, { sheet: "县级指标" }));
}

/**
 * The rows as a 县级指标 sheet read by readCountyFigures: [code, value, cell] of each figure, and
 * [code, severity, cell] of each issue followed by the issue's `params` named (null when it has none).
 * @example figuresSaid([["项目", "小学", "初中"], ["就近入学比例", "100%", "/"]], "stageInText").issues // [["read_figure_stage_marked_none", "warning", "县级指标!C2", "junior"]]
 */
export function figuresSaid(rows: readonly (readonly unknown[])[], ...params: readonly string[]) {
  const r = readFiguresSheet(rows);
  return {
    figures: (r?.figures ?? []).map((f) => [f.code, f.value, f.cell]),
    issues: (r?.issues ?? []).map((i) => [i.code, i.severity, i.cell, ...params.map((p) => i.params[p] ?? null)]),
  };
}

/** A school sheet of two schools, 一小 (小学, 600 students) and 一中 (初中, 500), for a 县级指标 sheet to be evaluated beside. */
export const TWO_SCHOOLS: Grid = gridOf([
  ["学校名称", "学段", "在校生数"],
  ["一小", "小学", 600],
  ["一中", "初中", 500],
]);

/** What evaluateFiguresSheet gives: the whole evaluation, its one county's, and the read's issues. */
export interface FiguresEvaluated {
  readonly evaluation: Evaluation;
  readonly county: CountyEvaluation | undefined;
  readonly issues: readonly Issue[];
}

/**
 * TWO_SCHOOLS and the rows as a 县级指标 sheet read (readGridsOk) and evaluated on the national profile:
 * the evaluation (its issues, for a veto conflict or 汇总), the one county's evaluation, and the read's issues.
 * @example (await evaluateFiguresSheet([["项目", "小学", "初中"], ["就近入学比例", "100%", "/"]])).county?.items.find((i) => i.code === "G13")?.verdict // "not_assessed"
 */
export async function evaluateFiguresSheet(rows: readonly (readonly unknown[])[]): Promise<FiguresEvaluated> {
  const r = await readGridsOk([TWO_SCHOOLS, gridOf(rows as never, { sheet: "县级指标" })]);
  const evaluation = evaluate(r.input, builtInProfile("national-2017"));
  return { evaluation, county: evaluation.counties[0], issues: r.issues };
}
