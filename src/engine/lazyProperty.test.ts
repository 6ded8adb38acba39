import { lazyProperty } from "./lazyProperty";

/** A compute function that counts how often it runs. */
function counted<V>(value: V): { compute: () => V; calls: () => number } {
  let calls = 0;
  return {
    compute: () => {
      calls++;
      return value;
    },
    calls: () => calls,
  };
}

describe("lazyProperty: when it computes", () => {
  it("does not compute at definition, nor when only the key is looked at", () => {
    const c = counted(10);
    const o = lazyProperty({ a: 1 }, "b", c.compute);
    expect(Object.keys(o)).toEqual(["a", "b"]);
    expect("b" in o).toBe(true);
    expect(Object.prototype.propertyIsEnumerable.call(o, "b")).toBe(true);
    expect(c.calls()).toBe(0);
  });
  it("computes on the first read, once, however often it is read afterwards", () => {
    let calls = 0;
    const o = lazyProperty({ a: 1 }, "b", () => ++calls * 10);
    expect(o.b).toBe(10);
    expect(o.b).toBe(10);
    expect(o.b).toBe(10);
    expect(calls).toBe(1);
  });
  it("computes once when the first read is a spread, JSON.stringify or structuredClone", () => {
    for (const read of [(o: object) => ({ ...o }), (o: object) => JSON.stringify(o), (o: object) => structuredClone(o)]) {
      const c = counted([1, 2]);
      const o = lazyProperty({ a: 0 }, "list", c.compute);
      read(o);
      read(o);
      expect(o.list).toEqual([1, 2]);
      expect(c.calls()).toBe(1);
    }
  });
  it("computes once a value that looks like 'nothing': NaN, null, 0, undefined", () => {
    // A cache that tested the value (?? or ||) would recompute these on every read.
    for (const value of [Number.NaN, null, 0, undefined]) {
      const c = counted(value);
      const o = lazyProperty({}, "x", c.compute);
      expect(Object.is(o.x, value)).toBe(true);
      expect(Object.is(o.x, value)).toBe(true);
      expect(c.calls()).toBe(1);
    }
  });
  it("keeps two lazy properties on one object apart, each computed only when read", () => {
    const first = counted("first");
    const second = counted("second");
    const o = lazyProperty(lazyProperty({ id: 7 }, "p", first.compute), "q", second.compute);
    expect(o.q).toBe("second");
    expect([first.calls(), second.calls()]).toEqual([0, 1]);
    expect(o.p).toBe("first");
    expect([first.calls(), second.calls()]).toEqual([1, 1]);
  });
});

describe("lazyProperty: what others see", () => {
  it("is enumerable: Object.keys, spread and JSON.stringify include it", () => {
    const o = lazyProperty({ a: 1 }, "b", () => [2, 3]);
    expect(Object.keys(o)).toEqual(["a", "b"]);
    expect({ ...o }).toEqual({ a: 1, b: [2, 3] });
    expect(JSON.stringify(o)).toBe('{"a":1,"b":[2,3]}');
  });
  it("keeps the key where it was when it replaces an existing property (before and after the read)", () => {
    // evaluateCounty builds { county, sections: [], coefficients, … } and then makes `sections` lazy.
    const o = lazyProperty({ a: 1, b: [] as number[], c: 3 }, "b", () => [2]);
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect(JSON.stringify(o)).toBe('{"a":1,"b":[2],"c":3}');
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect({ ...o }).toEqual({ a: 1, b: [2], c: 3 });
  });
  it("adds a new key after the existing ones", () => {
    const o = lazyProperty({ z: 1, a: 2 }, "m", () => 3);
    expect(Object.keys(o)).toEqual(["z", "a", "m"]);
    expect(JSON.stringify(o)).toBe('{"z":1,"a":2,"m":3}');
  });
  it("returns the object it was given, not a copy", () => {
    const target = { a: 1 };
    expect(lazyProperty(target, "b", () => 2)).toBe(target);
  });
});

describe("lazyProperty: after the first read", () => {
  it("keeps the very same value (identity), which cannot be replaced", () => {
    const o = lazyProperty({}, "list", () => [1, 2]);
    const first = o.list;
    expect(o.list).toBe(first);
    expect(() => Object.assign(o, { list: [] })).toThrow(TypeError);
    expect(() => Object.defineProperty(o, "list", { value: [] })).toThrow(TypeError);
    expect(o.list).toBe(first);
  });
  it("becomes a plain data property (no getter left to run)", () => {
    const o = lazyProperty({}, "n", () => 42);
    expect(Object.getOwnPropertyDescriptor(o, "n")?.get).toBeDefined();
    expect(o.n).toBe(42);
    const after = Object.getOwnPropertyDescriptor(o, "n");
    expect(after).toEqual({ value: 42, enumerable: true, configurable: false, writable: false });
  });
});
