import type { RgbaImage } from "./encodePng";

/** Fluent "communication blue" square with white bars rising to a check: the add-in's glyph. */
const BACKGROUND = [0x0f, 0x6c, 0xbd] as const;
const FOREGROUND = [0xff, 0xff, 0xff] as const;
const SUPERSAMPLE = 4;

/** Shapes in a unit square (0..1): rounded background, three bars, a baseline. */
function coverage(x: number, y: number): { bg: boolean; fg: boolean } {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const bg = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const bars = [
    { left: 0.2, right: 0.34, top: 0.56 },
    { left: 0.43, right: 0.57, top: 0.4 },
    { left: 0.66, right: 0.8, top: 0.22 },
  ];
  const inBar = bars.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= 0.78);
  const inBase = x >= 0.14 && x <= 0.86 && y >= 0.8 && y <= 0.86;
  return { bg, fg: bg && (inBar || inBase) };
}

/** Renders the icon at `size` × `size` pixels, antialiased by supersampling. */
export function drawIcon(size: number): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let s = 0; s < n; s++) {
        const c = coverage((px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size, (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size);
        if (c.bg) bg++;
        if (c.fg) fg++;
      }
      const i = (py * size + px) * 4;
      const f = bg === 0 ? 0 : fg / bg;
      for (let k = 0; k < 3; k++) data[i + k] = Math.round((BACKGROUND[k] ?? 0) * (1 - f) + (FOREGROUND[k] ?? 0) * f);
      data[i + 3] = Math.round((255 * bg) / n);
    }
  }
  return { width: size, height: size, data };
}
