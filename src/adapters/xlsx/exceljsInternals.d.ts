/** The part of exceljs 4.4's cell parser isoDateCells.ts hooks into (lib/xlsx/xform/sheet/cell-xform.js; exceljs ships no types for it). */
declare module "exceljs/lib/xlsx/xform/sheet/cell-xform" {
  interface CellModel {
    type?: number;
    value?: unknown;
    result?: unknown;
    formula?: string;
    shareType?: string;
  }
  class CellXform {
    /** The cell's `t` attribute while it is parsed. */
    t?: string;
    model: CellModel;
    parseClose(name: string): boolean;
    reconcile(model: CellModel, options: unknown): void;
  }
  export = CellXform;
}

/** The part of exceljs 4.4's row parser positionlessCells.ts hooks into (lib/xlsx/xform/sheet/row-xform.js). */
declare module "exceljs/lib/xlsx/xform/sheet/row-xform" {
  interface RowModel {
    number: number;
    cells: Array<{ address?: string }>;
  }
  class RowXform {
    /** The child parser (a cell's) while one is open. */
    parser?: unknown;
    model?: RowModel;
    /** The number of the last row parsed in this sheet (set by positionlessCells.ts). */
    lastRow?: number;
    parseOpen(node: { name: string }): boolean;
    parseClose(name: string): boolean;
  }
  export = RowXform;
}
