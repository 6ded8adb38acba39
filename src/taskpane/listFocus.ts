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
  const row = columnRow(tbody, focused.column);
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
  const row = columns.map((c) => columnRow(tbody, c)).find((tr) => tr !== undefined) ?? tbody.querySelector("tr");
  row?.querySelector<HTMLButtonElement>("button.role-text")?.focus();
}

/**
 * The keyboard's focus to the row of column `letters`: its field list when the row shows its lists
 * (open to check a correction there), else its role button; where a held correction's line, gone,
 * leaves the user (heldLine.ts refocusHeld).
 *
 * @example 移到 E 列 opened E's row → E's field list; D's row closed → D's role button
 */
export function focusColumn(tbody: HTMLElement, letters: string): void {
  const lists = columnRow(tbody, letters)?.querySelector<HTMLElement>("div.lists");
  if (lists && !lists.hidden) refocus(tbody, { column: letters, kind: "field" });
  else focusRoleButton(tbody, [letters]);
}

/** The mapping table's row of the column `letters` (its first cell's text); undefined when the table has none. */
function columnRow(tbody: HTMLElement, letters: string): HTMLTableRowElement | undefined {
  return Array.from(tbody.querySelectorAll("tr")).find((tr) => tr.querySelector("td")?.textContent === letters);
}
