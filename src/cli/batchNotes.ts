import { basename, extname } from "node:path";
import { sameCounty } from "../engine";
import { countyStem, foldedCounty } from "../engine/countyFigures";
import { countMessage } from "../messages/countMessage";
import { clauseText, listText } from "../messages/listText";
import type { OverviewEntry } from "../workbook/write/overviewEntry";
import { countyGroups, type OverviewRow } from "../workbook/write/overviewOrder";
import type { Stage } from "../engine/types";
import type { BatchFile } from "./batchPaths";
import type { InputNote } from "./expandInputs";
import { countyFolder, pathCounties } from "./folderCounty";
import type { Run } from "./Run";

/** A note's sentence: each code takes its items as its message's parameters. */
export function noteText(note: InputNote, run: Run): string {
  const [first = "", ...rest] = note.items;
  if (note.code === "cli_batch_same_county" || note.code === "cli_batch_county_split_stages") return run.t(note.code, { county: first, items: listText(rest, run.lang) });
  if (note.code === "cli_batch_county_not_file" || note.code === "cli_batch_county_from_folder") return run.t(note.code, { file: first, county: rest[0] ?? "" });
  if (note.code === "cli_batch_county_unnamed") return run.t(note.code, { file: first });
  if (note.code === "cli_batch_county_unnamed_maybe") return run.t(note.code, { file: first, prefix: rest[0] ?? "", county: rest[1] ?? "" });
  if (note.code === "cli_batch_result_numbered") return run.t(note.code, { file: first, result: rest[0] ?? "", other: rest[1] ?? "" });
  // The other files are counted, not named: a county's folder may hold dozens of notices and scans.
  if (note.code === "cli_batch_other_files") return countMessage(note.code, note.items.length, { n: note.items.length }, run.lang);
  return run.t(note.code, { items: listText(note.items, run.lang) });
}

/**
 * A county named in two workbooks is a workbook sent twice or a county misnamed: either way the
 * city's picture is wrong, and it is said. Names are compared as the county figures compare them
 * (sameCounty: 北山 is 北山县), in the groups the overview shows them in (countyGroups).
 */
export function sameCountyNotes(entries: readonly OverviewEntry[]): InputNote[] {
  return countyGroups(entries).flatMap(({ name, rows }) => {
    const files = [...new Set(rows.map((r) => r.entry.file))];
    if (name === null || files.length < 2) return [];
    return [{ code: files.length === rows.length && splitByStage(rows) ? "cli_batch_county_split_stages" : "cli_batch_same_county", items: [name, ...files] }];
  });
}

/**
 * The stages a county's row has data of: its coefficient groups (one per stage read) with a section
 * giving some indicator a value. A 九年一贯制 school listed whole in the 初中 workbook (no 学段, no
 * per-stage students) makes a 小学 section too, with no value (combined_no_stage_data); that is no
 * 小学 held, and without this the county split by stage was said as a workbook sent twice.
 */
function stagesOf(row: OverviewRow): Stage[] {
  return (row.county?.coefficients ?? []).filter((g) => g.schools > 0 && Object.values(g.indicators).some((i) => i.n > 0)).map((g) => g.stage);
}

/**
 * Whether a county's workbooks each hold stages the others do not (东岭县 小学.xlsx and 东岭县
 * 初中.xlsx, as a bureau keeps one sheet per stage): no workbook sent twice then, but the county
 * evaluated in halves — each half's 资源配置 and 认定 judged without the other stage, and counted
 * twice in 全市合计 — which reading the sheets from one workbook makes whole.
 * @example splitByStage([小学 only, 初中 only]) // true; splitByStage([小学, 小学 + 初中]) // false
 */
function splitByStage(rows: readonly OverviewRow[]): boolean {
  const stages = rows.map(stagesOf);
  const all = stages.flat();
  return stages.every((s) => s.length > 0) && new Set(all).size === all.length;
}

/**
 * A workbook of one county whose file or folder names another (南湖区.xlsx, 北山县-学校基本情况.xlsx or
 * 东湖县2024年学校基本情况.xlsx holding 青山县's schools): a county sent the wrong sheet, or the rows
 * name a wrong county; said, as the overview would otherwise show 青山县 twice and 南湖区 not at all
 * without a word. Which county a path names is folderCounty's rule (pathCounties), the one that also
 * names a workbook naming none: before, this needed a path part ending in 县/区, and missed both.
 */
export function fileCountyNotes(entries: readonly OverviewEntry[], files: readonly BatchFile[]): InputNote[] {
  const notes: InputNote[] = [];
  for (const [i, e] of entries.entries()) {
    const counties = e.outcome.ok ? e.outcome.counties.map((c) => c.county) : [];
    const [county] = counties;
    const named = pathCounties(files[i]?.input ?? "");
    if (counties.length !== 1 || county === null || county === undefined || named.length === 0) continue;
    if (!named.some((n) => sameCounty(n, county))) notes.push({ code: "cli_batch_county_not_file", items: [e.file, county] });
  }
  return notes;
}

/**
 * The batch's workbooks that name no county, nor does their path (withUnnamedWarning): each stands
 * as （未注明县区）, a row apart from every county's, which the overview's notes say with what to do.
 * Where its file or folder name begins with a county of the batch written without its level word
 * (南湖-补充.xlsx beside 南湖区), the note says which it may be: pointed out, not merged, as 南湖 may
 * as well be another county's place name.
 * @example unnamedCountyNotes([南湖-补充.xlsx], entries naming 南湖区) // [{ code: "cli_batch_county_unnamed_maybe", items: ["南湖-补充.xlsx", "南湖", "南湖区"] }]
 */
export function unnamedCountyNotes(files: readonly Pick<BatchFile, "input" | "shown">[], entries: readonly OverviewEntry[]): InputNote[] {
  const counties = countyGroups(entries).flatMap((g) => (g.name === null ? [] : [g.name]));
  return files.map((file) => {
    const maybe = countyBegun(file.input, counties);
    return maybe === null ? { code: "cli_batch_county_unnamed", items: [file.shown] } : { code: "cli_batch_county_unnamed_maybe", items: [file.shown, maybe.prefix, maybe.county] };
  });
}

/**
 * The first county whose name, without its level word, the path's file name (else its folder's)
 * begins with: 南湖-补充.xlsx → 南湖 of 南湖区. The city's folder is none, by folderCounty's rule
 * (countyFolder): 青州市/统计.xlsx or 青州市教育局/统计.xlsx is no hint of a 青州区.
 */
function countyBegun(input: string, counties: readonly string[]): { prefix: string; county: string } | null {
  const folder = countyFolder(input);
  for (const name of [basename(input, extname(input)), ...(folder === null ? [] : [folder.name])].map(foldedCounty)) {
    for (const county of counties) {
      const prefix = countyStem(county) ?? foldedCounty(county);
      if (prefix.length >= 2 && name.startsWith(prefix)) return { prefix, county };
    }
  }
  return null;
}

/** A workbook's year, and whether the profile sets a target for it (none for a year it names no target for: 2023 under targets for 2024 and 2025). */
function yearKey(e: OverviewEntry): { year: number | null; target: boolean } | null {
  if (!e.outcome.ok || e.outcome.counties.length === 0) return null;
  return { year: e.outcome.year, target: e.outcome.counties.some((c) => c.passing.target !== null) };
}

function yearGroupText(year: number | null, target: boolean, files: readonly string[], run: Run): string {
  const code = year === null ? "cli_batch_year_none" : target ? "cli_batch_year_group" : "cli_batch_year_no_target";
  return run.t(code, { year: year ?? "", files: listText(files, run.lang) });
}

/**
 * Workbooks judged against different years' targets (some titles name a year, some none, which
 * takes the profile's latest), or of a year the profile sets no target for (its 达到目标 不适用
 * beside counties judged against 85%): each county's share answers to its own year, and the
 * overview would set them side by side without a word. Said, with the workbooks per year, pointing
 * to --year. Only under a profile with yearly targets: national-2017 leaves them to the provinces,
 * and there the year judges nothing.
 */
export function yearNotes(entries: readonly OverviewEntry[], profileHasTargets: boolean, run: Run): string[] {
  const groups = new Map<string, { year: number | null; target: boolean; files: string[] }>();
  for (const e of entries) {
    const key = profileHasTargets ? yearKey(e) : null;
    if (key === null) continue;
    const id = `${key.year}/${key.target}`;
    groups.set(id, { ...key, files: [...(groups.get(id)?.files ?? []), e.file] });
  }
  if (groups.size < 2) return [];
  const texts = [...groups.values()].map((g) => yearGroupText(g.year, g.target, g.files, run));
  return [run.t("cli_batch_years_differ", { groups: clauseText(texts, run.lang) })];
}
