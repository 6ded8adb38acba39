import { keptShape, keptShapeOf } from "./keptShape";

describe("keptShape", () => {
  it("returns the very object it is given, unchanged", () => {
    const value = { G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 };
    expect(keptShape({}, value)).toBe(value);
    expect(value).toEqual({ G11_rotation_rate: 0.12, G11_backbone_rotation: 0.18 });
  });
  it("keeps a copy of the keys, in order, with nulls — not the values", () => {
    const anchor = {};
    const value = { b: 2, a: 1, schools_checked: 12 };
    keptShape(anchor, value);
    const kept = keptShapeOf(anchor);
    expect(kept).not.toBe(value);
    expect(kept).toEqual({ b: null, a: null, schools_checked: null });
    expect(Object.keys(kept ?? {})).toEqual(["b", "a", "schools_checked"]);
  });
  it("keeps the first shape per anchor and ignores later ones", () => {
    const anchor = {};
    keptShape(anchor, { x: 1 });
    keptShape(anchor, { y: 2 });
    expect(keptShapeOf(anchor)).toEqual({ x: null });
  });
  it("keeps nothing for an anchor never used, and an empty shape for an empty object", () => {
    expect(keptShapeOf({})).toBeUndefined();
    const anchor = {};
    keptShape(anchor, {});
    expect(keptShapeOf(anchor)).toEqual({});
  });
});
