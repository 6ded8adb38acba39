/**
 * Builds the add-in (office.js referenced locally) and the stand-in office.js into `outDir`, with
 * webpack's Node API in a Node of its own: webpack.config.js reads the TypeScript catalogue through
 * tsx, which Jest's module system does not run (as staticPages.test.ts loads the config).
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const root = resolve(__dirname, "..", "..");

/** Run with `node -e`, the output folder as its one argument. */
const BUILD = `
const { join } = require("node:path");
const webpack = require("webpack");
const outDir = process.argv[1];
const standIn = {
  mode: "development",
  devtool: false,
  context: process.cwd(),
  entry: { "office-standin": "./test/e2e/standin/officeStandIn.ts" },
  output: { path: join(outDir, "standin"), filename: "[name].js" },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: { rules: [{ test: /\\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } }] },
};
require("./webpack.config.js")({}, { mode: "production" }).then((config) => {
  const addin = { ...config, mode: "production", context: process.cwd(), devtool: false, output: { ...config.output, path: join(outDir, "site") } };
  webpack([addin, standIn], (error, stats) => {
    if (error) throw error;
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true }));
      process.exitCode = 1;
    }
  });
});
`;

export async function buildForTest(outDir: string): Promise<{ site: string; standIn: string }> {
  try {
    await promisify(execFile)(process.execPath, ["-e", BUILD, outDir], { cwd: root, env: { ...process.env, OFFICE_JS: "local" }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`building the add-in for the test failed: ${(error as { stderr?: string }).stderr ?? String(error)}`, { cause: error });
  }
  return { site: join(outDir, "site"), standIn: join(outDir, "standin", "office-standin.js") };
}
