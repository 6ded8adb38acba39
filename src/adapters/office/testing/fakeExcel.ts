/**
 * An in-memory stand-in for the Excel JavaScript API, as much of it as the Office adapter uses,
 * with Office.js's request model: proxies queue operations, `context.sync()` sends them as one
 * request, and loaded properties can be read only after the sync that loaded them.
 *
 * It counts request sizes as Office.js serialises a request body (OfficeExtension's
 * ClientRequest.buildRequestMessageBodyAndRequestFlags): every proxy is an object path
 * (`{"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}`) that the request carries
 * once, with an Instantiate action, and every property set, method call or load is an action
 * with its arguments. So `getRangeByIndexes(…).format.fill.color = c` costs three object paths,
 * three instantiations and one action, as it does on the wire; fakeExcel.test.ts checks the count
 * against office.js's own serialiser. A request over 5 MB is refused as Excel on the web refuses
 * it (RequestPayloadSizeLimitExceeded), APIs above the ExcelApi version offered are refused, and
 * one FakeWorkbookModel is shared between the unit tests and the browser stand-in for office.js.
 */
import type { Box } from "../../../workbook/types";
import { a1, parseRange, qualified } from "../../../workbook/address";
import type { ExcelRunner } from "../excelRun";
import { BULK_CELLS, jsonBytes, PAYLOAD_LIMIT_BYTES, rowsPerBulkChunk } from "../payload";
import { FakeSheetEvents, type FakeChangedArgs, type FakeDeletedArgs } from "./fakeEvents";
import { FakeExcelError, FakeWorkbookModel, nameValue, type FakeChart, type FakeName, type FakeSeries, type FakeSheet, type FakeTable } from "./fakeModel";

export { FakeExcelError, FakeWorkbookModel, coerceTyped } from "./fakeModel";
export type { FakeCell, FakeName, FakeSheet, FakeValue, FakeVisibility } from "./fakeModel";

interface RequestRecord {
  /** Bytes of the request: its body as Office.js serialises it, plus the envelope. */
  readonly bytes: number;
  /** Operations the adapter queued: property sets, method calls and loads (not the instantiations Office.js adds). */
  readonly operations: number;
  /** Object paths the request carries. */
  readonly paths: number;
}

/** Bytes around the body (URL and headers of the host message). */
const ENVELOPE_BYTES = 200;

/** OfficeExtension's ObjectPathType and ActionType codes (they appear in every path and action). */
const PATH = { root: 1, method: 3, property: 4, indexer: 5 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, set: 4 } as const;

/** The workbook, the API version offered, and what the adapter sent. */
export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  /**
   * The handlers added through worksheet.onChanged and worksheets.onDeleted (ExcelApi 1.7); a
   * values set raises RangeEdited, a sheet deleted (by the add-in or the user) WorksheetDeleted.
   */
  readonly events = new FakeSheetEvents();
  readonly requests: RequestRecord[] = [];
  /** Every load of a range's properties, in order: the sheet, the box and what was loaded (tests assert that no huge range is read). */
  readonly rangeLoads: { readonly sheet: string; readonly box: Box; readonly props: readonly string[] }[] = [];
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  /** Test hook run before a request executes; throw to simulate a host failure. */
  beforeSync: ((request: RequestRecord) => void) | null = null;
  /** The first object id of each Excel.run (a long run numbers its objects into the millions). */
  firstId = 1;
  /**
   * The user is looking at another workbook: every use of a sheet's names collection fails with
   * InvalidSelection, as on Excel for Mac (office-js#6365; on Windows adding such a name fails too,
   * office-js#2078), while the workbook's own names keep working.
   */
  viewingOtherWorkbook = false;
  /** Excel.run batches under way now, and the most that ever were at once (two evaluations at once). */
  openRuns = 0;
  maxOpenRuns = 0;

  constructor(public apiVersion = "1.13") {
    this.model.onSheetDeleted = (sheet) => this.events.deleted(sheet);
  }

  get syncs(): number {
    return this.requests.length;
  }

  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    const [hasMajor, hasMinor] = this.apiVersion.split(".").map(Number);
    return (hasMajor ?? 0) > (major ?? 0) || ((hasMajor ?? 0) === (major ?? 0) && (hasMinor ?? 0) >= (minor ?? 0));
  }

  require(version: string, api: string): void {
    if (!this.supports(version)) throw new FakeExcelError("ApiNotFound", `${api} needs ExcelApi ${version}`);
  }

  /** Throws as Excel does for a sheet's names while the user views another workbook. */
  checkSheetNames(): void {
    if (this.viewingOtherWorkbook) throw new FakeExcelError("InvalidSelection", "The current selection is invalid for this operation.");
  }

  /**
   * An ExcelRunner over this workbook, as Excel.run would be. Batches of two runs interleave at
   * each sync, as the ribbon's and the task pane's do in the shared runtime.
   */
  readonly run: ExcelRunner = async (batch) => {
    this.openRuns++;
    this.maxOpenRuns = Math.max(this.maxOpenRuns, this.openRuns);
    try {
      return await batch(new FakeContext(this) as unknown as Excel.RequestContext);
    } finally {
      this.openRuns--;
    }
  };
}

/** One object path: its serialised size, and the paths its arguments refer to. */
interface FakePath {
  readonly id: number;
  readonly parent: FakePath | null;
  readonly refs: readonly FakePath[];
  readonly bytes: number;
}

/** `Arguments` as Office.js sends them: a proxy argument becomes its path id, listed in ReferencedObjectPathIds. */
function argumentInfo(args: readonly unknown[]): { info: Record<string, unknown>; refs: FakePath[] } {
  const refs: FakePath[] = [];
  const values = args.map((a) => {
    if (!(a instanceof Node)) return a;
    refs.push(a.path);
    return a.path.id;
  });
  const referenced = refs.length === 0 ? {} : { ReferencedObjectPathIds: args.map((a) => (a instanceof Node ? a.path.id : 0)) };
  return { info: { Arguments: values, ...referenced }, refs };
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

class FakeContext {
  private nextId: number;
  private queue: (() => number)[] = [];
  private bytes = 0;
  private operations = 0;
  private instantiated = new Set<number>();
  readonly workbook: WorkbookProxy;

  constructor(readonly excel: FakeExcel) {
    this.nextId = excel.firstId;
    this.workbook = new WorkbookProxy(this);
  }

  /** A new object path; instantiated in the pending request at once, unless the proxy came from a response. */
  newPath(parent: FakePath | null, type: number, name: string, args: readonly unknown[] | undefined, instantiate: boolean, extraBytes = 0): FakePath {
    const id = this.nextId++;
    const { info, refs } = argumentInfo(args ?? []);
    const body = { Id: id, ObjectPathType: type, Name: name, ...(parent ? { ParentObjectPathId: parent.id } : {}), ...(args ? { ArgumentInfo: info } : {}) };
    // `"id":{…},` under ObjectPaths, and the id once more in the "L" list of the action that last uses it.
    const digits = String(id).length;
    const path = { id, parent, refs, bytes: digits + 4 + jsonBytes(body) + digits + 1 + extraBytes };
    if (instantiate) this.touch(path);
    return path;
  }

  /** Puts a path, its ancestors and its argument paths into the pending request, each once with its Instantiate action. */
  touch(path: FakePath | null): void {
    if (path === null || this.instantiated.has(path.id)) return;
    this.touch(path.parent);
    path.refs.forEach((r) => this.touch(r));
    this.instantiated.add(path.id);
    this.bytes += path.bytes + this.actionBytes(ACTION.instantiate, "", path.id, {});
  }

  private actionBytes(type: number, name: string, pathId: number, extra: Record<string, unknown>): number {
    return jsonBytes({ Id: this.nextId++, ActionType: type, Name: name, ObjectPathId: pathId, ...extra }) + 1;
  }

  /** Queues an action on `path`; `run` applies it to the model at sync time and returns its response bytes. */
  act(path: FakePath, type: number, name: string, extra: Record<string, unknown>, run: () => number | void, refs: readonly FakePath[] = []): void {
    this.touch(path);
    refs.forEach((r) => this.touch(r));
    this.bytes += this.actionBytes(type, name, path.id, extra) + 6; // the action's "L":[…]
    this.operations++;
    this.queue.push(() => run() ?? 0);
  }

  /**
   * Queues what a method object path does when Office.js instantiates it (worksheets.add,
   * tables.add…): the adapter's operation, carried by the Instantiate action already counted.
   */
  effect(run: () => void): void {
    this.operations++;
    this.queue.push(() => {
      run();
      return 0;
    });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const request = { bytes: ENVELOPE_BYTES + this.bytes + 30, operations: this.operations, paths: this.instantiated.size };
    this.queue = [];
    this.bytes = 0;
    this.operations = 0;
    this.instantiated = new Set();
    this.excel.requests.push(request);
    if (request.bytes > this.excel.payloadLimit) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request.bytes} bytes`);
    this.excel.beforeSync?.(request);
    let response = 0;
    for (const op of ops) response += op();
    if (response > this.excel.payloadLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
  }
}

/** Every proxy: an object path under its parent's, and navigation properties made once, as Office.js caches them. */
abstract class Node {
  readonly path: FakePath;
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly ctx: FakeContext,
    parent: Node | null,
    type: number,
    name: string,
    args?: readonly unknown[],
    fromResponse = false,
    extraBytes = 0,
  ) {
    this.path = ctx.newPath(parent?.path ?? null, type, name, args, !fromResponse, extraBytes);
  }

  protected nav<T>(name: string, make: () => T): T {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as T;
  }

  protected setProperty(name: string, value: unknown, run: () => void): void {
    this.ctx.act(this.path, ACTION.set, pascal(name), { ArgumentInfo: { Arguments: [value] } }, run);
  }

  protected callMethod(name: string, args: readonly unknown[], run: () => void): void {
    const { info, refs } = argumentInfo(args);
    this.ctx.act(this.path, ACTION.method, pascal(name), { ArgumentInfo: info }, run, refs);
  }
}

/** A navigation object with nothing to load (format, fill, font, freeze panes…). */
class Plain extends Node {
  constructor(ctx: FakeContext, parent: Node, name: string) {
    super(ctx, parent, PATH.property, pascal(name));
  }
}

/** A path office.js makes for itself and disposes after the request (`"D":true`): the row chunks of a bulk set. */
class Disposable extends Node {
  constructor(ctx: FakeContext, parent: Node, name: string, args: readonly unknown[]) {
    super(ctx, parent, PATH.method, name, args, false, jsonBytes({ D: true }) - 1);
  }
}

/** worksheet.pageLayout (ExcelApi 1.9): what is set lands in the sheet's model (`page`). */
class PageLayoutProxy extends Node {
  constructor(
    ctx: FakeContext,
    parent: Node,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, parent, PATH.property, "PageLayout");
  }

  set orientation(value: string) {
    this.set("orientation", value, () => {
      if (value !== "Landscape" && value !== "Portrait") throw new FakeExcelError("InvalidArgument", `orientation ${value}`);
      this.sheet().page.orientation = value;
    });
  }

  set paperSize(value: string) {
    this.set("paperSize", value, () => void (this.sheet().page.paperSize = value));
  }

  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set("zoom", value, () => void (this.sheet().page.zoom = { ...value }));
  }

  setPrintTitleRows(rows: string): void {
    const { info, refs } = argumentInfo([rows]);
    this.ctx.act(this.path, ACTION.method, "SetPrintTitleRows", { ArgumentInfo: info }, () => {
      this.ctx.excel.require("1.9", "PageLayout.setPrintTitleRows");
      if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeExcelError("InvalidArgument", `print title rows ${rows}`);
      this.sheet().page.titleRows = rows;
    }, refs);
  }

  private set(name: string, value: unknown, run: () => void): void {
    this.ctx.act(this.path, ACTION.set, pascal(name), { ArgumentInfo: { Arguments: [value] } }, () => {
      this.ctx.excel.require("1.9", `PageLayout.${name}`);
      run();
    });
  }
}

/** Base of loadable proxies: loaded values readable only after a sync. */
abstract class Loadable extends Node {
  protected readonly loaded = new Map<string, unknown>();

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeExcelError("PropertyNotLoaded", `${prop} was not loaded and synced`);
    return this.loaded.get(prop) as T;
  }

  protected snapshot(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `cannot load ${prop}`);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  load(props?: string | string[]): this {
    const list = propList(props);
    this.ctx.act(this.path, ACTION.query, "", { QueryInfo: { Select: list } }, () => {
      const isNull = this.resolvesToNull();
      this.loaded.set("isNullObject", isNull);
      return isNull ? 0 : this.snapshotAll(list);
    });
    return this;
  }

  /** Loads each property now; returns the response bytes. */
  protected snapshotAll(props: readonly string[]): number {
    return props.reduce((n, p) => {
      const v = this.snapshot(p);
      this.loaded.set(p, v);
      return n + jsonBytes(v);
    }, 0);
  }

  /** Fills the item from a collection load. */
  fill(props: readonly string[]): number {
    this.loaded.set("isNullObject", false);
    return this.snapshotAll(props);
  }
}

/** `load`'s argument as a list of property names. */
function propList(props: string | string[] | undefined): string[] {
  return (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
}

/** A collection proxy: `load("items/a,items/b")` or `load("a,b")` loads those properties of every item. */
class Collection<M, T extends Loadable> extends Loadable {
  constructor(
    ctx: FakeContext,
    parent: Node,
    name: string,
    private readonly list: () => readonly M[],
    private readonly item: (m: M, collection: Node) => T,
  ) {
    super(ctx, parent, PATH.property, pascal(name));
  }

  get items(): T[] {
    return this.read<T[]>("items");
  }

  override load(props?: string | string[]): this {
    const list = propList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.act(this.path, ACTION.query, "", { QueryInfo: { Select: list } }, () => {
      const items = this.list().map((m) => this.item(m, this));
      this.loaded.set("items", items);
      this.loaded.set("isNullObject", false);
      return items.reduce((n, item) => n + item.fill(list), 0);
    });
    return this;
  }
}

/**
 * A proxy over one model object found at sync time; `resolve` returns null where Office.js would
 * give a null object (the *OrNullObject methods), and using such a proxy fails as `missing` says.
 */
abstract class Resolved<R> extends Loadable {
  constructor(
    ctx: FakeContext,
    parent: Node | null,
    type: number,
    name: string,
    args: readonly unknown[] | undefined,
    readonly resolve: () => R | null,
    private readonly missing: readonly [code: string, message: string],
    fromResponse = false,
  ) {
    super(ctx, parent, type, name, args, fromResponse);
  }

  protected target(): R {
    const r = this.resolve();
    if (r === null) throw new FakeExcelError(...this.missing);
    return r;
  }

  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }
}

type RangeRef = { readonly sheet: FakeSheet; readonly box: Box };

/** true when every index is in `set`, false when none is, null when some are (as rowHidden / columnHidden). */
function allSomeNone(from: number, to: number, set: ReadonlySet<number>): boolean | null {
  const hits = Array.from({ length: to - from + 1 }, (_, i) => set.has(from + i));
  return hits.every(Boolean) ? true : hits.some(Boolean) ? null : false;
}

/** Runs of consecutive indexes in [from, to] that `skip` does not hold. */
function shownRuns(from: number, to: number, skip: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = from; i <= to; i++) {
    if (skip.has(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** Range properties with one entry per cell. */
const PER_CELL: ReadonlySet<string> = new Set(["values", "valueTypes", "numberFormat", "formulas", "text"]);

/**
 * Rectangles covering `cells` ("row,column" keys, sparse), as getSpecialCells lists them: runs of
 * adjacent columns in a row, a run repeated on the rows below joined into one area. Only the cells
 * are walked, never the range's extent.
 */
function cellAreas(cells: readonly (readonly [number, number])[]): Box[] {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Box[] = [];
  for (const [r, c] of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.top === r && last.right === c - 1) runs[runs.length - 1] = { ...last, right: c };
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  const open = new Map<string, number>(); // the area last holding a run of these columns, by index
  const areas: Box[] = [];
  for (const run of runs) {
    const key = `${run.left},${run.right}`;
    const at = open.get(key);
    const above = at === undefined ? undefined : areas[at];
    if (at !== undefined && above !== undefined && above.bottom === run.top - 1) areas[at] = { ...above, bottom: run.top };
    else open.set(key, areas.push(run) - 1);
  }
  return areas;
}

class RangeProxy extends Resolved<RangeRef> {
  constructor(ctx: FakeContext, parent: Node | null, type: number, name: string, args: readonly unknown[] | undefined, resolve: () => RangeRef | null, fromResponse = false) {
    super(ctx, parent, type, name, args, resolve, ["InvalidObjectPath", "range of a null object"], fromResponse);
  }

  private method(name: string, args: readonly unknown[], resolve: (ref: RangeRef) => RangeRef | null): RangeProxy {
    return new RangeProxy(this.ctx, this, PATH.method, pascal(name), args, () => resolve(this.target()));
  }

  protected override snapshotAll(props: readonly string[]): number {
    const { sheet, box } = this.target();
    this.ctx.excel.rangeLoads.push({ sheet: sheet.name, box, props });
    return super.snapshotAll(props);
  }

  protected override snapshot(prop: string): unknown {
    const { sheet, box } = this.target();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    // Each cell takes three bytes of a response at least (`"",`): Excel refuses a larger range as it
    // would, before the fake builds an array of billions of cells.
    if (PER_CELL.has(prop) && rows * cols * 3 > this.ctx.excel.payloadLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${prop} of ${rows} × ${cols} cells`);
    const each = <T>(f: (r: number, c: number) => T) => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(box.top + r, box.left + c)));
    switch (prop) {
      case "address":
        return qualified(sheet.name, box.top === box.bottom && box.left === box.right ? a1(box.top, box.left) : `${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`);
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "values":
        return each((r, c) => sheet.peek(r, c)?.value ?? "");
      case "valueTypes":
        return each((r, c) => valueType(sheet, r, c));
      case "numberFormat":
        return each((r, c) => sheet.peek(r, c)?.numberFormat ?? "General");
      case "rowHidden":
        return allSomeNone(box.top, box.bottom, sheet.hiddenRows);
      case "columnHidden":
        this.ctx.excel.require("1.2", "Range.columnHidden");
        return allSomeNone(box.left, box.right, sheet.hiddenColumns);
      default:
        return super.snapshot(prop);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.setInBulk("values", values, (sheet, top, left, rows) => {
      rows.forEach((row, r) => row.forEach((v, c) => sheet.write(top + r, left + c, v)));
      const [bottom, right] = [top + rows.length - 1, left + (rows[0]?.length ?? 1) - 1];
      this.ctx.excel.events.changed(sheet, bottom === top && right === left ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`, "RangeEdited", "ThisLocalAddin");
    });
  }

  /**
   * As office.js sets a 2-D array: whole up to 1,500 cells, else validated once and sent in chunks
   * of about 1,500 cells, each chunk the bounding rectangle of its first and last rows.
   */
  private setInBulk<T>(prop: string, data: T[][], apply: (sheet: FakeSheet, top: number, left: number, rows: T[][]) => void): void {
    const columns = data[0]?.length ?? 0;
    const whole = () => {
      const { sheet, box } = this.target();
      checkShape(data, box);
      return { sheet, box };
    };
    if (data.length * columns <= BULK_CELLS || !this.ctx.excel.supports("1.3")) {
      this.setProperty(prop, data, () => {
        const { sheet, box } = whole();
        apply(sheet, box.top, box.left, data);
      });
      return;
    }
    this.callMethod("_ValidateArraySize", [data.length, columns], () => void whole());
    const per = rowsPerBulkChunk(columns);
    for (let start = 0; start < data.length; start += per) {
      const rows = data.slice(start, start + per);
      const first = new Disposable(this.ctx, this, "GetRow", [start]);
      const last = new Disposable(this.ctx, this, "GetRow", [start + rows.length - 1]);
      const chunk = new Disposable(this.ctx, first, "GetBoundingRect", [last]);
      this.ctx.act(chunk.path, ACTION.set, pascal(prop), { ArgumentInfo: { Arguments: [rows] } }, () => {
        const { sheet, box } = this.target();
        apply(sheet, box.top + start, box.left, rows);
      });
    }
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.setInBulk("numberFormat", formats, (sheet, top, left, rows) => rows.forEach((row, r) => row.forEach((f, c) => (sheet.cell(top + r, left + c).numberFormat = f))));
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.setProperty("hyperlink", link, () => {
      const { sheet, box } = this.target();
      const cell = sheet.cell(box.top, box.left);
      cell.hyperlink = link.documentReference ?? null;
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }

  get format(): RangeFormatProxy {
    return this.nav("format", () => new RangeFormatProxy(this.ctx, this, () => this.target()));
  }

  get conditionalFormats(): { add(type: string): ConditionalFormatProxy } {
    return this.nav("conditionalFormats", () => {
      const collection = new Plain(this.ctx, this, "conditionalFormats");
      return {
        add: (type: string) => {
          const target: { bar?: { box: Box; lower: string; upper: string } } = {};
          const format = new ConditionalFormatProxy(this.ctx, collection, [type], () => target.bar);
          this.ctx.effect(() => {
            this.ctx.excel.require("1.6", "conditionalFormats");
            if (type !== "DataBar") throw new FakeExcelError("InvalidArgument", `conditional format ${type} not modelled`);
            const { sheet, box } = this.target();
            target.bar = { box, lower: "", upper: "" };
            sheet.dataBars.push(target.bar);
          });
          return format;
        },
      };
    });
  }

  getRow(index: number): RangeProxy {
    return this.method("getRow", [index], ({ sheet, box }) => ({ sheet, box: { ...box, top: box.top + index, bottom: box.top + index } }));
  }

  getEntireColumn(): RangeProxy {
    return this.method("getEntireColumn", [], ({ sheet, box }) => ({ sheet, box: { ...box, top: 0, bottom: 1_048_575 } }));
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this, "GetMergedAreasOrNullObject", [], "1.13", () => {
      const { sheet, box } = this.target();
      const hit = sheet.merges.filter((m) => m.top <= box.bottom && box.top <= m.bottom && m.left <= box.right && box.left <= m.right);
      return hit.length === 0 ? null : hit.map((m) => ({ sheet, box: m }));
    });
  }

  /**
   * Visible cells: the rectangles of shown rows by shown columns, row band by row band (as Excel
   * lists them). Constants and Formulas: the cells holding a value typed, or a formula's, in
   * rectangles (cellAreas).
   */
  getSpecialCellsOrNullObject(type: string, valueType?: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this, "GetSpecialCellsOrNullObject", valueType === undefined ? [type] : [type, valueType], "1.9", () => {
      if (type === "Constants" || type === "Formulas") return this.valueAreas(type === "Formulas", valueType);
      if (type !== "Visible") throw new FakeExcelError("InvalidArgument", `special cells ${type} not modelled`);
      const { sheet, box } = this.target();
      const columns = shownRuns(box.left, box.right, sheet.hiddenColumns);
      const areas = shownRuns(box.top, box.bottom, sheet.hiddenRows).flatMap(([top, bottom]) => columns.map(([left, right]) => ({ sheet, box: { top, bottom, left, right } })));
      return areas.length === 0 ? null : areas;
    });
  }

  private valueAreas(formulas: boolean, valueType: string | undefined): RangeRef[] | null {
    if (valueType !== undefined) throw new FakeExcelError("InvalidArgument", `special cells of value type ${valueType} not modelled`);
    const { sheet, box } = this.target();
    const cells: [number, number][] = [];
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (cell.value !== null && sheet.formulas.has(key) === formulas && r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) cells.push([r, c]);
    }
    const areas = cellAreas(cells).map((b) => ({ sheet, box: b }));
    return areas.length === 0 ? null : areas;
  }

  select(): void {
    this.callMethod("select", [], () => {
      const ref = this.target();
      this.ctx.excel.model.activeSheet = ref.sheet;
      this.ctx.excel.model.selection = ref;
    });
  }
}

/** A range given as an argument: a null one is the caller's mistake. */
function argumentRef(range: RangeProxy): RangeRef {
  const ref = range.resolve();
  if (ref === null) throw new FakeExcelError("InvalidArgument", "null range");
  return ref;
}

/** What an earlier queued operation of the same request created. */
function created<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new FakeExcelError("InvalidObjectPath", `${what} was not created`);
  return value;
}

function valueType(sheet: FakeSheet, r: number, c: number): string {
  const cell = sheet.peek(r, c);
  if (!cell || cell.value === null) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

function checkShape(values: readonly (readonly unknown[])[], box: Box): void {
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (values.length !== rows || values.some((row) => row.length !== cols)) {
    throw new FakeExcelError("InvalidArgument", `a ${values.length}-row array does not fit ${rows} × ${cols}`);
  }
}

class RangeAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    parent: Node,
    name: string,
    args: readonly unknown[],
    private readonly version: string,
    private readonly resolve: () => RangeRef[] | null,
  ) {
    super(ctx, parent, PATH.method, name, args);
  }

  protected override resolvesToNull(): boolean {
    this.ctx.excel.require(this.version, "RangeAreas");
    return this.resolve() === null;
  }

  protected override snapshot(prop: string): unknown {
    if (prop === "areaCount") return (this.resolve() ?? []).length;
    return super.snapshot(prop);
  }

  get areas(): Collection<RangeRef, RangeProxy> {
    return this.nav(
      "areas",
      () =>
        new Collection<RangeRef, RangeProxy>(
          this.ctx,
          this,
          "areas",
          () => {
            this.ctx.excel.require(this.version, "RangeAreas");
            const refs = this.resolve() ?? [];
            this.loaded.set("isNullObject", refs.length === 0);
            return refs;
          },
          (ref, collection) => new RangeProxy(this.ctx, collection, PATH.indexer, "", [a1(ref.box.top, ref.box.left)], () => ref, true),
        ),
    );
  }
}

/** A format target: font, fill and width setters apply to every cell of the range at sync time. */
class RangeFormatProxy extends Node {
  constructor(
    ctx: FakeContext,
    parent: Node,
    private readonly ref: () => RangeRef,
  ) {
    super(ctx, parent, PATH.property, "Format");
  }

  private setter(owner: Node, prop: string, value: unknown, f: (cell: ReturnType<FakeSheet["cell"]>) => void): void {
    this.ctx.act(owner.path, ACTION.set, pascal(prop), { ArgumentInfo: { Arguments: [value] } }, () => {
      const { sheet, box } = this.ref();
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) f(sheet.cell(r, c));
    });
  }

  get fill(): { color: string } {
    return this.nav("fill", () => {
      const node = new Plain(this.ctx, this, "fill");
      const set = (v: string) => this.setter(node, "color", v, (cell) => (cell.fill = v));
      return {
        set color(v: string) {
          set(v);
        },
      } as { color: string };
    });
  }

  get font(): { bold: boolean; color: string; size: number; italic: boolean } {
    return this.nav("font", () => {
      const node = new Plain(this.ctx, this, "font");
      const set = <T>(prop: string, v: T, f: (cell: ReturnType<FakeSheet["cell"]>) => void) => this.setter(node, prop, v, f);
      return {
        set bold(v: boolean) {
          set("bold", v, (cell) => (cell.bold = v));
        },
        set color(v: string) {
          set("color", v, (cell) => (cell.fontColor = v));
        },
        set size(v: number) {
          set("size", v, (cell) => (cell.size = v));
        },
        set italic(v: boolean) {
          set("italic", v, () => undefined);
        },
      } as { bold: boolean; color: string; size: number; italic: boolean };
    });
  }

  set wrapText(wrap: boolean) {
    this.setter(this, "wrapText", wrap, (cell) => (cell.wrapText = wrap));
  }

  set verticalAlignment(alignment: string) {
    this.setter(this, "verticalAlignment", alignment, (cell) => (cell.verticalAlignment = alignment));
  }

  /**
   * Records the range whose rows were fitted. Excel replaces a height set on a row with the fitted
   * one; the model has no geometry to compute it from, so it drops the height set (the row has
   * Excel's own again). ExcelApi 1.2.
   */
  autofitRows(): void {
    this.callMethod("autofitRows", [], () => {
      this.ctx.excel.require("1.2", "RangeFormat.autofitRows");
      const { sheet, box } = this.ref();
      sheet.autofittedRows.push(box);
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.delete(r);
    });
  }

  /** The height of every row of the range, in points. ExcelApi 1.2. */
  set rowHeight(points: number) {
    this.setProperty("rowHeight", points, () => {
      this.ctx.excel.require("1.2", "RangeFormat.rowHeight");
      const { sheet, box } = this.ref();
      sheet.rowHeightRanges.push(box);
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  set columnWidth(points: number) {
    this.setProperty("columnWidth", points, () => {
      const { sheet, box } = this.ref();
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

class ConditionalFormatProxy extends Node {
  constructor(
    ctx: FakeContext,
    parent: Node,
    args: readonly unknown[],
    private readonly bar: () => { box: Box; lower: string; upper: string } | undefined,
  ) {
    super(ctx, parent, PATH.method, "Add", args);
  }

  get dataBar(): { lowerBoundRule: { formula?: string }; upperBoundRule: { formula?: string } } {
    return this.nav("dataBar", () => {
      const node = new Plain(this.ctx, this, "dataBar");
      const set = (which: "lower" | "upper", rule: { formula?: string }) =>
        this.ctx.act(node.path, ACTION.set, `${pascal(which)}BoundRule`, { ArgumentInfo: { Arguments: [rule] } }, () => {
          const b = this.bar();
          if (b) b[which] = rule.formula ?? "";
        });
      return {
        set lowerBoundRule(rule: { formula?: string }) {
          set("lower", rule);
        },
        set upperBoundRule(rule: { formula?: string }) {
          set("upper", rule);
        },
      } as { lowerBoundRule: { formula?: string }; upperBoundRule: { formula?: string } };
    });
  }
}

class CustomPropertyProxy extends Resolved<string> {
  constructor(ctx: FakeContext, parent: Node, name: string, args: readonly unknown[], resolve: () => string | null) {
    super(ctx, parent, PATH.method, name, args, resolve, ["ItemNotFound", "no such custom property"]);
  }
  protected override resolvesToNull(): boolean {
    this.ctx.excel.require("1.12", "customProperties");
    return super.resolvesToNull();
  }
  protected override snapshot(prop: string): unknown {
    if (prop === "value") return this.target();
    return super.snapshot(prop);
  }
  get value(): string {
    return this.read("value");
  }
}

class NamedItemProxy extends Resolved<FakeName> {
  constructor(ctx: FakeContext, parent: Node, type: number, name: string, args: readonly unknown[], resolve: () => FakeName | null, fromResponse = false) {
    super(ctx, parent, type, name, args, resolve, ["ItemNotFound", "no such name"], fromResponse);
  }
  protected override snapshot(prop: string): unknown {
    const item = this.target();
    if (prop === "name") return item.name;
    if (prop === "value") return nameValue(item.formula);
    if (prop === "formula") return item.formula;
    if (prop === "visible") return item.visible;
    return super.snapshot(prop);
  }
  get name(): string {
    return this.read("name");
  }
  get value(): unknown {
    return this.read("value");
  }
  set visible(visible: boolean) {
    this.setProperty("visible", visible, () => void (this.target().visible = visible));
  }
}

/** The names of the workbook, or of the sheet `scope` gives (which fail while the user views another workbook). */
function namesIn(ctx: FakeContext, scope: () => FakeSheet | null): Map<string, FakeName> {
  const sheet = scope();
  if (sheet === null) return ctx.excel.model.names;
  ctx.excel.checkSheetNames();
  return sheet.names;
}

/** A names collection (ExcelApi 1.4 for what is used here): the workbook's, or a sheet's when `scope` gives one. */
class NamedItemCollectionProxy extends Collection<FakeName, NamedItemProxy> {
  constructor(
    ctx: FakeContext,
    parent: Node,
    private readonly scope: () => FakeSheet | null,
  ) {
    super(
      ctx,
      parent,
      "names",
      () => [...namesIn(ctx, scope).values()],
      (item, collection) => new NamedItemProxy(ctx, collection, PATH.indexer, "", [item.name], () => item, true),
    );
  }

  private names(): Map<string, FakeName> {
    return namesIn(this.ctx, this.scope);
  }

  add(name: string, reference: string, _comment?: string): NamedItemProxy {
    const holder: { item?: FakeName } = {};
    const proxy = new NamedItemProxy(this.ctx, this, PATH.method, "Add", [name, reference], () => created(holder.item, "name"));
    this.ctx.effect(() => {
      this.ctx.excel.require("1.4", "NamedItemCollection.add");
      void this.names(); // a sheet's names fail while the user views another workbook
      holder.item = this.ctx.excel.model.addName(this.scope(), name, reference);
    });
    return proxy;
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, this, PATH.method, "GetItemOrNullObject", [name], () => {
      this.ctx.excel.require("1.4", "NamedItemCollection.getItemOrNullObject");
      return this.names().get(name.toLowerCase()) ?? null;
    });
  }
}

class TableProxy extends Resolved<FakeTable> {
  constructor(ctx: FakeContext, parent: Node, type: number, name: string, args: readonly unknown[], resolve: () => FakeTable | null, fromResponse = false) {
    super(ctx, parent, type, name, args, resolve, ["ItemNotFound", "no such table"], fromResponse);
  }
  protected override snapshot(prop: string): unknown {
    return prop === "name" ? this.target().name : super.snapshot(prop);
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => this.ctx.excel.model.renameTable(this.target(), name));
  }
  set style(style: string) {
    this.setProperty("style", style, () => void (this.target().style = style));
  }
}

/** The workbook's tables, or one sheet's (`sheet` given): load, getItem, add. */
class TableCollectionProxy extends Collection<FakeTable, TableProxy> {
  constructor(
    ctx: FakeContext,
    parent: Node,
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(
      ctx,
      parent,
      "tables",
      () => ctx.excel.model.tables.filter((t) => sheet === null || t.sheet.id === sheet().id),
      (table, collection) => new TableProxy(ctx, collection, PATH.indexer, "", [table.name], () => table, true),
    );
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, this, PATH.indexer, "", [name], () => {
      // By id, not identity: a caller may hand in wrapped proxies (the review's counting Proxy does).
      const table = this.ctx.excel.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase() && (this.sheet === null || t.sheet.id === this.sheet().id));
      return table ?? null;
    });
  }

  add(range: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const holder: { t?: FakeTable } = {};
    const proxy = new TableProxy(this.ctx, this, PATH.method, "Add", [range, hasHeaders], () => created(holder.t, "table"));
    this.ctx.effect(() => {
      if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "tables without headers are not modelled");
      if (typeof range === "string") throw new FakeExcelError("InvalidArgument", "tables by address are not modelled");
      const ref = argumentRef(range);
      holder.t = this.ctx.excel.model.addTable(ref.sheet, ref.box);
    });
    return proxy;
  }
}

class SeriesProxy extends Node {
  constructor(
    ctx: FakeContext,
    parent: Node,
    type: number,
    name: string,
    args: readonly unknown[],
    private readonly series: () => FakeSeries,
  ) {
    super(ctx, parent, type, name, args);
  }
  private box(range: RangeProxy): Box {
    return argumentRef(range).box;
  }
  set name(name: string) {
    this.setProperty("name", name, () => void (this.series().name = name));
  }
  /** ChartSeries members from ExcelApi 1.7 (name and the chart itself are 1.1). */
  private since17(api: string, apply: () => void): () => void {
    return () => {
      this.ctx.excel.require("1.7", api);
      apply();
    };
  }
  set chartType(type: string) {
    this.setProperty("chartType", type, this.since17("ChartSeries.chartType", () => void (this.series().chartType = type)));
  }
  setValues(range: RangeProxy): void {
    this.callMethod("setValues", [range], this.since17("ChartSeries.setValues", () => void (this.series().values = this.box(range))));
  }
  setXAxisValues(range: RangeProxy): void {
    this.callMethod("setXAxisValues", [range], this.since17("ChartSeries.setXAxisValues", () => void (this.series().xValues = this.box(range))));
  }
  get format(): { fill: { setSolidColor(colour: string): void } } {
    return this.nav("format", () => {
      const fill = new Plain(this.ctx, new Plain(this.ctx, this, "format"), "fill");
      const setSolidColor = (colour: string) => {
        const { info } = argumentInfo([colour]);
        this.ctx.act(fill.path, ACTION.method, "SetSolidColor", { ArgumentInfo: info }, this.since17("ChartSeries.format", () => void (this.series().fill = colour)));
      };
      return { fill: { setSolidColor } };
    });
  }
}

class ChartProxy extends Node {
  constructor(
    ctx: FakeContext,
    parent: Node,
    args: readonly unknown[],
    private readonly chart: () => FakeChart,
  ) {
    super(ctx, parent, PATH.method, "Add", args);
  }
  get title(): { text: string } {
    return this.nav("title", () => {
      const node = new Plain(this.ctx, this, "title");
      const set = (text: string) => this.ctx.act(node.path, ACTION.set, "Text", { ArgumentInfo: { Arguments: [text] } }, () => void (this.chart().title = text));
      return {
        set text(text: string) {
          set(text);
        },
      } as { text: string };
    });
  }
  get series(): { getItemAt(i: number): SeriesProxy; add(name: string): SeriesProxy } {
    return this.nav("series", () => {
      const collection = new Plain(this.ctx, this, "series");
      return {
        getItemAt: (i: number) =>
          new SeriesProxy(this.ctx, collection, PATH.method, "GetItemAt", [i], () => {
            const s = this.chart().series[i];
            if (!s) throw new FakeExcelError("ItemNotFound", `series ${i}`);
            return s;
          }),
        add: (name: string) => {
          const holder: { s?: FakeSeries } = {};
          const series = new SeriesProxy(this.ctx, collection, PATH.method, "Add", [name], () => holder.s as FakeSeries);
          this.ctx.effect(() => {
            this.ctx.excel.require("1.7", "ChartSeriesCollection.add");
            holder.s = { name, values: null, xValues: null, chartType: "" };
            this.chart().series.push(holder.s);
          });
          return series;
        },
      };
    });
  }
  setPosition(start: RangeProxy, end: RangeProxy): void {
    this.callMethod("setPosition", [start, end], () => {
      const s = start.resolve();
      const e = end.resolve();
      this.chart().position = s && e ? { from: a1(s.box.top, s.box.left), to: a1(e.box.top, e.box.left) } : null;
    });
  }
}

/** An address as getRange takes it: `A1:C3`, or whole columns (`A:E`) or rows (`3:5`). */
function sheetRange(address: string): Box | null {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (columns) return parseRange(`${columns[1] ?? ""}1:${columns[2] ?? ""}1048576`);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return parseRange(`A${rows[1] ?? ""}:XFD${rows[2] ?? ""}`);
  return parseRange(address);
}

class WorksheetProxy extends Resolved<FakeSheet> {
  constructor(ctx: FakeContext, parent: Node, type: number, name: string, args: readonly unknown[], resolve: () => FakeSheet | null, fromResponse = false) {
    super(ctx, parent, type, name, args, resolve, ["ItemNotFound", "worksheet not found"], fromResponse);
  }

  protected override snapshot(prop: string): unknown {
    const s = this.target();
    if (prop === "name") return s.name;
    if (prop === "id") return s.id;
    if (prop === "position") return this.ctx.excel.model.sheets.indexOf(s);
    if (prop === "visibility") return s.visibility;
    return super.snapshot(prop);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => {
      const s = this.target();
      this.ctx.excel.model.checkName(name, s);
      s.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(visibility: string) {
    this.setProperty("visibility", visibility, () => {
      this.ctx.excel.require("1.2", "Worksheet.visibility (set)");
      if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") throw new FakeExcelError("InvalidArgument", `visibility ${visibility}`);
      this.ctx.excel.model.setVisibility(this.target(), visibility);
    });
  }

  delete(): void {
    this.callMethod("delete", [], () => {
      const sheet = this.target();
      // Excel refuses to delete a very hidden sheet (office-js-docs-pr#754).
      if (sheet.visibility === "VeryHidden") throw new FakeExcelError("InvalidOperation", "a very hidden sheet cannot be deleted");
      this.ctx.excel.model.deleteSheet(sheet);
    });
  }

  activate(): void {
    this.callMethod("activate", [], () => this.ctx.excel.model.activate(this.target()));
  }

  /** Worksheet.onChanged (ExcelApi 1.7): a handler is registered, and removed, by the request that carries it. */
  get onChanged(): { add(handler: (args: FakeChangedArgs) => unknown): { context: FakeContext; remove(): void } } {
    return this.nav("onChanged", () => ({
      add: (handler: (args: FakeChangedArgs) => unknown) => {
        const { ctx } = this;
        const on: { sheet?: FakeSheet } = {};
        ctx.effect(() => {
          ctx.excel.require("1.7", "Worksheet.onChanged");
          on.sheet = this.target();
          ctx.excel.events.add(on.sheet.id, handler);
        });
        return { context: ctx, remove: () => ctx.effect(() => on.sheet && ctx.excel.events.remove(on.sheet.id, handler)) };
      },
    }));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, PATH.method, "GetRange", address === undefined ? [] : [address], () => {
      const box = address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : sheetRange(address.replace(/^.*!/, ""));
      if (box === null) throw new FakeExcelError("InvalidArgument", `bad address ${address ?? ""}`);
      return { sheet: this.target(), box };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, this, PATH.method, "GetRangeByIndexes", [row, column, rows, columns], () => {
      if (rows < 1 || columns < 1) throw new FakeExcelError("InvalidArgument", "empty range");
      return { sheet: this.target(), box: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 } };
    });
  }

  /** The used range; A1 for a blank sheet, as Excel gives it. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, PATH.method, "GetUsedRange", valuesOnly === undefined ? [] : [valuesOnly], () => {
      const sheet = this.target();
      return { sheet, box: sheet.usedBox() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, PATH.method, "GetUsedRangeOrNullObject", valuesOnly === undefined ? [] : [valuesOnly], () => {
      const sheet = this.target();
      const box = sheet.usedBox();
      return box === null ? null : { sheet, box };
    });
  }

  get tables(): TableCollectionProxy {
    return this.nav("tables", () => new TableCollectionProxy(this.ctx, this, () => this.target()));
  }

  get names(): NamedItemCollectionProxy {
    return this.nav("names", () => new NamedItemCollectionProxy(this.ctx, this, () => this.target()));
  }

  get freezePanes(): { freezeRows(n: number): void; freezeAt(range: RangeProxy): void } {
    return this.nav("freezePanes", () => {
      const node = new Plain(this.ctx, this, "freezePanes");
      // Stricter than Excel may be: freezing panes is a window setting, refused on a hidden sheet by
      // some builds (office-js#1463 for unfreeze), so the sink freezes its sheets once they are shown.
      const call = (name: string, args: readonly unknown[], run: () => void) => {
        const { info, refs } = argumentInfo(args);
        const onShownSheet = () => {
          if (this.target().visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "panes of a hidden sheet cannot be frozen");
          run();
        };
        this.ctx.act(node.path, ACTION.method, name, { ArgumentInfo: info }, onShownSheet, refs);
      };
      return {
        freezeRows: (n: number) => call("FreezeRows", [n], () => void (this.target().frozen = { rows: n, columns: 0 })),
        freezeAt: (range: RangeProxy) =>
          call("FreezeAt", [range], () => {
            const ref = argumentRef(range);
            this.target().frozen = { rows: ref.box.bottom + 1, columns: ref.box.right + 1 };
          }),
      };
    });
  }

  get pageLayout(): { orientation: string; paperSize: string; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }; setPrintTitleRows(rows: string): void } {
    return this.nav("pageLayout", () => {
      const node = new PageLayoutProxy(this.ctx, this, () => this.target());
      return node;
    });
  }

  get customProperties(): { add(key: string, value: string): void; getItemOrNullObject(key: string): CustomPropertyProxy } {
    return this.nav("customProperties", () => {
      const node = new Plain(this.ctx, this, "customProperties");
      return {
        add: (key: string, value: string) => {
          // The property's object path goes into the request; adding it is what instantiating that path does.
          void new CustomPropertyProxy(this.ctx, node, "Add", [key, value], () => value);
          this.ctx.effect(() => {
            this.ctx.excel.require("1.12", "customProperties");
            this.target().customProperties.set(key, value);
          });
        },
        getItemOrNullObject: (key: string) => new CustomPropertyProxy(this.ctx, node, "GetItemOrNullObject", [key], () => this.target().customProperties.get(key) ?? null),
      };
    });
  }

  get charts(): { add(type: string, source: RangeProxy, seriesBy: string): ChartProxy } {
    return this.nav("charts", () => {
      const node = new Plain(this.ctx, this, "charts");
      return {
        add: (type: string, source: RangeProxy, seriesBy: string) => {
          const holder: { c?: FakeChart } = {};
          const chart = new ChartProxy(this.ctx, node, [type, source, seriesBy], () => created(holder.c, "chart"));
          this.ctx.effect(() => {
            const ref = argumentRef(source);
            holder.c = { type, title: "", series: [{ name: "", values: ref.box, xValues: null, chartType: type }], position: null };
            this.target().charts.push(holder.c);
          });
          return chart;
        },
      };
    });
  }
}

class WorksheetCollectionProxy extends Collection<FakeSheet, WorksheetProxy> {
  constructor(ctx: FakeContext, parent: Node) {
    super(
      ctx,
      parent,
      "worksheets",
      () => ctx.excel.model.sheets,
      (s, collection) => new WorksheetProxy(ctx, collection, PATH.indexer, "", [s.id], () => (ctx.excel.model.sheets.includes(s) ? s : null), true),
    );
  }

  /** By name or id, as Excel's getItem. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this, PATH.indexer, "", [key], () => {
      const s = this.ctx.excel.model.sheetByKey(key);
      if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${key}`);
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this, PATH.method, "GetItemOrNullObject", [key], () => this.ctx.excel.model.sheetByKey(key) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this, PATH.method, "GetActiveWorksheet", [], () => this.ctx.excel.model.activeSheet);
  }

  add(name: string): WorksheetProxy {
    const holder: { s?: FakeSheet } = {};
    const sheet = new WorksheetProxy(this.ctx, this, PATH.method, "Add", [name], () => created(holder.s, "sheet"));
    this.ctx.effect(() => void (holder.s = this.ctx.excel.model.addSheet(name)));
    return sheet;
  }

  /** WorksheetCollection.onDeleted (ExcelApi 1.7): as Worksheet.onChanged, added and removed by the request that carries it. */
  get onDeleted(): { add(handler: (args: FakeDeletedArgs) => unknown): { context: FakeContext; remove(): void } } {
    return this.nav("onDeleted", () => ({
      add: (handler: (args: FakeDeletedArgs) => unknown) => {
        const { ctx } = this;
        ctx.effect(() => {
          ctx.excel.require("1.7", "WorksheetCollection.onDeleted");
          ctx.excel.events.addDeleted(handler);
        });
        return { context: ctx, remove: () => ctx.effect(() => ctx.excel.events.removeDeleted(handler)) };
      },
    }));
  }
}

class WorkbookProxy extends Node {
  constructor(ctx: FakeContext) {
    super(ctx, null, PATH.root, "");
  }

  get worksheets(): WorksheetCollectionProxy {
    return this.nav("worksheets", () => new WorksheetCollectionProxy(this.ctx, this));
  }

  get tables(): TableCollectionProxy {
    return this.nav("tables", () => new TableCollectionProxy(this.ctx, this, null));
  }

  get names(): NamedItemCollectionProxy {
    return this.nav("names", () => new NamedItemCollectionProxy(this.ctx, this, () => null));
  }

  get application(): { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void } {
    return this.nav("application", () => {
      const node = new Plain(this.ctx, this, "application");
      const call = (name: string, version: string) => this.ctx.act(node.path, ACTION.method, name, { ArgumentInfo: { Arguments: [] } }, () => this.ctx.excel.require(version, name));
      return {
        suspendApiCalculationUntilNextSync: () => call("SuspendApiCalculationUntilNextSync", "1.6"),
        suspendScreenUpdatingUntilNextSync: () => call("SuspendScreenUpdatingUntilNextSync", "1.9"),
      };
    });
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, this, PATH.method, "GetSelectedRange", [], () => {
      const model = this.ctx.excel.model;
      const sheet = model.activeSheet;
      if (sheet === null) throw new FakeExcelError("InvalidSelection", "no active sheet");
      // Excel refuses a multi-area selection (ExcelApi 1.1: "If there are multiple ranges selected, this method will throw an error").
      if (model.selection?.sheet === sheet && (model.selection.more?.length ?? 0) > 0) throw new FakeExcelError("InvalidSelection", "The current selection is invalid for this operation.");
      return model.selection?.sheet === sheet ? { sheet, box: model.selection.box } : { sheet, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}
