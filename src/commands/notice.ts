/**
 * The message dialog of the ribbon command (notice.html): shows the text it is given in its URL
 * and tells the command page when OK is clicked. Deliberately tiny: no catalogue, no Excel.
 */
function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`notice.html has no #${id}`);
  return node;
}

function show(params: URLSearchParams): void {
  document.documentElement.lang = params.get("lang") === "en" ? "en" : "zh-CN";
  byId("title").textContent = params.get("title") ?? "";
  byId("text").textContent = params.get("text") ?? "";
  byId("ok").textContent = params.get("ok") ?? "OK";
  byId("ok").addEventListener("click", () => Office.context.ui.messageParent("close"));
}

show(new URLSearchParams(window.location.search));
Office.onReady(() => undefined);
