import type { CellRef, FieldKey, SchoolRecord, SourceRow } from "../types";
import { groupShared } from "./recordValues";
import type { SchoolRows } from "./schoolGroups";

/**
 * Where a county's schools are in the workbook: its records and their grouping into schools
 * (schoolRows), whose school s is row s of the check table. The check table keeps no cells on the
 * fast path, nor any row: a note or an item that names schools looks them up here, for the schools
 * it names only (workbooks.md: data problems with cell addresses).
 */
export interface SchoolPlaces {
  readonly records: readonly SchoolRecord[];
  readonly rows: SchoolRows;
}

/** School s's records, in sheet order. */
export function placeRecords(places: SchoolPlaces, s: number): SchoolRecord[] {
  const members: SchoolRecord[] = [];
  for (let i = places.rows.first[s] ?? -1; i >= 0; i = places.rows.next[i] ?? -1) members.push(places.records[i] as SchoolRecord);
  return members;
}

/** Where a field's cell lacks a value in a record, whole row or a stage's columns; undefined when none does. */
function blankCellOf(record: SchoolRecord, field: FieldKey): string | undefined {
  return record.blankCells?.[field] ?? record.stageBlankCells?.primary?.[field] ?? record.stageBlankCells?.junior?.[field];
}

/** Where a field's value was read in a record, whole row or a stage's columns; null when none is. */
function givenCellOf(record: SchoolRecord, field: FieldKey): CellRef {
  return record.fields[field]?.cell ?? record.stageFields?.primary?.[field]?.cell ?? record.stageFields?.junior?.[field]?.cell ?? null;
}

/** Any cell the record was read from: the first of its values' (as splitShares' rowCell). */
function anyCellOf(record: SchoolRecord): CellRef {
  for (const value of Object.values(record.fields)) if (value?.cell) return value.cell;
  for (const fields of Object.values(record.stageFields ?? {})) for (const value of Object.values(fields ?? {})) if (value?.cell) return value.cell;
  return null;
}

/** Which cell of a school a note points at (schoolCell): of these fields, a blank one first (a note on missing data) or a given one only (a note on what was given). */
export interface CellWanted {
  readonly fields: readonly FieldKey[];
  readonly blankFirst: boolean;
}

/**
 * The cell a note about a school points at: with `blankFirst`, the first of the fields whose cell
 * in its rows lacks a value (what is missing); else, or when none does, the first given (what the
 * note is about); else any cell of its first row; null for a school read from no cell.
 * @example schoolCell([甲小学 with 培训经费 blank at X5, 公用经费 at Y5], { fields: ["trainingFunds", "publicFunding"], blankFirst: true }) // "学校基本情况!X5"
 * @example schoolCell([乙小学 with 音乐教室面积 at S6, 美术教室面积 blank at V6], { fields: ["musicRoomsArea", "artRoomsArea"], blankFirst: false }) // "学校基本情况!S6"
 */
export function schoolCell(records: readonly SchoolRecord[], { fields, blankFirst }: CellWanted): CellRef {
  if (blankFirst) {
    for (const field of fields) for (const record of records) {
      const blank = blankCellOf(record, field);
      if (blank !== undefined) return blank;
    }
  }
  for (const field of fields) for (const record of records) {
    const given = givenCellOf(record, field);
    if (given !== null) return given;
  }
  return records.length > 0 ? anyCellOf(records[0] as SchoolRecord) : null;
}

/**
 * A school as a `schoolRows` list names it (the catalogue's LIST_PARAMS): `name@row`, the row of
 * its first record (`source`), with its sheet when that is not `sheet` (the sheet of the note's own
 * cell); the name alone when it was read from no row (bareItem).
 * @example schoolRowItem("城关小学", { sheet: "学校基本情况", row: 5 }, "学校基本情况") // "城关小学@5"
 * @example schoolRowItem("城关小学", { sheet: "学校综合表", row: 5 }, "学校基本情况") // "城关小学@学校综合表!5"
 */
export function schoolRowItem(name: string, source: SourceRow | null, sheet: string | null): string {
  if (source === null) return bareItem(name);
  return source.sheet === sheet ? `${name}@${source.row}` : `${name}@${source.sheet}!${source.row}`;
}

/**
 * A school without a row in a `schoolRows` list: its name, with an empty row after an @ it holds
 * itself, so that the list does not take what follows that @ for a row.
 * @example bareItem("城关小学") // "城关小学"; bareItem("A@B") // "A@B@"
 */
function bareItem(name: string): string {
  return name.includes("@") ? `${name}@` : name;
}

/** The sheet of a cell reference (`学校基本情况!X5` → 学校基本情况); null for none. */
export function sheetOf(cell: CellRef): string | null {
  if (cell === null) return null;
  const bang = cell.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = cell.slice(0, bang);
  // A quoted name ('学校 表'!A1) is written unquoted in rows, as SourceRow keeps it.
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** What a note says of the schools it names (namedSchools). */
export interface NamedSchools {
  /** The first school's cell (schoolCell), where the note is listed. */
  readonly cell: CellRef;
  /** The names joined by 、, as the note's `schools` has always held them. */
  readonly schools: string;
  /** Each school with its row (schoolRowItem), one per line, for the message. */
  readonly schoolRows: string;
}

/**
 * The schools a note names (check-table rows `schools`, in sheet order), with the cell it is
 * listed at — the first school's, as `wanted` (schoolCell) — and each school's row. Runs for
 * the named schools only. Without places (a check table alone, as in some tests) the cell is null
 * and the rows are the names.
 * @example namedSchools(places, ["城关小学", "河口小学"], [0, 3], { fields: ["trainingFunds"], blankFirst: true }) // { cell: "学校基本情况!X5", schools: "城关小学、河口小学", schoolRows: "城关小学@5\n河口小学@8" }
 */
export function namedSchools(places: SchoolPlaces | undefined, names: readonly string[], schools: readonly number[], wanted: CellWanted): NamedSchools {
  const joined = names.join("、");
  if (places === undefined || schools.length === 0) return { cell: null, schools: joined, schoolRows: names.map(bareItem).join("\n") };
  const cell = schoolCell(placeRecords(places, schools[0] ?? 0), wanted);
  const sheet = sheetOf(cell);
  // A school's first record alone gives its row: no list of its records per school (a note may name most of a county's schools).
  let rows = "";
  for (let n = 0; n < schools.length; n++) {
    const first = places.records[places.rows.first[schools[n] ?? 0] ?? 0];
    rows += (n === 0 ? "" : "\n") + schoolRowItem(names[n] ?? "", first?.source ?? null, sheet);
  }
  return { cell, schools: joined, schoolRows: rows };
}

/**
 * The cells a school's figure of an item was computed from: for each of `fields` in turn, the cells
 * of every row that gives it (groupShared, as the reference path's checks keep them) — for Q4 its
 * rows' training funds, then their public funding.
 * @example fieldCells([甲小学 with 培训经费 X5, 公用经费 Y5], ["trainingFunds", "publicFunding"]) // ["学校基本情况!X5", "学校基本情况!Y5"]
 */
export function fieldCells(records: readonly SchoolRecord[], fields: readonly FieldKey[]): CellRef[] {
  return fields.flatMap((field) => groupShared(records, field)?.cells ?? []);
}
