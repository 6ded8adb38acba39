import v8 from "node:v8";
import vm from "node:vm";
import { withLateProperties } from "./lateProperties";

describe("withLateProperties", () => {
  it("builds a late property once, on its first read, where its key stood", () => {
    let builds = 0;
    const o = withLateProperties({ a: 1, b: 0, c: 3 }, { b: () => ++builds * 10 });
    expect(builds).toBe(0);
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect(o.b).toBe(10);
    expect(o.b).toBe(10);
    expect(builds).toBe(1);
    expect(Object.getOwnPropertyDescriptor(o, "b")).toEqual({ value: 10, enumerable: true, configurable: false, writable: false });
  });

  it("is seen by JSON.stringify, spreads and toEqual as a plain property, and nothing else shows", () => {
    const o = withLateProperties({ a: 1, b: 0 }, { b: () => 2 });
    expect(JSON.stringify(o)).toBe('{"a":1,"b":2}');
    expect({ ...withLateProperties({ a: 1, b: 0 }, { b: () => 2 }) }).toEqual({ a: 1, b: 2 });
    expect(withLateProperties({ a: 1, b: 0 }, { b: () => 2 })).toEqual({ a: 1, b: 2 });
    expect(Object.keys(structuredClone(withLateProperties({ a: 1, b: 0 }, { b: () => 2 })))).toEqual(["a", "b"]);
    // The builders are kept where no listing of keys finds them.
    expect(Reflect.ownKeys(withLateProperties({ a: 1, b: 0 }, { b: () => 2 }))).toEqual(["a", "b"]);
  });

  it("settles on the reader when read through a prototype, as a literal's getter did", () => {
    const base = withLateProperties({ b: 0 }, { b: () => 7 });
    const reader = Object.create(base) as { b: number };
    expect(reader.b).toBe(7);
    expect(Object.keys(reader)).toEqual(["b"]);
  });

  it("keeps each object's builders apart, the getter being shared", () => {
    const x = withLateProperties({ v: 0 }, { v: () => 1 });
    const y = withLateProperties({ v: 0 }, { v: () => 2 });
    expect(Object.getOwnPropertyDescriptor(x, "v")?.get).toBe(Object.getOwnPropertyDescriptor(y, "v")?.get);
    expect([y.v, x.v]).toEqual([2, 1]);
  });

  it("the first object of a shape builds from its own builders, once, though its shape is kept", () => {
    let builds = 0;
    const first = withLateProperties({ firstOfShape: 1, lateOfShape: 0 }, { lateOfShape: () => ++builds * 5 });
    const second = withLateProperties({ firstOfShape: 2, lateOfShape: 0 }, { lateOfShape: () => 40 });
    expect(builds).toBe(0);
    expect([first.lateOfShape, first.lateOfShape, second.lateOfShape]).toEqual([5, 5, 40]);
    expect(builds).toBe(1);
  });

  it("copies each shape by its own keys and late keys: the same keys with another key late, or in another order, are other shapes", () => {
    const first = withLateProperties({ p: 1, q: 0 }, { q: () => 2 });
    const otherLate = withLateProperties({ p: 0, q: 3 }, { p: () => 4 });
    const otherOrder = withLateProperties({ q: 0, p: 5 }, { q: () => 6 });
    const fewer = withLateProperties({ p: 7 }, {});
    expect([Object.keys(first), Object.keys(otherLate), Object.keys(otherOrder), Object.keys(fewer)]).toEqual([["p", "q"], ["p", "q"], ["q", "p"], ["p"]]);
    expect(Object.getOwnPropertyDescriptor(otherLate, "q")).toEqual({ value: 3, enumerable: true, configurable: true, writable: true });
    expect([first, otherLate, otherOrder, fewer].map((o) => JSON.stringify(o))).toEqual(['{"p":1,"q":2}', '{"p":4,"q":3}', '{"q":6,"p":5}', '{"p":7}']);
  });

  it("keeps the shape, not what the builders of its first object reach: that is collected", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const made = (): WeakRef<object> => {
      const data = { rows: new Array(1000).fill(1) };
      withLateProperties({ keptShapeOnly: 0 }, { keptShapeOnly: () => data.rows.length });
      return new WeakRef(data);
    };
    const ref = made();
    // A WeakRef's target lives to the end of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(ref.deref()).toBeUndefined();
  });
});
