import { z } from "zod";
import { profileSchema } from "../../profiles/schema";

/** What a 规则 sheet value must be converted to. */
export type LeafKind =
  | { readonly kind: "number"; readonly nullable: boolean }
  | { readonly kind: "boolean"; readonly nullable: boolean }
  | { readonly kind: "string"; readonly nullable: boolean; readonly options: readonly string[] | null }
  /** Objects, arrays, records: written as JSON text. */
  | { readonly kind: "json"; readonly nullable: boolean };

function unwrap(t: z.ZodType): { type: z.ZodType; nullable: boolean } {
  let type = t;
  let nullable = false;
  for (;;) {
    if (type instanceof z.ZodNullable) nullable = true;
    else if (!(type instanceof z.ZodOptional || type instanceof z.ZodDefault)) return { type, nullable };
    type = (type as z.ZodNullable<z.ZodType> | z.ZodOptional<z.ZodType>).unwrap() as z.ZodType;
  }
}

function child(t: z.ZodType, key: string): z.ZodType | null {
  const { type } = unwrap(t);
  if (type instanceof z.ZodObject) return (type.shape as Record<string, z.ZodType>)[key] ?? null;
  if (type instanceof z.ZodRecord) return (type.keyType as z.ZodType).safeParse(key).success ? (type.valueType as z.ZodType) : null;
  return null;
}

function leafOf(t: z.ZodType): LeafKind {
  const { type, nullable } = unwrap(t);
  if (type instanceof z.ZodNumber) return { kind: "number", nullable };
  if (type instanceof z.ZodBoolean) return { kind: "boolean", nullable };
  if (type instanceof z.ZodEnum) return { kind: "string", nullable, options: type.options.map(String) };
  if (type instanceof z.ZodString) return { kind: "string", nullable, options: null };
  return { kind: "json", nullable };
}

/**
 * The kind of value a dotted profile path holds (schema.ts), or null when the path does not exist.
 *
 * @example schemaLeaf("cvLimits.primary") // { kind: "number", nullable: false }
 * @example schemaLeaf("scope.includePrivate") // { kind: "boolean", nullable: false }
 * @example schemaLeaf("cvLimits.senior") // null
 */
export function schemaLeaf(path: string): LeafKind | null {
  const keys = path.split(".").map((k) => k.trim());
  if (keys.some((k) => k === "")) return null;
  let t: z.ZodType | null = profileSchema;
  for (const key of keys) {
    t = t === null ? null : child(t, key);
    if (t === null) return null;
  }
  return leafOf(t);
}
