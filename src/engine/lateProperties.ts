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
 * a slow dictionary (a kilobyte, and twice the time). `builders` is a literal of functions: a key
 * is late when it is one of its keys.
 *
 * What to do with each key is worked out once per shape (planOf): every county's result has the
 * same keys, and telling them each time (a key string built, hashed and looked up, a getter found
 * by name, Object.hasOwn per key) cost twice the copy itself.
 *
 * @example withLateProperties({ a: 1, b: null }, { b: () => 2 }).b // 2, built on this first read; Object.keys → ["a", "b"]
 */
export function withLateProperties<T extends object>(fields: T, builders: Builders): T {
  return lateCopy(fields, builders, planOf(fields, builders)) as T;
}

/** How withLateProperties copies objects of one shape: their keys in order, and for each the shared getter of a late one (null: copied). */
interface LatePlan {
  readonly keys: readonly string[];
  /** The builders' keys in order: with `keys`, what an object is matched to its plan by. */
  readonly builderKeys: readonly string[];
  readonly getters: readonly (PropertyDescriptor | null)[];
}

/**
 * Every plan made, each with one object of its shape, its late properties without builders, kept
 * for as long as the module lives. Without it no object of the shape outlives an evaluation whose
 * result is let go (a bench run, a batch's county), and a full collection drops the shape's hidden
 * classes, which the classes before them hold only weakly: the next evaluation made them again,
 * key by key, in the runtime's slow path. Measured after a full collection, two county results
 * took 53 µs without a keeper and 18 µs with one; an evaluation of 100 sections in 2 counties
 * 15–17 % less time (A/B in turn, each run after a collection, as the bench runs), of 1,000 in 10
 * counties 2–5 %, near the noise. A keeper holds the data of the first object of its shape (a
 * county's coefficients and areas, a note's parameters), never its builders, so no county's
 * records. The engine makes two shapes (a county's result, the rooms-estimate note's parameters):
 * a list searched in order is quicker than any keyed lookup.
 */
const plans: { readonly plan: LatePlan; readonly keeper: object }[] = [];

/** The plan of `fields` with `builders`: found among those made (fits), or made and its shape kept. */
function planOf(fields: object, builders: Builders): LatePlan {
  for (let p = 0; p < plans.length; p++) {
    const { plan } = plans[p] as (typeof plans)[number];
    if (fits(plan, fields, builders)) return plan;
  }
  const keys = keysOf(fields);
  const builderKeys = keysOf(builders);
  const plan: LatePlan = { keys, builderKeys, getters: keys.map((key) => (builderKeys.includes(key) ? getterOf(key) : null)) };
  plans.push({ plan, keeper: lateCopy(fields, withoutBuilders(builderKeys), plan) });
  return plan;
}

/** Whether `fields` and `builders` have the keys of `plan`, in its order: property names compared as the same strings, no lookup. */
function fits(plan: LatePlan, fields: object, builders: Builders): boolean {
  let i = 0;
  for (const key in fields) if (plan.keys[i++] !== key) return false;
  if (i !== plan.keys.length) return false;
  let b = 0;
  for (const key in builders) if (plan.builderKeys[b++] !== key) return false;
  return b === plan.builderKeys.length;
}

/** An object's keys as for…in lists them (the order withLateProperties copies in). */
function keysOf(o: object): string[] {
  const keys: string[] = [];
  for (const key in o) keys.push(key);
  return keys;
}

/** The copy withLateProperties hands back: its builders first, then each key of `fields`, a getter where the plan has one. */
function lateCopy(fields: object, builders: Builders, plan: LatePlan): Record<string, unknown> {
  const late: Record<string, unknown> = {};
  // First, so that every such object takes the same hidden classes as its keys are added.
  LateBuilders.keep(late, builders);
  const { keys, getters } = plan;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const getter = getters[i];
    if (getter === null || getter === undefined) late[key] = (fields as Record<string, unknown>)[key];
    else Object.defineProperty(late, key, getter);
  }
  return late;
}

/** The builder of each of a keeper's late properties: never called, as nothing reads a keeper. */
function notKept(): never {
  throw new Error("a shape keeper's late property was read");
}

/** Builders of the names `keys`, each notKept: a keeper's, which hold nothing of the object it was copied from. */
function withoutBuilders(keys: readonly string[]): Builders {
  const none: Record<string, () => unknown> = {};
  for (const key of keys) none[key] = notKept;
  return none;
}
