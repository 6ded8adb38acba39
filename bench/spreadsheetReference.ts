import { HyperFormula, type RawCellContent } from "hyperformula";
import { INDICATOR_CODES, type Evaluation, type Fields, type IndicatorCode, type SchoolRecord, type Stage } from "../src/engine/types";
import type { Profile } from "../src/profiles/schema";
import { columnLetters } from "../src/workbook/address";

/**
 * The SPREADSHEET reference: the resource-allocation evaluation as a county bureau circulates it —
 * one row per section with per-row formulas (combined-school split, the 7 values, met and ≥ 85%
 * flags, count met, pass) and a statistics sheet with SUMIFS for the student-weighted mean and
 * SUMPRODUCT for the weighted SD (rules.md §3), CV = SD ÷ mean — loaded into HyperFormula, which
 * evaluates every formula while it builds the workbook.
 */

export type Sheets = Record<string, RawCellContent[][]>;
type Row = RawCellContent[];

const STAGE_LABEL: Readonly<Record<Stage, string>> = { primary: "小学", junior: "初中" };
/** Standards sheet: column B primary, C junior; rows 2–8 L1–L7, then floor ratio, split weight, min met, CV limit. */
const STD_COLUMN: Readonly<Record<Stage, string>> = { primary: "B", junior: "C" };
const [FLOOR_ROW, WEIGHT_ROW, MIN_MET_ROW, CV_LIMIT_ROW] = [9, 10, 11, 12];

/** Data sheet columns (0-based). */
const COL = { values: 17, met: 24, floor: 31, count: 38, pass: 39 } as const;
const NUMERATOR_LETTERS: Readonly<Record<IndicatorCode, string>> = { L1: "E", L2: "F", L3: "G", L4: "N", L5: "O", L6: "P", L7: "Q" };
const PER_HUNDRED: ReadonlySet<IndicatorCode> = new Set(["L1", "L2", "L3", "L7"]);
const letter = (column: number): string => columnLetters(column);

function standardsSheet(profile: Profile): Sheets[string] {
  const rows: Row[] = [["指标", "小学", "初中"]];
  for (const code of INDICATOR_CODES) rows.push([code, profile.standards.primary[code], profile.standards.junior[code]]);
  const w = profile.splitWeights.nine_year;
  rows.push(["达标比例", profile.passRule.floorRatio, profile.passRule.floorRatio]);
  rows.push(["学生折算系数", w.primary, w.junior]);
  rows.push(["达标项数", profile.passRule.minMet, profile.passRule.minMet]);
  rows.push(["差异系数限值", profile.cvLimits.primary, profile.cvLimits.junior]);
  return rows;
}

/** Input cells of one section row: A county … L whole-school shared values. */
function inputCells(record: SchoolRecord, stage: Stage, stageFields: Fields): Row {
  const v = (f: Fields, key: keyof Fields): number | null => f[key]?.value ?? null;
  const shared = record.fields;
  return [
    record.county, STAGE_LABEL[stage], record.name, v(stageFields, "students"),
    v(stageFields, "qualifiedTeachers"), v(stageFields, "backboneTeachers"), v(stageFields, "peArtTeachers"),
    v(shared, "teachingArea"), v(shared, "indoorSportsArea"), v(shared, "sportsGroundArea"), v(shared, "equipmentValue"), v(shared, "multimediaRooms"),
  ];
}

/** Share formula of a combined school's section: own weighted students ÷ both (rules.md §2, WE-2). */
function shareFormula(r: number, stage: Stage | null): RawCellContent {
  if (stage === null) return 1;
  const [p, j] = stage === "primary" ? [r, r + 1] : [r - 1, r];
  const own = stage === "primary" ? `D${p}*Std!$B$${WEIGHT_ROW}` : `D${j}*Std!$C$${WEIGHT_ROW}`;
  return `=${own}/(D${p}*Std!$B$${WEIGHT_ROW}+D${j}*Std!$C$${WEIGHT_ROW})`;
}

/** Formula cells of one section row (1-based sheet row r): split numerators, values, flags, count, pass. */
function formulaCells(r: number, stage: Stage, split: Stage | null): Row {
  const s = STD_COLUMN[stage];
  const cells: Row = [shareFormula(r, split), `=(H${r}-I${r})*M${r}`, `=(J${r}+I${r})*M${r}`, `=K${r}*M${r}`, `=L${r}*M${r}`];
  INDICATOR_CODES.forEach((code) => cells.push(`=${NUMERATOR_LETTERS[code]}${r}/D${r}${PER_HUNDRED.has(code) ? "*100" : ""}`));
  const value = (i: number): string => `${letter(COL.values + i)}${r}`;
  INDICATOR_CODES.forEach((_, i) => cells.push(`=IF(${value(i)}>=Std!$${s}$${i + 2},1,0)`));
  INDICATOR_CODES.forEach((_, i) => cells.push(`=IF(${value(i)}>=Std!$${s}$${i + 2}*Std!$${s}$${FLOOR_ROW},1,0)`));
  const [m0, m1, f0, f1] = [letter(COL.met), letter(COL.met + 6), letter(COL.floor), letter(COL.floor + 6)];
  cells.push(`=SUM(${m0}${r}:${m1}${r})`, `=IF(AND(${letter(COL.count)}${r}>=Std!$${s}$${MIN_MET_ROW},SUM(${f0}${r}:${f1}${r})=7),1,0)`);
  return cells;
}

/** The sections sheet: a header, then one row per section (a combined school gives two adjacent rows). */
function dataSheet(records: readonly SchoolRecord[]): { rows: Row[]; groups: Map<string, [string, Stage]> } {
  const rows: Row[] = [["县区", "学段", "学校", "在校生数", "L1分子", "L2分子", "L3分子", "教学及辅助用房", "室内体育用房", "运动场地", "仪器设备值", "多媒体教室"]];
  const groups = new Map<string, [string, Stage]>();
  const add = (record: SchoolRecord, stage: Stage, fields: Fields, split: Stage | null): void => {
    rows.push([...inputCells(record, stage, fields), ...formulaCells(rows.length + 1, stage, split)]);
    groups.set(`${record.county}|${stage}`, [record.county ?? "", stage]);
  };
  for (const record of records) {
    const { primary, junior } = record.stageFields ?? {};
    if (record.stage !== null) add(record, record.stage, record.fields, null);
    else if (primary !== undefined && junior !== undefined) {
      add(record, "primary", primary, "primary");
      add(record, "junior", junior, "junior");
    }
  }
  return { rows, groups };
}

/** Statistics sheet: per county × stage × indicator, n, ΣP, Σnumerator, mean, SD, CV, limit, met. */
function statsSheet(groups: Iterable<[string, Stage]>, last: number): Row[] {
  const rows: Row[] = [["县区", "学段", "指标", "校数", "学生数", "分子合计", "均值", "标准差", "差异系数", "限值", "达标"]];
  const col = (c: string): string => `Data!$${c}$2:$${c}$${last}`;
  const crit = (r: number): string => `${col("A")},$A${r},${col("B")},$B${r}`;
  for (const [county, stage] of groups) {
    INDICATOR_CODES.forEach((code, i) => {
      const r = rows.length + 1;
      const value = letter(COL.values + i);
      const weighted = `(${col("A")}=$A${r})*(${col("B")}=$B${r})*${col("D")}*(${col(value)}-G${r})^2`;
      rows.push([
        county, STAGE_LABEL[stage], code, `=COUNTIFS(${crit(r)})`, `=SUMIFS(${col("D")},${crit(r)})`,
        `=SUMIFS(${col(NUMERATOR_LETTERS[code])},${crit(r)})`, `=F${r}/E${r}${PER_HUNDRED.has(code) ? "*100" : ""}`,
        `=SQRT(SUMPRODUCT(${weighted})/E${r})`, `=H${r}/G${r}`, `=Std!$${STD_COLUMN[stage]}$${CV_LIMIT_ROW}`, `=IF(I${r}<=J${r},1,0)`,
      ]);
    });
  }
  return rows;
}

/** Passing sections per county × stage. */
function passSheet(groups: Iterable<[string, Stage]>, last: number): Row[] {
  const rows: Row[] = [["县区", "学段", "校数", "达标校数"]];
  const col = (c: string): string => `Data!$${c}$2:$${c}$${last}`;
  for (const [county, stage] of groups) {
    const r = rows.length + 1;
    const crit = `${col("A")},$A${r},${col("B")},$B${r}`;
    rows.push([county, STAGE_LABEL[stage], `=COUNTIFS(${crit})`, `=SUMIFS(${col(letter(COL.pass))},${crit})`]);
  }
  return rows;
}

/** The whole reference workbook as HyperFormula sheet arrays (values and formula strings). */
export function buildReferenceSheets(records: readonly SchoolRecord[], profile: Profile): Sheets {
  const { rows, groups } = dataSheet(records);
  const last = rows.length;
  return { Std: standardsSheet(profile), Data: rows, Stats: statsSheet(groups.values(), last), Pass: passSheet(groups.values(), last) };
}

/** Loads the sheets; HyperFormula evaluates every formula during the build (that is the recalculation timed). */
export function buildEngine(sheets: Sheets): HyperFormula {
  const maxRows = Math.max(40_000, ...Object.values(sheets).map((rows) => rows.length + 10));
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", maxRows, useArrayArithmetic: true, smartRounding: false });
}

export interface ReferenceCheck {
  /** County × stage × indicator CVs compared. */
  readonly compared: number;
  /** Largest |CV_HyperFormula − CV_engine|; Infinity when a CV is missing on one side. */
  readonly maxCvDiff: number;
  readonly passingHf: number;
  readonly passingEngine: number;
}

/** HyperFormula's CVs against the engine's, and the passing-section counts of both. */
export function checkAgainstEngine(hf: HyperFormula, evaluation: Evaluation): ReferenceCheck {
  const engineCv = new Map<string, number | null>();
  let passingEngine = 0;
  for (const county of evaluation.counties) {
    for (const g of county.coefficients) for (const code of INDICATOR_CODES) engineCv.set(`${g.county}|${STAGE_LABEL[g.stage]}|${code}`, g.indicators[code].cv);
    passingEngine += county.sections.filter((s) => s.pass === true).length;
  }
  const stats = hf.getSheetValues(sheetId(hf, "Stats")).slice(1);
  let maxCvDiff = 0;
  for (const [county, stage, code, , , , , , cv] of stats) {
    const engine = engineCv.get(`${String(county)}|${String(stage)}|${String(code)}`);
    const diff = typeof cv === "number" && typeof engine === "number" ? Math.abs(cv - engine) : Infinity;
    maxCvDiff = Math.max(maxCvDiff, diff);
  }
  const passingHf = hf.getSheetValues(sheetId(hf, "Pass")).slice(1).reduce<number>((n, row) => n + Number(row[3]), 0);
  return { compared: stats.length, maxCvDiff, passingHf, passingEngine };
}

function sheetId(hf: HyperFormula, name: string): number {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`reference workbook has no sheet ${name}`);
  return id;
}
