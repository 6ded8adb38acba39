import { buildSync } from "esbuild";

/**
 * Bundles the measurement child into one CommonJS file, the engine's modules in one scope, as
 * webpack bundles them for the add-in. Run straight from TypeScript by tsx instead, every call
 * across a module boundary goes through an accessor of tsx's CommonJS wrapper, which roughly
 * doubles the engine's time and measures the loader rather than the engine. Packages stay
 * external (loaded from node_modules as usual).
 *
 * @example bundleChild("bench/child.ts", "out/bench/child.cjs") // "out/bench/child.cjs"
 */
export function bundleChild(entry: string, outfile: string): string {
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", logLevel: "warning" });
  return outfile;
}
