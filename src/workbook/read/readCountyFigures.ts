import national from "../../profiles/data/national-2017.json";
import type { CountyFigure, Issue } from "../../engine/types";
import { a1, parseRange, qualified } from "../address";
import type { CellValue, Grid } from "../types";
import { issueAt, issueAtCell } from "./issue";
import { isCountyHeader, layoutOf, NO_LAYOUT, saysPercent, type Layout, type StageColumns } from "./figuresLayout";
import { ambiguousExistence, contraryWording, remarkContradicts, remarkUndealt, invertedAnswer, invertedWording, negativelyWorded, levelNotStated, nearbyBothStages, ratingAnswer, refusedAsQuantity, specialFundingBothStages, verdictAnswer } from "./figureWording";
import { stageLabelled } from "./stageLabelled";
import { readAs, stageCode, stagelessFigures, type ReadFigure, type StagelessItem } from "./stagelessFigures";
import { itemUnit, matchCountyItem, type ItemUnit } from "./matchCountyItem";
import { rotationCountKind, type RotationCountKind } from "./rotationCounts";
import { isNoCachedResult } from "./noCachedResult";
import { mergeAt } from "./mergeIndex";
import { noneMarkOf, parseCellNumber, percentToFraction, toBaseUnit } from "./parseCellNumber";
import { parseLevel } from "./parseLevel";
import { textAt, valueAt } from "./rowMeta";
import { parseYesNo } from "./schoolKind";
import { saysNoRemark } from "./noRemark";
import { answerWithExistenceRemark, answerWithRemark, caseWithCount, EXISTENCE_ANSWER, type AnswerWithRemark } from "./answerRemark";
import { stripYuan } from "./stripYuan";
import { sameCounty } from "../../engine/countyFigures";
import { groupByCounty } from "./groupByCounty";
import { givenPayRatioCheck, payAmountKind, payRatio, payStatement, type PayRow } from "./payAmounts";
import { rotationFigures, rounded, type CountCell, type GivenFigure } from "./rotationFigures";
import { valueInNote } from "./valueInNote";
import { vetoHeld, type VetoRowCell } from "./vetoHeld";
import { saysNoData } from "./noDataAnswer";
import { notCredible, notCredibleIssue } from "./credibleNumber";
import { barePercentIssue, isBarePercent } from "./barePercent";
import { payDeclared } from "./payDeclared";
import { hiddenFigureRows, type HiddenFigureRows } from "./hiddenFigureRows";
import { figuresCounty } from "./figuresCounty";
import { cellText, dotThousands, normaliseText } from "./text";
import { isTotalLabel } from "./totalLabel";
import { yearRemark } from "./yearRemark";
import { unverifiedRemark } from "./unverifiedRemark";
import { assignParts, namedRespectively, namesBothParts, ownPart, pieceOf, respectiveParts, sameForBoth, saysOtherRow, splitValues, wholeItemParts, withoutScope, type ItemPart } from "./twoParts";

export interface CountyFigures {
  readonly figures: readonly CountyFigure[];
  readonly issues: readonly Issue[];
  /**
   * One sheet's figures as read (readCountyFigures), before its stage-less G7 and G13 figures were
   * given their stages on that sheet alone: for withStages to give them over all sheets together.
   */
  readonly unstaged?: SheetFigures;
}

function columns(grid: Grid): number[] {
  return Array.from({ length: grid.values[0]?.length ?? 0 }, (_, i) => grid.left + i);
}

/**
 * `barePercent`: a share item's bare number read as a percentage (barePercent.ts), to be said at its
 * cell; `answer`: a yes / no answer read from a cell that says more (有（已整改）: answerWithRemark), with
 * its `remark`; `digit`: a yes / no read from a bare 0 or 1.
 */
type Converted =
  | { readonly ok: true; readonly value: number | boolean; readonly barePercent?: true; readonly answer?: AnswerWithRemark; readonly digit?: true }
  | { readonly ok: false; readonly reason: string }
  | null;

/** A yes / no cell: 是 / 否 and their kin (parseYesNo), 0 / 1, and an answer with a remark or a full stop after it (有（已整改）, 无。). */
function toBoolean(v: CellValue): Converted {
  if (typeof v === "boolean") return { ok: true, value: v };
  const text = cellText(v) ?? "";
  // 0 / 1, as a number or typed as text: 否 / 是, marked so that an evidence item says so at its cell.
  if (text === "0" || text === "1") return { ok: true, value: text === "1", digit: true };
  const yes = parseYesNo(text);
  if (yes !== null) return { ok: true, value: yes };
  // An existence remark (是（不存在）) is read only once remarkContradicts has found it agreeing (refusedYesNo).
  const remarked = answerWithRemark(text) ?? answerWithExistenceRemark(text);
  return remarked === null ? { ok: false, reason: "not_yes_no" } : { ok: true, value: remarked.value, answer: remarked };
}

/** From this value on, a bare number item under a % is a percentage: no number item of the profiles is 2 or more as a fraction (pay ratios are about 1). */
const NUMBER_PERCENT_FROM = 2;

function toLevel(v: CellValue): Converted {
  const level = parseLevel(v);
  return level === null ? { ok: false, reason: "not_a_level" } : { ok: true, value: level };
}

/**
 * A figure's value by its unit: ratios and numbers as fractions (`95%` → 0.95, `0.95` stays; a
 * bare `95` of a ratio item is read as 95%: silently when the value header, the unit column or the
 * item name says %, else marked `barePercent` to be warned of (isBarePercent; above 100 it is kept
 * and the engine reports a ratio above 1); yes / no items from 是 / 否 /
 * 有 / 无 / 达标 / 未达标; amounts in yuan with their unit typed or not (`6,080元/生`, `0.608万元`,
 * or 万元 in the row's 单位 column: stripYuan); monitoring levels as 1–4 (`Ⅲ级`: parseLevel).
 * Blank → null (not given). A formula without a stored result (noCachedResult.ts) is the caller's
 * to say and skip (figureOf), before it comes here.
 */
export function convertFigure(v: CellValue, unit: ItemUnit, percentContext: boolean, unitText = ""): Converted {
  if (isBlank(v)) return null;
  if (unit === "boolean") return toBoolean(v);
  if (unit === "level") return toLevel(v);
  // 1.02倍: a multiple written with its word, as pay ratios are.
  const plain = unit === "number" && typeof v === "string" ? v.replace(/(\d)\s*倍\s*$/, "$1") : v;
  const money = unit === "yuan" ? stripYuan(v, unitText) : { value: plain, factor: 1 };
  const parsed = parseCellNumber(money.value, "ratio");
  if (parsed.status === "blank") return null;
  if (parsed.status === "none") return { ok: false, reason: "none" };
  if (parsed.status === "invalid") return { ok: false, reason: parsed.reason };
  if (unit === "yuan") return parsed.percent ? { ok: false, reason: "not_a_number" } : { ok: true, value: toBaseUnit(parsed.value, money.factor) };
  // A number item (校际差异率, 工资之比) under a % is a percentage when it is percent-sized (12 → 0.12,
  // 105 → 1.05); 1.05 is the ratio itself, as a pay ratio near 1 is, not 1.05%.
  if (!parsed.percent && !percentContext && isBarePercent(unit, parsed.value)) return { ok: true, value: percentToFraction(parsed.value), barePercent: true };
  const bare = !parsed.percent && percentContext;
  const scaled = bare && ((unit === "ratio" && parsed.value > 1) || (unit === "number" && parsed.value >= NUMBER_PERCENT_FROM)) ? percentToFraction(parsed.value) : parsed.value;
  return { ok: true, value: scaled };
}

interface ItemRow {
  readonly row: number;
  readonly itemColumn: number;
  /** Null when, without a value column, no cell right of the item reads as its value (`unread`). */
  readonly valueColumn: number | null;
  readonly code: string | null;
  /** The head count of G11 the row gives (rotationCountKind), when it gives one: such a row has no code. */
  readonly countKind: RotationCountKind | null;
  /** G7 or G13 named for no one stage (specialFundingBothStages, nearbyBothStages): read as its primary code (readAs), then given its stages (stagelessFigures). */
  readonly stageless: StagelessItem | null;
  /** The two parts of an item the row's sentence names whole (wholeItemParts: 小学、初中…分别达到100%、95%), in its order; null for any other row. */
  readonly parts: readonly [ItemPart, ItemPart] | null;
  readonly text: string;
  /** Unit cells beside the item on a sheet without a value column (`%`, `万元`). */
  readonly unitText: string;
  readonly unread: readonly string[];
  /** An item of one stage under stage columns (ownStageItem): the other stage's cell, which gives something not used. */
  readonly otherStage?: { readonly column: number; readonly own: Stage };
  /** An item of one stage read from the other stage's column (ownStageItem): its own stage's cell, blank or /. */
  readonly ownStageEmpty?: { readonly column: number; readonly own: Stage };
  /**
   * An item of one stage whose own cell says none or not applicable (/, —, 无, 不适用) beside a value in
   * the other stage's cell (ownStageItem): not read (figureOf), said at the own cell; `otherColumn` the cell not used.
   */
  readonly ownMarked?: { readonly own: Stage; readonly otherColumn: number };
  /** An item of one stage read from the 全县 column (ownStageItem: its own cell blank), that own cell. */
  readonly fromWhole?: { readonly ownColumn: number };
  /** An item of one stage read from its own cell (ownStageItem): the 全县 cell, which gives something not used. */
  readonly wholeSetAside?: { readonly column: number; readonly own: Stage };
  /**
   * A stage cell of a stage-less G7 or G13 row holding its own stage's value under that stage's label
   * (初中96.8% in the 初中 cell): the value without it (96.8%), read as the cell (ownLabelled); or, for
   * an item of one stage read from the other stage's cell (ownStageEmpty), the value there under its
   * own stage's label (初中三年巩固率 | 小学100%，初中96.8% | blank: 96.8%, stageLabelled).
   */
  readonly ownLabelled?: string;
  /**
   * A stage cell of a stage-less G7 or G13 row saying none or not applicable (/, —, 无, 不适用: markedNone):
   * no figure for that stage, said at the cell (read_figure_stage_marked_none), not refused as a bad value.
   */
  readonly stageMarked?: Stage;
  /** A stage cell of a stage-less G7 or G13 row giving both stages' values (小学100%，初中96.8%) beside a value in the other stage's cell (byStage). */
  readonly bothStagesTyped?: { readonly own: Stage; readonly otherColumn: number };
  /** A stage-less G7 or G13 row read by stage (byStage), on its first item: the 全县 cell beside, not read. */
  readonly wholeBeside?: number;
}

type Stage = "primary" | "junior";

interface RowCell {
  readonly c: number;
  readonly t: string;
}

/** A cell that only states a unit (`%`, `（万元）`, `㎡`): the value is elsewhere on the row. */
const UNIT_ONLY = /^\(?(%|‰|元|万元|人|个|所|间|m2|平方米|万平方米|亩|名|班|次|学时|年|台|套|册|元\/(生|人|年|生年))\)?$/;

/**
 * Without a value column, the item's value is the first cell right of it that reads as a value of
 * the item's unit (readCell, as under a value column): a unit cell (`%` in B, 97 in C) gives the
 * unit, and a note (2023年调查为80%) is not taken for the value.
 */
function valueBeside(grid: Grid, row: number, right: readonly RowCell[], code: string | null): Pick<ItemRow, "valueColumn" | "unitText" | "unread"> {
  const units = right.filter((x) => UNIT_ONLY.test(normaliseText(x.t)));
  const others = right.filter((x) => !units.includes(x));
  const unitText = units.map((x) => x.t).join(" ");
  const unit = code === null ? null : itemUnit(code);
  if (code === null || unit === null) return { valueColumn: others[0]?.c ?? null, unitText, unread: [] };
  // What valueOf reads under a value column (良好 for 良好以上, 有1起, 96.8%（2024年）) is the value here too.
  const value = others.find((x) => readCell(code, valueAt(grid, row, x.c), unit, false, unitText).converted?.ok === true);
  // 暂无数据 stands where the value would (figureOf says the item has no figure yet), but only when no
  // cell gives one: 暂无数据 | 96.5% under 小学 | 初中 is 96.5%, as / | 96.5% is (reviewer R3 of s48, F1).
  const reads = value ?? others.find((x) => saysNoData(x.t));
  return { valueColumn: reads?.c ?? null, unitText, unread: reads === undefined ? others.map((x) => x.t) : [] };
}

function rowCells(grid: Grid, row: number): RowCell[] {
  return columns(grid).flatMap((c) => {
    const t = cellText(valueAt(grid, row, c));
    return t === null ? [] : [{ c, t }];
  });
}

/**
 * The items of a row: under a 项目 | 数值 header, the item in the item column; without one, each
 * recognised item name and its value among the cells up to the next item name, so that a list
 * kept in pairs side by side (初中三年巩固率 | 96% | 社会认可度 | 90%) is read whole.
 */
function rowItems(grid: Grid, row: number, layout: Layout): ItemRow[] {
  const cells = rowCells(grid, row);
  if (layout.itemColumn !== null) {
    const item = namedItem(grid, row, layout, layout.itemColumn, cells);
    return item === null ? [] : byStage(grid, layout, item);
  }
  // An amount of pay names no county item (G8 is their ratio) but is read as one: payFigures.
  const named = cells.filter((x) => matchCountyItem(x.t) !== null || payAmountKind(x.t) !== null);
  return named.flatMap((itemCell, k) => {
    const next = named[k + 1]?.c ?? Infinity;
    return itemAt(grid, row, layout, itemCell, cells.filter((x) => x.c < next)) ?? [];
  });
}

/**
 * A stage-less G7 or G13 row under 小学 / 初中 columns (Layout.stageColumns) with a value in either
 * as one item per stage column, each read from its own cell (就近划片入学比例 | 100% | 94% → primary
 * 1, junior 0.94): the columns give the stages the item's name does not. Both stages' values in one
 * stage cell, the other blank (小学100%，初中96.8% | blank), are the row's whole value (givesBothParts);
 * beside a value in the other cell, refused there (bothStagesTyped). Any other row as it is.
 */
function byStage(grid: Grid, layout: Layout, item: ItemRow): ItemRow[] {
  const { stageless } = item;
  if (stageless === null) return countyItemByStage(grid, layout, item, layout.stageColumns);
  // Each stage cell's text read once, for whether it is filled, gives both stages, or its own under its label.
  const stages = (["primary", "junior"] as const).flatMap((stage) => {
    const column = layout.stageColumns[stage];
    return column === null ? [] : [{ stage, column, text: cellText(valueAt(grid, item.row, column)) }];
  });
  const filled = stages.filter(({ text }) => text !== null);
  if (filled.length === 0) return [item];
  // A 全县 cell beside values by stage is not read: said (wholeBeside), not dropped unseen (reviewer R2 of s49).
  const whole = layout.stageColumns.whole;
  const beside = whole !== null && cellText(valueAt(grid, item.row, whole)) !== null ? { wholeBeside: whole } : {};
  // 小学100%，初中96.8% in one stage cell, the other blank: both stages' values typed in one cell,
  // read whole as under a 数值 column (twoPartFigures), not refused as the 小学 value (s49 H2).
  const [lone] = filled;
  if (filled.length === 1 && lone !== undefined && givesBothParts(item, lone.text ?? "")) return [{ ...item, valueColumn: lone.column, unread: [], ...beside }];
  return stages.map(({ stage, column, text }, k) => {
    const code = stageCode(stageless, stage);
    // Both stages' values in this cell beside a value in the other's: refused, told to keep its own stage's only (valueOf).
    const other = filled.find((s) => s.column !== column);
    const both = other !== undefined && givesBothParts(item, text ?? "") ? { bothStagesTyped: { own: stage, otherColumn: other.column } } : {};
    const labelled = ownLabelled(item, code, text);
    const own = labelled === undefined ? {} : { ownLabelled: labelled };
    // / in a stage cell says that stage gives no figure, as beside an item of one stage (ownMarked): said, not refused.
    const marked = markedNone(text) ? { stageMarked: stage } : {};
    return { ...item, code, stageless: null, parts: null, valueColumn: column, unread: [], ...both, ...own, ...marked, ...(k === 0 ? beside : {}) };
  });
}

/**
 * What is said of a 全县 cell beside a stage-less G7 or G13 row read by stage (wholeBeside): not used,
 * at that cell, naming the cell the stages were read from (小学100%，初中96.8% | 98%: the 98% went
 * unsaid, reviewer R2 of s49); nothing for any other row.
 *
 * @example 义务教育就近入学比例 | (blank) | 小学100%，初中96.8% | 98% → read_figure_whole_beside_stages at D2 { text: "98%", usedCell: "县级指标!C2" }
 */
function wholeBesideIssue(grid: Grid, item: ItemRow): Issue[] {
  if (item.wholeBeside === undefined || item.valueColumn === null) return [];
  const usedCell = qualified(grid.sheet, a1(item.row, item.valueColumn));
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, item.wholeBeside)), usedCell };
  return [issueAt("read_figure_whole_beside_stages", "info", grid.sheet, item.row, item.wholeBeside, params)];
}

/**
 * A stage cell's one value typed under its own stage's label and nothing else (初中96.8% in the 初中
 * cell, 小学6500元 in the 小学 cell): the value without the label, which the column already says; it
 * was refused as no ratio, told 改填比例 (reviewer R2 of s49). Undefined for any other text: another
 * stage's label (小学100% in the 初中 cell), a qualified one (初中约96.8%), or none.
 *
 * @example ownLabelled(义务教育就近入学比例 row, "G13_nearby_junior", "初中96.8%") // "96.8%"
 * @example ownLabelled(义务教育就近入学比例 row, "G13_nearby_junior", "小学100%") // undefined
 */
function ownLabelled(item: ItemRow, code: string, text: string | null): string | undefined {
  if (item.parts === null || text === null || splitValues(text).length !== 1) return undefined;
  const piece = pieceOf(text, item.parts);
  return piece?.label?.code === code && piece.value !== text ? piece.value : undefined;
}

/**
 * Whether a two-part item's cell gives both parts (twoPartFigures reads it whole): one value 均为
 * both, values 分别 in the order named, or two values or more (小学100%，初中96.8%; 100%、96.8%); not
 * a single value (100%), which a stage cell gives its own stage.
 * @example givesBothParts(义务教育就近入学比例 row, "小学100%，初中96.8%") // true; (…, "100%") // false
 */
function givesBothParts(item: ItemRow, text: string): boolean {
  if (item.parts === null) return false;
  const named = withoutScope(text, item.parts);
  const both = sameForBoth(named, item.parts) ?? respectiveParts(named, item.parts, namesBothParts(item.text, item.parts));
  return both !== null || splitValues(named).length >= 2;
}

/**
 * A row of an item judged for the whole county (no stage of its own, no head count) under 小学 / 初中
 * columns with a value in each, the two different: one item per column, each read from its own
 * cell. Only the first was read, the other dropped unseen: 违规择校 | 无 | 有 was judged 无 (no veto),
 * 质量监测校际差异率 | 0.11 | 0.16 met. The engine judges a code given twice by the less favourable
 * value, each stage having to meet the item, and a veto 有 is never set aside (figuresByCode), both
 * said at the cells. One value in both (是 | 是, 良好 | 优秀), or a mark of none in one of them (/,
 * 不适用 for a stage the item does not concern), leaves the row as it is. An item of one stage
 * (特殊教育学校初中生均公用经费) is read from its own stage's column when that gives a value.
 * With a column of the whole county beside them (项目 | 小学 | 初中 | 全县, or 合计), an item of the
 * whole county giving a value there is read from that cell alone: it is the county's own figure
 * (社会认可度 | 92% | 84% | 88% is 88%, not judged on 84%: reviewer R3 of s48, F2); not a veto item
 * whose stage cells say otherwise (全县 无, 初中 有: a 有 is never set aside).
 * Cells are compared as a value column reads them (readCell: 有1起 is 有, 0.16（2024年） 0.16); a
 * cell that reads as none of the item's values (见附表) is its own item, refused at its cell, never
 * dropped unseen (reviewer R3 of s48, F3) — so are both stage cells when neither reads.
 *
 * @example 质量监测校际差异率 | 0.11 | 0.16 (stage columns B, C) → two Q9_difference_rate rows, valueColumn B and C
 * @example 社会认可度 | 92% | 84% | 88% (stage columns B, C, 全县 D) → one R1_recognition row, valueColumn D
 * @example 违规择校 | 无 | 无 | 有 (全县 B, stage columns C, D) → two V_school_choice rows, valueColumn B and D
 */
function countyItemByStage(grid: Grid, layout: Layout, item: ItemRow, stages: StageColumns): ItemRow[] {
  const { code, valueColumn } = item;
  if (code === null || item.countKind !== null || layout.valueColumn !== null) return [item];
  const own = ownStageOf(code);
  if (own !== undefined) return ownStageItem(grid, item, code, stages, own);
  const columns = [stages.whole, stages.primary, stages.junior].filter((c): c is number => c !== null).sort((a, b) => a - b);
  // A value found in another column (备注 right of blank stage cells) is the row's, as before.
  if (valueColumn !== null && !columns.includes(valueColumn)) return [item];
  const given = columns.flatMap((c) => givenIn(grid, item, code, c));
  const whole = given.find((g) => g.column === stages.whole && g.value !== null);
  if (whole !== undefined && (!code.startsWith("V_") || given.every((g) => g.value === whole.value))) return [{ ...item, valueColumn: whole.column, unread: [] }];
  // One item per value, the first cell of each; a cell not read is its own, to be read or refused there.
  const distinct = given.filter((g, k) => g.value === null || !given.slice(0, k).some((h) => h.value === g.value));
  return distinct.length === 0 ? [item] : distinct.map((g) => ({ ...item, valueColumn: g.column, unread: [] }));
}

/**
 * What a stage or whole-county cell gives an item: its value as valueAsOf reads it, or null for
 * text that reads as none of the item's values (见附表, for figureOf to refuse at its cell);
 * nothing for a blank cell, a unit alone, a mark of none (/, —, 不适用 for a stage the item does not
 * concern) or 暂无数据 beside it (a real value wins; said when no cell gives one: valueBeside).
 */
function givenIn(grid: Grid, item: ItemRow, code: string, column: number): { column: number; value: number | boolean | string | null }[] {
  const text = cellText(valueAt(grid, item.row, column));
  if (text === null || saysNoData(text) || UNIT_ONLY.test(normaliseText(text))) return [];
  const value = valueAsOf(grid, item, code, column);
  return value === null && markedNone(text) ? [] : [{ column, value }];
}

/** A stage cell saying the item does not concern that stage (优质高中招生名额分配比例 | 不适用 | 55%). */
const NOT_APPLICABLE = /^(不适用|不涉及|无此项|本学段不适用|不统计)$/;

/** A county item of one stage (G7_special_junior, G13_nearby_primary): its own stage column gives it. */
const STAGED_CODE = /_(primary|junior)$/;

/**
 * County items of one stage by what they measure, though their codes name none: 初中三年巩固率
 * (rules.md §5 item 1) and the quality senior-high places allocated to junior schools (§4 item 14).
 */
const ONE_STAGE_ITEMS: Readonly<Record<string, Stage>> = { Q1_consolidation: "junior", G14_quota_share: "junior" };

/** The stage an item concerns alone (ONE_STAGE_ITEMS, or a code ending _primary / _junior), undefined for any other. @example ownStageOf("Q1_consolidation") // "junior" */
function ownStageOf(code: string): Stage | undefined {
  return (STAGED_CODE.exec(code)?.[1] as Stage | undefined) ?? ONE_STAGE_ITEMS[code];
}

/**
 * An item of one stage under stage columns, read from its own stage's cell when that gives
 * anything (a value, text to read or refuse there, 暂无数据), the other stage's cell and the 全县
 * cell set aside and said (otherStage, wholeSetAside): 初中三年巩固率 | 94% | 96% is 0.96, not judged
 * on the 小学 cell's 0.94 (reviewer R3 of s48, F4). With its own cell blank or /, the 全县 cell when
 * it gives anything (wholeItem); else the row as valueBeside read it; when that is the other
 * stage's cell (初中三年巩固率 | 96% | blank), said too (ownStageEmpty): it may be the figure typed
 * one column over, or another stage's. Its own cell saying none or not applicable (/, —, 无, 不适用:
 * markedNone) says the stage has no figure: the other stage's value is not taken for it (ownMarked;
 * s50 H2: 初中三年巩固率 | 94% | / was judged on the 小学 cell's 94%).
 *
 * @example 初中三年巩固率 | 94% | 96% (stage columns B, C) → one Q1_consolidation row, valueColumn C, otherStage B
 * @example 初中三年巩固率 | 96% | (blank) → the row as it was, valueColumn B, ownStageEmpty C
 * @example 初中三年巩固率 | 小学100%，初中96.8% | (blank) → valueColumn B, ownStageEmpty C, ownLabelled "96.8%"
 * @example 初中三年巩固率 | 94% | (blank) | 96% (全县 D) → valueColumn D, fromWhole C, otherStage B
 * @example 初中三年巩固率 | 94% | / → valueColumn C, ownMarked { own: junior, otherColumn: B }: not read
 */
function ownStageItem(grid: Grid, item: ItemRow, code: string, stages: StageColumns, own: Stage): ItemRow[] {
  const column = stages[own];
  const other = stages[own === "primary" ? "junior" : "primary"];
  const text = column === null ? null : cellText(valueAt(grid, item.row, column));
  if (column !== null && (text === null || (givenIn(grid, item, code, column).length === 0 && !saysNoData(text)))) {
    // The other stage's cell, read or refused there (abc, 约95%: no value on the row, which named neither cell), is said with its own cell to fill.
    const fromOther = other !== null && (item.valueColumn === other || (item.valueColumn === null && givenIn(grid, item, code, other).length > 0));
    // 初中96.8% or 小学100%，初中96.8% there: the value under its own stage's label is read, said as the other stage's cell read (B3, R3 of s49).
    const labelled = fromOther ? stageLabelled(cellText(valueAt(grid, item.row, other)) ?? "", own) : undefined;
    const ownLabelledValue = labelled === undefined ? {} : { ownLabelled: labelled };
    const fallback = fromOther ? { ...item, valueColumn: other, unread: [], ownStageEmpty: { column, own }, ...ownLabelledValue } : item;
    const marked = fromOther && markedNone(text) ? { ...item, valueColumn: column, unread: [], ownMarked: { own, otherColumn: other } } : null;
    return [wholeItem(grid, item, code, stages, own, column) ?? marked ?? fallback];
  }
  if (column === null) return [item];
  const setAside = other !== null && givenIn(grid, item, code, other).length > 0;
  const whole = stages.whole !== null && givenIn(grid, item, code, stages.whole).length > 0 ? { wholeSetAside: { column: stages.whole, own } } : {};
  return [{ ...item, valueColumn: column, unread: [], ...(setAside ? { otherStage: { column: other, own } } : {}), ...whole }];
}

/**
 * Whether a stage cell says the stage has none or the item does not apply to it (/, —, 无, 不适用, 不涉及):
 * a statement about that stage, unlike a blank cell, which may hold a value typed one column over.
 * @example markedNone("/") // true; markedNone("不适用") // true; markedNone(null) // false; markedNone("%") // false
 */
function markedNone(text: string | null): boolean {
  const t = text === null ? null : normaliseText(text);
  return t !== null && (noneMarkOf(t) !== null || NOT_APPLICABLE.test(t));
}

/**
 * What is said of an item of one stage not read because its own cell says none (ownMarked): the
 * item has no figure, at that cell, quoting it and the other stage's value not used (warning: a value
 * typed beside it was not used, which may be the stage's own one column over).
 * @example 初中三年巩固率 | 94% | / → read_figure_other_stage_own_marked at C { ownText: "/", text: "94%", otherCell: "县级指标!B…" }
 */
function ownMarkedIssue(grid: Grid, item: ItemRow, code: string, marked: NonNullable<ItemRow["ownMarked"]>, column: number): Issue {
  const own = { ownCell: qualified(grid.sheet, a1(item.row, column)), ownText: shownText(valueAt(grid, item.row, column)) };
  const other = { otherCell: qualified(grid.sheet, a1(item.row, marked.otherColumn)), text: shownText(valueAt(grid, item.row, marked.otherColumn)) };
  const params = { item: item.text, stageInText: marked.own, countyItem: code, ...own, ...other };
  return issueAt("read_figure_other_stage_own_marked", "warning", grid.sheet, item.row, column, params);
}

/**
 * What is said of a stage cell of a G7 or G13 row saying none or not applicable (stageMarked): no
 * figure for that stage, which stays 待评估, the other stage read from its own cell as before. It was
 * read_figure_bad_value, an error telling to write a ratio (s50 M1). A warning, as for an item of one
 * stage (ownMarkedIssue): the result points at the cell (unreadCells), where a figure is still wanted.
 * @example 就近入学比例 | 94% | / → read_figure_stage_marked_none at C { text: "/", stageInText: "junior", countyItem: "G13_nearby_junior" }
 */
function stageMarkedIssue(grid: Grid, item: ItemRow, code: string, stage: Stage, column: number): Issue {
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, column)), stageInText: stage, countyItem: code };
  return issueAt("read_figure_stage_marked_none", "warning", grid.sheet, item.row, column, params);
}

/**
 * An item of one stage whose own cell is blank, read from the 全县 cell when that gives anything,
 * before the other stage's (which is set aside, said): 初中三年巩固率 | 94% | (blank) | 96% is 0.96,
 * not the 小学 cell's 0.94 with the 全县 96% never mentioned (reviewer R2 of s49); null without one.
 */
function wholeItem(grid: Grid, item: ItemRow, code: string, stages: StageColumns, own: Stage, ownColumn: number): ItemRow | null {
  const { whole } = stages;
  const other = stages[own === "primary" ? "junior" : "primary"];
  if (whole === null || givenIn(grid, item, code, whole).length === 0) return null;
  const setAside = other !== null && givenIn(grid, item, code, other).length > 0;
  return { ...item, valueColumn: whole, unread: [], fromWhole: { ownColumn }, ...(setAside ? { otherStage: { column: other, own } } : {}) };
}

/**
 * What an item of one stage under stage columns says of the other stage's cell, as it went: set
 * aside beside its own (read_figure_other_stage, at the cell set aside), or, its own cell giving no
 * figure (暂无数据, or refused there), set aside all the same (read_figure_other_stage_own_unread: it
 * said 已按…读取 of a cell nothing was read from, s49 H2); read for want of its own, when it gave a
 * figure (read_figure_other_stage_used, a warning at the cell read; read_figure_other_stage_labelled
 * naming the value read under the item's stage label, 初中96.8% there), or, giving none (暂无数据, or
 * refused), taken for the item and said to be the other stage's with its own cell blank
 * (read_figure_other_stage_unread).
 * @example 初中三年巩固率 | 96% | (blank), read → read_figure_other_stage_used at B { text: "96%", stageInText: "junior", ownCell: "县级指标!C…" }
 * @example 初中三年巩固率 | 小学100%，初中96.8% | (blank), read → read_figure_other_stage_labelled at B { text: "小学100%，初中96.8%", value: "96.8%", … }
 * @example 初中三年巩固率 | 94% | 暂无数据, not read → read_figure_other_stage_own_unread at B { text: "94%", usedCell: "县级指标!C…" }
 */
function otherStageIssue(grid: Grid, item: ItemRow, read: boolean): Issue[] {
  const code = item.code === null ? {} : { countyItem: item.code };
  const { otherStage: other, ownStageEmpty: empty, valueColumn } = item;
  if (valueColumn === null) return [];
  const text = shownText(valueAt(grid, item.row, valueColumn));
  if (empty !== undefined) {
    const ownText = cellText(valueAt(grid, item.row, empty.column));
    const ownCell = qualified(grid.sheet, a1(item.row, empty.column));
    const params = { item: item.text, text, stageInText: empty.own, ownCell, ...code, ...(ownText === null ? {} : { ownText }) };
    const at = (said: string, severity: Issue["severity"], more = {}) => [issueAt(said, severity, grid.sheet, item.row, valueColumn, { ...params, ...more })];
    if (read && item.ownLabelled !== undefined) return at("read_figure_other_stage_labelled", "warning", { value: item.ownLabelled });
    if (read) return at(ownText === null ? "read_figure_other_stage_used" : "read_figure_other_stage_used_marked", "warning");
    // The one word on the cell (readFigures drops what figureOf said of it): 暂无数据 is no figure yet (the
    // result says 暂无数据 there: noDataCells), a value refused is one not read (a warning: unreadCells).
    return saysNoData(text) ? at("read_figure_other_stage_no_data", "info") : at("read_figure_other_stage_unread", "warning");
  }
  const besideOwn = setAsideIssue(grid, item, other, read, besideKind(grid, item));
  return [...besideOwn, ...wholeOwnMarkedIssue(grid, item, read), ...setAsideIssue(grid, item, item.wholeSetAside, read, "wholeCell")];
}

/**
 * Which words say the other stage's cell set aside: beside its own cell read, or beside 全县 read
 * for its own cell blank, or holding something (/: it was said 为空, s50 M2).
 */
function besideKind(grid: Grid, item: ItemRow): keyof typeof SET_ASIDE {
  if (item.fromWhole === undefined) return "own";
  return cellText(valueAt(grid, item.row, item.fromWhole.ownColumn)) === null ? "whole" : "wholeMarked";
}

/**
 * An item of one stage read from the 全县 cell though its own cell says none (/, —, 无, 不适用):
 * the two disagree, so it is said at the own cell, naming both, as a warning (the / of an item of
 * one stage beside the other stage's value is one: read_figure_other_stage_own_marked). Nothing
 * when the 全县 cell was not read (said there) or the own cell is blank.
 * @example 初中三年巩固率 | (blank) | / | 96%, read → read_figure_whole_own_marked at C { ownText: "/", usedCell: "县级指标!D…", text: "96%" }
 */
function wholeOwnMarkedIssue(grid: Grid, item: ItemRow, read: boolean): Issue[] {
  const { fromWhole, valueColumn, code } = item;
  if (!read || fromWhole === undefined || valueColumn === null || code === null) return [];
  const ownText = cellText(valueAt(grid, item.row, fromWhole.ownColumn));
  const own = ownStageOf(code);
  if (!markedNone(ownText) || own === undefined) return [];
  const cells = { ownCell: qualified(grid.sheet, a1(item.row, fromWhole.ownColumn)), usedCell: qualified(grid.sheet, a1(item.row, valueColumn)) };
  const params = { item: item.text, stageInText: own, countyItem: code, ownText: shownText(valueAt(grid, item.row, fromWhole.ownColumn)), text: shownText(valueAt(grid, item.row, valueColumn)), ...cells };
  return [issueAt("read_figure_whole_own_marked", "warning", grid.sheet, item.row, fromWhole.ownColumn, params)];
}

/**
 * The codes of a cell set aside beside an item of one stage, read / not read: the other stage's
 * beside its own cell or beside 全县, or the 全县 cell beside its own.
 */
const SET_ASIDE = {
  own: ["read_figure_other_stage", "read_figure_other_stage_own_unread"],
  whole: ["read_figure_other_stage_whole", "read_figure_other_stage_whole_unread"],
  wholeMarked: ["read_figure_other_stage_whole_marked", "read_figure_other_stage_whole_unread_marked"],
  wholeCell: ["read_figure_whole_set_aside", "read_figure_whole_set_aside_own_unread"],
} as const;

/** The own cell of an item of one stage read from 全县: its address, and what it holds unless blank (/: wholeMarked). */
function ownCellParams(grid: Grid, row: number, column: number): { ownCell: string; ownText?: string } {
  const ownText = cellText(valueAt(grid, row, column));
  return { ownCell: qualified(grid.sheet, a1(row, column)), ...(ownText === null ? {} : { ownText: shownText(valueAt(grid, row, column)) }) };
}

/** A cell set aside beside an item of one stage (otherStageIssue), said at that cell; none without one. */
function setAsideIssue(grid: Grid, item: ItemRow, aside: ItemRow["otherStage"], read: boolean, kind: keyof typeof SET_ASIDE): Issue[] {
  if (aside === undefined || item.valueColumn === null) return [];
  const ownCell = item.fromWhole === undefined ? {} : ownCellParams(grid, item.row, item.fromWhole.ownColumn);
  const usedCell = qualified(grid.sheet, a1(item.row, item.valueColumn));
  const code = item.code === null ? {} : { countyItem: item.code };
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, aside.column)), stageInText: aside.own, usedCell, ...ownCell, ...code };
  return [issueAt(SET_ASIDE[kind][read ? 0 : 1], "info", grid.sheet, item.row, aside.column, params)];
}

/**
 * A cell's value as item `code` would be read (readCell, as valueBeside takes one), to tell two
 * cells apart, or for a two-part row (Ⅲ级；差异率0.12) its text when not a unit alone, which
 * twoPartFigures splits; null when it reads as none.
 */
function valueAsOf(grid: Grid, item: ItemRow, code: string, column: number, raw: CellValue = valueAt(grid, item.row, column)): number | boolean | string | null {
  const text = cellText(raw);
  const unit = itemUnit(code);
  if (text === null || unit === null) return null;
  if (item.parts !== null) return UNIT_ONLY.test(normaliseText(text)) ? null : normaliseText(text);
  const { converted } = readCell(code, raw, unit, false, item.unitText);
  return converted?.ok === true ? converted.value : null;
}

/** The text of a name merged down over `column` from a row above (教师交流轮岗 over A4:A5), or null. */
function mergedAbove(grid: Grid, row: number, column: number): string | null {
  const merge = grid.merges.find((m) => m.top < row && row <= m.bottom && m.left <= column && column <= m.right);
  return merge === undefined ? null : cellText(valueAt(grid, merge.top, merge.left));
}

/**
 * The item name over a sub-item row whose item cell is blank: merged down over it, or written on
 * the first row of its block only (就近划片入学比例 | 小学, (blank) | 初中): the nearest above, through
 * rows that all give a sub-item (a row without one ends the block). Null when there is none.
 */
function parentAbove(grid: Grid, row: number, layout: Layout, itemColumn: number): string | null {
  const merged = mergedAbove(grid, row, itemColumn);
  if (merged !== null || layout.subItemColumn === null) return merged;
  for (let r = row - 1; r > (layout.headerRow ?? grid.top - 1) && textAt(grid, r, layout.subItemColumn) !== null; r--) {
    const own = textAt(grid, r, itemColumn);
    if (own !== null) return own;
  }
  return null;
}

/**
 * The stage a sub-item names alone (小学, 初中阶段), or null (none, or both): it decides the row's
 * stage, so that no stage-less rule of G7 or G13 applies to it (classify).
 * @example subStage("初中") // "初中"; subStage("小学、初中") // null
 */
export function subStage(sub: string): "小学" | "初中" | null {
  const t = normaliseText(sub);
  if (t.includes("小学") === t.includes("初中")) return null;
  return t.includes("小学") ? "小学" : "初中";
}

/** A sub-item's name with its parent's (就近划片入学比例（初中）); the sub-item alone when there is no parent or it repeats it (社会认可度 | 社会认可度). */
function subItemName(parent: string | null, sub: string): string {
  return parent === null || normaliseText(parent) === normaliseText(sub) ? sub : `${parent}（${sub}）`;
}

/**
 * The name a sub-item row is classified by: the parent and the sub-item as one name, the parent's
 * own stage words left out when the sub-item names a stage (小学、初中就近划片入学比例 | 初中 → the
 * junior rate, not a rate of both).
 */
function classedName(parent: string | null, sub: string): string {
  return parent === null || subStage(sub) === null ? subItemName(parent, sub) : subItemName(normaliseText(parent).replace(/小学|初中/g, ""), sub);
}

/**
 * The item of a row of a 项目 | 数值 list. A sub-item in the sub-item column (subItemColumn: unnamed,
 * or headed 子项 / 分项 / 指标 / 学段) names the row's item with the item name beside it, merged down
 * over it or written on the first row of its block (parentAbove: 就近划片入学比例 | 小学, (merged) |
 * 初中 → 就近划片入学比例（初中）), at the sub-item's cell; a unit there (`%`) is the unit.
 */
function namedItem(grid: Grid, row: number, layout: Layout, itemColumn: number, cells: readonly RowCell[]): ItemRow | null {
  const own = cells.find((x) => x.c === itemColumn);
  const sub = cells.find((x) => x.c === layout.subItemColumn);
  if (sub !== undefined && UNIT_ONLY.test(normaliseText(sub.t))) {
    const item = own === undefined ? null : itemAt(grid, row, layout, own, cells);
    return item === null ? null : { ...item, unitText: sub.t };
  }
  if (sub === undefined) return own === undefined ? null : itemAt(grid, row, layout, own, cells);
  const parent = own?.t ?? parentAbove(grid, row, layout, itemColumn);
  return itemAt(grid, row, layout, { c: sub.c, t: subItemName(parent, sub.t) }, cells, sub.t, classedName(parent, sub.t));
}

/** A unit that counts heads or things (人, 名, 个): a count, never a ratio. */
const COUNT_UNIT = /^\(?(人|名|人次|个|所|间|班)\)?$/;

/**
 * The code of an item name, or the head count of G11 it gives (交流轮岗教师人数, 骨干教师交流轮岗人数:
 * no code, though it names 交流轮岗; rotationFigures). A sub-item is classed alone first: a count
 * under a parent named as a rate (教师交流轮岗比例 | 交流轮岗教师人数（人）) is a count, not the rate;
 * a name in 人 by its 单位 column (交流轮岗教师 | 45 | 人) is one too. A sub-item naming a stage
 * (subStage) is never stage-less.
 */
function classify(text: string, sub = "", unit = ""): Pick<ItemRow, "code" | "countKind" | "stageless"> {
  const inPeople = COUNT_UNIT.test(normaliseText(unit)) ? rotationCountKind(`${sub === "" ? text : sub}（人）`) : null;
  const countKind = rotationCountKind(sub) ?? rotationCountKind(text) ?? inPeople;
  const stageless = countKind !== null || subStage(sub) !== null ? null : specialFundingBothStages(text) ? "G7" : nearbyBothStages(text) ? "G13" : null;
  if (stageless !== null) return { code: readAs(stageless), countKind, stageless };
  return { code: countKind === null ? matchCountyItem(text) : null, countKind, stageless };
}

/**
 * One item of a row and its value among `cells` (the value column, else the first right of it that
 * reads as a value), classified by `named` (a sub-item row's: classedName) without a note sending a
 * part to another row (ownPart), and its 单位 cell.
 */
function itemAt(grid: Grid, row: number, layout: Layout, itemCell: RowCell, cells: readonly RowCell[], sub = "", named = itemCell.t): ItemRow | null {
  // A part the sentence sends to another row (（留守儿童另见下行）) is not this row's: classified without it.
  const name = sub === "" ? ownPart(named) : named;
  const classed = classify(name, sub, layout.unitColumn === null ? "" : (textAt(grid, row, layout.unitColumn) ?? ""));
  const code = classed.code;
  // A sub-item (教师交流轮岗 | 其中骨干教师占比) or a head count names one part, never the item whole.
  // Only for the item itself: 初中三年巩固率（含留守儿童、随迁子女） names G15's words but is Q1.
  const whole = sub === "" && classed.countKind === null && code !== null ? wholeItemParts(name) : null;
  const parts = whole !== null && whole.some((p) => p.code === code) ? whole : null;
  const base = { row, itemColumn: itemCell.c, ...classed, parts, text: itemCell.t };
  if (layout.valueColumn !== null) return { ...base, valueColumn: layout.valueColumn, unitText: "", unread: [] };
  // A 备注 of 无 / 暂无数据 says there is nothing to remark, no value (F7 of s49 H1: 违规择校 | | | 无 was judged 无).
  const remarkOnly = (x: RowCell) => x.c === layout.noteColumn && saysNoRemark(x.t);
  const right = cells.filter((x) => x.c > itemCell.c && x.c !== layout.countyColumn && x.c !== layout.unitColumn && !layout.standardColumns.includes(x.c) && !remarkOnly(x));
  if (right.length === 0) return null;
  const beside = valueBeside(grid, row, right, code);
  return { ...base, ...(beside.valueColumn === null && base.parts !== null ? partsBeside(right, beside) : beside) };
}

/**
 * Without a value column, a whole two-part item's value cell (100%、96.8%): the first cell right of
 * it that states no unit alone, which twoPartFigures splits; `beside` as it is when there is none.
 */
function partsBeside(right: readonly RowCell[], beside: Pick<ItemRow, "valueColumn" | "unitText" | "unread">): Pick<ItemRow, "valueColumn" | "unitText" | "unread"> {
  const first = right.find((x) => !UNIT_ONLY.test(normaliseText(x.t)));
  return first === undefined ? beside : { valueColumn: first.c, unitText: beside.unitText, unread: [] };
}

function unitTextOf(grid: Grid, item: ItemRow, layout: Layout): string {
  const column = layout.unitColumn === null ? "" : (textAt(grid, item.row, layout.unitColumn) ?? "");
  return `${column}${item.unitText}`;
}

function percentContext(grid: Grid, item: ItemRow, layout: Layout): boolean {
  return layout.percentHeader || saysPercent(`${unitTextOf(grid, item, layout)}${item.text}`);
}

/** A cell as Excel shows it: a formula error as `#DIV/0!`, a date as `2024-05-01`. */
function shownText(v: CellValue): string {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) return v.error;
  return cellText(v) ?? "";
}


/**
 * A figure typed as text and read as a number: one written with its unit or as a numeral (6,080元/生,
 * Ⅲ级以上) said with what it was read as; nothing for a plain number or percentage stored as text
 * (87.6%, 0.96): on the county sheet that is the normal way to answer, nothing adds the answers up,
 * and read_number_as_text's "Excel's SUM skips such cells" was noise, ten notes on one sheet
 * (reviewer R2 of s46, finding 6). School rows still say it (rowFields).
 * @example textReadIssues("县级指标", G6 row 4, 3, "6,080元/生", 6080) // [read_figure_read_as at 县级指标!D5]
 * @example textReadIssues("县级指标", R1 row 5, 3, "87.6%", 0.876) // []; textReadIssues(…, "6.080", 6.08) // [read_figure_read_as]
 */
function textReadIssues(sheet: string, item: ItemRow, column: number, text: string, value: number): Issue[] {
  // 6.080 (a dot that may separate thousands: dotThousands) is said with what it was read as (6.08), reviewer R3 of s46.
  if (parseCellNumber(text, "ratio").status === "number" && !dotThousands(text)) return [];
  // The item it was read as, so that an English text can name it beside the sheet's own wording.
  // A stage-less G7 or G13 row is read as one stage's item but stands for both: named by its own words only.
  const params = { header: item.text, text, value, ...(item.code === null || item.stageless !== null ? {} : { countyItem: item.code }) };
  return [issueAt("read_figure_read_as", "info", sheet, item.row, column, params)];
}

/**
 * An item not recognised, said at its name as a warning, as its value is not read; amounts of pay
 * are said by payFigures, head counts by rotationFigures.
 */
function unknownItem(grid: Grid, item: ItemRow, issues: Issue[]): void {
  if (item.valueColumn === null || cellText(valueAt(grid, item.row, item.valueColumn)) === null) return;
  if (payAmountKind(item.text) !== null || item.countKind !== null) return;
  issues.push(issueAt("read_figure_unknown_item", "warning", grid.sheet, item.row, item.itemColumn, { item: item.text }));
}

/**
 * A figure item the county answered with a verdict (是 / 否, 达标 / 未达标: verdictAnswer) instead of
 * its figure (教师平均工资收入水平不低于当地公务员 | 否, rules.md §4 item 8; 初中三年巩固率 | 达标): the
 * county's declared verdict, read as such — 是 met, 否 not met — marked `answered` (the engine judges
 * it as stated, basis evidence) and said at the cell, since no figure backs it. Null when the item
 * is a yes / no item or the cell holds no verdict (a number, 有 / 无).
 *
 * @example 教师平均工资收入水平不低于当地公务员 | 否 at C9 → { code: "G8_pay_ratio", value: false, cell: "县级指标!C9", answered: true }, read_figure_yes_no_answer at C9
 */
function answeredFigure(grid: Grid, item: ItemRow, code: string, column: number, countyOf: CountyOf, issues: Issue[]): CountyFigure | null {
  const raw = valueAt(grid, item.row, column);
  const read = itemUnit(code) === "boolean" || !verdictAnswer(raw) ? null : toBoolean(raw);
  if (read === null || !read.ok) return null;
  const value = orientedValue(grid, item, code, column, read.value, issues) === true;
  const params = { item: item.text, text: shownText(raw), countyItem: code, countyVerdict: value ? "met" : "not_met" };
  issues.push(issueAt("read_figure_yes_no_answer", "info", grid.sheet, item.row, column, params));
  return { county: countyOf(item.row), code, value, cell: qualified(grid.sheet, a1(item.row, column)), answered: true };
}

/**
 * Whether a figure item's verdict answer is refused, said at its cell: the name is worded against
 * the standard (教师工资收入低于当地公务员 | 是: contraryWording), or a level item's name states no
 * level reached (义务教育质量监测 | 是: levelNotStated). Either way 是 / 否 is not guessed.
 *
 * @example 校际差异率超过0.15 | 否 at B3 → true, read_figure_contrary_wording at B3
 */
function refusedAnswer(grid: Grid, item: ItemRow, code: string, column: number, issues: Issue[]): boolean {
  const raw = valueAt(grid, item.row, column);
  if (itemUnit(code) === "boolean" || !verdictAnswer(raw)) return false;
  const why = refusalOf(code, item.text, shownText(raw));
  if (why !== null) issues.push(issueAt(why, "warning", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code }));
  return why !== null;
}

/** Why a figure item's verdict answer is not read (refusedAnswer), or null when it is. */
function refusalOf(code: string, name: string, answer: string): "read_figure_contrary_wording" | "read_figure_level_not_stated" | null {
  if (contraryWording(code, name)) return "read_figure_contrary_wording";
  return itemUnit(code) === "level" && levelNotStated(name, answer) ? "read_figure_level_not_stated" : null;
}

/**
 * A yes / no answer agreeing or disagreeing with an item worded the other way round (杜绝择校 | 是) is
 * inverted, and said so (info; a warning when it makes a veto case present: 无违规择校行为 | 否); one
 * saying whether the case exists (无违规择校行为 | 不存在) is read as it stands (invertedAnswer).
 */
function orientedValue(grid: Grid, item: ItemRow, code: string, column: number, value: number | boolean, issues: Issue[], text = shownText(valueAt(grid, item.row, column))): number | boolean {
  if (typeof value !== "boolean" || !invertedAnswer(code, item.text, text)) return value;
  // A veto case made present by the turning round (无违规择校行为 | 否) decides 不予认定: a warning, not a note.
  const severity = code.startsWith("V_") && !value ? "warning" : "info";
  issues.push(issueAt("read_figure_inverted", severity, grid.sheet, item.row, column, { item: item.text, countyItem: code, text }));
  return !value;
}

/**
 * How valueOf reads a value that is not its cell whole: a part of a two-part row (twoPartFigures),
 * `raw` being that part's text and `percent` whether its header or unit says %; its reading is
 * said by read_figure_two_parts, not as a text read.
 */
interface PartOptions {
  readonly raw: CellValue;
  readonly percent: boolean;
  readonly part: true;
  /** Whether the cell gives the other part a value of its own (小学100%，初中约96.8%), not one value for both (均为100%): a part refused is then rewritten alone (read_figure_part_bad_value). */
  readonly beside: boolean;
}

/**
 * The value of a recognised item's cell, or null (blank, or not readable and said so); 有 / 无 / 没有
 * beside an item worded as a negative (无过重课业负担 | 无) is not guessed (ambiguousExistence), nor a
 * verdict answering a veto item (vetoVerdict). `part` reads a part of a two-part row through the same
 * checks: its unit (56人 is no ratio), words (小于0.15), plausibility (差异率 12) and bare percent.
 *
 * @example 违规择校 | 达标 at B30 → null, read_figure_veto_verdict (error) at B30
 */
function valueOf(grid: Grid, item: ItemRow, layout: Layout, code: string, unit: ItemUnit, column: number, issues: Issue[], part?: PartOptions): number | boolean | null {
  const raw = part === undefined ? (item.ownLabelled ?? valueAt(grid, item.row, column)) : part.raw;
  // Excel saves `=IF(…,"",…)` showing nothing without a result: not given, and said so.
  if (isNoCachedResult(raw)) {
    issues.push(issueAt("read_formula_no_result", "info", grid.sheet, item.row, column, { header: item.text }));
    return null;
  }
  const refused = unit === "boolean" ? refusedYesNo(item.text, code, raw) : null;
  if (refused !== null) {
    issues.push(issueAt(refused, "error", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code, ...answerAndRemark(raw) }));
    return null;
  }
  const percent = part === undefined ? percentContext(grid, item, layout) : part.percent;
  const { converted, year, unverified } = readCell(code, raw, unit, percent, `${unitTextOf(grid, item, layout)} ${item.text}`);
  if (converted === null) return null;
  // A stage-less row read whole (not a part of it) stands for both stages: named and told so (itemParams, rowExpected).
  const whole = part === undefined ? item.stageless : null;
  if (!converted.ok) {
    const bad = () => badValueIssue(grid.sheet, item, column, code, shownText(raw), rowExpected(whole, code, unit, item.text), whole, part?.beside === true);
    issues.push(item.bothStagesTyped === undefined ? bad() : bothStagesIssue(grid, item, column, code));
    return null;
  }
  issues.push(...answerIssues(grid, item, code, column, converted, shownText(raw)));
  if (unit === "number" && typeof converted.value === "number" && notCredible(code, converted.value)) {
    issues.push(notCredibleIssue(grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code, value: converted.value }));
    return null;
  }
  if (year !== null) issues.push(issueAt("read_figure_year_remark", "info", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), value: Number(converted.value), year, ...itemParams(whole, code) }));
  if (unverified !== null) issues.push(issueAt("read_figure_unverified", "warning", grid.sheet, item.row, column, { item: item.text, text: shownText(raw), value: Number(converted.value), remark: unverified, ...itemParams(whole, code) }));
  if (converted.barePercent === true) issues.push(barePercentIssue(grid.sheet, item.row, column, { item: item.text, text: shownText(raw), countyItem: code, value: Number(converted.value) }));
  else if (part === undefined && year === null && unverified === null && typeof raw === "string" && typeof converted.value === "number") issues.push(...textReadIssues(grid.sheet, item, column, raw, converted.value));
  return orientedValue(grid, item, code, column, converted.value, issues, shownText(raw));
}

/**
 * A value not read: read_figure_bad_value, or for a part of a two-part cell that gives the other part
 * a value of its own (`beside`: 小学6500元，初中约7000元; 小学100%，初中约96.8%; 交流轮岗12%，骨干约25%)
 * read_figure_part_bad_value, which names the part and asks to rewrite that part only, keeping the
 * other's value: "请在该单元格改填…" would lose it (reviewer R3 of s46, finding 6, first mended for
 * G7 alone, a special case of every two-part item).
 *
 * @example badValueIssue(…, G7 row at B2, "G7_special_junior", "初中约7000元", "yuan", null, true) // read_figure_part_bad_value at B2 { item, text: "初中约7000元", expected: "yuan", countyItem: "G7_special_junior" }
 */
function badValueIssue(sheet: string, item: ItemRow, column: number, code: string, text: string, expected: string, whole: StagelessItem | null, beside: boolean): Issue {
  const params = { item: item.text, text, expected, ...itemParams(whole, code) };
  return issueAt(beside ? "read_figure_part_bad_value" : "read_figure_bad_value", "error", sheet, item.row, column, params);
}

/**
 * A stage cell of a stage-less G7 or G13 row giving both stages' values beside a value in the other
 * stage's cell (小学100%，初中96.8% | 96.8%): which of the two the other stage's is cannot be told, so
 * the cell is refused and told to keep its own stage's value only (read_figure_stage_cell_both).
 * @example 义务教育就近入学比例 | 小学100%，初中96.8% | 96.8% → read_figure_stage_cell_both at B2 { stageInText: "primary", otherCell: "县级指标!C2" }
 */
function bothStagesIssue(grid: Grid, item: ItemRow, column: number, code: string): Issue {
  const typed = item.bothStagesTyped;
  // Called only for a cell byStage marked: without the mark the message would name no stage and the cell itself as the other.
  if (typed === undefined) throw new Error(`bothStagesIssue: row ${item.row} (${item.text}) has no both-stages cell`);
  const cell = qualified(grid.sheet, a1(item.row, column));
  const otherCell = qualified(grid.sheet, a1(item.row, typed.otherColumn));
  const params = { item: item.text, text: shownText(valueAt(grid, item.row, column)), cell, stageInText: typed.own, otherCell, countyItem: code };
  return issueAt("read_figure_stage_cell_both", "error", grid.sheet, item.row, column, params);
}

/** The labels naming a stage-less G7 or G13 row by what it covers, both stages (county_G7_special_both in src/messages/labels.ts). */
const BOTH_STAGES_LABEL: Readonly<Record<StagelessItem, string>> = { G7: "G7_special_both", G13: "G13_nearby_both" };

/**
 * The item an issue of a row names: its code (`countyItem`, which ties a cell not read to its
 * item's missing part: unreadFigures.ts) and, for a stage-less G7 or G13 row read whole, the label
 * of both stages (`itemLabel`, which the English text names it by): such a row is read under its
 * primary code (readAs) but stands for both stages (reviewer R2 of s46, finding 4: "Special
 * education, primary" for 特殊教育学校生均公用经费).
 *
 * @example itemParams("G7", "G7_special_primary") // { countyItem: "G7_special_primary", itemLabel: "G7_special_both" }
 * @example itemParams(null, "G12_certificate_rate") // { countyItem: "G12_certificate_rate" }
 */
function itemParams(stageless: StagelessItem | null, code: string): { countyItem: string; itemLabel?: string } {
  return stageless === null ? { countyItem: code } : { countyItem: code, itemLabel: BOTH_STAGES_LABEL[stageless] };
}

/**
 * What a row's value should be: for a stage-less row read whole, a value per stage or one for both
 * (G7 kind_yuan_stages, G13 kind_ratio_stages: the user is not left to pick one of two values, nor
 * told to retype a cell that gives one per stage); else expectedKind.
 *
 * @example rowExpected("G7", "G7_special_primary", "yuan", "特殊教育学校生均公用经费") // "yuan_stages"
 * @example rowExpected("G13", "G13_nearby_primary", "ratio", "义务教育就近入学比例") // "ratio_stages"
 * @example rowExpected(null, "G7_special_junior", "yuan", "特殊教育学校初中生均公用经费") // "yuan"
 */
function rowExpected(stageless: StagelessItem | null, code: string, unit: ItemUnit, name: string): string {
  return stageless === "G7" ? "yuan_stages" : stageless === "G13" ? "ratio_stages" : expectedKind(code, unit, name);
}

/**
 * A veto item's answer that a case exists with its count (有1起, 存在（1起）, 有（初中1起）:
 * caseWithCount), read as 有 with the count as its remark, which answerIssues says at the cell; null
 * for any other item or text. It was refused as no 有 / 无 (read_figure_bad_value), and beside a
 * 无 under stage columns dropped unseen (reviewer R3 of s48, F3).
 *
 * @example vetoCase("V_school_choice", "有1起") // { ok: true, value: true, answer: { answer: "有", value: true, remark: "1起" } }
 * @example vetoCase("Q8_workload", "有1起") // null
 */
function vetoCase(code: string, raw: CellValue): Converted {
  const answer = code.startsWith("V_") && typeof raw === "string" ? caseWithCount(raw) : null;
  return answer === null ? null : { ok: true, value: true, answer };
}

/** A cell read as an item's value (readCell), with what the caller says beside it: the year or the unverified words taken off the value. */
interface CellReading {
  readonly converted: Converted;
  readonly year: string | null;
  readonly unverified: string | null;
}

/**
 * A cell read as item `code`'s value — the one reading of a county figure's cell, whether under a
 * value column (valueOf), found on a row without one (valueBeside) or compared with the cell of
 * another stage (valueAsOf): a rating (良好 for Q6's 良好以上: ratingAnswer), a veto's case with its
 * count (有1起: vetoCase), else convertDated (a year or 待核实 after the value taken off, said by
 * the caller). valueBeside and valueAsOf once read ratings and plain values only, so that 有1起 or
 * 96.8%（2024年） on a row without a 数值 column, or 88%（2024年） in a 全县 column, was no value.
 *
 * @example readCell("V_school_choice", "有1起", "boolean", false, "") // { converted: { ok: true, value: true, answer: { answer: "有", … } }, year: null, unverified: null }
 * @example readCell("R1_recognition", "88%（2024年）", "ratio", false, "") // { converted: { ok: true, value: 0.88 }, year: "2024年", unverified: null }
 */
function readCell(code: string, raw: CellValue, unit: ItemUnit, percent: boolean, unitText: string): CellReading {
  const rated = typeof raw === "string" ? ratingAnswer(code, raw) : null;
  const answered = rated === null ? vetoCase(code, raw) : { ok: true as const, value: rated };
  return answered !== null ? { converted: answered, year: null, unverified: null } : convertDated(raw, unit, percent, unitText);
}

/**
 * convertFigure, and when it cannot read a text, the value before a year in brackets after it
 * (96.8%（2024年）: yearRemark) with that year, or the value said to be unverified (96.8%（待核实）,
 * 待核实：86%: unverifiedRemark) with those words, for the caller to say; `year` / `unverified` null
 * otherwise. A yes / no answer's remark is answerWithRemark's.
 *
 * @example convertDated("96.8%（2024年）", "ratio", false, "") // { converted: { ok: true, value: 0.968 }, year: "2024年", unverified: null }
 * @example convertDated("96.8%（待核实）", "ratio", false, "") // { converted: { ok: true, value: 0.968 }, year: null, unverified: "待核实" }
 */
function convertDated(raw: CellValue, unit: ItemUnit, percent: boolean, unitText: string): CellReading {
  const converted = convertFigure(raw, unit, percent, unitText);
  const text = converted?.ok === false && unit !== "boolean" && typeof raw === "string" ? raw : null;
  const dated = text === null ? null : yearRemark(text);
  const again = dated === null ? null : convertFigure(dated.value, unit, percent, unitText);
  if (dated !== null && again?.ok === true) return { converted: again, year: dated.year, unverified: null };
  const unchecked = text === null ? null : unverifiedRemark(text);
  const read = unchecked === null ? null : convertFigure(unchecked.value, unit, percent, unitText);
  return unchecked !== null && read?.ok === true ? { converted: read, year: null, unverified: unchecked.remark } : { converted, year: null, unverified: null };
}

/**
 * Answers that say whether a case exists (有 / 无, 是 / 否, 存在, 未发现, a tick or a cross: √, ×, X, ✕, 0 / 1): what a veto
 * item asks. Every other word parseYesNo reads is a verdict (isVerdict).
 */
const EXISTENCE = new Set(["是", "不是", "否", "有", "无", "没有", "存在", "不存在", "未发现", "未发生", "没有发生", "无此情况", "无此类情况", "无此现象", "√", "✓", "✔", "☑", "×", "✗", "✘", "✕", "✖", "☒", "x", "y", "n", "yes", "no", "true", "false", "1", "0"]);
/** Verdicts parseYesNo does not read (具备, 已实现, 建成, 到位 …): refused as verdicts too, so that the cell is told to say 有 or 无. */
const OTHER_VERDICT = /^(已?具备|不具备|已?实现|未实现|已?建成|未建成|已?形成|未形成|已?到位|不到位|已?满足|不满足|规范|不规范|已?执行|未执行|优秀|良好|较好)$/;

/**
 * Whether a veto item's answer is a verdict (达标, 合格, 已建立, 健全, 具备, 未实现 …), with a remark after
 * it or not (达标（见附件）: answerWithRemark): it judges the item and says nothing of whether the case
 * exists. Every yes / no word but those saying so (EXISTENCE), so that a word parseYesNo learns is
 * refused here until it is placed.
 *
 * @example isVerdict("已建立") // true; isVerdict("达标（见附件）") // true; isVerdict("无") // false; isVerdict("有（已整改）") // false
 */
export function isVerdict(text: string): boolean {
  const answer = normaliseText(answerWithRemark(text)?.answer ?? text);
  return (parseYesNo(answer) !== null && !EXISTENCE.has(answer)) || OTHER_VERDICT.test(answer);
}

/**
 * A yes / no cell's answer and remark, for a message quoting them (read_figure_remark_contradicts);
 * nothing for a cell without a remark.
 *
 * @example answerAndRemark("是（存在）") // { answer: "是", remark: "存在" }; answerAndRemark("有") // {}
 */
function answerAndRemark(raw: CellValue): { answer?: string; remark?: string } {
  const split = typeof raw === "string" ? (answerWithExistenceRemark(raw) ?? answerWithRemark(raw) ?? caseWithCount(raw)) : null;
  return split?.remark == null ? {} : { answer: split.answer, remark: split.remark };
}

/** A bare 0 / 1, typed as a number or as text. */
const DIGIT_ANSWER = /^[01]$/;

/**
 * Why a yes / no answer is not read, or null: a remark contradicting its answer (read_figure_remark_contradicts:
 * 无违规择校行为 | 是（存在）, 不存在（已整改）), 有 / 无 beside an item worded as a negative
 * (ambiguousExistence: read_figure_ambiguous_none, or read_figure_veto_ambiguous for a veto item, which
 * a 0 / 1 joins: 无违规择校行为 | 0 may count no case or deny the sentence), or a verdict answering a
 * veto item (read_figure_veto_verdict: 违规择校 | 达标 would read as 有, the case present). A veto item
 * worded as its cure (杜绝择校 | 达标) reads the verdict as its wording says: 杜绝 achieved, none.
 *
 * @example refusedYesNo("违规择校", "V_school_choice", "达标") // "read_figure_veto_verdict"
 * @example refusedYesNo("杜绝择校", "V_school_choice", "达标") // null
 * @example refusedYesNo("无违规择校行为", "V_school_choice", "有") // "read_figure_veto_ambiguous"; (…, 0) likewise
 * @example refusedYesNo("无违规择校行为", "V_school_choice", "是（存在）") // "read_figure_remark_contradicts" (remarkContradicts)
 * @example refusedYesNo("农村留守儿童关爱体系健全", "G15_left_behind_care", "是（未整改）") // "read_figure_remark_undealt" (remarkUndealt)
 */
function refusedYesNo(name: string, code: string, raw: CellValue): "read_figure_ambiguous_none" | "read_figure_veto_ambiguous" | "read_figure_veto_verdict" | "read_figure_remark_contradicts" | "read_figure_remark_undealt" | null {
  if (remarkContradicts(code, name, raw)) return "read_figure_remark_contradicts";
  if (remarkUndealt(code, name, raw)) return "read_figure_remark_undealt";
  const veto = code.startsWith("V_");
  const digit = (typeof raw === "number" || typeof raw === "string") && DIGIT_ANSWER.test(String(raw).trim());
  if (veto && digit && negativelyWorded(name)) return "read_figure_veto_ambiguous";
  if (ambiguousExistence(name, raw)) return veto ? "read_figure_veto_ambiguous" : "read_figure_ambiguous_none";
  const vetoVerdict = code.startsWith("V_") && typeof raw === "string" && isVerdict(raw) && !invertedWording(code, name);
  return vetoVerdict ? "read_figure_veto_verdict" : null;
}

/**
 * What an unreadable value should be (read_figure_bad_value's {expected}): the item's unit, but 有 / 无
 * for a veto item that asks whether the bad thing exists (有编不补 | 有（？）), as its answers are; 是 / 否
 * where its name asks 是否.
 *
 * @example expectedKind("V_unfilled_posts", "boolean", "有编不补、长期聘用编外教师") // "existence"
 * @example expectedKind("G8_pay_ratio", "number", "教师平均工资收入水平不低于当地公务员") // "pay_ratio"
 * @example expectedKind("V_key_schools", "boolean", "是否设置重点校") // "boolean"; expectedKind("Q8_workload", "boolean", "无过重课业负担") // "boolean"
 */
export function expectedKind(code: string, unit: ItemUnit, name: string): string {
  const own = OWN_KINDS[code];
  if (own !== undefined) return own;
  return unit === "boolean" && code.startsWith("V_") && !normaliseText(name).includes("是否") ? "existence" : unit;
}

/** Number items whose value is asked for by what it is (kind_pay_ratio: 教师与公务员平均工资之比，如 1.03), not as "a number". */
const OWN_KINDS: Readonly<Record<string, string>> = { G8_pay_ratio: "pay_ratio", Q9_difference_rate: "difference_rate", Q6_moral_culture: "rating" };

/**
 * What a yes / no cell was read as, said at its cell when the cell says more than the answer or less:
 * a remark after the answer (有（已整改） read as 有: read_figure_answer_remark, info), and an evidence
 * item's bare 0 / 1 read as 否 / 是 (read_figure_yes_no_digit) — a warning beside an item worded as a
 * negative (无过重课业负担 | 0: 0 may count the cases, "none"), else info. A veto item's 0 is 无 as it
 * stands (违规择校 | 0: none), and needs no word.
 *
 * @example 有编不补 | 有（已整改） at B31 → [read_figure_answer_remark (info) at B31 { answer: 有, remark: 已整改 }]
 * @example 无过重课业负担 | 0 at B24 → [read_figure_yes_no_digit (warning) at B24 { figureValue: false }]
 */
function answerIssues(grid: Grid, item: ItemRow, code: string, column: number, converted: Converted, text: string): Issue[] {
  if (converted === null || !converted.ok) return [];
  const at = (issueCode: string, severity: Issue["severity"], params: Record<string, string | number>) => [issueAt(issueCode, severity, grid.sheet, item.row, column, { item: item.text, text, countyItem: code, ...params })];
  const remark = converted.answer?.remark ?? null;
  // An existence remark agreeing with its answer (是（不存在）: remarkContradicts) adds nothing to say.
  if (converted.answer !== undefined) return remark === null || EXISTENCE_ANSWER.test(remark) ? [] : at("read_figure_answer_remark", "info", { answer: converted.answer.answer, remark });
  if (converted.digit !== true || code.startsWith("V_")) return [];
  return at("read_figure_yes_no_digit", negativelyWorded(item.text) ? "warning" : "info", { figureValue: String(converted.value) });
}

/**
 * A ratio or number item whose 单位 cell says a count (交流轮岗比例 | 900 | 人): the value is a head
 * count, not the ratio (900 is not 90000%), so it is not read, and said at the value cell.
 */
function countedNotRatio(grid: Grid, item: ItemRow, layout: Layout, unit: ItemUnit, column: number, issues: Issue[]): boolean {
  const unitText = layout.unitColumn === null ? "" : (textAt(grid, item.row, layout.unitColumn) ?? "");
  if ((unit !== "ratio" && unit !== "number") || !COUNT_UNIT.test(normaliseText(unitText))) return false;
  if (cellText(valueAt(grid, item.row, column)) === null) return false;
  issues.push(issueAt("read_figure_unit_not_ratio", "warning", grid.sheet, item.row, column, { item: item.text, unit: unitText, text: shownText(valueAt(grid, item.row, column)) }));
  return true;
}

/** A cell with nothing in it (a formula error or one without a stored result is something: said by valueOf). */
function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function figureOf(grid: Grid, item: ItemRow, layout: Layout, countyOf: CountyOf, issues: Issue[]): CountyFigure | null {
  // 教师平均工资不低于公务员平均工资 states G8 (payStatement) though no item name matches it.
  const code = item.code ?? (payStatement(item.text) ? "G8_pay_ratio" : null);
  const unit = code === null ? null : itemUnit(code);
  if (code === null || unit === null) return (unknownItem(grid, item, issues), null);
  const column = item.valueColumn;
  if (item.ownMarked !== undefined && column !== null) return (issues.push(ownMarkedIssue(grid, item, code, item.ownMarked, column)), null);
  if (item.stageMarked !== undefined && column !== null) return (issues.push(stageMarkedIssue(grid, item, code, item.stageMarked, column)), null);
  if (column === null) {
    // What the item needs (a ratio for G8, 是 / 否 …): a row answered otherwise (是 for G8) is told what to write.
    const expected = rowExpected(item.stageless, code, unit, item.text);
    issues.push(issueAt("read_figure_no_value", "warning", grid.sheet, item.row, item.itemColumn, { item: item.text, text: item.unread.join(" | "), expected, ...itemParams(item.stageless, code) }));
    return null;
  }
  const noted = valueInNote(grid, item.row, column, layout.noteColumn, item.text);
  if (noted !== null) return (issues.push(noted), null);
  if (refusedAnswer(grid, item, code, column, issues)) return null;
  const answered = answeredFigure(grid, item, code, column, countyOf, issues);
  if (answered !== null) return answered;
  // 大班额比例 | 0 is a share: read as 否 it would say the class sizes are not met. A 是 / 达标 beside it is read.
  if (unit === "boolean" && refusedAsQuantity(item.text, valueAt(grid, item.row, column))) {
    if (cellText(valueAt(grid, item.row, column)) !== null) issues.push(issueAt("read_figure_quantity_not_yes_no", "warning", grid.sheet, item.row, column, { item: item.text, countyItem: code }));
    return null;
  }
  if (countedNotRatio(grid, item, layout, unit, column, issues)) return null;
  // A row there with its value blank: said, so that the result points where to type it (未填, not 无数据).
  // A stage-less G7 or G13 row stands for both stages: its primary code ties the cell to the item (the
  // result says 暂无数据 / 未填 there, not 缺少数据: reviewer R3 of s48, F6), its label names both stages.
  const blankParams = { item: item.text, ...itemParams(item.stageless, code) };
  if (isBlank(valueAt(grid, item.row, column))) return (issues.push(issueAt("read_figure_blank", "info", grid.sheet, item.row, column, blankParams)), null);
  // 暂无数据 says there is no figure yet: not a value that could not be read (read_figure_bad_value).
  const stated = cellText(valueAt(grid, item.row, column));
  if (stated !== null && saysNoData(stated)) return (issues.push(issueAt("read_figure_no_data", "info", grid.sheet, item.row, column, { ...blankParams, text: stated })), null);
  const value = valueOf(grid, item, layout, code, unit, column, issues);
  if (value === null) return null;
  return { county: countyOf(item.row), code, value, cell: qualified(grid.sheet, a1(item.row, column)) };
}

/** The rows that may give a head count of G11 (rotationCountKind), with their value cell and county. */
function countCells(items: readonly ItemRow[], countyOf: CountyOf): CountCell[] {
  return items.flatMap((i) => {
    if (i.valueColumn === null || i.countKind === null) return [];
    return [{ row: i.row, column: i.valueColumn, text: i.text, kind: i.countKind, county: countyOf(i.row) }];
  });
}

/** A row giving an amount of pay (payAmountKind), with its value cell, county and amount read. */
interface PayCell extends PayRow {
  readonly item: ItemRow;
  readonly column: number;
  readonly county: string | null;
}

function payCells(grid: Grid, items: readonly ItemRow[], layout: Layout, countyOf: CountyOf): PayCell[] {
  return items.flatMap((item) => {
    const kind = item.code === null ? payAmountKind(item.text) : null;
    const column = item.valueColumn;
    if (kind === null || column === null || cellText(valueAt(grid, item.row, column)) === null) return [];
    const converted = convertFigure(valueAt(grid, item.row, column), "yuan", false, `${unitTextOf(grid, item, layout)} ${item.text}`);
    return [{ item, column, county: countyOf(item.row), kind, value: converted?.ok === true && typeof converted.value === "number" ? converted.value : null }];
  });
}

/** An amount's value cell, as `县级指标!B3`. */
function payCellRef(grid: Grid, row: PayCell): string {
  return qualified(grid.sheet, a1(row.item.row, row.column));
}

/**
 * The G8 threshold the reader judges a ratio given against its amounts with: the default profile's,
 * as the reader does not know the run's; once it is known, the check is made again against that
 * profile's (report/profileParams.ts), which `threshold` and the unrounded `givenRatio` allow.
 */
const DEFAULT_PAY_THRESHOLD = national.countyItems.G8_pay_ratio.threshold;

/**
 * A county's G8 ratio given as such that its own two amounts (payRatio) contradict beyond
 * rounding (givenPayRatioCheck): kept, and a warning at it naming both amounts' cells and values,
 * said more sharply when the amounts give below the threshold and the given at least it (the item
 * would fail on the amounts). Nothing when the amounts do not pair, as rotationFigures checks G11's rates.
 */
function checkGivenRatio(grid: Grid, rows: readonly PayCell[], given: GivenFigure): Issue[] {
  const amounts = payRatio(rows);
  if (amounts === null || typeof given.value !== "number") return [];
  const check = givenPayRatioCheck(given.value, amounts.ratio, DEFAULT_PAY_THRESHOLD);
  const { teacher, civil } = amounts;
  const shown = { given: rounded(given.value), givenRatio: given.value, computed: rounded(amounts.ratio), threshold: DEFAULT_PAY_THRESHOLD };
  const params = { item: given.item, ...shown, teacherCell: payCellRef(grid, teacher), teacher: teacher.value, civilCell: payCellRef(grid, civil), civil: civil.value };
  if (check === "agrees") return [issueAtCell("read_figure_pay_amounts_agree", "info", given.cell, params)];
  return [issueAtCell(check === "fails_on_amounts" ? "read_figure_pay_ratio_fails_on_amounts" : "read_figure_pay_ratio_differs", "warning", given.cell, params)];
}

/**
 * One county's G8 from its two amounts (payRatio), at the teachers' cell with both cells; beside a
 * ratio given as such (`given`), the two amounts are used to check it (checkGivenRatio), which says
 * so naming both; else each amount is said not to be the ratio: a warning when the county then has
 * no G8 (the amounts could not be paired), info beside a ratio given.
 */
function countyPay(grid: Grid, rows: readonly PayCell[], given: GivenFigure | undefined): CountyFigures {
  const computed = given === undefined ? payRatio(rows) : null;
  const severity = given === undefined ? "warning" : "info";
  const checked = given === undefined ? [] : checkGivenRatio(grid, rows, given);
  // Amounts that checked the ratio given were used: checkGivenRatio names them.
  if (checked.length > 0) return { figures: [], issues: checked };
  if (computed === null) return { figures: [], issues: rows.map((r) => issueAt("read_figure_pay_amount", severity, grid.sheet, r.item.row, r.column, { item: r.item.text })) };
  const { teacher, civil, ratio } = computed;
  const [teacherCell, civilCell] = [payCellRef(grid, teacher), payCellRef(grid, civil)];
  const asText = [teacher, civil].flatMap((r) => {
    const raw = valueAt(grid, r.item.row, r.column);
    return typeof raw === "string" ? textReadIssues(grid.sheet, r.item, r.column, raw, r.value) : [];
  });
  const params = { item: teacher.item.text, civilCell, value: rounded(ratio) };
  return {
    figures: [{ county: teacher.county, code: "G8_pay_ratio", value: ratio, cell: teacherCell, cells: [teacherCell, civilCell] }],
    issues: [...asText, issueAt("read_figure_pay_ratio_computed", "info", grid.sheet, teacher.item.row, teacher.column, params)],
  };
}

/**
 * Amounts of pay (教师年平均工资（元）, 公务员年平均工资（元）) are not the ratio G8: county by county
 * (groupByCounty, as rotationFigures pairs G11's counts), with both given and no ratio read for
 * that county (`given`: a blank ratio row is none), G8 is computed from them (payRatio) and
 * said so; otherwise each is said not to be the ratio, and a ratio given as such that they
 * contradict beyond rounding is warned (checkGivenRatio).
 */
function payFigures(grid: Grid, items: readonly ItemRow[], layout: Layout, countyOf: CountyOf, given: (county: string | null) => GivenFigure | undefined): CountyFigures {
  const reads = groupByCounty(payCells(grid, items, layout, countyOf)).map(([county, rows]) => countyPay(grid, rows, given(county)));
  return { figures: reads.flatMap((r) => r.figures), issues: reads.flatMap((r) => r.issues) };
}

/** A cell that reads as a value (a number, 是 / 否, a level such as Ⅲ级以上): a header row holds none. */
function readsAsValue(v: CellValue): boolean {
  if (typeof v !== "string") return typeof v === "number" || typeof v === "boolean";
  return parseCellNumber(v, "ratio").status === "number" || parseYesNo(v) !== null || parseLevel(v) !== null;
}

/**
 * The header row of items laid out across, one row per county (县区 | 初中三年巩固率 | 社会认可度 …):
 * names of at least two items in one of the first ten rows, and no value among its cells (项目 |
 * 数值 | 项目 | 数值 pairs side by side hold values; 等级 | Ⅲ级以上 is one item and its value).
 * Null when the sheet is not laid out so.
 */
function acrossHeader(grid: Grid): { row: number; items: RowCell[]; county: number | null } | null {
  for (let row = grid.top; row < grid.top + Math.min(10, grid.values.length); row++) {
    const cells = rowCells(grid, row);
    const items = cells.filter((x) => acrossKey(x.t) !== null);
    const distinct = new Set(items.map((x) => acrossKey(x.t))).size;
    if (distinct < 2 || columns(grid).some((c) => readsAsValue(valueAt(grid, row, c)))) continue;
    const county = cells.find((x) => isCountyHeader(x.t))?.c ?? null;
    // A row of item names is a header only over values: a county column, or a row below with values under two items
    // (校际差异率 | (blank) | 详见质量监测报告 names two items and is a row of a 项目 | 数值 list).
    if (county !== null || valuesBelow(grid, row, items)) return { row, items, county };
  }
  return null;
}

/**
 * What an across header's column gives: a county item, or an amount of pay or a head count G8 or
 * G11 is computed from (payAmountKind, rotationCountKind), so that a city list across computes
 * them county by county as one down does; null for a column of no item.
 */
function acrossKey(text: string): string | null {
  const { code: read, countKind, stageless } = classify(text);
  // A stage-less G7 or G13 column is another column than the primary one it is read as.
  const code = stageless !== null ? `${stageless}_stageless` : read;
  const pay = payAmountKind(text);
  return code ?? (countKind === null ? null : `count:${countKind}`) ?? (pay === null ? null : `pay:${pay}`);
}

/** Whether the next row holds values under at least two of the item columns. */
function valuesBelow(grid: Grid, row: number, items: readonly RowCell[]): boolean {
  return items.filter((x) => readsAsValue(valueAt(grid, row + 1, x.c))).length >= 2;
}

/**
 * A city's figures laid out across: each row under the header one county's (its name in the
 * county column; 合计 / 全市 rows skipped), each item column one item, read as a row of a 项目 |
 * 数值 sheet would be (figureOf), with the header's item name and the county of its row.
 */
function itemsAcross(grid: Grid): { layout: Layout; items: ItemRow[] } | null {
  const header = acrossHeader(grid);
  if (header === null) return null;
  const layout: Layout = { ...NO_LAYOUT, headerRow: header.row, countyColumn: header.county };
  const units = unitRow(grid, header.row + 1, header.items);
  const items: ItemRow[] = [];
  for (let row = header.row + (units === null ? 1 : 2); row < grid.top + grid.values.length; row++) {
    const county = header.county === null ? null : textAt(grid, row, header.county);
    // 合计 / 全市 rows, and a 国家标准 / 目标 row the city lists its counties against.
    if (county !== null && !isCountyLabel(county)) continue;
    for (const { c, t } of header.items) items.push({ row, itemColumn: c, valueColumn: c, ...classify(t), parts: null, text: t, unitText: units?.get(c) ?? "", unread: [] });
  }
  return { layout, items };
}

/** A row of standards or targets under an across header: what the counties are judged against, not a county. */
const STANDARD_ROW = /标准|目标|要求/;

/**
 * Whether a 县区 cell names a county: not a 合计 / 全市 row (isTotalLabel) nor a row of the standards
 * or targets the counties are judged against (STANDARD_ROW), in a list across or down alike.
 * @example isCountyLabel("甲县") // true; isCountyLabel("全市") // false; isCountyLabel("国家标准") // false
 */
export function isCountyLabel(text: string): boolean {
  return !isTotalLabel(text) && !STANDARD_ROW.test(text);
}

/** A row right under an across header holding only units (| % | % | 元 |): each item column's unit, or null when the row is data. */
function unitRow(grid: Grid, row: number, items: readonly RowCell[]): Map<number, string> | null {
  const texts = items.map((x) => [x.c, cellText(valueAt(grid, row, x.c))] as const).filter((e): e is readonly [number, string] => e[1] !== null);
  const allUnits = texts.length > 0 && texts.every(([, t]) => UNIT_ONLY.test(normaliseText(t)));
  return allUnits ? new Map(texts) : null;
}

/** Whether a row gives an item read: a county item, or an amount of pay or a head count G8 or G11 is computed from. */
function isKnown(item: ItemRow): boolean {
  return item.code !== null || item.countKind !== null || payAmountKind(item.text) !== null;
}

/** The county a row's figures belong to (null: none named), by its row. */
type CountyOf = (row: number) => string | null;

/** A row's own 县区 cell (a merged cell reads its top: textAt), or null without a county column. */
function countyCell(grid: Grid, layout: Layout, row: number): string | null {
  return layout.countyColumn === null ? null : textAt(grid, row, layout.countyColumn);
}

/**
 * The county of a sheet without a 县区 column that names one by its title or name (南湖县指标,
 * titled 南湖县2024年…: figuresCounty): its figures are that county's, not every county's; null
 * for a sheet naming none (its figures apply to every county) or with a 县区 column (each row's own).
 */
function sheetCountyOf(grid: Grid, layout: Layout, listed: readonly ItemRow[], schools: readonly string[]): string | null {
  if (layout.countyColumn !== null) return null;
  return figuresCounty(grid, layout.headerRow ?? Math.min(grid.top + grid.values.length, ...listed.map((i) => i.row)), schools)?.county ?? null;
}

/** A row's county, and the cell above it was taken from when its own 县区 cell is blank. */
interface RowCounty {
  readonly county: string | null;
  readonly from: string | null;
  /** A row of a 合计 / 全市 / 标准 block (isCountyLabel): no county's, so not read, as across. */
  readonly aggregate?: true;
}

/** The rows of a block a 合计 / 全市 / 标准 cell starts: until the next county named. */
const AGGREGATE_BLOCK: RowCounty = { county: null, from: null, aggregate: true };

/**
 * The county of each row of a list down with a 县区 column: its own cell, else the county named
 * nearest above it in the column, as a cell merged down over the block would give (甲县 | 教师年平均
 * 工资, (blank) | 公务员年平均工资 → both 甲县's, paired into its G8). A 合计 / 全市 / 标准 cell
 * (isCountyLabel) names no county but ends the block: it and the blank rows under it are
 * AGGREGATE_BLOCK. Rows above the first named county, and every row of a list naming none, stay
 * without a county.
 *
 * @example rows 甲县 | …, (blank) | …, 乙县 | …, (blank) | … → 甲县, 甲县 (from A2), 乙县, 乙县 (from A4)
 */
function countiesDown(grid: Grid, layout: Layout): Map<number, RowCounty> {
  const counties = new Map<number, RowCounty>();
  const column = layout.countyColumn;
  let named: RowCounty = { county: null, from: null };
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; column !== null && row < grid.top + grid.values.length; row++) {
    const own = textAt(grid, row, column);
    // A merged county's cell is its top one: a blank cell under the merge names that cell.
    const county = own !== null && isCountyLabel(own) ? own : null;
    if (own !== null) named = county === null ? AGGREGATE_BLOCK : { county, from: qualified(grid.sheet, a1(mergeAt(grid, row, column)?.top ?? row, column)) };
    counties.set(row, county !== null ? { county, from: null } : named);
  }
  return counties;
}

/** Once per block, at the first blank 县区 cell of a row giving a known item: the county it was given, and where that is named. */
function countiesFromAbove(grid: Grid, items: readonly ItemRow[], counties: ReadonlyMap<number, RowCounty>, column: number): Issue[] {
  const said = new Set<string>();
  return items.filter(isKnown).flatMap((i) => {
    const { county, from } = counties.get(i.row) ?? { county: null, from: null };
    if (county === null || from === null || said.has(from)) return [];
    said.add(from);
    return [issueAt("read_figure_county_from_above", "info", grid.sheet, i.row, column, { county, countyCell: from })];
  });
}

/** The value of a cell of `grid` named as `县级指标!B2`, or null for another sheet's or none. */
function cellValue(grid: Grid, cell: string | null): CellValue {
  const row = rowOnSheet(grid.sheet, cell);
  const column = cell === null || row === null ? null : (parseRange(cell.slice(cell.lastIndexOf("!") + 1))?.left ?? null);
  return row === null || column === null ? null : valueAt(grid, row, column);
}

/** The 0-based row of a cell on `sheet` (`县级指标!C3` → 2), or null for another sheet's or none. */
function rowOnSheet(sheet: string, cell: string | null): number | null {
  const prefix = qualified(sheet, "");
  return cell === null || !cell.startsWith(prefix) ? null : (parseRange(cell.slice(prefix.length))?.top ?? null);
}

/** A row's value cell: the value column's when filled; without a value column, the first cell of no other column that reads as a value. */
function rowValueColumn(grid: Grid, layout: Layout, row: number): number | null {
  if (layout.valueColumn !== null) return cellText(valueAt(grid, row, layout.valueColumn)) === null ? null : layout.valueColumn;
  const others = [layout.itemColumn, layout.countyColumn, layout.unitColumn, layout.noteColumn, layout.subItemColumn, ...layout.standardColumns];
  return columns(grid).find((c) => !others.includes(c) && readsAsValue(valueAt(grid, row, c))) ?? null;
}

/** Why a row's value was not read: no item name on it (nor above it), or nothing it names was recognised. */
function unreadRow(grid: Grid, layout: Layout, row: number, column: number): Issue {
  const text = shownText(valueAt(grid, row, column));
  const { itemColumn, subItemColumn } = layout;
  if (itemColumn !== null && textAt(grid, row, itemColumn) === null && (subItemColumn === null || textAt(grid, row, subItemColumn) === null)) {
    return issueAt("read_figure_row_no_item", "warning", grid.sheet, row, column, { text, itemCell: qualified(grid.sheet, a1(row, itemColumn)) });
  }
  const cells = rowCells(grid, row).filter((x) => x.c !== column).map((x) => x.t).join(" | ");
  return issueAt("read_figure_row_not_read", "warning", grid.sheet, row, column, { text, cells });
}

/** The cells an issue names: its own and those of its parameters (`县级指标!C4 + 县级指标!C5`, `B2、B3`). */
function issueCells(issue: Issue): string[] {
  const named = Object.values(issue.params).flatMap((v) => (typeof v === "string" ? v.split(/\s*[+、,]\s*/) : []));
  return [...(issue.cell === null ? [] : [issue.cell]), ...named];
}

/**
 * Every row of a list down with a value that no figure was read from and nothing was said of
 * (no cell of its row among `figures` and `issues`, own or named), said at its value cell, so that
 * no row is left out unseen. Rows of a known item (`known`: a county item, an amount of pay, a head
 * count) say their own (figureOf, payFigures, rotationFigures); rows of a 合计 / 全市 / 标准 block
 * and hidden rows not read
 * (`skipped`) are said otherwise, or no county's.
 */
function unreadRows(grid: Grid, layout: Layout, skipped: (row: number) => boolean, known: readonly number[], figures: readonly CountyFigure[], issues: readonly Issue[]): Issue[] {
  const cells = [...figures.flatMap((f) => [f.cell, ...(f.cells ?? [])]), ...issues.flatMap(issueCells)];
  const said = new Set([...known, ...cells.flatMap((c) => rowOnSheet(grid.sheet, c) ?? [])]);
  const out: Issue[] = [];
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; row < grid.top + grid.values.length; row++) {
    const column = rowValueColumn(grid, layout, row);
    if (column !== null && !said.has(row) && !skipped(row)) out.push(unreadRow(grid, layout, row, column));
  }
  return out;
}

/**
 * County-level figures from a 项目 | 数值 sheet (optionally with 县区 and 单位 columns; a value
 * column headed 本县现状 or by years: figuresLayout.ts; without a value column, each row's first
 * recognised item name and the first cell to its right that reads as its value). Items are
 * recognised by name (countyItemAliases.ts); a yes / no item worded the other way round is
 * inverted (figureWording.ts); G8 may come from two amounts of pay (payAmounts.ts), G11's rotation
 * rate and backbone share from head counts (rotationFigures.ts), each county's from its own cells
 * and carrying all of them (CountyFigure.cells); a city list down naming each county only on the
 * first row of its block gives the blank 县区 cells below it that county, and says so (countiesDown);
 * a sheet without a 县区 column naming a county in its title or name (南湖县指标) gives that county's
 * figures only (figuresCounty, read beside the school counties `schools`: a city none of them is
 * names no county; the engine uses them for no other county);
 * a sub-item (in an unnamed column or one headed 子项 / 分项 / 指标 / 学段) under a name merged down
 * column A, repeated, or written on its block's first row is its own item, parent and sub-item
 * classified as one name (namedItem); a value written only in the notes column is said, not read
 * (valueInNote.ts); a row whose sentence is a two-part item whole (the official 自评表's 小学、初中…分别达到
 * 100%、95% | 100%、96.8%) gives each part its value, in the order the sentence names them
 * (twoPartFigures); a 单位 column's %, 元, 万元 and 人 are the value's unit; a row with a value
 * nothing was read from is said at its cell (unreadRows); stage-less G7 / G13 figures are given
 * their stages on this sheet alone (withStages gives them over several). Returns null
 * when the sheet names fewer than two known items and has no 项目 | 数值 header (it is then not a
 * figures sheet); under such a header with values and no item read, it says so (noItemRead). A number typed as text (`12%`, `０．９２`) is read and noted at info level, as
 * on the school sheet. Hidden or filtered-out rows are skipped and said, unless `includeHidden`
 * (--include-hidden), as school rows are.
 *
 * @example rows 项目 | 数值; 初中三年巩固率 | 96% → { code: "Q1_consolidation", value: 0.96, cell: "县级指标!B2" }
 */
export function readCountyFigures(grid: Grid, includeHidden = false, schools: readonly string[] = []): CountyFigures | null {
  const sheet = readSheetFigures(grid, includeHidden, schools);
  return sheet === null ? null : { ...stagedSheets([sheet]), unstaged: sheet };
}

/**
 * A figures sheet read, before its stage-less G7 and G13 figures are given their stages: these
 * are given them over all the figures sheets together (withStages), so that a stage given on its
 * own on another sheet keeps its own figure.
 */
export interface SheetFigures {
  /** The items read as such, stage-less ones marked (stagelessFigures). */
  readonly read: readonly ReadFigure[];
  /** What was said reading them: before what stagelessFigures says. */
  readonly issues: readonly Issue[];
  /** G8 and G11 computed from amounts and counts, with what was said computing them: after it. */
  readonly computed: CountyFigures;
}

/**
 * The county figures of several figures sheets (readCountyFigures), in sheet order: the stage-less
 * G7 and G13 figures of each given their stages against the figures of all the sheets
 * (stagelessFigures), so that 特殊教育学校小学生均公用经费 6200 on one sheet wins for primary over a
 * stage-less 5900 on another, as on one sheet. Figures without their sheet as read (`unstaged`)
 * are taken as they are.
 *
 * @example withStages([政府保障: 特殊教育学校生均公用经费 5900 (B2), 补充指标: 特殊教育学校小学生均公用经费 6200 (B2)]) // primary 6200 (补充指标!B2), junior 5900 (政府保障!B2)
 */
export function withStages(sheets: readonly CountyFigures[]): CountyFigures {
  const read = sheets.map((f): SheetFigures => f.unstaged ?? { read: f.figures.map((figure) => ({ figure, item: "", stageless: null })), issues: f.issues, computed: { figures: [], issues: [] } });
  return stagedSheets(read);
}

/** Sheets read (readSheetFigures) with their stage-less figures given stages over all of them (withStages). */
function stagedSheets(sheets: readonly SheetFigures[]): CountyFigures {
  const all = sheets.flatMap((s) => s.read);
  const staged = sheets.map((s) => ({ sheet: s, staged: stagelessFigures(s.read, all) }));
  return {
    figures: staged.flatMap(({ sheet, staged: st }) => [...st.figures, ...sheet.computed.figures]),
    issues: staged.flatMap(({ sheet, staged: st }) => [...sheet.issues, ...st.issues, ...sheet.computed.issues]),
  };
}

/**
 * The items of a sheet as rows: laid out across (itemsAcross), or down a 项目 | 数值 list, each
 * row's items (rowItems); null when the sheet names fewer than two known items and has no 项目 |
 * 数值 header (it is then not a figures sheet); `known` 0 under such a header (noItemRead says it).
 */
function sheetItems(grid: Grid): { layout: Layout; listed: ItemRow[]; across: boolean; known: number } | null {
  const rowsLayout = layoutOf(grid);
  // A 项目 | 数值 header says the list runs down; only a sheet without one may run across.
  const across = rowsLayout.headerRow === null ? itemsAcross(grid) : null;
  const layout = across?.layout ?? rowsLayout;
  const listed: ItemRow[] = across?.items ?? [];
  for (let row = (layout.headerRow ?? grid.top - 1) + 1; across === null && row < grid.top + grid.values.length; row++) listed.push(...rowItems(grid, row, layout));
  const known = listed.filter(isKnown).length;
  if (known < 2 && layout.headerRow === null) return null;
  return { layout, listed, across: across !== null, known };
}

/**
 * A sheet under a figures header (项目 | 数值, or 项目 | 数值 | 项目 | 数值) with values none of
 * whose rows names an item read: said at its header, with the first names found, rather than
 * dropped unseen (its 18 items would be 待评估 without a word); null without such a header, or
 * without a value on any row (then no figures list).
 */
function noItemRead(grid: Grid, layout: Layout): SheetFigures | null {
  const header = layout.headerRow;
  if (header === null || (layout.itemColumn !== null && layout.valueColumn === null)) return null;
  const names: string[] = [];
  for (let row = header + 1; row < grid.top + grid.values.length; row++) {
    const column = rowValueColumn(grid, layout, row);
    const own = column === null || layout.itemColumn === null ? null : textAt(grid, row, layout.itemColumn);
    const name = column === null ? undefined : (own ?? rowCells(grid, row).find((x) => x.c !== column)?.t);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  if (names.length === 0) return null;
  const found = rowCells(grid, header).map((x) => x.t).join(" | ");
  const issue = issueAt("read_figures_no_item", "warning", grid.sheet, header, layout.itemColumn ?? grid.left, { found, names: names.slice(0, 3).join("、") });
  return { read: [], issues: [...layout.notes, issue], computed: { figures: [], issues: [] } };
}

/** The item names a row of a list down gives (`初中三年巩固率`, or two side by side joined by 、), or null for none. */
function itemNames(listed: readonly ItemRow[], row: number): string | null {
  const names = listed.filter((i) => i.row === row).map((i) => i.text);
  return names.length === 0 ? null : names.join("、");
}

/** A figures sheet's rows to read: its items (rows of an aggregate block and skipped hidden rows left out) and the county each row's figure is of. */
interface SheetScope {
  readonly grid: Grid;
  readonly layout: Layout;
  readonly across: boolean;
  /** The county of each row of a list down naming it once per block (countiesDown), or null. */
  readonly counties: Map<number, RowCounty> | null;
  readonly hidden: HiddenFigureRows;
  readonly items: ItemRow[];
  readonly countyOf: CountyOf;
}

/** The rows of a sheet with items read and the county of each, worked out once for all its figures. */
function sheetScope(grid: Grid, found: { readonly layout: Layout; readonly listed: ItemRow[]; readonly across: boolean }, includeHidden: boolean, schools: readonly string[]): SheetScope {
  const { layout, listed, across } = found;
  // A list across names its county on each row; only a list down may name it once per block.
  const counties = !across && layout.countyColumn !== null ? countiesDown(grid, layout) : null;
  const hidden = hiddenFigureRows(grid, layout.headerRow, (row) => (across ? null : itemNames(listed, row)), includeHidden);
  const items = listed.filter((i) => counties?.get(i.row)?.aggregate !== true && !hidden.skipped(i.row));
  const sheetCounty = sheetCountyOf(grid, layout, listed, schools);
  const countyOf: CountyOf = (row) => (counties === null ? (countyCell(grid, layout, row) ?? sheetCounty) : (counties.get(row)?.county ?? null));
  return { grid, layout, across, counties, hidden, items, countyOf };
}

/** What is said of the sheet before any figure: its layout's notes, its hidden rows, the counties taken from the rows above (countiesFromAbove). */
function scopeIssues(scope: SheetScope): Issue[] {
  const { grid, layout, counties, items } = scope;
  const said = counties === null || layout.countyColumn === null ? [] : countiesFromAbove(grid, items, counties, layout.countyColumn);
  return [...layout.notes, ...scope.hidden.issues, ...said];
}

/**
 * The figures of a row whose sentence is a two-part item whole (wholeItemParts): its value cell's
 * values, each read for its part (sameForBoth: one value 均为 both; respectiveParts: 分别为 in the order
 * named; else assignParts) and said at the
 * cell; a cell whose values cannot be told apart is refused, saying to write them on two rows. Null
 * for any other row, or a blank or single value of G13 (read for both stages: stagelessFigures).
 *
 * @example 城区和镇区公办小学、初中…就近划片入学比例分别达到100%、95% | 100%、96.8% at C16 → primary 1, junior 0.968 at 县级指标!C16, read_figure_two_parts at C16
 */
function twoPartFigures(scope: SheetScope, item: ItemRow, issues: Issue[]): CountyFigure[] | null {
  const { grid, layout } = scope;
  const column = item.valueColumn;
  const text = column === null ? null : cellText(valueAt(grid, item.row, column));
  if (item.parts === null || column === null || text === null) return null;
  // 全县小学、初中分别为…: the scope words say which schools, not whose each value is.
  const named = withoutScope(text, item.parts);
  const { values, whole } = besideWhole(splitValues(named), item.parts);
  // G7's 特殊教育学校生均公用经费 names no stage, so no order: its amounts are taken by their labels only.
  const ordered = namesBothParts(item.text, item.parts);
  const both = sameForBoth(named, item.parts) ?? respectiveParts(named, item.parts, ordered);
  if (both === null && values.length < 2 && item.stageless !== null) return null;
  const assigned = both ?? (namedRespectively(named) ? null : assignParts(values, item.parts, ordered));
  // Each part as a single value on its own row: its unit, comparison words, plausibility and bare
  // percent said at the cell as there. The sentence's % (分别达到100%、95%) is the standard's, no unit.
  const percent = layout.percentHeader || saysPercent(unitTextOf(grid, item, layout));
  const beside = assigned !== null && assigned.length === 2 && assigned[0]?.text !== assigned[1]?.text;
  const read = (assigned ?? []).flatMap((r) => {
    const value = valueOf(grid, { ...item, code: r.part.code }, layout, r.part.code, itemUnit(r.part.code) ?? "ratio", column, issues, { raw: r.value, percent, part: true, beside });
    return value === null ? [] : [{ ...r, value }];
  });
  // A part refused is said by its own issue; what was made of the row only when every part given was read.
  const said = assigned === null || read.length === assigned.length ? twoPartsIssue(grid.sheet, item, column, text, assigned === null ? null : read, ordered) : null;
  if (said !== null) issues.push(said);
  const wholeUnused = { item: item.text, text, extra: whole.join("，") };
  if (whole.length > 0 && read.length > 0) issues.push(issueAt("read_figure_two_parts_whole_unused", "info", grid.sheet, item.row, column, wholeUnused));
  const cell = qualified(grid.sheet, a1(item.row, column));
  return read.map((r) => ({ county: scope.countyOf(item.row), code: r.part.code, value: r.value, cell }));
}

/** A value labelled as the whole county's (全县98.5%, 县域98.5%, 合计98.5%): neither stage's. */
const WHOLE_LABEL = /^(?:全县|全区|全市|全旗|县域|本县|合计|总计|总体|全部)/;

/**
 * A two-part cell's values, each part labelled (小学100%，初中96.8%), without the values labelled as
 * the whole county's beside them (全县98.5%), which are `whole`: the parts are read, the rest said
 * unused (reviewer R2 of s49: the cell was refused as if its stages were not labelled). Any other
 * cell's values as they are.
 *
 * @example besideWhole(["小学100%", "初中96.8%", "全县98.5%"], parts of G13) // { values: ["小学100%", "初中96.8%"], whole: ["全县98.5%"] }
 * @example besideWhole(["100%", "96.8%", "全县98.5%"], parts of G13) // { values: ["100%", "96.8%", "全县98.5%"], whole: [] }
 */
function besideWhole(values: readonly string[], parts: readonly [ItemPart, ItemPart]): { values: string[]; whole: string[] } {
  const whole = values.filter((v) => WHOLE_LABEL.test(normaliseText(v)));
  const kept = values.filter((v) => !whole.includes(v));
  const labels = kept.map((v) => pieceOf(v, parts)?.label ?? null);
  const eachPart = kept.length === 2 && parts.every((p) => labels.includes(p));
  return whole.length > 0 && eachPart ? { values: kept, whole } : { values: [...values], whole: [] };
}

/**
 * What was made of a two-part row, at its value cell: both parts read (info, each with its value as
 * typed), one (a warning: the other is not given; nothing when the sentence says it is on another
 * row, saysOtherRow), or none (a warning saying to write them on two rows, or labelled in the cell
 * when the sentence names no order: `ordered`, namesBothParts). `countyItem` is the
 * part read first, or the sentence's first when none.
 */
function twoPartsIssue(sheet: string, item: ItemRow, column: number, text: string, read: readonly { part: ItemPart; text: string }[] | null, ordered: boolean): Issue | null {
  const [first, second] = item.parts ?? [];
  const base = { item: item.text, text };
  // A sentence naming no order (G7's) is not told to give its values in an order: _labelled asks for 小学6500元，初中7000元.
  // _labelled speaks of amounts (小学6500元，初中7000元): a rate (G13) is shown a rate (小学100%，初中96.8%).
  const labelled = itemUnit(first?.code ?? "") === "ratio" ? "read_figure_two_parts_unsplit_labelled_ratio" : "read_figure_two_parts_unsplit_labelled";
  const unsplit = { ...base, countyItem: first?.code ?? "", secondItem: second?.code ?? "" };
  if (read === null) return issueAt(ordered ? "read_figure_two_parts_unsplit" : labelled, "warning", sheet, item.row, column, unsplit);
  const [r1, r2] = [read.find((r) => r.part === first), read.find((r) => r.part === second)];
  if (r1 !== undefined && r2 !== undefined) return issueAt("read_figure_two_parts", "info", sheet, item.row, column, { ...base, countyItem: r1.part.code, firstText: r1.text, secondItem: r2.part.code, secondText: r2.text });
  const [got, missing] = r1 !== undefined ? [first, second] : [second, first];
  if (saysOtherRow(item.text)) return null;
  return issueAt("read_figure_two_parts_one", "warning", sheet, item.row, column, { ...base, countyItem: got?.code ?? "", secondItem: missing?.code ?? "" });
}

/** Each item's figure (figureOf), with its item's text and whether it names a stage; what reading them says joins `issues`. */
function readFigures(scope: SheetScope, issues: Issue[]): ReadFigure[] {
  return scope.items.flatMap((i): ReadFigure[] => {
    issues.push(...wholeBesideIssue(scope.grid, i));
    const parts = twoPartFigures(scope, i, issues);
    if (parts !== null) return parts.map((figure) => ({ figure, item: i.text, stageless: null }));
    const before = issues.length;
    const figure = figureOf(scope.grid, i, scope.layout, scope.countyOf, issues);
    // The other stage's cell not read for want of its own: one word there, saying which cell to fill
    // (read_figure_no_data said to fill the cell itself, beside it: reviewer R2 of s49).
    if (figure === null && i.ownStageEmpty !== undefined) issues.splice(before);
    issues.push(...otherStageIssue(scope.grid, i, figure !== null));
    withVetoCounty(issues, before, scope.countyOf(i.row));
    return figure === null ? [] : [{ figure, item: i.text, stageless: i.stageless }];
  });
}

/**
 * The row's county on the issues from `from` on that name a veto item (`figureCounty`): a veto
 * value not read leaves its item with no figure to say whose it is, and withUnreadVetoCells
 * gives the item that cell by it, not by which county's figures lie nearest.
 */
function withVetoCounty(issues: Issue[], from: number, county: string | null): void {
  if (county === null) return;
  for (let k = from; k < issues.length; k++) {
    const issue = issues[k] as Issue;
    if (String(issue.params["countyItem"] ?? "").startsWith("V_")) issues[k] = { ...issue, params: { ...issue.params, figureCounty: county } };
  }
}

/**
 * The figures read, less the 无 of each veto row under stage columns that vetoHeld holds undecided:
 * one of its cells clears it while another gives no answer (见附件, refused there; 待核实, 暂无数据; a
 * stage cell blank beside no 全县 无), none saying 有. Its issues, naming the row's county, join
 * `issues`, each refused cell's bad value replaced by vetoHeld's one message there. 违规择校 | 无 |
 * 待核实 was decided 无 on the 小学 cell alone (s50 M1), 无 | (blank) too (s51 H1); both are 待评估 now.
 *
 * @example 违规择校 | 无 | 待核实 (stage columns B, C) → the V_school_choice false at B2 dropped, read_figure_veto_cell_undecided at C2
 * @example 违规择校 | 无 | 见附件 → read_figure_veto_cell_unread at C2 in place of read_figure_bad_value there
 */
function withVetoesHeld(scope: SheetScope, read: readonly ReadFigure[], issues: Issue[]): ReadFigure[] {
  const dropped = new Set<CountyFigure>();
  for (const item of vetoRowItems(scope)) {
    const cells = vetoRowCells(scope, item, read, issues);
    const held = vetoHeld({ item: item.text, code: item.code ?? "", cells });
    if (held.length === 0) continue;
    removeRefusals(issues, item.code, held);
    const before = issues.length;
    issues.push(...held);
    withVetoCounty(issues, before, scope.countyOf(item.row));
    for (const r of read) if (r.figure.value === false && cells.some((c) => c.cell === r.figure.cell)) dropped.add(r.figure);
  }
  return read.filter((r) => !dropped.has(r.figure));
}

/** Whether `issue` refuses veto item `code` at its cell (read_figure_bad_value and kin, an error). */
function refuses(issue: Issue, code: string | null): boolean {
  return issue.severity === "error" && issue.params["countyItem"] === code;
}

/** The refusals of veto item `code` at the cells vetoHeld says unread (read_figure_veto_cell_unread) taken out of `issues`: one message per cell. */
function removeRefusals(issues: Issue[], code: string | null, held: readonly Issue[]): void {
  const unread = new Set(held.filter((i) => i.code === "read_figure_veto_cell_unread").map((i) => i.cell));
  const kept = issues.filter((i) => !(unread.has(i.cell) && refuses(i, code)));
  issues.splice(0, issues.length, ...kept);
}

/** The first item of each veto row under stage columns without a value column (countyItemByStage made one item per cell). */
function vetoRowItems(scope: SheetScope): ItemRow[] {
  const { layout } = scope;
  const { primary, junior } = layout.stageColumns;
  if (layout.valueColumn !== null || (primary === null && junior === null)) return [];
  const veto = scope.items.filter((i) => i.code?.startsWith("V_") === true);
  return veto.filter((i, k) => !veto.slice(0, k).some((j) => j.row === i.row));
}

/**
 * The stage and 全县 cells of a veto row as read (VetoRowCell), each with its column's stage: a figure
 * read there gives its answer, and so does a cell repeating the value of one read beside it (无 | 无
 * | 待核实: countyItemByStage read the first 无 alone, and the message named one cell of two); a cell
 * an item was read from without a figure (refused: an error there, `issues`; 暂无数据) or one saying
 * there is no answer yet (待核实, left out of the row's items by givenIn) gives none, and so does a
 * blank stage cell (one under a merged cell is read as emptyStageCell says). / and 不适用 (the stage
 * has none) and a blank 全县 cell are left out.
 */
function vetoRowCells(scope: SheetScope, item: ItemRow, read: readonly ReadFigure[], issues: readonly Issue[]): VetoRowCell[] {
  const { grid, layout } = scope;
  const { whole, primary, junior } = layout.stageColumns;
  const stages = ([["whole", whole], ["primary", primary], ["junior", junior]] as const).flatMap(([stage, column]) => (column === null ? [] : [{ stage, column }]));
  const itemColumns = scope.items.filter((i) => i.row === item.row && i.code === item.code).map((i) => i.valueColumn);
  const cellOf = (column: number) => qualified(grid.sheet, a1(item.row, column));
  const figureAt = (column: number) => read.find((r) => r.figure.cell === cellOf(column) && r.figure.code === item.code)?.figure;
  return stages.sort((a, b) => a.column - b.column).flatMap(({ stage, column }): VetoRowCell[] => {
    const text = cellText(valueAt(grid, item.row, column));
    const cell = cellOf(column);
    const repeatOf = (raw?: CellValue) => repeated(scope, item, column, stages.map((s) => s.column), figureAt, raw);
    if (text === null) return stage === "whole" ? [] : emptyStageCell(scope, item, column, stage, repeatOf);
    const figure = figureAt(column) ?? repeatOf();
    if (figure !== undefined) return typeof figure.value === "boolean" ? [{ cell, text, answer: figure.value, stage }] : [];
    const refused = issues.some((i) => i.cell === cell && refuses(i, item.code)) ? { refused: true as const } : {};
    return itemColumns.includes(column) || saysNoData(text) ? [{ cell, text, answer: null, stage, ...refused }] : [];
  });
}

/**
 * A stage cell of a veto row with nothing in it, as vetoRowCells gives it: blank (held, said), or under
 * a merged area whose top-left cell holds text. Merged across the row (无 over B2:C2, 小学 and 初中) it
 * is left out, that cell answering for both stages; merged down from a row above (无 over C2:C3) it
 * answers as the merged text does where that repeats a value read on its own row (`repeatOf`), else it
 * gives none. 违规择校 | 无 merged over 小学 and 初中 was held as if the 初中 cell were blank (R1 of s51).
 */
function emptyStageCell(scope: SheetScope, item: ItemRow, column: number, stage: "primary" | "junior", repeatOf: (raw: CellValue) => CountyFigure | undefined): VetoRowCell[] {
  const cell = qualified(scope.grid.sheet, a1(item.row, column));
  const box = mergeAt(scope.grid, item.row, column);
  const raw = box === undefined ? null : valueAt(scope.grid, box.top, box.left);
  const text = cellText(raw);
  if (box === undefined || text === null) return [{ cell, text: "", answer: null, stage, blank: true }];
  if (box.top === item.row) return [];
  const value = repeatOf(raw)?.value;
  return [{ cell, text, answer: typeof value === "boolean" ? value : null, stage }];
}

/**
 * The figure read from another of the row's cells whose value this cell repeats (countyItemByStage read
 * one cell per value), or undefined; `raw`: the value to compare, when not the cell's own (a merged one).
 */
function repeated(scope: SheetScope, item: ItemRow, column: number, columns: readonly number[], figureAt: (column: number) => CountyFigure | undefined, raw?: CellValue): CountyFigure | undefined {
  const code = item.code ?? "";
  const value = valueAsOf(scope.grid, item, code, column, raw ?? valueAt(scope.grid, item.row, column));
  if (value === null) return undefined;
  const same = columns.find((c) => c !== column && figureAt(c) !== undefined && valueAsOf(scope.grid, item, code, c) === value);
  return same === undefined ? undefined : figureAt(same);
}

/** The figure read of an item for a county, which a computed figure is checked against (payFigures, rotationFigures). */
function givenFigure(read: readonly ReadFigure[], county: string | null, code: string): GivenFigure | undefined {
  // A 是 / 否 stating G8 is no ratio: the amounts beside it give one (payDeclared).
  const found = read.find((r) => r.figure.code === code && sameCounty(r.figure.county, county) && r.figure.answered !== true);
  return found === undefined ? undefined : { value: found.figure.value, cell: found.figure.cell, item: found.item };
}

/** G8 and G11 computed from the sheet's amounts and counts, and the figures read as payDeclared leaves them beside the computed G8. */
function computedFigures(scope: SheetScope, read: readonly ReadFigure[]): { computed: CountyFigures; declared: { read: ReadFigure[]; issues: Issue[] } } {
  const { grid, items, layout, countyOf } = scope;
  const given = (county: string | null, code: string): GivenFigure | undefined => givenFigure(read, county, code);
  const pay = payFigures(grid, items, layout, countyOf, (county) => given(county, "G8_pay_ratio"));
  const rotation = rotationFigures(grid, countCells(items, countyOf), layout.noteColumn, given);
  const declared = payDeclared(read, pay.figures, DEFAULT_PAY_THRESHOLD, (cell) => shownText(cellValue(grid, cell)));
  return { computed: { figures: [...pay.figures, ...rotation.figures], issues: [...declared.issues, ...pay.issues, ...rotation.issues] }, declared };
}

/** Each row of a list down with a value that nothing was read from nor said of, said at its value cell (unreadRows); none for a list across. */
function unreadIssues(scope: SheetScope, figures: readonly CountyFigure[], issues: readonly Issue[]): Issue[] {
  const { grid, layout, counties, hidden, items } = scope;
  const notRead = (row: number) => counties?.get(row)?.aggregate === true || hidden.skipped(row);
  const known = items.filter(isKnown).map((i) => i.row);
  return scope.across ? [] : unreadRows(grid, layout, notRead, known, figures, issues);
}

/**
 * One figures sheet read (readCountyFigures), its stage-less G7 and G13 figures left for
 * withStages; each row of a list down with a value that nothing was read from nor said of is said
 * at its value cell (unreadRows). Hidden or filtered-out rows are skipped unless `includeHidden`,
 * and said in one warning (or, read, one note) naming their items (hiddenFigureRows).
 */
export function readSheetFigures(grid: Grid, includeHidden = false, schools: readonly string[] = []): SheetFigures | null {
  const found = sheetItems(grid);
  if (found === null) return null;
  if (found.known === 0) return found.across ? null : noItemRead(grid, found.layout);
  const scope = sheetScope(grid, found, includeHidden, schools);
  const issues = scopeIssues(scope);
  const read = withVetoesHeld(scope, readFigures(scope, issues), issues);
  const { computed, declared } = computedFigures(scope, read);
  const unread = unreadIssues(scope, [...read.map((r) => r.figure), ...computed.figures], [...issues, ...computed.issues]);
  // A 是 / 否 the amounts overrule was not read as the county's verdict: payDeclared says what was done instead.
  const overruled = (i: Issue) => i.code === "read_figure_yes_no_answer" && read.some((r) => !declared.read.includes(r) && r.figure.cell === i.cell);
  const elsewhere = (i: Issue) => partGivenElsewhere(scope, i, read);
  const placed = (f: CountyFigure) => withCountyCell(scope, f);
  const builtItems = { ...computed, figures: computed.figures.map(placed) };
  return { read: declared.read.map((r) => ({ ...r, figure: placed(r.figure) })), issues: [...issues.filter((i) => !overruled(i) && !elsewhere(i)), ...unread], computed: builtItems };
}

/**
 * A read_figure_two_parts_one warning whose missing part is read from another row of the sheet for
 * the same county: the part is given, only not beside the other (reviewer R4, finding 3).
 *
 * @example 随迁子女…就读比例（留守儿童…）| 91.2% at B16 and 留守儿童关爱体系健全 | 是 at B17 → true for B16's warning
 */
function partGivenElsewhere(scope: SheetScope, issue: Issue, read: readonly ReadFigure[]): boolean {
  const row = rowOnSheet(scope.grid.sheet, issue.cell);
  if (issue.code !== "read_figure_two_parts_one" || row === null) return false;
  const county = scope.countyOf(row);
  return read.some(({ figure }) => figure.code === issue.params.secondItem && figure.county === county);
}

/**
 * A figure of a row with a 县区 cell, given that cell (CountyFigure.countyCell): the row's own, or
 * the one above its block's blank cells take their county from (countiesDown); as it is on a sheet
 * without a county column or a figure naming no county.
 *
 * @example 东三县 in A34, 初中三年巩固率 96% in C34 → { …, cell: "县级指标!C34", countyCell: "县级指标!A34" }
 */
function withCountyCell(scope: SheetScope, figure: CountyFigure): CountyFigure {
  const column = scope.layout.countyColumn;
  const row = rowOnSheet(scope.grid.sheet, figure.cell);
  if (column === null || row === null || figure.county === null) return figure;
  // A county merged down over its block is named in the merge's top cell.
  const own = textAt(scope.grid, row, column) === null ? null : qualified(scope.grid.sheet, a1(mergeAt(scope.grid, row, column)?.top ?? row, column));
  const cell = own ?? scope.counties?.get(row)?.from ?? null;
  return cell === null ? figure : { ...figure, countyCell: cell };
}
