import { INDICATOR_CODES, type PassingShare } from "../engine/types";
import { passingRange, resourcesReasons, targetVerdict, type OverviewCounty, type OverviewEntry } from "../workbook/write/overviewEntry";
import { cityTotals, type CityTotals } from "../workbook/write/overviewTotals";
import { num, type Json } from "./json";
import type { Lang } from "../messages/types";
import { message } from "../messages/catalogue";
import { qualified } from "../workbook/address";
import type { FailingSection } from "../workbook/write/overviewNeeds";
import { cityShortfalls } from "../workbook/write/overviewNeedsTables";
import { overviewRows } from "../workbook/write/overviewOrder";
import { planRowText } from "../workbook/write/sharedBuilds";
import { planJson, shortfallJson } from "./toJsonReport";

/** What a batch's JSON overview says besides its workbooks. */
export interface OverviewReportContext {
  readonly profile: string;
  readonly profileName: string;
  /** The profile file, when the profile was read from one; null otherwise (as an evaluation's JSON says it). */
  readonly profileFile?: string | null;
  readonly lang: Lang;
  /** The batch's notes as sentences (skipped files, a county in two workbooks). */
  readonly notes: readonly string[];
  /** The folders the batch read, absolute: a later batch into the same --json folder tells another city's overview by them. */
  readonly sources?: readonly string[];
  /** The city's totals (cityTotals of the entries), when the caller has them: a batch works them out once for 评估总览 and this JSON. Absent: worked out here. */
  readonly totals?: CityTotals | null;
}

/**
 * What `met` leaves to guess: null is both "no target" and "undecided". `verdict` tells them apart
 * (met, not_met, not_assessed, not_applicable), and `range` is where the share lies once the
 * unjudged sections count (null when all were judged), so that 1.0 over 8 of 14 is not read alone.
 */
function passingAdded(p: PassingShare): { verdict: string; range: Json } {
  const range = passingRange(p);
  return { verdict: targetVerdict(p), range: range === null ? null : { low: num(range.low), high: num(range.high) } };
}

/** Where a failing section's texts come from: the workbook's floor, the run's language. */
interface FailingContext {
  readonly floor: string;
  readonly lang: Lang;
}

/**
 * A failing section as 未达标学校 lists it: the indicators below the floor and at it, the way to
 * pass (as each county's report gives `passPlan`, and its 缺口测算 words it, with a build an earlier
 * stage of its school counts already: planRowText), and its cell on the
 * result's 学校达标 (null when the result was not written).
 */
function failingJson(f: FailingSection, c: FailingContext): Json {
  const row = f.row !== null ? qualified(message("out_sheet_schools", {}, c.lang), `A${f.row}`) : null;
  return { school: f.school, stage: f.stage, incomplete: f.incomplete, belowFloor: [...f.below], atFloor: [...f.atFloor], passPlan: planJson(f.plan, f.shared), passPlanText: f.plan === null ? null : planRowText(f.plan, f.shared ?? [], c.lang, c.floor), resultCell: row };
}

function countyJson(county: OverviewCounty, failing: FailingContext): Json {
  const p = county.passing;
  const resources = resourcesReasons(county);
  return {
    county: county.county,
    areas: Object.fromEntries(county.areas.map((a) => [a.area, a.verdict])),
    passing: { inScope: p.inScope, evaluated: p.evaluated, passing: p.passing, unjudged: p.unjudged, noStudents: p.noStudents, share: num(p.share), target: p.target ? { year: p.target.year, share: p.target.share } : null, met: p.met, ...passingAdded(p) },
    recognised: county.recognised,
    itemsNotMet: [...county.itemsNotMet],
    itemsPending: [...county.itemsPending],
    // 资源配置's reason codes (sections_failing, L3_primary_cv…; sections_not_evaluable…), as the engine orders them: the items alone leave a county failing on its schools unexplained.
    resourcesNotMet: [...resources.notMet],
    resourcesPending: [...resources.pending],
    // As the county's own report gives them: one present refuses recognition with every area met.
    veto: county.veto.map((v) => ({ code: v.code, present: v.present, cell: v.cell })),
    // Items met only on an estimate (G3: compliant rooms estimated from the total area), with the schools it stands for: a plain met would be reported upward.
    estimatedPasses: county.estimatedPasses.map((p) => ({ area: p.area, code: p.code, schools: p.schools })),
    // School rows hidden or filtered out and left unread on a sheet it was read from, as its 说明 and 汇总 say them: 资源配置 rests on the rows read only.
    hiddenRows: county.hiddenRows.map((h) => ({ count: h.count, rows: h.rows, sheet: h.sheet })),
    coefficients: county.coefficients.map((g) => ({
      stage: g.stage,
      schools: g.schools,
      cv: Object.fromEntries(INDICATOR_CODES.map((code) => [code, num(g.indicators[code].cv)])),
      met: Object.fromEntries(INDICATOR_CODES.map((code) => [code, g.indicators[code].met])),
    })),
    // What it still needs to standard per stage (its 缺口测算's totals), and its failing sections with their ways to pass (未达标学校).
    shortfalls: county.shortfalls.map(shortfallJson),
    failingSchools: county.failing.map((f) => failingJson(f, failing)),
  };
}

function workbookJson(entry: OverviewEntry, lang: Lang): Json {
  const o = entry.outcome;
  if (!o.ok) return { file: entry.file, evaluated: false, reasons: [...o.reasons] };
  // written: false with writeReasons where the county was evaluated but its result not written (no access): `result` is then not this run's.
  const written = o.notWritten === undefined ? { written: true } : { written: false, writeReasons: [...o.notWritten] };
  const failing = { floor: o.floor, lang };
  return { file: entry.file, evaluated: true, ...written, result: o.result, year: o.year, errors: o.errors, warnings: o.warnings, counties: o.counties.map((c) => countyJson(c, failing)) };
}

/**
 * 评估总览.json: the overview of a batch for scripts — per workbook whether it was evaluated (and
 * why not), and per county its areas, passing share, recognition and coefficients, unrounded; the
 * city's totals as the sheet's 全市合计 gives them (null when no county was evaluated), with the
 * shortfalls summed per stage as 全市缺口合计 (`totals.shortfalls`); per county its shortfalls
 * (`shortfalls`) and failing sections (`failingSchools`) as the sheets give them. Workbooks
 * in the batch's order, each workbook's full report its own JSON beside it.
 * @example overviewReport([{ file: "甲县.xlsx", outcome: { ok: false, reasons: ["…"] } }], ctx).workbooks // [{ file: "甲县.xlsx", evaluated: false, reasons: ["…"] }]
 */
export function overviewReport(entries: readonly OverviewEntry[], context: OverviewReportContext): { [key: string]: Json } {
  const totals = context.totals === undefined ? cityTotals(entries) : context.totals;
  return { profile: context.profile, profileName: context.profileName, profileFile: context.profileFile ?? null, lang: context.lang, sources: [...(context.sources ?? [])], notes: [...context.notes], totals: totals === null ? null : totalsJson(totals, entries), workbooks: entries.map((e) => workbookJson(e, context.lang)) };
}

function totalsJson(t: CityTotals, entries: readonly OverviewEntry[]): Json {
  // counties: the rows; distinct: the counties the named ones are; unnamed: the rows naming none (（未注明县区）).
  return { counties: t.counties, distinct: t.distinct, unnamed: t.unnamed, workbooksFailed: t.workbooksFailed, areasMet: { ...t.areasMet }, targetMet: t.targetMet, withTarget: t.withTarget, recognised: t.recognised, inScope: t.inScope, passing: t.passing, unjudged: t.unjudged, share: num(t.share), errors: t.errors, warnings: t.warnings, shortfalls: cityShortfalls(overviewRows(entries)).map(shortfallJson) };
}
