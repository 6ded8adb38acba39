/**
 * A1-notation helpers. Rows and columns are 0-based here, as in Grid.
 */

/** @example columnLetters(0) // "A"; columnLetters(27) // "AB" */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** @example columnIndex("AB") // 27 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** @example a1(6, 3) // "D7" */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/**
 * Whether Excel reads a sheet name unquoted: letters, digits and _ only, not beginning with a digit,
 * and not what reads as a cell (A1 form `AB12000`, R1C1 form `R1C1`, `rc`, `R`) or a boolean.
 * Quoting more than needed is harmless; quoting less breaks a link.
 */
function plainSheetName(sheet: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^(?:R\d*)?(?:C\d*)?$/i.test(sheet) && !/^(?:TRUE|FALSE)$/i.test(sheet);
}

/**
 * Quotes a sheet name when Excel would (apostrophes doubled inside).
 * @example qualified("学校 表", "D7") // "'学校 表'!D7"; qualified("2024学校", "D7") // "'2024学校'!D7"; qualified("学校", "D7") // "学校!D7"
 */
export function qualified(sheet: string, address: string): string {
  return plainSheetName(sheet) ? `${sheet}!${address}` : `${quotedSheet(sheet)}!${address}`;
}

/**
 * A sheet name quoted, a quote inside doubled: as qualified writes a name that needs it, and as
 * chart formulas write every name.
 * @example quotedSheet("差异系数") // "'差异系数'"
 * @example quotedSheet("O'Brien 县") // "'O''Brien 县'"
 */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The sheet and 0-based row and column of a single cell's reference (`学校!I3`, `'学 校'!$i$3`),
 * or null when it names no single cell (null, "", a cell without its sheet, a range).
 * @example cellPlace("'学校 表'!$AB$7") // { sheet: "学校 表", row: 6, column: 27 }
 */
export function cellPlace(cell: string | null): { sheet: string; row: number; column: number } | null {
  const ref = cell === null ? null : splitReference(cell);
  const box = ref === null ? null : parseRange(ref.address);
  if (ref === null || box === null || box.top !== box.bottom || box.left !== box.right) return null;
  return { sheet: ref.sheet, row: box.top, column: box.left };
}

/** The 0-based column of a cell reference (`学校!I3`, `'学校 表'!$I$3`, `I3`), or null when it is none. @example cellColumn("学校!I3") // 8 */
export function cellColumn(cell: string): number | null {
  const letters = /(?:^|!)\$?([A-Za-z]{1,3})\$?\d+$/.exec(cell)?.[1];
  return letters === undefined ? null : columnIndex(letters);
}

/** A box of 0-based bounds as an A1 range, the inverse of parseRange. @example rangeAddress({ top: 0, left: 0, bottom: 1, right: 3 }) // "A1:D2" */
export function rangeAddress(box: { top: number; left: number; bottom: number; right: number }): string {
  return `${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`;
}

/** Splits `'学校 表'!D7` into sheet and address; null when there is no sheet part. */
export function splitReference(reference: string): { sheet: string; address: string } | null {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return null;
  const rawSheet = reference.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: reference.slice(bang + 1) };
}

/** Parses `A1:Z200` (or a single cell) into 0-based bounds; null when malformed. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!m || !m[1] || !m[2]) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  if (top < 0 || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}

/**
 * Excel's last row as A1 numbers it (1048576, also the count of rows): a 0-based row reaches at
 * most LAST_ROW − 1. A whole-column range runs to it.
 */
export const LAST_ROW = 1048576;
/** Excel's last column, which a whole-row range runs to. */
const LAST_COLUMN = "XFD";

/**
 * Which edge of a sheet a range (parseRange's bounds) reaches past, Excel's last column XFD or
 * its last row 1048576; null when inside. Such a range is a typo (XFE for XE), which a reader
 * would find empty without a word, and which Excel itself refuses.
 *
 * @example beyondSheet(parseRange("A1:XFE10")!) // "column"; beyondSheet(parseRange("A1:B1048577")!) // "row"; beyondSheet(parseRange("A1:XFD1048576")!) // null
 */
export function beyondSheet(box: { readonly bottom: number; readonly right: number }): "column" | "row" | null {
  if (box.right > columnIndex(LAST_COLUMN)) return "column";
  return box.bottom >= LAST_ROW ? "row" : null;
}

/**
 * A range as Excel writes it, whole columns (`A:Z`) and whole rows (`3:50`) too, as the cells they
 * cover (`A1:Z1048576`, `A3:XFD50`), which the reader's A1 ranges take; any other text as given,
 * in half-width form (halfWidth: A3：AJ43, typed with Chinese punctuation, is A3:AJ43). The CLI's
 * --range and every range the add-in reads (readChecked) pass through here.
 *
 * @example cellRange("A:Z") // "A1:Z1048576"; cellRange("$3:$50") // "A3:XFD50"; cellRange("A1:Z200") // "A1:Z200"; cellRange("Ａ：Ｚ") // "A1:Z1048576"
 */
export function cellRange(text: string): string {
  const t = halfWidth(text).trim();
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(t);
  if (columns?.[1] !== undefined && columns[2] !== undefined) return `${columns[1].toUpperCase()}1:${columns[2].toUpperCase()}${LAST_ROW}`;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(t);
  if (rows?.[1] !== undefined && rows[2] !== undefined) return `A${rows[1]}:${LAST_COLUMN}${rows[2]}`;
  return halfWidth(text);
}

/**
 * An address typed with a Chinese input method's full-width forms (the colon ：, letters Ａ–Ｚ,
 * digits ０–９, ＄), which look all but the same as A1 notation, in its half-width form (Unicode
 * NFKC folds each to its ASCII twin and leaves ASCII as it is).
 * @example halfWidth("A3：AJ43") // "A3:AJ43"; halfWidth("Ａ３:ＡＪ４３") // "A3:AJ43"
 */
function halfWidth(address: string): string {
  return address.normalize("NFKC");
}

/**
 * A range as typed in the pane, with or without its sheet, its address in half-width form
 * (halfWidth) and a full-width ！ after the sheet read as the ! it stands for. The sheet's name is
 * kept as typed: a Chinese name holds full-width brackets of its own (学校基本情况（2024）), which
 * NFKC would turn into others and so name no sheet. The last ! or ！ parts them, as splitReference does.
 * @example typedReference("学校基本情况！Ａ３：ＡＪ４３") // "学校基本情况!A3:AJ43"
 * @example typedReference("表（2024）!A3:AJ43") // "表（2024）!A3:AJ43"; typedReference("A3：AJ43") // "A3:AJ43"
 */
export function typedReference(text: string): string {
  const bang = Math.max(text.lastIndexOf("!"), text.lastIndexOf("！"));
  if (bang <= 0) return halfWidth(text);
  return `${text.slice(0, bang)}!${halfWidth(text.slice(bang + 1))}`;
}
