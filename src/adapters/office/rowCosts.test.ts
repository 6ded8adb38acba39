import type { SheetSpec } from "../../workbook/types";
import { sheetLayout } from "../../workbook/write/sheetLayout";
import { planTableNames } from "./queueFormats";
import { rowCosts, segmentCost } from "./rowCosts";
import { FakeExcel } from "./testing/fakeExcel";
import { officeJsRequestBytes } from "./testing/officeJsRequests";
import { resultSpecs, schoolsTable } from "./testing/specs";
import { writeSegment } from "./testing/writeSegment";

/** The sink's estimate for rows [from, to) of a sheet written as one segment. */
function estimate(spec: SheetSpec, from = 0, to = Infinity): number {
  const layout = sheetLayout(spec);
  const names = (planTableNames([spec], new Set(), "run00000")[0] ?? []).map((n) => n.written);
  const rows = rowCosts(spec, layout, names).slice(from, to);
  return rows.reduce((n, c) => n + c.bytes, 0) + segmentCost(layout).bytes;
}

/** What office.js sends for the same rows, with seven-digit object ids as in a long run. */
async function measured(spec: SheetSpec, from = 0, to = Infinity): Promise<number> {
  const [bytes] = await officeJsRequestBytes((context) => writeSegment(context, "学校达标", spec, from, to), 1_000_000);
  return bytes ?? 0;
}

/** The sink's estimate of operations for rows [from, to) of a sheet written as one segment. */
function estimatedOperations(spec: SheetSpec, from = 0, to = Infinity): number {
  const layout = sheetLayout(spec);
  return rowCosts(spec, layout, []).slice(from, to).reduce((n, c) => n + c.operations, 0) + segmentCost(layout).operations;
}

/** Operations the same rows queue, as the fake Excel counts them (sets, calls and loads; its sizes are checked against office.js in fakeExcel.test.ts). */
async function measuredOperations(spec: SheetSpec, from = 0, to = Infinity): Promise<number> {
  const excel = new FakeExcel();
  excel.model.addSheet("学校达标");
  await excel.run((context) => writeSegment(context, "学校达标", spec, from, to));
  return excel.requests[0]?.operations ?? 0;
}

/** A schools sheet whose every row is green in one column (one long run) and has no links. */
function allGreen(rows: number): SheetSpec {
  const table = schoolsTable(rows);
  const emphasis = table.rows.map((_, row) => ({ row, column: 10, kind: "good" as const }));
  return { name: "学校达标", role: "schools", title: "全部达标", notes: [], tables: [{ ...table, emphasis, links: [] }], freezeColumns: 0 };
}

describe("rowCosts: the request size estimate", () => {
  // A colour on one cell goes out as three object paths (range, format, fill/font) with their
  // Instantiate actions and two set actions: about 900 bytes, where the estimate once said 160.
  it.each(resultSpecs(300).map((spec) => [spec.name, spec] as const))("covers what office.js sends for the whole %s sheet", async (_, spec) => {
    expect(estimate(spec)).toBeGreaterThanOrEqual(await measured(spec));
  });

  it("stays within 35% above office.js on a large sheet, so that blocks are not needlessly small", async () => {
    // Small sheets are all fixed overhead, which the estimate takes at its worst; large ones are rows.
    const [, , schools] = resultSpecs(300);
    if (schools === undefined) throw new Error("no spec");
    expect(estimate(schools)).toBeLessThan((await measured(schools)) * 1.35);
  });

  it("covers a block cut from the middle of a sheet (emphasis runs split by the cut)", async () => {
    const [, , schools] = resultSpecs(600);
    if (schools === undefined) throw new Error("no spec");
    for (const [from, to] of [[101, 250], [250, 251], [400, 605]] as const) {
      const real = await measured(schools, from, to);
      expect(estimate(schools, from, to)).toBeGreaterThanOrEqual(real);
    }
  });

  it("charges a long run of one colour once, not per cell, and still covers it", async () => {
    const spec = allGreen(500);
    const real = await measured(spec);
    expect(estimate(spec)).toBeGreaterThanOrEqual(real);
    expect(estimate(spec)).toBeLessThan(real * 1.35);
  });

  it("charges what one coloured cell costs on the wire, not the colour's few bytes", async () => {
    const one = { ...allGreen(1), tables: [{ ...schoolsTable(1), links: [], emphasis: [{ row: 0, column: 5, kind: "bad" as const }] }] };
    const none = { ...one, tables: [{ ...schoolsTable(1), links: [], emphasis: [] }] };
    const rowsOnly = (spec: SheetSpec) => rowCosts(spec, sheetLayout(spec), []).reduce((n, c) => n + c.bytes, 0);
    // office.js: the cell's range, format, fill and font paths with their instantiations, and two sets.
    expect(rowsOnly(one) - rowsOnly(none)).toBeGreaterThanOrEqual((await measured(one)) - (await measured(none)));
  });

  it("charges cells' own number formats, a range per run of one format, and a run a block cuts in two", async () => {
    // Rows 0–3 of every ten with a format of their own in L1 (column 2): runs of four, every one a range on the wire.
    const owned = (rows: number): SheetSpec => {
      const spec = allGreen(rows);
      const table = spec.tables[0];
      if (table === undefined) throw new Error("no table");
      const formats = table.rows.flatMap((_, row) => (row % 10 < 4 ? [{ row, column: 2, format: '"≥ "0.00' }] : []));
      return { ...spec, tables: [{ ...table, formats }] };
    };
    const [withFormats, without] = [owned(300), allGreen(300)];
    // Title, blank, header: data row r is sheet row r + 3. Blocks from data row 2 and of data row 1 alone start inside a run.
    for (const [from, to] of [[0, Infinity], [5, 125], [4, 5]] as const) {
      const extra = (await measured(withFormats, from, to)) - (await measured(without, from, to));
      expect(extra).toBeGreaterThan(0);
      expect(estimate(withFormats, from, to) - estimate(without, from, to)).toBeGreaterThanOrEqual(extra);
      expect(estimate(withFormats, from, to)).toBeGreaterThanOrEqual(await measured(withFormats, from, to));
      expect(estimatedOperations(withFormats, from, to) - estimatedOperations(without, from, to)).toBeGreaterThanOrEqual(
        (await measuredOperations(withFormats, from, to)) - (await measuredOperations(without, from, to)),
      );
    }
  });

  it("charges the wrapping of long-text columns, which office.js sends once per wrapping column per block, with the table's rows top-aligned and fitted", async () => {
    const wrapping = (columns: number): SheetSpec => {
      const table = schoolsTable(200);
      return { ...allGreen(200), tables: [{ ...table, columns: table.columns.map((c, i) => ({ ...c, wrap: i < columns })) }] };
    };
    const [none, one, two] = [wrapping(0), wrapping(1), wrapping(2)];
    // On the wire, for the whole sheet or a cut of it: about 865 bytes for the table's rows (range,
    // format and font paths, two sets, autofitRows) and 490 a column (range and format paths, a set).
    for (const [from, to] of [[0, Infinity], [50, 120]] as const) {
      const extra = (await measured(two, from, to)) - (await measured(none, from, to));
      expect(extra).toBeGreaterThan(800 + 2 * 400);
      expect((await measured(two, from, to)) - (await measured(one, from, to))).toBeGreaterThan(400);
      expect(estimate(two, from, to) - estimate(one, from, to)).toBeGreaterThanOrEqual((await measured(two, from, to)) - (await measured(one, from, to)));
      expect(estimate(two, from, to) - estimate(none, from, to)).toBeGreaterThanOrEqual(extra);
      expect(estimate(two, from, to)).toBeGreaterThanOrEqual(await measured(two, from, to));
    }
  });

  it("charges the heights of wrapped rows, which office.js sends once per run of equal heights per block", async () => {
    // The school column (20 characters: 9 Chinese a line) wraps. Names of 10 and 25 characters take
    // 2 and 3 lines (34 and 50 pt): alternating, every row is a run of its own, the worst case.
    const named = (name: (i: number) => string): SheetSpec => {
      const table = schoolsTable(200);
      const rows = table.rows.map((row, i) => [name(i), ...row.slice(1)]);
      return { ...allGreen(200), tables: [{ ...table, rows, columns: table.columns.map((c, i) => ({ ...c, wrap: i === 0 })) }] };
    };
    const alternating = named((i) => "长".repeat(i % 2 === 0 ? 10 : 25));
    // The same texts cut to nine characters, one line each: no heights.
    const oneLine = named(() => "长".repeat(9));
    // Sheet rows 50–119 are data rows 46–115 (title, note, blank, header above): 70 runs.
    for (const [from, to, rows] of [[0, Infinity, 200], [50, 120, 70]] as const) {
      const real = await measured(alternating, from, to);
      // About 510 bytes a run on the wire (range and format paths, the rowHeight set), besides the longer names' 3 bytes a character.
      expect(real - (await measured(oneLine, from, to))).toBeGreaterThan(450 * rows);
      expect(estimate(alternating, from, to)).toBeGreaterThanOrEqual(real);
    }
  });

  it("charges a block that starts inside a run of equal heights for that run's range, which the rows charge only where the run starts", async () => {
    // Every school named with 25 characters: 3 lines in the 20-wide wrapping column (9 + 9 + 7), 50 pt,
    // so the 200 data rows are one run, charged to data row 0. Sheet rows 50–119 (data rows 46–115) start
    // inside it; office.js sets their height once more in that block.
    const named = (name: string, wrap: boolean): SheetSpec => {
      const table = schoolsTable(200);
      const rows = table.rows.map((row) => [name, ...row.slice(1)]);
      return { ...allGreen(200), tables: [{ ...table, rows, links: [], columns: table.columns.map((c, i) => ({ ...c, wrap: wrap && i === 0 })) }] };
    };
    const [tall, short, plain] = [named("长".repeat(25), true), named("长".repeat(9), true), named("长".repeat(25), false)];
    const [from, to] = [50, 120];
    // The run's share of the block, alone: one operation (the rowHeight set) and about 510 bytes (range and format paths, the set),
    // besides the longer names: 70 rows × 16 more characters × 3 bytes = 3 360.
    expect((await measuredOperations(tall, from, to)) - (await measuredOperations(short, from, to))).toBe(1);
    const runBytes = (await measured(tall, from, to)) - (await measured(short, from, to)) - 70 * 16 * 3;
    expect(runBytes).toBeGreaterThan(450);
    expect(runBytes).toBeLessThan(560);
    // The wrap part of the block (rows top-aligned, font size, autofit, the column's wrapText, the cut run): at least what office.js sends for it.
    const wrapBytes = (await measured(tall, from, to)) - (await measured(plain, from, to));
    expect(estimate(tall, from, to) - estimate(plain, from, to)).toBeGreaterThanOrEqual(wrapBytes);
    // Three for the rows (verticalAlignment, font size, autofitRows), one for the column's wrapText, one for the cut run's height.
    expect((await measuredOperations(tall, from, to)) - (await measuredOperations(plain, from, to))).toBe(5);
    expect(estimatedOperations(tall, from, to) - estimatedOperations(plain, from, to)).toBeGreaterThanOrEqual(5);
  });

  it("covers a sheet of 5,000 rows, whose values and number formats office.js sends in 1,500-cell chunks", async () => {
    const [, , schools] = resultSpecs(5000);
    if (schools === undefined) throw new Error("no spec");
    const real = await measured(schools);
    expect(estimate(schools)).toBeGreaterThanOrEqual(real);
    expect(estimate(schools)).toBeLessThan(real * 1.35);
  });

  it("costs an empty table, a sheet with only a title, and text that needs its apostrophe", async () => {
    const empty: SheetSpec = { name: "问题清单", role: "issues", title: "问题", notes: ["无"], tables: [{ ...schoolsTable(0), name: "YZJH_Issues" }], freezeColumns: 0 };
    const bare: SheetSpec = { ...empty, tables: [] };
    const text = { ...allGreen(3), tables: [{ ...schoolsTable(3), rows: [["001", "-", "1/2", "TRUE", null, null, null, null, null, null, null]] }] };
    for (const spec of [empty, bare, text]) expect(estimate(spec)).toBeGreaterThanOrEqual(await measured(spec));
  });
});
