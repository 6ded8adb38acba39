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

/**
 * After 恢复自动识别 the button hides itself (no corrections left), which drops the keyboard's
 * focus to the page: it goes instead to the role button of the first column that had been
 * corrected, now showing what the reader recognised there (the first row's when that column is no
 * longer in the table), so that the user goes on from the table rather than from the top.
 *
 * @example the fixes on H and K dropped → focusRoleButton(tbody, ["H", "K"]) focuses H's button
 */
export function focusRoleButton(tbody: HTMLElement, columns: readonly string[]): void {
  const rows = Array.from(tbody.querySelectorAll("tr"));
  const row = columns.map((c) => rows.find((tr) => tr.querySelector("td")?.textContent === c)).find((tr) => tr !== undefined) ?? rows[0];
  row?.querySelector<HTMLButtonElement>("button.role-text")?.focus();
}
