/**
 * The task pane over the fake DOM (taskpane.html as shipped) and an in-memory workbook read by the
 * real reader, engine and sheet builder; records what the pane asks of the workbook. Not used by
 * production code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { memorySettings } from "../../adapters/office/documentSettings";
import type { ProposedRange } from "../../adapters/office/OfficeNavigator";
import { SETTINGS_KEY } from "../../addin/addinSettings";
import type { PaneEnv } from "../../addin/paneEnv";
import { PIPELINE } from "../../addin/pipelineDeps";
import type { Lang } from "../../messages/types";
import { sourceOf } from "../../workbook/read/testing";
import type { RoleFixes } from "../../workbook/read/matchColumns";
import type { ReadOptions } from "../../workbook/read/readWorkbook";
import type { Grid, SheetSpec, WorkbookSource, WriteTurn } from "../../workbook/types";
import { Pane } from "../pane";
import { FakeDocument, FakeWindow, click, installDocument, installWindow, type FakeElement } from "./fakeDom";
import { FakeWatch } from "./fakeWatch";

/** What the pane asks the reader: its fixes are always role fixes (readRequest). */
type PaneRead = Omit<ReadOptions, "mapping"> & { readonly mapping?: RoleFixes };

export interface HarnessOptions {
  readonly grids: readonly Grid[];
  readonly proposal: ProposedRange;
  readonly saved?: unknown;
  readonly lang?: Lang;
  readonly missing?: PaneEnv["missing"];
  /** Replaces the workbook's readSheet (e.g. to fail). */
  readonly readSheet?: WorkbookSource["readSheet"];
  /** Runs before the result sheets are recorded as written (e.g. to hold the write while the user acts); hears the sink's onTurn. */
  readonly beforeWrite?: (onTurn?: (turn: WriteTurn) => void) => Promise<void>;
  /** The sheets hidden in Excel (the source's hiddenSheets); absent: a host that does not say. */
  readonly hiddenSheets?: readonly string[];
  /** False: a host that cannot watch the sheets read (no env.watch). */
  readonly watch?: boolean;
}

/** Lets the pane's pending promises (event handlers run with `void`) finish; the stand-ins use no timers. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A button pressed from the keyboard (Enter or Space on it: a click while it has the focus), and
 * the pane's work on it settled: where the pane must give the focus back when the button is
 * disabled, hidden or drawn anew, as a mouse click that did not focus it need not.
 */
export async function pressFromKeyboard(button: FakeElement): Promise<void> {
  button.focus();
  click(button);
  await settle();
}

export function paneHarness(options: HarnessOptions) {
  const doc = new FakeDocument(readFileSync(join(__dirname, "..", "taskpane.html"), "utf8"));
  const win = new FakeWindow();
  const uninstallDocument = installDocument(doc);
  const uninstallWindow = installWindow(win);
  const workbook = sourceOf(options.grids);
  const calls = { sheetReads: [] as string[], reads: [] as PaneRead[], written: [] as string[][], specs: [] as (readonly SheetSpec[])[], proposals: 0 };
  let proposal = options.proposal;
  const settings = memorySettings(options.saved === undefined ? {} : { [SETTINGS_KEY]: options.saved });
  const readSheet = options.readSheet ?? workbook.readSheet;
  const watch = new FakeWatch();
  /** As in Excel, the sink's own writes change the sheets they write: reported to whoever watches those. */
  const written = (names: string[]) => (names.forEach((name) => watch.change(name, "A1:H40")), { names, kept: [], replaced: [] });
  const env: PaneEnv = {
    lang: options.lang ?? "zh",
    source: {
      sheetNames: () => workbook.sheetNames(),
      readSheet: (name, range) => (calls.sheetReads.push(`${name}|${range ?? ""}`), readSheet(name, range)),
      ...(options.hiddenSheets === undefined ? {} : { hiddenSheets: async () => options.hiddenSheets ?? [] }),
    },
    sink: { writeSheets: async (specs, onTurn) => (await options.beforeWrite?.(onTurn), calls.written.push(specs.map((s) => s.name)), calls.specs.push(specs), written(specs.map((s) => s.name))) },
    navigator: { proposeRange: async () => (calls.proposals++, proposal), activateSheet: async () => undefined, selectCell: async () => undefined },
    settings,
    deps: { ...PIPELINE, read: (source, request) => (calls.reads.push(request as PaneRead), PIPELINE.read(source, request)) },
    missing: options.missing ?? [],
    ...(options.watch === false ? {} : { watch }),
  };
  const pane = new Pane(env);
  const byId = (id: string): FakeElement => {
    const found = doc.getElementById(id);
    if (found === null) throw new Error(`no #${id}`);
    return found;
  };
  /** The mapping table's rows: column letter, field list value, stage list value, unit text (under the header). */
  const mappingRows = () =>
    byId("mapping")
      .querySelectorAll("tr")
      .slice(1)
      .map((tr) => {
        const [col, header, role] = tr.querySelectorAll("td");
        const unit = header?.querySelector("span.unit");
        const [field, stage] = role?.querySelectorAll("select") ?? [];
        return { column: col?.textContent ?? "", field: field?.value ?? "", stage: stage?.value ?? "", unit: unit?.textContent ?? "" };
      });
  const mappingRow = (letters: string) =>
    byId("mapping")
      .querySelectorAll("tr")
      .find((row) => row.querySelector("td")?.textContent === letters);
  return {
    doc,
    pane,
    env,
    calls,
    watch,
    settings,
    byId,
    mappingRows,
    /** The select of the mapping row for column `letters` (field or stage list). */
    rowSelect: (letters: string, which: "field" | "stage") => {
      const tr = byId("mapping")
        .querySelectorAll("tr")
        .find((row) => row.querySelector("td")?.textContent === letters);
      const select = tr?.querySelector(`select.${which}`);
      if (!select) throw new Error(`no ${which} list for column ${letters}`);
      return select;
    },
    /** The role button of the mapping row for column `letters` (its text: the role as the row says it). */
    roleButton: (letters: string) => {
      const button = mappingRow(letters)?.querySelector("button.role-text");
      if (!button) throw new Error(`no role button for column ${letters}`);
      return button;
    },
    /** The letters of the mapping rows whose lists are shown (open rows). */
    openColumns: () =>
      byId("mapping")
        .querySelectorAll("tr")
        .filter((tr) => tr.querySelector("div.lists")?.hidden === false)
        .map((tr) => tr.querySelector("td")?.textContent ?? ""),
    setProposal: (next: ProposedRange) => void (proposal = next),
    /** The user comes back to the pane (after working in the grid). */
    focus: () => void win.dispatch("focus"),
    uninstall: () => {
      uninstallWindow();
      uninstallDocument();
    },
  };
}

export type PaneHarness = ReturnType<typeof paneHarness>;

/**
 * The set-up every pane test file shares: one pane at a time, built from `base` with the test's own
 * options over it, and uninstalled (mocks restored) after the test or when the test builds another. `created` only builds it (a
 * test that starts it itself), `started` starts it and lets it settle, `evaluated` also presses 评估
 * (after `before`, which may arrange the workbook).
 *
 * @example const { started } = paneSession({ grids: [SCHOOLS], proposal: USED }); const h = await started({ lang: "en" });
 */
export function paneSession(base: HarnessOptions) {
  let current: PaneHarness | null = null;
  afterEach(() => {
    current?.uninstall();
    current = null;
    jest.restoreAllMocks();
  });
  // A second pane in one test replaces the first, which is uninstalled (one document at a time).
  const created = (options: Partial<HarnessOptions> = {}): PaneHarness => {
    current?.uninstall();
    current = paneHarness({ ...base, ...options });
    return current;
  };
  const started = async (options: Partial<HarnessOptions> = {}): Promise<PaneHarness> => {
    const h = created(options);
    await h.pane.start();
    await settle();
    return h;
  };
  const evaluated = async (options: Partial<HarnessOptions> = {}, before: (h: PaneHarness) => void = () => undefined): Promise<PaneHarness> => {
    const h = await started(options);
    before(h);
    click(h.byId("evaluate"));
    await settle();
    return h;
  };
  return { created, started, evaluated };
}
