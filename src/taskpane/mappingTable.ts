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

/** The role the two lists of a row say: the field (with its part) and, for a numeric field, the stage. */
function chosenRole(field: HTMLSelectElement, stage: HTMLSelectElement): FixRole | null {
  const picked = field.value === "" ? null : parseFixKey(field.value);
  if (picked === null || !takesStage(picked.key)) return picked;
  return { ...picked, stage: stage.value === "" ? null : (stage.value as Stage) };
}

function rowElement(row: MappingRow, lists: Lists, onFix: OnFix): HTMLTableRowElement {
  const t = (code: string) => message(code, {}, lists.lang);
  const fieldValue = row.role === null ? "" : fixKey({ ...row.role, stage: null });
  const field = el("select", { className: "field" });
  field.append(option("", t("addin_mapping_ignore"), fieldValue === ""), ...lists.fields.map((o) => option(o.value, o.label, o.value === fieldValue)));
  const stage = el("select", { className: "stage" });
  stage.append(...lists.stages.map((s) => option(s.value, s.label, s.value === (row.role?.stage ?? ""))));
  stage.title = t("field_stage");
  stage.disabled = row.role === null || !takesStage(row.role.key);
  field.addEventListener("change", () => onFix(row.column, chosenRole(field, stage), row.header));
  stage.addEventListener("change", () => onFix(row.column, chosenRole(field, stage), row.header));
  const cells = [el("td", { className: "col", text: row.address }), el("td", { text: row.header }), el("td", { className: "role" }, field, stage), el("td", { className: "unit", text: unitText(row.unitFactor, row.unit, lists.lang) })];
  return el("tr", { className: row.role === null ? "unused" : "" }, ...cells);
}

/**
 * The mapping table's rows: per column its letter, header, role (field with its part, and a stage
 * list for numeric fields) and unit factor (万元 ×10000). A change of either list reports the
 * column's new role; "（不使用）" reports null.
 */
export function mappingRows(view: MappingView, lang: Lang, onFix: OnFix): HTMLTableRowElement[] {
  const lists: Lists = { fields: fieldOptions(lang), stages: stageOptions(lang), lang };
  return view.rows.map((row) => rowElement(row, lists, onFix));
}
