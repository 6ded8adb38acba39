import { startTags, xmlAttributes } from "./xmlAttributes";
import { markupText } from "../../messages/markupText";

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * A part's relationships by id: Id → Target (as written, relative to the part's folder).
 * @example relationshipTargets('<Relationships …><Relationship Id="rId4" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
 *          // Map { "rId4" → "worksheets/sheet1.xml" }
 */
export function relationshipTargets(rels: string): Map<string, string> {
  return new Map(startTags(rels, "Relationship").map((tag) => { const a = xmlAttributes(tag); return [a.get("Id") ?? "", a.get("Target") ?? ""]; }));
}

/**
 * A relationships part with one more relationship, under the first rId{n} not taken (exceljs
 * numbers its own rId1…; a second drawing must not reuse one). Null `rels`: the part is new.
 * @example addRelationship('…<Relationship Id="rId1" …/><Relationship Id="rId7" …/></Relationships>', DRAWING, "../drawings/drawing1.xml")
 *          // { id: "rId8", xml: '…<Relationship Id="rId8" Type="…/drawing" Target="../drawings/drawing1.xml"/></Relationships>' }
 */
export function addRelationship(rels: string | null, type: string, target: string): { xml: string; id: string } {
  const xml = rels ?? EMPTY_RELS;
  const taken = [...relationshipTargets(xml).keys()].map((id) => /^rId(\d+)$/.exec(id)?.[1]).map(Number).filter(Number.isFinite);
  const id = `rId${Math.max(0, ...taken) + 1}`;
  const added = `<Relationship Id="${id}" Type="${markupText(type)}" Target="${markupText(target)}"/>`;
  return { id, xml: xml.replace(/<\/Relationships>\s*$/, `${added}</Relationships>`) };
}
