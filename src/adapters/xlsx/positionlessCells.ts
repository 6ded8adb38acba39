import RowXform from "exceljs/lib/xlsx/xform/sheet/row-xform";
import { a1, cellColumn } from "../../workbook/address";

/**
 * Where a row or cell written without its position (`<row>` without `r`, `<c>` without `r`) stands:
 * ECMA-376 §18.3.1.73 and §18.3.1.4 make `r` optional, a row then following the row before it and
 * a cell the cell before it in its row; Excel opens such files, which some statistics systems and
 * streaming writers export. exceljs 4.4 requires `r` ("Invalid row number in model"), so without
 * this a workbook Excel opens was refused as damaged.
 *
 * @example nextColumn(undefined) // 0 (the row's first cell is in A); nextColumn("C5") // 3
 */
export function nextColumn(previousAddress: string | undefined): number {
  const column = previousAddress === undefined ? null : cellColumn(previousAddress);
  return column === null ? 0 : column + 1;
}

const parseOpen = RowXform.prototype.parseOpen;
const parseClose = RowXform.prototype.parseClose;

/** A row without `r` numbered after the row before it in the sheet (one RowXform parses one sheet's rows in order). */
RowXform.prototype.parseOpen = function (this: RowXform, node: { name: string }): boolean {
  const row = this.parser === undefined && node.name === "row";
  const done = parseOpen.call(this, node);
  if (row && this.model !== undefined) {
    if (Number.isNaN(this.model.number)) this.model.number = (this.lastRow ?? 0) + 1;
    this.lastRow = this.model.number;
  }
  return done;
};

/** A cell without `r` placed after the cell before it in its row (the first in column A). */
RowXform.prototype.parseClose = function (this: RowXform, name: string): boolean {
  const cells = this.parser === undefined ? undefined : this.model?.cells;
  const before = cells?.length ?? 0;
  const done = parseClose.call(this, name);
  const cell = cells !== undefined && cells.length > before ? cells[cells.length - 1] : undefined;
  if (cell !== undefined && cell.address === undefined && this.model !== undefined) cell.address = a1(this.model.number - 1, nextColumn(cells?.[cells.length - 2]?.address));
  return done;
};
