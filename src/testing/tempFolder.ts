import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Each test file has its own module registry: the folders are its own, removed once its tests are done.
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A fresh folder under the system's temporary folder, removed when the test file's tests are done.
 * @example const cwd = tempFolder("batch-") // "/tmp/batch-Ab12Cd"
 */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
