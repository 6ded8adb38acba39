/** A list of the mapping table: its column's letters and its kind (field or stage). */
export interface FocusedList {
  column: string;
  kind: "field" | "stage";
}

/**
 * Which list of the mapping table has the focus: its column's letters and its kind (field or stage); null when none has.
 *
 * @example the stage list of the row of column D focused → { column: "D", kind: "stage" }
 */
export function focusedList(tbody: HTMLElement): FocusedList | null {
  const active = document.activeElement as HTMLElement | null;
  if (active === null || active.tagName !== "SELECT" || active.closest("tbody") !== tbody) return null;
  const column = active.closest("tr")?.querySelector("td")?.textContent ?? "";
  return { column, kind: active.classList.contains("stage") ? "stage" : "field" };
}

/** Gives the focus to the list of `focused`'s kind in the row of its column (the field list when the stage list is now disabled). */
export function refocus(tbody: HTMLElement, focused: FocusedList): void {
  const row = Array.from(tbody.querySelectorAll("tr")).find((tr) => tr.querySelector("td")?.textContent === focused.column);
  const list = row?.querySelector<HTMLSelectElement>(`select.${focused.kind}`);
  const target = list?.disabled ? row?.querySelector<HTMLSelectElement>("select.field") : list;
  target?.focus();
}
