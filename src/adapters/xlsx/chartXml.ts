import { markupText } from "../../messages/markupText";

/** A series' name: the header cell it is read from and that cell's text. */
export interface SeriesName {
  readonly ref: string;
  readonly text: string;
}

/** One series: its values' cells, the values as written (null where a cell holds no number) and their number format. */
export interface ChartSeriesData {
  readonly name: SeriesName;
  readonly ref: string;
  readonly values: readonly (number | null)[];
  readonly format: string;
  readonly kind: "column" | "line";
  /** Fill RRGGBB, or null for the viewer's own. */
  readonly colour: string | null;
}

/** What one chart shows, with the cells it reads and the values they hold (the caches). */
export interface ChartData {
  readonly title: string;
  readonly stacked: boolean;
  readonly categories: { readonly ref: string; readonly texts: readonly string[] };
  readonly series: readonly ChartSeriesData[];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The two axes' ids, shared by the columns and the line (one plot, one pair of axes). */
const CAT_AX = 500100;
const VAL_AX = 500200;

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;

function strCache(texts: readonly string[]): string {
  const points = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${markupText(t)}</c:v></c:pt>`).join("");
  return `<c:strCache>${val("ptCount", texts.length)}${points}</c:strCache>`;
}

/** Unrounded values (String gives the shortest text that reads back as the same double); a cell without a number has no point. */
function numCache(values: readonly (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${markupText(format)}</c:formatCode>${val("ptCount", values.length)}${points}</c:numCache>`;
}

const strRef = (ref: string, texts: readonly string[]) => `<c:strRef><c:f>${markupText(ref)}</c:f>${strCache(texts)}</c:strRef>`;

function fill(s: ChartSeriesData): string {
  if (s.colour === null) return "";
  const solid = `<a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill>`;
  return s.kind === "line" ? `<c:spPr><a:ln w="28575">${solid}</a:ln></c:spPr>` : `<c:spPr>${solid}<a:ln><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>`;
}

/** CT_BarSer / CT_LineSer: idx, order, tx, spPr, (invertIfNegative | marker), cat, val (ECMA-376 Part 1, 21.2.2). */
function seriesXml(s: ChartSeriesData, index: number, chart: ChartData): string {
  const own = s.kind === "line" ? "" : val("invertIfNegative", 0);
  const cat = `<c:cat>${strRef(chart.categories.ref, chart.categories.texts)}</c:cat>`;
  const values = `<c:val><c:numRef><c:f>${markupText(s.ref)}</c:f>${numCache(s.values, s.format)}</c:numRef></c:val>`;
  const smooth = s.kind === "line" ? val("smooth", 0) : "";
  return `<c:ser>${val("idx", index)}${val("order", index)}<c:tx>${strRef(s.name.ref, [s.name.text])}</c:tx>${fill(s)}${own}${cat}${values}${smooth}</c:ser>`;
}

const axIds = `${val("axId", CAT_AX)}${val("axId", VAL_AX)}`;

/** CT_BarChart: barDir, grouping, varyColors, ser*, gapWidth, overlap, axId×2. */
function barChart(chart: ChartData, series: string): string {
  const grouping = val("grouping", chart.stacked ? "stacked" : "clustered");
  const overlap = chart.stacked ? val("overlap", 100) : "";
  return `<c:barChart>${val("barDir", "col")}${grouping}${val("varyColors", 0)}${series}${val("gapWidth", 150)}${overlap}${axIds}</c:barChart>`;
}

/** CT_LineChart: grouping, varyColors, ser*, marker, axId×2. */
function lineChart(series: string): string {
  return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${series}${val("marker", 1)}${axIds}</c:lineChart>`;
}

/**
 * CT_CatAx then CT_ValAx, each in its schema order: axId, scaling, delete, axPos, (majorGridlines),
 * numFmt, ticks, crossAx, crosses, …. The value axis starts at 0 (CVs, counts and shares are never
 * negative): LibreOffice otherwise starts a stack of 23 + 1 at 22, and the columns no longer show the sections whole.
 */
function axes(format: string): string {
  const common = (id: number, min: string) => `${val("axId", id)}<c:scaling>${val("orientation", "minMax")}${min}</c:scaling>${val("delete", 0)}`;
  const ticks = `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}`;
  const cat = `<c:catAx>${common(CAT_AX, "")}${val("axPos", "b")}${ticks}${val("crossAx", VAL_AX)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const numFmt = `<c:numFmt formatCode="${markupText(format)}" sourceLinked="1"/>`;
  const value = `<c:valAx>${common(VAL_AX, val("min", 0))}${val("axPos", "l")}<c:majorGridlines/>${numFmt}${ticks}${val("crossAx", CAT_AX)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return cat + value;
}

/** CT_Title: tx (rich text), overlay. */
function title(text: string): string {
  const run = `<a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${markupText(text)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>${run}</a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>`;
}

/**
 * The chart part (c:chartSpace) for one chart: its columns (clustered, or stacked with overlap 100)
 * and any line series on the same axes, each series reading its cells and carrying their values as
 * caches so that a viewer that does not recalculate draws it as written; the title above, the
 * legend below. Elements in the sequence ECMA-376 Part 1 §21.2 requires (CT_ChartSpace, CT_Chart,
 * CT_PlotArea, …), which Excel enforces: a part out of order makes it refuse the whole file.
 *
 * @example chartXml({ title: "甲县 小学 差异系数", stacked: false, categories: { ref: "'差异系数'!$A$12:$A$18", … },
 *   series: [{ name: { ref: "'差异系数'!$F$11", text: "差异系数" }, ref: "'差异系数'!$F$12:$F$18", kind: "column", … },
 *            { …, ref: "'差异系数'!$G$12:$G$18", kind: "line" }] })
 *   // <c:chartSpace …><c:chart><c:title>…甲县 小学 差异系数…<c:plotArea><c:layout/><c:barChart>…<c:ser>…</c:barChart>
 *   //   <c:lineChart>…<c:ser>…</c:lineChart><c:catAx>…<c:valAx>…</c:plotArea><c:legend>…b…</c:legend>…</c:chart></c:chartSpace>
 */
export function chartXml(chart: ChartData): string {
  const indexed = chart.series.map((s, i) => ({ s, xml: seriesXml(s, i, chart) }));
  const columns = indexed.filter((x) => x.s.kind === "column").map((x) => x.xml).join("");
  const lines = indexed.filter((x) => x.s.kind === "line").map((x) => x.xml).join("");
  const plot = `<c:plotArea><c:layout/>${barChart(chart, columns)}${lines === "" ? "" : lineChart(lines)}${axes(chart.series[0]?.format ?? "General")}</c:plotArea>`;
  const legend = `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>`;
  const body = `${title(chart.title)}${val("autoTitleDeleted", 0)}${plot}${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>${val("date1904", 0)}${val("lang", "zh-CN")}${val("roundedCorners", 0)}<c:chart>${body}</c:chart></c:chartSpace>`;
}
