import type { Stage } from "../engine/types";
import { fieldOptions, stageOptions, takesStage, unitText, type FieldOption, type MappingRow, type MappingView } from "../addin/mappingView";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { fixKey, parseFixKey, type FixRole } from "../workbook/read/matchColumns";
import { el, option } from "./dom";

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

function rowElement(row: MappingRow, lists: Lists, onFix: OnFix): HTMLTableRowElement {
  const fieldValue = row.role === null ? "" : fixKey({ ...row.role, stage: null });
  const ignore = option("", message("addin_mapping_ignore", {}, lists.lang), fieldValue === "");
  const field = namedSelect("field", [ignore, ...lists.fields.map((o) => option(o.value, o.label, o.value === fieldValue))], accessibleName("field", row, lists.lang));
  const stages = lists.stages.map((s) => option(s.value, s.label, s.value === (row.role?.stage ?? "")));
  const stage = namedSelect("stage", stages, accessibleName("stage", row, lists.lang));
  stage.disabled = row.role === null || !takesStage(row.role.key);
  field.addEventListener("change", () => onFix(row.column, chosenRole(field, stage), row.header));
  stage.addEventListener("change", () => onFix(row.column, chosenRole(field, stage), row.header));
  const cells = [el("td", { className: "col", text: row.address }), headerCell(row, lists.lang), el("td", { className: "role" }, field, stage)];
  return el("tr", { className: row.role === null ? "unused" : "" }, ...cells);
}

/**
 * The column's header with its unit factor under it (万元 ×10000) when it has one: in the header's
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
 * The mapping table's rows: per column its letter, header with its unit factor (万元 ×10000), and
 * role (field with its part, and a stage list for numeric fields). A change of either list reports the
 * column's new role; "（不使用）" reports null.
 */
export function mappingRows(view: MappingView, lang: Lang, onFix: OnFix): HTMLTableRowElement[] {
  const lists: Lists = { fields: fieldOptions(lang).map((o) => shownOption(o, lang)), stages: stageOptions(lang), lang };
  return view.rows.map((row) => rowElement(row, lists, onFix));
}
