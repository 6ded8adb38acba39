import { memorySettings } from "../adapters/office/documentSettings";
import type { Evaluation } from "../engine/types";
import type { SheetSpec } from "../workbook/types";
import { SETTINGS_KEY } from "./addinSettings";
import type { PaneEnv } from "./paneEnv";
import { ribbonEvaluate } from "./ribbonEvaluate";
import type { ReadRequest } from "./runPipeline";

const evaluation: Evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };

function env(saved: unknown) {
  const reads: ReadRequest[] = [];
  const written: (readonly SheetSpec[])[] = [];
  const e: PaneEnv = {
    lang: "zh",
    source: { sheetNames: async () => ["学校"], readSheet: async () => ({ sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], merges: [] }) },
    sink: { writeSheets: async (specs) => (written.push(specs), specs.map((s) => s.name)) },
    navigator: { proposeRange: async () => ({ sheet: "学校", range: null, from: "used" }), activateSheet: async () => undefined, selectCell: async () => undefined },
    settings: memorySettings(saved === undefined ? {} : { [SETTINGS_KEY]: saved }),
    deps: {
      read: async (_s, options) => (reads.push(options), { ok: true, input: { records: [], countyFigures: [], year: null }, mapping: null, issues: [], ruleOverride: null }),
      evaluate: (input) => ({ ...evaluation, year: input.year }),
      build: () => [{ name: "汇总", role: "summary", title: "t", notes: [], tables: [], freezeColumns: 0 }],
    },
    missing: [],
  };
  return { e, reads, written };
}

describe("ribbonEvaluate", () => {
  it("opens the pane when the workbook has no confirmed settings", async () => {
    const { e, written } = env(undefined);
    let opened = 0;
    expect(await ribbonEvaluate(e, async () => void opened++)).toEqual({ kind: "opened_pane" });
    expect(opened).toBe(1);
    expect(written).toHaveLength(0);
  });

  it("evaluates with the saved range, fixes and year", async () => {
    const { e, reads, written } = env({ sheet: "学校", range: "A3:K40", fixes: { students: 4 }, profileId: "national-2017", year: 2025 });
    const outcome = await ribbonEvaluate(e, async () => undefined);
    expect(reads).toEqual([{ sheet: "学校", range: "A3:K40", mapping: { students: 4 } }]);
    expect(written).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: "evaluated", result: { ok: true, sheetNames: ["汇总"], evaluation: { year: 2025 } } });
  });

  it("treats malformed saved settings as none", async () => {
    const { e } = env({ sheet: "学校", range: 5 });
    expect((await ribbonEvaluate(e, async () => undefined)).kind).toBe("opened_pane");
  });
});
