import { settle } from "./settle";

type Builders = Readonly<Record<string, () => unknown>>;

/** A class that "constructs" the object it is given: so that LateBuilders can add its private field to any object. */
class Given {
  constructor(target: object) {
    // Returning an object from a constructor makes it `this` for the subclass (ECMAScript 10.2.2 [[Construct]]).
    return target;
  }
}

/**
 * Keeps an object's builders of its late properties in a private field of the object: seen by no
 * key listing (Object.keys, Reflect.ownKeys), spread, JSON.stringify, structuredClone or toEqual.
 * Not a WeakMap, whose table, keyed by young objects, was itself kept through young collections
 * and cost as much as it saved; not a symbol property, which Reflect.ownKeys shows and whose
 * definition cost a quarter more.
 */
class LateBuilders extends Given {
  readonly #builders: Builders;

  private constructor(target: object, builders: Builders) {
    super(target);
    this.#builders = builders;
  }

  /** Gives `target` its builders. */
  static keep(target: object, builders: Builders): void {
    new LateBuilders(target, builders);
  }

  /** The builders `target` was given, or those of the object it inherits from that was (a getter read through a prototype, as a literal's getter could be), or undefined. */
  static of(target: object): Builders | undefined {
    for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) if (#builders in o) return (o as LateBuilders).#builders;
    return undefined;
  }
}

/** One getter per property name, shared by every object that has the property late. */
const GETTERS = new Map<string, PropertyDescriptor>();

/** The value a late property of `target` is built from: its builder, which withLateProperties kept. */
function built(target: object, key: string): unknown {
  const build = LateBuilders.of(target)?.[key];
  if (build === undefined) throw new Error(`no builder of the late property ${key}`);
  return build();
}

function getterOf(key: string): PropertyDescriptor {
  let getter = GETTERS.get(key);
  if (getter === undefined) {
    getter = { get(this: object): unknown { return settle(this, key, built(this, key)); }, enumerable: true, configurable: true };
    GETTERS.set(key, getter);
  }
  return getter;
}

/**
 * A copy of `fields` whose properties named in `builders` are getters that build their value when
 * first read and settle it (see settle), each at its place among the keys: reads, spreads and
 * JSON.stringify see what a literal's getters gave. Why not a literal's getters: those are new
 * functions for every object, and V8 gives each object with getters of its own a hidden class of
 * its own, kept in old space, which kept everything the getters reached alive through two
 * collections of the young generation — every county's items, records and figures, promoted and
 * then freed only by a full collection (half the time of a county of 10 sections). These getters
 * are one function per name for all objects, so the objects share hidden classes; what each
 * builds from is kept in the object's private field (LateBuilders). A copy built key by key rather
 * than `fields` with its properties redefined: a data property made a getter turns the object into
 * a slow dictionary (a kilobyte, and twice the time).
 *
 * @example withLateProperties({ a: 1, b: null }, { b: () => 2 }).b // 2, built on this first read; Object.keys → ["a", "b"]
 */
export function withLateProperties<T extends object>(fields: T, builders: Builders): T {
  const late = lateCopy(fields, builders);
  keepShape(late, fields, builders);
  return late as T;
}

/** The copy withLateProperties hands back: its builders first, then each key of `fields`, a getter where `builders` has one. */
function lateCopy(fields: object, builders: Builders): Record<string, unknown> {
  const late: Record<string, unknown> = {};
  // First, so that every such object takes the same hidden classes as its keys are added.
  LateBuilders.keep(late, builders);
  for (const key in fields) {
    if (Object.hasOwn(builders, key)) Object.defineProperty(late, key, getterOf(key));
    else late[key] = (fields as Record<string, unknown>)[key];
  }
  return late;
}

/** The builder of each of a keeper's late properties: never called, as nothing reads a keeper. */
function notKept(): never {
  throw new Error("a shape keeper's late property was read");
}

/** Builders of the same names as `builders`, each notKept: a keeper's, which hold nothing of the object it was copied from. */
function withoutBuilders(builders: Builders): Builders {
  const none: Record<string, () => unknown> = {};
  for (const key in builders) none[key] = notKept;
  return none;
}

/**
 * One object of each shape withLateProperties has made, its late properties without builders, kept
 * for as long as the module lives. Without it no object of the shape outlives an evaluation whose
 * result is let go (a bench run, a batch's county), and a full collection drops the shape's hidden
 * classes, which the classes before them hold only weakly: the next evaluation made them again,
 * key by key, in the runtime's slow path. Measured after a full collection, two county results
 * took 53 µs without a keeper and 18 µs with one; an evaluation of 100 sections in 2 counties
 * 15–17 % less time (A/B in turn, each run after a collection, as the bench runs), of 1,000 in 10
 * counties 2–5 %, near the noise. Keyed by the keys and which of them are late; a keeper holds the data of the
 * first object of its shape (a county's coefficients and areas, an item's failing schools), never
 * its builders, so no county's records; there are two shapes (a county's result, an item with
 * its cells late).
 */
const keepers = new Map<string, object>();

function keepShape(late: Record<string, unknown>, fields: object, builders: Builders): void {
  let shape = "";
  for (const key in late) shape += Object.hasOwn(builders, key) ? `${key}*,` : `${key},`;
  if (!keepers.has(shape)) keepers.set(shape, lateCopy(fields, withoutBuilders(builders)));
}

