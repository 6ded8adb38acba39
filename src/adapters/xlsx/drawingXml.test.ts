import { drawingXml } from "./drawingXml";
import { childNames, find, findAll, xmlTree, type XmlNode } from "./testing/xmlTree";

describe("drawingXml", () => {
  const xml = drawingXml([
    { box: { top: 3, left: 6, bottom: 12, right: 12 }, name: '甲县 "A&B" 差异系数', rId: "rId1" },
    { box: { top: 10, left: 6, bottom: 19, right: 12 }, name: "甲县 · 小学：各项指标达标学校数", rId: "rId2" },
  ]);
  const tree = xmlTree(xml);
  const cell = (n: XmlNode | undefined) => ({ col: find(n as XmlNode, "xdr:col")?.text, row: find(n as XmlNode, "xdr:row")?.text });

  it("anchors each chart from its box's first cell to the cell past its last (G4 to N14 for rows 3–12, columns 6–12)", () => {
    const anchors = findAll(tree, "xdr:twoCellAnchor");
    expect(anchors.map((a) => [cell(find(a, "xdr:from")), cell(find(a, "xdr:to"))])).toEqual([
      [{ col: "6", row: "3" }, { col: "13", row: "13" }],
      [{ col: "6", row: "10" }, { col: "13", row: "20" }],
    ]);
    expect(childNames(anchors[0])).toEqual(["xdr:from", "xdr:to", "xdr:graphicFrame", "xdr:clientData"]);
  });

  it("points each frame at its chart's relationship, with distinct shape ids and the title as its name (escaped)", () => {
    expect(findAll(tree, "c:chart").map((c) => c.attributes["r:id"])).toEqual(["rId1", "rId2"]);
    expect(findAll(tree, "xdr:cNvPr").map((c) => [c.attributes.id, c.attributes.name])).toEqual([["2", '甲县 "A&B" 差异系数'], ["3", "甲县 · 小学：各项指标达标学校数"]]);
  });
});
