import type { Stage } from "../engine/types";
import { fieldOptions, stageOptions, takesStage, unitText, type FieldOption, type MappingRow, type MappingView } from "../addin/mappingView";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { fixKey, parseFixKey, type FixRole } from "../workbook/read/matchColumns";
import { el, option } from "./dom";
import { roleText } from "../addin/roleChanges";

/** Called when the user gives `column` a role (null: not used); `header` is what the row showed for it. */
type OnFix = (column: number, role: FixRole | null, header: string) => void;

interface Lists {
  readonly fields: readonly FieldOption[];
  readonly stages: readonly { value: "" | Stage; label: string }[];
  readonly lang: Lang;
}

/** The role the two lists of a row say: the field (with its part) and, for a numeric field, the stage; the option values are fix keys (fixKey). */
function chosenRole(field: HTMLSelectElement, stage: HTMLSelectElement): FixRole | null {
  const picked = field.value === "" ? null : parseFixKey(field.value);
  if (picked === null || !takesStage(picked.key)) return picked;
  return { ...picked, stage: stage.value === "" ? null : (stage.value as Stage) };
}

/** A column as its lists are named for a screen reader: letters and header, or the letters alone when the header is blank. */
function accessibleName(kind: "field" | "stage", row: MappingRow, lang: Lang): string {
  const code = `addin_mapping_${kind}_name${row.header.trim() === "" ? "_bare" : ""}`;
  return message(code, { column: row.address, header: row.header }, lang);
}

/** A list with its options, named for its column, whose tooltip is the chosen option in full (a narrow pane cuts the list's text). */
function namedSelect(className: "field" | "stage", options: readonly HTMLOptionElement[], name: string): HTMLSelectElement {
  const select = el("select", { className });
  select.append(...options);
  select.setAttribute("aria-label", name);
  const showChosen = () => (select.title = (options.find((o) => o.selected) ?? options[0])?.textContent ?? "");
  showChosen();
  select.addEventListener("change", showChosen);
  return select;
}

/** Which rows show their lists (by column number), and what to tell when the user opens or closes one. */
export interface RowOpening {
  readonly open: ReadonlySet<number>;
  toggled(column: number, open: boolean): void;
}

const ALL_CLOSED: RowOpening = { open: new Set(), toggled: () => undefined };

function rowElement(row: MappingRow, lists: Lists, onFix: OnFix, opening: RowOpening): HTMLTableRowElement {
  const shown = rowLists(row, lists, onFix);
  shown.hidden = !opening.open.has(row.column);
  const role = el("td", { className: "role" }, roleButton(row, lists.lang, shown, opening), shown);
  return el("tr", { className: row.role === null ? "unused" : "" }, el("td", { className: "col", text: row.address }), headerCell(row, lists.lang), role);
}

/** The row's field list and stage list (the stage list disabled for a field that takes none), each reporting a change. */
function rowLists(row: MappingRow, lists: Lists, onFix: OnFix): HTMLDivElement {
  const fieldValue = row.role === null ? "" : fixKey({ ...row.role, stage: null });
  const ignore = option("", message("addin_mapping_ignore", {}, lists.lang), fieldValue === "");
  const field = namedSelect("field", [ignore, ...lists.fields.map((o) => option(o.value, o.label, o.value === fieldValue))], accessibleName("field", row, lists.lang));
  const stages = lists.stages.map((s) => option(s.value, s.label, s.value === (row.role?.stage ?? "")));
  const stage = namedSelect("stage", stages, accessibleName("stage", row, lists.lang));
  stage.disabled = row.role === null || !takesStage(row.role.key);
  field.addEventListener("change", () => onFix(row.column, chosenRole(field, stage), row.header));
  stage.addEventListener("change", () => onFix(row.column, chosenRole(field, stage), row.header));
  return el("div", { className: "lists" }, field, stage);
}

/**
 * The row's role as text, a button that shows the row's lists (`shown`) or hides them again; opening
 * moves the focus to the field list, where the correction is made.
 */
function roleButton(row: MappingRow, lang: Lang, shown: HTMLElement, opening: RowOpening): HTMLButtonElement {
  const text = shownRole(row.role, lang);
  const button = el("button", { className: "role-text", text: buttonRole(row.role, lang) });
  button.type = "button";
  button.title = text;
  const name = row.header.trim() === "" ? "addin_mapping_edit_name_bare" : "addin_mapping_edit_name";
  button.setAttribute("aria-label", message(name, { column: row.address, header: row.header, role: text }, lang));
  button.setAttribute("aria-expanded", String(!shown.hidden));
  button.addEventListener("click", () => {
    shown.hidden = !shown.hidden;
    button.setAttribute("aria-expanded", String(!shown.hidden));
    opening.toggled(row.column, !shown.hidden);
    if (!shown.hidden) shown.querySelector<HTMLSelectElement>("select.field")?.focus();
  });
  return button;
}

/**
 * A role as its row's button says it: the stage first, so that the two lines the button keeps at
 * 320 px never cut it off; two columns of one field (专科及以上 of 小学 and of 初中) differ only by
 * it, and a wrong stage gives wrong figures per stage. Its title and accessible name say shownRole.
 *
 * @example buttonRole({ key: "qualifiedTeachers", stage: "primary", part: "associateUp" }, "zh") // "小学 · 专科及以上（高于规定学历专任教师数）"
 * @example buttonRole({ key: "students", stage: "junior", part: null }, "en") // "Junior secondary · Students"
 * @example buttonRole({ key: "name", stage: null, part: null }, "zh") // "学校名称"
 */
export function buttonRole(role: FixRole | null, lang: Lang): string {
  if (role === null || role.stage === null) return shownRole(role, lang);
  const label = shownRole({ ...role, stage: null }, lang);
  return message("addin_role_stage_first", { role: label, stage: message(`stage_${role.stage}`, {}, lang) }, lang);
}

/**
 * A role as the row says it: the field's label as its list shows it (a part first: 本科及以上（高于规定学历专任教师数）),
 * its stage after it; "（不使用）" for a column not used.
 *
 * @example shownRole({ key: "students", stage: "junior", part: null }, "zh") // "在校生数（初中）"
 * @example shownRole({ key: "qualifiedTeachers", stage: null, part: "bachelorUp" }, "zh") // "本科及以上（高于规定学历专任教师数）"
 * @example shownRole(null, "en") // "(not used)"
 */
export function shownRole(role: FixRole | null, lang: Lang): string {
  if (role === null) return message("addin_mapping_ignore", {}, lang);
  const own = { value: fixKey({ ...role, stage: null }), label: roleText({ ...role, stage: null, part: null }, lang) };
  const label = shownOption(own, lang).label;
  return role.stage === null ? label : message("addin_role_stage", { role: label, stage: message(`stage_${role.stage}`, {}, lang) }, lang);
}

/**
 * The column's header with its unit factor under it (按万元读取（×10000）) when it has one: in the header's
 * cell rather than a column of its own, which would stand empty on most rows and take its width
 * from the field lists at every pane width.
 */
function headerCell(row: MappingRow, lang: Lang): HTMLTableCellElement {
  const unit = unitText(row.unitFactor, row.unit, lang);
  const cell = el("td", { className: "header", text: row.header });
  if (unit !== "") cell.appendChild(el("span", { className: "unit", text: unit }));
  return cell;
}

/**
 * A field option as the list shows it: a part of a sum names its part first (本科及以上（高于规定学历专任教师数）),
 * so that the parts of one field differ within the first characters a narrow list shows.
 */
function shownOption(o: FieldOption, lang: Lang): FieldOption {
  const role = parseFixKey(o.value);
  if (role === null || role.part === null) return o;
  const part = message(`addin_part_${role.part}`, {}, lang);
  return { value: o.value, label: message("addin_mapping_part_option", { part, fieldLabel: message(`field_${role.key}`, {}, lang) }, lang) };
}

/**
 * The mapping table's rows: per column its letter, header with its unit factor (按万元读取（×10000）), and
 * role as text (shownRole), a button that shows the row's field list and stage list (for numeric
 * fields) — shown at once for the columns `opening` holds open. A change of either list reports the
 * column's new role; "（不使用）" reports null.
 */
export function mappingRows(view: MappingView, lang: Lang, onFix: OnFix, opening: RowOpening = ALL_CLOSED): HTMLTableRowElement[] {
  const lists: Lists = { fields: fieldOptions(lang).map((o) => shownOption(o, lang)), stages: stageOptions(lang), lang };
  return view.rows.map((row) => rowElement(row, lists, onFix, opening));
}
