/**
 * Objects whose keys come from the profile (an item's parts, keyed by county-item code) get their
 * hidden classes in V8 by adding the keys one by one; those hidden classes live only as long as
 * some object has them. Once a result is dropped, the next garbage collection frees them, and the
 * next evaluation builds them again (slowly) and deoptimises the code that knew them. Keeping one
 * small copy of each shape avoids that. A prototype-free (dictionary) object avoids hidden
 * classes too, but costs about a kilobyte per object.
 *
 * Not a cache of values: the copy holds nulls under the same keys. Keyed weakly by an object that
 * stands for the shape and lives as long as the profile (its list of county items for the item):
 * nothing outlives the profile.
 */
const kept = new WeakMap<object, object>();

/**
 * Returns `value` unchanged, first keeping a copy of its shape for `anchor` (once per anchor).
 *
 * @example keptShape(countyItemsOf(profile, "G11"), { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 }) // the same object
 */
export function keptShape<T extends object>(anchor: object, value: T): T {
  if (!kept.has(anchor)) {
    const copy: Record<string, null> = {};
    for (const key of Object.keys(value)) copy[key] = null;
    kept.set(anchor, copy);
  }
  return value;
}

/** The shape kept for `anchor`, if any (for tests). */
export function keptShapeOf(anchor: object): object | undefined {
  return kept.get(anchor);
}
