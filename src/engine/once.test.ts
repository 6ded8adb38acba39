import { once } from "./once";

describe("once", () => {
  it("computes on the first call only, and keeps even a value that is undefined or null", () => {
    let runs = 0;
    const value = once(() => (runs++, undefined));
    expect([value(), value(), runs]).toEqual([undefined, undefined, 1]);
    const never = once(() => (runs++, null));
    expect(runs).toBe(1);
    expect([never(), never(), runs]).toEqual([null, null, 2]);
  });
});
