import type { BlankCells, FieldKey, Fields, Issue, Sourced } from "../../engine/types";
import type { Grid } from "../types";
import { checkFields } from "./checkFields";
import type { NoDataNote } from "./findNoDataNote";
import type { ColumnRole } from "./keys";
import { rowFields, type FieldScope, type RowFields } from "./rowFields";

/** The cells of the fields a check dropped (each has its issue there). */
export function droppedCells(before: Fields, after: Fields): BlankCells {
  const out: BlankCells = {};
  for (const [key, v] of Object.entries(before) as [FieldKey, Sourced][]) if (after[key] === undefined && v.cell !== null) out[key] = v.cell;
  return out;
}

/** A row's fields after the consistency checks; a dropped field's cell joins the blank ones, so the engine can point at it. */
export function checkedFields(grid: Grid, row: number, roles: readonly ColumnRole[], scope: FieldScope, issues: Issue[], noData: NoDataNote | null): RowFields {
  const read = rowFields(grid, row, roles, scope, issues, noData);
  const fields = checkFields(read.fields, issues);
  return { fields, blankCells: { ...read.blankCells, ...droppedCells(read.fields, fields) } };
}
