import type { Evaluation } from "../engine/types";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { SheetSpec, WorkbookSink, WorkbookSource } from "../workbook/types";
import { buildResultSheets } from "../workbook/write/buildResultSheets";
import { runPipeline, type PipelineDeps, type PipelineRequest } from "./runPipeline";

const source: WorkbookSource = { sheetNames: async () => ["学校"], readSheet: async () => ({ sheet: "学校", top: 0, left: 0, values: [], hiddenRows: [], merges: [] }) };
const evaluation: Evaluation = { profileId: "national-2017", year: null, counties: [], issues: [] };
const mapping: ColumnMapping = {
  sheet: "学校",
  headerRows: { top: 0, bottom: 0 },
  dataRows: { top: 1, bottom: 9 },
  columns: [
    { column: 0, address: "A", headerCell: "学校!A1", header: "学校名称", field: "name", stage: null, unitFactor: 1, part: null },
    { column: 3, address: "D", headerCell: "学校!D1", header: "在校生数", field: "students", stage: "primary", unitFactor: 1, part: null },
  ],
  unmatched: [],
  missing: [],
};

/** Runs the pipeline on the stand-in reader's mapping with the real sheet builder; returns the mapping table's rows. */
async function mappingRows(lang: PipelineRequest["lang"]) {
  const written: SheetSpec[] = [];
  const sink: WorkbookSink = { writeSheets: async (specs) => (written.push(...specs), specs.map((s) => s.name)) };
  const deps: PipelineDeps = {
    read: async () => ({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping, issues: [], ruleOverride: null }),
    evaluate: () => evaluation,
    build: buildResultSheets,
  };
  const request: PipelineRequest = { sheet: "学校", range: null, fixes: {}, profileId: "national-2017", year: null, lang };
  await runPipeline(source, sink, request, deps);
  const table = written.flatMap((s) => s.tables).find((t) => t.name === "YZJH_Mapping");
  if (!table) throw new Error("no mapping table");
  return table.rows;
}

describe("runPipeline: the column mapping on the data-problems sheet", () => {
  it("names the fields in the run's language (English)", async () => {
    expect((await mappingRows("en")).map((r) => r.slice(0, 2))).toEqual([
      ["School name", "学校名称"],
      ["Students (Primary)", "在校生数"],
    ]);
  });

  it("names the fields in Chinese for a Chinese run", async () => {
    expect((await mappingRows("zh")).map((r) => r.slice(0, 2))).toEqual([
      ["学校名称", "学校名称"],
      ["在校生数（小学）", "在校生数"],
    ]);
  });
});
