import { addRelationship, relationshipTargets } from "./relationships";

const RELS = '<?xml version="1.0"?>\n<Relationships xmlns="pkg"><Relationship Id="rId1" Type="t/table" Target="../tables/table4.xml"/><Relationship Id="rId7" Type="t/hyperlink" Target="a&amp;b.xlsx" TargetMode="External"/></Relationships>';

describe("relationships", () => {
  it("reads the targets by id, unescaped", () => {
    expect([...relationshipTargets(RELS)]).toEqual([["rId1", "../tables/table4.xml"], ["rId7", "a&b.xlsx"]]);
  });

  it("adds one under the first rId above the highest taken (rId8 after rId1 and rId7)", () => {
    const { id, xml } = addRelationship(RELS, "http://x/drawing", "../drawings/drawing1.xml");
    expect(id).toBe("rId8");
    expect(xml.endsWith('<Relationship Id="rId8" Type="http://x/drawing" Target="../drawings/drawing1.xml"/></Relationships>')).toBe(true);
    expect(relationshipTargets(xml).size).toBe(3);
  });

  it("makes the part when there is none (a drawing's own relationships): rId1", () => {
    const { id, xml } = addRelationship(null, "http://x/chart", "../charts/chart1.xml");
    expect(id).toBe("rId1");
    expect([...relationshipTargets(xml)]).toEqual([["rId1", "../charts/chart1.xml"]]);
  });
});
