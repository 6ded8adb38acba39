import { lazyProperty } from "./lazyProperty";

describe("lazyProperty", () => {
  it("computes on first read only, once", () => {
    let calls = 0;
    const o = lazyProperty({ a: 1 }, "b", () => ++calls * 10);
    expect(calls).toBe(0);
    expect(o.b).toBe(10);
    expect(o.b).toBe(10);
    expect(calls).toBe(1);
  });
  it("is enumerable: keys, spreads and JSON see it, in its original place", () => {
    const o = lazyProperty({ a: 1, b: [] as number[], c: 3 }, "b", () => [2]);
    expect(Object.keys(o)).toEqual(["a", "b", "c"]);
    expect({ ...o }).toEqual({ a: 1, b: [2], c: 3 });
    expect(JSON.stringify(o)).toBe('{"a":1,"b":[2],"c":3}');
  });
  it("keeps the computed value, which cannot be replaced", () => {
    const o = lazyProperty({}, "list", () => [1, 2]);
    const first = o.list;
    expect(o.list).toBe(first);
    expect(() => Object.assign(o, { list: [] })).toThrow(TypeError);
  });
});
