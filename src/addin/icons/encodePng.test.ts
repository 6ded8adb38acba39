import { inflateSync } from "node:zlib";
import { crc32, encodePng, pngSize } from "./encodePng";
import { drawIcon } from "./drawIcon";

describe("encodePng", () => {
  it("computes the CRC-32 of the IEND chunk type as the PNG spec prints it", () => {
    expect(crc32(Buffer.from("IEND", "ascii"))).toBe(0xae426082);
  });

  it("round-trips a 2 × 1 image: header size and filtered scanlines", () => {
    const data = Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 128]);
    const png = encodePng({ width: 2, height: 1, data });
    expect(pngSize(png)).toEqual({ width: 2, height: 1 });
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw]).toEqual([0, 255, 0, 0, 255, 0, 0, 255, 128]);
  });

  it("rejects bytes that are not a PNG", () => {
    expect(() => pngSize(Buffer.from("GIF89a........................"))).toThrow("not a PNG");
  });

  it("draws an opaque centre and transparent corners", () => {
    const icon = drawIcon(32);
    expect(icon.data[(16 * 32 + 16) * 4 + 3]).toBe(255);
    expect(icon.data[3]).toBe(0);
  });
});
