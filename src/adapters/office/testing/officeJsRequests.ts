/**
 * Office.js's own request builder, to measure what a batch puts on the wire (tests only).
 *
 * office.js itself is a loader and cannot be imported, but @microsoft/office-js ships the Excel
 * host file (excel-web-16.00.debug.js) holding OfficeExtension and the Excel classes. Run in a VM
 * context with the few browser globals it touches, its RequestContext builds each request body
 * exactly as in Excel on the web; a session override hands the body to us instead of a host and
 * answers with an empty response. Objects that need a response (worksheets.add, loads) cannot be
 * used afterwards, so measured batches work on `worksheets.getItem(name)`.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { utf8Length } from "../payload";

interface OfficeJsGlobals {
  Excel: typeof Excel;
  OfficeExtension: { SessionBase: { _overrideSession: unknown } };
}

let loaded: OfficeJsGlobals | null = null;
const bodies: string[] = [];

function officeJs(): OfficeJsGlobals {
  if (loaded !== null) return loaded;
  const dist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  const source = readFileSync(join(dist, "excel-web-16.00.debug.js"), "utf8");
  const document = { getElementsByTagName: () => [], addEventListener: () => undefined, createElement: () => ({ style: {}, setAttribute: () => undefined }), readyState: "complete", cookie: "" };
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise, navigator: { userAgent: "node" }, location: { href: "https://localhost/", search: "", hash: "" }, document };
  Object.assign(sandbox, { window: sandbox, self: sandbox, top: sandbox, parent: sandbox, addEventListener: () => undefined, removeEventListener: () => undefined });
  createContext(sandbox);
  runInContext(source, sandbox, { filename: "excel-web-16.00.debug.js" });
  const globals = sandbox as unknown as OfficeJsGlobals;
  const executor = {
    executeAsync: (_data: unknown, _flags: number, message: { Body: unknown }) => {
      bodies.push(JSON.stringify(message.Body));
      return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results: [] } });
    },
  };
  globals.OfficeExtension.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://localhost/workbook", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  loaded = globals;
  return loaded;
}

/**
 * Runs `batch` on a real Office.js RequestContext and returns the UTF-8 size of each request body
 * it sent. `idsFrom` numbers the objects from there, as a long run does (ids are in every path
 * and action, so their digits count).
 */
export async function officeJsRequestBytes(batch: (context: Excel.RequestContext) => Promise<void>, idsFrom = 1_000_000): Promise<number[]> {
  const context = new (officeJs().Excel.RequestContext)();
  const ids = context as unknown as { _nextId(): number };
  if (idsFrom > 1) while (ids._nextId() < idsFrom - 1);
  bodies.length = 0;
  await batch(context);
  return bodies.map(utf8Length);
}
