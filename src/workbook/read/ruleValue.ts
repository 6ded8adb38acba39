import type { CellValue } from "../types";
import { parseCellNumber, toBaseUnit } from "./parseCellNumber";
import { parseYesNo } from "./schoolKind";
import type { LeafKind } from "./schemaPath";
import { stripYuan } from "./stripYuan";
import { cellText, foldText } from "./text";

const NULL_WORDS = /^(null|无|空|不适用)$/i;

/** Settings in yuan (a per-student norm, an L6 standard, a unit cost): 2,600元 and 0.26万元 read as on the county figures sheet. */
const YUAN_PATH = /^(standards\.\w+\.L6|guarantee\.funding\.(norm\.\w+|boardingExtra)|unitCosts\.\w+)$/;
/** Settings counting students (a teaching point's minimum, a school or class size): 70人 is 70. */
const STUDENTS_PATH = /^(scope\.teachingPointMinStudents|guarantee\.(classSize|schoolSize)\.[\w.]*(single|combined|primary|junior|large|superLarge|\w*[Ss]tudents))$/;

export type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

function convertJson(text: string): Converted {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A number typed with the unit its path counts in, without the unit: `2,600元` → 2600 for a yuan setting, `70人` → "70" for a count of students; anything else as it is. */
function withoutUnit(v: CellValue, path: string): CellValue {
  if (typeof v !== "string") return v;
  if (YUAN_PATH.test(path)) {
    const { value, factor } = stripYuan(v, "");
    if (factor === 1) return value;
    const p = parseCellNumber(value, "measure");
    return p.status === "number" ? toBaseUnit(p.value, factor) : v;
  }
  const folded = foldText(v);
  return STUDENTS_PATH.test(path) && /\d人$/.test(folded) ? folded.slice(0, -1) : v;
}

function convertNumber(v: CellValue): Converted {
  const p = parseCellNumber(v, "ratio");
  if (p.status === "number") return { ok: true, value: p.value };
  return typeof v === "number" && Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
}

/**
 * A cell converted to what the profile path holds: numbers (95% → 0.95; with `path`, 2,600元 for a
 * yuan setting and 70人 for a count of students, as the county figures sheet reads them), 是 / 否,
 * text, JSON; 无 / null for nullable paths.
 * @example convertSetting("88.6%", { kind: "number", nullable: false }) // { ok: true, value: 0.886 }
 * @example convertSetting("2,600元", { kind: "number", nullable: false }, "standards.junior.L6") // { ok: true, value: 2600 }
 */
export function convertSetting(v: CellValue, leaf: LeafKind, path = ""): Converted {
  const text = cellText(v) ?? "";
  if (leaf.nullable && NULL_WORDS.test(text.trim())) return { ok: true, value: null };
  if (leaf.kind === "number") return convertNumber(withoutUnit(v, path));
  if (leaf.kind === "boolean") {
    const b = typeof v === "boolean" ? v : parseYesNo(text);
    return b === null ? { ok: false } : { ok: true, value: b };
  }
  if (leaf.kind === "string") return text !== "" && (leaf.options === null || leaf.options.includes(text.trim())) ? { ok: true, value: text.trim() } : { ok: false };
  return convertJson(text);
}
