import { settle } from "./settle";

/** An object with one settling getter `b` between `a` and `c`, as evaluateCounty writes its result; `calls` counts the computations. */
function lazy<V>(value: V): { o: { a: number; readonly b: V; c: number }; calls: () => number } {
  let calls = 0;
  const o = {
    a: 1,
    get b(): V {
      calls++;
      return settle(this, "b", value);
    },
    c: 3,
  };
  return { o, calls: () => calls };
}

describe("settle: when the value is computed", () => {
  it("not when the object is made, nor when only its keys are looked at", () => {
    const { o, calls } = lazy(10);
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect("b" in o).toBe(true);
    expect(Object.prototype.propertyIsEnumerable.call(o, "b")).toBe(true);
    expect(calls()).toBe(0);
  });
  it("on the first read, once, however often it is read afterwards", () => {
    const { o, calls } = lazy(10);
    expect([o.b, o.b, o.b]).toEqual([10, 10, 10]);
    expect(calls()).toBe(1);
  });
  it("once when the first read is a spread, JSON.stringify or structuredClone", () => {
    for (const read of [(x: object) => ({ ...x }), (x: object) => JSON.stringify(x), (x: object) => structuredClone(x)]) {
      const { o, calls } = lazy([1, 2]);
      read(o);
      read(o);
      expect(o.b).toEqual([1, 2]);
      expect(calls()).toBe(1);
    }
  });
  it("once for a value that looks like 'nothing': NaN, null, 0, undefined", () => {
    // A cache that tested the value (?? or ||) would compute these again on every read.
    for (const value of [Number.NaN, null, 0, undefined]) {
      const { o, calls } = lazy(value);
      expect(Object.is(o.b, value)).toBe(true);
      expect(Object.is(o.b, value)).toBe(true);
      expect(calls()).toBe(1);
    }
  });
});

describe("settle: what others see", () => {
  it("the key where the getter was, before and after the read; spreads and JSON include the value", () => {
    const { o } = lazy([2]);
    expect(JSON.stringify(o)).toBe('{"a":1,"b":[2],"c":3}');
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect({ ...o }).toEqual({ a: 1, b: [2], c: 3 });
  });
  it("returns the value it was given (the very same object)", () => {
    const value = { x: 1 };
    expect(settle({}, "k", value)).toBe(value);
  });
});

describe("settle: after the first read", () => {
  it("the very same value (identity), which cannot be replaced", () => {
    const { o } = lazy([1, 2]);
    const first = o.b;
    expect(o.b).toBe(first);
    expect(() => Object.assign(o, { b: [] })).toThrow(TypeError);
    expect(() => Object.defineProperty(o, "b", { value: [] })).toThrow(TypeError);
    expect(o.b).toBe(first);
  });
  it("a plain data property: no getter left to run", () => {
    const { o } = lazy(42);
    expect(Object.getOwnPropertyDescriptor(o, "b")?.get).toBeDefined();
    expect(o.b).toBe(42);
    expect(Object.getOwnPropertyDescriptor(o, "b")).toEqual({ value: 42, enumerable: true, configurable: false, writable: false });
  });
});
