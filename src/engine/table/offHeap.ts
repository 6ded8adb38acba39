/** Bytes up to which V8 keeps a typed array's data inside the array object (V8_TYPED_ARRAY_MAX_SIZE_IN_HEAP). */
const MAX_IN_HEAP = 64;

/**
 * A Float64Array of `length` zeros whose data lie outside the JavaScript heap, for a module
 * constant read in a hot loop. V8 keeps a typed array of at most 64 bytes inside its object, where
 * the garbage collector may move it: optimized code then loads the data pointer again at every
 * read. Outside the heap the data stay at one address, which TurboFan writes into the code
 * (--print-opt-code: `vmovsd xmm5,[r11*8+const]` instead of three loads and a bounds check). The
 * array is a view of the first `length` slots of a larger buffer, so its length is `length`.
 *
 * @example offHeapFloat64(7).length // 7, its buffer 72 bytes
 */
export function offHeapFloat64(length: number): Float64Array {
  return new Float64Array(Math.max(length, MAX_IN_HEAP / 8 + 1)).subarray(0, length);
}

/** offHeapFloat64 for bytes. @example offHeapUint8(2).length // 2, its buffer 65 bytes */
export function offHeapUint8(length: number): Uint8Array {
  return new Uint8Array(Math.max(length, MAX_IN_HEAP + 1)).subarray(0, length);
}
