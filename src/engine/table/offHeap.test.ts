import { offHeapFloat64, offHeapUint8 } from "./offHeap";

describe("offHeapFloat64 / offHeapUint8", () => {
  it("have the length asked for, zeros, on a buffer of more than 64 bytes (kept outside V8's heap)", () => {
    const seven = offHeapFloat64(7);
    expect([seven.length, seven.buffer.byteLength]).toEqual([7, 72]);
    expect([...seven]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const two = offHeapUint8(2);
    expect([two.length, two.buffer.byteLength, ...two]).toEqual([2, 65, 0, 0]);
  });
  it("take a larger length as it is", () => {
    expect(offHeapFloat64(14).buffer.byteLength).toBe(112);
    expect(offHeapUint8(100).buffer.byteLength).toBe(100);
  });
});
