import type { ChartBox } from "../../workbook/write/chartBox";
import { markupText } from "../../messages/markupText";

/** A chart on a drawing: the cells it covers, its name (shown in Excel's selection pane) and its relationship id. */
export interface DrawnChart {
  readonly box: ChartBox;
  readonly name: string;
  readonly rId: string;
}

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A cell corner as xdr:from / xdr:to write it (0-based column and row, no offset). */
const corner = (tag: string, column: number, row: number) =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** One twoCellAnchor: from the top-left corner of the box's first cell to the top-left of the cell past its last, so that it covers the last cell whole. */
function anchor(chart: DrawnChart, id: number): string {
  const { top, left, bottom, right } = chart.box;
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${markupText(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart ${CHART_NS} r:id="${chart.rId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  return `<xdr:twoCellAnchor editAs="oneCell">${corner("from", left, top)}${corner("to", right + 1, bottom + 1)}${frame}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/**
 * A sheet's drawing part (xdr:wsDr): one anchored graphic frame per chart, pointing at the chart
 * part through the drawing's relationships. Shape ids start at 2 (1 is the drawing's own).
 *
 * @example drawingXml([{ box: { top: 8, left: 9, bottom: 17, right: 15 }, name: "Chart 1", rId: "rId1" }])
 *          // …<xdr:from><xdr:col>9</xdr:col>…<xdr:row>8</xdr:row>…<xdr:to><xdr:col>16</xdr:col>…<xdr:row>18</xdr:row>… r:id="rId1"…
 */
export function drawingXml(charts: readonly DrawnChart[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${charts.map((c, i) => anchor(c, i + 2)).join("")}</xdr:wsDr>`;
}
