import { appendAll } from "./appendAll";

describe("appendAll", () => {
  it("appends every element in order, keeping what was there", () => {
    const into = ["a"];
    appendAll(into, ["b", "c"]);
    expect(into).toEqual(["a", "b", "c"]);
  });
  it("leaves the target as it was for an empty list", () => {
    const into = [1, 2];
    appendAll(into, []);
    expect(into).toEqual([1, 2]);
  });
  it("appends the same object, not a copy", () => {
    const item = { code: "x" };
    const into: { code: string }[] = [];
    appendAll(into, [item]);
    expect(into[0]).toBe(item);
  });
});
