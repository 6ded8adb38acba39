/**
 * The message dialog of the ribbon command (notice.html): shows the text it is given in its URL
 * and tells the command page when OK is clicked. Deliberately tiny: no Excel, and of the catalogue
 * only the add-in's own table, for the title and button when the URL lacks them.
 */
import { ADDIN_MESSAGES } from "../messages/addinMessages";
import type { Lang } from "../messages/types";

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`notice.html has no #${id}`);
  return node;
}

/** The URL's text, else the catalogue's in the dialog's language. */
function text(params: URLSearchParams, name: string, code: string, lang: Lang): string {
  return params.get(name) ?? ADDIN_MESSAGES[code]?.[lang] ?? "";
}

/** Fills the page from its URL (noticeUrl in officeRibbon.ts) and wires OK. */
export function showNotice(params: URLSearchParams, onOk: () => void): void {
  const lang: Lang = params.get("lang") === "en" ? "en" : "zh";
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  const title = text(params, "title", "addin_notice_title", lang);
  document.title = title;
  byId("title").textContent = title;
  byId("text").textContent = params.get("text") ?? "";
  byId("ok").textContent = text(params, "ok", "addin_notice_ok", lang);
  byId("ok").addEventListener("click", onOk);
}

// In the dialog page (not when a test imports this module): the text shows even if office.js failed to load.
if (typeof window !== "undefined") {
  showNotice(new URLSearchParams(window.location.search), () => Office.context.ui.messageParent("close"));
  if (typeof Office !== "undefined") Office.onReady(() => undefined);
}
