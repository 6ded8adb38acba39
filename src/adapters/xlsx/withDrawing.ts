/**
 * The worksheet children that CT_Worksheet puts after <drawing> (ECMA-376 Part 1, 18.3.1.99):
 * the element goes before the first of these, after pageSetup, headerFooter, breaks and the rest.
 */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/** Tags with their position: start, end or empty, and the local name (exceljs writes the main namespace unprefixed). */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** Where the first top-level child of <worksheet> named in AFTER_DRAWING starts; the end tag of <worksheet> when none is there. */
function drawingPosition(sheet: string): number {
  let depth = 0;
  for (const m of sheet.matchAll(TAG)) {
    const [, closing, name = "", empty] = m;
    if (closing === "/") {
      depth--;
      if (depth === 0) return m.index;
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.has(name)) return m.index;
    if (empty !== "/") depth++;
  }
  throw new Error("worksheet part has no </worksheet>");
}

/**
 * A worksheet part with <drawing r:id="…"/> where the schema's sequence requires it: before
 * legacyDrawing, tableParts and extLst (top-level ones: a data bar's cfRule holds an extLst of its
 * own, which must not be taken for the sheet's). A sheet out of order is a file Excel repairs.
 *
 * @example withDrawing('<worksheet …><sheetData/><pageSetup …/><tableParts count="1">…</tableParts><extLst>…</extLst></worksheet>', "rId8")
 *          // '<worksheet …><sheetData/><pageSetup …/><drawing r:id="rId8"/><tableParts count="1">…'
 */
export function withDrawing(sheet: string, rId: string): string {
  const body = sheet.indexOf("<worksheet");
  if (body < 0) throw new Error("not a worksheet part");
  // A sheet holds one drawing; exceljs writes one only for images, which result sheets do not have.
  if (/<drawing[\s/>]/.test(sheet)) throw new Error("worksheet part already has a drawing");
  const at = body + drawingPosition(sheet.slice(body));
  return `${sheet.slice(0, at)}<drawing r:id="${rId}"/>${sheet.slice(at)}`;
}
