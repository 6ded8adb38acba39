/**
 * An in-memory stand-in for the Excel JavaScript API, as much of it as the Office adapter uses,
 * with Office.js's request model: proxies queue operations, `context.sync()` sends them as one
 * request, and loaded properties can be read only after the sync that loaded them.
 *
 * It counts syncs and request sizes, refuses a request over 5 MB as Excel on the web does
 * (RequestPayloadSizeLimitExceeded), refuses APIs above the ExcelApi version it is told to offer,
 * and shares one FakeWorkbookModel between the unit tests and the browser stand-in for office.js.
 */
import type { Box } from "../../../workbook/types";
import { a1, parseRange, qualified } from "../../../workbook/address";
import type { ExcelRunner } from "../excelRun";
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "../payload";
import { FakeExcelError, FakeWorkbookModel, type FakeChart, type FakeSeries, type FakeSheet, type FakeTable } from "./fakeModel";

export { FakeExcelError, FakeWorkbookModel, coerceTyped } from "./fakeModel";
export type { FakeCell, FakeSheet, FakeValue } from "./fakeModel";

export interface RequestRecord {
  readonly bytes: number;
  readonly operations: number;
}

/** Request bytes besides the operations' data. */
const ENVELOPE_BYTES = 200;
const OPERATION_BYTES = 60;

/** The workbook, the API version offered, and what the adapter sent. */
export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly requests: RequestRecord[] = [];
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  /** Test hook run before a request executes; throw to simulate a host failure. */
  beforeSync: ((request: RequestRecord) => void) | null = null;

  constructor(public apiVersion = "1.13") {}

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

  /** An ExcelRunner over this workbook, as Excel.run would be. */
  readonly run: ExcelRunner = (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext);
}

type Op = { readonly bytes: number; readonly run: () => number };

class FakeContext {
  private queue: Op[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(data: unknown, run: () => number | void): void {
    this.queue.push({ bytes: OPERATION_BYTES + (data === undefined ? 0 : jsonBytes(data)), run: () => run() ?? 0 });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = { bytes: ENVELOPE_BYTES + ops.reduce((n, op) => n + op.bytes, 0), operations: ops.length };
    this.excel.requests.push(request);
    if (request.bytes > this.excel.payloadLimit) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request.bytes} bytes`);
    this.excel.beforeSync?.(request);
    let response = 0;
    for (const op of ops) response += op.run();
    if (response > this.excel.payloadLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
  }
}

/** Base of every proxy: loaded values readable only after a sync. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeExcelError("PropertyNotLoaded", `${prop} was not loaded and synced`);
    return this.loaded.get(prop) as T;
  }

  protected snapshot(_prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `cannot load ${_prop}`);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  load(props?: string | string[]): this {
    const list = propList(props);
    this.ctx.enqueue(list, () => {
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
}

/** `load`'s argument as a list of property names. */
function propList(props: string | string[] | undefined): string[] {
  return (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
}

/** A collection proxy: `load("items/a,items/b")` or `load("a,b")` loads those properties of every item. */
class Collection<T extends Loadable & Fillable> extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly list: () => readonly T[],
  ) {
    super(ctx);
  }

  get items(): T[] {
    return this.read<T[]>("items");
  }

  override load(props?: string | string[]): this {
    const list = propList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(list, () => {
      const items = this.list();
      this.loaded.set("items", items);
      this.loaded.set("isNullObject", false);
      return items.reduce((n, item) => n + item.fill(list), 0);
    });
    return this;
  }
}

// Item proxies fill themselves when a collection loads them.
interface Fillable {
  fill(props: readonly string[]): number;
}

/**
 * A proxy over one model object found at sync time; `resolve` returns null where Office.js would
 * give a null object (the *OrNullObject methods), and using such a proxy fails as `missing` says.
 */
abstract class Resolved<R> extends Loadable implements Fillable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => R | null,
    private readonly missing: readonly [code: string, message: string],
  ) {
    super(ctx);
  }

  protected target(): R {
    const r = this.resolve();
    if (r === null) throw new FakeExcelError(...this.missing);
    return r;
  }

  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  fill(props: readonly string[]): number {
    this.loaded.set("isNullObject", false);
    return this.snapshotAll(props);
  }
}

export type RangeRef = { readonly sheet: FakeSheet; readonly box: Box };

class RangeProxy extends Resolved<RangeRef> {
  constructor(ctx: FakeContext, resolve: () => RangeRef | null) {
    super(ctx, resolve, ["InvalidObjectPath", "range of a null object"]);
  }

  protected override snapshot(prop: string): unknown {
    const { sheet, box } = this.target();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
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
      case "rowHidden": {
        const hidden = Array.from({ length: rows }, (_, r) => sheet.hiddenRows.has(box.top + r));
        return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
      }
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
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.ctx.enqueue(values, () => {
      const { sheet, box } = this.target();
      checkShape(values, box);
      values.forEach((row, r) => row.forEach((v, c) => sheet.write(box.top + r, box.left + c, v)));
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(formats, () => {
      const { sheet, box } = this.target();
      checkShape(formats, box);
      formats.forEach((row, r) => row.forEach((f, c) => (sheet.cell(box.top + r, box.left + c).numberFormat = f)));
    });
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueue(link, () => {
      const { sheet, box } = this.target();
      const cell = sheet.cell(box.top, box.left);
      cell.hyperlink = link.documentReference ?? null;
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.ctx, () => this.target());
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.target().sheet);
  }

  get conditionalFormats(): { add(type: string): ConditionalFormatProxy } {
    return {
      add: (type) => {
        const target: { bar?: { box: Box; lower: string; upper: string } } = {};
        this.ctx.enqueue(type, () => {
          this.ctx.excel.require("1.6", "conditionalFormats");
          if (type !== "DataBar") throw new FakeExcelError("InvalidArgument", `conditional format ${type} not modelled`);
          const { sheet, box } = this.target();
          target.bar = { box, lower: "", upper: "" };
          sheet.dataBars.push(target.bar);
        });
        return new ConditionalFormatProxy(this.ctx, () => target.bar);
      },
    };
  }

  getRow(index: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.target();
      return { sheet, box: { ...box, top: box.top + index, bottom: box.top + index } };
    });
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.target();
      return { sheet, box: { ...box, top: 0, bottom: 1_048_575 } };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, "1.13", () => {
      const { sheet, box } = this.target();
      const hit = sheet.merges.filter((m) => m.top <= box.bottom && box.top <= m.bottom && m.left <= box.right && box.left <= m.right);
      return hit.length === 0 ? null : hit.map((m) => ({ sheet, box: m }));
    });
  }

  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, "1.9", () => {
      if (type !== "Visible") throw new FakeExcelError("InvalidArgument", `special cells ${type} not modelled`);
      const { sheet, box } = this.target();
      const areas: RangeRef[] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        if (sheet.hiddenRows.has(r)) continue;
        const last = areas[areas.length - 1];
        if (last && last.box.bottom === r - 1) areas[areas.length - 1] = { sheet, box: { ...last.box, bottom: r } };
        else areas.push({ sheet, box: { ...box, top: r, bottom: r } });
      }
      return areas.length === 0 ? null : areas;
    });
  }

  select(): void {
    this.ctx.enqueue(undefined, () => {
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
    private readonly version: string,
    private readonly resolve: () => RangeRef[] | null,
  ) {
    super(ctx);
  }

  protected override resolvesToNull(): boolean {
    this.ctx.excel.require(this.version, "RangeAreas");
    return this.resolve() === null;
  }

  private areasCollection: Collection<RangeProxy> | null = null;

  protected override snapshot(prop: string): unknown {
    if (prop === "areaCount") return (this.resolve() ?? []).length;
    return super.snapshot(prop);
  }

  /** Navigation properties are created once per proxy, as in Office.js. */
  get areas(): Collection<RangeProxy> {
    this.areasCollection ??= new Collection(this.ctx, () => {
      this.ctx.excel.require(this.version, "RangeAreas");
      const refs = this.resolve() ?? [];
      this.loaded.set("isNullObject", refs.length === 0);
      return refs.map((ref) => new RangeProxy(this.ctx, () => ref));
    });
    return this.areasCollection;
  }
}

class RangeFormatProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: () => RangeRef,
  ) {}

  private each(data: unknown, f: (cell: ReturnType<FakeSheet["cell"]>) => void): void {
    this.ctx.enqueue(data, () => {
      const { sheet, box } = this.ref();
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) f(sheet.cell(r, c));
    });
  }

  get fill(): { color: string } {
    const each = this.each.bind(this);
    return {
      set color(color: string) {
        each(color, (cell) => (cell.fill = color));
      },
    } as { color: string };
  }

  get font(): { bold: boolean; color: string; size: number; italic: boolean } {
    const each = this.each.bind(this);
    return {
      set bold(v: boolean) {
        each(v, (cell) => (cell.bold = v));
      },
      set color(v: string) {
        each(v, (cell) => (cell.fontColor = v));
      },
      set size(v: number) {
        each(v, (cell) => (cell.size = v));
      },
      set italic(_v: boolean) {
        each(_v, () => undefined);
      },
    } as { bold: boolean; color: string; size: number; italic: boolean };
  }

  set columnWidth(points: number) {
    this.ctx.enqueue(points, () => {
      const { sheet, box } = this.ref();
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

class ConditionalFormatProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly bar: () => { box: Box; lower: string; upper: string } | undefined,
  ) {}

  get dataBar(): { lowerBoundRule: { formula?: string }; upperBoundRule: { formula?: string } } {
    const ctx = this.ctx;
    const bar = this.bar;
    const set = (which: "lower" | "upper", rule: { formula?: string }) =>
      ctx.enqueue(rule, () => {
        const b = bar();
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
  }
}

class CustomPropertyProxy extends Loadable implements Fillable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly key: string,
  ) {
    super(ctx);
  }
  fill(): number {
    return 0;
  }
  protected override resolvesToNull(): boolean {
    this.ctx.excel.require("1.12", "customProperties");
    return !this.sheet().customProperties.has(this.key);
  }
  protected override snapshot(prop: string): unknown {
    if (prop === "value") return this.sheet().customProperties.get(this.key);
    if (prop === "key") return this.key;
    return super.snapshot(prop);
  }
  get value(): string {
    return this.read("value");
  }
}

class TableProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: () => FakeTable | undefined,
  ) {}
  private set(data: unknown, f: (t: FakeTable) => void): void {
    this.ctx.enqueue(data, () => f(created(this.table(), "table")));
  }
  set name(name: string) {
    this.set(name, (t) => this.ctx.excel.model.renameTable(t, name));
  }
  set style(style: string) {
    this.set(style, (t) => (t.style = style));
  }
}

class SeriesProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => FakeSeries,
  ) {}
  private box(range: RangeProxy): Box {
    return argumentRef(range).box;
  }
  set name(name: string) {
    this.ctx.enqueue(name, () => void (this.series().name = name));
  }
  /** ChartSeries members from ExcelApi 1.7 (name and the chart itself are 1.1). */
  private since17(api: string, bytes: unknown, apply: () => void): void {
    this.ctx.enqueue(bytes, () => {
      this.ctx.excel.require("1.7", api);
      apply();
    });
  }
  set chartType(type: string) {
    this.since17("ChartSeries.chartType", type, () => void (this.series().chartType = type));
  }
  setValues(range: RangeProxy): void {
    this.since17("ChartSeries.setValues", undefined, () => void (this.series().values = this.box(range)));
  }
  setXAxisValues(range: RangeProxy): void {
    this.since17("ChartSeries.setXAxisValues", undefined, () => void (this.series().xValues = this.box(range)));
  }
  get format(): { fill: { setSolidColor(colour: string): void } } {
    return { fill: { setSolidColor: (colour) => this.since17("ChartSeries.format", colour, () => void (this.series().fill = colour)) } };
  }
}

class ChartProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: () => FakeChart,
  ) {}
  get title(): { text: string } {
    const ctx = this.ctx;
    const chart = this.chart;
    return {
      set text(text: string) {
        ctx.enqueue(text, () => void (chart().title = text));
      },
    } as { text: string };
  }
  get series(): { getItemAt(i: number): SeriesProxy; add(name: string): SeriesProxy } {
    return {
      getItemAt: (i) =>
        new SeriesProxy(this.ctx, () => {
          const s = this.chart().series[i];
          if (!s) throw new FakeExcelError("ItemNotFound", `series ${i}`);
          return s;
        }),
      add: (name) => {
        const holder: { s?: FakeSeries } = {};
        this.ctx.enqueue(name, () => {
          this.ctx.excel.require("1.7", "ChartSeriesCollection.add");
          holder.s = { name, values: null, xValues: null, chartType: "" };
          this.chart().series.push(holder.s);
        });
        return new SeriesProxy(this.ctx, () => holder.s as FakeSeries);
      },
    };
  }
  setPosition(start: RangeProxy, end: RangeProxy): void {
    this.ctx.enqueue(undefined, () => {
      const s = start.resolve();
      const e = end.resolve();
      this.chart().position = s && e ? { from: a1(s.box.top, s.box.left), to: a1(e.box.top, e.box.left) } : null;
    });
  }
}

class WorksheetProxy extends Resolved<FakeSheet> {
  constructor(ctx: FakeContext, resolve: () => FakeSheet | null) {
    super(ctx, resolve, ["ItemNotFound", "worksheet not found"]);
  }

  protected override snapshot(prop: string): unknown {
    const s = this.target();
    if (prop === "name") return s.name;
    if (prop === "id") return s.id;
    if (prop === "position") return this.ctx.excel.model.sheets.indexOf(s);
    return super.snapshot(prop);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.ctx.enqueue(name, () => {
      const s = this.target();
      this.ctx.excel.model.checkName(name, s);
      s.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }

  delete(): void {
    this.ctx.enqueue(undefined, () => this.ctx.excel.model.deleteSheet(this.target()));
  }

  activate(): void {
    this.ctx.enqueue(undefined, () => void (this.ctx.excel.model.activeSheet = this.target()));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const box = address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseRange(address.replace(/^.*!/, ""));
      if (box === null) throw new FakeExcelError("InvalidArgument", `bad address ${address ?? ""}`);
      return { sheet: this.target(), box };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (rows < 1 || columns < 1) throw new FakeExcelError("InvalidArgument", "empty range");
      return { sheet: this.target(), box: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 } };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.target();
      const box = sheet.usedBox();
      return box === null ? null : { sheet, box };
    });
  }

  get tables(): { add(range: RangeProxy | string, hasHeaders: boolean): TableProxy } {
    return {
      add: (range, hasHeaders) => {
        const holder: { t?: FakeTable } = {};
        this.ctx.enqueue(undefined, () => {
          if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "tables without headers are not modelled");
          const ref = argumentRef(typeof range === "string" ? this.getRange(range) : range);
          holder.t = this.ctx.excel.model.addTable(ref.sheet, ref.box);
        });
        return new TableProxy(this.ctx, () => holder.t);
      },
    };
  }

  get freezePanes(): { freezeRows(n: number): void; freezeAt(range: RangeProxy): void } {
    return {
      freezeRows: (n) => this.ctx.enqueue(n, () => void (this.target().frozen = { rows: n, columns: 0 })),
      freezeAt: (range) =>
        this.ctx.enqueue(undefined, () => {
          const ref = argumentRef(range);
          this.target().frozen = { rows: ref.box.bottom + 1, columns: ref.box.right + 1 };
        }),
    };
  }

  get customProperties(): { add(key: string, value: string): void; getItemOrNullObject(key: string): CustomPropertyProxy } {
    return {
      add: (key, value) =>
        this.ctx.enqueue([key, value], () => {
          this.ctx.excel.require("1.12", "customProperties");
          this.target().customProperties.set(key, value);
        }),
      getItemOrNullObject: (key) => new CustomPropertyProxy(this.ctx, () => this.target(), key),
    };
  }

  get charts(): { add(type: string, source: RangeProxy, seriesBy: string): ChartProxy } {
    return {
      add: (type, source) => {
        const holder: { c?: FakeChart } = {};
        this.ctx.enqueue(type, () => {
          const ref = argumentRef(source);
          holder.c = { type, title: "", series: [{ name: "", values: ref.box, xValues: null, chartType: type }], position: null };
          this.target().charts.push(holder.c);
        });
        return new ChartProxy(this.ctx, () => created(holder.c, "chart"));
      },
    };
  }
}

class WorksheetCollectionProxy extends Collection<WorksheetProxy> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.model.sheets.map((s) => new WorksheetProxy(ctx, () => s)));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.excel.model.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.model.sheet(name) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.model.activeSheet);
  }

  add(name: string): WorksheetProxy {
    const holder: { s?: FakeSheet } = {};
    this.ctx.enqueue(name, () => void (holder.s = this.ctx.excel.model.addSheet(name)));
    return new WorksheetProxy(this.ctx, () => created(holder.s, "sheet"));
  }
}

class TableItemProxy extends Resolved<FakeTable> {
  constructor(ctx: FakeContext, table: FakeTable) {
    super(ctx, () => table, ["InvalidObjectPath", "table of a null object"]);
  }
  protected override snapshot(prop: string): unknown {
    return prop === "name" ? this.target().name : super.snapshot(prop);
  }
  get name(): string {
    return this.read("name");
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: Collection<TableItemProxy>;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new Collection(ctx, () => ctx.excel.model.tables.map((t) => new TableItemProxy(ctx, t)));
  }

  get application(): { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void } {
    return {
      suspendApiCalculationUntilNextSync: () => this.ctx.enqueue(undefined, () => this.ctx.excel.require("1.6", "suspendApiCalculationUntilNextSync")),
      suspendScreenUpdatingUntilNextSync: () => this.ctx.enqueue(undefined, () => this.ctx.excel.require("1.9", "suspendScreenUpdatingUntilNextSync")),
    };
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const model = this.ctx.excel.model;
      const sheet = model.activeSheet;
      if (sheet === null) throw new FakeExcelError("InvalidSelection", "no active sheet");
      return model.selection?.sheet === sheet ? model.selection : { sheet, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

