import { sheetLayout } from "../../workbook/write/sheetLayout";
import { chartSheet } from "../../workbook/write/testing/chartSheet";
import { chartXml } from "./chartXml";
import { sheetCharts } from "./sheetCharts";
import { childNames, find, findAll, xmlTree, type XmlNode } from "./testing/xmlTree";

function charts(sheet = "差异系数", caption?: string) {
  const spec = chartSheet(caption);
  return sheetCharts(spec, sheetLayout(spec), sheet);
}

function parsed(index: number, sheet?: string, caption?: string): XmlNode {
  const chart = charts(sheet, caption)[index];
  if (!chart) throw new Error(`no chart ${index}`);
  return xmlTree(chartXml(chart.data));
}

/** A series' formulas and cached points: [name ref, name text, values ref, points as idx → text]. */
function series(ser: XmlNode) {
  const tx = find(find(ser, "c:tx") as XmlNode, "c:strRef") as XmlNode;
  const val = find(find(ser, "c:val") as XmlNode, "c:numRef") as XmlNode;
  const points = findAll(val, "c:pt").map((p) => [p.attributes.idx, find(p, "c:v")?.text]);
  return { name: find(tx, "c:f")?.text, nameText: find(tx, "c:v")?.text, values: find(val, "c:f")?.text, count: find(val, "c:ptCount")?.attributes.val, points };
}

describe("chartXml over a hand-laid 差异系数 sheet (chartSheet: header in row 5, L1–L3 in rows 6–8)", () => {
  it("writes the CV per indicator as columns and the limit as a line, each with its cells and their values unrounded", () => {
    const space = parsed(0);
    const [cv, limit] = findAll(space, "c:ser").map(series);
    // CV in column D: header D5, values D6:D8; L3's CV is not evaluable: no point 2, ptCount still 3.
    expect(cv).toEqual({ name: "'差异系数'!$D$5", nameText: "差异系数", values: "'差异系数'!$D$6:$D$8", count: "3", points: [["0", "0.3012345678"], ["1", "0.612"]] });
    expect(limit).toEqual({ name: "'差异系数'!$E$5", nameText: "限值", values: "'差异系数'!$E$6:$E$8", count: "3", points: [["0", "0.5"], ["1", "0.5"], ["2", "0.5"]] });
    const categories = find(find(space, "c:cat") as XmlNode, "c:strRef") as XmlNode;
    expect(find(categories, "c:f")?.text).toBe("'差异系数'!$A$6:$A$8");
    expect(findAll(categories, "c:v").map((v) => v.text)).toEqual(["L1", "L2", "L3"]);
    expect(find(space, "c:title")?.children.length).toBe(2);
    expect(findAll(find(space, "c:title") as XmlNode, "a:t").map((t) => t.text)).toEqual(["甲县 · 小学 差异系数"]);
    expect(find(find(space, "c:barChart") as XmlNode, "c:grouping")?.attributes.val).toBe("clustered");
    expect(find(space, "c:legendPos")?.attributes.val).toBe("b");
  });

  it("stacks met / at floor / below with green, amber and red fills (header row 12, L1–L2 in 13–14)", () => {
    const space = parsed(1);
    const bar = find(space, "c:barChart") as XmlNode;
    expect(childNames(bar)).toEqual(["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:ser", "c:ser", "c:gapWidth", "c:overlap", "c:axId", "c:axId"]);
    expect(find(bar, "c:grouping")?.attributes.val).toBe("stacked");
    expect(find(bar, "c:overlap")?.attributes.val).toBe("100");
    expect(find(space, "c:lineChart")).toBeUndefined();
    const sers = findAll(bar, "c:ser");
    expect(sers.map((s) => series(s))).toEqual([
      { name: "'差异系数'!$B$12", nameText: "达标", values: "'差异系数'!$B$13:$B$14", count: "2", points: [["0", "2"], ["1", "1"]] },
      { name: "'差异系数'!$C$12", nameText: "达85%未达标", values: "'差异系数'!$C$13:$C$14", count: "2", points: [["0", "1"], ["1", "1"]] },
      { name: "'差异系数'!$D$12", nameText: "低于85%", values: "'差异系数'!$D$13:$D$14", count: "2", points: [["0", "0"], ["1", "1"]] },
    ]);
    // EMPHASIS_COLOURS' fills: good C6EFCE, warn FFEB9C, bad FFC7CE.
    expect(sers.map((s) => find(find(s, "c:spPr") as XmlNode, "a:srgbClr")?.attributes.val)).toEqual(["C6EFCE", "FFEB9C", "FFC7CE"]);
    expect(childNames(sers[0])).toEqual(["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:cat", "c:val"]);
    // Stacked, each category adds up to the sections evaluated: 2 + 1 + 0 = 3, 1 + 1 + 1 = 3.
    const totals = [0, 1].map((k) => sers.reduce((sum, s) => sum + Number(series(s).points[k]?.[1]), 0));
    expect(totals).toEqual([3, 3]);
  });

  it("follows ECMA-376's sequences (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_BarSer, CT_LineChart, CT_LineSer, CT_CatAx, CT_ValAx), which Excel enforces", () => {
    const space = parsed(0);
    expect(space.name).toBe("c:chartSpace");
    expect(childNames(space)).toEqual(["c:date1904", "c:lang", "c:roundedCorners", "c:chart"]);
    expect(childNames(find(space, "c:chart"))).toEqual(["c:title", "c:autoTitleDeleted", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs"]);
    expect(childNames(find(space, "c:plotArea"))).toEqual(["c:layout", "c:barChart", "c:lineChart", "c:catAx", "c:valAx"]);
    const bar = find(space, "c:barChart") as XmlNode;
    expect(childNames(bar)).toEqual(["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:axId", "c:axId"]);
    expect(childNames(find(bar, "c:ser"))).toEqual(["c:idx", "c:order", "c:tx", "c:invertIfNegative", "c:cat", "c:val"]);
    const line = find(space, "c:lineChart") as XmlNode;
    expect(childNames(line)).toEqual(["c:grouping", "c:varyColors", "c:ser", "c:marker", "c:axId", "c:axId"]);
    expect(childNames(find(line, "c:ser"))).toEqual(["c:idx", "c:order", "c:tx", "c:cat", "c:val", "c:smooth"]);
    expect(childNames(find(space, "c:catAx"))).toEqual(["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:crossAx", "c:crosses", "c:auto", "c:lblAlgn", "c:lblOffset", "c:noMultiLvlLbl"]);
    expect(childNames(find(space, "c:valAx"))).toEqual(["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:crossAx", "c:crosses", "c:crossBetween"]);
    expect(childNames(find(find(space, "c:valAx") as XmlNode, "c:scaling"))).toEqual(["c:orientation", "c:min"]);
    // The columns and the line on one pair of axes; the series numbered 0, 1 across both.
    const ids = (n: XmlNode) => findAll(n, "c:axId").map((a) => a.attributes.val);
    expect(ids(line)).toEqual(ids(bar));
    expect([find(space, "c:catAx"), find(space, "c:valAx")].map((a) => find(a as XmlNode, "c:axId")?.attributes.val)).toEqual(ids(bar));
    expect(findAll(space, "c:idx").map((i) => i.attributes.val)).toEqual(["0", "1"]);
  });

  it("escapes a title with quotes, & and <, and quotes a sheet name holding a quote by doubling it", () => {
    const chart = charts("O'Brien县", '甲县 "A&B" <一>')[0];
    if (!chart) throw new Error("no chart");
    const xml = chartXml(chart.data);
    expect(xml).toContain("<a:t>甲县 &quot;A&amp;B&quot; &lt;一&gt; 差异系数</a:t>");
    const space = xmlTree(xml);
    expect(findAll(find(space, "c:title") as XmlNode, "a:t").map((t) => t.text)).toEqual(['甲县 "A&B" <一> 差异系数']);
    expect(series(find(space, "c:ser") as XmlNode).values).toBe("'O''Brien县'!$D$6:$D$8");
  });

  it("is checked by a parser that refuses XML which is not well-formed", () => {
    expect(() => xmlTree('<c:a xmlns:c="urn:c">A&B</c:a>')).toThrow();
    expect(() => xmlTree("<c:a>x</c:a>")).toThrow();
  });

  it("draws nothing on a coefficients sheet whose table has no indicator rows", () => {
    const spec = chartSheet();
    const empty = { ...spec, tables: spec.tables.map((t) => ({ ...t, rows: [] })) };
    expect(sheetCharts(empty, sheetLayout(empty), "差异系数")).toEqual([]);
  });
});
