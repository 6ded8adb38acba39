/**
 * Writes assets/icon-{16,32,64,80,128}.png (the sizes the manifest names).
 * Run: npx tsx src/addin/icons/writeIcons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { drawIcon } from "./drawIcon";
import { encodePng } from "./encodePng";

const ICON_SIZES = [16, 32, 64, 80, 128] as const;

for (const size of ICON_SIZES) {
  writeFileSync(join(__dirname, "..", "..", "..", "assets", `icon-${size}.png`), encodePng(drawIcon(size)));
}
