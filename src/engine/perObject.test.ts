import { perObject } from "./perObject";

describe("perObject", () => {
  it("builds once per object, however often and in whatever order it is asked", () => {
    const calls: string[] = [];
    const lengthOf = perObject((list: { name: string; items: number[] }) => {
      calls.push(list.name);
      return list.items.length;
    });
    const a = { name: "a", items: [1, 2, 3] };
    const b = { name: "b", items: [] };
    expect([lengthOf(a), lengthOf(a), lengthOf(b), lengthOf(a), lengthOf(b), lengthOf(b)]).toEqual([3, 3, 0, 3, 0, 0]);
    expect(calls).toEqual(["a", "b"]);
  });
  it("keeps a built value that is undefined, null or 0 (not taken for 'not built yet')", () => {
    let calls = 0;
    const nothing = perObject((_: object): undefined => {
      calls++;
      return undefined;
    });
    const [x, y] = [{}, {}];
    for (const key of [x, y, x, y, x]) expect(nothing(key)).toBeUndefined();
    expect(calls).toBe(2);
  });
  it("keeps separate tables for separate functions", () => {
    const key = {};
    const one = perObject(() => 1);
    const two = perObject(() => 2);
    expect([one(key), two(key), one(key)]).toEqual([1, 2, 1]);
  });
});
