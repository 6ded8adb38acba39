import { byId, el } from "./dom";

/** The lines under the table: the reading problem, then the columns a choice changed besides its own; polite to a screen reader (role status). */
export function showMappingStatus(readProblem: readonly string[], moved: readonly string[]): void {
  const lines = [...readProblem.map((text) => el("p", { className: "warn-text", text })), ...moved.map((text) => el("p", { className: "notice", text }))];
  mappingStatus().replaceChildren(...lines);
}

/**
 * The live region under the mapping table, made once (before its first text, as a live region
 * must be to be read out) where the page has none of its own.
 */
function mappingStatus(): HTMLElement {
  const found = document.getElementById("mapping-status");
  if (found !== null) return found;
  const status = el("div");
  status.id = "mapping-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  byId("mapping-missing").before(status);
  return status;
}
