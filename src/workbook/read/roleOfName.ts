import { once } from "../../engine/once";
import { FIELD_KEYS, STAGES } from "../../engine/types";
import { columnRoleLabel } from "../../messages/catalogue";
import type { Lang } from "../../messages/types";
import { BACKBONE_PART_SETS, META_KEYS, PARTS, type Part } from "./keys";
import { fixKey, parseFixKey, type FixRole } from "./matchColumns";
import { PE_ART_PARTS } from "./rowFields";
import { foldText } from "./text";

/**
 * Natural Chinese names of the L3 parts (rules.md §2 L3) as a statistician types them, beside the
 * labels 列对应关系 shows: 音乐美术 (or 音乐、美术) for the 音乐美术合计 column, 艺术 for 艺术（音乐、美术）.
 * Taken bare (音乐美术=I) or after the field (体育、艺术专任教师数：音乐美术=I).
 */
const PART_NAMES: Readonly<Partial<Record<Part, readonly string[]>>> = {
  pe: ["体育", "体育教师", "体育与健康"],
  music: ["音乐", "音乐教师"],
  art: ["美术", "美术教师"],
  musicArt: ["音乐美术", "美术音乐", "音美", "音乐美术教师"],
  arts: ["艺术", "艺术教师"],
};

/** A name folded for comparing: full-width folded, no spaces, lower case, and 、 , dropped (音乐、美术 = 音乐美术). */
function folded(text: string): string {
  return foldText(text).toLowerCase().replace(/[、,]/g, "");
}

interface Named {
  readonly role: FixRole;
  readonly names: readonly string[];
}

/** A role with its labels in both languages as columnRoleLabel gives them. */
function labelled(role: FixRole): Named {
  const names = (["zh", "en"] as const).map((lang) => columnRoleLabel({ field: role.key, stage: role.stage, part: role.part }, lang));
  return { role, names: names.map(folded) };
}

/** The natural names of a part, bare and after each language's field label (体育、艺术专任教师数：音乐美术). */
function partNames(part: Part): Named {
  const role: FixRole = { key: "peArtTeachers", stage: null, part };
  const fields = (["zh", "en"] as const).map((lang) => columnRoleLabel({ field: "peArtTeachers", stage: null, part: null }, lang));
  const own = PART_NAMES[part] ?? [];
  return { role, names: [...own, ...fields.flatMap((f) => own.map((n) => `${f}:${n}`))].map(folded) };
}

/** Every role a column may be given, with the names it goes by, built on first use. */
const NAMED = once((): readonly Named[] => {
  const roles = [...META_KEYS, ...FIELD_KEYS].flatMap((key) => {
    const numeric = (FIELD_KEYS as readonly string[]).includes(key);
    const stages = numeric ? [null, ...STAGES] : [null];
    const parts = numeric ? [null, ...PARTS] : [null];
    return stages.flatMap((stage) => parts.map((part) => labelled({ key, stage, part })));
  });
  return [...roles, ...PARTS.filter((p) => PART_NAMES[p] !== undefined).map(partNames)];
});

/**
 * The role a field is named by, on the command line (`--map`) and in the task pane alike: its key
 * as the pane saves it (teachingArea, students@primary, peArtTeachers#musicArt), its label in
 * either language as 列对应关系 shows it (教学及辅助用房面积, 体育、艺术专任教师数：体育), or a
 * natural name of an L3 part (音乐美术, 音乐、美术, 艺术; PART_NAMES); null when none.
 *
 * @example roleOfName("体育、艺术专任教师数：音乐、美术") // { key: "peArtTeachers", stage: null, part: "musicArt" }
 * @example roleOfName("面积") // null
 */
export function roleOfName(text: string): FixRole | null {
  const key = parseFixKey(text.trim());
  if (key !== null) return key;
  const name = folded(text);
  return NAMED().find((n) => n.names.includes(name))?.role ?? null;
}

/** A role's name as fixKey writes it, for callers keeping roles by key. @example roleKeyOfName("音乐美术") // "peArtTeachers#musicArt" */
export function roleKeyOfName(text: string): string | null {
  const role = roleOfName(text);
  return role === null ? null : fixKey(role);
}

/**
 * The names a field may be given by, in the run's language, for a message refusing one it does not
 * know: each field's label, and the parts of the fields that add up from parts (体育、艺术专任教师数：体育).
 *
 * @example knownRoleNames("zh") // ["学校名称", "县区", …, "体育、艺术专任教师数：音乐美术合计", …]
 */
export function knownRoleNames(lang: Lang): string[] {
  const fields = [...META_KEYS, ...FIELD_KEYS].map((field) => columnRoleLabel({ field, stage: null, part: null }, lang));
  const parts = PARTS.map((part) => columnRoleLabel({ field: fieldOfPart(part), stage: null, part }, lang));
  return [...new Set([...fields, ...parts])];
}

/** The field a part adds up to (keys.ts PARTS: degrees for L1, levels for L2, subjects for L3): by the sets each adds up from. */
function fieldOfPart(part: Part): string {
  if (BACKBONE_PART_SETS.some((set) => set.includes(part))) return "backboneTeachers";
  return PE_ART_PARTS.some((set) => set.includes(part)) ? "peArtTeachers" : "qualifiedTeachers";
}
