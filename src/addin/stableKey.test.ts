import { stableKey } from "./stableKey";

describe("stableKey", () => {
  it("ignores the order of object keys, at any depth", () => {
    expect(stableKey({ b: 1, a: { y: 2, x: 3 } })).toBe(stableKey({ a: { x: 3, y: 2 }, b: 1 }));
    expect(stableKey({ b: 1, a: { y: 2, x: 3 } })).toBe('{"a":{"x":3,"y":2},"b":1}');
  });

  it("ignores the order of the ignore list", () => {
    expect(stableKey({ ignore: [6, 4] })).toBe(stableKey({ ignore: [4, 6] }));
    expect(stableKey({ ignore: [6, 4] })).toBe('{"ignore":[4,6]}');
    expect(stableKey([])).toBe("[]");
  });

  it("tells apart values that differ, not only in order", () => {
    expect(stableKey({ ignore: [4, 6] })).not.toBe(stableKey({ ignore: [4, 5] }));
    expect(stableKey({ ignore: [4] })).not.toBe(stableKey({ ignore: [4, 4] }));
    expect(stableKey({ teachers: 3 })).not.toBe(stableKey({ teachers: "3" })); // a number stored as text is another value
    expect(stableKey({ range: null })).not.toBe(stableKey({})); // null is said; undefined is left out
    expect(stableKey({ range: undefined })).toBe(stableKey({}));
  });

  it("writes plain values as JSON does, keys with quotes and Chinese included", () => {
    expect(stableKey("学校")).toBe('"学校"');
    expect(stableKey({ 'a"b': null })).toBe('{"a\\"b":null}');
    expect(stableKey([undefined])).toBe("[null]");
  });
});
