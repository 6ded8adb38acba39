import type { Grid, WorkbookSource } from "../types";

/** A sheet's grid; a source that cannot read it is an I/O failure, thrown with the sheet's name. */
export async function loadSheet(source: WorkbookSource, name: string, range?: string): Promise<Grid> {
  try {
    return await source.readSheet(name, range);
  } catch (error) {
    throw new Error(`cannot read sheet ${name}`, { cause: error });
  }
}
